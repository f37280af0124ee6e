/* sc-search-keys.c
 *
 * Copyright 2026 The Status Codes developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sc-search-keys"

#include "config.h"

#include <string.h>

#include "sc-search-keys.h"

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

/* Inlined where every word start or every status calls them. */
static inline guint64
initial_of (char c)
{
  if (c >= 'a' && c <= 'z')
    return G_GUINT64_CONSTANT (1) << (c - 'a');
  if (c >= '0' && c <= '9')
    return G_GUINT64_CONSTANT (1) << (26 + c - '0');
  return 0;
}

static inline guint
pair_of (char first,
         char second)
{
  guint32 pair = ((guint32)(guchar)first << 8) | (guchar)second;

  /* Fibonacci hashing: the top bits of the product mix both bytes. */
  return (pair * 2654435769u) >> (32 - 8);
}

static inline gboolean
has_pair (const guint64 *pairs,
          guint          pair)
{
  return (pairs[pair / 64] & (G_GUINT64_CONSTANT (1) << (pair % 64))) != 0;
}

/* The first @n bytes of @bytes (at most %SC_SEARCH_PREFIX_LEN), as a
 * big-endian number padded with zeros, so that prefixes sort as their
 * bytes do. */
static inline guint32
prefix_of (const char *bytes,
           gsize       n)
{
  guint32 prefix = 0;

  for (gsize i = 0; i < n; i++)
    prefix |= (guint32)(guchar)bytes[i] << (24 - 8 * i);

  return prefix;
}

/**
 * sc_search_initial:
 * @c: a byte of a search key
 *
 * Returns: the bit that stands for @c among initials, if @c is an ASCII
 *   letter or digit (as folded: lower case), else 0
 */
guint64
sc_search_initial (char c)
{
  return initial_of (c);
}

/**
 * sc_search_pair:
 * @first: the first byte of a word, an ASCII letter or digit
 * @second: the byte after it
 *
 * Returns: the bit, below %SC_SEARCH_PAIR_BITS, that stands for a word
 *   starting with @first and @second
 */
guint
sc_search_pair (char first,
                char second)
{
  return pair_of (first, second);
}

G_STATIC_ASSERT (SC_SEARCH_PAIR_BITS == 1 << 8);

/* Notes the word starts of @key in @initials and, unless %NULL, in
 * @pairs and at the end of @prefixes, sorted: each ASCII letter or digit that follows anything
 * but a letter or digit, as the search reads words (see #ScSearchQuery). */
/* The first of the sorted prefixes from @first to @last that is not
 * below @prefix, or @last. */
static const guint32 *
lower_bound (const guint32 *first,
             const guint32 *last,
             guint32        prefix)
{
  while (first < last)
    {
      const guint32 *middle = first + (last - first) / 2;

      if (*middle < prefix)
        first = middle + 1;
      else
        last = middle;
    }

  return first;
}

/* Adds @prefix to the prefixes from @start on, which are sorted and
 * without repeats, unless it is there already. A text has some tens of
 * different word starts and repeats many: this is cheaper than sorting
 * them all. */
static void
add_prefix (GArray  *prefixes,
            guint    start,
            guint32  prefix)
{
  const guint32 *field = &g_array_index (prefixes, guint32, start);
  const guint32 *end = field + (prefixes->len - start);
  const guint32 *at = lower_bound (field, end, prefix);

  if (at < end && *at == prefix)
    return;

  g_array_insert_val (prefixes, start + (at - field), prefix);
}

static inline void
scan_word_starts (const char *key,
                  guint64    *initials,
                  guint64    *pairs,
                  GArray     *prefixes)
{
  guint start = prefixes != NULL ? prefixes->len : 0;

  gboolean after_alnum = FALSE;

  for (const char *p = key; *p != '\0'; )
    {
      char c = *p;

      if ((guchar)c < 0x80)
        {
          /* Folded: no capitals, so a letter or digit has an initial. */
          guint64 initial = initial_of (c);
          gboolean alnum = initial != 0;

          if (alnum && !after_alnum)
            {
              *initials |= initial;
              if (pairs != NULL && p[1] != '\0')
                {
                  guint bit = pair_of (c, p[1]);

                  pairs[bit / 64] |= G_GUINT64_CONSTANT (1) << (bit % 64);
                }
              if (prefixes != NULL)
                add_prefix (prefixes, start, prefix_of (p, strnlen (p, SC_SEARCH_PREFIX_LEN)));
            }
          after_alnum = alnum;
          p++;
        }
      else
        {
          after_alnum = g_unichar_isalnum (g_utf8_get_char (p));
          p = g_utf8_next_char (p);
        }
    }
}

/**
 * sc_search_key_get_initials:
 * @key: a search key (see sc_search_key_new())
 *
 * The ASCII letters and digits that start a word in @key, where a word
 * starts wherever a letter or digit follows anything else, as the search
 * reads it (see #ScSearchQuery).
 *
 * Returns: a bit for each (see sc_search_initial())
 */
