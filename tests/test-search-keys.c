/* test-search-keys.c
 *
 * Copyright 2026 The Status Codes developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "sc-search-keys.h"
#include "sc-status-loader.h"
#include "test-status-new.h"

/* Each text folded once, with the parts that search finds alike. */
static void
test_search_keys_texts (void)
{
  const char * const former_names[] = { "Moved Temporarily", NULL };
  const char * const headers[] = { "Location", NULL };
  g_autoptr(ScStatus) status = test_status_new (302, "Found", former_names);
  g_autoptr(ScStatus) unofficial = test_status_new_full (499, "Client Closed Request", "Closed.", "The CLIENT went away.");
  ScSearchKeys keys;

  unofficial->title = g_strdup ("客户端关闭请求");
  unofficial->registry_status = SC_REGISTRY_STATUS_UNOFFICIAL;
  unofficial->origin = g_strdup ("nginx");
  test_status_add_strings (unofficial->headers, headers);
  sc_search_keys_init (&keys, status);
  g_assert_cmpstr (keys.text[SC_SEARCH_FIELD_PHRASE], ==, "found\nmoved temporarily");
  g_assert_cmpstr (keys.text[SC_SEARCH_FIELD_SUMMARY], ==, "a summary.");
  g_assert_cmpstr (keys.text[SC_SEARCH_FIELD_DESCRIPTION], ==, "some description text.");
  g_assert_cmpstr (keys.code, ==, "302");
  g_assert_cmpint (keys.response_class, ==, SC_RESPONSE_CLASS_REDIRECTION);
  g_assert_true (keys.official);
  sc_search_keys_clear (&keys);
  g_assert_null (keys.text[SC_SEARCH_FIELD_PHRASE]);

  /* The title beside the phrase, who sends it with the summary, the
   * header fields with the description. */
  sc_search_keys_init (&keys, unofficial);
  g_assert_cmpstr (keys.text[SC_SEARCH_FIELD_PHRASE], ==, "client closed request\n客户端关闭请求");
  g_assert_cmpstr (keys.text[SC_SEARCH_FIELD_SUMMARY], ==, "closed.\nnginx");
  g_assert_cmpstr (keys.text[SC_SEARCH_FIELD_DESCRIPTION], ==, "the client went away.\nlocation");
  g_assert_cmpstr (keys.code, ==, "499");
  g_assert_cmpint (keys.response_class, ==, SC_RESPONSE_CLASS_CLIENT_ERROR);
  g_assert_false (keys.official);
  sc_search_keys_clear (&keys);
}

/* The letters and digits that start a word: after anything but a letter
 * or digit, in any script ("über" has no word starting with b). */
static void
test_search_key_initials (void)
{
  const char * const former_names[] = { "Moved Temporarily", NULL };
  g_autoptr(ScStatus) status = test_status_new (302, "Found", former_names);
  ScSearchKeys keys;
  guint64 expected = sc_search_initial ('n') | sc_search_initial ('f') | sc_search_initial ('b') |
                     sc_search_initial ('4') | sc_search_initial ('x');

  g_assert_cmpuint (sc_search_initial ('a'), ==, 1);
  g_assert_cmpuint (sc_search_initial ('9'), ==, G_GUINT64_CONSTANT (1) << 35);
  g_assert_cmpuint (sc_search_initial ('A'), ==, 0);
  g_assert_cmpuint (sc_search_initial ('-'), ==, 0);

  g_assert_cmpuint (sc_search_key_get_initials ("not found\nfoo-bar 404 über x2"), ==, expected);
  g_assert_cmpuint (sc_search_key_get_initials (""), ==, 0);
  g_assert_cmpuint (sc_search_key_get_initials ("未找到 ok"), ==, sc_search_initial ('o'));

  sc_search_keys_init (&keys, status);
  g_assert_cmpuint (keys.initials[SC_SEARCH_FIELD_PHRASE], ==,
                    sc_search_initial ('f') | sc_search_initial ('m') | sc_search_initial ('t'));
  sc_search_keys_clear (&keys);
}

