/* test-bad-input.c
 *
 * Copyright 2026 The Status Codes developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Whatever comes in — on the command line, in the search field, in the
 * status data — the app gives a clear message or an empty result, never
 * a crash or a critical (the tests run with G_DEBUG=fatal-warnings, so a
 * critical aborts them, and the programs they start).
 */

#include "config.h"

#include <gtk/gtk.h>
#include <string.h>

#include "sc-search-query.h"
#include "run-app.h"
#include "sc-status-loader.h"
#include "sc-status-results.h"

#define STATUS_DATA_PATH RESOURCE_PREFIX "/status-codes.xml"

/* The command line */

static void
test_command_line_help (void)
{
  g_auto(Run) run = { 0, };

  run_app (&run, "--help", NULL);

  g_assert_cmpint (run.exit_status, ==, 0);
  g_assert_true (g_utf8_validate (run.out, -1, NULL));
  g_assert_true (g_str_has_prefix (run.out, "Usage:"));
  g_assert_nonnull (strstr (run.out, "SEARCH"));
  g_assert_nonnull (strstr (run.out, "--version"));
}

static void
test_command_line_version (void)
{
  g_auto(Run) run = { 0, };
  g_autofree char *expected = g_strdup_printf (" %s\n", PACKAGE_VERSION);

  run_app (&run, "--version", NULL);

  g_assert_cmpint (run.exit_status, ==, 0);
  g_assert_true (g_str_has_suffix (run.out, expected));
  g_assert_cmpstr (run.err, ==, "");
}

/* Options that are not ours: a clear message, a failure status, and no
 * window (there is no display to open one on). */
static void
test_command_line_unknown (void)
{
  const char * const bad_options[][2] = {
    { "--no-such-option", "--no-such-option" },
    { "-Z", "-Z" },
    { "---", "---" },
    { "--\xc3\xa9t\xc3\xa9", "--\xc3\xa9t\xc3\xa9" },  /* --été */
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad_options); i++)
    {
      g_auto(Run) run = { 0, };

      run_app (&run, bad_options[i][0], NULL);

      g_test_message ("%s → %d: %s", bad_options[i][0], run.exit_status, run.err);
      g_assert_cmpint (run.exit_status, !=, 0);
      g_assert_true (g_utf8_validate (run.err, -1, NULL));
      g_assert_true (g_str_has_prefix (run.err, "Unknown option"));
      g_assert_nonnull (strstr (run.err, bad_options[i][1]));
      g_assert_cmpstr (run.out, ==, "");
    }
}

/* Not UTF-8, in an option: still refused with GLib's message (which
 * repeats the option as it came). */
static void
test_command_line_not_utf8 (void)
{
  g_auto(Run) run = { 0, };

  run_app (&run, "--\xff\xfe", NULL);

  g_assert_cmpint (run.exit_status, !=, 0);
  g_assert_true (g_str_has_prefix (run.err, "Unknown option"));
  g_assert_cmpstr (run.out, ==, "");
}

/* GOption names the arguments after the options with an empty long name
 * (G_OPTION_REMAINING), so it reads `--=404` as the argument 404, and a
 * bare `--=` as an empty search: with --print, every code. */
static void
test_command_line_empty_long_name (void)
{
  g_auto(Run) code = { 0, };
  g_auto(Run) empty = { 0, };

  run_app (&code, "--print", "--=404", NULL);
  g_assert_cmpint (code.exit_status, ==, 0);
  g_assert_true (g_str_has_prefix (code.out, "404 Not Found — "));
  g_assert_cmpstr (code.err, ==, "");

  run_app (&empty, "--print", "--=", NULL);
  g_assert_cmpint (empty.exit_status, ==, 0);
  g_assert_true (g_str_has_prefix (empty.out, "100 Continue — "));
  g_assert_cmpstr (empty.err, ==, "");
}

/* An option's value is ignored where the option takes none, as GLib
 * does: --version=yes is --version. */
