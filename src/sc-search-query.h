/* sc-search-query.h
 *
 * Copyright 2026 The Status Codes developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sc-status.h"

G_BEGIN_DECLS

/* What sc_search_query_match() returns for a status that does not match. */
#define SC_SEARCH_NO_MATCH (-1)

/**
 * ScSearchField:
 *
 * The texts of a status that search looks at, in order of relevance; a
 * match's rank is the field where its least relevant word was found.
 */
typedef enum
{
  SC_SEARCH_FIELD_PHRASE,      /* reason phrase, title and former names */
  SC_SEARCH_FIELD_SUMMARY,     /* summary and who sends it */
  SC_SEARCH_FIELD_DESCRIPTION, /* description and header fields */
  SC_SEARCH_FIELD_CAUSES,      /* common causes: what to check, what happens */
  SC_N_SEARCH_FIELDS
} ScSearchField;

/* The ranks of statuses found only because the query quotes what their
 * causes say to check (see sc-search-query.c): after every other match,
 * and the more of the query quoted, the better. */
#define SC_SEARCH_RANK_QUOTED SC_N_SEARCH_FIELDS
#define SC_SEARCH_MAX_QUOTED 1024

/**
 * ScSearchKeys:
 * @code: the code as three digits
 * @text: each field's texts, folded by sc_search_key_new() and joined
 *   by newlines
 * @quotable: what the causes say to check, folded, each once, one a line,
 *   when long enough to be told apart inside other text
 *
 * What search reads of a status, folded once, so that a keystroke
 * folds and allocates nothing.
 */
typedef struct
{
  char code[4];
  char *text[SC_N_SEARCH_FIELDS];
  char *quotable;
} ScSearchKeys;

void  sc_search_keys_init  (ScSearchKeys *keys,
                            ScStatus     *status);
void  sc_search_keys_clear (ScSearchKeys *keys);
char *sc_search_key_new    (const char   *text);

typedef struct _ScSearchQuery ScSearchQuery;

ScSearchQuery *sc_search_query_new        (const char          *text);
void           sc_search_query_free       (ScSearchQuery       *self);
const char    *sc_search_query_get_text   (const ScSearchQuery *self);
gboolean       sc_search_query_is_empty   (const ScSearchQuery *self);
int            sc_search_query_match      (const ScSearchQuery *self,
                                           ScStatus            *status);
int            sc_search_query_match_keys (const ScSearchQuery *self,
                                           const ScSearchKeys  *keys);
int            sc_search_query_compare    (const ScSearchQuery *self,
                                           ScStatus            *a,
                                           ScStatus            *b);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScSearchQuery, sc_search_query_free)

G_END_DECLS
