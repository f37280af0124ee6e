/* test-cli.c
 *
 * Copyright 2026 The Status Codes developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The command line of the built program, run without a display or a
 * session bus: --print, codes that do not exist, --help.
 */

#include "config.h"

#include <gio/gio.h>
#include <string.h>

#include "reference-search.h"
#include "run-app.h"
#include "sc-status-loader.h"

#define STATUS_DATA_PATH RESOURCE_PREFIX "/status-codes.xml"

static GListModel *
load_statuses (void)
{
  g_autoptr(GError) error = NULL;
  GListModel *statuses = sc_status_loader_load_resource (STATUS_DATA_PATH, NULL, &error);

  g_assert_no_error (error);
  return statuses;
}

/* The statuses a search shows, unofficial ones included as --print
 * includes them, made the plain way (reference-search.c). */
static GPtrArray *
sidebar_results (GListModel *statuses,
                 const char *search)
{
  return reference_search (statuses, search, TRUE, 0);
}

/* The line --print gives @status. */
static char *
expected_line (ScStatus *status)
{
  return g_strdup_printf ("%s %s%s — %s",
                          sc_status_get_code_string (status),
                          sc_status_get_phrase (status),
                          sc_status_is_official (status) ? "" : " (unofficial)",
                          sc_status_get_summary (status));
}

static void
test_print_code (void)
{
  g_autoptr(GListModel) statuses = load_statuses ();
  g_autoptr(ScStatus) status = sc_status_list_find (statuses, 404, NULL);
  const char *options[] = { "--print", "-p" };

  g_assert_nonnull (status);

  for (guint i = 0; i < G_N_ELEMENTS (options); i++)
    {
      g_auto(Run) run = { 0, };
      g_autofree char *expected = g_strconcat ("404 Not Found — ", sc_status_get_summary (status), NULL);

      run_app (&run, options[i], "404", NULL);

      g_assert_cmpint (run.exit_status, ==, 0);
      g_assert_cmpstr (run.err, ==, "");
      g_assert_cmpstr (run.lines[0], ==, expected);
      g_assert_cmpstr (run.lines[1], ==, "");
      g_assert_null (run.lines[2]);
    }
}

/* Nothing matches @search: a message on standard error, nothing on
 * standard output, exit status 1. */
static void
assert_print_finds_nothing (const char *search)
{
  g_auto(Run) run = { 0, };
  g_autofree char *expected = g_strdup_printf ("No status code matches “%s”\n", search);

  run_app (&run, "--print", search, NULL);

  g_assert_cmpint (run.exit_status, ==, 1);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_cmpstr (run.err, ==, expected);
}

static void
test_print_no_match (void)
{
  const char *searches[] = { "999", "6xx", "zzzzqqq" };

  for (guint i = 0; i < G_N_ELEMENTS (searches); i++)
    assert_print_finds_nothing (searches[i]);
}

/* After `--`, what looks like an option is searched for; the `--` is
 * not part of the search. */
static void
test_print_after_double_dash (void)
{
  g_auto(Run) run = { 0, };
  g_auto(Run) code = { 0, };

  run_app (&run, "--print", "--", "--version", NULL);

  g_assert_cmpint (run.exit_status, ==, 1);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_cmpstr (run.err, ==, "No status code matches “--version”\n");

  run_app (&code, "--print", "--", "404", NULL);

  g_assert_cmpint (code.exit_status, ==, 0);
  g_assert_true (g_str_has_prefix (code.lines[0], "404 Not Found — "));
}

/* Every match, in the sidebar's order, unofficial codes included and
 * marked; the words may come as separate arguments or as one. */