static void
test_search_key_folding (void)
{
  const struct {
    const char *text;
    const char *key;
  } cases[] = {
    { NULL, "" },
    { "", "" },
    { "Not Found", "not found" },
    { "ＮＯＴ　ＦＯＵＮＤ", "not found" },     /* full-width letters and space */
    { "４０４", "404" },                      /* full-width digits are digits */
    { "Straße", "strasse" },                 /* casefolding, not just lowering */
    { "ﬁle", "file" },                       /* compatibility ligature */
    { "\xff\xfe", "" },                      /* not UTF-8 */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *key = sc_search_key_new (cases[i].text);

      g_assert_cmpstr (key, ==, cases[i].key);
    }
}

/* The search key is the text NFKC-normalised, then casefolded, however
 * sc_search_key_new() gets there: the same as GLib's functions applied to
 * the whole text, for ASCII, for marks that compose with the ASCII letter
 * before them, for compatibility characters and for everything in the
 * real data. */
static char *
reference_key (const char *text)
{
  g_autofree char *normalized = g_utf8_normalize (text, -1, G_NORMALIZE_ALL);

  return g_utf8_casefold (normalized, -1);
}

static void
test_search_key_matches_reference (void)
{
  const char * const texts[] = {
    "", "Not Found", "NOT found 404",
    "Cafe\xcc\x81 cre\xcc\x80me",            /* e + combining accents */
    "a\xcc\x8a\xcc\xa3" "b",                  /* two marks, to be reordered */
    "x =\xcc\xb8 y <\xcc\xb8",               /* = and < + U+0338 compose */
    "\xef\xbc\x94\xef\xbc\x90\xef\xbc\x94",  /* full-width 404 */
    "\xef\xac\x80 \xe2\x84\xab MASSE Stra\xc3\x9f" "e",  /* ff ligature, Angstrom sign, sharp s */
    "\xe6\x9c\xaa\xe6\x89\xbe\xe5\x88\xb0 Not",   /* Chinese, then ASCII */
    "I\xcc\x87stanbul \xc4\xb0",
    "\xd9\x85\xd8\xb1\xd8\xad\xd8\xa8\xd8\xa7 abc",   /* right-to-left */
    "\xf0\x9f\x98\x80 emoji",
    "\xe1\x84\x80\xe1\x85\xa1\xe1\x86\xa8",      /* Hangul jamo compose */
  };
  g_autoptr(GListModel) statuses = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autofree char *key = sc_search_key_new (texts[i]);
      g_autofree char *expected = reference_key (texts[i]);

      g_assert_cmpstr (key, ==, expected);
    }

  statuses = sc_status_loader_load_resource (RESOURCE_PREFIX "/status-codes.xml", NULL, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (statuses); i++)
    {
      g_autoptr(ScStatus) status = g_list_model_get_item (statuses, i);
      const char *fields[] = {
        sc_status_get_phrase (status),
        sc_status_get_summary (status),
        sc_status_get_description (status),
      };

      for (guint j = 0; j < G_N_ELEMENTS (fields); j++)
        {
          g_autofree char *key = sc_search_key_new (fields[j]);
          g_autofree char *expected = reference_key (fields[j]);

          g_assert_cmpstr (key, ==, expected);
        }
    }
}


/* The word starts of a key, found by a regular expression that knows
 * nothing of the scanner: an ASCII letter or digit after anything but a
 * letter or digit, in any script. */
static int
compare_guint32 (gconstpointer a,
                 gconstpointer b)
{
  guint32 x = *(const guint32 *)a, y = *(const guint32 *)b;

  return (x > y) - (x < y);
}

