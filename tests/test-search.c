/* test-search.c
 *
 * Copyright 2026 The Status Codes developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gtk/gtk.h>
#include <string.h>

#include "sc-search-query.h"
#include "sc-status-loader.h"
#include "sc-status-results.h"

/* A small, fixed data set, so that the expected results below follow
 * from the rules and not from whatever the real data says today. */
static const char fixture_xml[] =
  "<statuses>"
  "<status code='200'><phrase>OK</phrase><summary>The request succeeded.</summary>"
  "  <description>Everything went fine.</description></status>"
  "<status code='301'><phrase>Moved Permanently</phrase><summary>The resource has a new permanent URI.</summary>"
  "  <description>Clients should use the URI in Location from now on.</description>"
  "  <cause platform='browser' url='https://fetch.spec.whatwg.org/'><text>A loop of redirects.</text>"
  "    <check>ERR_TOO_MANY_REDIRECTS</check></cause></status>"
  "<status code='302'><phrase>Found</phrase><summary>The resource is for now at another URI.</summary>"
  "  <description>It was not here at the moment, but found elsewhere.</description>"
  "  <former-name>Moved Temporarily</former-name>"
  "  <cause platform='browser' url='https://fetch.spec.whatwg.org/'><text>A loop of redirects.</text>"
  "    <check>ERR_TOO_MANY_REDIRECTS</check></cause></status>"
  "<status code='400'><phrase>Bad Request</phrase><summary>The server cannot make sense of the request.</summary>"
  "  <description>Fix the request before sending it again.</description>"
  "  <cause platform='nginx' url='https://nginx.org/a'><text>A header field is longer than a buffer.</text>"
  "    <check>large_client_header_buffers</check></cause></status>"
  "<status code='404'><phrase>Not Found</phrase><summary>There is nothing at this URI.</summary>"
  "  <description>The origin server has no representation for the target.</description></status>"
  "<status code='405'><phrase>Method Not Allowed</phrase><summary>The resource does not support this method.</summary>"
  "  <description>The Allow header field lists the methods it does support.</description></status>"
  "<status code='410'><phrase>Gone</phrase><summary>The resource will not be found here again.</summary>"
  "  <description>Removal is deliberate and permanent.</description></status>"
  "<status code='418'><phrase>I'm a teapot</phrase><summary>A joke from the coffee pot protocol.</summary>"
  "  <description>The server refuses to brew coffee because it is a teapot.</description></status>"
  "<status code='500'><phrase>Internal Server Error</phrase><summary>Something went wrong on the server.</summary>"
  "  <description>An unexpected condition stopped the server.</description></status>"
  "<status code='502'><phrase>Bad Gateway</phrase><summary>The gateway got a broken answer.</summary>"
  "  <description>The upstream answer was unusable.</description>"
  "  <cause platform='nginx' url='https://nginx.org/c'><text>The upstream closed early.</text>"
  "    <check>upstream prematurely closed connection</check>"
  "    <check>while reading response header from upstream</check></cause></status>"
  "<status code='503'><phrase>Service Unavailable</phrase><summary>The server cannot handle the request now.</summary>"
  "  <description>It is overloaded or down for maintenance; Retry-After may say when to try again.</description>"
  "  <cause platform='nginx' url='https://nginx.org/b'><text>Requests came faster than the zone permits.</text>"
  "    <check>limit_req</check><check>limit_req_status</check></cause></status>"
  "<status code='504'><phrase>Gateway Timeout</phrase><summary>The gateway waited too long.</summary>"
  "  <description>No answer came in time.</description>"
  "  <cause platform='nginx' url='https://nginx.org/d'><text>The upstream was too slow.</text>"
  "    <check>upstream timed out</check><check>proxy_read_timeout</check>"
  "    <check>while reading response header from upstream</check></cause>"
  "  <cause platform='apache' url='https://httpd.apache.org/e'><text>The backend was too slow.</text>"
  "    <check>upstream timed out</check></cause></status>"
  "</statuses>";

typedef struct
{
  const char *query;
  /* Expected codes in expected order, ending with 0. */
  guint codes[16];
} SearchCase;

