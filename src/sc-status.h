/* sc-status.h
 *
 * Copyright 2026 The Status Codes developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/**
 * ScResponseClass:
 *
 * The five classes of RFC 9110 §15, given by a code's first digit.
 */
typedef enum
{
  SC_RESPONSE_CLASS_INFORMATIONAL = 1,
  SC_RESPONSE_CLASS_SUCCESSFUL    = 2,
  SC_RESPONSE_CLASS_REDIRECTION   = 3,
  SC_RESPONSE_CLASS_CLIENT_ERROR  = 4,
  SC_RESPONSE_CLASS_SERVER_ERROR  = 5,
} ScResponseClass;

/**
 * ScRegistryStatus:
 *
 * Where a code stands in the IANA HTTP Status Code Registry.
 */
typedef enum
{
  SC_REGISTRY_STATUS_STANDARD,
  SC_REGISTRY_STATUS_PROVISIONAL,
  SC_REGISTRY_STATUS_DEPRECATED,
  SC_REGISTRY_STATUS_OBSOLETED,
  SC_REGISTRY_STATUS_UNUSED,
  SC_REGISTRY_STATUS_UNOFFICIAL,
} ScRegistryStatus;

/**
 * ScStatusFacts:
 * @SC_STATUS_FACT_INTERIM: an interim response: a final one follows (1xx)
 * @SC_STATUS_FACT_NO_CONTENT: the response never has content
 * @SC_STATUS_FACT_CACHEABLE: cacheable by default (RFC 9110 §15.1)
 * @SC_STATUS_FACT_RETRYABLE: worth retrying the request later or elsewhere
 * @SC_STATUS_FACT_KEEPS_METHOD: a redirect that keeps the method and content
 * @SC_STATUS_FACT_MAY_CHANGE_METHOD: a redirect that user agents may follow
 *   with GET instead of POST
 * @SC_STATUS_FACT_CHANGES_TO_GET: a redirect that is followed with GET
 *
 * How a response with the code behaves, as the data records it.
 */
typedef enum /*< flags >*/
{
  SC_STATUS_FACT_NONE              = 0,
  SC_STATUS_FACT_INTERIM           = 1 << 0,
  SC_STATUS_FACT_NO_CONTENT        = 1 << 1,
  SC_STATUS_FACT_CACHEABLE         = 1 << 2,
  SC_STATUS_FACT_RETRYABLE         = 1 << 3,
  SC_STATUS_FACT_KEEPS_METHOD      = 1 << 4,
  SC_STATUS_FACT_MAY_CHANGE_METHOD = 1 << 5,
  SC_STATUS_FACT_CHANGES_TO_GET    = 1 << 6,
} ScStatusFacts;

/**
 * ScLanguage:
 *
 * The programming languages and libraries whose names for status codes
 * the data records, in the order the data lists them.
 */
typedef enum /*< skip >*/
{
  SC_LANGUAGE_PYTHON,
  SC_LANGUAGE_GO,
  SC_LANGUAGE_RUST,
  SC_LANGUAGE_LIBSOUP,
  SC_LANGUAGE_DOTNET,
  SC_LANGUAGE_JAVA,
  SC_N_LANGUAGES
} ScLanguage;

/**
 * ScPlatform:
 *
 * The servers, proxies, CDNs, load balancers, services and clients whose
 * reasons for sending a code the data records, in the order the data lists
 * them: the common web stack first, then the senders of unofficial codes,
 * then the client.
 */
typedef enum /*< skip >*/
{
  SC_PLATFORM_NGINX,
  SC_PLATFORM_APACHE,
  SC_PLATFORM_CADDY,
  SC_PLATFORM_IIS,
  SC_PLATFORM_EXCHANGE,
  SC_PLATFORM_CLOUDFLARE,
  SC_PLATFORM_AWS,
  SC_PLATFORM_GOOGLE_CLOUD,
  SC_PLATFORM_INGRESS_NGINX,
  SC_PLATFORM_ENVOY,
  SC_PLATFORM_LARAVEL,
  SC_PLATFORM_TWITTER,
  SC_PLATFORM_ARCGIS,
  SC_PLATFORM_ANTHROPIC,
  SC_PLATFORM_SSL_LABS,
  SC_PLATFORM_TORNADO,
  SC_PLATFORM_BROWSER,
  SC_N_PLATFORMS
} ScPlatform;

/**
 * ScCause:
 * @platform: who sends the code for this reason
 * @text: what happens, in the UI language
 * @url: the vendor's document (or the RFC) that says so, an https:// link
 * @checks: what to look at, as the software writes it: directives,
 *   settings, log messages, header fields (never translated)
 *
 * One common reason why a real server, proxy or client gives a code. It
 * belongs to its status and does not change.
 */
typedef struct
{
  ScPlatform platform;
  const char *text;
  const char *url;
  const char * const *checks;
} ScCause;

#define SC_STATUS_CODE_MIN 100
#define SC_STATUS_CODE_MAX 599

#define SC_TYPE_STATUS (sc_status_get_type ())

G_DECLARE_FINAL_TYPE (ScStatus, sc_status, SC, STATUS, GObject)

guint               sc_status_get_code              (ScStatus      *self);
const char         *sc_status_get_code_string       (ScStatus      *self);
const char         *sc_status_get_phrase            (ScStatus      *self);
char               *sc_status_dup_code_phrase       (ScStatus      *self);
const char         *sc_status_get_title             (ScStatus      *self);
gboolean            sc_status_has_own_title         (ScStatus      *self);
ScResponseClass     sc_status_get_response_class    (ScStatus      *self);
const char         *sc_status_get_summary           (ScStatus      *self);
const char         *sc_status_get_description       (ScStatus      *self);
const char         *sc_status_get_spec_document     (ScStatus      *self);
const char         *sc_status_get_spec_section      (ScStatus      *self);
const char         *sc_status_get_spec_url          (ScStatus      *self);
ScRegistryStatus    sc_status_get_registry_status   (ScStatus      *self);
gboolean            sc_status_is_official           (ScStatus      *self);
const char         *sc_status_get_origin            (ScStatus      *self);
ScStatusFacts       sc_status_get_facts             (ScStatus      *self);
const char * const *sc_status_get_headers           (ScStatus      *self);
const char * const *sc_status_get_former_names      (ScStatus      *self);
const guint16      *sc_status_get_related_codes     (ScStatus      *self,
                                                     gsize         *n_codes);
const char         *sc_status_get_constant          (ScStatus      *self,
                                                     ScLanguage     language);
const ScCause      *sc_status_get_causes            (ScStatus      *self,
                                                     gsize         *n_causes);

ScResponseClass     sc_response_class_from_code     (guint          code);
const char         *sc_response_class_to_string     (ScResponseClass response_class);
const char         *sc_registry_status_to_string    (ScRegistryStatus registry_status);
const char         *sc_registry_status_describe     (ScRegistryStatus registry_status);

const char         *sc_language_get_id              (ScLanguage     language);
const char         *sc_language_get_name            (ScLanguage     language);
gboolean            sc_language_from_id             (const char    *id,
                                                     ScLanguage    *language);

const char         *sc_platform_get_id              (ScPlatform     platform);
const char         *sc_platform_get_name            (ScPlatform     platform);
gboolean            sc_platform_from_id             (const char    *id,
                                                     ScPlatform    *platform);

ScStatus           *sc_status_list_find             (GListModel    *statuses,
                                                     guint          code,
                                                     guint         *position);

G_END_DECLS
