/* test-search-service.c
 *
 * Copyright 2026 The Status Codes developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * status-codes-search-provider, the built program, as GNOME Shell meets
 * it: started by a private bus from a service file when first called,
 * answering searches, following the app's show-unofficial setting as it
 * changes, and handing the user's choice to the app through its actions
 * (here a stand-in GApplication with the app's ID).
 */

#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>

#define PROVIDER_BUS_NAME APPLICATION_ID ".SearchProvider"
#define PROVIDER_PATH "/io/github/statuscodes/StatusCodes/SearchProvider"
#define PROVIDER_INTERFACE "org.gnome.Shell.SearchProvider2"

static GTestDBus *bus;
static GDBusConnection *connection;

/* What the stand-in app was asked to do. */
typedef struct
{
  char *action;
  GVariant *parameter;
} Activation;

static Activation activation;

static GVariant *
call (const char *method,
      GVariant   *parameters,
      const char *reply_type)
{
  g_autoptr(GError) error = NULL;
  GVariant *reply;

  reply = g_dbus_connection_call_sync (connection, PROVIDER_BUS_NAME, PROVIDER_PATH, PROVIDER_INTERFACE,
                                       method, parameters, G_VARIANT_TYPE (reply_type),
                                       G_DBUS_CALL_FLAGS_NONE, 20000, NULL, &error);
  g_assert_no_error (error);
  return reply;
}

static GStrv
search (const char *text)
{
  g_auto(GStrv) terms = g_strsplit (text, " ", -1);
  g_autoptr(GVariant) reply = call ("GetInitialResultSet", g_variant_new ("(^as)", terms), "(as)");
  GStrv results = NULL;

  g_variant_get (reply, "(^as)", &results);
  return results;
}

static void
on_action_activated (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  g_clear_pointer (&activation.action, g_free);
  g_clear_pointer (&activation.parameter, g_variant_unref);
  activation.action = g_strdup (g_action_get_name (G_ACTION (action)));
  activation.parameter = parameter != NULL ? g_variant_ref (parameter) : NULL;
}