static const SearchCase search_cases[] = {
  /* Empty: everything, in code order. */
  { "", { 200, 301, 302, 400, 404, 405, 410, 418, 500, 502, 503, 504, 0 } },
  { "   ", { 200, 301, 302, 400, 404, 405, 410, 418, 500, 502, 503, 504, 0 } },

  /* Digits: code prefix only. */
  { "4", { 400, 404, 405, 410, 418, 0 } },
  { "40", { 400, 404, 405, 0 } },
  { "404", { 404, 0 } },
  { " 404 ", { 404, 0 } },
  { "41", { 410, 418, 0 } },
  { "4040", { 0 } },
  { "6", { 0 } },
  { "0", { 0 } },
  { "００", { 0 } },
  { "４０４", { 404, 0 } },                    /* full-width digits */

  /* Classes. */
  { "4xx", { 400, 404, 405, 410, 418, 0 } },
  { "4XX", { 400, 404, 405, 410, 418, 0 } },
  { "4x", { 400, 404, 405, 410, 418, 0 } },
  { "5xx", { 500, 502, 503, 504, 0 } },
  { "40x", { 400, 404, 405, 0 } },
  { "6xx", { 0 } },
  { "xxx", { 0 } },
  { "4xxx", { 0 } },

  /* Words, case-insensitive, every word, any order, phrase matches first. */
  { "teapot", { 418, 0 } },
  { "TeaPot", { 418, 0 } },
  { "not found", { 404, 410, 302, 0 } },      /* phrase, then summary, then description */
  { "found not", { 404, 410, 302, 0 } },
  { "NOT FOUND", { 404, 410, 302, 0 } },
  { "moved", { 301, 302, 0 } },               /* 302 by its former name */
  { "temporarily", { 302, 0 } },
  { "server", { 500, 400, 503, 404, 418, 0 } }, /* phrase, summary, description; by code within each */
  { "not", { 404, 405, 410, 302, 0 } },        /* words start with it: not “cannot” */
  { "und", { 0 } },                            /* inside “found”, not at a word's start */
  { "after", { 503, 0 } },                     /* “Retry-After”: a word after a hyphen */
  { "allow", { 405, 0 } },
  { "method not", { 405, 0 } },
  { "xyzzy", { 0 } },
  { "teapot xyzzy", { 0 } },

  /* What a cause says to check: a directive, an error name, a part of
   * one; found after the phrase, summary and description. */
  { "large_client_header_buffers", { 400, 0 } },
  { "LIMIT_REQ_STATUS", { 503, 0 } },
  { "limit_req", { 503, 0 } },
  { "buffers", { 400, 0 } },                   /* `_` does not join words */
  { "err_too_many_redirects", { 301, 302, 0 } },
  { "header field", { 405, 400, 0 } },         /* the description, then the cause */
  { "4xx header", { 405, 400, 0 } },
  { "found loop", { 302, 0 } },
  { "limit_req 4xx", { 0 } },

  /* A line whose words are not all in one status: the statuses whose
   * checks it quotes whole, those that quote more of it first. */
  { "upstream timed out (110: Connection timed out) while reading response header from upstream", { 504, 502, 0 } },
  { "2026/12/03 10:00:00 [error] 12#12: *5 upstream prematurely closed connection while reading\n"
    "response header from upstream, client: 192.0.2.1", { 502, 504, 0 } },
  { "proxy_read_timeout   300s;", { 504, 0 } },
  { "my_proxy_read_timeout 300s", { 0 } },  /* not between word boundaries */
  { "upstream prematurely closed connection 4xx", { 0 } },

  /* Codes and words together. */
  { "4xx not", { 404, 405, 410, 0 } },
  { "5 server", { 500, 503, 0 } },
  /* A code standing in the query is always shown, first: the words need
   * not fit it (see the pasted text below). */
  { "404 teapot", { 404, 0 } },
  { "404 bytes", { 404, 0 } },                 /* a size cannot be told from a code */
  { "301 302", { 301, 302, 0 } },

  /* Pasted text: the codes in it, first, where the words match nothing. */
  { "HTTP/1.1 503 Service Unavailable", { 503, 0 } },
  { "HTTP/2 404", { 404, 0 } },
  { "http/1.0 200 ok\r\n", { 200, 0 } },
  { "< HTTP/2 503", { 503, 0 } },                                  /* curl -v */
  { "\"GET /a HTTP/1.1\" 404 0 \"-\" \"curl/8.5.0\"", { 404, 0 } },   /* nginx */
  { "127.0.0.1 - - [04/Apr/2026:10:00:00 +0000] \"GET /a/500 HTTP/1.1\" 200 404 \"-\" \"curl/8.5.0\"",
    { 200, 0 } },                              /* after the protocol: 404 is the size */
  { "> GET /a HTTP/2\n> Host: example.org\n>\n< HTTP/2 301\n< content-length: 404\n< location: /b\n",
    { 301, 0 } },                              /* a pasted block is one query */
  { "< HTTP/1.1 302 Found\n< HTTP/1.1 200 OK", { 200, 302, 0 } },   /* a redirect followed */
  { "Request failed with status code 404", { 404, 0 } },            /* axios */
  { "requests.exceptions.HTTPError: 503 Server Error: Service Unavailable for url: https://example.org/",
    { 503, 0 } },                                                    /* Python requests */
  { "urllib.error.HTTPError: HTTP Error 410: Gone", { 410, 0 } },   /* Python urllib */
  { "Server returned HTTP response code: 405 for URL: https://example.org/", { 405, 0 } },  /* Java */
  { "Response status code does not indicate success: 404 (Not Found).", { 404, 0 } },     /* .NET */
  { "{\"status\":418,\"error\":\"I'm a teapot\"}", { 418, 0 } },   /* JSON */
  { "level=error status=503 path=/a/404 took=200ms", { 503, 0 } },  /* logfmt */
  { "Expected 200 but got 404.", { 200, 404, 0 } },
  { "服务器返回404错误", { 404, 0 } },
  { "状态码：５００", { 500, 0 } },                /* full-width colon and digits */
  { "Not Found (404)", { 404, 0 } },

  /* Numbers that are not status codes. */
  { "https://example.org/items/404", { 0 } },
  { "/404", { 0 } },
  { "2026-04-04", { 0 } },
  { "10.0.0.200", { 0 } },
  { "example.org:404", { 0 } },
  { "localhost:8080", { 0 } },
  { "page=404", { 0 } },
  { "v1.404", { 0 } },
  { "404.5", { 0 } },
  { "1,404,000", { 0 } },
  { "fixes #404", { 0 } },
  { "web nginx[404]: upstream timed out", { 504, 0 } },  /* a process ID, and a message of 504 */
  { "abort(404)", { 404, 0 } },
  { "[404] not found", { 404, 0 } },
  { "404ms", { 0 } },
  { "GET /a HTTP/1.1", { 0 } },
  { "HTTP/1.1 999 Nonsense", { 0 } },

  /* Odd input finds nothing and breaks nothing. */
  { "😀", { 0 } },
  { "مرحبا", { 0 } },
  { "e\xcc\x81", { 0 } },                   /* e + combining acute */
  { "\xff\xfe", { 0 } },                    /* not UTF-8 */
};