static void
test_command_line_version_with_value (void)
{
  g_auto(Run) run = { 0, };
  g_autofree char *expected = g_strdup_printf (" %s\n", PACKAGE_VERSION);

  run_app (&run, "--version=yes", NULL);

  g_assert_cmpint (run.exit_status, ==, 0);
  g_assert_true (g_str_has_suffix (run.out, expected));
}

/* The search field */

static GListModel *
load_real_data (void)
{
  g_autoptr(GError) error = NULL;
  GListModel *statuses = sc_status_loader_load_resource (STATUS_DATA_PATH, NULL, &error);

  g_assert_no_error (error);
  return statuses;
}

typedef struct
{
  GListModel *statuses;
  ScStatusResults *results;
} Pipeline;

static void
pipeline_init (Pipeline *pipeline)
{
  pipeline->statuses = load_real_data ();
  pipeline->results = sc_status_results_new (pipeline->statuses);
}

static void
pipeline_clear (Pipeline *pipeline)
{
  g_clear_object (&pipeline->results);
  g_clear_object (&pipeline->statuses);
}

/* The codes that @search finds through the window's models, which must
 * be those the matcher finds by itself, in its order. */
static GString *
search_codes (Pipeline   *pipeline,
              const char *search)
{
  g_autoptr(ScSearchQuery) query = sc_search_query_new (search);
  g_autoptr(GPtrArray) expected = g_ptr_array_new ();
  GString *codes = g_string_new (NULL);
  guint n_statuses = g_list_model_get_n_items (pipeline->statuses);
  guint n_results;

  sc_status_results_set_search (pipeline->results, search);
  g_assert_cmpstr (sc_status_results_get_search (pipeline->results), ==, search);

  for (guint i = 0; i < n_statuses; i++)
    {
      ScStatus *status = g_list_model_get_item (pipeline->statuses, i);

      if (sc_search_query_match (query, status) != SC_SEARCH_NO_MATCH)
        g_ptr_array_add (expected, status);
      g_object_unref (status);
    }

  n_results = g_list_model_get_n_items (G_LIST_MODEL (pipeline->results));
  g_assert_cmpuint (n_results, ==, expected->len);

  for (guint i = 0; i < n_results; i++)
    {
      g_autoptr(ScStatus) status = g_list_model_get_item (G_LIST_MODEL (pipeline->results), i);

      g_assert_true (g_ptr_array_find (expected, status, NULL));
      if (i > 0)
        {
          g_autoptr(ScStatus) previous = g_list_model_get_item (G_LIST_MODEL (pipeline->results), i - 1);

          g_assert_cmpint (sc_search_query_compare (query, previous, status), <, 0);
        }
      g_string_append_printf (codes, "%u ", sc_status_get_code (status));
    }

  return codes;
}

static void
assert_search_finds (Pipeline   *pipeline,
                     const char *search,
                     const char *expected_codes)
{
  g_autoptr(GString) codes = search_codes (pipeline, search);
  g_autofree char *escaped = g_strescape (search, NULL);

  g_test_message ("“%.60s” → %s", escaped, codes->str);
  if (expected_codes != NULL)
    g_assert_cmpstr (codes->str, ==, expected_codes);
}

static void
assert_same_results (Pipeline   *pipeline,
                     const char *search,
                     const char *same_as)
{
  g_autoptr(GString) codes = search_codes (pipeline, same_as);
  g_autoptr(GString) codes_again = search_codes (pipeline, search);

  g_assert_cmpuint (codes->len, >, 0);
  g_assert_cmpstr (codes_again->str, ==, codes->str);
}

