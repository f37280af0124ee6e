/* test-loader.c
 *
 * Copyright 2026 The Status Codes developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "sc-status.h"
#include "sc-status-loader.h"

#define STATUS_DATA_PATH RESOURCE_PREFIX "/status-codes.xml"

static GListModel *
load_string (const char  *xml,
             GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (xml, strlen (xml));

  return sc_status_loader_load_bytes (bytes, NULL, error);
}

/* Counts the statuses in the source data file by reading it as text,
 * independently of the loader. */
static guint
count_statuses_in_source (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "status-codes.xml", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  guint count = 0;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);

  for (const char *p = contents; (p = strstr (p, "<status code=\"")) != NULL; p++)
    if (g_ascii_isdigit (p[strlen ("<status code=\"")]))
      count++;

  return count;
}

static void
test_loader_resource (void)
{
  g_autoptr(GListModel) statuses = NULL;
  g_autoptr(GError) error = NULL;
  guint n_items;
  guint previous_code = 0;

  statuses = sc_status_loader_load_resource (STATUS_DATA_PATH, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (statuses);
  g_assert_true (g_list_model_get_item_type (statuses) == SC_TYPE_STATUS);

  n_items = g_list_model_get_n_items (statuses);
  g_assert_cmpuint (n_items, ==, count_statuses_in_source ());
  g_assert_cmpuint (n_items, >=, 62);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(ScStatus) status = g_list_model_get_item (statuses, i);
      guint code = sc_status_get_code (status);

      /* Sorted, hence no duplicates. */
      g_assert_cmpuint (code, >, previous_code);
      previous_code = code;

      g_assert_cmpuint (code, >=, 100);
      g_assert_cmpuint (code, <=, 599);
      g_assert_cmpint (sc_status_get_response_class (status), ==, code / 100);
      g_assert_cmpuint (strlen (sc_status_get_phrase (status)), >, 0);
      g_assert_cmpuint (strlen (sc_status_get_summary (status)), >, 0);
      g_assert_cmpuint (strlen (sc_status_get_description (status)), >, strlen (sc_status_get_summary (status)));
      /* White space collapsed as xgettext collapses it. */
      g_assert_null (strstr (sc_status_get_description (status), "  "));
      g_assert_null (strchr (sc_status_get_description (status), '\n'));
      if (sc_status_get_spec_url (status) != NULL)
        g_assert_true (g_str_has_prefix (sc_status_get_spec_url (status), "https://"));
    }
}

