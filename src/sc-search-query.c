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
 *
 * A hundred statuses of a few hundred bytes each are few: each keystroke
 * reads every folded text with strstr(), and needs no index.
 */

typedef struct
{
  /* For a code term, the prefix of the codes it names; for a word, the
   * word, folded. */
  char *text;
  gsize len;
  gboolean is_code;
  /* Whether the word may start inside a word of the text. */
  gboolean match_inside_words;
} ScSearchTerm;

struct _ScSearchQuery
{
  char *text;
  /* Code terms first, then words; none the start of another of its kind
   * (see drop_implied_terms()). */
  GArray *terms;
  /* Text that is not UTF-8 matches nothing. */
  gboolean invalid;
};

G_DEFINE_BOXED_TYPE (ScSearchQuery, sc_search_query, sc_search_query_ref, sc_search_query_unref)

/* Appends @text, folded (see sc_search_key_new()), to @key. */
static void
append_folded (GString    *key,
               const char *text)
{
  const char *p;

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return;

  /* Compatibility decomposition never moves a mark past an ASCII
   * character (every one is a starter), and case folding goes character
   * by character, so the text can be folded a run at a time: runs of
   * ASCII, which most text is, by lowering their letters, and only the
   * rest through the Unicode tables. The result is the same. */
  for (p = text; *p != '\0';)
    {
      const char *end = p;

      if ((guchar)*p < 0x80)
        {
          gsize start = key->len;

          while (*end != '\0' && (guchar)*end < 0x80)
            end++;
          g_string_append_len (key, p, end - p);
          for (char *c = key->str + start; *c != '\0'; c++)
            if (*c >= 'A' && *c <= 'Z')
              *c += 'a' - 'A';
        }
      else
        {
          g_autofree char *normalized = NULL;
          g_autofree char *folded = NULL;

          while (*end != '\0' && (guchar)*end >= 0x80)
            end++;
          normalized = g_utf8_normalize (p, end - p, G_NORMALIZE_ALL);
          folded = g_utf8_casefold (normalized, -1);
          g_string_append (key, folded);
        }

      p = end;
    }
}

/**
 * sc_search_key_new:
 * @text: (nullable): text to search in, or a search query
 *
 * Folds @text the same way for queries and for the texts they are matched
 * against: compatibility normalisation (so that full-width digits are
 * digits and ligatures are letters), then case folding.
 *
 * Returns: (transfer full): the key
 */
char *
sc_search_key_new (const char *text)
{
  GString *key = g_string_sized_new (text != NULL ? strlen (text) : 0);

  append_folded (key, text);

  return g_string_free (key, FALSE);
}

/* A newline separates the parts of a text so that no word spans two. */
static void
append_key_part (GString    *key,
                 const char *text)
{
  if (text == NULL)
    return;
  if (key->len > 0)
    g_string_append_c (key, '\n');
  append_folded (key, text);
}

/**
 * sc_search_keys_init:
 * @keys: keys to fill
 * @status: the status they are of
 *
 * Folds the texts of @status into @keys. Free them with
 * sc_search_keys_clear().
 */
void
sc_search_keys_init (ScSearchKeys *keys,
                     ScStatus     *status)
{
  GString *text[SC_N_SEARCH_FIELDS];
  const char * const *former_names;
  const char * const *headers;

  g_return_if_fail (keys != NULL);
  g_return_if_fail (SC_IS_STATUS (status));

  former_names = sc_status_get_former_names (status);
  headers = sc_status_get_headers (status);
  memcpy (keys->code, sc_status_get_code_string (status), sizeof keys->code);
  for (guint i = 0; i < SC_N_SEARCH_FIELDS; i++)
    text[i] = g_string_sized_new (256);

  /* The title is the phrase in the user's language: 未找到 finds 404.
   * Former names are names of this status: found as readily as its
   * phrase. */
  append_key_part (text[SC_SEARCH_FIELD_PHRASE], sc_status_get_phrase (status));
  if (sc_status_has_own_title (status))
    append_key_part (text[SC_SEARCH_FIELD_PHRASE], sc_status_get_title (status));
  for (guint i = 0; former_names[i] != NULL; i++)
    append_key_part (text[SC_SEARCH_FIELD_PHRASE], former_names[i]);

  /* Who sends an unofficial code is as telling as its summary: "nginx"
   * finds nginx's codes. Header fields are details, like the description. */
  append_key_part (text[SC_SEARCH_FIELD_SUMMARY], sc_status_get_summary (status));
  append_key_part (text[SC_SEARCH_FIELD_SUMMARY], sc_status_get_origin (status));
  append_key_part (text[SC_SEARCH_FIELD_DESCRIPTION], sc_status_get_description (status));
  for (guint i = 0; headers[i] != NULL; i++)
    append_key_part (text[SC_SEARCH_FIELD_DESCRIPTION], headers[i]);

  for (guint i = 0; i < SC_N_SEARCH_FIELDS; i++)
    keys->text[i] = g_string_free (text[i], FALSE);
}