guint64
sc_search_key_get_initials (const char *key)
{
  guint64 initials = 0;

  g_return_val_if_fail (key != NULL, 0);

  scan_word_starts (key, &initials, NULL, NULL);
  return initials;
}

static void
append_key_part (GString    *key,
                 const char *text)
{
  g_string_append_c (key, '\n');
  append_folded (key, text);
}

/**
 * sc_search_keys_init:
 * @keys: keys to fill
 * @status: the status they are of
 *
 * Folds the texts of @status into @keys, each once, and notes the starts
 * of their words. Free them with sc_search_keys_clear().
 */
void
sc_search_keys_init (ScSearchKeys *keys,
                     ScStatus     *status)
{
  GString *text[SC_N_SEARCH_FIELDS];
  GArray *prefixes;
  guint n_prefixes;
  const char * const *former_names = sc_status_get_former_names (status);
  const char * const *headers = sc_status_get_headers (status);
  const char *origin = sc_status_get_origin (status);

  g_return_if_fail (keys != NULL);
  g_return_if_fail (SC_IS_STATUS (status));

  memset (keys, 0, sizeof *keys);
  memcpy (keys->code, sc_status_get_code_string (status), sizeof keys->code);
  keys->response_class = sc_status_get_response_class (status);
  keys->official = sc_status_is_official (status);

  /* A newline separates the parts of a text so that no word spans two
   * of them. */
  for (guint i = 0; i < SC_N_SEARCH_FIELDS; i++)
    text[i] = g_string_sized_new (256);

  /* The title is the phrase in the user's language: 未找到 finds 404.
   * Former names are names of this status: found as readily as its
   * phrase. */
  append_folded (text[SC_SEARCH_FIELD_PHRASE], sc_status_get_phrase (status));
  if (sc_status_has_own_title (status))
    append_key_part (text[SC_SEARCH_FIELD_PHRASE], sc_status_get_title (status));
  for (guint i = 0; former_names[i] != NULL; i++)
    append_key_part (text[SC_SEARCH_FIELD_PHRASE], former_names[i]);

  /* Who sends an unofficial code is as telling as its summary: "nginx"
   * finds nginx's codes. Header fields are details, like the description. */
  append_folded (text[SC_SEARCH_FIELD_SUMMARY], sc_status_get_summary (status));
  if (origin != NULL)
    append_key_part (text[SC_SEARCH_FIELD_SUMMARY], origin);
  append_folded (text[SC_SEARCH_FIELD_DESCRIPTION], sc_status_get_description (status));
  for (guint i = 0; headers[i] != NULL; i++)
    append_key_part (text[SC_SEARCH_FIELD_DESCRIPTION], headers[i]);

  prefixes = g_array_sized_new (FALSE, FALSE, sizeof (guint32), 128);
  for (guint i = 0; i < SC_N_SEARCH_FIELDS; i++)
    {
      keys->text[i] = g_string_free (text[i], FALSE);
      scan_word_starts (keys->text[i], &keys->initials[i], keys->pairs[i], prefixes);
      keys->prefixes_end[i] = prefixes->len;
    }

  n_prefixes = prefixes->len;
  keys->prefixes = g_renew (guint32, (guint32 *)(gpointer)g_array_free (prefixes, FALSE), n_prefixes);
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

  if (keys->packed)
    {
      /* The block is not theirs. */
      memset (keys->text, 0, sizeof keys->text);
      keys->prefixes = NULL;
      return;
    }

  for (guint i = 0; i < SC_N_SEARCH_FIELDS; i++)
    g_clear_pointer (&keys->text[i], g_free);
  g_clear_pointer (&keys->prefixes, g_free);
}

/**
 * sc_search_keys_pack:
 * @keys: (array length=n_keys): keys made by sc_search_keys_init()
 * @n_keys: how many
 *
 * Moves the prefixes of @keys, then their texts, into one block of memory,
 * each in the order of @keys: reading them for many statuses in a row
 * then reads memory in order, which the processor reads ahead.
 *
 * The keys then point into the block, and sc_search_keys_clear() leaves
 * it be: free it with g_free() once they are cleared.
 *
 * Returns: (transfer full) (nullable): the block, or %NULL if there is
 *   nothing to move
 */
