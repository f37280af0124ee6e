/* test-copy-format.c
 *
 * Copyright 2026 The Status Codes developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The copy formats, without a display: the table itself, and what each
 * format copies and says for statuses of the real data.
 */

#include "config.h"

#include "sc-copy-format.h"
#include "sc-status-loader.h"
#include "test-status-new.h"

#define STATUS_DATA_PATH RESOURCE_PREFIX "/status-codes.xml"

static ScStatus *
find_status (guint code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) statuses = sc_status_loader_load_resource (STATUS_DATA_PATH, NULL, &error);
  ScStatus *status;

  g_assert_no_error (error);
  status = sc_status_list_find (statuses, code, NULL);
  g_assert_nonnull (status);
  return status;
}

/* Checks the label, text and message of format @id for @status. */
static void
assert_format (ScStatus   *status,
               const char *id,
               const char *label,
               const char *text,
               const char *message)
{
  const ScCopyFormat *format = sc_copy_format_lookup (id);
  g_autofree char *shown_label = NULL;
  g_autofree char *copied = NULL;
  g_autofree char *said = NULL;

  g_assert_nonnull (format);
  g_assert_true (sc_copy_format_is_available (format, status));
  shown_label = sc_copy_format_dup_label (format, status);
  copied = sc_copy_format_dup_text (format, status);
  said = sc_copy_format_dup_message (format);
  g_assert_cmpstr (shown_label, ==, label);
  g_assert_cmpstr (copied, ==, text);
  g_assert_cmpstr (said, ==, message);
}

/* One entry per id, in the order of the menu's groups, and a constant
 * for each language, in the data's order. */
static void
test_copy_format_table (void)
{
  const ScCopyFormat *format;
  ScCopyGroup last_group = SC_COPY_GROUP_TEXT;
  guint n_constants = 0;
  guint i;

  for (i = 0; (format = sc_copy_format_get_nth (i)) != NULL; i++)
    {
      const char *id = sc_copy_format_get_id (format);

      g_assert_true (sc_copy_format_lookup (id) == format);
      g_assert_cmpint (sc_copy_format_get_group (format), >=, last_group);
      last_group = sc_copy_format_get_group (format);

      if (last_group == SC_COPY_GROUP_CONSTANT)
        {
          g_autofree char *expected = g_strconcat ("constant:", sc_language_get_id (n_constants), NULL);

          g_assert_cmpstr (id, ==, expected);
          n_constants++;
        }
    }

  g_assert_cmpuint (i, ==, 6 + SC_N_LANGUAGES);
  g_assert_cmpuint (n_constants, ==, SC_N_LANGUAGES);
  g_assert_cmpstr (sc_copy_format_get_id (sc_copy_format_get_nth (0)), ==, "description");
  g_assert_null (sc_copy_format_lookup ("constant:"));
  g_assert_null (sc_copy_format_lookup ("constant:cobol"));
  g_assert_null (sc_copy_format_lookup ("Code"));
}

/* 404 has every format; each copies its own text. */
static void
test_copy_format_every_format (void)
{
  g_autoptr(ScStatus) status = find_status (404);

  assert_format (status, "description", "Description", sc_status_get_description (status), "Description copied");
  assert_format (status, "code", "Code — 404", "404", "Code copied");
  assert_format (status, "code-phrase", "Code and Phrase — 404 Not Found", "404 Not Found", "Code and phrase copied");
  assert_format (status, "status-line", "Status Line — HTTP/1.1 404 Not Found", "HTTP/1.1 404 Not Found",
                 "Status line copied");
  assert_format (status, "spec-link", "Link to RFC 9110",
                 "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5", "Link copied");
  assert_format (status, "markdown-link", "Markdown Link",
                 "[404 Not Found](https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5)", "Markdown link copied");
  assert_format (status, "constant:python", "Python — HTTPStatus.NOT_FOUND", "HTTPStatus.NOT_FOUND",
                 "Python constant copied");
  assert_format (status, "constant:libsoup", "libsoup — SOUP_STATUS_NOT_FOUND", "SOUP_STATUS_NOT_FOUND",
                 "libsoup constant copied");

  for (guint i = 0; i < SC_N_LANGUAGES; i++)
    {
      g_autofree char *id = g_strconcat ("constant:", sc_language_get_id (i), NULL);
      g_autofree char *text = sc_copy_format_dup_text (sc_copy_format_lookup (id), status);

      g_assert_nonnull (text);
      g_assert_cmpstr (text, ==, sc_status_get_constant (status, i));
    }
}

/* An unofficial code has no document to link to and no constants: only
 * its texts, and nothing at all in the other formats. */