static void
reference_word_starts (const char *key,
                       guint64    *initials,
                       guint64    *pairs,
                       GArray     *prefixes)
{
  g_autoptr(GError) error = NULL;
  /* Not G_REGEX_OPTIMIZE: JIT code confuses valgrind. */
  g_autoptr(GRegex) regex = g_regex_new ("(*UCP)(?<![[:alnum:]])[a-z0-9]", G_REGEX_DEFAULT, 0, &error);
  g_autoptr(GMatchInfo) match = NULL;

  g_assert_no_error (error);
  *initials = 0;
  memset (pairs, 0, SC_SEARCH_PAIR_BITS / 8);

  for (g_regex_match (regex, key, 0, &match); g_match_info_matches (match); g_match_info_next (match, NULL))
    {
      int start;

      g_match_info_fetch_pos (match, 0, &start, NULL);
      *initials |= sc_search_initial (key[start]);

      /* The first four bytes, or fewer at the end, padded with zeros. */
      {
        char bytes[4] = { 0, };
        guint32 prefix;
        gboolean seen = FALSE;

        G_STATIC_ASSERT (SC_SEARCH_PREFIX_LEN == 4);
        strncpy (bytes, key + start, sizeof bytes);
        prefix = ((guint32)(guchar)bytes[0] << 24) | ((guint32)(guchar)bytes[1] << 16) |
                 ((guint32)(guchar)bytes[2] << 8) | (guchar)bytes[3];
        for (guint i = 0; i < prefixes->len; i++)
          seen |= g_array_index (prefixes, guint32, i) == prefix;
        if (!seen)
          g_array_append_val (prefixes, prefix);
      }
      if (key[start + 1] != '\0')
        {
          guint bit = sc_search_pair (key[start], key[start + 1]);

          pairs[bit / 64] |= G_GUINT64_CONSTANT (1) << (bit % 64);
        }
    }

  g_array_sort (prefixes, compare_guint32);
}

/* Each field's initials, pairs and prefixes are those of its word starts,
 * on every text of the real data and on words in other scripts. */
static void
test_search_keys_word_starts (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) statuses = sc_status_loader_load_resource (RESOURCE_PREFIX "/status-codes.xml", NULL, &error);
  g_autoptr(ScStatus) other_scripts = test_status_new_full (404, "über-ok x2 未找到ab ١٢a Ωmega é", "a\xcc\x81" "bc zz9", "");
  guint n_pairs = 0;

  g_assert_no_error (error);
  g_list_store_append (G_LIST_STORE (statuses), other_scripts);

  for (guint i = 0; i < g_list_model_get_n_items (statuses); i++)
    {
      g_autoptr(ScStatus) status = g_list_model_get_item (statuses, i);
      ScSearchKeys keys;

      sc_search_keys_init (&keys, status);
      for (ScSearchField field = 0; field < SC_N_SEARCH_FIELDS; field++)
        {
          guint64 initials;
          guint64 pairs[SC_SEARCH_PAIR_BITS / 64];
          g_autoptr(GArray) prefixes = g_array_new (FALSE, FALSE, sizeof (guint32));
          guint start = field > 0 ? keys.prefixes_end[field - 1] : 0;

          reference_word_starts (keys.text[field], &initials, pairs, prefixes);
          g_assert_cmpuint (keys.initials[field], ==, initials);
          g_assert_cmpmem (keys.pairs[field], sizeof pairs, pairs, sizeof pairs);
          g_assert_cmpmem (keys.prefixes + start, (keys.prefixes_end[field] - start) * sizeof (guint32),
                           prefixes->data, prefixes->len * sizeof (guint32));
          g_assert_cmpuint (sc_search_key_get_initials (keys.text[field]), ==, initials);

          for (guint bit = 0; bit < SC_SEARCH_PAIR_BITS; bit++)
            n_pairs += sc_search_keys_has_pair (&keys, field, bit);
        }
      sc_search_keys_clear (&keys);
    }

  /* Not every bit set: the pairs tell texts apart. */
  g_assert_cmpuint (n_pairs, >, 0);
  g_assert_cmpuint (n_pairs, <, g_list_model_get_n_items (statuses) * SC_N_SEARCH_FIELDS * SC_SEARCH_PAIR_BITS / 2);
}