static void
test_search_long (void)
{
  Pipeline pipeline;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789 x \t";

  pipeline_init (&pipeline);

  /* 100,000 characters of one word repeated: the same as the word. */
  while (text->len < 100000)
    g_string_append (text, "not ");
  assert_same_results (&pipeline, text->str, "not");

  /* One word of 100,000 characters: nothing. */
  g_string_assign (text, "");
  while (text->len < 100000)
    g_string_append_c (text, 'a');
  assert_search_finds (&pipeline, text->str, "");

  /* 100,000 characters of noise, and the same after a real word. */
  g_string_assign (text, "");
  while (text->len < 100000)
    g_string_append_c (text, alphabet[g_rand_int_range (rand, 0, sizeof alphabet - 1)]);
  assert_search_finds (&pipeline, text->str, NULL);
  g_string_prepend (text, "found ");
  assert_search_finds (&pipeline, text->str, NULL);

  /* 100,000 characters of a code, as terms and as one word. */
  g_string_assign (text, "");
  while (text->len < 100000)
    g_string_append (text, "404 ");
  assert_same_results (&pipeline, text->str, "404");
  g_string_assign (text, "");
  while (text->len < 100000)
    g_string_append (text, "404");
  assert_search_finds (&pipeline, text->str, "");

  /* And back to nothing at all. */
  assert_search_finds (&pipeline, "", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (pipeline.results)), ==,
                    g_list_model_get_n_items (pipeline.statuses));

  pipeline_clear (&pipeline);
}

static void
test_search_unusual_text (void)
{
  /* Nothing in the data has these: found nowhere, and no harm done. */
  const char * const nothing[] = {
    "😀",                                       /* emoji */
    "👩‍💻",                                     /* emoji with a zero-width joiner */
    "🇺🇸",                                      /* a flag: two regional indicators */
    "👍🏽",                                       /* emoji with a skin tone */
    "مرحبا",                                     /* Arabic, right to left */
    "שלום עולם",                                 /* Hebrew */
    "\xe2\x80\x8f" "abc",                        /* a right-to-left mark, then text */
    "\xe2\x80\xae" "dnuof",                      /* right-to-left override */
    "e\xcc\x81",                                 /* e + combining acute */
    "\xcc\x81",                                  /* a combining mark alone */
    "\xcc\x81\xcc\x81\xcc\x81\xcc\x81\xcc\x81",  /* and many */
    "\xef\xbf\xbf",                              /* a noncharacter, U+FFFF */
    "\xf4\x8f\xbf\xbf",                          /* the last code point, U+10FFFF */
    "\x01\x02",                                  /* control characters */
    "\xff\xfe",                                  /* not UTF-8 */
    "found \xe2\x82",                            /* a character cut short */
    "\xc0\xaf",                                  /* an overlong slash */
  };

  Pipeline pipeline;

  pipeline_init (&pipeline);

  for (guint i = 0; i < G_N_ELEMENTS (nothing); i++)
    assert_search_finds (&pipeline, nothing[i], "");

  /* A code standing beside them is shown all the same. */
  assert_search_finds (&pipeline, "404 😀", "404 ");

  /* Some are folded to what they stand for. */
  assert_same_results (&pipeline, "\xef\xac\x81" "eld", "field");         /* the ﬁ ligature */
  assert_same_results (&pipeline, "\xef\xbc\x94\xef\xbc\x90\xef\xbc\x94", "404");  /* full-width digits */
  assert_same_results (&pipeline, "\t404\n", "404");                     /* white space of all kinds */
  assert_same_results (&pipeline, "\xe3\x80\x80" "404", "404");           /* an ideographic space */
  assert_same_results (&pipeline, "NOT\xc2\xa0" "FOUND", "not found");    /* a no-break space */
  assert_same_results (&pipeline, "\xef\xbc\xae\xef\xbc\xaf\xef\xbc\xb4", "not");  /* full-width capitals */

  pipeline_clear (&pipeline);
}

/* Typing and erasing every prefix of odd text, one character at a time,
 * as the search field would: the results always agree with the matcher. */
static void
test_search_typing_unusual_text (void)
{
  const char * const texts[] = {
    "😀 not found",
    "no\xcc\x81t found",
    "found مرحبا 404",
    "4\xef\xbc\x90x",
    ("5xx \xe2\x80\x8f" "gateway"),  /* a right-to-left mark */
  };
  Pipeline pipeline;

  pipeline_init (&pipeline);

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      const char *text = texts[i];

      for (const char *end = text; ; end = g_utf8_next_char (end))
        {
          g_autofree char *typed = g_strndup (text, end - text);

          assert_search_finds (&pipeline, typed, NULL);
          if (*end == '\0')
            break;
        }
    }

  pipeline_clear (&pipeline);
}

/* The status data */