static void
test_copy_format_unofficial (void)
{
  g_autoptr(ScStatus) status = find_status (444);
  const ScCopyFormat *format;
  guint n_available = 0;

  g_assert_null (sc_status_get_spec_url (status));
  assert_format (status, "status-line", "Status Line — HTTP/1.1 444 No Response", "HTTP/1.1 444 No Response",
                 "Status line copied");

  for (guint i = 0; (format = sc_copy_format_get_nth (i)) != NULL; i++)
    {
      g_autofree char *label = sc_copy_format_dup_label (format, status);
      g_autofree char *text = sc_copy_format_dup_text (format, status);
      gboolean available = sc_copy_format_is_available (format, status);

      g_assert_cmpint (available, ==, sc_copy_format_get_group (format) == SC_COPY_GROUP_TEXT);
      g_assert_cmpint (label != NULL, ==, available);
      g_assert_cmpint (text != NULL, ==, available);
      n_available += available;
    }
  g_assert_cmpuint (n_available, ==, 4);
}

/* A registered code that no library names: links, but no constants. */
static void
test_copy_format_no_constants (void)
{
  g_autoptr(ScStatus) status = find_status (104);

  g_assert_true (sc_copy_format_is_available (sc_copy_format_lookup ("markdown-link"), status));
  for (guint i = 0; i < SC_N_LANGUAGES; i++)
    {
      g_autofree char *id = g_strconcat ("constant:", sc_language_get_id (i), NULL);

      g_assert_false (sc_copy_format_is_available (sc_copy_format_lookup (id), status));
    }
}

/* Brackets and backslashes in a phrase do not end the Markdown link
 * text early. */
static void
test_copy_format_markdown_escapes (void)
{
  g_autoptr(ScStatus) status = test_status_new (299, "Odd [Phrase] \\ Here", NULL);

  status->spec_document = g_strdup ("RFC 0");
  status->spec_url = g_strdup ("https://example.com/");

  assert_format (status, "markdown-link", "Markdown Link",
                 "[299 Odd \\[Phrase\\] \\\\ Here](https://example.com/)", "Markdown link copied");
  assert_format (status, "spec-link", "Link to RFC 0", "https://example.com/", "Link copied");
}

/* A platform's causes as text: a heading, then each cause with what to
 * check and its source; nothing for a platform without causes. */
static void
test_copy_causes (void)
{
  g_autoptr(ScStatus) status = test_status_new (413, "Content Too Large", NULL);
  const char * const checks[] = { "client_max_body_size", "client_body_buffer_size", NULL };
  ScCause causes[] = {
    { SC_PLATFORM_NGINX, g_strdup ("Too large."), g_strdup ("https://nginx.org/a"),
      (const char * const *)g_strdupv ((GStrv)checks) },
    { SC_PLATFORM_NGINX, g_strdup ("Second."), g_strdup ("https://nginx.org/b"),
      (const char * const *)g_strdupv ((GStrv)(const char * const []) { "x", NULL }) },
    { SC_PLATFORM_AWS, g_strdup ("Lambda."), g_strdup ("https://docs.aws.amazon.com/"),
      (const char * const *)g_strdupv ((GStrv)(const char * const []) { "HTTPCode_ELB_4XX_Count", NULL }) },
  };
  g_autofree char *nginx = NULL;
  g_autofree char *aws = NULL;
  g_autofree char *message = NULL;

  g_array_append_vals (status->causes, causes, G_N_ELEMENTS (causes));

  nginx = sc_copy_causes_dup_text (status, SC_PLATFORM_NGINX);
  g_assert_cmpstr (nginx, ==,
                   "413 Content Too Large — common causes on nginx\n"
                   "\n- Too large.\n  Check: client_max_body_size, client_body_buffer_size\n  Source: https://nginx.org/a\n"
                   "\n- Second.\n  Check: x\n  Source: https://nginx.org/b\n");
  aws = sc_copy_causes_dup_text (status, SC_PLATFORM_AWS);
  g_assert_cmpstr (aws, ==,
                   "413 Content Too Large — common causes on AWS\n"
                   "\n- Lambda.\n  Check: HTTPCode_ELB_4XX_Count\n  Source: https://docs.aws.amazon.com/\n");
  g_assert_null (sc_copy_causes_dup_text (status, SC_PLATFORM_CLOUDFLARE));

  message = sc_copy_causes_dup_message (SC_PLATFORM_IIS);
  g_assert_cmpstr (message, ==, "Causes on IIS / ASP.NET Core copied");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/copy-format/table", test_copy_format_table);
  g_test_add_func ("/copy-format/every-format", test_copy_format_every_format);
  g_test_add_func ("/copy-format/unofficial", test_copy_format_unofficial);
  g_test_add_func ("/copy-format/no-constants", test_copy_format_no_constants);
  g_test_add_func ("/copy-format/markdown-escapes", test_copy_format_markdown_escapes);
  g_test_add_func ("/copy-format/causes", test_copy_causes);

  return g_test_run ();
}
