/* sc-search-service.c
 *
 * Copyright 2026 The Status Codes developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sc-search-service"

#include "config.h"

#include "sc-search-provider.h"
#include "sc-search-service.h"
#include "sc-status-loader.h"

#define STATUS_DATA_PATH RESOURCE_PREFIX "/status-codes.xml"

/* Where the provider is exported; the search provider file installed in
 * share/gnome-shell/search-providers/ names it. */
#define SEARCH_PROVIDER_PATH RESOURCE_PREFIX "/SearchProvider"

/* The app, as the bus knows it. */
#define APPLICATION_PATH RESOURCE_PREFIX

/* How long the service stays up after the last search, in milliseconds:
 * long enough for the user to type on, short enough not to linger. */
#define INACTIVITY_TIMEOUT 15000

/**
 * ScSearchService:
 *
 * The GNOME Shell search provider as a process of its own,
 * `status-codes-search-provider`, which the bus starts under the name
 * APPLICATION_ID.SearchProvider when the Shell first searches. It uses
 * GLib and GIO only, so it starts and answers quickly and costs little
 * memory, and exits a while after the last search.
 *
 * It answers from the same loader and results model as the window, and
 * follows the app's `show-unofficial` setting as it changes. When the user
 * chooses a result or the app's icon, it asks the app to show the code or
 * the search, through the app's `show-code` and `search` actions
 * (org.freedesktop.Application.ActivateAction), which has the bus start
 * the app if it is not running.
 */
struct _ScSearchService
{
  GApplication parent_instance;

  GSettings *settings;
  ScSearchProvider *provider;
};

G_DEFINE_FINAL_TYPE (ScSearchService, sc_search_service, G_TYPE_APPLICATION)

static void
activate_action_cb (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(GApplication) application = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) reply = NULL;

  reply = g_dbus_connection_call_finish (G_DBUS_CONNECTION (object), result, &error);
  if (reply == NULL)
    g_warning ("Could not reach the app: %s", error->message);

  g_application_release (application);
}

/* Activates the app's action @name with @parameter (floating), starting
 * the app if need be; the service stays up until the app has answered. */
static void
activate_app_action (ScSearchService *self,
                     const char      *name,
                     GVariant        *parameter)
{
  GDBusConnection *connection = g_application_get_dbus_connection (G_APPLICATION (self));
  GVariantBuilder parameters;
  GVariantBuilder platform_data;

  g_assert (SC_IS_SEARCH_SERVICE (self));

  g_variant_builder_init (&parameters, G_VARIANT_TYPE ("av"));
  g_variant_builder_add (&parameters, "v", parameter);
  g_variant_builder_init (&platform_data, G_VARIANT_TYPE_VARDICT);

  g_application_hold (G_APPLICATION (self));
  g_dbus_connection_call (connection,
                          APPLICATION_ID,
                          APPLICATION_PATH,
                          "org.freedesktop.Application",
                          "ActivateAction",
                          g_variant_new ("(s@av@a{sv})", name,
                                         g_variant_builder_end (&parameters),
                                         g_variant_builder_end (&platform_data)),
                          NULL,
                          G_DBUS_CALL_FLAGS_NONE,
                          -1,
                          NULL,
                          activate_action_cb,
                          g_object_ref (self));
}

static void
on_activate_result_cb (ScSearchService  *self,
                       guint             code,
                       guint             timestamp,
                       ScSearchProvider *provider)
{
  g_assert (SC_IS_SEARCH_SERVICE (self));

  activate_app_action (self, "show-code", g_variant_new_uint32 (code));
}

static void
on_launch_search_cb (ScSearchService  *self,
                     const char       *search,
                     guint             timestamp,
                     ScSearchProvider *provider)
{
  g_assert (SC_IS_SEARCH_SERVICE (self));

  activate_app_action (self, "search", g_variant_new_string (search));
}

static gboolean
sc_search_service_dbus_register (GApplication     *app,
                                 GDBusConnection  *connection,
                                 const char       *object_path,
                                 GError          **error)
{
  ScSearchService *self = (ScSearchService *)app;
  g_autoptr(GListModel) statuses = NULL;

  g_assert (SC_IS_SEARCH_SERVICE (self));

  if (!G_APPLICATION_CLASS (sc_search_service_parent_class)->dbus_register (app, connection, object_path, error))
    return FALSE;

  statuses = sc_status_loader_load_resource (STATUS_DATA_PATH, NULL, error);
  if (statuses == NULL)
    return FALSE;

  self->settings = g_settings_new (APPLICATION_ID);
  self->provider = sc_search_provider_new (statuses);
  sc_search_provider_set_application (self->provider, app);
  g_settings_bind (self->settings, "show-unofficial", self->provider, "show-unofficial", G_SETTINGS_BIND_GET);
  g_signal_connect_object (self->provider, "activate-result",
                           G_CALLBACK (on_activate_result_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->provider, "launch-search",
                           G_CALLBACK (on_launch_search_cb), self, G_CONNECT_SWAPPED);

  if (!sc_search_provider_register (self->provider, connection, SEARCH_PROVIDER_PATH, error))
    {
      g_clear_object (&self->provider);
      return FALSE;
    }

  g_application_set_inactivity_timeout (app, INACTIVITY_TIMEOUT);

  return TRUE;
}

static void
sc_search_service_dbus_unregister (GApplication    *app,
                                   GDBusConnection *connection,
                                   const char      *object_path)
{
  ScSearchService *self = (ScSearchService *)app;

  g_assert (SC_IS_SEARCH_SERVICE (self));

  if (self->provider != NULL)
    sc_search_provider_unregister (self->provider);
  g_clear_object (&self->provider);

  G_APPLICATION_CLASS (sc_search_service_parent_class)->dbus_unregister (app, connection, object_path);
}

static void
sc_search_service_finalize (GObject *object)
{
  ScSearchService *self = (ScSearchService *)object;

  g_clear_object (&self->provider);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (sc_search_service_parent_class)->finalize (object);
}

static void
sc_search_service_class_init (ScSearchServiceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = sc_search_service_finalize;

  app_class->dbus_register = sc_search_service_dbus_register;
  app_class->dbus_unregister = sc_search_service_dbus_unregister;
}

static void
sc_search_service_init (ScSearchService *self)
{
}

ScSearchService *
sc_search_service_new (void)
{
  return g_object_new (SC_TYPE_SEARCH_SERVICE,
                       "application-id", APPLICATION_ID ".SearchProvider",
                       "flags", G_APPLICATION_IS_SERVICE,
                       NULL);
}
