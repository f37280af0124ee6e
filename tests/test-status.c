/* test-status.c
 *
 * Copyright 2026 The Status Codes developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "sc-enums.h"
#include "sc-status.h"
#include "sc-status-loader.h"
#include "test-status-new.h"

/* A status as the loader builds it, read through its getters and through
 * the properties that views bind. */
static void
test_status_properties (void)
{
  static const char data[] =
    "<statuses>"
    "  <status code='413' facts='retryable'>"
    "    <phrase>Content Too Large</phrase>"
    "    <summary>Too big.</summary>"
    "    <description>The content is larger than the server will take.</description>"
    "    <spec document='RFC 9110' section='15.5.14' url='https://www.rfc-editor.org/rfc/rfc9110#section-15.5.14'/>"
    "    <header>Retry-After</header>"
    "    <related code='431'/><related code='414'/>"
    "    <former-name>Payload Too Large</former-name>"
    "    <former-name>Request Entity Too Large</former-name>"
    "    <constant language='python'>HTTPStatus.REQUEST_ENTITY_TOO_LARGE</constant>"
    "  </status>"
    "  <status code='414'><phrase>URI Too Long</phrase><summary>S.</summary><description>D.</description></status>"
    "  <status code='431'><phrase>Request Header Fields Too Large</phrase><summary>S.</summary><description>D.</description></status>"
    "</statuses>";
  const char * const former_names[] = { "Payload Too Large", "Request Entity Too Large", NULL };
  const guint16 related[] = { 431, 414 };
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, sizeof data - 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) statuses = sc_status_loader_load_bytes (bytes, NULL, &error);
  g_autoptr(ScStatus) status = NULL;
  g_autofree char *phrase = NULL;
  g_auto(GStrv) names = NULL;
  ScResponseClass response_class;
  ScRegistryStatus registry_status;
  const guint16 *codes;
  gsize n_codes;

  g_assert_no_error (error);
  status = g_list_model_get_item (statuses, 0);
  g_clear_object (&statuses);

  g_assert_cmpuint (sc_status_get_code (status), ==, 413);
  g_assert_cmpstr (sc_status_get_code_string (status), ==, "413");
  g_assert_cmpstr (sc_status_get_phrase (status), ==, "Content Too Large");
  g_assert_cmpint (sc_status_get_response_class (status), ==, SC_RESPONSE_CLASS_CLIENT_ERROR);
  g_assert_cmpstr (sc_status_get_summary (status), ==, "Too big.");
  g_assert_cmpstr (sc_status_get_description (status), ==, "The content is larger than the server will take.");
  g_assert_cmpstr (sc_status_get_spec_document (status), ==, "RFC 9110");
  g_assert_cmpstr (sc_status_get_spec_section (status), ==, "15.5.14");
  g_assert_cmpstr (sc_status_get_spec_url (status), ==, "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.14");
  g_assert_cmpint (sc_status_get_facts (status), ==, SC_STATUS_FACT_RETRYABLE);
  g_assert_cmpstrv (sc_status_get_headers (status), ((const char * const []) { "Retry-After", NULL }));
  g_assert_cmpstrv (sc_status_get_former_names (status), former_names);
  g_assert_cmpstr (sc_status_get_constant (status, SC_LANGUAGE_PYTHON), ==, "HTTPStatus.REQUEST_ENTITY_TOO_LARGE");
  g_assert_null (sc_status_get_constant (status, SC_LANGUAGE_GO));

  codes = sc_status_get_related_codes (status, &n_codes);
  g_assert_cmpmem (codes, n_codes * sizeof (guint16), related, sizeof related);

  /* The same values through GObject properties, as bindings read them. */
  g_object_get (status,
                "phrase", &phrase,
                "response-class", &response_class,
                "registry-status", &registry_status,
                "former-names", &names,
                NULL);
  g_assert_cmpstr (phrase, ==, "Content Too Large");
  g_assert_cmpint (response_class, ==, SC_RESPONSE_CLASS_CLIENT_ERROR);
  g_assert_cmpint (registry_status, ==, SC_REGISTRY_STATUS_STANDARD);
  g_assert_cmpstrv (names, former_names);

  g_assert_finalize_object (g_steal_pointer (&status));
}