static GListModel *
load_fixture (void)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (fixture_xml, strlen (fixture_xml));
  g_autoptr(GError) error = NULL;
  GListModel *statuses = sc_status_loader_load_bytes (bytes, NULL, &error);

  g_assert_no_error (error);

  return statuses;
}

static void
assert_codes (GListModel *model,
              const SearchCase *test_case)
{
  g_autoptr(GString) got = g_string_new (NULL);
  g_autoptr(GString) expected = g_string_new (NULL);
  g_autofree char *escaped_query = g_strescape (test_case->query, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(ScStatus) status = g_list_model_get_item (model, i);

      g_string_append_printf (got, "%u ", sc_status_get_code (status));
    }

  for (guint i = 0; test_case->codes[i] != 0; i++)
    g_string_append_printf (expected, "%u ", test_case->codes[i]);

  g_test_message ("“%s” → %s", escaped_query, got->str);
  g_assert_cmpstr (got->str, ==, expected->str);
}

static int
compare_matches (gconstpointer a,
                 gconstpointer b,
                 gpointer      query)
{
  return sc_search_query_compare (query, (ScStatus *)a, (ScStatus *)b);
}

/* The matcher alone: filter with match(), order with compare(). */
static void
test_search_query (gconstpointer data)
{
  const SearchCase *test_case = data;
  g_autoptr(GListModel) statuses = load_fixture ();
  g_autoptr(ScSearchQuery) query = sc_search_query_new (test_case->query);
  g_autoptr(GListStore) matches = g_list_store_new (SC_TYPE_STATUS);

  g_assert_cmpstr (sc_search_query_get_text (query), ==, test_case->query);

  for (guint i = 0; i < g_list_model_get_n_items (statuses); i++)
    {
      g_autoptr(ScStatus) status = g_list_model_get_item (statuses, i);

      if (sc_search_query_match (query, status) != SC_SEARCH_NO_MATCH)
        g_list_store_append (matches, status);
    }

  g_list_store_sort (matches, compare_matches, query);

  assert_codes (G_LIST_MODEL (matches), test_case);
}