static void
test_loader_every_field (void)
{
  const char *xml =
    "<statuses registry-updated='2025-09-15' registry-checked='2026-11-26'>\n"
    "  <status code='413' facts='retryable  cacheable'>\n"
    "    <phrase>Content Too Large</phrase>\n"
    "    <summary>  The content\n     is too   large.  </summary>\n"
    "    <description>Longer text &amp; more.</description>\n"
    "    <spec document='RFC 9110' section='15.5.14' url='https://www.rfc-editor.org/rfc/rfc9110#section-15.5.14'/>\n"
    "    <header>Retry-After</header>\n"
    "    <related code='431'/>\n"
    "    <related code='414'/>\n"
    "    <former-name>Payload Too Large</former-name>\n"
    "    <former-name>Request Entity Too Large</former-name>\n"
    "    <constant language='python'>HTTPStatus.REQUEST_ENTITY_TOO_LARGE</constant>\n"
    "    <constant language='libsoup'>\n      SOUP_STATUS_REQUEST_ENTITY_TOO_LARGE </constant>\n"
    "    <constant language='java'>HttpURLConnection.HTTP_ENTITY_TOO_LARGE</constant>\n"
    "    <cause platform='nginx' url='https://nginx.org/en/docs/http/ngx_http_core_module.html#client_max_body_size'>\n"
    "      <text>The body is   larger\n than allowed.</text>\n"
    "      <check> client_max_body_size </check>\n"
    "      <check>client intended to send too large body</check>\n"
    "    </cause>\n"
    "    <cause platform='nginx' url='https://nginx.org/b'><text>Second.</text><check>b</check></cause>\n"
    "    <cause platform='browser' url='https://fetch.spec.whatwg.org/'><text>Third &amp; last.</text><check>ERR_X</check></cause>\n"
    "  </status>\n"
    "  <status code='431' registry='standard'><phrase>Request Header Fields Too Large</phrase>"
    "<summary>s</summary><description>d</description></status>\n"
    "  <status code='414'><phrase>URI Too Long</phrase><summary>s</summary><description>d</description></status>\n"
    "  <status code='306' registry='unused'><phrase>(Unused)</phrase><summary>s</summary><description>d</description></status>\n"
    "  <status code='444' registry='unofficial'><phrase>No Response</phrase><summary>s</summary><description>d</description>\n"
    "    <origin>nginx</origin></status>\n"
    "</statuses>\n";
  const char * const former_names[] = { "Payload Too Large", "Request Entity Too Large", NULL };
  const guint16 related[] = { 431, 414 };
  const char * const checks[] = { "client_max_body_size", "client intended to send too large body", NULL };
  g_autoptr(GListModel) statuses = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ScStatus) status = NULL;
  g_autoptr(GBytes) bytes = g_bytes_new_static (xml, strlen (xml));
  ScRegistryDates dates;
  const guint16 *codes;
  gsize n_codes;
  const ScCause *causes;
  gsize n_causes;

  statuses = sc_status_loader_load_bytes (bytes, &dates, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (statuses), ==, 5);
  g_assert_true (g_date_valid (&dates.updated));
  g_assert_cmpuint (g_date_get_year (&dates.updated), ==, 2025);
  g_assert_cmpuint (g_date_get_month (&dates.updated), ==, 9);
  g_assert_cmpuint (g_date_get_day (&dates.updated), ==, 15);
  g_assert_true (g_date_valid (&dates.checked));
  g_assert_cmpuint (g_date_get_julian (&dates.checked) - g_date_get_julian (&dates.updated), ==, 437);

  /* Sorted by code, whatever the order in the data. */
  for (guint i = 0; i < 5; i++)
    {
      g_autoptr(ScStatus) item = g_list_model_get_item (statuses, i);
      const guint expected[] = { 306, 413, 414, 431, 444 };

      g_assert_cmpuint (sc_status_get_code (item), ==, expected[i]);
    }

  status = g_list_model_get_item (statuses, 1);
  g_assert_cmpuint (sc_status_get_code (status), ==, 413);
  g_assert_cmpstr (sc_status_get_phrase (status), ==, "Content Too Large");
  g_assert_cmpstr (sc_status_get_summary (status), ==, "The content is too large.");
  g_assert_cmpstr (sc_status_get_description (status), ==, "Longer text & more.");
  g_assert_cmpstr (sc_status_get_spec_document (status), ==, "RFC 9110");
  g_assert_cmpstr (sc_status_get_spec_section (status), ==, "15.5.14");
  g_assert_cmpstr (sc_status_get_spec_url (status), ==, "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.14");
  g_assert_cmpint (sc_status_get_registry_status (status), ==, SC_REGISTRY_STATUS_STANDARD);
  g_assert_true (sc_status_is_official (status));
  g_assert_null (sc_status_get_origin (status));
  g_assert_cmpuint (sc_status_get_facts (status), ==, SC_STATUS_FACT_RETRYABLE | SC_STATUS_FACT_CACHEABLE);
  g_assert_cmpstrv (sc_status_get_headers (status), ((const char * const []) { "Retry-After", NULL }));
  g_assert_cmpstrv (sc_status_get_former_names (status), former_names);
  codes = sc_status_get_related_codes (status, &n_codes);
  g_assert_cmpmem (codes, n_codes * sizeof (guint16), related, sizeof related);
  g_assert_cmpstr (sc_status_get_constant (status, SC_LANGUAGE_PYTHON), ==, "HTTPStatus.REQUEST_ENTITY_TOO_LARGE");
  g_assert_cmpstr (sc_status_get_constant (status, SC_LANGUAGE_LIBSOUP), ==, "SOUP_STATUS_REQUEST_ENTITY_TOO_LARGE");
  g_assert_cmpstr (sc_status_get_constant (status, SC_LANGUAGE_JAVA), ==, "HttpURLConnection.HTTP_ENTITY_TOO_LARGE");
  g_assert_null (sc_status_get_constant (status, SC_LANGUAGE_GO));
  g_assert_null (sc_status_get_constant (status, SC_LANGUAGE_RUST));
  g_assert_null (sc_status_get_constant (status, SC_LANGUAGE_DOTNET));
  /* The causes in their order, texts collapsed, checks trimmed. */
  causes = sc_status_get_causes (status, &n_causes);
  g_assert_cmpuint (n_causes, ==, 3);
  g_assert_cmpint (causes[0].platform, ==, SC_PLATFORM_NGINX);
  g_assert_cmpstr (causes[0].url, ==, "https://nginx.org/en/docs/http/ngx_http_core_module.html#client_max_body_size");
  g_assert_cmpstr (causes[0].text, ==, "The body is larger than allowed.");
  g_assert_cmpstrv (causes[0].checks, checks);
  g_assert_cmpint (causes[1].platform, ==, SC_PLATFORM_NGINX);
  g_assert_cmpstr (causes[1].text, ==, "Second.");
  g_assert_cmpstrv (causes[1].checks, ((const char * const []) { "b", NULL }));
  g_assert_cmpint (causes[2].platform, ==, SC_PLATFORM_BROWSER);
  g_assert_cmpstr (causes[2].url, ==, "https://fetch.spec.whatwg.org/");
  g_assert_cmpstr (causes[2].text, ==, "Third & last.");
  g_clear_object (&status);

  /* A status without causes has none. */
  status = g_list_model_get_item (statuses, 2);
  g_assert_null (sc_status_get_causes (status, &n_causes));
  g_assert_cmpuint (n_causes, ==, 0);
  g_clear_object (&status);

  status = g_list_model_get_item (statuses, 0);
  g_assert_cmpint (sc_status_get_registry_status (status), ==, SC_REGISTRY_STATUS_UNUSED);
  g_assert_cmpuint (sc_status_get_facts (status), ==, SC_STATUS_FACT_NONE);
  g_clear_object (&status);

  status = g_list_model_get_item (statuses, 4);
  g_assert_cmpint (sc_status_get_registry_status (status), ==, SC_REGISTRY_STATUS_UNOFFICIAL);
  g_assert_false (sc_status_is_official (status));
  g_assert_cmpstr (sc_status_get_origin (status), ==, "nginx");
  for (guint i = 0; i < SC_N_LANGUAGES; i++)
    g_assert_null (sc_status_get_constant (status, i));
  g_clear_object (&status);

  /* Nothing else holds on to the statuses. */
  g_assert_finalize_object (g_steal_pointer (&statuses));
}

