/* sc-search-query.h
 *
 * Copyright 2026 The Status Codes developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sc-search-keys.h"

G_BEGIN_DECLS

/* What sc_search_query_match() returns for a status that does not match. */
#define SC_SEARCH_NO_MATCH (-1)

#define SC_TYPE_SEARCH_QUERY (sc_search_query_get_type ())

typedef struct _ScSearchQuery ScSearchQuery;

/**
 * ScSearchQueryChange:
 * @SC_SEARCH_QUERY_SAME: matches the same statuses, and ranks them alike
 * @SC_SEARCH_QUERY_NARROWER: matches only statuses that the other matches
 * @SC_SEARCH_QUERY_WIDER: matches every status that the other matches
 * @SC_SEARCH_QUERY_DIFFERENT: may match others
 *
 * How a query relates to the one before it, so that a filter can say how
 * it changed (see #GtkFilterChange) and no more work is done than needed.
 */
typedef enum
{
  SC_SEARCH_QUERY_SAME,
  SC_SEARCH_QUERY_NARROWER,
  SC_SEARCH_QUERY_WIDER,
  SC_SEARCH_QUERY_DIFFERENT,
} ScSearchQueryChange;

GType          sc_search_query_get_type (void) G_GNUC_CONST;
ScSearchQuery *sc_search_query_new      (const char          *text);
ScSearchQuery *sc_search_query_ref      (ScSearchQuery       *self);
void           sc_search_query_unref    (ScSearchQuery       *self);
const char    *sc_search_query_get_text (const ScSearchQuery *self);
gboolean       sc_search_query_is_empty (const ScSearchQuery *self);
int            sc_search_query_match    (const ScSearchQuery *self,
                                         ScStatus            *status);
int            sc_search_query_match_keys (const ScSearchQuery *self,
                                           const ScSearchKeys  *keys);
int            sc_search_query_compare  (const ScSearchQuery *self,
                                         ScStatus            *a,
                                         ScStatus            *b);

ScSearchQueryChange sc_search_query_get_change      (const ScSearchQuery *before,
                                                     const ScSearchQuery *after);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScSearchQuery, sc_search_query_unref)

G_END_DECLS