/* A pair stands for its two bytes, whatever they are. */
static void
test_search_pair (void)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);

  for (int first = 0; first < 256; first++)
    for (int second = 0; second < 256; second++)
      {
        guint bit = sc_search_pair ((char)first, (char)second);

        g_assert_cmpuint (bit, <, SC_SEARCH_PAIR_BITS);
        g_assert_cmpuint (bit, ==, sc_search_pair ((char)first, (char)second));
        g_hash_table_add (seen, GUINT_TO_POINTER (bit));
      }

  /* Spread over every bit. */
  g_assert_cmpuint (g_hash_table_size (seen), ==, SC_SEARCH_PAIR_BITS);
  g_assert_cmpuint (sc_search_pair ('t', 'e'), !=, sc_search_pair ('e', 't'));
}

/* Up to four bytes, the keys know exactly whether a word starts so;
 * past that, they rule out a word whose first bytes start none. */
static void
test_search_keys_may_start_word (void)
{
  g_autoptr(ScStatus) status = test_status_new_full (418, "I'm a Teapot", "No-store x", "Contents, internet.");
  const struct {
    ScSearchField field;
    const char *word;
    gboolean expected;
  } cases[] = {
    { SC_SEARCH_FIELD_PHRASE, "t", TRUE },
    { SC_SEARCH_FIELD_PHRASE, "te", TRUE },
    { SC_SEARCH_FIELD_PHRASE, "tea", TRUE },
    { SC_SEARCH_FIELD_PHRASE, "teap", TRUE },
    { SC_SEARCH_FIELD_PHRASE, "teapot", TRUE },
    { SC_SEARCH_FIELD_PHRASE, "teapots", TRUE },    /* “teap” starts a word: maybe */
    { SC_SEARCH_FIELD_PHRASE, "teaspoon", FALSE },
    { SC_SEARCH_FIELD_PHRASE, "tee", FALSE },
    { SC_SEARCH_FIELD_PHRASE, "ea", FALSE },        /* inside a word */
    { SC_SEARCH_FIELD_PHRASE, "m", TRUE },          /* after an apostrophe */
    { SC_SEARCH_FIELD_PHRASE, "a", TRUE },
    { SC_SEARCH_FIELD_PHRASE, "a ", TRUE },         /* a word at the end of two bytes */
    { SC_SEARCH_FIELD_SUMMARY, "no-", TRUE },
    { SC_SEARCH_FIELD_SUMMARY, "no-store", TRUE },
    { SC_SEARCH_FIELD_SUMMARY, "x", TRUE },
    { SC_SEARCH_FIELD_SUMMARY, "xy", FALSE },       /* “x” ends the text */
    { SC_SEARCH_FIELD_SUMMARY, "te", FALSE },       /* in another field */
    { SC_SEARCH_FIELD_DESCRIPTION, "in", TRUE },
    { SC_SEARCH_FIELD_DESCRIPTION, "net", FALSE },
    { SC_SEARCH_FIELD_DESCRIPTION, "co", TRUE },
    { SC_SEARCH_FIELD_DESCRIPTION, "cont", TRUE },
    { SC_SEARCH_FIELD_DESCRIPTION, "contents", TRUE },
    { SC_SEARCH_FIELD_DESCRIPTION, "contexts", TRUE },  /* maybe */
    { SC_SEARCH_FIELD_DESCRIPTION, "conn", FALSE },
    { SC_SEARCH_FIELD_DESCRIPTION, "cp", FALSE },
  };
  ScSearchKeys keys;

  sc_search_keys_init (&keys, status);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    if (sc_search_keys_may_start_word (&keys, cases[i].field, cases[i].word, strlen (cases[i].word)) != cases[i].expected)
      g_error ("“%s” in field %d: expected %d", cases[i].word, cases[i].field, cases[i].expected);
  sc_search_keys_clear (&keys);
}