/* The same through the results model the window declares. */
static void
test_search_pipeline (void)
{
  g_autoptr(GListModel) statuses = load_fixture ();
  g_autoptr(ScStatusResults) results = sc_status_results_new (statuses);

  for (guint i = 0; i < G_N_ELEMENTS (search_cases); i++)
    {
      sc_status_results_set_search (results, search_cases[i].query);
      g_assert_cmpstr (sc_status_results_get_search (results), ==, search_cases[i].query);
      assert_codes (G_LIST_MODEL (results), &search_cases[i]);
    }

  /* Back to empty: everything again, so widening works too. */
  sc_status_results_set_search (results, NULL);
  g_assert_cmpstr (sc_status_results_get_search (results), ==, "");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (results)), ==, 12);

  g_assert_finalize_object (g_steal_pointer (&results));
}

/* Typing, one character at a time, through the real data and the real
 * selection model: the results stay in order while the search narrows
 * and widens. */
static void
test_search_pipeline_typing (void)
{
  const char * const searches[] = { "zzz", "", "server", "s", "", "not found", "4", "4xx", "5 server", "e", "" };
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) statuses = sc_status_loader_load_resource (RESOURCE_PREFIX "/status-codes.xml", NULL, &error);
  ScStatusResults *results = NULL;
  g_autoptr(GtkSingleSelection) selection = NULL;

  g_assert_no_error (error);
  results = sc_status_results_new (statuses);
  selection = gtk_single_selection_new (G_LIST_MODEL (results));
  sc_status_results_set_show_unofficial (results, TRUE);

  for (guint i = 0; i < G_N_ELEMENTS (searches); i++)
    {
      for (gsize len = 0; len <= strlen (searches[i]); len++)
        {
          g_autofree char *typed = g_strndup (searches[i], len);
          g_autoptr(ScSearchQuery) query = sc_search_query_new (typed);
          guint n_items;

          sc_status_results_set_search (results, typed);
          n_items = g_list_model_get_n_items (G_LIST_MODEL (selection));

          /* In order: each item ranks no worse than the next. */
          for (guint j = 1; j < n_items; j++)
            {
              g_autoptr(ScStatus) a = g_list_model_get_item (G_LIST_MODEL (selection), j - 1);
              g_autoptr(ScStatus) b = g_list_model_get_item (G_LIST_MODEL (selection), j);

              g_assert_cmpint (sc_search_query_compare (query, a, b), <, 0);
            }
        }
    }
}

/* Words found at the start of a word, checked on the real data against a
 * regular expression that knows nothing of the matcher: the rank is the
 * first text where a word starts with the term. Every letter, every digit, every letter before a few
 * others, and a few longer words. */
static void
test_search_word_starts (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) statuses = sc_status_loader_load_resource (RESOURCE_PREFIX "/status-codes.xml", NULL, &error);
  g_autoptr(GPtrArray) words = g_ptr_array_new_with_free_func (g_free);
  const char * const longer[] = {
    "te", "no", "not", "re", "req", "x", "gate", "head", "in", "un", "o-", "1",
    "tem", "con", "res", "rep", "pro", "ent", "tea", "x-f", "mis", "too", "man", "the",
  };

  g_assert_no_error (error);
  for (char c = 'a'; c <= 'z'; c++)
    {
      g_ptr_array_add (words, g_strdup_printf ("%c", c));
      for (const char *next = "aenorx"; *next != '\0'; next++)
        g_ptr_array_add (words, g_strdup_printf ("%c%c", c, *next));
    }
  for (guint i = 0; i < G_N_ELEMENTS (longer); i++)
    g_ptr_array_add (words, g_strdup (longer[i]));

  for (guint w = 0; w < words->len; w++)
    {
      const char *word = g_ptr_array_index (words, w);
      g_autofree char *escaped = g_regex_escape_string (word, -1);
      g_autofree char *pattern = g_strdup_printf ("(*UCP)(?<![[:alnum:]])%s", escaped);
      /* Not G_REGEX_OPTIMIZE: JIT code confuses valgrind. */
      g_autoptr(GRegex) regex = g_regex_new (pattern, G_REGEX_DEFAULT, 0, &error);
      g_autoptr(ScSearchQuery) query = sc_search_query_new (word);

      g_assert_no_error (error);

      for (guint i = 0; i < g_list_model_get_n_items (statuses); i++)
        {
          g_autoptr(ScStatus) status = g_list_model_get_item (statuses, i);
          int expected = SC_SEARCH_NO_MATCH;
          ScSearchKeys keys;

          sc_search_keys_init (&keys, status);
          for (int field = 0; field < SC_N_SEARCH_FIELDS && expected == SC_SEARCH_NO_MATCH; field++)
            if (g_regex_match (regex, keys.text[field], 0, NULL))
              expected = field;

          /* Digits alone are code terms, matched against the code. */
          if (g_ascii_isdigit (word[0]))
            expected = g_str_has_prefix (sc_status_get_code_string (status), word) ? 0 : SC_SEARCH_NO_MATCH;

          if (sc_search_query_match_keys (query, &keys) != expected)
            g_error ("“%s” on %u: rank %d, expected %d", word, sc_status_get_code (status),
                     sc_search_query_match_keys (query, &keys), expected);
          g_assert_cmpint (sc_search_query_match (query, status), ==, expected);
          sc_search_keys_clear (&keys);
        }
    }
}

