/* sc-application.c
 *
 * Copyright 2026 The Status Codes developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sc-application"

#include "config.h"

#include <glib/gi18n.h>

#include "sc-application.h"
#include "sc-status-loader.h"
#include "sc-window.h"

#define STATUS_DATA_PATH RESOURCE_PREFIX "/status-codes.xml"

/**
 * ScApplication:
 *
 * Loads the status data once and presents the window, with the search
 * given on the command line, if any. A second launch reaches the first
 * instance, which presents its window.
 */
struct _ScApplication
{
  AdwApplication parent_instance;

  GListModel *statuses;
  ScRegistryDates registry_dates;
};

G_DEFINE_FINAL_TYPE (ScApplication, sc_application, ADW_TYPE_APPLICATION)

static void
sc_application_activate (GApplication *app)
{
  ScApplication *self = (ScApplication *)app;
  GtkWindow *window;

  g_assert (SC_IS_APPLICATION (self));

  window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window == NULL)
    {
      g_autoptr(GError) error = NULL;

      if (self->statuses == NULL)
        self->statuses = sc_status_loader_load_resource (STATUS_DATA_PATH, &self->registry_dates, &error);

      if (self->statuses == NULL)
        {
          /* The data is built into the program: only a broken build gets here. */
          g_printerr ("%s: %s\n", _("The status data could not be read"), error->message);
          g_application_quit (app);
          return;
        }

      window = GTK_WINDOW (sc_window_new (GTK_APPLICATION (self), self->statuses));
    }

  gtk_window_present (window);
}

static int
sc_application_command_line (GApplication            *app,
                             GApplicationCommandLine *command_line)
{
  g_auto(GStrv) arguments = NULL;
  GtkWindow *window;
  int argc;

  g_assert (SC_IS_APPLICATION (app));

  g_application_activate (app);

  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  if (window == NULL)
    return EXIT_FAILURE;

  /* Options were parsed already; what is left is a search. */
  arguments = g_application_command_line_get_arguments (command_line, &argc);
  if (argc > 1)
    {
      g_autofree char *search = g_strjoinv (" ", arguments + 1);

      sc_window_search (SC_WINDOW (window), search);
    }

  return EXIT_SUCCESS;
}

static int
sc_application_handle_local_options (GApplication *app,
                                     GVariantDict *options)
{
  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("%s %s\n", g_get_prgname (), PACKAGE_VERSION);
      return EXIT_SUCCESS;
    }

  return G_APPLICATION_CLASS (sc_application_parent_class)->handle_local_options (app, options);
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  ScApplication *self = user_data;
  GList *windows;

  g_assert (SC_IS_APPLICATION (self));

  /* Closing the windows, rather than quitting outright, lets each save
   * its state; the application ends with its last window. A window may
   * take another with it, hence the references. */
  windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));
  for (GList *l = windows; l != NULL; l = l->next)
    g_object_ref (l->data);
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (l->data);

  g_list_free_full (windows, g_object_unref);
}

static char *
format_date (const GDate *date)
{
  char text[64];

  if (!g_date_valid (date) || g_date_strftime (text, sizeof text, "%x", date) == 0)
    return g_strdup (C_("date", "unknown"));

  return g_strdup (text);
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  ScApplication *self = user_data;
  static const char *developers[] = { "The Status Codes developers", NULL };
  g_autofree char *updated = format_date (&self->registry_dates.updated);
  g_autofree char *checked = format_date (&self->registry_dates.checked);
  g_autofree char *comments = NULL;
  GtkWindow *about;

  g_assert (SC_IS_APPLICATION (self));

  /* Translators: the dates are the IANA registry's own "last updated"
   * date, and when our data was compared with it */
  comments = g_strdup_printf (_("Every HTTP status code, from the IANA HTTP Status Code Registry and RFC 9110, "
                                "and common unofficial ones. The data follows the registry as updated on %s, "
                                "checked on %s."),
                              updated, checked);

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", gtk_application_get_active_window (GTK_APPLICATION (self)),
                        "application-name", _("Status Codes"),
                        "application-icon", APPLICATION_ID,
                        "developer-name", _("The Status Codes developers"),
                        "version", PACKAGE_VERSION,
                        "comments", comments,
                        "website", PACKAGE_WEBSITE,
                        "issue-url", PACKAGE_BUGREPORT,
                        "copyright", "© 2026 The Status Codes developers",
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "developers", developers,
                        /* Translators: your names, one per line, with e-mail addresses in <> if you like */
                        "translator-credits", _("translator-credits"),
                        NULL);
  gtk_window_present (about);
}

static const GActionEntry app_actions[] = {
  { "quit", quit_action },
  { "about", about_action },
};

static void
sc_application_startup (GApplication *app)
{
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *close_accels[] = { "<Control>w", NULL };

  G_APPLICATION_CLASS (sc_application_parent_class)->startup (app);

  g_set_application_name (_("Status Codes"));
  gtk_window_set_default_icon_name (APPLICATION_ID);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions, G_N_ELEMENTS (app_actions), app);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "window.close", close_accels);
}

static void
sc_application_finalize (GObject *object)
{
  ScApplication *self = (ScApplication *)object;

  g_clear_object (&self->statuses);

  G_OBJECT_CLASS (sc_application_parent_class)->finalize (object);
}

static void
sc_application_class_init (ScApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = sc_application_finalize;

  app_class->activate = sc_application_activate;
  app_class->command_line = sc_application_command_line;
  app_class->handle_local_options = sc_application_handle_local_options;
  app_class->startup = sc_application_startup;
}

static void
sc_application_init (ScApplication *self)
{
  /* Options of our own also make GApplication parse the command line in
   * this process, so that --help and unknown options need no display. */
  static const GOptionEntry options[] = {
    { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Print the version and exit"), NULL },
    { NULL }
  };

  g_application_add_main_option_entries (G_APPLICATION (self), options);
  g_application_set_option_context_parameter_string (G_APPLICATION (self), _("[SEARCH…]"));
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Opens the window with SEARCH in its search field and its best match shown, "
                                              "for example “404”, “5xx” or “teapot”."));
}

ScApplication *
sc_application_new (void)
{
  return g_object_new (SC_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_HANDLES_COMMAND_LINE,
                       "resource-base-path", RESOURCE_PREFIX,
                       NULL);
}
