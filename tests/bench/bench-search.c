/* bench-search.c
 *
 * Copyright 2026 The Status Codes developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The in-process half of build-aux/bench.sh: how long the real data takes
 * to load, and what a keystroke costs in the window's own model pipeline
 * (statuses → ScStatusResults → selection), on the real
 * data and on 10,000 synthetic statuses: its mean and worst.
 *
 * Each figure comes with a baseline measured in the same run: for the load,
 * GMarkup reading the same bytes with no callbacks (the floor of any XML
 * reader); for the search, the same pipeline with GTK's own GtkStringFilter
 * on the reason phrase and a GtkNumericSorter on the code, the pipeline of
 * a plain GTK app.
 *
 * Prints one JSON object a line, for tests/bench/bench.py to tabulate;
 * with --check, only checks that the benchmark runs (a quick unit test).
 */

#include "config.h"

#include <gtk/gtk.h>
#include <string.h>
#include <time.h>

#include "sc-status.h"
#include "sc-status-loader.h"
#include "sc-status-results.h"
#include "test-status-new.h"

#define STATUS_DATA_PATH RESOURCE_PREFIX "/status-codes.xml"

/* Typed one character at a time, then erased one at a time. */
static const char * const typing_sessions[] = {
  "not found",
  "gateway timeout",
  "5xx gateway",
  "404",
  "too many requests",
  "teapot",
};

static gboolean check_only;

static gint64
now_ns (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_MONOTONIC, &ts);
  return (gint64)ts.tv_sec * G_GINT64_CONSTANT (1000000000) + ts.tv_nsec;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *)a, y = *(const double *)b;

  return (x > y) - (x < y);
}

static double
median (GArray *values)
{
  g_array_sort (values, compare_doubles);
  return g_array_index (values, double, values->len / 2);
}

/* Data load */

static void
bench_load (void)
{
  static const GMarkupParser empty_parser = { NULL, };
  const guint rounds = check_only ? 3 : 200;
  g_autoptr(GArray) load_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) floor_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) keys_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GBytes) data = NULL;
  g_autoptr(GBytes) data_again = NULL;
  g_autoptr(GError) error = NULL;
  guint n_statuses = 0;
  gboolean in_place;

  data = g_resources_lookup_data (STATUS_DATA_PATH, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  g_assert_no_error (error);
  data_again = g_resources_lookup_data (STATUS_DATA_PATH, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  g_assert_no_error (error);
  /* A compressed resource is inflated into a new copy at every lookup. */
  in_place = g_bytes_get_data (data, NULL) == g_bytes_get_data (data_again, NULL);

  /* Alternately, so that the machine's noise falls on both alike. */
  for (guint i = 0; i < rounds; i++)
    {
      g_autoptr(GListModel) statuses = NULL;
      g_autoptr(ScStatusResults) results = NULL;
      g_autoptr(GMarkupParseContext) context = NULL;
      gint64 start;
      double ms;

      start = now_ns ();
      statuses = sc_status_loader_load_resource (STATUS_DATA_PATH, NULL, &error);
      ms = (now_ns () - start) / 1e6;
      g_assert_no_error (error);
      n_statuses = g_list_model_get_n_items (statuses);
      g_array_append_val (load_ms, ms);

      /* Not part of the load: the texts the window's results model folds,
       * once, before the first search (see ScSearchKeys). */
      start = now_ns ();
      results = sc_status_results_new (statuses);
      ms = (now_ns () - start) / 1e6;
      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (results)), ==, n_statuses);
      g_array_append_val (keys_ms, ms);

      start = now_ns ();
      context = g_markup_parse_context_new (&empty_parser, 0, NULL, NULL);
      g_markup_parse_context_parse (context, g_bytes_get_data (data, NULL), g_bytes_get_size (data), &error);
      g_markup_parse_context_end_parse (context, &error);
      ms = (now_ns () - start) / 1e6;
      g_assert_no_error (error);
      g_array_append_val (floor_ms, ms);
    }

  g_print ("{\"metric\": \"load\", \"n\": %u, \"bytes\": %" G_GSIZE_FORMAT ", \"in_place\": %s, "
           "\"ms\": %.4f, \"baseline_ms\": %.4f, \"keys_ms\": %.4f}\n",
           n_statuses, g_bytes_get_size (data), in_place ? "true" : "false",
           median (load_ms), median (floor_ms), median (keys_ms));
}

/* Search */

static GListModel *
load_real_statuses (void)
{
  g_autoptr(GError) error = NULL;
  GListModel *statuses = sc_status_loader_load_resource (STATUS_DATA_PATH, NULL, &error);

  g_assert_no_error (error);
  return statuses;
}

/* @n statuses with codes cycling through 100–599 and the texts of the real
 * ones in turn, each with a word of its own, so that no two are alike. */
static int
compare_codes (gconstpointer a,
               gconstpointer b)
{
  return (int)sc_status_get_code (*(ScStatus **)a) - (int)sc_status_get_code (*(ScStatus **)b);
}

