/* sc-status.c
 *
 * Copyright 2026 The Status Codes developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sc-status"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "sc-enums.h"
#include "sc-status-private.h"

/**
 * ScStatus:
 *
 * One HTTP status code and what we know about it. Built once, by the
 * loader (see sc-status-private.h), and never changed after: its
 * properties are read-only. Knows nothing of GTK, so the loader, the
 * search and the tests can use it without a display.
 */

G_DEFINE_FINAL_TYPE (ScStatus, sc_status, G_TYPE_OBJECT)

/* The properties that views bind; the rest of a status is read through
 * its getters. */
enum {
  PROP_0,
  PROP_CODE,
  PROP_PHRASE,
  PROP_TITLE,
  PROP_RESPONSE_CLASS,
  PROP_SUMMARY,
  PROP_DESCRIPTION,
  PROP_SPEC_DOCUMENT,
  PROP_SPEC_SECTION,
  PROP_SPEC_URL,
  PROP_REGISTRY_STATUS,
  PROP_OFFICIAL,
  PROP_ORIGIN,
  PROP_FORMER_NAMES,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static const char * const empty_strv[] = { NULL };

/* The languages and libraries whose names for codes the data records:
 * the identifier the data uses, and the name the menus show (a proper
 * name, not translated). */
typedef struct {
  const char *id;
  const char *name;
} Named;

static const Named languages[SC_N_LANGUAGES] = {
  [SC_LANGUAGE_PYTHON] = { "python", "Python" },
  [SC_LANGUAGE_GO] = { "go", "Go" },
  [SC_LANGUAGE_RUST] = { "rust", "Rust" },
  [SC_LANGUAGE_LIBSOUP] = { "libsoup", "libsoup" },
  [SC_LANGUAGE_DOTNET] = { "dotnet", ".NET" },
  [SC_LANGUAGE_JAVA] = { "java", "Java" },
};

/* The platforms that causes name: the identifier the data uses, and the
 * name the detail shows. Every name but the browsers' is a proper name,
 * the same in every UI language. */
static const Named platforms[SC_N_PLATFORMS] = {
  [SC_PLATFORM_NGINX] = { "nginx", "nginx" },
  [SC_PLATFORM_APACHE] = { "apache", "Apache httpd" },
  [SC_PLATFORM_CADDY] = { "caddy", "Caddy" },
  [SC_PLATFORM_IIS] = { "iis", "IIS / ASP.NET Core" },
  [SC_PLATFORM_EXCHANGE] = { "exchange", "Microsoft Exchange" },
  [SC_PLATFORM_CLOUDFLARE] = { "cloudflare", "Cloudflare" },
  [SC_PLATFORM_AWS] = { "aws", "AWS" },
  [SC_PLATFORM_GOOGLE_CLOUD] = { "google-cloud", "Google Cloud" },
  [SC_PLATFORM_INGRESS_NGINX] = { "ingress-nginx", "Kubernetes ingress-nginx" },
  [SC_PLATFORM_ENVOY] = { "envoy", "Envoy / Istio" },
  [SC_PLATFORM_LARAVEL] = { "laravel", "Laravel" },
  [SC_PLATFORM_TWITTER] = { "twitter", "Twitter API" },
  [SC_PLATFORM_ARCGIS] = { "arcgis", "Esri ArcGIS" },
  [SC_PLATFORM_ANTHROPIC] = { "anthropic", "Anthropic API" },
  [SC_PLATFORM_SSL_LABS] = { "ssllabs", "Qualys SSL Labs" },
  [SC_PLATFORM_TORNADO] = { "tornado", "Tornado" },
  [SC_PLATFORM_BROWSER] = { "browser", NULL },
};

/* The index of @id in @table (of @n entries), or -1. */
static int
find_id (const Named *table,
         guint        n,
         const char  *id)
{
  for (guint i = 0; i < n; i++)
    if (g_str_equal (id, table[i].id))
      return (int)i;

  return -1;
}

static void
clear_cause (gpointer data)
{
  ScCause *cause = data;

  g_free ((char *)cause->text);
  g_free ((char *)cause->url);
  g_strfreev ((GStrv)cause->checks);
}

static void
sc_status_finalize (GObject *object)
{
  ScStatus *self = (ScStatus *)object;

  g_free (self->phrase);
  g_free (self->title);
  g_free (self->summary);
  g_free (self->description);
  g_free (self->origin);
  g_free (self->spec_document);
  g_free (self->spec_section);
  g_free (self->spec_url);
  g_ptr_array_unref (self->headers);
  g_ptr_array_unref (self->former_names);
  g_array_unref (self->related_codes);
  for (guint i = 0; i < SC_N_LANGUAGES; i++)
    g_free (self->constants[i]);
  g_array_unref (self->causes);

  G_OBJECT_CLASS (sc_status_parent_class)->finalize (object);
}

static void
sc_status_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  ScStatus *self = SC_STATUS (object);

