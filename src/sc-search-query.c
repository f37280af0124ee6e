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
 *   phrase (or a former name), the summary, the description or the
 *   common causes (what they say to check, and what happens): `found`
 *   and `allow` find "Not Found" and "Method Not Allowed", but `not`
 *   does not find "cannot". Scripts written without spaces between
 *   words, such as Chinese, are matched anywhere.
 *
 * A match's rank says where its words were found: 0 when every word is in
 * the phrase, 1 when every word is in the phrase or summary, 2 when one is
 * only in the description, 3 when one is only in a cause. Lower ranks come
 * first; within a rank, codes are in order. So the directive, setting or
 * log message in front of someone finds the codes it causes
 * (`client_max_body_size` finds 413; `_` does not join words, so
 * `max_body_size` does too), after the codes whose own texts say it.
 *
 * People also paste a status code inside other text: a status line, a
 * log line, an error message. Those words are not in any status, so the
 * query also names the codes that stand in it as codes (see
 * add_named_codes()): a named code matches at rank 0, whatever the rest
 * of the query, and so comes first. `HTTP/1.1 502 Bad Gateway`,
 * `"GET /a HTTP/1.1" 499 0 "-"` and `Request failed with status code
 * 429` find 502, 499 and 429. A search that names no code, or whose words
 * fit the code it names (`404 not found`), finds what it always found;
 * `404 teapot` finds 404 rather than nothing.
 *
 * A log line without a code, or a line of configuration, has words that
 * no status holds either. When the words alone find nothing, a status
 * whose causes say to check something that the query quotes whole (at
 * least SC_SEARCH_MIN_QUOTE bytes, between word boundaries) matches,
 * after every word match, the more of the query its checks quote the
 * better: `upstream timed out (110: Connection timed out) while reading
 * response header from upstream` finds 504 (which quotes both messages)
 * before 502 (which quotes the second), and `proxy_read_timeout 300s;`
 * finds 504.
 *
 * A hundred statuses of a few hundred bytes each are few: each keystroke
 * reads every folded text with strstr(), and needs no index.
 */

struct _ScSearchQuery
{
  char *text;
  /* The query folded, cut in place into its terms: the prefixes of the
   * codes it names, and its words. None starts another of its kind (see
   * drop_implied_terms()). */
  char *folded;
  /* The query folded, its runs of white space made single spaces: what
   * checks are found quoted in. */
  char *line;
  GPtrArray *codes;
  GPtrArray *words;
  /* The codes that stand in the query as codes, one bit for each of
   * 100–599, and whether there are any. */
  guint64 named_codes[(600 + 63) / 64];
  gboolean has_named_codes;
  /* Text that is not UTF-8 matches nothing. */
  gboolean invalid;
};

/* Shorter checks, such as `queue`, are words more than quotes. */
#define SC_SEARCH_MIN_QUOTE 8

/* Appends @text, folded (see sc_search_key_new()), to @key, after a
 * newline if @key has text already, so that no word spans two texts. */
