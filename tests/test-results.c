/* test-results.c
 *
 * Copyright 2026 The Status Codes developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ScStatusResults on the real data, without a display: after every change
 * its items are the statuses that a plain filter-then-sort over the whole
 * data gives, and the changes it reports, applied to a copy of what it
 * held, give exactly what it holds.
 */

#include "config.h"

#include "reference-search.h"
#include "sc-status-loader.h"
#include "sc-status-results.h"

#define STATUS_DATA_PATH RESOURCE_PREFIX "/status-codes.xml"

typedef struct
{
  GListModel *statuses;
  ScStatusResults *results;
  /* What the results held, kept up to date from items-changed alone. */
  GPtrArray *mirror;
  guint n_changes;
} Fixture;

static void
on_items_changed_cb (GListModel *model,
                     guint       position,
                     guint       removed,
                     guint       added,
                     Fixture    *fixture)
{
  g_assert_cmpuint (position + removed, <=, fixture->mirror->len);
  g_ptr_array_remove_range (fixture->mirror, position, removed);
  for (guint i = 0; i < added; i++)
    g_ptr_array_insert (fixture->mirror, position + i, g_list_model_get_item (model, position + i));
  fixture->n_changes++;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->statuses = sc_status_loader_load_resource (STATUS_DATA_PATH, NULL, &error);
  g_assert_no_error (error);
  fixture->results = sc_status_results_new (fixture->statuses);
  fixture->mirror = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (fixture->results)); i++)
    g_ptr_array_add (fixture->mirror, g_list_model_get_item (G_LIST_MODEL (fixture->results), i));
  g_signal_connect (fixture->results, "items-changed", G_CALLBACK (on_items_changed_cb), fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->results);
  g_clear_object (&fixture->statuses);
  g_clear_pointer (&fixture->mirror, g_ptr_array_unref);
}

static GPtrArray *
expected_results (Fixture *fixture)
{
  return reference_search (fixture->statuses,
                           sc_status_results_get_search (fixture->results),
                           sc_status_results_get_show_unofficial (fixture->results),
                           sc_status_results_get_classes (fixture->results));
}

static void
assert_results (Fixture *fixture)
{
  GListModel *model = G_LIST_MODEL (fixture->results);
  g_autoptr(GPtrArray) expected = expected_results (fixture);
  guint n_items;

  g_object_get (fixture->results, "n-items", &n_items, NULL);
  g_assert_cmpuint (n_items, ==, expected->len);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, expected->len);
  g_assert_cmpuint (fixture->mirror->len, ==, expected->len);
  g_assert_null (g_list_model_get_item (model, expected->len));

  for (guint i = 0; i < expected->len; i++)
    {
      g_autoptr(ScStatus) status = g_list_model_get_item (model, i);

      g_assert_true (status == g_ptr_array_index (expected, i));
      g_assert_true (status == g_ptr_array_index (fixture->mirror, i));
    }
}

static void
type_and_check (Fixture    *fixture,
                const char *text)
{
  /* One character at a time, as typed, then erased the same way. */
  for (const char *end = text; ; end = g_utf8_next_char (end))
    {
      g_autofree char *typed = g_strndup (text, end - text);

      sc_status_results_set_search (fixture->results, typed);
      assert_results (fixture);
      if (*end == '\0')
        break;
    }
  for (glong n = g_utf8_strlen (text, -1); n >= 0; n--)
    {
      g_autofree char *left = g_utf8_substring (text, 0, n);

      sc_status_results_set_search (fixture->results, left);
      assert_results (fixture);
    }
}

/* Every status at first, in code order; without unofficial codes, the
 * official ones, still in code order. */