static void
test_print_order (void)
{
  g_autoptr(GListModel) statuses = load_statuses ();
  const char *searches[][3] = {
    { "not found", "not", "found" },
    { "5xx gateway", "5xx", "gateway" },
    { "client closed", "client", "closed" },
    { "4", "4", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (searches); i++)
    {
      g_autoptr(GPtrArray) expected = sidebar_results (statuses, searches[i][0]);
      g_auto(Run) joined = { 0, };
      g_auto(Run) split = { 0, };

      run_app (&joined, "--print", searches[i][0], NULL);
      run_app (&split, "--print", searches[i][1], searches[i][2], NULL);

      g_assert_cmpint (joined.exit_status, ==, 0);
      g_assert_cmpstr (joined.err, ==, "");
      g_assert_cmpstr (joined.out, ==, split.out);
      g_assert_cmpuint (expected->len, >, 0);
      g_assert_cmpuint (g_strv_length (joined.lines), ==, expected->len + 1);

      for (guint j = 0; j < expected->len; j++)
        {
          g_autofree char *line = expected_line (g_ptr_array_index (expected, j));

          g_assert_cmpstr (joined.lines[j], ==, line);
        }
    }
}

static void
test_print_not_found (void)
{
  g_auto(Run) run = { 0, };

  run_app (&run, "--print", "not", "found", NULL);

  g_assert_cmpint (run.exit_status, ==, 0);
  g_assert_true (g_str_has_prefix (run.lines[0], "404 Not Found — "));
}

/* What a cause says to check finds its codes, after those whose own
 * texts match: the same search as the window's. */
static void
test_print_cause (void)
{
  g_autoptr(GListModel) statuses = load_statuses ();
  const char *searches[] = { "client_max_body_size", "ERR_TOO_MANY_REDIRECTS", "timeout" };

  for (guint i = 0; i < G_N_ELEMENTS (searches); i++)
    {
      g_autoptr(GPtrArray) expected = sidebar_results (statuses, searches[i]);
      g_auto(Run) run = { 0, };

      run_app (&run, "--print", searches[i], NULL);

      g_test_message ("--print %s: %u lines", searches[i], expected->len);
      g_assert_cmpint (run.exit_status, ==, 0);
      g_assert_cmpuint (expected->len, >, 0);
      g_assert_cmpuint (g_strv_length (run.lines), ==, expected->len + 1);
      for (guint j = 0; j < expected->len; j++)
        {
          g_autofree char *line = expected_line (g_ptr_array_index (expected, j));

          g_assert_cmpstr (run.lines[j], ==, line);
        }
    }

  {
    g_auto(Run) run = { 0, };

    run_app (&run, "--print", "client_max_body_size", NULL);
    g_assert_true (g_str_has_prefix (run.lines[0], "413 Content Too Large — "));
    g_assert_cmpstr (run.lines[1], ==, "");
  }
}

static void
test_print_unofficial (void)
{
  g_auto(Run) run = { 0, };

  run_app (&run, "--print", "499", NULL);

  g_assert_cmpint (run.exit_status, ==, 0);
  g_assert_true (g_str_has_prefix (run.lines[0], "499 Client Closed Request (unofficial) — "));
}

/* A pasted status line, as one argument or as the shell splits it, and
 * a pasted block of lines as one argument: the code in it. */
static void
test_print_pasted (void)
{
  g_autoptr(GListModel) statuses = load_statuses ();
  g_autoptr(ScStatus) bad_gateway = sc_status_list_find (statuses, 502, NULL);
  g_autoptr(ScStatus) unavailable = sc_status_list_find (statuses, 503, NULL);
  g_autoptr(ScStatus) closed = sc_status_list_find (statuses, 499, NULL);
  const char *curl = "> GET / HTTP/2\n> Host: example.org\n> Accept: */*\n>\n"
                     "< HTTP/2 503\n< content-type: text/html\n< content-length: 404\n\n";
  const char *nginx = "127.0.0.1 - - [04/Apr/2026:10:00:00 +0000] \"GET /a HTTP/1.1\" 499 0 \"-\" \"curl/8.5.0\"";
  g_autofree char *bad_gateway_line = expected_line (bad_gateway);
  g_autofree char *unavailable_line = expected_line (unavailable);
  g_autofree char *closed_line = expected_line (closed);
  g_auto(Run) joined = { 0, };
  g_auto(Run) split = { 0, };
  g_auto(Run) block = { 0, };
  g_auto(Run) log = { 0, };

  run_app (&joined, "--print", "HTTP/1.1 502 Bad Gateway", NULL);
  run_app (&split, "--print", "HTTP/1.1", "502", "Bad", "Gateway", NULL);
  run_app (&block, "--print", curl, NULL);
  run_app (&log, "--print", nginx, NULL);

  g_assert_cmpint (joined.exit_status, ==, 0);
  g_assert_cmpstr (joined.err, ==, "");
  g_assert_cmpstr (joined.lines[0], ==, bad_gateway_line);
  g_assert_cmpstr (joined.lines[1], ==, "");
  g_assert_cmpstr (split.out, ==, joined.out);

  g_assert_cmpint (block.exit_status, ==, 0);
  g_assert_cmpstr (block.err, ==, "");
  g_assert_cmpstr (block.lines[0], ==, unavailable_line);
  g_assert_cmpstr (block.lines[1], ==, "");

  g_assert_cmpint (log.exit_status, ==, 0);
  g_assert_cmpstr (log.lines[0], ==, closed_line);
  g_assert_cmpstr (log.lines[1], ==, "");
}

/* Numbers in text that are not status codes find nothing. */
static void
test_print_not_a_code (void)
{
  const char *searches[] = { "https://example.org/items/404", "2026-04-04", "10.0.0.200", "localhost:8080" };

  for (guint i = 0; i < G_N_ELEMENTS (searches); i++)
    assert_print_finds_nothing (searches[i]);
}

/* No search: every code, in code order. */
static void
test_print_everything (void)
{
  g_autoptr(GListModel) statuses = load_statuses ();
  g_auto(Run) run = { 0, };
  guint n_statuses = g_list_model_get_n_items (statuses);
  guint previous_code = 0;

  run_app (&run, "--print", NULL);

  g_assert_cmpint (run.exit_status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpuint (g_strv_length (run.lines), ==, n_statuses + 1);

  for (guint i = 0; i < n_statuses; i++)
    {
      g_autofree char *code_text = g_strndup (run.lines[i], 3);
      guint64 code;

      g_assert_true (g_ascii_string_to_unsigned (code_text, 10, 100, 599, &code, NULL));
      g_assert_cmpuint (code, >, previous_code);
      previous_code = code;
    }
}

/* A code that does not exist is refused before any window: the program
 * needs no display to say so. */
static void
test_unknown_code (void)
{
  const char *codes[] = { "999", "000", "299", "600" };

  for (guint i = 0; i < G_N_ELEMENTS (codes); i++)
    {
      g_auto(Run) run = { 0, };
      g_autofree char *expected = g_strdup_printf ("Unknown status code %s\n", codes[i]);

      run_app (&run, codes[i], NULL);

      g_assert_cmpint (run.exit_status, ==, 1);
      g_assert_cmpstr (run.out, ==, "");
      g_assert_cmpstr (run.err, ==, expected);
    }
}

static void
test_help (void)
{
  g_auto(Run) run = { 0, };

  run_app (&run, "--help", NULL);

  g_assert_cmpint (run.exit_status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_true (g_str_has_prefix (run.out, "Usage:\n  status-codes [OPTION…] [CODE | SEARCH…]\n"));
  g_assert_nonnull (strstr (run.out, "-p, --print"));
  g_assert_nonnull (strstr (run.out, "--version"));
  g_assert_nonnull (strstr (run.out, "status-codes --print not found"));
  g_assert_nonnull (strstr (run.out, "Unofficial codes are included"));
}

/* A search that is not text is refused, with or without --print, before
 * it reaches the search field. */
static void
test_not_utf8 (void)
{
  g_auto(Run) print = { 0, };
  g_auto(Run) open = { 0, };

  run_app (&print, "--print", "not", "\xff\xfe", NULL);
  run_app (&open, "4\xc3", NULL);

  g_assert_cmpint (print.exit_status, ==, 1);
  g_assert_cmpstr (print.out, ==, "");
  g_assert_cmpstr (print.err, ==, "The search is not valid UTF-8 text\n");
  g_assert_cmpint (open.exit_status, ==, 1);
  g_assert_cmpstr (open.out, ==, "");
  g_assert_cmpstr (open.err, ==, "The search is not valid UTF-8 text\n");
}

/* An unknown option is refused, --print or not, and nothing is printed. */
static void
test_unknown_option (void)
{
  g_auto(Run) run = { 0, };

  run_app (&run, "--print", "--no-such-option", "404", NULL);

  g_assert_cmpint (run.exit_status, !=, 0);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_true (g_str_has_prefix (run.err, "Unknown option --no-such-option"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli/print/code", test_print_code);
  g_test_add_func ("/cli/print/no-match", test_print_no_match);
  g_test_add_func ("/cli/print/order", test_print_order);
  g_test_add_func ("/cli/print/after-double-dash", test_print_after_double_dash);
  g_test_add_func ("/cli/print/not-found", test_print_not_found);
  g_test_add_func ("/cli/print/unofficial", test_print_unofficial);
  g_test_add_func ("/cli/print/cause", test_print_cause);
  g_test_add_func ("/cli/print/everything", test_print_everything);
  g_test_add_func ("/cli/print/pasted", test_print_pasted);
  g_test_add_func ("/cli/print/not-a-code", test_print_not_a_code);
  g_test_add_func ("/cli/unknown-code", test_unknown_code);
  g_test_add_func ("/cli/help", test_help);
  g_test_add_func ("/cli/unknown-option", test_unknown_option);
  g_test_add_func ("/cli/not-utf8", test_not_utf8);

  return g_test_run ();
}