static void
test_status_defaults (void)
{
  g_autoptr(ScStatus) status = test_status_new (204, "No Content", NULL);
  gsize n_codes = 99;

  g_assert_cmpint (sc_status_get_registry_status (status), ==, SC_REGISTRY_STATUS_STANDARD);
  g_assert_null (sc_status_get_spec_url (status));
  g_assert_nonnull (sc_status_get_headers (status));
  g_assert_cmpuint (g_strv_length ((GStrv)sc_status_get_headers (status)), ==, 0);
  g_assert_nonnull (sc_status_get_former_names (status));
  g_assert_cmpuint (g_strv_length ((GStrv)sc_status_get_former_names (status)), ==, 0);
  g_assert_null (sc_status_get_related_codes (status, &n_codes));
  g_assert_cmpuint (n_codes, ==, 0);
  n_codes = 99;
  g_assert_null (sc_status_get_causes (status, &n_codes));
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
  g_autoptr(ScStatus) status = test_status_new (100, "Continue", NULL);
  g_autofree char *code_phrase = sc_status_dup_code_phrase (status);

  g_assert_cmpstr (sc_status_get_code_string (status), ==, "100");
  g_assert_cmpstr (code_phrase, ==, "100 Continue");
}

/* The title is the phrase in the user's language: the phrase itself where
 * there is no translation, else shown beside it and searched with it. */
static void
test_status_title (void)
{
  g_autoptr(ScStatus) untranslated = test_status_new (404, "Not Found", NULL);
  g_autoptr(ScStatus) translated = test_status_new (404, "Not Found", NULL);
  g_autofree char *title = NULL;

  translated->title = g_strdup ("未找到");

  g_assert_cmpstr (sc_status_get_title (untranslated), ==, "Not Found");
  g_assert_false (sc_status_has_own_title (untranslated));

  g_object_get (translated, "title", &title, NULL);
  g_assert_cmpstr (title, ==, "未找到");
  g_assert_cmpstr (sc_status_get_phrase (translated), ==, "Not Found");
  g_assert_true (sc_status_has_own_title (translated));
}

static void
test_status_list_find (void)
{
  g_autoptr(GListModel) statuses = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ScStatus) status = NULL;
  g_autoptr(ScStatus) item = NULL;
  guint position = G_MAXUINT;

  statuses = sc_status_loader_load_resource (RESOURCE_PREFIX "/status-codes.xml", NULL, &error);
  g_assert_no_error (error);

  status = sc_status_list_find (statuses, 404, &position);
  g_assert_nonnull (status);
  g_assert_cmpuint (sc_status_get_code (status), ==, 404);
  item = g_list_model_get_item (statuses, position);
  g_assert_true (item == status);

  position = 7;
  g_assert_null (sc_status_list_find (statuses, 299, &position));
  g_assert_cmpuint (position, ==, 7);
  g_assert_null (sc_status_list_find (statuses, 100000, NULL));
}

/* Each registry status has a badge and a sentence. A registered code is
 * not called standard, since Experimental RFCs define some; and 305's
 * deprecation is said to be its specification's, not the registry's. */
static void
test_status_registry_strings (void)
{
  g_autoptr(GEnumClass) enum_class = g_type_class_ref (SC_TYPE_REGISTRY_STATUS);

  for (guint i = 0; i < enum_class->n_values; i++)
    {
      ScRegistryStatus registry_status = enum_class->values[i].value;

      g_assert_cmpstr (sc_registry_status_to_string (registry_status), !=, "");
      g_assert_cmpstr (sc_registry_status_describe (registry_status), !=, "");
    }

  g_assert_cmpstr (sc_registry_status_to_string (SC_REGISTRY_STATUS_STANDARD), ==, "Registered");
  g_assert_cmpstr (sc_registry_status_to_string (SC_REGISTRY_STATUS_DEPRECATED), ==, "Deprecated");
  g_assert_cmpstr (sc_registry_status_describe (SC_REGISTRY_STATUS_DEPRECATED), ==,
                   "Registered; deprecated by its specification, not by the registry: servers should not send it");
}

/* Every platform has an identifier that reads back as itself and a name
 * to show; nothing else is a platform. */
static void
test_status_platforms (void)
{
  ScPlatform platform;

  for (ScPlatform i = 0; i < SC_N_PLATFORMS; i++)
    {
      g_assert_true (sc_platform_from_id (sc_platform_get_id (i), &platform));
      g_assert_cmpint (platform, ==, i);
      g_assert_cmpuint (strlen (sc_platform_get_name (i)), >, 0);
    }

  g_assert_cmpstr (sc_platform_get_id (SC_PLATFORM_INGRESS_NGINX), ==, "ingress-nginx");
  g_assert_cmpstr (sc_platform_get_name (SC_PLATFORM_APACHE), ==, "Apache httpd");
  g_assert_false (sc_platform_from_id ("Nginx", &platform));
  g_assert_false (sc_platform_from_id ("", &platform));
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
  g_test_add_func ("/status/title", test_status_title);
  g_test_add_func ("/status/list-find", test_status_list_find);
  g_test_add_func ("/status/registry-strings", test_status_registry_strings);
  g_test_add_func ("/status/platforms", test_status_platforms);

  return g_test_run ();
}