  switch (prop_id)
    {
    case PROP_CODE:
      g_value_set_uint (value, self->code);
      break;

    case PROP_PHRASE:
      g_value_set_string (value, self->phrase);
      break;

    case PROP_TITLE:
      g_value_set_string (value, sc_status_get_title (self));
      break;

    case PROP_RESPONSE_CLASS:
      g_value_set_enum (value, sc_status_get_response_class (self));
      break;

    case PROP_SUMMARY:
      g_value_set_string (value, self->summary);
      break;

    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;

    case PROP_SPEC_DOCUMENT:
      g_value_set_string (value, self->spec_document);
      break;

    case PROP_SPEC_SECTION:
      g_value_set_string (value, self->spec_section);
      break;

    case PROP_SPEC_URL:
      g_value_set_string (value, self->spec_url);
      break;

    case PROP_REGISTRY_STATUS:
      g_value_set_enum (value, self->registry_status);
      break;

    case PROP_OFFICIAL:
      g_value_set_boolean (value, sc_status_is_official (self));
      break;

    case PROP_ORIGIN:
      g_value_set_string (value, self->origin);
      break;

    case PROP_FORMER_NAMES:
      g_value_set_boxed (value, sc_status_get_former_names (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sc_status_class_init (ScStatusClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = sc_status_finalize;
  object_class->get_property = sc_status_get_property;

  /**
   * ScStatus:code:
   *
   * The three-digit status code.
   */
  properties [PROP_CODE] =
    g_param_spec_uint ("code", NULL, NULL,
                       SC_STATUS_CODE_MIN, SC_STATUS_CODE_MAX, SC_STATUS_CODE_MIN,
                       flags);

  /**
   * ScStatus:phrase:
   *
   * The reason phrase as the registry spells it. A protocol literal: never
   * translated.
   */
  properties [PROP_PHRASE] =
    g_param_spec_string ("phrase", NULL, NULL, NULL, flags);

  /**
   * ScStatus:title:
   *
   * A short title in the user's language: the translation of the reason
   * phrase, shown beside it ("Not Found" is 未找到 in Chinese). The phrase
   * itself where there is no translation.
   */
  properties [PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL, flags);

  /**
   * ScStatus:summary:
   *
   * One line on what the code means, in the UI language.
   */
  properties [PROP_SUMMARY] =
    g_param_spec_string ("summary", NULL, NULL, NULL, flags);

  /**
   * ScStatus:response-class:
   *
   * The class, given by the code's first digit.
   */
  properties [PROP_RESPONSE_CLASS] =
    g_param_spec_enum ("response-class", NULL, NULL,
                       SC_TYPE_RESPONSE_CLASS, SC_RESPONSE_CLASS_INFORMATIONAL,
                       flags);

  /**
   * ScStatus:description:
   *
   * What the code means, when a server sends it and what a client should
   * do, in the UI language.
   */
  properties [PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL, NULL, flags);

  /**
   * ScStatus:spec-document:
   *
   * The document that defines the code, such as "RFC 9110".
   */
  properties [PROP_SPEC_DOCUMENT] =
    g_param_spec_string ("spec-document", NULL, NULL, NULL, flags);

  /**
   * ScStatus:spec-section:
   *
   * The section of #ScStatus:spec-document that defines the code.
   */
  properties [PROP_SPEC_SECTION] =
    g_param_spec_string ("spec-section", NULL, NULL, NULL, flags);

  /**
   * ScStatus:spec-url:
   *
   * A link to that section.
   */
  properties [PROP_SPEC_URL] =
    g_param_spec_string ("spec-url", NULL, NULL, NULL, flags);

  /**
   * ScStatus:registry-status:
   *
   * Where the code stands in the IANA registry.
   */
  properties [PROP_REGISTRY_STATUS] =
    g_param_spec_enum ("registry-status", NULL, NULL,
                       SC_TYPE_REGISTRY_STATUS, SC_REGISTRY_STATUS_STANDARD,
                       flags);

  /**
   * ScStatus:official:
   *
   * Whether the code is in the IANA registry, in whatever state.
   */
  properties [PROP_OFFICIAL] =
    g_param_spec_boolean ("official", NULL, NULL, TRUE, flags);

  /**
   * ScStatus:origin:
   *
   * Who sends an unofficial code, such as "nginx"; %NULL for a registered
   * one.
   */
  properties [PROP_ORIGIN] =
    g_param_spec_string ("origin", NULL, NULL, NULL, flags);

  /**
   * ScStatus:former-names:
   *
   * Earlier or other reason phrases.
   */
  properties [PROP_FORMER_NAMES] =
    g_param_spec_boxed ("former-names", NULL, NULL, G_TYPE_STRV, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sc_status_init (ScStatus *self)
{
  self->headers = g_ptr_array_new_null_terminated (0, g_free, TRUE);
  self->former_names = g_ptr_array_new_null_terminated (0, g_free, TRUE);
  self->related_codes = g_array_new (FALSE, FALSE, sizeof (guint16));
  self->causes = g_array_new (FALSE, FALSE, sizeof (ScCause));
  g_array_set_clear_func (self->causes, clear_cause);
}

/*
 * sc_status_new:
 * @code: the status code, from 100 to 599
 *
 * Makes an empty status for the loader to fill in (see
 * sc-status-private.h).
 *
 * Returns: (transfer full): a new status
 */
ScStatus *
sc_status_new (guint code)
{
  ScStatus *self;

  g_return_val_if_fail (code >= SC_STATUS_CODE_MIN && code <= SC_STATUS_CODE_MAX, NULL);

  self = g_object_new (SC_TYPE_STATUS, NULL);
  self->code = code;
  g_snprintf (self->code_string, sizeof self->code_string, "%03u", code);

  return self;
}

const char *
sc_status_get_title (ScStatus *self)
{
  g_return_val_if_fail (SC_IS_STATUS (self), NULL);

  return self->title != NULL ? self->title : self->phrase;
}

/**
 * sc_status_has_own_title:
 *
 * Returns: whether the title differs from the reason phrase, as it does
 * where the phrase has a translation, so that it is worth showing
 */
gboolean
sc_status_has_own_title (ScStatus *self)
{
  g_return_val_if_fail (SC_IS_STATUS (self), FALSE);

  return self->title != NULL && g_strcmp0 (self->title, self->phrase) != 0;
}

guint
sc_status_get_code (ScStatus *self)
{
  g_return_val_if_fail (SC_IS_STATUS (self), 0);

  return self->code;
}

/**
 * sc_status_get_code_string:
 *
 * Returns: the code as three digits, for labels and prefix search
 */
const char *
sc_status_get_code_string (ScStatus *self)
{
  g_return_val_if_fail (SC_IS_STATUS (self), NULL);

  return self->code_string;
}

const char *
sc_status_get_phrase (ScStatus *self)
{
  g_return_val_if_fail (SC_IS_STATUS (self), NULL);

  return self->phrase;
}

/**
 * sc_status_dup_code_phrase:
 *
 * The code and its reason phrase, "404 Not Found": how the app names a
 * status wherever it names one short.
 *
 * Returns: (transfer full): the code and phrase
 */
char *
sc_status_dup_code_phrase (ScStatus *self)
{
  g_return_val_if_fail (SC_IS_STATUS (self), NULL);

  return g_strdup_printf ("%s %s", self->code_string, self->phrase);
}

ScResponseClass
sc_status_get_response_class (ScStatus *self)
{
  g_return_val_if_fail (SC_IS_STATUS (self), SC_RESPONSE_CLASS_INFORMATIONAL);

  return sc_response_class_from_code (self->code);
}

const char *
sc_status_get_summary (ScStatus *self)
{
  g_return_val_if_fail (SC_IS_STATUS (self), NULL);

  return self->summary;
}

const char *
sc_status_get_description (ScStatus *self)
{
  g_return_val_if_fail (SC_IS_STATUS (self), NULL);

  return self->description;
}

const char *
sc_status_get_spec_document (ScStatus *self)
{
  g_return_val_if_fail (SC_IS_STATUS (self), NULL);

  return self->spec_document;
}

const char *
sc_status_get_spec_section (ScStatus *self)
{
  g_return_val_if_fail (SC_IS_STATUS (self), NULL);

  return self->spec_section;
}

const char *
sc_status_get_spec_url (ScStatus *self)
{
  g_return_val_if_fail (SC_IS_STATUS (self), NULL);

  return self->spec_url;
}

ScRegistryStatus
sc_status_get_registry_status (ScStatus *self)
{
  g_return_val_if_fail (SC_IS_STATUS (self), SC_REGISTRY_STATUS_STANDARD);

  return self->registry_status;
}

/**
 * sc_status_is_official:
 *
 * Returns: whether the code is in the IANA registry (whatever its state
 *   there), rather than one that some software sends on its own
 */
gboolean
sc_status_is_official (ScStatus *self)
{
  g_return_val_if_fail (SC_IS_STATUS (self), TRUE);

  return self->registry_status != SC_REGISTRY_STATUS_UNOFFICIAL;
}

/**
 * sc_status_get_origin:
 *
 * Returns: (nullable): who sends an unofficial code
 */
const char *
sc_status_get_origin (ScStatus *self)
{
  g_return_val_if_fail (SC_IS_STATUS (self), NULL);

  return self->origin;
}

ScStatusFacts
sc_status_get_facts (ScStatus *self)
{
  g_return_val_if_fail (SC_IS_STATUS (self), SC_STATUS_FACT_NONE);

  return self->facts;
}

/**
 * sc_status_get_headers:
 *
 * Returns: (transfer none): the header fields, never %NULL
 */
const char * const *
sc_status_get_headers (ScStatus *self)
{
  g_return_val_if_fail (SC_IS_STATUS (self), NULL);

  return self->headers->len > 0 ? (const char * const *)self->headers->pdata : empty_strv;
}

/**
 * sc_status_get_former_names:
 *
 * Returns: (transfer none): the former names, never %NULL
 */
const char * const *
sc_status_get_former_names (ScStatus *self)
{
  g_return_val_if_fail (SC_IS_STATUS (self), NULL);

  return self->former_names->len > 0 ? (const char * const *)self->former_names->pdata : empty_strv;
}

/**
 * sc_status_get_related_codes:
 * @n_codes: (out): where to store how many there are
 *
 * Returns: (transfer none) (array length=n_codes): the related codes
 */
const guint16 *
sc_status_get_related_codes (ScStatus *self,
                             gsize    *n_codes)
{
  g_return_val_if_fail (SC_IS_STATUS (self), NULL);
  g_return_val_if_fail (n_codes != NULL, NULL);

  *n_codes = self->related_codes->len;
  return self->related_codes->len > 0 ? (const guint16 *)(gpointer)self->related_codes->data : NULL;
}

/**
 * sc_status_get_constant:
 * @language: a language or library
 *
 * Returns: (nullable): the name @language gives the code, such as
 *   "HTTPStatus.NOT_FOUND", or %NULL when it has none
 */
const char *
sc_status_get_constant (ScStatus   *self,
                        ScLanguage  language)
{
  g_return_val_if_fail (SC_IS_STATUS (self), NULL);
  g_return_val_if_fail (language < SC_N_LANGUAGES, NULL);

  return self->constants[language];
}

/**
 * sc_status_get_causes:
 * @n_causes: (out): where to store how many there are
 *
 * Returns: (transfer none) (array length=n_causes) (nullable): the common
 *   causes of the code, grouped by platform in the order of #ScPlatform
 */
const ScCause *
sc_status_get_causes (ScStatus *self,
                      gsize    *n_causes)
{
  g_return_val_if_fail (SC_IS_STATUS (self), NULL);
  g_return_val_if_fail (n_causes != NULL, NULL);

  *n_causes = self->causes->len;
  return self->causes->len > 0 ? (const ScCause *)(gpointer)self->causes->data : NULL;
}

/**
 * sc_language_get_id:
 *
 * Returns: the identifier of @language in the status data, such as "python"
 */
const char *
sc_language_get_id (ScLanguage language)
{
  g_return_val_if_fail (language < SC_N_LANGUAGES, NULL);

  return languages[language].id;
}

/**
 * sc_language_get_name:
 *
 * Returns: the name of @language, such as "Python"; a proper name, the
 *   same in every UI language
 */
const char *
sc_language_get_name (ScLanguage language)
{
  g_return_val_if_fail (language < SC_N_LANGUAGES, NULL);

  return languages[language].name;
}

/**
 * sc_language_from_id:
 * @id: an identifier such as "python"
 * @language: (out): where to store the language
 *
 * Returns: whether @id names a language the data may use
 */
gboolean
sc_language_from_id (const char *id,
                     ScLanguage *language)
{
  int i;

  g_return_val_if_fail (id != NULL, FALSE);
  g_return_val_if_fail (language != NULL, FALSE);

  i = find_id (languages, SC_N_LANGUAGES, id);
  if (i >= 0)
    *language = (ScLanguage)i;

  return i >= 0;
}

/**
 * sc_platform_get_id:
 *
 * Returns: the identifier of @platform in the status data, such as "nginx"
 */
const char *
sc_platform_get_id (ScPlatform platform)
{
  g_return_val_if_fail (platform < SC_N_PLATFORMS, NULL);

  return platforms[platform].id;
}

/**
 * sc_platform_get_name:
 *
 * Returns: the name of @platform, such as "Apache httpd": a proper name,
 *   except for the browsers, which are named in the UI language
 */
const char *
sc_platform_get_name (ScPlatform platform)
{
  g_return_val_if_fail (platform < SC_N_PLATFORMS, NULL);

  if (platform == SC_PLATFORM_BROWSER)
    return _("Browsers and fetch()");

  return platforms[platform].name;
}

/**
 * sc_platform_from_id:
 * @id: an identifier such as "nginx"
 * @platform: (out): where to store the platform
 *
 * Returns: whether @id names a platform the data may use
 */
gboolean
sc_platform_from_id (const char *id,
                     ScPlatform *platform)
{
  int i;

  g_return_val_if_fail (id != NULL, FALSE);
  g_return_val_if_fail (platform != NULL, FALSE);

  i = find_id (platforms, SC_N_PLATFORMS, id);
  if (i >= 0)
    *platform = (ScPlatform)i;

  return i >= 0;
}

ScResponseClass
sc_response_class_from_code (guint code)
{
  g_return_val_if_fail (code >= SC_STATUS_CODE_MIN && code <= SC_STATUS_CODE_MAX,
                        SC_RESPONSE_CLASS_INFORMATIONAL);

  return (ScResponseClass)(code / 100);
}

/**
 * sc_response_class_to_string:
 *
 * Returns: the class's name as RFC 9110 §15 gives it, in the UI language
 */
const char *
sc_response_class_to_string (ScResponseClass response_class)
{
  switch (response_class)
    {
    case SC_RESPONSE_CLASS_INFORMATIONAL:
      return _("Informational");
    case SC_RESPONSE_CLASS_SUCCESSFUL:
      return _("Successful");
    case SC_RESPONSE_CLASS_REDIRECTION:
      return _("Redirection");
    case SC_RESPONSE_CLASS_CLIENT_ERROR:
      return _("Client Error");
    case SC_RESPONSE_CLASS_SERVER_ERROR:
      return _("Server Error");
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * sc_registry_status_to_string:
 *
 * A code in the registry in no other state is "Registered", not
 * "Standard": the registry also lists codes whose documents are not on
 * the standards track (103, 208, 506 and 508 are defined by
 * Experimental RFCs, 102 by RFC 2518, which RFC 4918 obsoleted without
 * it).
 *
 * Returns: a short name for the registry status, for a badge, in the UI
 *   language
 */
const char *
sc_registry_status_to_string (ScRegistryStatus registry_status)
{
  switch (registry_status)
    {
    case SC_REGISTRY_STATUS_STANDARD:
      return C_("registry status", "Registered");
    case SC_REGISTRY_STATUS_PROVISIONAL:
      return C_("registry status", "Temporary");
    case SC_REGISTRY_STATUS_DEPRECATED:
      return C_("registry status", "Deprecated");
    case SC_REGISTRY_STATUS_OBSOLETED:
      return C_("registry status", "Obsoleted");
    case SC_REGISTRY_STATUS_UNUSED:
      return C_("registry status", "Unused");
    case SC_REGISTRY_STATUS_UNOFFICIAL:
      return C_("registry status", "Unofficial");
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * sc_registry_status_describe:
 *
 * Says in a sentence what the status means, and who gave it: 305 is
 * deprecated by RFC 9110, section 15.4.6, while the registry lists it
 * like any other.
 *
 * Returns: what the registry status means, in the UI language
 */
const char *
sc_registry_status_describe (ScRegistryStatus registry_status)
{
  switch (registry_status)
    {
    case SC_REGISTRY_STATUS_STANDARD:
      return _("Registered");
    case SC_REGISTRY_STATUS_PROVISIONAL:
      return _("Registered for a limited time, for a specification still in progress");
    case SC_REGISTRY_STATUS_DEPRECATED:
      return _("Registered; deprecated by its specification, not by the registry: servers should not send it");
    case SC_REGISTRY_STATUS_OBSOLETED:
      return _("Registered, but its specification is obsolete");
    case SC_REGISTRY_STATUS_UNUSED:
      return _("Reserved: no longer used, and not assigned to anything else");
    case SC_REGISTRY_STATUS_UNOFFICIAL:
      return _("Not registered: used by particular software only");
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * sc_status_list_find:
 * @statuses: a list of #ScStatus
 * @code: a status code
 * @position: (out) (optional): where to store its position
 *
 * Looks for @code in @statuses, in whatever order they are.
 *
 * Returns: (transfer full) (nullable): the status with @code, or %NULL
 */
ScStatus *
sc_status_list_find (GListModel *statuses,
                     guint       code,
                     guint      *position)
{
  guint n_items;

  g_return_val_if_fail (G_IS_LIST_MODEL (statuses), NULL);

  n_items = g_list_model_get_n_items (statuses);
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(ScStatus) status = g_list_model_get_item (statuses, i);

      if (sc_status_get_code (status) == code)
        {
          if (position != NULL)
            *position = i;
          return g_steal_pointer (&status);
        }
    }

  return NULL;
}
