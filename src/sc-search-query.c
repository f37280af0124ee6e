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

typedef enum
{
  TERM_CODE,
  TERM_WORD,
} TermKind;

typedef struct
{
  /* For a code term, the prefix of the codes it names; for a word, the
   * word, folded. */
  char *text;
  gsize len;
  TermKind kind;
  /* Whether the word may start inside a word of the text. */
  gboolean match_inside_words;
  /* Whether the word must start a word and starts with an ASCII letter
   * or digit, as sc_search_keys_may_start_word() wants. */
  gboolean starts_with_alnum;
} ScSearchTerm;

/* Relating two queries compares every term of one with every term of
 * the other; past this many terms, they are simply different. */
#define MAX_TERMS_TO_RELATE 64

struct _ScSearchQuery
{
  char *text;
  /* Code terms first, then the words that the keys alone tell (see
   * is_known_from_keys()), then the rest: the cheapest to rule a status
   * out first. Within each, longest (likely the rarest) first. None
   * is implied by another (see term_implies()), so that typing a word
   * twice, or a word and its start, costs nothing. */
  GArray *terms;
  guint n_code_terms;
  /* Text that is not UTF-8 matches nothing. */
  gboolean invalid;
};

G_DEFINE_BOXED_TYPE (ScSearchQuery, sc_search_query, sc_search_query_ref, sc_search_query_unref)

static void
clear_term (gpointer data)
{
  ScSearchTerm *term = data;

  g_clear_pointer (&term->text, g_free);
}

/* Reads @term (@len bytes at @text) as a code term if it is one. */
static gboolean
parse_code_term (const char   *text,
                 gsize         len,
                 ScSearchTerm *term)
{
  gsize n_digits = 0;

  while (n_digits < len && g_ascii_isdigit (text[n_digits]))
    n_digits++;

  if (n_digits == 0 || len > 3)
    return FALSE;

  /* Folded, so `X` is already `x` here. `4x` is taken as `4xx`, so the
   * list holds still while the user types the class. */
  for (gsize i = n_digits; i < len; i++)
    if (text[i] != 'x')
      return FALSE;

  term->kind = TERM_CODE;
  term->text = g_strndup (text, n_digits);
  term->len = n_digits;
  return TRUE;
}

/* Whether every status that @term matches is matched by @implied too:
 * a code term by a code term it starts with, a word by a word it starts
 * with (found at a word's start, or anywhere, @term has @implied there). */
static gboolean
term_implies (const ScSearchTerm *term,
              const ScSearchTerm *implied)
{
  return term->kind == implied->kind &&
         term->len >= implied->len &&
         memcmp (term->text, implied->text, implied->len) == 0;
}

static int
compare_terms_by_text (gconstpointer a,
                       gconstpointer b)
{
  const ScSearchTerm *term_a = a, *term_b = b;

  if (term_a->kind != term_b->kind)
    return term_a->kind == TERM_CODE ? -1 : 1;

  return strcmp (term_a->text, term_b->text);
}

/* Whether the keys alone tell if @term is in a text, without reading it
 * (see sc_search_keys_may_start_word()). */
static gboolean
is_known_from_keys (const ScSearchTerm *term)
{
  return term->starts_with_alnum && term->len <= SC_SEARCH_PREFIX_LEN;
}

static int
compare_terms_for_matching (gconstpointer a,
                            gconstpointer b)
{
  const ScSearchTerm *term_a = a, *term_b = b;

  if (term_a->kind != term_b->kind)
    return term_a->kind == TERM_CODE ? -1 : 1;

  if (is_known_from_keys (term_a) != is_known_from_keys (term_b))
    return is_known_from_keys (term_a) ? -1 : 1;

  if (term_a->len != term_b->len)
    return term_a->len > term_b->len ? -1 : 1;

  return strcmp (term_a->text, term_b->text);
}

/* Drops the terms that another term implies: they can neither change
 * whether a status matches nor its rank (a word found in a field has its
 * start found there too). In text order, a term that starts another
 * comes right before the first such term. */
