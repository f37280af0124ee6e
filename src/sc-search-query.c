/* sc-search-query.c
 *
 * Copyright 2026 The Status Codes developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sc-search-query"

#include "config.h"

#include <string.h>

#include "sc-search-query.h"

/**
 * ScSearchQuery:
 *
 * A search as the user typed it, parsed once and matched against many
 * statuses. The same matcher serves the sidebar and anything else that
 * searches, so every place ranks alike.
 *
 * The query is folded like the statuses' texts (see sc_search_key_new())
 * and split at white space into terms; a status matches when every term
 * does, in any order:
 *
 * - a term of one to three digits matches codes that start with it:
 *   `4` is every 4xx code, `40` is 400–409, `404` is 404;
 * - digits followed by `x` up to three characters name the same prefix:
 *   `4xx` (or `4x`) is the class, `40x` is 400–409;
 * - any other term is a word, found at the start of a word in the reason
 *   phrase (or a former name), the summary or the description: `found`
 *   and `allow` find "Not Found" and "Method Not Allowed", but `not`
 *   does not find "cannot". Scripts written without spaces between
 *   words, such as Chinese, are matched anywhere.
 *
 * A match's rank says where its words were found: 0 when every word is in
 * the phrase, 1 when every word is in the phrase or summary, 2 when one is
 * only in the description. Lower ranks come first; within a rank, codes
 * are in order.
 */

typedef struct
{
  char *text;
  /* The code prefix for a code term, NULL for a word. */
  char *code_prefix;
  /* Whether the word may start inside a word of the text. */
  gboolean match_inside_words;
} ScSearchTerm;

struct _ScSearchQuery
{
  char *text;
  GArray *terms;
  /* Text that is not UTF-8 matches nothing. */
  gboolean invalid;
};

G_DEFINE_BOXED_TYPE (ScSearchQuery, sc_search_query, sc_search_query_ref, sc_search_query_unref)

static void
clear_term (gpointer data)
{
  ScSearchTerm *term = data;

  g_clear_pointer (&term->text, g_free);
  g_clear_pointer (&term->code_prefix, g_free);
}

/* Returns the prefix of codes that @term names, or %NULL if it is a word. */
static char *
parse_code_term (const char *term)
{
  gsize n_digits = strspn (term, "0123456789");
  gsize len = strlen (term);

  if (n_digits == 0 || len > 3)
    return NULL;

  if (n_digits == len)
    return g_strdup (term);

  /* Folded, so `X` is already `x` here. `4x` is taken as `4xx`, so the
   * list holds still while the user types the class. */
  if (strspn (term + n_digits, "x") == len - n_digits)
    return g_strndup (term, n_digits);

  return NULL;
}

/**
 * sc_search_query_new:
 * @text: (nullable): what the user typed
 *
 * Returns: (transfer full): the query
 */