static void
append_folded (GString    *key,
               const char *text)
{
  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return;
  if (key->len > 0)
    g_string_append_c (key, '\n');

  /* Compatibility decomposition never moves a mark past an ASCII
   * character (every one is a starter), and case folding goes character
   * by character, so the text can be folded a run at a time: runs of
   * ASCII, which most text is, by lowering their letters, and only the
   * rest through the Unicode tables. The result is the same. */
  for (const char *p = text, *end; *p != '\0'; p = end)
    {
      gboolean ascii = (guchar)*p < 0x80;
      g_autofree char *normalized = NULL;
      g_autofree char *folded = NULL;

      for (end = p; *end != '\0' && ((guchar)*end < 0x80) == ascii; end++)
        ;

      if (ascii)
        {
          folded = g_ascii_strdown (p, end - p);
        }
      else
        {
          normalized = g_utf8_normalize (p, end - p, G_NORMALIZE_ALL);
          folded = g_utf8_casefold (normalized, -1);
        }
      g_string_append (key, folded);
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
  const ScCause *causes;
  gsize n_causes;
  GString *quotable;

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
  append_folded (text[SC_SEARCH_FIELD_PHRASE], sc_status_get_phrase (status));
  if (sc_status_has_own_title (status))
    append_folded (text[SC_SEARCH_FIELD_PHRASE], sc_status_get_title (status));
  for (guint i = 0; former_names[i] != NULL; i++)
    append_folded (text[SC_SEARCH_FIELD_PHRASE], former_names[i]);

  /* Who sends an unofficial code is as telling as its summary: "nginx"
   * finds nginx's codes. Header fields are details, like the description. */
  append_folded (text[SC_SEARCH_FIELD_SUMMARY], sc_status_get_summary (status));
  append_folded (text[SC_SEARCH_FIELD_SUMMARY], sc_status_get_origin (status));
  append_folded (text[SC_SEARCH_FIELD_DESCRIPTION], sc_status_get_description (status));
  for (guint i = 0; headers[i] != NULL; i++)
    append_folded (text[SC_SEARCH_FIELD_DESCRIPTION], headers[i]);

  /* What a cause says to check is what people have in front of them: a
   * directive, a log message, an error name. */
  causes = sc_status_get_causes (status, &n_causes);
  quotable = g_string_new ("\n");
  for (gsize i = 0; i < n_causes; i++)
    {
      for (guint j = 0; causes[i].checks[j] != NULL; j++)
        {
          g_autofree char *check = sc_search_key_new (causes[i].checks[j]);
          g_autofree char *line = g_strconcat ("\n", check, "\n", NULL);

          append_folded (text[SC_SEARCH_FIELD_CAUSES], causes[i].checks[j]);
          if (strlen (check) >= SC_SEARCH_MIN_QUOTE && strstr (quotable->str, line) == NULL)
            g_string_append (g_string_append (quotable, check), "\n");
        }
      append_folded (text[SC_SEARCH_FIELD_CAUSES], causes[i].text);
    }

  for (guint i = 0; i < SC_N_SEARCH_FIELDS; i++)
    keys->text[i] = g_string_free (text[i], FALSE);
  keys->quotable = g_string_free (quotable, FALSE);
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
  g_clear_pointer (&keys->quotable, g_free);
}

/* Adds @term, cut out of the folded query: to the codes if it names
 * some, to the words otherwise. */
static void
add_term (ScSearchQuery *self,
          char          *term)
{
  gsize n_digits = strspn (term, "0123456789");

  /* Folded, so `X` is already `x` here. `4x` is taken as `4xx`, so the
   * list holds still while the user types the class. */
  if (n_digits > 0 && strlen (term) <= 3 && term[n_digits + strspn (term + n_digits, "x")] == '\0')
    {
      term[n_digits] = '\0';
      g_ptr_array_add (self->codes, term);
    }
  else
    {
      g_ptr_array_add (self->words, term);
    }
}

static int
compare_terms (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *)a, *(const char * const *)b);
}

/* Drops each term that starts another: every status that the longer one
 * matches, the shorter matches too, at the same rank or a better one, so
 * it changes nothing. Typing a word twice, or pasting it many times,
 * then costs nothing. In sorted order, such a term comes right before
 * one that it starts. */
static void
drop_implied_terms (GPtrArray *terms)
{
  guint kept = 0;

  g_ptr_array_sort (terms, compare_terms);
  for (guint i = 0; i < terms->len; i++)
    if (i + 1 == terms->len || !g_str_has_prefix (terms->pdata[i + 1], terms->pdata[i]))
      terms->pdata[kept++] = terms->pdata[i];
  g_ptr_array_set_size (terms, kept);
}

/* Whether the character that ends before @end (in @text) is written
 * without spaces around words, as Chinese is: `返回404` names 404. */
static gboolean
is_wide_before (const char *text,
                const char *end)
{
  return end > text && (guchar)end[-1] >= 0x80 &&
         g_unichar_iswide (g_utf8_get_char (g_utf8_prev_char (end)));
}

/* Whether the `=` or `:` at @separator follows a name that holds a
 * status, as logs and JSON write it: `status=502`, `"status":502`,
 * `http.status_code=502`, or a word of a script written without spaces,
 * `状态码:502` — not `localhost:443` nor `page=404`. */
static gboolean
names_status (const char *text,
              const char *separator)
{
  const char *end = separator;

  if (end > text && (end[-1] == '"' || end[-1] == '\''))
    end--;

  return is_wide_before (text, end) ||
         (end - text >= 6 && memcmp (end - 6, "status", 6) == 0) ||
         (end - text >= 4 && memcmp (end - 4, "code", 4) == 0);
}

/* Whether the digits at @p, in the folded query @text, stand there as a
 * status code: three of them, 100 to 599, a token of their own or set
 * off by brackets, quotes, or punctuation that ends a phrase. Not part of
 * a number, a version, an address, a port or a path (`1.404`, `1,404`,
 * `10.0.0.200`, `localhost:443`, `/items/404`), nor an issue (`#404`)
 * or a process (`nginx[404]`). */