static void
assert_load_fails (const char *data,
                   gsize       size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) statuses = sc_status_loader_load_bytes (bytes, NULL, &error);

  g_assert_null (statuses);
  g_assert_nonnull (error);
  g_assert_true (error->domain == SC_STATUS_LOADER_ERROR || error->domain == G_MARKUP_ERROR);
  /* Not always UTF-8: GMarkup repeats text that is not as it found it. */
  g_assert_cmpuint (strlen (error->message), >, 0);
}

static char *
read_real_data (gsize *size)
{
  g_autoptr(GBytes) bytes = g_resources_lookup_data (STATUS_DATA_PATH, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);

  g_assert_nonnull (bytes);
  /* With a NUL after it, to search it as a string. */
  return g_strndup (g_bytes_get_data (bytes, size), g_bytes_get_size (bytes));
}

/* Every truncation of the real data is an error that says where. */
static void
test_data_truncated (void)
{
  gsize size;
  g_autofree char *data = read_real_data (&size);
  const char *end_tag = g_strrstr (data, "</statuses>");
  gsize last_cut;

  g_assert_nonnull (end_tag);
  last_cut = end_tag - data + strlen ("</statuses");

  for (gsize cut = 0; cut <= last_cut; cut += (cut < 4096 ? 7 : 211))
    assert_load_fails (data, cut);
  assert_load_fails (data, last_cut);
}

static void
test_data_malformed (void)
{
#define FIELDS "<phrase>OK</phrase><summary>s</summary><description>d</description>"
  const char * const cases[] = {
    "",
    " \n\t ",
    "<?xml version='1.0' encoding='UTF-8'?>",
    "\xef\xbb\xbf",
    "<statuses/>",
    "<statuses><status code='200'/></statuses>",
    "<statuses><status code=''>" FIELDS "</status></statuses>",
    "<statuses><status code=' 200'>" FIELDS "</status></statuses>",
    "<statuses><status code='200 '>" FIELDS "</status></statuses>",
    "<statuses><status code='+200'>" FIELDS "</status></statuses>",
    "<statuses><status code='2e2'>" FIELDS "</status></statuses>",
    "<statuses><status code='0x64'>" FIELDS "</status></statuses>",
    "<statuses><status code='2OO'>" FIELDS "</status></statuses>",
    "<statuses><status code='\xef\xbc\x92\xef\xbc\x90\xef\xbc\x90'>" FIELDS "</status></statuses>",
    "<statuses><status code='000000000000000000200'>" FIELDS "</status></statuses>",
    "<statuses><status code='99999999999999999999999999'>" FIELDS "</status></statuses>",
    "<statuses><status code='18446744073709551816'>" FIELDS "</status></statuses>",
    "<statuses><status code='0'>" FIELDS "</status></statuses>",
    "<statuses><status code='99'>" FIELDS "</status></statuses>",
    "<statuses><status code='1000'>" FIELDS "</status></statuses>",
    "<statuses><status code='200'>" FIELDS "</status><status code='200'>" FIELDS "</status></statuses>",
    "<statuses><status code='200' code='201'>" FIELDS "</status></statuses>",
    "<statuses><status code='200'><phrase></phrase><summary>s</summary><description>d</description></status></statuses>",
    "<statuses><status code='200'><phrase>OK</phrase></status></statuses>",
    "<statuses><status code='200'><phrase>O\xff</phrase><summary>s</summary><description>d</description></status></statuses>",
    "<statuses><status code='200'><phrase>&unknown;</phrase><summary>s</summary><description>d</description></status></statuses>",
    "<statuses><status code='200'><phrase>&#0;</phrase><summary>s</summary><description>d</description></status></statuses>",
    "<statuses><status code='200'><phrase>&#x110000;</phrase><summary>s</summary><description>d</description></status></statuses>",
    "<statuses><status code='200'><phrase>&#xD800;</phrase><summary>s</summary><description>d</description></status></statuses>",
    "<statuses><status code='200'>" FIELDS "<related code='200'/></status></statuses>",
    "<statuses><status code='200'>" FIELDS "<related code='600'/></status></statuses>",
    "<statuses><status code='200'>" FIELDS "<related/></status></statuses>",
    "<statuses><status code='200'>" FIELDS "<spec/></status></statuses>",
    "<statuses><status code='200' registry=''>" FIELDS "</status></statuses>",
    "<statuses registry-updated='0000-00-00'><status code='200'>" FIELDS "</status></statuses>",
    "<statuses registry-updated='9999-99-99'><status code='200'>" FIELDS "</status></statuses>",
    "<statuses registry-updated='2025-9-15'><status code='200'>" FIELDS "</status></statuses>",
    "<statuses><status code='200'>" FIELDS "</status></statuses>trailing",
    "<!DOCTYPE statuses [<!ENTITY a 'aaaaaaaaaa'>]><statuses/>",
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *escaped = g_strescape (cases[i], NULL);

      g_test_message ("%s", escaped);
      assert_load_fails (cases[i], strlen (cases[i]));
    }
#undef FIELDS
}