gpointer
sc_search_keys_pack (ScSearchKeys *keys,
                     gsize         n_keys)
{
  gsize n_prefixes = 0;
  gsize text_size = 0;
  guint32 *prefixes;
  char *text;
  gpointer block;

  g_return_val_if_fail (keys != NULL || n_keys == 0, NULL);

  for (gsize i = 0; i < n_keys; i++)
    {
      g_return_val_if_fail (!keys[i].packed, NULL);

      n_prefixes += keys[i].prefixes_end[SC_N_SEARCH_FIELDS - 1];
      for (guint field = 0; field < SC_N_SEARCH_FIELDS; field++)
        text_size += strlen (keys[i].text[field]) + 1;
    }

  if (n_keys == 0)
    return NULL;

  block = g_malloc (n_prefixes * sizeof (guint32) + text_size);
  prefixes = block;
  text = (char *)(prefixes + n_prefixes);

  for (gsize i = 0; i < n_keys; i++)
    {
      gsize n = keys[i].prefixes_end[SC_N_SEARCH_FIELDS - 1];

      if (n > 0)
        memcpy (prefixes, keys[i].prefixes, n * sizeof (guint32));
      g_free (keys[i].prefixes);
      keys[i].prefixes = prefixes;
      prefixes += n;
    }

  for (gsize i = 0; i < n_keys; i++)
    {
      for (guint field = 0; field < SC_N_SEARCH_FIELDS; field++)
        {
          gsize size = strlen (keys[i].text[field]) + 1;

          memcpy (text, keys[i].text[field], size);
          g_free (keys[i].text[field]);
          keys[i].text[field] = text;
          text += size;
        }
      keys[i].packed = TRUE;
    }

  return block;
}

/**
 * sc_search_keys_has_pair:
 * @field: which text
 * @pair: a bit made by sc_search_pair()
 *
 * Returns: whether @pair is set for @field: %FALSE when no word of the
 *   text starts with that pair, %TRUE when one may
 */
gboolean
sc_search_keys_has_pair (const ScSearchKeys *keys,
                         ScSearchField       field,
                         guint               pair)
{
  g_return_val_if_fail (keys != NULL, FALSE);
  g_return_val_if_fail (field < SC_N_SEARCH_FIELDS, FALSE);
  g_return_val_if_fail (pair < SC_SEARCH_PAIR_BITS, FALSE);

  return has_pair (keys->pairs[field], pair);
}

/**
 * sc_search_keys_may_start_word:
 * @field: which text
 * @word: a folded word that starts with an ASCII letter or digit
 * @len: its length in bytes
 *
 * Tells from the initials, pairs and prefixes of @field whether a word of
 * its text starts with @word, without reading the text: exactly for a
 * word of up to %SC_SEARCH_PREFIX_LEN bytes; for a longer one, %TRUE
 * means that one may, as a word starts with the same first bytes.
 *
 * Returns: %FALSE if no word of the text starts with @word
 */
gboolean
sc_search_keys_may_start_word (const ScSearchKeys *keys,
                               ScSearchField       field,
                               const char         *word,
                               gsize               len)
{
  guint64 initial;
  guint pair;
  guint32 low, high;
  gsize n;
  const guint32 *first, *last;

  g_return_val_if_fail (keys != NULL, TRUE);
  g_return_val_if_fail (field < SC_N_SEARCH_FIELDS, TRUE);
  g_return_val_if_fail (word != NULL && len > 0, TRUE);

  initial = initial_of (word[0]);
  g_return_val_if_fail (initial != 0, TRUE);

  if ((keys->initials[field] & initial) == 0)
    return FALSE;
  if (len == 1)
    return TRUE;

  /* Most statuses are passed over here, with a bit in memory read in
   * order; only the rest have their prefixes looked up. */
  pair = pair_of (word[0], word[1]);
  if (!has_pair (keys->pairs[field], pair))
    return FALSE;

  /* The prefixes from @low to @high are those that start with @word, or
   * with its first bytes. */
  n = MIN (len, SC_SEARCH_PREFIX_LEN);
  low = prefix_of (word, n);
  high = n == SC_SEARCH_PREFIX_LEN ? low : low | (G_MAXUINT32 >> (8 * n));

  first = keys->prefixes + (field > 0 ? keys->prefixes_end[field - 1] : 0);
  last = keys->prefixes + keys->prefixes_end[field];
  first = lower_bound (first, last, low);

  return first < last && *first <= high;
}

/**
 * sc_search_keys_prefetch:
 *
 * Asks the processor to fetch the first prefixes that
 * sc_search_keys_may_start_word() reads of @keys, ahead of time: when
 * many statuses are looked at in a row, their prefixes are then in the
 * cache when they are read.
 */
void
sc_search_keys_prefetch (const ScSearchKeys *keys)
{
#ifdef __GNUC__
  const guint32 *description = keys->prefixes + keys->prefixes_end[SC_SEARCH_FIELD_DESCRIPTION - 1];
  gsize n_description = keys->prefixes_end[SC_SEARCH_FIELD_DESCRIPTION] - keys->prefixes_end[SC_SEARCH_FIELD_DESCRIPTION - 1];

  /* The phrase's and summary's, which are few, and the middle of the
   * description's, where its look-up starts. */
  __builtin_prefetch (keys->prefixes);
  __builtin_prefetch (description + n_description / 2);
#endif
}