static GListModel *
make_synthetic_statuses (GListModel *real,
                         guint       n)
{
  GListStore *store = g_list_store_new (SC_TYPE_STATUS);
  guint n_real = g_list_model_get_n_items (real);
  g_autoptr(GPtrArray) items = g_ptr_array_new_full (n, g_object_unref);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ScStatus) model = g_list_model_get_item (real, i % n_real);
      g_autofree char *phrase = g_strdup_printf ("%s%s", sc_status_get_phrase (model), (i % 7) ? "" : " Variant");
      g_autofree char *summary = g_strdup_printf ("%s (item %u)", sc_status_get_summary (model), i);
      guint code = SC_STATUS_CODE_MIN + i % (SC_STATUS_CODE_MAX - SC_STATUS_CODE_MIN + 1);
      gboolean official = (i % 11) != 0;

      ScStatus *status = test_status_new_full (code, phrase, summary, sc_status_get_description (model));

      status->registry_status = official ? SC_REGISTRY_STATUS_STANDARD : SC_REGISTRY_STATUS_UNOFFICIAL;
      status->origin = official ? NULL : g_strdup ("nginx");
      test_status_add_strings (status->headers, sc_status_get_headers (model));
      test_status_add_strings (status->former_names, sc_status_get_former_names (model));
      g_ptr_array_add (items, status);
    }

  /* Sorted by code, as the loader gives the real data and as the results
   * model wants it. */
  g_ptr_array_sort (items, compare_codes);
  g_list_store_splice (store, 0, 0, items->pdata, items->len);
  return G_LIST_MODEL (store);
}

typedef struct
{
  /* What takes the search: the results model, or the baseline's filter. */
  GObject *searcher;
  GtkSingleSelection *selection;
  /* Sets the search, as the search entry's binding does. */
  void (*set_search) (GObject *searcher, const char *search);
} Pipeline;

static void
set_results_search (GObject    *searcher,
                    const char *search)
{
  sc_status_results_set_search (SC_STATUS_RESULTS (searcher), search);
}

static void
set_string_filter_search (GObject    *searcher,
                          const char *search)
{
  gtk_string_filter_set_search (GTK_STRING_FILTER (searcher), search);
}

/* As src/sc-window.ui declares it. */
static void
pipeline_init_ours (Pipeline   *pipeline,
                    GListModel *statuses)
{
  ScStatusResults *results = sc_status_results_new (statuses);

  pipeline->searcher = g_object_ref (G_OBJECT (results));
  pipeline->selection = gtk_single_selection_new (G_LIST_MODEL (results));
  gtk_single_selection_set_autoselect (pipeline->selection, FALSE);
  gtk_single_selection_set_can_unselect (pipeline->selection, TRUE);
  pipeline->set_search = set_results_search;
}

/* What a plain GTK app would do: a string filter on one property. */
static void
pipeline_init_baseline (Pipeline   *pipeline,
                        GListModel *statuses)
{
  GtkStringFilter *filter = gtk_string_filter_new (gtk_property_expression_new (SC_TYPE_STATUS, NULL, "phrase"));
  GtkFilterListModel *filter_model = gtk_filter_list_model_new (g_object_ref (statuses), g_object_ref (GTK_FILTER (filter)));
  GtkSorter *sorter = GTK_SORTER (gtk_numeric_sorter_new (gtk_property_expression_new (SC_TYPE_STATUS, NULL, "code")));
  GtkSortListModel *sort_model = gtk_sort_list_model_new (G_LIST_MODEL (filter_model), sorter);

  pipeline->searcher = G_OBJECT (filter);
  pipeline->selection = gtk_single_selection_new (G_LIST_MODEL (sort_model));
  gtk_single_selection_set_autoselect (pipeline->selection, FALSE);
  gtk_single_selection_set_can_unselect (pipeline->selection, TRUE);
  pipeline->set_search = set_string_filter_search;
}

static void
pipeline_clear (Pipeline *pipeline)
{
  g_clear_object (&pipeline->searcher);
  g_clear_object (&pipeline->selection);
}

/* The keystrokes of every session, typed and then erased: the search
 * after each. */
static GPtrArray *
make_keystrokes (void)
{
  GPtrArray *keystrokes = g_ptr_array_new_with_free_func (g_free);

  for (guint s = 0; s < G_N_ELEMENTS (typing_sessions); s++)
    {
      const char *text = typing_sessions[s];
      gsize len = strlen (text);

      for (gsize i = 1; i <= len; i++)
        g_ptr_array_add (keystrokes, g_strndup (text, i));
      for (gsize i = len - 1; i + 1 > 0; i--)
        g_ptr_array_add (keystrokes, g_strndup (text, i));
    }

  return keystrokes;
}

/* Types every keystroke into @pipeline, @rounds times; for each keystroke,
 * the median time over the rounds goes into @times. */