static gboolean
is_code_at (const char *text,
            const char *p)
{
  char before = p > text ? p[-1] : ' ';
  char after;

  if (!(p[0] >= '1' && p[0] <= '5' && g_ascii_isdigit (p[1]) && g_ascii_isdigit (p[2])))
    return FALSE;
  after = p[3];

  if (!(g_ascii_isspace (before) || strchr ("([{<\"'", before) != NULL ||
        ((before == '=' || before == ':') && names_status (text, p - 1)) ||
        is_wide_before (text, p)))
    return FALSE;

  /* A bracket right after a word is an index or a process ID:
   * `nginx[404]:` in a system log. */
  if (before == '[' && p - 1 > text && g_ascii_isalnum (p[-2]))
    return FALSE;

  /* A comma or a full stop after it ends a phrase, unless more of the
   * same token follows: `404, ` but not `404,000` nor `404.5`. */
  return after == '\0' || g_ascii_isspace (after) || strchr (")]}>\"'!?", after) != NULL ||
         (strchr (",;:.", after) != NULL && !g_ascii_isalnum (p[4])) ||
         ((guchar)after >= 0x80 && g_unichar_iswide (g_utf8_get_char (p + 3)));
}

static void
add_named_code (ScSearchQuery *self,
                const char    *p)
{
  guint code = (p[0] - '0') * 100 + (p[1] - '0') * 10 + (p[2] - '0');

  self->named_codes[code / 64] |= G_GUINT64_CONSTANT (1) << (code % 64);
  self->has_named_codes = TRUE;
}

/* Finds the codes that the folded query names as codes. A code that
 * follows a protocol name is the status of a status line: `HTTP/1.1 502`,
 * curl's `< HTTP/2 503`, nginx's `"GET /a HTTP/1.1" 499 0`. Where there is
 * such a line, the other numbers are sizes and the like; elsewhere, every
 * code standing on its own is named, as in `Request failed with status
 * code 429`. A number that is only a number is named too: `404 bytes`
 * cannot be told from `404 Not Found`. */
static void
add_named_codes (ScSearchQuery *self)
{
  const char *text = self->folded;

  for (const char *p = strstr (text, "http/"); p != NULL; p = strstr (p + 1, "http/"))
    {
      const char *q = p + 5;

      if ((p > text && (g_ascii_isalnum (p[-1]) || p[-1] == '/')) || !g_ascii_isdigit (*q))
        continue;
      while (g_ascii_isdigit (*q) || *q == '.')
        q++;
      if (*q == '"')
        q++;
      if (!g_ascii_isspace (*q))
        continue;
      while (g_ascii_isspace (*q))
        q++;
      if (is_code_at (text, q))
        add_named_code (self, q);
    }

  if (self->has_named_codes)
    return;

  for (const char *p = text; *p != '\0'; p++)
    if (g_ascii_isdigit (*p) && (p == text || !g_ascii_isdigit (p[-1])) &&
        strspn (p, "0123456789") == 3 && is_code_at (text, p))
      add_named_code (self, p);
}

/* Returns: (transfer full): @text with each run of white space made a
 * single space, and none at either end */