typedef struct
{
  const char *name;
  const char *xml;
  GQuark (*domain) (void);
  int code;
  /* Both must be in the message: where, and what. */
  const char *where;
  const char *what;
} MalformedCase;

#define VALID_FIELDS "<phrase>OK</phrase><summary>s</summary><description>d</description>"

static const MalformedCase malformed_cases[] = {
  { "empty", "",
    g_markup_error_quark, G_MARKUP_ERROR_EMPTY, "", "empty" },
  { "not-xml", "this is not XML",
    g_markup_error_quark, G_MARKUP_ERROR_PARSE, "line 1", "" },
  { "truncated", "<statuses>\n  <status code='200'>\n    <phrase>OK</phr",
    g_markup_error_quark, G_MARKUP_ERROR_PARSE, "line 3", "" },
  { "mismatched-tag", "<statuses>\n<status code='200'>" VALID_FIELDS "</statuses>",
    g_markup_error_quark, G_MARKUP_ERROR_PARSE, "line 2", "status" },
  { "no-status", "<statuses>\n</statuses>",
    sc_status_loader_error_quark, SC_STATUS_LOADER_ERROR_EMPTY, "", "no status" },
  { "wrong-root", "<codes/>",
    sc_status_loader_error_quark, SC_STATUS_LOADER_ERROR_UNKNOWN_ELEMENT, "line 1", "<codes>" },
  { "unknown-element", "<statuses>\n<status code='200'>" VALID_FIELDS "\n<colour>red</colour></status></statuses>",
    sc_status_loader_error_quark, SC_STATUS_LOADER_ERROR_UNKNOWN_ELEMENT, "line 3", "<colour>" },
  { "nested-status", "<statuses><status code='200'><status code='201'/></status></statuses>",
    sc_status_loader_error_quark, SC_STATUS_LOADER_ERROR_UNKNOWN_ELEMENT, "line 1", "<status> is not allowed in <status>" },
  { "unknown-attribute", "<statuses>\n<status code='200' colour='red'>" VALID_FIELDS "</status></statuses>",
    g_markup_error_quark, G_MARKUP_ERROR_UNKNOWN_ATTRIBUTE, "line 2", "colour" },
  { "missing-code", "<statuses>\n<status>" VALID_FIELDS "</status></statuses>",
    g_markup_error_quark, G_MARKUP_ERROR_MISSING_ATTRIBUTE, "line 2", "code" },
  { "missing-phrase", "<statuses>\n<status code='200'>\n<summary>s</summary><description>d</description>\n</status></statuses>",
    sc_status_loader_error_quark, SC_STATUS_LOADER_ERROR_MISSING_FIELD, "line 4", "status 200 has no <phrase>" },
  { "missing-summary", "<statuses>\n<status code='200'><phrase>OK</phrase><description>d</description></status></statuses>",
    sc_status_loader_error_quark, SC_STATUS_LOADER_ERROR_MISSING_FIELD, "line 2", "status 200 has no <summary>" },
  { "missing-description", "<statuses>\n\n<status code='200'><phrase>OK</phrase><summary>s</summary></status></statuses>",
    sc_status_loader_error_quark, SC_STATUS_LOADER_ERROR_MISSING_FIELD, "line 3", "status 200 has no <description>" },
  { "empty-text", "<statuses>\n<status code='200'><phrase>OK</phrase><summary>  \n </summary><description>d</description></status></statuses>",
    sc_status_loader_error_quark, SC_STATUS_LOADER_ERROR_INVALID_VALUE, "line 3", "empty <summary>" },
  { "two-phrases", "<statuses>\n<status code='200'><phrase>OK</phrase>" VALID_FIELDS "</status></statuses>",
    sc_status_loader_error_quark, SC_STATUS_LOADER_ERROR_INVALID_VALUE, "line 2", "more than one <phrase>" },
  { "non-numeric-code", "<statuses>\n<status code='abc'>" VALID_FIELDS "</status></statuses>",
    sc_status_loader_error_quark, SC_STATUS_LOADER_ERROR_INVALID_CODE, "line 2", "“abc” is not a status code" },
  { "code-too-low", "<statuses>\n<status code='099'>" VALID_FIELDS "</status></statuses>",
    sc_status_loader_error_quark, SC_STATUS_LOADER_ERROR_INVALID_CODE, "line 2", "“099”" },
  { "code-too-high", "<statuses>\n<status code='600'>" VALID_FIELDS "</status></statuses>",
    sc_status_loader_error_quark, SC_STATUS_LOADER_ERROR_INVALID_CODE, "line 2", "“600”" },
  { "code-too-long", "<statuses>\n<status code='4040'>" VALID_FIELDS "</status></statuses>",
    sc_status_loader_error_quark, SC_STATUS_LOADER_ERROR_INVALID_CODE, "line 2", "“4040”" },
  { "code-negative", "<statuses>\n<status code='-40'>" VALID_FIELDS "</status></statuses>",
    sc_status_loader_error_quark, SC_STATUS_LOADER_ERROR_INVALID_CODE, "line 2", "“-40”" },
  { "duplicate-code", "<statuses>\n<status code='200'>" VALID_FIELDS "</status>\n<status code='200'>" VALID_FIELDS "</status></statuses>",
    sc_status_loader_error_quark, SC_STATUS_LOADER_ERROR_DUPLICATE_CODE, "line 3", "status 200 is given twice, first on line 2" },
  { "bad-registry", "<statuses>\n<status code='200' registry='maybe'>" VALID_FIELDS "</status></statuses>",
    sc_status_loader_error_quark, SC_STATUS_LOADER_ERROR_INVALID_VALUE, "line 2", "“maybe” is not a registry status" },
  { "insecure-link", "<statuses>\n<status code='200'>" VALID_FIELDS "<spec document='RFC 9110' url='http://example.com'/></status></statuses>",
    sc_status_loader_error_quark, SC_STATUS_LOADER_ERROR_INVALID_VALUE, "line 2", "http://example.com" },
  { "two-specs", "<statuses>\n<status code='200'>" VALID_FIELDS "<spec document='A' url='https://a'/>\n<spec document='B' url='https://b'/></status></statuses>",
    sc_status_loader_error_quark, SC_STATUS_LOADER_ERROR_INVALID_VALUE, "line 3", "more than one <spec>" },
  { "unknown-related", "<statuses>\n<status code='200'>" VALID_FIELDS "\n\n<related code='201'/></status></statuses>",
    sc_status_loader_error_quark, SC_STATUS_LOADER_ERROR_UNKNOWN_CODE, "line 4", "there is no status 201" },
  { "self-related", "<statuses>\n<status code='200'>" VALID_FIELDS "<related code='200'/></status></statuses>",
    sc_status_loader_error_quark, SC_STATUS_LOADER_ERROR_INVALID_VALUE, "line 2", "names itself" },
  { "unknown-fact", "<statuses>\n<status code='200' facts='cacheable tasty'>" VALID_FIELDS "</status></statuses>",
    sc_status_loader_error_quark, SC_STATUS_LOADER_ERROR_INVALID_VALUE, "line 2", "“tasty” is not a fact" },
  { "unofficial-without-origin", "<statuses>\n<status code='444' registry='unofficial'>" VALID_FIELDS "\n</status></statuses>",
    sc_status_loader_error_quark, SC_STATUS_LOADER_ERROR_MISSING_FIELD, "line 3", "status 444 has no <origin>" },
  { "origin-on-registered", "<statuses>\n<status code='200'>" VALID_FIELDS "<origin>nginx</origin></status></statuses>",
    sc_status_loader_error_quark, SC_STATUS_LOADER_ERROR_INVALID_VALUE, "line 2", "has an <origin> but is not unofficial" },
  { "two-origins", "<statuses>\n<status code='444' registry='unofficial'>" VALID_FIELDS "<origin>a</origin>\n<origin>b</origin></status></statuses>",
    sc_status_loader_error_quark, SC_STATUS_LOADER_ERROR_INVALID_VALUE, "line 3", "more than one <origin>" },
  { "bad-date", "<statuses registry-checked='26/11/2026'><status code='200'>" VALID_FIELDS "</status></statuses>",
    sc_status_loader_error_quark, SC_STATUS_LOADER_ERROR_INVALID_VALUE, "line 1", "registry-checked=“26/11/2026” is not a date" },
  { "impossible-date", "<statuses registry-updated='2025-02-30'><status code='200'>" VALID_FIELDS "</status></statuses>",
    sc_status_loader_error_quark, SC_STATUS_LOADER_ERROR_INVALID_VALUE, "line 1", "registry-updated=“2025-02-30” is not a date" },
  { "two-roots", "<statuses><status code='200'>" VALID_FIELDS "</status></statuses>\n<statuses/>",
    sc_status_loader_error_quark, SC_STATUS_LOADER_ERROR_UNKNOWN_ELEMENT, "line 2", "<statuses> is not allowed after the top element <statuses>" },
  { "unknown-language", "<statuses>\n<status code='200'>" VALID_FIELDS "\n<constant language='cobol'>HTTP-OK</constant></status></statuses>",
    sc_status_loader_error_quark, SC_STATUS_LOADER_ERROR_INVALID_VALUE, "line 3", "status 200: “cobol” is not a language" },
  { "constant-without-language", "<statuses>\n<status code='200'>" VALID_FIELDS "\n<constant>HTTPStatus.OK</constant></status></statuses>",
    g_markup_error_quark, G_MARKUP_ERROR_MISSING_ATTRIBUTE, "line 3", "language" },
  { "two-constants-for-a-language", "<statuses>\n<status code='200'>" VALID_FIELDS "<constant language='go'>http.StatusOK</constant>\n"
    "<constant language='go'>http.StatusOK</constant></status></statuses>",
    sc_status_loader_error_quark, SC_STATUS_LOADER_ERROR_INVALID_VALUE, "line 3", "status 200 has more than one <constant> for go" },
  { "constants-out-of-order", "<statuses>\n<status code='200'>" VALID_FIELDS "<constant language='java'>HttpURLConnection.HTTP_OK</constant>\n"
    "<constant language='python'>HTTPStatus.OK</constant></status></statuses>",
    sc_status_loader_error_quark, SC_STATUS_LOADER_ERROR_INVALID_VALUE, "line 3", "the <constant> for python must come before the one for java" },
  { "constant-not-a-name", "<statuses>\n<status code='200'>" VALID_FIELDS "<constant language='python'>HTTPStatus.OK # 200</constant></status></statuses>",
    sc_status_loader_error_quark, SC_STATUS_LOADER_ERROR_INVALID_VALUE, "line 2", "“HTTPStatus.OK # 200” is not the name of a constant" },
  { "empty-constant", "<statuses>\n<status code='200'>" VALID_FIELDS "<constant language='python'> </constant></status></statuses>",
    sc_status_loader_error_quark, SC_STATUS_LOADER_ERROR_INVALID_VALUE, "line 2", "status 200 has an empty <constant>" },
  { "constant-before-former-name", "<statuses>\n<status code='200'>" VALID_FIELDS "<constant language='python'>HTTPStatus.OK</constant>\n"
    "<former-name>Okay</former-name></status></statuses>",
    sc_status_loader_error_quark, SC_STATUS_LOADER_ERROR_UNKNOWN_ELEMENT, "line 3", "<former-name> is not allowed after <constant>" },
  { "summary-before-phrase", "<statuses>\n<status code='200'><summary>s</summary>\n<phrase>OK</phrase><description>d</description></status></statuses>",
    sc_status_loader_error_quark, SC_STATUS_LOADER_ERROR_UNKNOWN_ELEMENT, "line 3", "<phrase> is not allowed after <summary>" },
 { "cause-unknown-platform", "<statuses>\n<status code='200'>" VALID_FIELDS "\n<cause platform='lighttpd' url='https://a'><text>t</text><check>c</check></cause></status></statuses>",
    sc_status_loader_error_quark, SC_STATUS_LOADER_ERROR_INVALID_VALUE, "line 3", "status 200: “lighttpd” is not a platform" },
  { "cause-insecure-link", "<statuses>\n<status code='200'>" VALID_FIELDS "\n<cause platform='nginx' url='http://nginx.org/'><text>t</text><check>c</check></cause></status></statuses>",
    sc_status_loader_error_quark, SC_STATUS_LOADER_ERROR_INVALID_VALUE, "line 3", "the source “http://nginx.org/” of a cause is not an https:// address" },
  { "cause-bare-scheme", "<statuses>\n<status code='200'>" VALID_FIELDS "\n<cause platform='nginx' url='https://'><text>t</text><check>c</check></cause></status></statuses>",
    sc_status_loader_error_quark, SC_STATUS_LOADER_ERROR_INVALID_VALUE, "line 3", "“https://”" },
  { "cause-without-source", "<statuses>\n<status code='200'>" VALID_FIELDS "\n<cause platform='nginx'><text>t</text><check>c</check></cause></status></statuses>",
    g_markup_error_quark, G_MARKUP_ERROR_MISSING_ATTRIBUTE, "line 3", "url" },
  { "cause-without-platform", "<statuses>\n<status code='200'>" VALID_FIELDS "\n<cause url='https://a'><text>t</text><check>c</check></cause></status></statuses>",
    g_markup_error_quark, G_MARKUP_ERROR_MISSING_ATTRIBUTE, "line 3", "platform" },
  { "cause-without-text", "<statuses>\n<status code='200'>" VALID_FIELDS "<cause platform='nginx' url='https://a'>\n<check>c</check>\n</cause></status></statuses>",
    sc_status_loader_error_quark, SC_STATUS_LOADER_ERROR_MISSING_FIELD, "line 4", "status 200 has a <cause> with no <text>" },
  { "cause-without-check", "<statuses>\n<status code='200'>" VALID_FIELDS "<cause platform='nginx' url='https://a'>\n<text>t</text></cause></status></statuses>",
    sc_status_loader_error_quark, SC_STATUS_LOADER_ERROR_MISSING_FIELD, "line 3", "status 200 has a <cause> with no <check>" },
  { "cause-two-texts", "<statuses>\n<status code='200'>" VALID_FIELDS "<cause platform='nginx' url='https://a'><text>t</text>\n<text>u</text><check>c</check></cause></status></statuses>",
    sc_status_loader_error_quark, SC_STATUS_LOADER_ERROR_INVALID_VALUE, "line 3", "status 200 has more than one <text>" },
  { "cause-text-after-check", "<statuses>\n<status code='200'>" VALID_FIELDS "<cause platform='nginx' url='https://a'><check>c</check>\n<text>t</text></cause></status></statuses>",
    sc_status_loader_error_quark, SC_STATUS_LOADER_ERROR_UNKNOWN_ELEMENT, "line 3", "<text> is not allowed after <check>" },
  { "cause-empty-text", "<statuses>\n<status code='200'>" VALID_FIELDS "<cause platform='nginx' url='https://a'><text>\n </text><check>c</check></cause></status></statuses>",
    sc_status_loader_error_quark, SC_STATUS_LOADER_ERROR_INVALID_VALUE, "line 3", "status 200 has an empty <text>" },
  { "cause-empty-check", "<statuses>\n<status code='200'>" VALID_FIELDS "<cause platform='nginx' url='https://a'><text>t</text>\n<check/></cause></status></statuses>",
    sc_status_loader_error_quark, SC_STATUS_LOADER_ERROR_INVALID_VALUE, "line 3", "status 200 has an empty <check>" },
  { "cause-unknown-child", "<statuses>\n<status code='200'>" VALID_FIELDS "<cause platform='nginx' url='https://a'><text>t</text>\n<fix>c</fix></cause></status></statuses>",
    sc_status_loader_error_quark, SC_STATUS_LOADER_ERROR_UNKNOWN_ELEMENT, "line 3", "<fix> is not allowed in <cause>" },
  { "cause-stray-text", "<statuses>\n<status code='200'>" VALID_FIELDS "<cause platform='nginx' url='https://a'><text>t</text><check>c</check>\noops</cause></status></statuses>",
    sc_status_loader_error_quark, SC_STATUS_LOADER_ERROR_INVALID_VALUE, "line 3", "text is not allowed in <cause>" },
  { "cause-nested-in-check", "<statuses>\n<status code='200'>" VALID_FIELDS "<cause platform='nginx' url='https://a'><text>t</text>\n<check><b>c</b></check></cause></status></statuses>",
    sc_status_loader_error_quark, SC_STATUS_LOADER_ERROR_UNKNOWN_ELEMENT, "line 3", "<b> is not allowed in <check>" },
  { "text-outside-cause", "<statuses>\n<status code='200'>" VALID_FIELDS "\n<text>t</text></status></statuses>",
    sc_status_loader_error_quark, SC_STATUS_LOADER_ERROR_UNKNOWN_ELEMENT, "line 3", "<text> is not allowed in <status>" },
  { "causes-out-of-order", "<statuses>\n<status code='200'>" VALID_FIELDS "<cause platform='aws' url='https://a'><text>t</text><check>c</check></cause>\n"
    "<cause platform='nginx' url='https://b'><text>t</text><check>c</check></cause></status></statuses>",
    sc_status_loader_error_quark, SC_STATUS_LOADER_ERROR_INVALID_VALUE, "line 3", "status 200: the causes for nginx must come before those for aws" },
  { "cause-before-constant", "<statuses>\n<status code='200'>" VALID_FIELDS "<cause platform='nginx' url='https://a'><text>t</text><check>c</check></cause>\n"
    "<constant language='python'>HTTPStatus.OK</constant></status></statuses>",
    sc_status_loader_error_quark, SC_STATUS_LOADER_ERROR_UNKNOWN_ELEMENT, "line 3", "<constant> is not allowed after <cause>" },
  { "stray-text", "<statuses>\n<status code='200'>" VALID_FIELDS "oops</status></statuses>",
    sc_status_loader_error_quark, SC_STATUS_LOADER_ERROR_INVALID_VALUE, "line 2", "text is not allowed in <status>" },
};