static void
wait_for_activation (void)
{
  gint64 deadline = g_get_monotonic_time () + 20 * G_TIME_SPAN_SECOND;

  while (activation.action == NULL && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_nonnull (activation.action);
}

/* The bus starts the provider for the first call; it answers as the
 * window would, the best match first. */
static void
test_started_by_bus (void)
{
  g_autoptr(GVariant) owner = NULL;
  g_auto(GStrv) results = NULL;
  g_autoptr(GError) error = NULL;

  owner = g_dbus_connection_call_sync (connection, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                                       "org.freedesktop.DBus", "NameHasOwner",
                                       g_variant_new ("(s)", PROVIDER_BUS_NAME), G_VARIANT_TYPE ("(b)"),
                                       G_DBUS_CALL_FLAGS_NONE, -1, NULL, &error);
  g_assert_no_error (error);
  g_assert_false (g_variant_get_boolean (g_variant_get_child_value (owner, 0)));

  results = search ("not found");
  g_assert_nonnull (results[0]);
  g_assert_cmpstr (results[0], ==, "404");
}

static void
test_result_metas (void)
{
  const char *ids[] = { "404", NULL };
  g_autoptr(GVariant) reply = call ("GetResultMetas", g_variant_new ("(^as)", ids), "(aa{sv})");
  g_autoptr(GVariant) metas = g_variant_get_child_value (reply, 0);
  g_autoptr(GVariant) meta = NULL;
  g_autoptr(GVariantDict) dict = NULL;
  const char *text;

  g_assert_cmpuint (g_variant_n_children (metas), ==, 1);
  meta = g_variant_get_child_value (metas, 0);
  dict = g_variant_dict_new (meta);
  g_assert_true (g_variant_dict_lookup (dict, "name", "&s", &text));
  g_assert_cmpstr (text, ==, "404 Not Found");
  g_assert_true (g_variant_dict_lookup (dict, "clipboardText", "&s", &text));
  g_assert_cmpstr (text, ==, "404 Not Found");
}

/* The provider follows the app's setting while it runs. */
static void
test_unofficial_setting (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  gint64 deadline;
  g_auto(GStrv) shown = search ("499");

  g_assert_cmpstr (shown[0], ==, "499");

  g_settings_set_boolean (settings, "show-unofficial", FALSE);
  g_settings_sync ();
  deadline = g_get_monotonic_time () + 10 * G_TIME_SPAN_SECOND;
  for (;;)
    {
      g_auto(GStrv) results = search ("499");

      if (results[0] == NULL)
        break;
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_usleep (50000);
    }

  g_settings_set_boolean (settings, "show-unofficial", TRUE);
  g_settings_sync ();
  deadline = g_get_monotonic_time () + 10 * G_TIME_SPAN_SECOND;
  for (;;)
    {
      g_auto(GStrv) results = search ("499");

      if (results[0] != NULL)
        {
          g_assert_cmpstr (results[0], ==, "499");
          break;
        }
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_usleep (50000);
    }
}

/* Choosing a result or the app's icon reaches the app's actions. */
static void
test_activate (void)
{
  const char *terms[] = { "not", "found", NULL };
  g_autoptr(GVariant) reply = NULL;

  reply = call ("ActivateResult", g_variant_new ("(s^asu)", "404", terms, 0), "()");
  wait_for_activation ();
  g_assert_cmpstr (activation.action, ==, "show-code");
  g_assert_cmpuint (g_variant_get_uint32 (activation.parameter), ==, 404);

  g_clear_pointer (&activation.action, g_free);
  g_clear_pointer (&reply, g_variant_unref);
  reply = call ("LaunchSearch", g_variant_new ("(^asu)", terms, 0), "()");
  wait_for_activation ();
  g_assert_cmpstr (activation.action, ==, "search");
  g_assert_cmpstr (g_variant_get_string (activation.parameter, NULL), ==, "not found");

  g_clear_pointer (&activation.action, g_free);
  g_clear_pointer (&activation.parameter, g_variant_unref);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *tmp = NULL;
  g_autofree char *services = NULL;
  g_autofree char *service_file = NULL;
  g_autofree char *service = NULL;
  g_autofree char *program = NULL;
  g_autoptr(GApplication) app = NULL;
  g_autoptr(GError) error = NULL;
  static const GActionEntry actions[] = {
    { "show-code", on_action_activated, "u" },
    { "search", on_action_activated, "s" },
  };
  int status;

  g_test_init (&argc, &argv, NULL);

  /* The settings in a key file that both processes watch, so that a
   * change here reaches the provider, as dconf does in a session. */
  tmp = g_dir_make_tmp ("test-search-service-XXXXXX", &error);
  g_assert_no_error (error);
  g_setenv ("GSETTINGS_BACKEND", "keyfile", TRUE);
  g_setenv ("XDG_CONFIG_HOME", tmp, TRUE);

  services = g_build_filename (tmp, "services", NULL);
  g_assert_cmpint (g_mkdir (services, 0700), ==, 0);
  service_file = g_build_filename (services, PROVIDER_BUS_NAME ".service", NULL);
  program = g_test_build_filename (G_TEST_BUILT, "..", "src", "status-codes-search-provider", NULL);
  service = g_strdup_printf ("[D-BUS Service]\nName=%s\nExec=%s\n", PROVIDER_BUS_NAME, program);
  g_file_set_contents (service_file, service, -1, &error);
  g_assert_no_error (error);

  bus = g_test_dbus_new (G_TEST_DBUS_NONE);
  g_test_dbus_add_service_dir (bus, services);
  g_test_dbus_up (bus);
  connection = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, &error);
  g_assert_no_error (error);

  /* The app, as the provider reaches it. */
  app = g_application_new (APPLICATION_ID, G_APPLICATION_IS_SERVICE);
  g_action_map_add_action_entries (G_ACTION_MAP (app), actions, G_N_ELEMENTS (actions), NULL);
  g_application_register (app, NULL, &error);
  g_assert_no_error (error);

  g_test_add_func ("/search-service/started-by-bus", test_started_by_bus);
  g_test_add_func ("/search-service/result-metas", test_result_metas);
  g_test_add_func ("/search-service/unofficial-setting", test_unofficial_setting);
  g_test_add_func ("/search-service/activate", test_activate);

  status = g_test_run ();

  g_clear_object (&app);
  g_clear_object (&connection);
  g_test_dbus_down (bus);
  g_clear_object (&bus);

  /* What the key file backend and this test wrote. */
  {
    g_autofree char *glib_dir = g_build_filename (tmp, "glib-2.0", NULL);
    g_autofree char *settings_dir = g_build_filename (glib_dir, "settings", NULL);
    g_autofree char *keyfile = g_build_filename (settings_dir, "keyfile", NULL);

    g_remove (keyfile);
    g_rmdir (settings_dir);
    g_rmdir (glib_dir);
    g_remove (service_file);
    g_rmdir (services);
    g_rmdir (tmp);
  }

  return status;
}
