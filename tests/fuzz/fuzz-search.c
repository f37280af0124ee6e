/* fuzz-search.c
 *
 * Copyright 2026 The Status Codes developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A libFuzzer target: the search matcher on arbitrary text. The input is
 * one or two queries, split at the first newline: the search before and
 * after a change, as typing makes them. Each is matched against the real
 * data, and the change goes through the window's results model, whose
 * results must be exactly those sc_search_query_match() finds, one status
 * at a time, in its order; and the search key of the text must be the
 * text folded. Run by
 * build-aux/fuzz.sh; its corpus is replayed by the unit suite (replay.c).
 */

#include "config.h"

#include "fuzz-common.h"

#include <gio/gio.h>
#include <string.h>

#include "sc-search-query.h"
#include "sc-status-loader.h"
#include "sc-status-results.h"

static GListModel *statuses;
static ScStatusResults *results;

static void
set_up (void)
{
  g_autoptr(GError) error = NULL;

  statuses = sc_status_loader_load_resource (RESOURCE_PREFIX "/status-codes.xml", NULL, &error);
  g_assert_no_error (error);

  results = sc_status_results_new (statuses);
  sc_status_results_set_show_unofficial (results, TRUE);
}

/* The results must be what the matcher finds, in its order. */
static void
check_results (const char *text)
{
  g_autoptr(ScSearchQuery) query = sc_search_query_new (text);
  guint n_statuses = g_list_model_get_n_items (statuses);
  g_autofree int *ranks = g_new (int, n_statuses);
  guint n_matches = 0;
  guint n_results = g_list_model_get_n_items (G_LIST_MODEL (results));
  int previous_rank = 0;
  guint previous_code = 0;

  for (guint i = 0; i < n_statuses; i++)
    {
      g_autoptr(ScStatus) status = g_list_model_get_item (statuses, i);

      ranks[i] = sc_search_query_match (query, status);
      if (ranks[i] != SC_SEARCH_NO_MATCH)
        n_matches++;
      /* A field, or a quote of 1 to SC_SEARCH_MAX_QUOTED bytes. */
      if (ranks[i] < SC_SEARCH_NO_MATCH ||
          (ranks[i] >= SC_N_SEARCH_FIELDS && ranks[i] < SC_SEARCH_RANK_QUOTED) ||
          ranks[i] >= SC_SEARCH_RANK_QUOTED + SC_SEARCH_MAX_QUOTED)
        fuzz_fail ("rank %d is out of range", ranks[i]);
    }

  if (n_results != n_matches)
    fuzz_fail ("the models show %u statuses, the matcher finds %u", n_results, n_matches);

  /* Best rank first, then in code order. */
  for (guint i = 0; i < n_results; i++)
    {
      g_autoptr(ScStatus) status = g_list_model_get_item (G_LIST_MODEL (results), i);
      guint code = sc_status_get_code (status);
      guint position = 0;
      g_autoptr(ScStatus) found = sc_status_list_find (statuses, code, &position);
      int rank;

      if (found != status)
        fuzz_fail ("the models show %u, which is not in the data", code);
      rank = ranks[position];

      if (rank == SC_SEARCH_NO_MATCH)
        fuzz_fail ("the models show %u, which does not match", code);
      if (i > 0 && (rank < previous_rank || (rank == previous_rank && code <= previous_code)))
        fuzz_fail ("%u is shown before %u", previous_code, code);

      previous_rank = rank;
      previous_code = code;
    }
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autofree char *text = g_strndup ((const char *)data, size);
  char *newline = strchr (text, '\n');
  const char *before = text;
  const char *after = NULL;
  g_autoptr(ScSearchQuery) query_before = NULL;

  fuzz_init ();
  if (statuses == NULL)
    set_up ();

  /* The search key of any UTF-8 text is its compatibility decomposition,
   * case folded, however sc_search_key_new() gets there. (Other text
   * never reaches it: the query and GMarkup check theirs.) */
  {
    g_autofree char *key = sc_search_key_new (text);

    if (g_utf8_validate (text, -1, NULL))
      {
        g_autofree char *normalized = g_utf8_normalize (text, -1, G_NORMALIZE_ALL);
        g_autofree char *expected = g_utf8_casefold (normalized, -1);

        if (strcmp (key, expected) != 0)
          fuzz_fail ("the search key is not the folded text");
      }
  }

  if (newline != NULL)
    {
      *newline = '\0';
      after = newline + 1;
    }

  query_before = sc_search_query_new (before);
  if (g_strcmp0 (sc_search_query_get_text (query_before), before) != 0)
    fuzz_fail ("the query lost its text");
  (void)sc_search_query_is_empty (query_before);

  sc_status_results_set_search (results, before);
  check_results (before);

  if (after != NULL)
    {
      sc_status_results_set_search (results, after);
      check_results (after);
    }

  /* Unofficial codes hidden and shown again, under the same search. */
  sc_status_results_set_show_unofficial (results, FALSE);
  sc_status_results_set_show_unofficial (results, TRUE);
  check_results (after != NULL ? after : before);

  sc_status_results_set_search (results, "");

  return 0;
}
