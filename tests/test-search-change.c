/* test-search-change.c
 *
 * Copyright 2026 The Status Codes developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * How a search changes as the user types, and what the filter and the
 * sorter make of it: the filter tells GTK which statuses it must check
 * again, the sorter sorts again only when the order can change. Both
 * spare work only where the results are provably the same; the typing
 * test below checks the results against the matcher after every key.
 */

#include "config.h"

#include <gtk/gtk.h>
#include <string.h>

#include "sc-search-query.h"
#include "sc-status-filter.h"
#include "sc-status-loader.h"
#include "sc-status-sorter.h"

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

static void
test_words (void)
{
  g_autoptr(ScSearchQuery) empty = sc_search_query_new ("");
  g_autoptr(ScSearchQuery) code = sc_search_query_new ("4xx");
  g_autoptr(ScSearchQuery) words = sc_search_query_new ("not found 4");
  g_autoptr(ScSearchQuery) same_words = sc_search_query_new ("found  not");
  g_autoptr(ScSearchQuery) other_words = sc_search_query_new ("not foun");
  g_autoptr(ScSearchQuery) invalid = sc_search_query_new ("\xff");

  g_assert_false (sc_search_query_has_words (empty));
  g_assert_false (sc_search_query_has_words (code));
  g_assert_false (sc_search_query_has_words (invalid));
  g_assert_true (sc_search_query_has_words (words));

  g_assert_true (sc_search_query_has_same_words (words, same_words));
  g_assert_true (sc_search_query_has_same_words (empty, code));
  g_assert_false (sc_search_query_has_same_words (words, other_words));
  g_assert_false (sc_search_query_has_same_words (words, empty));
}

/* A few hundred statuses of the real data's texts, codes given twice. */
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

      status = g_object_new (SC_TYPE_STATUS,
                             "code", SC_STATUS_CODE_MIN + (i * 37) % 250,
                             "phrase", sc_status_get_phrase (model),
                             "summary", sc_status_get_summary (model),
                             "description", sc_status_get_description (model),
                             "registry-status", sc_status_get_registry_status (model),
                             "origin", sc_status_get_origin (model),
                             "former-names", sc_status_get_former_names (model),
                             "headers", sc_status_get_headers (model),
                             NULL);
      g_list_store_append (store, status);
    }

  return G_LIST_MODEL (store);
}

static void
record_change_cb (GtkFilter       *filter,
                  GtkFilterChange  change,
                  int             *last_change)
{
  *last_change = change;
}

static void
count_cb (gpointer  instance,
          int       change,
          guint    *count)
{
  (*count)++;
}

/* What the filter tells GTK, and when the sorter sorts again. */
static void
test_filter_and_sorter_changes (void)
{
  const struct {
    const char *search;
    int filter_change;  /* -1: none */
    gboolean sorts;
  } steps[] = {
    { "4", GTK_FILTER_CHANGE_MORE_STRICT, FALSE },     /* code order still */
    { "40", GTK_FILTER_CHANGE_MORE_STRICT, FALSE },
    { "40x", -1, FALSE },
    { "4", GTK_FILTER_CHANGE_LESS_STRICT, FALSE },
    { "4a", GTK_FILTER_CHANGE_DIFFERENT, TRUE },       /* ranked now */
    { "n", GTK_FILTER_CHANGE_DIFFERENT, TRUE },
    { "no", GTK_FILTER_CHANGE_MORE_STRICT, TRUE },
    { "not", GTK_FILTER_CHANGE_MORE_STRICT, TRUE },
    { "not ", -1, FALSE },
    { "not 4", GTK_FILTER_CHANGE_MORE_STRICT, FALSE }, /* the same words */
    { "not ", GTK_FILTER_CHANGE_LESS_STRICT, TRUE },
    { "", GTK_FILTER_CHANGE_LESS_STRICT, TRUE },
  };
  ScStatusFilter *filter = sc_status_filter_new ();
  ScStatusSorter *sorter = sc_status_sorter_new (filter);
  g_autoptr(GListModel) statuses = make_statuses ();
  g_autoptr(GtkSortListModel) results = NULL;
  int last_change;
  guint n_sorts = 0;

  results = gtk_sort_list_model_new (G_LIST_MODEL (gtk_filter_list_model_new (g_object_ref (statuses),
                                                                             GTK_FILTER (filter))),
                                     GTK_SORTER (sorter));
  g_signal_connect (filter, "changed", G_CALLBACK (record_change_cb), &last_change);
  g_signal_connect (sorter, "changed", G_CALLBACK (count_cb), &n_sorts);

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      last_change = -1;
      n_sorts = 0;
      sc_status_filter_set_search (filter, steps[i].search);
      g_test_message ("“%s”: filter change %d, %u sorts", steps[i].search, last_change, n_sorts);
      g_assert_cmpint (last_change, ==, steps[i].filter_change);
      g_assert_cmpuint (n_sorts, ==, steps[i].sorts ? 1 : 0);
    }

  /* Showing and hiding unofficial codes keeps the order. */
  n_sorts = 0;
  sc_status_filter_set_search (filter, "server");
  n_sorts = 0;
  sc_status_filter_set_show_unofficial (filter, FALSE);
  sc_status_filter_set_show_unofficial (filter, TRUE);
  g_assert_cmpuint (n_sorts, ==, 0);
}