/* The lines that issue 16 names, on the real data: each finds its code
 * alone, unofficial codes included as --print includes them. */
static void
test_search_pasted (void)
{
  const struct {
    const char *text;
    const char *codes;
  } pasted[] = {
    { "HTTP/1.1 502 Bad Gateway", "502 " },
    { "HTTP/2 404", "404 " },
    { "< HTTP/2 503", "503 " },
    { "\"GET /a HTTP/1.1\" 499 0 \"-\" \"curl/8.5.0\"", "499 " },
    { "Request failed with status code 429", "429 " },
    { "requests.exceptions.HTTPError: 503 Server Error: Service Unavailable for url: https://example.org/", "503 " },
    { "Server returned HTTP response code: 401 for URL: https://example.org/", "401 " },
    { "Response status code does not indicate success: 404 (Not Found).", "404 " },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) statuses = sc_status_loader_load_resource (RESOURCE_PREFIX "/status-codes.xml", NULL, &error);
  g_autoptr(ScStatusResults) results = NULL;

  g_assert_no_error (error);
  results = sc_status_results_new (statuses);
  sc_status_results_set_show_unofficial (results, TRUE);

  for (guint i = 0; i < G_N_ELEMENTS (pasted); i++)
    {
      g_autoptr(GString) got = g_string_new (NULL);

      sc_status_results_set_search (results, pasted[i].text);
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (results)); j++)
        {
          g_autoptr(ScStatus) status = g_list_model_get_item (G_LIST_MODEL (results), j);

          g_string_append_printf (got, "%s ", sc_status_get_code_string (status));
        }

      g_test_message ("“%s” → %s", pasted[i].text, got->str);
      g_assert_cmpstr (got->str, ==, pasted[i].codes);
    }
}

static void
test_search_huge_query (void)
{
  g_autoptr(GListModel) statuses = load_fixture ();
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(ScSearchQuery) words = NULL;
  g_autoptr(ScSearchQuery) one_word = NULL;
  g_autoptr(ScStatus) status = g_list_model_get_item (statuses, 4);

  /* 100,000 characters: many words, then one very long word. */
  while (text->len < 100000)
    g_string_append (text, "not ");
  words = sc_search_query_new (text->str);
  g_assert_cmpint (sc_search_query_match (words, status), ==, 0);

  g_string_set_size (text, 0);
  while (text->len < 100000)
    g_string_append_c (text, 'a');
  one_word = sc_search_query_new (text->str);
  g_assert_cmpint (sc_search_query_match (one_word, status), ==, SC_SEARCH_NO_MATCH);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (search_cases); i++)
    {
      g_autofree char *escaped = g_strescape (search_cases[i].query, NULL);
      g_autofree char *path = g_strdup_printf ("/search/query/%u “%s”", i, escaped);

      g_test_add_data_func (path, &search_cases[i], test_search_query);
    }

  g_test_add_func ("/search/pipeline", test_search_pipeline);
  g_test_add_func ("/search/pipeline-typing", test_search_pipeline_typing);
  g_test_add_func ("/search/pasted", test_search_pasted);
  g_test_add_func ("/search/huge-query", test_search_huge_query);
  g_test_add_func ("/search/word-starts", test_search_word_starts);

  return g_test_run ();
}
