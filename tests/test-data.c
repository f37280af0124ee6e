/* test-data.c: the status data itself, checked against the IANA registry
 *
 * Copyright 2026 The Status Codes developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "sc-search-query.h"
#include "sc-status.h"
#include "sc-status-loader.h"

#define STATUS_DATA_PATH RESOURCE_PREFIX "/status-codes.xml"

/* One registered code, as the registry snapshot in tests/data/ lists it. */
typedef struct
{
  guint code;
  char *description;  /* the registry's column, status notes and all */
  char *reference;
} RegistryEntry;

static void
registry_entry_free (RegistryEntry *entry)
{
  g_free (entry->description);
  g_free (entry->reference);
  g_free (entry);
}

static GListModel *statuses;
static ScRegistryDates registry_dates;
static GPtrArray *registry;

/* Splits one line of the registry's CSV: fields separated by commas,
 * quoted with double quotes where they hold commas. */
static GStrv
split_csv_line (const char *line)
{
  g_autoptr(GStrvBuilder) fields = g_strv_builder_new ();
  g_autoptr(GString) field = g_string_new (NULL);
  gboolean quoted = FALSE;

  for (const char *p = line; *p != '\0'; p++)
    {
      if (*p == '"' && quoted && p[1] == '"')
        g_string_append_c (field, *++p);
      else if (*p == '"')
        quoted = !quoted;
      else if (*p == ',' && !quoted)
        {
          g_strv_builder_add (fields, field->str);
          g_string_truncate (field, 0);
        }
      else
        g_string_append_c (field, *p);
    }
  g_assert_false (quoted);
  g_strv_builder_add (fields, field->str);

  return g_strv_builder_end (fields);
}

static GPtrArray *
read_registry (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "iana-http-status-codes.csv", NULL);
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *entries = g_ptr_array_new_with_free_func ((GDestroyNotify)registry_entry_free);

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);

  lines = g_strsplit (contents, "\n", -1);
  g_assert_cmpstr (lines[0], ==, "Value,Description,Reference");

  for (guint i = 1; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = NULL;
      RegistryEntry *entry;
      guint64 code;

      if (lines[i][0] == '\0')
        continue;

      fields = split_csv_line (lines[i]);
      g_assert_cmpuint (g_strv_length (fields), ==, 3);

      /* Ranges such as 105-199 are unassigned. */
      if (strchr (fields[0], '-') != NULL)
        {
          g_assert_cmpstr (fields[1], ==, "Unassigned");
          continue;
        }

      g_assert_true (g_ascii_string_to_unsigned (fields[0], 10, 100, 599, &code, NULL));
      if (g_str_equal (fields[1], "Unassigned"))
        continue;

      entry = g_new0 (RegistryEntry, 1);
      entry->code = code;
      entry->description = g_strdup (fields[1]);
      entry->reference = g_strdup (fields[2]);
      g_ptr_array_add (entries, entry);
    }

  return entries;
}

static ScStatus *
find_status (guint code)
{
  return sc_status_list_find (statuses, code, NULL);
}

static const RegistryEntry *
find_registry_entry (guint code)
{
  for (guint i = 0; i < registry->len; i++)
    {
      const RegistryEntry *entry = g_ptr_array_index (registry, i);

      if (entry->code == code)
        return entry;
    }

  return NULL;
}

/* The registry appends notes on a code's state to its description:
 * "Not Extended (OBSOLETED)", "Upload Resumption Supported (TEMPORARY -
 * registered …)". The phrase is what comes before. "(Unused)" alone is
 * the whole entry of a reserved code, and its phrase. */
static void
split_description (const char        *description,
                   char             **phrase,
                   ScRegistryStatus  *registry_status)
{
  const char *note = strstr (description, " (");

  *registry_status = SC_REGISTRY_STATUS_STANDARD;
  if (g_str_equal (description, "(Unused)"))
    *registry_status = SC_REGISTRY_STATUS_UNUSED;
  else if (note != NULL && g_str_has_prefix (note, " (OBSOLETED"))
    *registry_status = SC_REGISTRY_STATUS_OBSOLETED;
  else if (note != NULL && g_str_has_prefix (note, " (TEMPORARY"))
    *registry_status = SC_REGISTRY_STATUS_PROVISIONAL;
  else
    g_assert_null (note);

  *phrase = note != NULL ? g_strndup (description, note - description) : g_strdup (description);
}

