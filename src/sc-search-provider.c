/* sc-search-provider.c
 *
 * Copyright 2026 The Status Codes developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sc-search-provider"

#include "config.h"

#include "sc-search-provider.h"
#include "sc-search-query.h"
#include "sc-status.h"
#include "sc-status-results.h"

#define SEARCH_PROVIDER_INTERFACE "org.gnome.Shell.SearchProvider2"

/**
 * ScSearchProvider:
 *
 * Answers GNOME Shell's searches (the org.gnome.Shell.SearchProvider2
 * D-Bus interface) from the statuses the app loaded, through the window's
 * own results model, #ScStatusResults: the same matches in the same order,
 * with unofficial codes left out unless #ScSearchProvider:show-unofficial
 * is set. A result is identified by its code, "404".
 *
 * It knows nothing of windows: when the user picks a result or asks for
 * the app's own search, it emits #ScSearchProvider::activate-result or
 * #ScSearchProvider::launch-search, and the application opens its window.
 * While it handles a call, it holds #ScSearchProvider:application, so
 * that an application started only to answer a search stays up for it.
 */
struct _ScSearchProvider
{
  GObject parent_instance;

  GListModel *statuses;
  gboolean show_unofficial;
  GApplication *application;

  /* The sidebar's own results model, made at the first search and kept,
   * so that the statuses' search keys are made once. */
  ScStatusResults *results;

  GDBusConnection *connection;
  guint registration_id;

  /* The app icon, as the Shell wants it. */
  GVariant *icon;
};