static void
test_results_start_with_every_code (Fixture       *fixture,
                                    gconstpointer  data)
{
  guint previous = 0;

  assert_results (fixture);
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (fixture->results)) == SC_TYPE_STATUS);
  g_assert_true (sc_status_results_get_show_unofficial (fixture->results));
  g_assert_cmpuint (fixture->mirror->len, ==, g_list_model_get_n_items (fixture->statuses));

  sc_status_results_set_show_unofficial (fixture->results, FALSE);
  assert_results (fixture);
  g_assert_cmpuint (fixture->mirror->len, >, 60);
  g_assert_cmpuint (fixture->mirror->len, <, g_list_model_get_n_items (fixture->statuses));

  for (guint i = 0; i < fixture->mirror->len; i++)
    {
      ScStatus *status = g_ptr_array_index (fixture->mirror, i);

      g_assert_true (sc_status_is_official (status));
      g_assert_cmpuint (sc_status_get_code (status), >, previous);
      previous = sc_status_get_code (status);
    }
}

static void
test_results_typing (Fixture       *fixture,
                     gconstpointer  data)
{
  const char *searches[] = {
    "404", "5xx gateway", "not found", "too many requests", "teapot",
    "request", "content too large", "redirect get", "nginx", "4 not",
    /* Pasted, but typed: the code appears, and goes, with its third digit. */
    "HTTP/1.1 502 Bad Gateway", "status code 429 (Too Many", "\"GET /a HTTP/1.1\" 499 0",
  };

  sc_status_results_set_show_unofficial (fixture->results, FALSE);
  for (guint i = 0; i < G_N_ELEMENTS (searches); i++)
    type_and_check (fixture, searches[i]);

  sc_status_results_set_show_unofficial (fixture->results, TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (searches); i++)
    type_and_check (fixture, searches[i]);
}

/* A narrower search looks only at the results, and re-ranks them: "not"
 * finds some codes by their phrase and "not found" by their description,
 * whose rank then falls below others that kept theirs. */
static void
test_results_narrower_reranks (Fixture       *fixture,
                               gconstpointer  data)
{
  sc_status_results_set_show_unofficial (fixture->results, TRUE);
  sc_status_results_set_search (fixture->results, "n");
  assert_results (fixture);
  sc_status_results_set_search (fixture->results, "not");
  assert_results (fixture);
  sc_status_results_set_search (fixture->results, "not server");
  assert_results (fixture);
  sc_status_results_set_search (fixture->results, "not server the");
  assert_results (fixture);
}

static void
test_results_classes_and_unofficial (Fixture       *fixture,
                                     gconstpointer  data)
{
  const ScResponseClasses steps[] = {
    SC_RESPONSE_CLASSES_CLIENT_ERROR,
    SC_RESPONSE_CLASSES_CLIENT_ERROR | SC_RESPONSE_CLASSES_SERVER_ERROR,
    SC_RESPONSE_CLASSES_SERVER_ERROR,
    SC_RESPONSE_CLASSES_INFORMATIONAL | SC_RESPONSE_CLASSES_SUCCESSFUL |
      SC_RESPONSE_CLASSES_REDIRECTION | SC_RESPONSE_CLASSES_CLIENT_ERROR |
      SC_RESPONSE_CLASSES_SERVER_ERROR,
    0,
  };
  guint n_all;

  for (guint unofficial = 0; unofficial < 2; unofficial++)
    {
      sc_status_results_set_show_unofficial (fixture->results, unofficial);
      assert_results (fixture);
      for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
        {
          sc_status_results_set_classes (fixture->results, steps[i]);
          assert_results (fixture);
          sc_status_results_set_search (fixture->results, "request");
          assert_results (fixture);
          sc_status_results_set_search (fixture->results, "");
          assert_results (fixture);
        }
    }

  /* Only 4xx codes, and all five classes are as many as none. */
  sc_status_results_set_show_unofficial (fixture->results, FALSE);
  sc_status_results_set_classes (fixture->results, SC_RESPONSE_CLASSES_CLIENT_ERROR);
  for (guint i = 0; i < fixture->mirror->len; i++)
    g_assert_cmpuint (sc_status_get_code (g_ptr_array_index (fixture->mirror, i)) / 100, ==, 4);
  sc_status_results_set_classes (fixture->results, 0);
  n_all = fixture->mirror->len;
  sc_status_results_set_classes (fixture->results, steps[3]);
  g_assert_cmpuint (fixture->mirror->len, ==, n_all);
}