static char *
collapse_space (const char *text)
{
  GString *line = g_string_sized_new (strlen (text));
  gboolean space = FALSE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      if (g_unichar_isspace (g_utf8_get_char (p)))
        {
          space = line->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (line, ' ');
      space = FALSE;
      g_string_append_len (line, p, g_utf8_next_char (p) - p);
    }

  return g_string_free (line, FALSE);
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
  ScSearchQuery *self = g_new0 (ScSearchQuery, 1);

  self->text = g_strdup (text != NULL ? text : "");
  self->codes = g_ptr_array_new ();
  self->words = g_ptr_array_new ();
  self->invalid = !g_utf8_validate (self->text, -1, NULL);
  self->folded = sc_search_key_new (self->invalid ? NULL : self->text);
  self->line = collapse_space (self->folded);
  add_named_codes (self);

  for (char *p = self->folded; *p != '\0';)
    {
      char *term = p;

      while (*p != '\0' && !g_unichar_isspace (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);

      /* Cut the term out at the first byte of the white space after it. */
      if (*p != '\0')
        {
          char *space = p;

          p = g_utf8_next_char (p);
          *space = '\0';
        }

      if (*term != '\0')
        add_term (self, term);
    }

  drop_implied_terms (self->codes);
  drop_implied_terms (self->words);

  return self;
}

/* Whether @word stands in @text at the start of one of its words (or
 * anywhere, for scripts written without spaces, such as Chinese). */
static gboolean
contains_word (const char *text,
               const char *word)
{
  const char *found = strstr (text, word);

  if (found == NULL || g_unichar_iswide (g_utf8_get_char (word)))
    return found != NULL;

  /* A word starts with a whole character, so searching on from the next
   * byte cannot find one inside a character. */
  for (; found != NULL; found = strstr (found + 1, word))
    {
      const char *before = found > text ? g_utf8_prev_char (found) : NULL;

      /* ASCII, most often, without the Unicode tables. */
      if (before == NULL ||
          ((guchar)*before < 0x80 ? !g_ascii_isalnum (*before) : !g_unichar_isalnum (g_utf8_get_char (before))))
        return TRUE;
    }

  return FALSE;
}

void
sc_search_query_free (ScSearchQuery *self)
{
  if (self == NULL)
    return;

  g_free (self->text);
  g_free (self->folded);
  g_free (self->line);
  g_ptr_array_unref (self->codes);
  g_ptr_array_unref (self->words);
  g_free (self);
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

  return self->codes->len == 0 && self->words->len == 0 && !self->invalid;
}

/* The rank of the status of @keys by the words of the query: the least
 * relevant field that one of them is found in, or SC_SEARCH_NO_MATCH. */
static int
match_words (const ScSearchQuery *self,
             const ScSearchKeys  *keys)
{
  int rank = 0;

  for (guint i = 0; i < self->words->len; i++)
    {
      int field = 0;

      while (field < SC_N_SEARCH_FIELDS && !contains_word (keys->text[field], self->words->pdata[i]))
        field++;

      if (field == SC_N_SEARCH_FIELDS)
        return SC_SEARCH_NO_MATCH;

      rank = MAX (rank, field);
    }

  return rank;
}

/* Whether the byte at @p is part of a word, as a quote may not begin or
 * end inside one: `read_timeout` is not quoted in `proxy_read_timeout`. */
static gboolean
is_word_byte (const char *p)
{
  return (guchar)*p >= 0x80 || g_ascii_isalnum (*p) || *p == '_';
}

/* How many bytes of @line the checks of @quotable (one a line) quote,
 * each whole and between word boundaries. */
static gsize
count_quoted (const char *line,
              const char *quotable)
{
  gsize quoted = 0;

  for (const char *check = quotable + 1, *end; (end = strchr (check, '\n')) != NULL; check = end + 1)
    {
      gsize length = end - check;

      for (const char *found = strchr (line, *check); found != NULL; found = strchr (found + 1, *check))
        if (strncmp (found, check, length) == 0 &&
            (found == line || !is_word_byte (found - 1) || !is_word_byte (check)) &&
            (found[length] == '\0' || !is_word_byte (found + length) || !is_word_byte (end - 1)))
          {
            quoted += length;
            break;
          }
    }

  return quoted;
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
  int rank;
  gsize quoted;

  g_return_val_if_fail (self != NULL, SC_SEARCH_NO_MATCH);
  g_return_val_if_fail (keys != NULL, SC_SEARCH_NO_MATCH);

  if (self->invalid)
    return SC_SEARCH_NO_MATCH;

  if (self->has_named_codes)
    {
      guint code = (keys->code[0] - '0') * 100 + (keys->code[1] - '0') * 10 + (keys->code[2] - '0');

      if (code < 600 && (self->named_codes[code / 64] & (G_GUINT64_CONSTANT (1) << (code % 64))) != 0)
        return 0;
    }

  /* Codes typed narrow the words and the quotes alike: `limit_req 4xx`
   * finds no 4xx code (limit_req gives 503). */
  for (guint i = 0; i < self->codes->len; i++)
    if (!g_str_has_prefix (keys->code, self->codes->pdata[i]))
      return SC_SEARCH_NO_MATCH;

  rank = match_words (self, keys);
  if (rank != SC_SEARCH_NO_MATCH)
    return rank;

  quoted = count_quoted (self->line, keys->quotable);
  if (quoted == 0)
    return SC_SEARCH_NO_MATCH;

  return SC_SEARCH_RANK_QUOTED + SC_SEARCH_MAX_QUOTED - MIN (quoted, SC_SEARCH_MAX_QUOTED);
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
  ScSearchKeys keys;
  int rank;

  g_return_val_if_fail (self != NULL, SC_SEARCH_NO_MATCH);
  g_return_val_if_fail (SC_IS_STATUS (status), SC_SEARCH_NO_MATCH);

  sc_search_keys_init (&keys, status);
  rank = sc_search_query_match_keys (self, &keys);
  sc_search_keys_clear (&keys);

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
  guint rank_a, rank_b;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (SC_IS_STATUS (a), 0);
  g_return_val_if_fail (SC_IS_STATUS (b), 0);

  /* As unsigned, non-matches (-1), which a filter has normally taken
   * out, go last. */
  rank_a = (guint)sc_search_query_match (self, a);
  rank_b = (guint)sc_search_query_match (self, b);
  if (rank_a != rank_b)
    return rank_a < rank_b ? -1 : 1;

  return (int)sc_status_get_code (a) - (int)sc_status_get_code (b);
}