static void
test_loader_malformed (gconstpointer data)
{
  const MalformedCase *test_case = data;
  g_autoptr(GListModel) statuses = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *where = g_strdup_printf ("on %s char", test_case->where);

  statuses = load_string (test_case->xml, &error);

  g_assert_null (statuses);
  g_assert_error (error, test_case->domain (), test_case->code);
  g_test_message ("%s: %s", test_case->name, error->message);
  if (test_case->where[0] != '\0')
    g_assert_nonnull (strstr (error->message, where));
  g_assert_nonnull (strstr (error->message, test_case->what));
}

static void
test_loader_missing_resource (void)
{
  g_autoptr(GListModel) statuses = NULL;
  g_autoptr(GError) error = NULL;

  statuses = sc_status_loader_load_resource (RESOURCE_PREFIX "/no-such-file.xml", NULL, &error);

  g_assert_null (statuses);
  g_assert_error (error, G_RESOURCE_ERROR, G_RESOURCE_ERROR_NOT_FOUND);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/loader/resource", test_loader_resource);
  g_test_add_func ("/loader/every-field", test_loader_every_field);
  g_test_add_func ("/loader/missing-resource", test_loader_missing_resource);

  for (guint i = 0; i < G_N_ELEMENTS (malformed_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/loader/malformed/%s", malformed_cases[i].name);

      g_test_add_data_func (path, &malformed_cases[i], test_loader_malformed);
    }

  return g_test_run ();
}