ScSearchQuery *
sc_search_query_new (const char *text)
{
  ScSearchQuery *self;
  g_autofree char *key = NULL;
  const char *p;

  self = g_rc_box_new0 (ScSearchQuery);
  self->text = g_strdup (text != NULL ? text : "");
  self->terms = g_array_new (FALSE, FALSE, sizeof (ScSearchTerm));
  g_array_set_clear_func (self->terms, clear_term);

  if (!g_utf8_validate (self->text, -1, NULL))
    {
      self->invalid = TRUE;
      return self;
    }

  key = sc_search_key_new (self->text);
  p = key;

  while (*p != '\0')
    {
      const char *end;
      ScSearchTerm term;

      while (*p != '\0' && g_unichar_isspace (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      if (*p == '\0')
        break;

      end = p;
      while (*end != '\0' && !g_unichar_isspace (g_utf8_get_char (end)))
        end = g_utf8_next_char (end);

      term.text = g_strndup (p, end - p);
      term.code_prefix = parse_code_term (term.text);
      term.match_inside_words = g_unichar_iswide (g_utf8_get_char (term.text));
      g_array_append_val (self->terms, term);

      p = end;
    }

  return self;
}

/* Whether @term's word stands in @text at the start of one of its words
 * (or anywhere, for scripts written without spaces). */
static gboolean
contains_word (const char         *text,
               const ScSearchTerm *term)
{
  for (const char *found = strstr (text, term->text);
       found != NULL;
       found = strstr (g_utf8_next_char (found), term->text))
    {
      if (found == text || term->match_inside_words)
        return TRUE;

      if (!g_unichar_isalnum (g_utf8_get_char (g_utf8_prev_char (found))))
        return TRUE;
    }

  return FALSE;
}

static void
sc_search_query_finalize (gpointer data)
{
  ScSearchQuery *self = data;

  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->terms, g_array_unref);
}

ScSearchQuery *
sc_search_query_ref (ScSearchQuery *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_rc_box_acquire (self);
}

void
sc_search_query_unref (ScSearchQuery *self)
{
  g_return_if_fail (self != NULL);

  g_rc_box_release_full (self, sc_search_query_finalize);
}

/**
 * sc_search_query_get_text:
 *
 * Returns: the text the query was made from
 */
const char *
sc_search_query_get_text (const ScSearchQuery *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->text;
}

/**
 * sc_search_query_is_empty:
 *
 * Returns: whether the query has no terms, and so matches everything
 */
gboolean
sc_search_query_is_empty (const ScSearchQuery *self)
{
  g_return_val_if_fail (self != NULL, TRUE);

  return self->terms->len == 0 && !self->invalid;
}

/**
 * sc_search_query_match:
 * @status: the status to match
 *
 * Returns: the rank of @status for this query, lower is better, or
 *   %SC_SEARCH_NO_MATCH
 */
int
sc_search_query_match (const ScSearchQuery *self,
                       ScStatus            *status)
{
  const char *code_string;
  int rank = 0;

  g_return_val_if_fail (self != NULL, SC_SEARCH_NO_MATCH);
  g_return_val_if_fail (SC_IS_STATUS (status), SC_SEARCH_NO_MATCH);

  if (self->invalid)
    return SC_SEARCH_NO_MATCH;

  code_string = sc_status_get_code_string (status);

  for (guint i = 0; i < self->terms->len; i++)
    {
      const ScSearchTerm *term = &g_array_index (self->terms, ScSearchTerm, i);
      ScSearchField field;

      if (term->code_prefix != NULL)
        {
          if (!g_str_has_prefix (code_string, term->code_prefix))
            return SC_SEARCH_NO_MATCH;
          continue;
        }

      for (field = 0; field < SC_N_SEARCH_FIELDS; field++)
        {
          if (contains_word (sc_status_get_search_key (status, field), term))
            break;
        }

      if (field == SC_N_SEARCH_FIELDS)
        return SC_SEARCH_NO_MATCH;

      rank = MAX (rank, (int)field);
    }

  return rank;
}

/**
 * sc_search_query_compare:
 * @a: a status that matches
 * @b: another status that matches
 *
 * Orders matches as a result list shows them: by rank, then by code.
 *
 * Returns: negative if @a comes first, positive if @b does, 0 if equal
 */
int
sc_search_query_compare (const ScSearchQuery *self,
                         ScStatus            *a,
                         ScStatus            *b)
{
  int rank_a, rank_b;

  g_return_val_if_fail (self != NULL, 0);

  rank_a = sc_search_query_match (self, a);
  rank_b = sc_search_query_match (self, b);

  /* Non-matches, which a filter has normally taken out, go last. */
  if (rank_a != rank_b)
    {
      if (rank_a == SC_SEARCH_NO_MATCH)
        return 1;
      if (rank_b == SC_SEARCH_NO_MATCH)
        return -1;
      return rank_a - rank_b;
    }

  return (int)sc_status_get_code (a) - (int)sc_status_get_code (b);
}