/* Whether @status is in one of @classes, none being all. */
static gboolean
in_classes (ScStatus          *status,
            ScResponseClasses  classes)
{
  return classes == 0 || (classes & (1 << sc_status_get_response_class (status))) != 0;
}

/* Choosing classes: what the filter tells GTK, that the results are those
 * of the search in those classes, and that the order stays. */
static void
test_class_changes (void)
{
  /* The statuses made here have codes from 100 to 349. */
  const ScResponseClasses one = SC_RESPONSE_CLASSES_INFORMATIONAL;
  const ScResponseClasses three = SC_RESPONSE_CLASSES_REDIRECTION;
  const ScResponseClasses all = (one | SC_RESPONSE_CLASSES_SUCCESSFUL | three |
                                 SC_RESPONSE_CLASSES_CLIENT_ERROR | SC_RESPONSE_CLASSES_SERVER_ERROR);
  const struct {
    const char *search;
    ScResponseClasses classes;
    int filter_change;  /* -1: none */
  } steps[] = {
    { "", one, GTK_FILTER_CHANGE_MORE_STRICT },
    { "", one | three, GTK_FILTER_CHANGE_LESS_STRICT },
    { "", three, GTK_FILTER_CHANGE_MORE_STRICT },
    { "", SC_RESPONSE_CLASSES_SUCCESSFUL, GTK_FILTER_CHANGE_DIFFERENT },
    { "", 0, GTK_FILTER_CHANGE_LESS_STRICT },
    { "", all, -1 },                                  /* every class is no class chosen */
    { "", three, GTK_FILTER_CHANGE_MORE_STRICT },
    { "", all & ~one, GTK_FILTER_CHANGE_LESS_STRICT },
    { "", 0, GTK_FILTER_CHANGE_LESS_STRICT },
    { "not", three, GTK_FILTER_CHANGE_MORE_STRICT },  /* with a search: both */
    { "not", three | one, GTK_FILTER_CHANGE_LESS_STRICT },
    { "not", 0, GTK_FILTER_CHANGE_LESS_STRICT },
  };
  ScStatusFilter *filter = sc_status_filter_new ();
  g_autoptr(GListModel) statuses = make_statuses ();
  g_autoptr(GtkSortListModel) results = NULL;
  int last_change;
  guint n_sorts = 0;

  g_assert_cmpint (sc_status_filter_get_classes (filter), ==, 0);
  g_assert_cmpint (gtk_filter_get_strictness (GTK_FILTER (filter)), ==, GTK_FILTER_MATCH_ALL);

  results = gtk_sort_list_model_new (G_LIST_MODEL (gtk_filter_list_model_new (g_object_ref (statuses),
                                                                             g_object_ref (GTK_FILTER (filter)))),
                                     GTK_SORTER (sc_status_sorter_new (filter)));
  g_signal_connect (filter, "changed", G_CALLBACK (record_change_cb), &last_change);
  g_signal_connect (gtk_sort_list_model_get_sorter (results), "changed", G_CALLBACK (count_cb), &n_sorts);

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      g_autoptr(ScSearchQuery) query = sc_search_query_new (steps[i].search);
      guint n_expected = 0;

      sc_status_filter_set_search (filter, steps[i].search);
      last_change = -1;
      n_sorts = 0;
      g_object_set (filter, "classes", steps[i].classes, NULL);
      g_test_message ("“%s”, classes 0x%x: filter change %d", steps[i].search, steps[i].classes, last_change);
      g_assert_cmpint (sc_status_filter_get_classes (filter), ==, steps[i].classes);
      g_assert_cmpint (last_change, ==, steps[i].filter_change);
      g_assert_cmpuint (n_sorts, ==, 0);
      g_assert_cmpint (gtk_filter_get_strictness (GTK_FILTER (filter)), ==,
                       (steps[i].classes == 0 || steps[i].classes == all) && steps[i].search[0] == '\0'
                       ? GTK_FILTER_MATCH_ALL : GTK_FILTER_MATCH_SOME);

      for (guint j = 0; j < g_list_model_get_n_items (statuses); j++)
        {
          g_autoptr(ScStatus) status = g_list_model_get_item (statuses, j);

          if (in_classes (status, steps[i].classes) && sc_search_query_match (query, status) != SC_SEARCH_NO_MATCH)
            n_expected++;
        }
      g_assert_cmpuint (n_expected, >, 0);
      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (results)), ==, n_expected);

      for (guint j = 0; j < n_expected; j++)
        {
          g_autoptr(ScStatus) status = g_list_model_get_item (G_LIST_MODEL (results), j);

          g_assert_true (in_classes (status, steps[i].classes));
          if (j > 0)
            {
              g_autoptr(ScStatus) previous = g_list_model_get_item (G_LIST_MODEL (results), j - 1);

              g_assert_cmpint (sc_search_query_compare (query, previous, status), <=, 0);
            }
        }
    }

  g_object_unref (filter);
}

