/* reference-search.c
 *
 * Copyright 2026 The Status Codes developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What a search shows, made the plain way, for the tests to compare the
 * app's results with: every status that passes the switches and matches,
 * then a comparison sort with sc_search_query_compare().
 */

#include "config.h"

#include "reference-search.h"

static int
compare_matches (gconstpointer a,
                 gconstpointer b,
                 gpointer      query)
{
  return sc_search_query_compare (query, *(ScStatus **)a, *(ScStatus **)b);
}

/* Returns: (transfer full) (element-type ScStatus): the statuses of
 * @statuses that @search shows, in the order it shows them */
GPtrArray *
reference_search (GListModel        *statuses,
                  const char        *search,
                  gboolean           show_unofficial,
                  ScResponseClasses  classes)
{
  g_autoptr(ScSearchQuery) query = sc_search_query_new (search);
  GPtrArray *matches = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (statuses); i++)
    {
      g_autoptr(ScStatus) status = g_list_model_get_item (statuses, i);

      if (!show_unofficial && !sc_status_is_official (status))
        continue;
      if (classes != 0 && (classes & (1 << sc_status_get_response_class (status))) == 0)
        continue;
      if (sc_search_query_match (query, status) == SC_SEARCH_NO_MATCH)
        continue;
      g_ptr_array_add (matches, g_steal_pointer (&status));
    }

  g_ptr_array_sort_with_data (matches, compare_matches, query);

  return matches;
}
