/* test-search-keys.c
 *
 * Copyright 2026 The Status Codes developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sc-search-query.h"
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
  sc_search_keys_clear (&keys);
  g_assert_null (keys.text[SC_SEARCH_FIELD_PHRASE]);

  /* The title beside the phrase, who sends it with the summary, the
   * header fields with the description. */
  sc_search_keys_init (&keys, unofficial);
  g_assert_cmpstr (keys.text[SC_SEARCH_FIELD_PHRASE], ==, "client closed request\n客户端关闭请求");
  g_assert_cmpstr (keys.text[SC_SEARCH_FIELD_SUMMARY], ==, "closed.\nnginx");
  g_assert_cmpstr (keys.text[SC_SEARCH_FIELD_DESCRIPTION], ==, "the client went away.\nlocation");
  g_assert_cmpstr (keys.code, ==, "499");
  g_assert_cmpstr (keys.text[SC_SEARCH_FIELD_CAUSES], ==, "");
  sc_search_keys_clear (&keys);
}

/* A cause's checks and its text, in a field of their own, after the
 * description. */
static void
test_search_keys_causes (void)
{
  g_autoptr(ScStatus) status = test_status_new (413, "Content Too Large", NULL);
  const char * const checks[] = { "client_max_body_size", "Client Intended To Send Too Large Body", NULL };
  ScCause causes[] = {
    { SC_PLATFORM_NGINX, g_strdup ("The body is too LARGE."), g_strdup ("https://nginx.org/"),
      (const char * const *)g_strdupv ((GStrv)checks) },
    { SC_PLATFORM_AWS, g_strdup ("Lambda."), g_strdup ("https://docs.aws.amazon.com/"),
      (const char * const *)g_strdupv ((GStrv)(const char * const []) { "HTTPCode_ELB_4XX_Count", NULL }) },
  };
  ScSearchKeys keys;

  g_array_append_vals (status->causes, causes, G_N_ELEMENTS (causes));

  sc_search_keys_init (&keys, status);
  g_assert_cmpstr (keys.text[SC_SEARCH_FIELD_DESCRIPTION], ==, "some description text.");
  g_assert_cmpstr (keys.text[SC_SEARCH_FIELD_CAUSES], ==,
                   "client_max_body_size\nclient intended to send too large body\nthe body is too large.\n"
                   "httpcode_elb_4xx_count\nlambda.");
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
    { "Caf\xc3\xa9", "cafe\xcc\x81" },           /* decomposed: e and an accent */
    { "\xff\xfe", "" },                      /* not UTF-8 */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *key = sc_search_key_new (cases[i].text);

      g_assert_cmpstr (key, ==, cases[i].key);
    }
}

/* The search key is the text compatibility-decomposed (NFKD), then
 * casefolded, however sc_search_key_new() gets there: the same as GLib's
 * functions applied to the whole text, for ASCII, for marks that compose
 * with the ASCII letter before them, for compatibility characters and for
 * everything in the real data. */
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


/* Texts and queries are decomposed alike: “cafe” finds “Café”, as it
 * does while “café” is being typed, and “café” finds it too. */
static void
test_search_keys_decomposed (void)
{
  g_autoptr(ScStatus) status = test_status_new (404, "Caf\xc3\xa9 Not Found", NULL);
  const struct {
    const char *query;
    int rank;
  } cases[] = {
    { "cafe", SC_SEARCH_FIELD_PHRASE },
    { "CAF\xc3\x89", SC_SEARCH_FIELD_PHRASE },        /* É */
    { "cafe\xcc\x81", SC_SEARCH_FIELD_PHRASE },       /* e and a combining accent */
    { "caf\xc3\xa9s", SC_SEARCH_NO_MATCH },
    { "\xcc\x81", SC_SEARCH_NO_MATCH },               /* the accent alone */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(ScSearchQuery) query = sc_search_query_new (cases[i].query);

      g_assert_cmpint (sc_search_query_match (query, status), ==, cases[i].rank);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/search-keys/texts", test_search_keys_texts);
  g_test_add_func ("/search-keys/causes", test_search_keys_causes);
  g_test_add_func ("/search-keys/folding", test_search_key_folding);
  g_test_add_func ("/search-keys/matches-reference", test_search_key_matches_reference);
  g_test_add_func ("/search-keys/decomposed", test_search_keys_decomposed);

  return g_test_run ();
}