static void
assert_results_match (GListModel *statuses,
                      GListModel *results,
                      const char *search)
{
  g_autoptr(ScSearchQuery) query = sc_search_query_new (search);
  guint n_matches = 0;
  guint n_results = g_list_model_get_n_items (results);

  for (guint i = 0; i < g_list_model_get_n_items (statuses); i++)
    {
      g_autoptr(ScStatus) status = g_list_model_get_item (statuses, i);

      if (sc_search_query_match (query, status) != SC_SEARCH_NO_MATCH)
        n_matches++;
    }
  g_assert_cmpuint (n_results, ==, n_matches);

  for (guint i = 0; i < n_results; i++)
    {
      g_autoptr(ScStatus) status = g_list_model_get_item (results, i);

      g_assert_cmpint (sc_search_query_match (query, status), !=, SC_SEARCH_NO_MATCH);
      if (i > 0)
        {
          g_autoptr(ScStatus) previous = g_list_model_get_item (results, i - 1);

          /* Codes are given twice here: two statuses may tie. */
          g_assert_cmpint (sc_search_query_compare (query, previous, status), <=, 0);
        }
    }
}

/* Random typing, erasing and retyping: after every key, the window's
 * models show what the matcher finds, in its order. */
static void
test_typing (void)
{
  const char * const words[] = { "n", "not", "found", "se", "server", "4", "40x", "5xx", "the", "t", "re", "request", "4a" };
  g_autoptr(GRand) rand = g_rand_new_with_seed (g_test_rand_int ());
  g_autoptr(GListModel) statuses = make_statuses ();
  ScStatusFilter *filter = sc_status_filter_new ();
  g_autoptr(GtkSortListModel) results = NULL;
  g_autoptr(GString) typed = g_string_new (NULL);

  results = gtk_sort_list_model_new (G_LIST_MODEL (gtk_filter_list_model_new (g_object_ref (statuses),
                                                                             g_object_ref (GTK_FILTER (filter)))),
                                     GTK_SORTER (sc_status_sorter_new (filter)));

  for (guint step = 0; step < 400; step++)
    {
      guint action = g_rand_int_range (rand, 0, 10);

      if (action < 3 && typed->len > 0)
        g_string_truncate (typed, typed->len - 1);
      else if (action < 4)
        g_string_truncate (typed, 0);
      else if (action < 6)
        g_string_append_c (typed, ' ');
      else
        {
          const char *word = words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))];
          g_string_append_c (typed, word[g_rand_int_range (rand, 0, strlen (word))]);
        }

      sc_status_filter_set_search (filter, typed->str);
      assert_results_match (statuses, G_LIST_MODEL (results), typed->str);

      if (action == 9)
        {
          sc_status_filter_set_show_unofficial (filter, FALSE);
          sc_status_filter_set_show_unofficial (filter, TRUE);
          assert_results_match (statuses, G_LIST_MODEL (results), typed->str);
        }
    }

  g_object_unref (filter);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/search-change/change", test_change);
  g_test_add_func ("/search-change/words", test_words);
  g_test_add_func ("/search-change/filter-and-sorter", test_filter_and_sorter_changes);
  g_test_add_func ("/search-change/typing", test_typing);
  g_test_add_func ("/search-change/classes", test_class_changes);

  return g_test_run ();
}