G_DEFINE_FINAL_TYPE (ScSearchProvider, sc_search_provider, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STATUSES,
  PROP_SHOW_UNOFFICIAL,
  PROP_APPLICATION,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

enum {
  ACTIVATE_RESULT,
  LAUNCH_SEARCH,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

static GDBusInterfaceInfo *interface_info;

/* The status a result ID names, if any: the ID must be the code exactly. */
static ScStatus *
lookup_result (ScSearchProvider *self,
               const char       *id)
{
  g_autoptr(ScStatus) status = NULL;
  guint64 code;

  if (!g_ascii_string_to_unsigned (id, 10, SC_STATUS_CODE_MIN, SC_STATUS_CODE_MAX, &code, NULL))
    return NULL;

  status = sc_status_list_find (self->statuses, (guint)code, NULL);
  if (status == NULL || g_strcmp0 (sc_status_get_code_string (status), id) != 0)
    return NULL;

  return g_steal_pointer (&status);
}

static GVariant *
results_to_variant (GPtrArray *results)
{
  GVariantBuilder builder;

  g_variant_builder_init (&builder, G_VARIANT_TYPE_STRING_ARRAY);
  for (guint i = 0; i < results->len; i++)
    g_variant_builder_add (&builder, "s", sc_status_get_code_string (g_ptr_array_index (results, i)));

  return g_variant_builder_end (&builder);
}

/* The Shell splits what the user typed into words; the sidebar's query
 * reads them as the user typed them. */
static ScSearchQuery *
query_from_terms (const char * const *terms)
{
  g_autofree char *search = g_strjoinv (" ", (char **)terms);

  return sc_search_query_new (search);
}

static GVariant *
find_terms (ScSearchProvider   *self,
            const char * const *terms)
{
  g_autoptr(ScSearchQuery) query = query_from_terms (terms);
  g_autoptr(GPtrArray) results = NULL;

  /* Nothing typed is no search: every code would be too many results. */
  if (sc_search_query_is_empty (query))
    results = g_ptr_array_new ();
  else
    results = sc_search_provider_find (self, sc_search_query_get_text (query));

  return g_variant_new ("(@as)", results_to_variant (results));
}

static GVariant *
get_initial_result_set (ScSearchProvider *self,
                        GVariant         *parameters)
{
  g_autofree const char **terms = NULL;

  g_variant_get (parameters, "(^a&s)", &terms);

  return find_terms (self, terms);
}

/* Typing on can find more as well as less: `HTTP/2 40` finds nothing,
 * and its next digit names 404 (see #ScSearchQuery). So the Shell's
 * previous results are not a bound, and a subsearch is a search afresh,
 * as cheap as the first. */
static GVariant *
get_subsearch_result_set (ScSearchProvider *self,
                          GVariant         *parameters)
{
  g_autofree const char **previous = NULL;
  g_autofree const char **terms = NULL;

  g_variant_get (parameters, "(^a&s^a&s)", &previous, &terms);

  return find_terms (self, terms);
}

static GVariant *
get_result_metas (ScSearchProvider *self,
                  GVariant         *parameters)
{
  g_autofree const char **ids = NULL;
  GVariantBuilder builder;

  g_variant_get (parameters, "(^a&s)", &ids);

  g_variant_builder_init (&builder, G_VARIANT_TYPE ("aa{sv}"));
  for (guint i = 0; ids[i] != NULL; i++)
    {
      g_autoptr(ScStatus) status = lookup_result (self, ids[i]);
      g_autofree char *name = NULL;
      g_autofree char *label = NULL;
      GVariantDict meta;

      /* The Shell only asks for results it was given; anything else is
       * left out rather than failing the whole call. */
      if (status == NULL)
        continue;

      name = sc_search_provider_dup_name (status);
      label = sc_status_dup_code_phrase (status);

      g_variant_dict_init (&meta, NULL);
      g_variant_dict_insert (&meta, "id", "s", ids[i]);
      g_variant_dict_insert (&meta, "name", "s", name);
      g_variant_dict_insert (&meta, "description", "s", sc_status_get_summary (status));
      g_variant_dict_insert_value (&meta, "icon", self->icon);
      /* The Shell copies this whenever the user chooses the result, not
       * only on request: like GNOME Characters, which copies the very
       * character it opens, it is the short thing chosen, "404 Not Found"
       * (as Ctrl+Shift+C copies it), never a paragraph in its stead. */
      g_variant_dict_insert (&meta, "clipboardText", "s", label);
      g_variant_builder_add_value (&builder, g_variant_dict_end (&meta));
    }

  return g_variant_new ("(aa{sv})", &builder);
}

static gboolean
activate_result (ScSearchProvider       *self,
                 GVariant               *parameters,
                 GDBusMethodInvocation  *invocation)
{
  g_autofree const char **terms = NULL;
  g_autoptr(ScStatus) status = NULL;
  const char *id;
  guint32 timestamp;

  g_variant_get (parameters, "(&s^a&su)", &id, &terms, &timestamp);

  status = lookup_result (self, id);
  if (status == NULL)
    {
      g_dbus_method_invocation_return_error (invocation, G_DBUS_ERROR, G_DBUS_ERROR_INVALID_ARGS,
                                             "No status code “%s”", id);
      return FALSE;
    }

  g_signal_emit (self, signals [ACTIVATE_RESULT], 0, sc_status_get_code (status), timestamp);
  return TRUE;
}

static void
launch_search (ScSearchProvider *self,
               GVariant         *parameters)
{
  g_autofree const char **terms = NULL;
  g_autofree char *search = NULL;
  guint32 timestamp;

  g_variant_get (parameters, "(^a&su)", &terms, &timestamp);
  search = g_strjoinv (" ", (char **)terms);

  g_signal_emit (self, signals [LAUNCH_SEARCH], 0, search, timestamp);
}

static void
handle_method_call (GDBusConnection       *connection,
                    const char            *sender,
                    const char            *object_path,
                    const char            *interface_name,
                    const char            *method_name,
                    GVariant              *parameters,
                    GDBusMethodInvocation *invocation,
                    gpointer               user_data)
{
  g_autoptr(ScSearchProvider) self = g_object_ref (user_data);
  g_autoptr(GApplication) application = NULL;

  g_assert (SC_IS_SEARCH_PROVIDER (self));

  /* An application that the bus started for this call alone would
   * otherwise be free to exit before it answers. */
  if (self->application != NULL)
    {
      application = g_object_ref (self->application);
      g_application_hold (application);
    }

  /* GDBus has checked the method and its arguments against the interface. */
  if (g_str_equal (method_name, "GetInitialResultSet"))
    g_dbus_method_invocation_return_value (invocation, get_initial_result_set (self, parameters));
  else if (g_str_equal (method_name, "GetSubsearchResultSet"))
    g_dbus_method_invocation_return_value (invocation, get_subsearch_result_set (self, parameters));
  else if (g_str_equal (method_name, "GetResultMetas"))
    g_dbus_method_invocation_return_value (invocation, get_result_metas (self, parameters));
  else if (g_str_equal (method_name, "ActivateResult"))
    {
      if (activate_result (self, parameters, invocation))
        g_dbus_method_invocation_return_value (invocation, NULL);
    }
  else if (g_str_equal (method_name, "LaunchSearch"))
    {
      launch_search (self, parameters);
      g_dbus_method_invocation_return_value (invocation, NULL);
    }
  else
    g_dbus_method_invocation_return_error (invocation, G_DBUS_ERROR, G_DBUS_ERROR_UNKNOWN_METHOD,
                                           "Unknown method %s", method_name);

  if (application != NULL)
    g_application_release (application);
}

static const GDBusInterfaceVTable interface_vtable = {
  .method_call = handle_method_call,
};

static void
sc_search_provider_dispose (GObject *object)
{
  ScSearchProvider *self = (ScSearchProvider *)object;

  sc_search_provider_unregister (self);
  sc_search_provider_set_application (self, NULL);

  G_OBJECT_CLASS (sc_search_provider_parent_class)->dispose (object);
}

static void
sc_search_provider_finalize (GObject *object)
{
  ScSearchProvider *self = (ScSearchProvider *)object;

  g_clear_object (&self->statuses);
  g_clear_object (&self->results);
  g_clear_pointer (&self->icon, g_variant_unref);

  G_OBJECT_CLASS (sc_search_provider_parent_class)->finalize (object);
}

static void
sc_search_provider_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  ScSearchProvider *self = SC_SEARCH_PROVIDER (object);

  switch (prop_id)
    {
    case PROP_STATUSES:
      g_value_set_object (value, self->statuses);
      break;

    case PROP_SHOW_UNOFFICIAL:
      g_value_set_boolean (value, self->show_unofficial);
      break;

    case PROP_APPLICATION:
      g_value_set_object (value, self->application);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sc_search_provider_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  ScSearchProvider *self = SC_SEARCH_PROVIDER (object);

  switch (prop_id)
    {
    case PROP_STATUSES:
      self->statuses = g_value_dup_object (value);
      break;

    case PROP_SHOW_UNOFFICIAL:
      sc_search_provider_set_show_unofficial (self, g_value_get_boolean (value));
      break;

    case PROP_APPLICATION:
      sc_search_provider_set_application (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sc_search_provider_class_init (ScSearchProviderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  g_autoptr(GBytes) xml = NULL;
  g_autoptr(GDBusNodeInfo) node = NULL;
  g_autoptr(GError) error = NULL;

  object_class->dispose = sc_search_provider_dispose;
  object_class->finalize = sc_search_provider_finalize;
  object_class->get_property = sc_search_provider_get_property;
  object_class->set_property = sc_search_provider_set_property;

  /**
   * ScSearchProvider:statuses:
   *
   * Every status, as the loader gives them.
   */
  properties [PROP_STATUSES] =
    g_param_spec_object ("statuses", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * ScSearchProvider:show-unofficial:
   *
   * Whether codes that are not in the IANA registry are found, as in the
   * sidebar.
   */
  properties [PROP_SHOW_UNOFFICIAL] =
    g_param_spec_boolean ("show-unofficial", NULL, NULL,
                          TRUE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * ScSearchProvider:application:
   *
   * The application to hold while a call is handled, if any. Not a
   * reference: the application owns the provider.
   */
  properties [PROP_APPLICATION] =
    g_param_spec_object ("application", NULL, NULL,
                         G_TYPE_APPLICATION,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * ScSearchProvider::activate-result:
   * @code: the status code the user chose
   * @timestamp: the time of the user's action, for presenting a window
   *
   * The user chose a result: the application should show @code.
   */
  signals [ACTIVATE_RESULT] =
    g_signal_new ("activate-result",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_UINT);

  /**
   * ScSearchProvider::launch-search:
   * @search: the Shell's search terms, joined by spaces
   * @timestamp: the time of the user's action, for presenting a window
   *
   * The user asked for the application's own search: it should search
   * for @search.
   */
  signals [LAUNCH_SEARCH] =
    g_signal_new ("launch-search",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_UINT);

  /* The interface is built into the program: only a broken build fails here. */
  xml = g_resources_lookup_data (RESOURCE_PREFIX "/" SEARCH_PROVIDER_INTERFACE ".xml",
                                 G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  g_assert_no_error (error);
  node = g_dbus_node_info_new_for_xml (g_bytes_get_data (xml, NULL), &error);
  g_assert_no_error (error);
  interface_info = g_dbus_interface_info_ref (g_dbus_node_info_lookup_interface (node, SEARCH_PROVIDER_INTERFACE));
  g_assert (interface_info != NULL);
}

static void
sc_search_provider_init (ScSearchProvider *self)
{
  g_autoptr(GIcon) icon = g_themed_icon_new (APPLICATION_ID);

  self->show_unofficial = TRUE;
  self->icon = g_icon_serialize (icon);
}

ScSearchProvider *
sc_search_provider_new (GListModel *statuses)
{
  g_return_val_if_fail (G_IS_LIST_MODEL (statuses), NULL);

  return g_object_new (SC_TYPE_SEARCH_PROVIDER,
                       "statuses", statuses,
                       NULL);
}

/**
 * sc_search_provider_get_statuses:
 *
 * Returns: (transfer none): every status
 */
GListModel *
sc_search_provider_get_statuses (ScSearchProvider *self)
{
  g_return_val_if_fail (SC_IS_SEARCH_PROVIDER (self), NULL);

  return self->statuses;
}

gboolean
sc_search_provider_get_show_unofficial (ScSearchProvider *self)
{
  g_return_val_if_fail (SC_IS_SEARCH_PROVIDER (self), TRUE);

  return self->show_unofficial;
}

void
sc_search_provider_set_show_unofficial (ScSearchProvider *self,
                                        gboolean          show_unofficial)
{
  g_return_if_fail (SC_IS_SEARCH_PROVIDER (self));

  show_unofficial = !!show_unofficial;
  if (show_unofficial == self->show_unofficial)
    return;

  self->show_unofficial = show_unofficial;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_SHOW_UNOFFICIAL]);
}

/**
 * sc_search_provider_get_application:
 *
 * Returns: (transfer none) (nullable): the application held during calls
 */
GApplication *
sc_search_provider_get_application (ScSearchProvider *self)
{
  g_return_val_if_fail (SC_IS_SEARCH_PROVIDER (self), NULL);

  return self->application;
}

void
sc_search_provider_set_application (ScSearchProvider *self,
                                    GApplication     *application)
{
  g_return_if_fail (SC_IS_SEARCH_PROVIDER (self));
  g_return_if_fail (!application || G_IS_APPLICATION (application));

  if (g_set_weak_pointer (&self->application, application))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_APPLICATION]);
}

/**
 * sc_search_provider_dup_name:
 * @status: a status
 *
 * Names @status as a search result: its code and reason phrase, and
 * after them its title where it has one of its own, as the window shows
 * it: "404 Not Found", in Chinese "404 Not Found 未找到".
 *
 * Returns: (transfer full): the name
 */
char *
sc_search_provider_dup_name (ScStatus *status)
{
  g_return_val_if_fail (SC_IS_STATUS (status), NULL);

  if (sc_status_has_own_title (status))
    return g_strdup_printf ("%s %s %s",
                            sc_status_get_code_string (status),
                            sc_status_get_phrase (status),
                            sc_status_get_title (status));

  return sc_status_dup_code_phrase (status);
}

/**
 * sc_search_provider_find:
 * @search: a search as the sidebar reads it; empty for every code
 *
 * Finds the statuses that match @search, in the order the sidebar shows
 * them: best match first, then by code. Unofficial codes are among them
 * only if #ScSearchProvider:show-unofficial is set.
 *
 * Returns: (transfer full) (element-type ScStatus): the matches
 */
GPtrArray *
sc_search_provider_find (ScSearchProvider *self,
                         const char       *search)
{
  GPtrArray *matches;
  guint n_matches;

  g_return_val_if_fail (SC_IS_SEARCH_PROVIDER (self), NULL);
  g_return_val_if_fail (search != NULL, NULL);

  if (self->results == NULL)
    self->results = sc_status_results_new (self->statuses);
  sc_status_results_set_show_unofficial (self->results, self->show_unofficial);
  sc_status_results_set_search (self->results, search);

  n_matches = g_list_model_get_n_items (G_LIST_MODEL (self->results));
  matches = g_ptr_array_new_full (n_matches, g_object_unref);
  for (guint i = 0; i < n_matches; i++)
    g_ptr_array_add (matches, g_list_model_get_item (G_LIST_MODEL (self->results), i));

  return matches;
}

/**
 * sc_search_provider_register:
 * @connection: where to export the provider
 * @object_path: the object path the search provider file names
 *
 * Exports the provider on @connection, until
 * sc_search_provider_unregister() or the provider's end.
 *
 * Returns: whether it was exported
 */
gboolean
sc_search_provider_register (ScSearchProvider  *self,
                             GDBusConnection   *connection,
                             const char        *object_path,
                             GError           **error)
{
  g_return_val_if_fail (SC_IS_SEARCH_PROVIDER (self), FALSE);
  g_return_val_if_fail (G_IS_DBUS_CONNECTION (connection), FALSE);
  g_return_val_if_fail (g_variant_is_object_path (object_path), FALSE);
  g_return_val_if_fail (self->registration_id == 0, FALSE);

  self->registration_id = g_dbus_connection_register_object (connection,
                                                             object_path,
                                                             interface_info,
                                                             &interface_vtable,
                                                             self,
                                                             NULL,
                                                             error);
  if (self->registration_id == 0)
    return FALSE;

  self->connection = g_object_ref (connection);
  return TRUE;
}

void
sc_search_provider_unregister (ScSearchProvider *self)
{
  g_return_if_fail (SC_IS_SEARCH_PROVIDER (self));

  if (self->registration_id != 0)
    {
      g_dbus_connection_unregister_object (self->connection, self->registration_id);
      self->registration_id = 0;
    }

  g_clear_object (&self->connection);
}
