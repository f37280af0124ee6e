/* test-search-change.c
 *
 * Copyright 2026 The Status Codes developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * How a search changes as the user types, and what the results model
 * makes of it: a narrower search looks only at the results it had, so
 * the query must say "narrower" only where that is provably so; the
 * typing test below checks the results against the plain way after every
 * key and switch.
 */

#include "config.h"

#include <gio/gio.h>
#include <string.h>

#include "reference-search.h"
#include "sc-search-query.h"
#include "sc-status-loader.h"
#include "sc-status-results.h"
#include "test-status-new.h"

typedef struct
{
  const char *before;
  const char *after;
  ScSearchQueryChange change;
} ChangeCase;

static const ChangeCase change_cases[] = {
  { "", "", SC_SEARCH_QUERY_SAME },
  { "", "n", SC_SEARCH_QUERY_NARROWER },
  { "n", "no", SC_SEARCH_QUERY_NARROWER },
  { "no", "n", SC_SEARCH_QUERY_WIDER },
  { "n", "", SC_SEARCH_QUERY_WIDER },
  { "not", "not ", SC_SEARCH_QUERY_SAME },
  { "not", "NOT", SC_SEARCH_QUERY_SAME },
  { "not found", "found not", SC_SEARCH_QUERY_SAME },
  { "not", "not not", SC_SEARCH_QUERY_SAME },
  { "found", "found fo", SC_SEARCH_QUERY_SAME },       /* fo is implied by found */
  { "not ", "not f", SC_SEARCH_QUERY_NARROWER },
  { "not", "note", SC_SEARCH_QUERY_NARROWER },
  { "not", "nut", SC_SEARCH_QUERY_DIFFERENT },
  { "4", "40", SC_SEARCH_QUERY_NARROWER },
  { "40", "404", SC_SEARCH_QUERY_NARROWER },
  { "404", "4040", SC_SEARCH_QUERY_DIFFERENT },        /* a code, then a word */
  { "4", "4a", SC_SEARCH_QUERY_DIFFERENT },            /* a class, then a word */
  { "4", "4x", SC_SEARCH_QUERY_SAME },
  { "4x", "4xx", SC_SEARCH_QUERY_SAME },
  { "40", "40x", SC_SEARCH_QUERY_SAME },
  { "4xx", "4xxx", SC_SEARCH_QUERY_DIFFERENT },
  { "4", "5", SC_SEARCH_QUERY_DIFFERENT },
  { "not", "not 4", SC_SEARCH_QUERY_NARROWER },
  { "not 4", "not", SC_SEARCH_QUERY_WIDER },
  { "4 not", "not 40", SC_SEARCH_QUERY_NARROWER },
  { "caf", "cafe\xcc\x81", SC_SEARCH_QUERY_NARROWER },  /* e and a combining accent */
  { "cafe", "caf\xc3\xa9", SC_SEARCH_QUERY_NARROWER },  /* keys are decomposed: é is e and an accent */
  { "caf\xc3\xa9", "cafe", SC_SEARCH_QUERY_WIDER },
  { "not", "\xff", SC_SEARCH_QUERY_NARROWER },         /* not UTF-8: nothing */
  { "\xff", "not", SC_SEARCH_QUERY_WIDER },
  { "\xff", "\xfe", SC_SEARCH_QUERY_SAME },
};

static void
test_change (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (change_cases); i++)
    {
      const ChangeCase *test_case = &change_cases[i];
      g_autoptr(ScSearchQuery) before = sc_search_query_new (test_case->before);
      g_autoptr(ScSearchQuery) after = sc_search_query_new (test_case->after);
      g_autofree char *escaped_before = g_strescape (test_case->before, NULL);
      g_autofree char *escaped_after = g_strescape (test_case->after, NULL);

      g_test_message ("“%s” → “%s”", escaped_before, escaped_after);
      g_assert_cmpint (sc_search_query_get_change (before, after), ==, test_case->change);
      g_assert_cmpint (sc_search_query_get_change (before, before), ==, SC_SEARCH_QUERY_SAME);
    }
}

static int
compare_codes (gconstpointer a,
               gconstpointer b,
               gpointer      unused)
{
  return (int)sc_status_get_code ((ScStatus *)a) - (int)sc_status_get_code ((ScStatus *)b);
}

/* A few hundred statuses of the real data's texts, codes given twice,
 * sorted by code as the results model wants them. */
static GListModel *
make_statuses (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) real = sc_status_loader_load_resource (RESOURCE_PREFIX "/status-codes.xml", NULL, &error);
  GListStore *store = g_list_store_new (SC_TYPE_STATUS);
  guint n_real;

  g_assert_no_error (error);
  n_real = g_list_model_get_n_items (real);

  for (guint i = 0; i < 3 * n_real; i++)
    {
      g_autoptr(ScStatus) model = g_list_model_get_item (real, (i * 7) % n_real);
      g_autoptr(ScStatus) status = NULL;

      status = test_status_copy (model, SC_STATUS_CODE_MIN + (i * 37) % 250);
      g_list_store_append (store, status);
    }

  g_list_store_sort (store, compare_codes, NULL);

  return G_LIST_MODEL (store);
}

/* The results show what the plain way finds (reference-search.c), in its
 * order: the same rank and code at every position (codes are given twice
 * here, so two statuses may tie). */
static void
assert_results_match (GListModel      *statuses,
                      ScStatusResults *results)
{
  ScSearchQuery *query = sc_status_results_get_query (results);
  g_autoptr(GPtrArray) expected = reference_search (statuses,
                                                    sc_status_results_get_search (results),
                                                    sc_status_results_get_show_unofficial (results),
                                                    sc_status_results_get_classes (results));

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (results)), ==, expected->len);

  for (guint i = 0; i < expected->len; i++)
    {
      g_autoptr(ScStatus) status = g_list_model_get_item (G_LIST_MODEL (results), i);

      g_assert_cmpint (sc_search_query_compare (query, status, g_ptr_array_index (expected, i)), ==, 0);
    }
}

/* Random typing, erasing and retyping, and the switches flipped: after
 * every change, the results model shows what the plain way finds. */
static void
test_typing (void)
{
  const char * const words[] = { "n", "not", "found", "se", "server", "4", "40x", "5xx", "the", "t", "re", "request", "4a" };
  g_autoptr(GRand) rand = g_rand_new_with_seed (g_test_rand_int ());
  g_autoptr(GListModel) statuses = make_statuses ();
  g_autoptr(ScStatusResults) results = sc_status_results_new (statuses);
  g_autoptr(GString) typed = g_string_new (NULL);

  sc_status_results_set_show_unofficial (results, TRUE);

  for (guint step = 0; step < 400; step++)
    {
      guint action = g_rand_int_range (rand, 0, 12);

      if (action < 3 && typed->len > 0)
        g_string_truncate (typed, typed->len - 1);
      else if (action < 4)
        g_string_truncate (typed, 0);
      else if (action < 6)
        g_string_append_c (typed, ' ');
      else if (action < 10)
        {
          const char *word = words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))];
          g_string_append_c (typed, word[g_rand_int_range (rand, 0, strlen (word))]);
        }
      else if (action == 10)
        sc_status_results_set_classes (results, g_rand_int_range (rand, 0, 1 << 6) & ~1);
      else
        sc_status_results_set_show_unofficial (results, !sc_status_results_get_show_unofficial (results));

      sc_status_results_set_search (results, typed->str);
      assert_results_match (statuses, results);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/search-change/change", test_change);
  g_test_add_func ("/search-change/typing", test_typing);

  return g_test_run ();
}