static void
type_keystrokes (Pipeline  *pipeline,
                 GPtrArray *keystrokes,
                 guint      rounds,
                 double    *times,
                 guint     *checksum)
{
  g_autoptr(GArray) samples = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree double *all = g_new0 (double, keystrokes->len * rounds);

  for (guint r = 0; r < rounds; r++)
    for (guint k = 0; k < keystrokes->len; k++)
      {
        gint64 start = now_ns ();
        guint n_results;

        pipeline->set_search (pipeline->searcher, g_ptr_array_index (keystrokes, k));
        /* What the list view asks for first. */
        n_results = g_list_model_get_n_items (G_LIST_MODEL (pipeline->selection));
        if (n_results > 0)
          g_object_unref (g_list_model_get_item (G_LIST_MODEL (pipeline->selection), 0));
        all[r * keystrokes->len + k] = (now_ns () - start) / 1e6;
        *checksum += n_results;
      }

  for (guint k = 0; k < keystrokes->len; k++)
    {
      g_array_set_size (samples, 0);
      for (guint r = 0; r < rounds; r++)
        g_array_append_val (samples, all[r * keystrokes->len + k]);
      times[k] = median (samples);
    }
}

static void
report_typing (const char *model_name,
               guint       n,
               GPtrArray  *keystrokes,
               double     *ours,
               double     *baseline)
{
  g_autoptr(GArray) ours_sorted = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) ratios = g_array_new (FALSE, FALSE, sizeof (double));
  double ours_total = 0, baseline_total = 0, ours_max = 0;
  guint worst = 0;

  for (guint k = 0; k < keystrokes->len; k++)
    {
      double ratio = ours[k] / MAX (baseline[k], 1e-6);

      g_array_append_val (ours_sorted, ours[k]);
      g_array_append_val (ratios, ratio);
      ours_total += ours[k];
      baseline_total += baseline[k];
      if (ours[k] > ours_max)
        {
          ours_max = ours[k];
          worst = k;
        }
    }

  g_print ("{\"metric\": \"search\", \"model\": \"%s\", \"n\": %u, \"keystrokes\": %u, "
           "\"mean_ms\": %.4f, \"median_ms\": %.4f, \"max_ms\": %.4f, \"worst_query\": \"%s\", "
           "\"baseline_mean_ms\": %.4f, \"median_ratio\": %.3f}\n",
           model_name, n, keystrokes->len,
           ours_total / keystrokes->len, median (ours_sorted), ours_max,
           (const char *)g_ptr_array_index (keystrokes, worst),
           baseline_total / keystrokes->len, median (ratios));
}

static void
bench_search (GListModel *statuses,
              const char *model_name)
{
  g_autoptr(GPtrArray) keystrokes = make_keystrokes ();
  guint n = g_list_model_get_n_items (statuses);
  guint rounds = check_only ? 1 : 5;
  g_autofree double *ours = g_new0 (double, keystrokes->len);
  g_autofree double *baseline = g_new0 (double, keystrokes->len);
  g_autofree double *round_times = g_new0 (double, keystrokes->len);
  guint checksum = 0;

  for (guint k = 0; k < keystrokes->len; k++)
    ours[k] = baseline[k] = G_MAXDOUBLE;

  /* Round by round, alternating between the two pipelines, each keeping
   * its best median, so that noise falls on both alike. */
  for (guint r = 0; r < 2; r++)
    {
      Pipeline pipeline;

      pipeline_init_ours (&pipeline, statuses);
      type_keystrokes (&pipeline, keystrokes, rounds, round_times, &checksum);
      for (guint k = 0; k < keystrokes->len; k++)
        ours[k] = MIN (ours[k], round_times[k]);
      pipeline_clear (&pipeline);

      pipeline_init_baseline (&pipeline, statuses);
      type_keystrokes (&pipeline, keystrokes, rounds, round_times, &checksum);
      for (guint k = 0; k < keystrokes->len; k++)
        baseline[k] = MIN (baseline[k], round_times[k]);
      pipeline_clear (&pipeline);

      if (check_only)
        break;
    }

  g_assert_cmpuint (checksum, >, 0);
  report_typing (model_name, n, keystrokes, ours, baseline);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GListModel) real = NULL;
  g_auto(GStrv) sizes = NULL;

  check_only = argc > 1 && g_str_equal (argv[1], "--check");
  /* BENCH_SIZES=1000,10000 measures these sizes only, to profile them. */
  sizes = g_strsplit (g_getenv ("BENCH_SIZES") ? g_getenv ("BENCH_SIZES") : "10000", ",", -1);

  real = load_real_statuses ();

  if (g_getenv ("BENCH_SIZES") == NULL)
    {
      bench_load ();
      bench_search (real, "real");
    }

  for (guint i = 0; sizes[i] != NULL; i++)
    {
      g_autoptr(GListModel) synthetic = NULL;
      guint n = (guint)g_ascii_strtoull (sizes[i], NULL, 10);

      if (n == 0)
        continue;

      synthetic = make_synthetic_statuses (real, n);
      bench_search (synthetic, "synthetic");
    }

  return 0;
}
