/* test-status.c
 *
 * Copyright 2026 The Status Codes developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sc-enums.h"
#include "sc-status.h"

static ScStatus *
new_status (guint        code,
            const char  *phrase,
            const char * const *former_names)
{
  return g_object_new (SC_TYPE_STATUS,
                       "code", code,
                       "phrase", phrase,
                       "summary", "A Summary.",
                       "description", "Some DESCRIPTION text.",
                       "former-names", former_names,
                       NULL);
}

static void
test_status_properties (void)
{
  const char * const former_names[] = { "Payload Too Large", "Request Entity Too Large", NULL };
  const guint16 related[] = { 431, 414 };
  g_autoptr(ScStatus) status = NULL;
  g_autofree char *phrase = NULL;
  g_auto(GStrv) headers = NULL;
  ScResponseClass response_class;
  ScRegistryStatus registry_status;
  const guint16 *codes;
  gsize n_codes;

  status = g_object_new (SC_TYPE_STATUS,
                         "code", 413,
                         "phrase", "Content Too Large",
                         "summary", "Too big.",
                         "description", "The content is larger than the server will take.",
                         "spec-document", "RFC 9110",
                         "spec-section", "15.5.14",
                         "spec-url", "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.14",
                         "registry-status", SC_REGISTRY_STATUS_STANDARD,
                         "headers", (const char * const []) { "Retry-After", NULL },
                         "former-names", former_names,
                         "related-codes", g_variant_new_fixed_array (G_VARIANT_TYPE_UINT16, related, 2, sizeof (guint16)),
                         NULL);

  g_assert_cmpuint (sc_status_get_code (status), ==, 413);
  g_assert_cmpstr (sc_status_get_code_string (status), ==, "413");
  g_assert_cmpstr (sc_status_get_phrase (status), ==, "Content Too Large");
  g_assert_cmpint (sc_status_get_response_class (status), ==, SC_RESPONSE_CLASS_CLIENT_ERROR);
  g_assert_cmpstr (sc_status_get_summary (status), ==, "Too big.");
  g_assert_cmpstr (sc_status_get_description (status), ==, "The content is larger than the server will take.");
  g_assert_cmpstr (sc_status_get_spec_document (status), ==, "RFC 9110");
  g_assert_cmpstr (sc_status_get_spec_section (status), ==, "15.5.14");
  g_assert_cmpstr (sc_status_get_spec_url (status), ==, "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.14");
  g_assert_cmpstrv (sc_status_get_headers (status), ((const char * const []) { "Retry-After", NULL }));
  g_assert_cmpstrv (sc_status_get_former_names (status), former_names);

  codes = sc_status_get_related_codes (status, &n_codes);
  g_assert_cmpmem (codes, n_codes * sizeof (guint16), related, sizeof related);

  /* The same values through GObject properties, as bindings read them. */
  g_object_get (status,
                "phrase", &phrase,
                "response-class", &response_class,
                "registry-status", &registry_status,
                "headers", &headers,
                NULL);
  g_assert_cmpstr (phrase, ==, "Content Too Large");
  g_assert_cmpint (response_class, ==, SC_RESPONSE_CLASS_CLIENT_ERROR);
  g_assert_cmpint (registry_status, ==, SC_REGISTRY_STATUS_STANDARD);
  g_assert_cmpstrv (headers, ((const char * const []) { "Retry-After", NULL }));

  g_assert_finalize_object (g_steal_pointer (&status));
}

static void
test_status_defaults (void)
{
  g_autoptr(ScStatus) status = new_status (204, "No Content", NULL);
  gsize n_codes = 99;

  g_assert_cmpint (sc_status_get_registry_status (status), ==, SC_REGISTRY_STATUS_STANDARD);
  g_assert_null (sc_status_get_spec_url (status));
  g_assert_nonnull (sc_status_get_headers (status));
  g_assert_cmpuint (g_strv_length ((GStrv)sc_status_get_headers (status)), ==, 0);
  g_assert_nonnull (sc_status_get_former_names (status));
  g_assert_cmpuint (g_strv_length ((GStrv)sc_status_get_former_names (status)), ==, 0);
  g_assert_null (sc_status_get_related_codes (status, &n_codes));
  g_assert_cmpuint (n_codes, ==, 0);

  g_assert_finalize_object (g_steal_pointer (&status));
}

static void
test_status_response_class (void)
{
  const struct {
    guint code;
    ScResponseClass response_class;
    const char *name;
  } cases[] = {
    { 100, SC_RESPONSE_CLASS_INFORMATIONAL, "Informational" },
    { 226, SC_RESPONSE_CLASS_SUCCESSFUL, "Successful" },
    { 308, SC_RESPONSE_CLASS_REDIRECTION, "Redirection" },
    { 451, SC_RESPONSE_CLASS_CLIENT_ERROR, "Client Error" },
    { 599, SC_RESPONSE_CLASS_SERVER_ERROR, "Server Error" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_assert_cmpint (sc_response_class_from_code (cases[i].code), ==, cases[i].response_class);
      g_assert_cmpstr (sc_response_class_to_string (cases[i].response_class), ==, cases[i].name);
    }
}

static void
test_status_code_string_is_padded (void)
{
  g_autoptr(ScStatus) status = new_status (100, "Continue", NULL);

  g_assert_cmpstr (sc_status_get_code_string (status), ==, "100");
}

static void
test_status_search_keys (void)
{
  const char * const former_names[] = { "Moved Temporarily", NULL };
  g_autoptr(ScStatus) status = new_status (302, "Found", former_names);

  /* Casefolded once, former names with the phrase. */
  g_assert_cmpstr (sc_status_get_search_key (status, SC_SEARCH_FIELD_PHRASE), ==, "found\nmoved temporarily");
  g_assert_cmpstr (sc_status_get_search_key (status, SC_SEARCH_FIELD_SUMMARY), ==, "a summary.");
  g_assert_cmpstr (sc_status_get_search_key (status, SC_SEARCH_FIELD_DESCRIPTION), ==, "some description text.");
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

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/status/properties", test_status_properties);
  g_test_add_func ("/status/defaults", test_status_defaults);
  g_test_add_func ("/status/response-class", test_status_response_class);
  g_test_add_func ("/status/code-string", test_status_code_string_is_padded);
  g_test_add_func ("/status/search-keys", test_status_search_keys);
  g_test_add_func ("/status/search-key-folding", test_search_key_folding);

  return g_test_run ();
}