/* "[RFC9110, Section 15.5.14]" names RFC 9110, section 15.5.14; "[RFC4918]"
 * only the document; "[RFC2774][status-change-…]" its first document. */
static void
split_reference (const char  *reference,
                 char       **document,
                 char       **section)
{
  g_autoptr(GRegex) regex = g_regex_new ("^\\[(RFC)?([^],]+)(, Section ([0-9.]+))?\\]", 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *rfc = NULL;
  g_autofree char *name = NULL;

  g_assert_true (g_regex_match (regex, reference, 0, &match));
  rfc = g_match_info_fetch (match, 1);
  name = g_match_info_fetch (match, 2);
  *document = rfc[0] != '\0' ? g_strdup_printf ("RFC %s", name) : g_strdup (name);
  *section = g_match_info_fetch (match, 4);
  if (*section != NULL && (*section)[0] == '\0')
    g_clear_pointer (section, g_free);
}

/* Every registered code is in the data, with its exact phrase, its state
 * in the registry and its defining document and section. */
static void
test_data_registry (void)
{
  g_assert_cmpuint (registry->len, >=, 64);

  for (guint i = 0; i < registry->len; i++)
    {
      const RegistryEntry *entry = g_ptr_array_index (registry, i);
      g_autoptr(ScStatus) status = find_status (entry->code);
      g_autofree char *phrase = NULL;
      g_autofree char *document = NULL;
      g_autofree char *section = NULL;
      ScRegistryStatus registry_status;

      g_test_message ("registered code %u %s", entry->code, entry->description);
      g_assert_nonnull (status);

      split_description (entry->description, &phrase, &registry_status);
      g_assert_cmpstr (sc_status_get_phrase (status), ==, phrase);

      /* The registry has no note for deprecation: RFC 9110 deprecates 305
       * in its text. */
      if (registry_status == SC_REGISTRY_STATUS_STANDARD && sc_status_get_code (status) == 305)
        g_assert_cmpint (sc_status_get_registry_status (status), ==, SC_REGISTRY_STATUS_DEPRECATED);
      else
        g_assert_cmpint (sc_status_get_registry_status (status), ==, registry_status);

      split_reference (entry->reference, &document, &section);
      g_assert_cmpstr (sc_status_get_spec_document (status), ==, document);
      if (section != NULL)
        g_assert_cmpstr (sc_status_get_spec_section (status), ==, section);
      g_assert_null (sc_status_get_origin (status));
    }
}

/* Whatever the data has beyond the registry is marked unofficial and says
 * who sends it. */
static void
test_data_unofficial (void)
{
  guint n_unofficial = 0;
  const guint expected[] = {
    444, 494, 495, 496, 497, 499,                /* nginx */
    520, 521, 522, 523, 524, 525, 526, 527, 530, /* Cloudflare */
    460, 463, 561,                               /* AWS load balancers */
    440, 449,                                    /* Microsoft */
    509, 598, 599,
  };

  for (guint i = 0; i < g_list_model_get_n_items (statuses); i++)
    {
      g_autoptr(ScStatus) status = g_list_model_get_item (statuses, i);
      gboolean registered = find_registry_entry (sc_status_get_code (status)) != NULL;

      g_test_message ("code %u", sc_status_get_code (status));
      g_assert_cmpint (sc_status_is_official (status), ==, registered);
      if (!registered)
        {
          const char *origin = sc_status_get_origin (status);

          g_assert_cmpint (sc_status_get_registry_status (status), ==, SC_REGISTRY_STATUS_UNOFFICIAL);
          g_assert_nonnull (origin);
          g_assert_cmpuint (strlen (origin), >, 0);
          g_assert_null (sc_status_get_spec_url (status));
          n_unofficial++;
        }
    }

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(ScStatus) status = find_status (expected[i]);

      g_test_message ("unofficial code %u", expected[i]);
      g_assert_nonnull (status);
      g_assert_false (sc_status_is_official (status));
    }

  g_assert_cmpuint (n_unofficial, >=, G_N_ELEMENTS (expected));
}