/**
 * sc_search_keys_clear:
 * @keys: keys made by sc_search_keys_init()
 *
 * Frees the texts of @keys.
 */
void
sc_search_keys_clear (ScSearchKeys *keys)
{
  g_return_if_fail (keys != NULL);

  for (guint i = 0; i < SC_N_SEARCH_FIELDS; i++)
    g_clear_pointer (&keys->text[i], g_free);
}

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

  term->is_code = TRUE;
  term->text = g_strndup (text, n_digits);
  term->len = n_digits;
  return TRUE;
}

static int
compare_terms (gconstpointer a,
               gconstpointer b)
{
  const ScSearchTerm *term_a = a, *term_b = b;

  if (term_a->is_code != term_b->is_code)
    return term_a->is_code ? -1 : 1;

  return strcmp (term_a->text, term_b->text);
}

/* Sorts the terms, code terms first, and drops each that starts the next
 * of its kind: every status that the longer one matches, the shorter
 * matches too, at the same rank or a better one, so it changes nothing.
 * Typing a word twice, or pasting it many times, then costs nothing. */
static void
drop_implied_terms (GArray *terms)
{
  guint kept = 0;

  g_array_sort (terms, compare_terms);

  for (guint i = 0; i < terms->len; i++)
    {
      ScSearchTerm *term = &g_array_index (terms, ScSearchTerm, i);
      const ScSearchTerm *next = i + 1 < terms->len ? term + 1 : NULL;

      if (next != NULL && next->is_code == term->is_code && g_str_has_prefix (next->text, term->text))
        clear_term (term);
      else
        g_array_index (terms, ScSearchTerm, kept++) = *term;
    }

  /* Only moved, not freed: already cleared or kept. */
  g_array_set_clear_func (terms, NULL);
  g_array_set_size (terms, kept);
  g_array_set_clear_func (terms, clear_term);
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
          term.text = g_strndup (p, end - p);
          term.len = end - p;
          term.match_inside_words = g_unichar_iswide (g_utf8_get_char (term.text));
        }
      g_array_append_val (self->terms, term);

      p = end;
    }

  drop_implied_terms (self->terms);

  return self;
}

/* Whether @term's word stands in @text at the start of one of its words
 * (or anywhere, for scripts written without spaces). */
static gboolean
contains_word (const char         *text,
               const ScSearchTerm *term)
{
  const char *found = strstr (text, term->text);

  if (found == NULL || term->match_inside_words)
    return found != NULL;

  /* A term starts with a whole character, so searching on from the next
   * byte cannot find one inside a character. */
  for (; found != NULL; found = strstr (found + 1, term->text))
    {
      guchar before;

      if (found == text)
        return TRUE;

      before = (guchar)found[-1];
      if (before < 0x80 ? !g_ascii_isalnum (before)
                        : !g_unichar_isalnum (g_utf8_get_char (g_utf8_prev_char (found))))
        return TRUE;
    }

  return FALSE;
}

static int
match_keys (const ScSearchQuery *self,
            const ScSearchKeys  *keys)
{
  int rank = 0;

  if (self->invalid)
    return SC_SEARCH_NO_MATCH;

  for (guint i = 0; i < self->terms->len; i++)
    {
      const ScSearchTerm *term = &g_array_index (self->terms, ScSearchTerm, i);
      int field = 0;

      if (term->is_code)
        {
          if (strncmp (keys->code, term->text, term->len) != 0)
            return SC_SEARCH_NO_MATCH;
          continue;
        }

      while (field < SC_N_SEARCH_FIELDS && !contains_word (keys->text[field], term))
        field++;

      if (field == SC_N_SEARCH_FIELDS)
        return SC_SEARCH_NO_MATCH;

      rank = MAX (rank, field);
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
 * Matches one status, folding its texts for the purpose. To match many
 * statuses, fold their texts once and use sc_search_query_match_keys().
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