/* Packed, keys read the same, and clear without freeing what is not
 * theirs (which valgrind and ASan would see). */
static void
test_search_keys_pack (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) statuses = sc_status_loader_load_resource (RESOURCE_PREFIX "/status-codes.xml", NULL, &error);
  guint n = g_list_model_get_n_items (statuses);
  g_autofree ScSearchKeys *keys = g_new0 (ScSearchKeys, n);
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) prefixes = g_ptr_array_new_with_free_func (g_free);
  const char * const words[] = { "t", "th", "the", "requ", "reques", "not", "gatew", "a" };
  g_autoptr(GArray) found = g_array_new (FALSE, FALSE, sizeof (gboolean));
  guint n_found = 0;
  gpointer block;

  g_assert_no_error (error);
  g_assert_null (sc_search_keys_pack (keys, 0));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ScStatus) status = g_list_model_get_item (statuses, i);

      sc_search_keys_init (&keys[i], status);
      for (guint field = 0; field < SC_N_SEARCH_FIELDS; field++)
        g_ptr_array_add (texts, g_strdup (keys[i].text[field]));
      g_ptr_array_add (prefixes, g_memdup2 (keys[i].prefixes, keys[i].prefixes_end[SC_N_SEARCH_FIELDS - 1] * sizeof (guint32)));
      for (guint field = 0; field < SC_N_SEARCH_FIELDS; field++)
        for (guint w = 0; w < G_N_ELEMENTS (words); w++)
          {
            gboolean may = sc_search_keys_may_start_word (&keys[i], field, words[w], strlen (words[w]));

            g_array_append_val (found, may);
            n_found += may;
          }
    }
  g_assert_cmpuint (n_found, >, 0);

  block = sc_search_keys_pack (keys, n);
  g_assert_nonnull (block);

  for (guint i = 0; i < n; i++)
    {
      g_assert_true (keys[i].packed);
      g_assert_cmpmem (keys[i].prefixes, keys[i].prefixes_end[SC_N_SEARCH_FIELDS - 1] * sizeof (guint32),
                       g_ptr_array_index (prefixes, i), keys[i].prefixes_end[SC_N_SEARCH_FIELDS - 1] * sizeof (guint32));
      /* In order, one after the other. */
      if (i > 0)
        g_assert_true (keys[i].prefixes == keys[i - 1].prefixes + keys[i - 1].prefixes_end[SC_N_SEARCH_FIELDS - 1]);
      for (guint field = 0; field < SC_N_SEARCH_FIELDS; field++)
        g_assert_cmpstr (keys[i].text[field], ==, g_ptr_array_index (texts, i * SC_N_SEARCH_FIELDS + field));
      for (guint field = 0; field < SC_N_SEARCH_FIELDS; field++)
        for (guint w = 0; w < G_N_ELEMENTS (words); w++)
          g_assert_cmpint (sc_search_keys_may_start_word (&keys[i], field, words[w], strlen (words[w])), ==,
                           g_array_index (found, gboolean, (i * SC_N_SEARCH_FIELDS + field) * G_N_ELEMENTS (words) + w));
    }

  for (guint i = 0; i < n; i++)
    {
      sc_search_keys_clear (&keys[i]);
      g_assert_null (keys[i].text[SC_SEARCH_FIELD_PHRASE]);
    }
  g_free (block);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/search-keys/texts", test_search_keys_texts);
  g_test_add_func ("/search-keys/initials", test_search_key_initials);
  g_test_add_func ("/search-keys/word-starts", test_search_keys_word_starts);
  g_test_add_func ("/search-keys/pair", test_search_pair);
  g_test_add_func ("/search-keys/may-start-word", test_search_keys_may_start_word);
  g_test_add_func ("/search-keys/pack", test_search_keys_pack);
  g_test_add_func ("/search-keys/folding", test_search_key_folding);
  g_test_add_func ("/search-keys/matches-reference", test_search_key_matches_reference);

  return g_test_run ();
}