static void
test_data_binary (void)
{
  const char with_nul[] = "<statuses><status code='200'><phrase>O\0K</phrase></status></statuses>";
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  gsize size;
  g_autofree char *data = read_real_data (&size);

  assert_load_fails (with_nul, sizeof with_nul - 1);

  /* The real data with a byte changed here and there. */
  for (guint round = 0; round < 200; round++)
    {
      g_autofree char *copy = g_memdup2 (data, size);
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(GListModel) statuses = NULL;

      for (guint i = 0; i < 4; i++)
        copy[g_rand_int_range (rand, 0, (gint32)size)] = (char)g_rand_int_range (rand, 0, 256);

      bytes = g_bytes_new_take (g_steal_pointer (&copy), size);
      statuses = sc_status_loader_load_bytes (bytes, NULL, &error);

      /* A change in a text can leave the data valid. */
      g_assert_true ((statuses == NULL) != (error == NULL));
      if (statuses != NULL)
        g_assert_cmpuint (g_list_model_get_n_items (statuses), >, 0);
    }
}

/* Deep nesting does not exhaust the stack; a huge text is read whole. */
static void
test_data_huge (void)
{
  g_autoptr(GString) data = g_string_new ("<statuses><status code='200'>");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) statuses = NULL;
  g_autoptr(ScStatus) status = NULL;

  for (guint i = 0; i < 100000; i++)
    g_string_append (data, "<a>");
  assert_load_fails (data->str, data->len);

  g_string_assign (data, "<statuses><status code='200'><phrase>OK</phrase><summary>s</summary><description>");
  for (guint i = 0; i < 200000; i++)
    g_string_append (data, "word ");
  g_string_append (data, "</description></status></statuses>");

  bytes = g_bytes_new (data->str, data->len);
  statuses = sc_status_loader_load_bytes (bytes, NULL, &error);
  g_assert_no_error (error);
  status = g_list_model_get_item (statuses, 0);
  g_assert_cmpuint (strlen (sc_status_get_description (status)), ==, 200000 * 5 - 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/bad-input/command-line/help", test_command_line_help);
  g_test_add_func ("/bad-input/command-line/version", test_command_line_version);
  g_test_add_func ("/bad-input/command-line/unknown", test_command_line_unknown);
  g_test_add_func ("/bad-input/command-line/not-utf8", test_command_line_not_utf8);
  g_test_add_func ("/bad-input/command-line/empty-long-name", test_command_line_empty_long_name);
  g_test_add_func ("/bad-input/command-line/version-with-value", test_command_line_version_with_value);
  g_test_add_func ("/bad-input/search/long", test_search_long);
  g_test_add_func ("/bad-input/search/unusual-text", test_search_unusual_text);
  g_test_add_func ("/bad-input/search/typing-unusual-text", test_search_typing_unusual_text);
  g_test_add_func ("/bad-input/data/truncated", test_data_truncated);
  g_test_add_func ("/bad-input/data/malformed", test_data_malformed);
  g_test_add_func ("/bad-input/data/binary", test_data_binary);
  g_test_add_func ("/bad-input/data/huge", test_data_huge);

  return g_test_run ();
}