static void
drop_implied_terms (GArray *terms)
{
  guint kept = 0;

  g_array_sort (terms, compare_terms_by_text);

  for (guint i = 0; i < terms->len; i++)
    {
      ScSearchTerm *term = &g_array_index (terms, ScSearchTerm, i);

      if (i + 1 < terms->len && term_implies (&g_array_index (terms, ScSearchTerm, i + 1), term))
        {
          clear_term (term);
          continue;
        }

      g_array_index (terms, ScSearchTerm, kept++) = *term;
    }

  /* Only moved, not freed: already cleared or kept. */
  g_array_set_clear_func (terms, NULL);
  g_array_set_size (terms, kept);
  g_array_set_clear_func (terms, clear_term);

  g_array_sort (terms, compare_terms_for_matching);
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
      ScSearchTerm term = { NULL, };

      while (*p != '\0' && g_unichar_isspace (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      if (*p == '\0')
        break;

      end = p;
      while (*end != '\0' && !g_unichar_isspace (g_utf8_get_char (end)))
        end = g_utf8_next_char (end);

      if (!parse_code_term (p, end - p, &term))
        {
          term.kind = TERM_WORD;
          term.text = g_strndup (p, end - p);
          term.len = end - p;
          term.match_inside_words = g_unichar_iswide (g_utf8_get_char (term.text));
          term.starts_with_alnum = !term.match_inside_words && sc_search_initial (term.text[0]) != 0;
        }
      g_array_append_val (self->terms, term);

      p = end;
    }

  drop_implied_terms (self->terms);

  self->n_code_terms = 0;
  while (self->n_code_terms < self->terms->len &&
         g_array_index (self->terms, ScSearchTerm, self->n_code_terms).kind == TERM_CODE)
    self->n_code_terms++;

  return self;
}

/* Whether @term's word stands in @text at the start of one of its words
 * (or anywhere, for scripts written without spaces). Allocates nothing:
 * it runs for every status at every keystroke. */
static gboolean
contains_word (const char         *text,
               const ScSearchTerm *term)
{
  const char *found = strstr (text, term->text);

  if (found == NULL)
    return FALSE;

  if (term->match_inside_words)
    return TRUE;

  /* A term starts with a whole character, so searching on from the next
   * byte cannot find one inside a character. */
  for (; found != NULL; found = strstr (found + 1, term->text))
    {
      guchar before;

      if (found == text)
        return TRUE;

      before = (guchar)found[-1];
      if (before < 0x80)
        {
          if (!g_ascii_isalnum (before))
            return TRUE;
        }
      else if (!g_unichar_isalnum (g_utf8_get_char (g_utf8_prev_char (found))))
        {
          return TRUE;
        }
    }

  return FALSE;
}

static int
match_keys (const ScSearchQuery *self,
            const ScSearchKeys  *keys)
{
  int rank = 0;
  guint i;

  if (self->invalid)
    return SC_SEARCH_NO_MATCH;

  for (i = 0; i < self->n_code_terms; i++)
    {
      const ScSearchTerm *term = &g_array_index (self->terms, ScSearchTerm, i);

      if (memcmp (keys->code, term->text, term->len) != 0)
        return SC_SEARCH_NO_MATCH;
    }

  for (i = self->n_code_terms; i < self->terms->len; i++)
    {
      const ScSearchTerm *term = &g_array_index (self->terms, ScSearchTerm, i);
      ScSearchField field;

      for (field = 0; field < SC_N_SEARCH_FIELDS; field++)
        {
          /* The keys know the first bytes of every word: whether a
           * short word is there, and whether a longer one may be. Only
           * then is the text read. */
          if (term->starts_with_alnum)
            {
              if (!sc_search_keys_may_start_word (keys, field, term->text, term->len))
                continue;
              if (is_known_from_keys (term))
                break;
            }

          if (contains_word (keys->text[field], term))
            break;
        }

      if (field == SC_N_SEARCH_FIELDS)
        return SC_SEARCH_NO_MATCH;

      rank = MAX (rank, (int)field);
    }

  return rank;
}

/* For one status, not many: its keys are made and dropped. */
static int
match_status (const ScSearchQuery *self,
              ScStatus            *status)
{
  ScSearchKeys keys;
  int rank;

  sc_search_keys_init (&keys, status);
  rank = match_keys (self, &keys);
  sc_search_keys_clear (&keys);

  return rank;
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
 * Matches one status, making its keys for the purpose. To match many
 * statuses, make their keys once and use sc_search_query_match_keys().
 *
 * Returns: the rank of @status for this query, lower is better, or
 *   %SC_SEARCH_NO_MATCH
 */
int
sc_search_query_match (const ScSearchQuery *self,
                       ScStatus            *status)
{
  g_return_val_if_fail (self != NULL, SC_SEARCH_NO_MATCH);
  g_return_val_if_fail (SC_IS_STATUS (status), SC_SEARCH_NO_MATCH);

  return match_status (self, status);
}

/**
 * sc_search_query_match_keys:
 * @keys: the keys of the status to match (see sc_search_keys_init())
 *
 * Allocates nothing: it runs for every status at every keystroke.
 *
 * Returns: the rank of the status for this query, lower is better, or
 *   %SC_SEARCH_NO_MATCH
 */
int
sc_search_query_match_keys (const ScSearchQuery *self,
                            const ScSearchKeys  *keys)
{
  g_return_val_if_fail (self != NULL, SC_SEARCH_NO_MATCH);
  g_return_val_if_fail (keys != NULL, SC_SEARCH_NO_MATCH);

  return match_keys (self, keys);
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

  g_return_val_if_fail (SC_IS_STATUS (a), 0);
  g_return_val_if_fail (SC_IS_STATUS (b), 0);

  rank_a = match_status (self, a);
  rank_b = match_status (self, b);

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

/* Whether each term of @terms is implied by a term of @by. */
static gboolean
all_terms_implied (const ScSearchQuery *terms,
                   const ScSearchQuery *by)
{
  for (guint i = 0; i < terms->terms->len; i++)
    {
      const ScSearchTerm *term = &g_array_index (terms->terms, ScSearchTerm, i);
      gboolean implied = FALSE;

      for (guint j = 0; j < by->terms->len && !implied; j++)
        implied = term_implies (&g_array_index (by->terms, ScSearchTerm, j), term);

      if (!implied)
        return FALSE;
    }

  return TRUE;
}

/**
 * sc_search_query_get_change:
 * @before: the query before
 * @after: the query now
 *
 * Tells how @after relates to @before: typing a letter at the end of a
 * word, or adding a word, narrows a search; erasing one widens it. A
 * narrower query never matches a status that @before did not, and a
 * wider one still matches every status that @before did.
 *
 * Returns: how the query changed
 */
ScSearchQueryChange
sc_search_query_get_change (const ScSearchQuery *before,
                            const ScSearchQuery *after)
{
  gboolean narrower, wider;

  g_return_val_if_fail (before != NULL, SC_SEARCH_QUERY_DIFFERENT);
  g_return_val_if_fail (after != NULL, SC_SEARCH_QUERY_DIFFERENT);

  if (before == after)
    return SC_SEARCH_QUERY_SAME;

  /* An invalid query matches nothing. */
  if (before->invalid || after->invalid)
    {
      if (before->invalid && after->invalid)
        return SC_SEARCH_QUERY_SAME;
      return after->invalid ? SC_SEARCH_QUERY_NARROWER : SC_SEARCH_QUERY_WIDER;
    }

  if (before->terms->len > MAX_TERMS_TO_RELATE || after->terms->len > MAX_TERMS_TO_RELATE)
    return SC_SEARCH_QUERY_DIFFERENT;

  narrower = all_terms_implied (before, after);
  wider = all_terms_implied (after, before);

  /* Each implying the other, they match alike, and rank alike too: a
   * status's rank is that of its rarest word. */
  if (narrower && wider)
    return SC_SEARCH_QUERY_SAME;
  if (narrower)
    return SC_SEARCH_QUERY_NARROWER;
  if (wider)
    return SC_SEARCH_QUERY_WIDER;

  return SC_SEARCH_QUERY_DIFFERENT;
}