static void
check_only_4xx_removed_cb (GListModel *model,
                           guint       position,
                           guint       removed,
                           guint       added,
                           Fixture    *fixture)
{
  g_assert_cmpuint (position, ==, 0);
  g_assert_cmpuint (added, ==, 0);
  for (guint i = 0; i < fixture->mirror->len; i++)
    {
      guint code = sc_status_get_code (g_ptr_array_index (fixture->mirror, i));

      g_assert_cmpuint (code / 100, ==, i < removed ? 4 : 5);
    }
  fixture->n_changes++;
}

/* Each change is one items-changed signal at most, and none when nothing
 * changed: the same search again, or 4 and then 4xx, which name the same
 * codes. Statuses that stay at the end are not reported: choosing 5xx
 * after 4xx and 5xx removes only the 4xx codes. */
static void
test_results_reports_little (Fixture       *fixture,
                             gconstpointer  data)
{
  const char *searches[] = { "4", "40", "404", "4041", "", "n", "no", "not", "no", "" };
  guint n_changes;

  for (guint i = 0; i < G_N_ELEMENTS (searches); i++)
    {
      n_changes = fixture->n_changes;
      sc_status_results_set_search (fixture->results, searches[i]);
      g_assert_cmpuint (fixture->n_changes, <=, n_changes + 1);
      assert_results (fixture);
    }

  sc_status_results_set_search (fixture->results, "4");
  n_changes = fixture->n_changes;
  sc_status_results_set_search (fixture->results, "4");
  sc_status_results_set_search (fixture->results, "4xx");
  g_assert_cmpuint (fixture->n_changes, ==, n_changes);
  assert_results (fixture);

  sc_status_results_set_search (fixture->results, "");
  sc_status_results_set_classes (fixture->results, SC_RESPONSE_CLASSES_CLIENT_ERROR | SC_RESPONSE_CLASSES_SERVER_ERROR);
  g_signal_handlers_disconnect_by_func (fixture->results, on_items_changed_cb, fixture);
  g_signal_connect (fixture->results, "items-changed", G_CALLBACK (check_only_4xx_removed_cb), fixture);
  sc_status_results_set_classes (fixture->results, SC_RESPONSE_CLASSES_SERVER_ERROR);
  g_signal_handlers_disconnect_by_func (fixture->results, check_only_4xx_removed_cb, fixture);
}

/* The model it searches can change under it. */
static void
test_results_model_changes (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(GListStore) store = g_list_store_new (SC_TYPE_STATUS);
  g_autoptr(ScStatusResults) results = sc_status_results_new (G_LIST_MODEL (store));
  g_autoptr(ScStatus) status = g_list_model_get_item (fixture->statuses, 0);

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (results)), ==, 0);
  g_list_store_append (store, status);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (results)), ==, 1);
  sc_status_results_set_search (results, "999");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (results)), ==, 0);
  sc_status_results_set_search (results, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (results)), ==, 1);
  g_list_store_remove_all (store);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (results)), ==, 0);
  sc_status_results_set_model (results, NULL);
  g_assert_null (sc_status_results_get_model (results));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD_TEST(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD_TEST ("/results/start-with-every-code", test_results_start_with_every_code);
  ADD_TEST ("/results/typing", test_results_typing);
  ADD_TEST ("/results/narrower-reranks", test_results_narrower_reranks);
  ADD_TEST ("/results/classes-and-unofficial", test_results_classes_and_unofficial);
  ADD_TEST ("/results/reports-little", test_results_reports_little);
  ADD_TEST ("/results/model-changes", test_results_model_changes);

  return g_test_run ();
}