/* An unofficial code whose vendor documents it without a reason phrase
 * has a name of our own, and its description says so, so that no one
 * takes the name for the vendor's. */
static void
test_data_descriptive_names (void)
{
  const guint descriptive[] = {
    444, 494, 495, 496, 497, /* nginx */
    460, 463,                /* AWS load balancers */
    529,                     /* the Anthropic API */
    530,                     /* Cloudflare */
  };

  for (guint i = 0; i < G_N_ELEMENTS (descriptive); i++)
    {
      g_autoptr(ScStatus) status = find_status (descriptive[i]);

      g_test_message ("%u", descriptive[i]);
      g_assert_false (sc_status_is_official (status));
      g_assert_nonnull (strstr (sc_status_get_description (status), "the name here"));
    }
}

/* Codes in range, each once, in order; no empty text; summaries one
 * sentence on one line. */
static void
test_data_texts (void)
{
  guint previous = 0;

  for (guint i = 0; i < g_list_model_get_n_items (statuses); i++)
    {
      g_autoptr(ScStatus) status = g_list_model_get_item (statuses, i);
      const char *summary = sc_status_get_summary (status);
      const char * const *headers = sc_status_get_headers (status);
      const char * const *former_names = sc_status_get_former_names (status);

      g_test_message ("code %u", sc_status_get_code (status));
      g_assert_cmpuint (sc_status_get_code (status), >, previous);
      previous = sc_status_get_code (status);
      g_assert_cmpuint (previous, >=, 100);
      g_assert_cmpuint (previous, <=, 599);

      g_assert_cmpuint (strlen (sc_status_get_phrase (status)), >, 0);
      g_assert_cmpuint (strlen (summary), >, 0);
      g_assert_cmpuint (g_utf8_strlen (summary, -1), <=, 120);
      g_assert_true (g_str_has_suffix (summary, "."));
      g_assert_cmpuint (strlen (sc_status_get_description (status)), >, strlen (summary));

      for (guint j = 0; headers[j] != NULL; j++)
        {
          /* A field name is a token (RFC 9110, section 5.1). */
          g_assert_cmpuint (strlen (headers[j]), >, 0);
          for (const char *p = headers[j]; *p != '\0'; p++)
            g_assert_true (g_ascii_isalnum (*p) || strchr ("!#$%&'*+-.^_`|~", *p) != NULL);
        }

      for (guint j = 0; former_names[j] != NULL; j++)
        {
          g_assert_cmpuint (strlen (former_names[j]), >, 0);
          g_assert_cmpstr (former_names[j], !=, sc_status_get_phrase (status));
        }
    }
}

/* Every link parses, is https, and points at the section it names. */
static void
test_data_links (void)
{
  for (guint i = 0; i < g_list_model_get_n_items (statuses); i++)
    {
      g_autoptr(ScStatus) status = g_list_model_get_item (statuses, i);
      const char *url = sc_status_get_spec_url (status);
      const char *document = sc_status_get_spec_document (status);
      const char *section = sc_status_get_spec_section (status);
      g_autoptr(GUri) uri = NULL;
      g_autoptr(GError) error = NULL;

      if (url == NULL)
        continue;

      g_test_message ("code %u: %s", sc_status_get_code (status), url);
      uri = g_uri_parse (url, G_URI_FLAGS_NONE, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (g_uri_get_scheme (uri), ==, "https");

      if (g_str_has_prefix (document, "RFC "))
        {
          g_autofree char *path = g_strdup_printf ("/rfc/rfc%s", document + strlen ("RFC "));
          g_autofree char *fragment = section != NULL ? g_strdup_printf ("section-%s", section) : NULL;

          g_assert_cmpstr (g_uri_get_host (uri), ==, "www.rfc-editor.org");
          g_assert_cmpstr (g_uri_get_path (uri), ==, path);
          g_assert_cmpstr (g_uri_get_fragment (uri), ==, fragment);
        }
      else
        {
          /* An Internet-Draft, on the IETF datatracker. */
          g_autofree char *path = g_strdup_printf ("/doc/html/%s", document);

          g_assert_true (g_str_has_prefix (document, "draft-"));
          g_assert_cmpstr (g_uri_get_host (uri), ==, "datatracker.ietf.org");
          g_assert_cmpstr (g_uri_get_path (uri), ==, path);
        }
    }
}

/* Related codes exist, are other codes, and are listed once. */
static void
test_data_related (void)
{
  guint n_with_related = 0;

  for (guint i = 0; i < g_list_model_get_n_items (statuses); i++)
    {
      g_autoptr(ScStatus) status = g_list_model_get_item (statuses, i);
      g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
      const guint16 *codes;
      gsize n_codes;

      codes = sc_status_get_related_codes (status, &n_codes);
      n_with_related += n_codes > 0;
      for (gsize j = 0; j < n_codes; j++)
        {
          g_autoptr(ScStatus) related = find_status (codes[j]);

          g_test_message ("code %u, related %u", sc_status_get_code (status), codes[j]);
          g_assert_nonnull (related);
          g_assert_cmpuint (codes[j], !=, sc_status_get_code (status));
          g_assert_true (g_hash_table_add (seen, GUINT_TO_POINTER (codes[j])));
        }
    }

  /* Pairs a reader of one of them needs to know about. */
  {
    const guint pairs[][2] = {
      { 301, 308 }, { 302, 307 }, { 302, 303 }, { 401, 403 }, { 413, 431 },
      { 502, 504 }, { 429, 503 }, { 404, 410 }, { 405, 501 }, { 101, 426 },
    };

    for (guint i = 0; i < G_N_ELEMENTS (pairs); i++)
      {
        g_autoptr(ScStatus) status = find_status (pairs[i][0]);
        const guint16 *codes;
        gsize n_codes;
        gboolean found = FALSE;

        g_test_message ("related pair %u, %u", pairs[i][0], pairs[i][1]);
        codes = sc_status_get_related_codes (status, &n_codes);
        for (gsize j = 0; j < n_codes; j++)
          found |= codes[j] == pairs[i][1];
        g_assert_true (found);
      }
  }

  g_assert_cmpuint (n_with_related, >, g_list_model_get_n_items (statuses) / 2);
}

static gboolean
code_in (guint        code,
         const guint *codes,
         gsize        n_codes)
{
  for (gsize i = 0; i < n_codes; i++)
    if (codes[i] == code)
      return TRUE;

  return FALSE;
}

/* The behaviour facts agree with what the RFCs say, code by code. */
static void
test_data_facts (void)
{
  /* RFC 9110, section 15.1, and RFC 7725, section 3, for 451. */
  const guint cacheable[] = { 200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 451, 501 };
  const guint keeps_method[] = { 307, 308 };
  const guint may_change_method[] = { 301, 302 };
  const guint changes_to_get[] = { 303 };

  for (guint i = 0; i < g_list_model_get_n_items (statuses); i++)
    {
      g_autoptr(ScStatus) status = g_list_model_get_item (statuses, i);
      guint code = sc_status_get_code (status);
      ScStatusFacts facts = sc_status_get_facts (status);
      gboolean registered = sc_status_is_official (status);

      g_test_message ("code %u", code);
      g_assert_cmpint (!!(facts & SC_STATUS_FACT_INTERIM), ==, code < 200);
      /* RFC 9112, section 6.3: these end with their header section. */
      g_assert_cmpint (!!(facts & SC_STATUS_FACT_NO_CONTENT), ==, code < 200 || code == 204 || code == 304);
      if (registered)
        g_assert_cmpint (!!(facts & SC_STATUS_FACT_CACHEABLE), ==, code_in (code, cacheable, G_N_ELEMENTS (cacheable)));
      g_assert_cmpint (!!(facts & SC_STATUS_FACT_KEEPS_METHOD), ==, code_in (code, keeps_method, G_N_ELEMENTS (keeps_method)));
      g_assert_cmpint (!!(facts & SC_STATUS_FACT_MAY_CHANGE_METHOD), ==, code_in (code, may_change_method, G_N_ELEMENTS (may_change_method)));
      g_assert_cmpint (!!(facts & SC_STATUS_FACT_CHANGES_TO_GET), ==, code_in (code, changes_to_get, G_N_ELEMENTS (changes_to_get)));
    }

  /* Worth retrying, and not. */
  {
    const guint retryable[] = { 408, 425, 429, 502, 503, 504 };
    const guint not_retryable[] = { 400, 401, 403, 404, 500, 501 };

    for (guint i = 0; i < G_N_ELEMENTS (retryable); i++)
      {
        g_autoptr(ScStatus) status = find_status (retryable[i]);

        g_assert_true (sc_status_get_facts (status) & SC_STATUS_FACT_RETRYABLE);
      }
    for (guint i = 0; i < G_N_ELEMENTS (not_retryable); i++)
      {
        g_autoptr(ScStatus) status = find_status (not_retryable[i]);

        g_assert_false (sc_status_get_facts (status) & SC_STATUS_FACT_RETRYABLE);
      }
  }
}

/* The header fields that the RFCs tie to these codes. */
static void
test_data_headers (void)
{
  const struct {
    guint code;
    const char *header;
  } cases[] = {
    { 101, "Upgrade" }, { 103, "Link" }, { 104, "Location" }, { 104, "Upload-Offset" },
    { 201, "Location" }, { 206, "Content-Range" },
    { 301, "Location" }, { 302, "Location" }, { 303, "Location" }, { 307, "Location" },
    { 308, "Location" }, { 401, "WWW-Authenticate" }, { 405, "Allow" },
    { 407, "Proxy-Authenticate" }, { 416, "Content-Range" }, { 426, "Upgrade" },
    { 429, "Retry-After" }, { 503, "Retry-After" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(ScStatus) status = find_status (cases[i].code);

      g_test_message ("%u: %s", cases[i].code, cases[i].header);
      g_assert_true (g_strv_contains (sc_status_get_headers (status), cases[i].header));
    }
}

/* Earlier names are kept, and search finds the code by them as readily as
 * by its phrase. */
static void
test_data_former_names (void)
{
  const struct {
    guint code;
    const char *name;
  } cases[] = {
    { 302, "Moved Temporarily" },
    { 306, "Switch Proxy" },
    { 413, "Payload Too Large" },
    { 413, "Request Entity Too Large" },
    { 414, "Request-URI Too Long" },
    { 416, "Requested Range Not Satisfiable" },
    { 418, "I'm a teapot" },
    { 422, "Unprocessable Entity" },
    { 529, "Site is overloaded" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(ScStatus) status = find_status (cases[i].code);
      g_autoptr(ScSearchQuery) query = sc_search_query_new (cases[i].name);

      g_test_message ("%u: %s", cases[i].code, cases[i].name);
      g_assert_true (g_strv_contains (sc_status_get_former_names (status), cases[i].name));
      g_assert_cmpint (sc_search_query_match (query, status), ==, SC_SEARCH_FIELD_PHRASE);
    }
}

/* The data says which registry it follows and when it was checked. */
/* Where each platform documents what it does: a cause links its own
 * vendor's documents, a line of its own released source (where the
 * documents do not give the code), or a standard (an RFC, the Fetch
 * Standard). */
static const char * const vendor_sources[SC_N_PLATFORMS][4] = {
  [SC_PLATFORM_NGINX] = { "https://nginx.org/", "https://github.com/nginx/nginx/blob/release-" },
  [SC_PLATFORM_APACHE] = { "https://httpd.apache.org/", "https://github.com/apache/httpd/blob/2.4." },
  [SC_PLATFORM_CADDY] = { "https://caddyserver.com/", "https://github.com/caddyserver/caddy/blob/v2." },
  [SC_PLATFORM_IIS] = { "https://learn.microsoft.com/" },
  [SC_PLATFORM_EXCHANGE] = { "https://learn.microsoft.com/" },
  [SC_PLATFORM_CLOUDFLARE] = { "https://developers.cloudflare.com/" },
  [SC_PLATFORM_AWS] = { "https://docs.aws.amazon.com/" },
  [SC_PLATFORM_GOOGLE_CLOUD] = { "https://cloud.google.com/" },
  [SC_PLATFORM_INGRESS_NGINX] = { "https://kubernetes.github.io/ingress-nginx/" },
  [SC_PLATFORM_ENVOY] = { "https://www.envoyproxy.io/", "https://istio.io/" },
  [SC_PLATFORM_LARAVEL] = { "https://laravel.com/docs/" },
  [SC_PLATFORM_TWITTER] = { "https://developer.x.com/" },
  [SC_PLATFORM_ARCGIS] = { "https://developers.arcgis.com/", "https://support.esri.com/" },
  [SC_PLATFORM_ANTHROPIC] = { "https://platform.claude.com/docs/" },
  [SC_PLATFORM_SSL_LABS] = { "https://github.com/ssllabs/ssllabs-scan/" },
  [SC_PLATFORM_TORNADO] = { "https://www.tornadoweb.org/" },
  [SC_PLATFORM_BROWSER] = { "https://fetch.spec.whatwg.org/", "https://developer.mozilla.org/", "https://chromium.googlesource.com/" },
};

/* Every cause has a platform of the list, in the list's order within its
 * status, an https link to its vendor's documentation or a standard, a
 * text of a sentence or two, and at least one literal to check. */
static void
test_data_causes (void)
{
  /* The codes whose vendors' documents were checked for causes: every
   * redirect, the 4xx and 5xx codes that common servers, proxies, CDNs
   * and load balancers send, and the unofficial codes whose senders
   * document them. Codes may gain causes; none may lose them. */
  const guint with_causes[] = {
    300, 301, 302, 303, 307, 308,
    400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 413, 414, 415,
    416, 417, 419, 420, 421, 423, 424, 425, 426, 429, 431, 440, 444, 449, 460, 463,
    494, 495, 496, 497, 498, 499,
    500, 501, 502, 503, 504, 505, 506, 507,
    520, 521, 522, 523, 524, 525, 526, 529, 530, 561, 599,
  };
  guint n_causes_in_data = 0;

  for (guint i = 0; i < g_list_model_get_n_items (statuses); i++)
    {
      g_autoptr(ScStatus) status = g_list_model_get_item (statuses, i);
      gsize n_causes;
      const ScCause *causes = sc_status_get_causes (status, &n_causes);

      for (gsize j = 0; j < n_causes; j++)
        {
          const ScCause *cause = &causes[j];
          g_autoptr(GUri) uri = NULL;
          g_autoptr(GError) error = NULL;
          ScPlatform platform;
          gboolean vendor_source = FALSE;
          guint n_sentences = 0;

          g_test_message ("code %u, cause %" G_GSIZE_FORMAT ": %s", sc_status_get_code (status), j, cause->url);
          g_assert_cmpint (cause->platform, <, SC_N_PLATFORMS);
          g_assert_true (sc_platform_from_id (sc_platform_get_id (cause->platform), &platform));
          g_assert_cmpint (platform, ==, cause->platform);
          g_assert_cmpuint (strlen (sc_platform_get_name (cause->platform)), >, 0);
          if (j > 0)
            g_assert_cmpint (causes[j - 1].platform, <=, cause->platform);

          uri = g_uri_parse (cause->url, G_URI_FLAGS_NONE, &error);
          g_assert_no_error (error);
          g_assert_cmpstr (g_uri_get_scheme (uri), ==, "https");
          for (guint k = 0; k < G_N_ELEMENTS (vendor_sources[0]) && vendor_sources[cause->platform][k] != NULL; k++)
            vendor_source |= g_str_has_prefix (cause->url, vendor_sources[cause->platform][k]);
          g_assert_true (vendor_source || g_str_has_prefix (cause->url, "https://www.rfc-editor.org/rfc/"));
          /* A server's source is cited at a release tag, by its line. */
          if (cause->platform <= SC_PLATFORM_CADDY && g_str_equal (g_uri_get_host (uri), "github.com"))
            g_assert_nonnull (strstr (cause->url, "#L"));

          /* One or two sentences (or three short ones), on one line. */
          g_assert_true (g_str_has_suffix (cause->text, "."));
          g_assert_null (strchr (cause->text, '\n'));
          g_assert_cmpuint (g_utf8_strlen (cause->text, -1), <=, 240);
          for (const char *p = cause->text; (p = strstr (p, ". ")) != NULL; p++)
            n_sentences++;
          g_assert_cmpuint (n_sentences, <, 3);

          g_assert_nonnull (cause->checks);
          g_assert_nonnull (cause->checks[0]);
          for (guint k = 0; cause->checks[k] != NULL; k++)
            {
              g_assert_cmpuint (strlen (cause->checks[k]), >, 0);
              g_assert_null (strchr (cause->checks[k], '\n'));
            }

          n_causes_in_data++;
        }
    }

  for (guint i = 0; i < G_N_ELEMENTS (with_causes); i++)
    {
      g_autoptr(ScStatus) status = find_status (with_causes[i]);
      gsize n_causes;

      g_test_message ("code %u has causes", with_causes[i]);
      g_assert_nonnull (sc_status_get_causes (status, &n_causes));
      g_assert_cmpuint (n_causes, >, 0);
    }

  g_assert_cmpuint (n_causes_in_data, >=, 411);
}

/* The directives, settings and messages people have in front of them find
 * the codes they cause, through the same search as the window's. */
static void
test_data_causes_searchable (void)
{
  const struct {
    const char *query;
    guint code;
  } cases[] = {
    { "client_max_body_size", 413 },
    { "large_client_header_buffers", 414 },
    { "large_client_header_buffers", 400 },
    { "limit_req_status", 503 },
    { "idle_timeout.timeout_seconds", 504 },
    { "ERR_TOO_MANY_REDIRECTS", 301 },
    { "ERR_TOO_MANY_REDIRECTS", 308 },
    { "proxy-body-size", 413 },
    { "proxy_read_timeout", 524 },
    { "proxy_read_timeout", 504 },
    { "upstream timed out", 504 },
    { "upstream prematurely closed", 502 },
    { "client intended to send too large body", 413 },
    { "ERR_TOO_MANY_REDIRECTS", 303 },
    { "LimitRequestBody", 413 },
    { "AH01102", 502 },
    { "lb_try_duration", 503 },
    { "500.30", 500 },
    { "no_healthy_upstream", 503 },
    { "Error 1020", 403 },
    { "backend_connection_closed_before_data_sent_to_client", 502 },
    { "Missing Authentication Token", 403 },
    { "auth-url", 401 },
    { "CSRF token mismatch", 419 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(ScSearchQuery) query = sc_search_query_new (cases[i].query);
      g_autoptr(ScStatus) status = find_status (cases[i].code);

      g_test_message ("%s finds %u", cases[i].query, cases[i].code);
      /* Found by a cause alone: ranked after every phrase, summary and
       * description match. */
      g_assert_cmpint (sc_search_query_match (query, status), ==, SC_SEARCH_FIELD_CAUSES);
    }
}

static void
test_data_dates (void)
{
  g_assert_true (g_date_valid (&registry_dates.updated));
  g_assert_true (g_date_valid (&registry_dates.checked));
  g_assert_cmpint (g_date_compare (&registry_dates.updated, &registry_dates.checked), <=, 0);
  /* The snapshot in tests/data/ is of the registry as of that update. */
  g_assert_cmpuint (g_date_get_year (&registry_dates.updated), ==, 2025);
  g_assert_cmpuint (g_date_get_month (&registry_dates.updated), ==, 9);
  g_assert_cmpuint (g_date_get_day (&registry_dates.updated), ==, 15);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int result;

  g_test_init (&argc, &argv, NULL);

  statuses = sc_status_loader_load_resource (STATUS_DATA_PATH, &registry_dates, &error);
  g_assert_no_error (error);
  registry = read_registry ();

  g_test_add_func ("/data/registry", test_data_registry);
  g_test_add_func ("/data/unofficial", test_data_unofficial);
  g_test_add_func ("/data/descriptive-names", test_data_descriptive_names);
  g_test_add_func ("/data/texts", test_data_texts);
  g_test_add_func ("/data/links", test_data_links);
  g_test_add_func ("/data/related", test_data_related);
  g_test_add_func ("/data/facts", test_data_facts);
  g_test_add_func ("/data/headers", test_data_headers);
  g_test_add_func ("/data/former-names", test_data_former_names);
  g_test_add_func ("/data/dates", test_data_dates);
  g_test_add_func ("/data/causes", test_data_causes);
  g_test_add_func ("/data/causes-searchable", test_data_causes_searchable);

  result = g_test_run ();

  g_ptr_array_unref (registry);
  g_assert_finalize_object (statuses);

  return result;
}
