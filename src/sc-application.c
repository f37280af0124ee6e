/* sc-application.c
 *
 * Copyright 2026 The Status Codes developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sc-application"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "sc-application.h"
#include "sc-compat.h"
#include "sc-search-provider.h"
#include "sc-status-loader.h"
#include "sc-status.h"
#include "sc-window.h"

#define STATUS_DATA_PATH RESOURCE_PREFIX "/status-codes.xml"

/**
 * ScApplication:
 *
 * Loads the status data once and presents the window, at the code or
 * with the search given on the command line, if any. A second launch
 * reaches the first instance, which presents its window. `--print`
 * answers a search on standard output without a window, nor even a
 * display. GNOME Shell's searches are answered by a process of their
 * own (see #ScSearchService), which shows what the user chose through the
 * `app.show-code` and `app.search` actions.
 */
struct _ScApplication
{
  AdwApplication parent_instance;

  GListModel *statuses;
  ScRegistryDates registry_dates;
};

G_DEFINE_FINAL_TYPE (ScApplication, sc_application, ADW_TYPE_APPLICATION)

/* Loads the status data, once. The data is built into the program: only
 * a broken build fails, and it says so. */
static gboolean
load_statuses (ScApplication *self)
{
  g_autoptr(GError) error = NULL;

  if (self->statuses != NULL)
    return TRUE;

  self->statuses = sc_status_loader_load_resource (STATUS_DATA_PATH, &self->registry_dates, &error);
  if (self->statuses == NULL)
    {
      g_printerr ("%s: %s\n", _("The status data could not be read"), error->message);
      return FALSE;
    }

  return TRUE;
}

#if !SC_HAS_SHORTCUTS_DIALOG
/* The keyboard shortcuts before libadwaita 1.8, which shows
 * shortcuts-dialog.ui itself (see sc-compat.h): the window of
 * help-overlay.ui, built the first time it is asked for rather than with
 * every window, as GtkApplication would do with gtk/help-overlay.ui: no
 * window's first frame needs it. */
static void
shortcuts_action (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  ScApplication *self = user_data;
  GtkApplicationWindow *window;
  GtkShortcutsWindow *help_overlay;

  g_assert (SC_IS_APPLICATION (self));

  window = GTK_APPLICATION_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (self)));
  if (window == NULL)
    return;

  help_overlay = gtk_application_window_get_help_overlay (window);
  if (help_overlay == NULL)
    {
      g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource (RESOURCE_PREFIX "/help-overlay.ui");

      help_overlay = GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
      /* Modal, transient for the window and hidden on close, as
       * GtkApplication would have made it. */
      gtk_application_window_set_help_overlay (window, help_overlay);
    }

  gtk_window_present (GTK_WINDOW (help_overlay));
}
#endif

/* The window, made if need be; not yet presented. */
static GtkWindow *
ensure_window (ScApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window != NULL)
    return window;

  if (!load_statuses (self))
    {
      g_application_quit (G_APPLICATION (self));
      return NULL;
    }

  /* A service that the bus started for a search now has a window, which
   * holds the application: once it is closed, the application ends at
   * once, as when it was started from a launcher. */
  g_application_set_inactivity_timeout (G_APPLICATION (self), 0);

  return GTK_WINDOW (sc_window_new (GTK_APPLICATION (self), self->statuses));
}

static void
sc_application_activate (GApplication *app)
{
  ScApplication *self = (ScApplication *)app;
  GtkWindow *window;

  g_assert (SC_IS_APPLICATION (self));

  window = ensure_window (self);
  if (window != NULL)
    gtk_window_present (window);
}

/* What follows the options on the command line, a code or a search, as
 * GOption collected it (see sc_application_init()); %NULL for nothing.
 * Free the array with g_free(): its strings belong to @options. */
static const char **
lookup_arguments (GVariantDict *options)
{
  const char **arguments = NULL;

  if (!g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &arguments) ||
      arguments[0] == NULL)
    g_clear_pointer (&arguments, g_free);

  return arguments;
}

/* A command-line argument that names a code rather than searches: three
 * digits, as "404". */
static gboolean
parse_code (const char *argument,
            guint      *code)
{
  guint64 value;

  if (strlen (argument) != 3 || !g_ascii_isdigit (argument[0]))
    return FALSE;

  if (!g_ascii_string_to_unsigned (argument, 10, 0, 999, &value, NULL))
    return FALSE;

  *code = (guint)value;
  return TRUE;
}

static int
sc_application_command_line (GApplication            *app,
                             GApplicationCommandLine *command_line)
{
  ScApplication *self = (ScApplication *)app;
  g_autofree const char **arguments = NULL;
  GtkWindow *window;
  guint code;

  g_assert (SC_IS_APPLICATION (self));

  window = ensure_window (self);
  if (window == NULL)
    return EXIT_FAILURE;

  /* A code, or a search. The instance that was started has refused
   * unknown codes (see sc_application_handle_local_options()). */
  arguments = lookup_arguments (g_application_command_line_get_options_dict (command_line));
  if (arguments != NULL)
    {
      gboolean shown = FALSE;

      if (arguments[1] == NULL && parse_code (arguments[0], &code))
        shown = sc_window_select_code (SC_WINDOW (window), code);

      if (!shown)
        {
          g_autofree char *search = g_strjoinv (" ", (char **)arguments);

          sc_window_search (SC_WINDOW (window), search);
        }
    }

  gtk_window_present (window);

  return EXIT_SUCCESS;
}

/* --print: the codes that match @search, one a line, best match first.
 * Unofficial codes are among them, marked, whatever the window's switch
 * says: the command line is for looking a code up. */
static int
print_matches (ScApplication *self,
               const char    *search)
{
  g_autoptr(ScSearchProvider) provider = NULL;
  g_autoptr(GPtrArray) matches = NULL;

  if (!load_statuses (self))
    return EXIT_FAILURE;

  provider = sc_search_provider_new (self->statuses);
  sc_search_provider_set_show_unofficial (provider, TRUE);
  matches = sc_search_provider_find (provider, search);

  if (matches->len == 0)
    {
      /* Translators: the search given to --print found nothing */
      g_printerr (_("No status code matches “%s”"), search);
      g_printerr ("\n");
      return EXIT_FAILURE;
    }

  for (guint i = 0; i < matches->len; i++)
    {
      ScStatus *status = g_ptr_array_index (matches, i);
      g_autofree char *name = sc_search_provider_dup_name (status);

      if (!sc_status_is_official (status))
        {
          /* The name's code, then the rest: its phrase and title. */
          const char *code = sc_status_get_code_string (status);
          g_autofree char *unofficial = NULL;

          /* Translators: a code that is not in the IANA registry, as --print
           * lists it: the code, then its reason phrase */
          unofficial = g_strdup_printf (_("%s %s (unofficial)"), code, name + strlen (code) + 1);
          g_free (name);
          name = g_steal_pointer (&unofficial);
        }

      /* Translators: a line of --print: "404 Not Found", then the summary */
      g_print (_("%s — %s"), name, sc_status_get_summary (status));
      g_print ("\n");
    }

  return EXIT_SUCCESS;
}

static int
sc_application_handle_local_options (GApplication *app,
                                     GVariantDict *options)
{
  ScApplication *self = (ScApplication *)app;
  g_autofree const char **arguments = NULL;
  guint code;

  g_assert (SC_IS_APPLICATION (self));

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("%s %s\n", g_get_prgname (), PACKAGE_VERSION);
      return EXIT_SUCCESS;
    }

  /* What follows the options is a code or a search, which is text:
   * GNOME's locales are UTF-8, and the search field takes nothing else. */
  arguments = lookup_arguments (options);
  for (guint i = 0; arguments != NULL && arguments[i] != NULL; i++)
    {
      if (!g_utf8_validate (arguments[i], -1, NULL))
        {
          g_printerr ("%s\n", _("The search is not valid UTF-8 text"));
          return EXIT_FAILURE;
        }
    }

  if (g_variant_dict_contains (options, "print"))
    {
      g_autofree char *search = arguments != NULL ? g_strjoinv (" ", (char **)arguments) : g_strdup ("");

      return print_matches (self, search);
    }

  /* A code that does not exist is refused here, in the process the user
   * started, so that the message goes to the terminal and no window opens
   * on nothing. */
  if (arguments != NULL && arguments[1] == NULL && parse_code (arguments[0], &code))
    {
      g_autoptr(ScStatus) status = NULL;

      if (!load_statuses (self))
        return EXIT_FAILURE;

      status = sc_status_list_find (self->statuses, code, NULL);
      if (status == NULL)
        {
          /* Translators: the command line named a code that does not exist */
          g_printerr (_("Unknown status code %s"), arguments[0]);
          g_printerr ("\n");
          return EXIT_FAILURE;
        }
    }

  return G_APPLICATION_CLASS (sc_application_parent_class)->handle_local_options (app, options);
}

/* The search provider's way in (see ScSearchService): the user chose
 * @parameter, a code, among GNOME Shell's results. */
static void
show_code_action (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  ScApplication *self = user_data;
  GtkWindow *window;

  g_assert (SC_IS_APPLICATION (self));

  window = ensure_window (self);
  if (window == NULL)
    return;

  sc_window_select_code (SC_WINDOW (window), g_variant_get_uint32 (parameter));
  gtk_window_present (window);
}

/* The user chose the app's icon among GNOME Shell's results: the window
 * with the Shell's search, @parameter. */
static void
search_action (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  ScApplication *self = user_data;
  GtkWindow *window;

  g_assert (SC_IS_APPLICATION (self));

  window = ensure_window (self);
  if (window == NULL)
    return;

  sc_window_search (SC_WINDOW (window), g_variant_get_string (parameter, NULL));
  gtk_window_present (window);
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
  GObject *about;

  g_assert (SC_IS_APPLICATION (self));

  /* Translators: the dates are the IANA registry's own "last updated"
   * date, and when our data was compared with it */
  comments = g_strdup_printf (_("Every HTTP status code, from the IANA HTTP Status Code Registry and RFC 9110, "
                                "and common unofficial ones. The data follows the registry as updated on %s, "
                                "checked on %s."),
                              updated, checked);

  about = g_object_new (SC_TYPE_ABOUT,
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
  sc_about_present (about, GTK_WIDGET (gtk_application_get_active_window (GTK_APPLICATION (self))));
}

static const GActionEntry app_actions[] = {
  { "quit", quit_action },
  { "about", about_action },
#if !SC_HAS_SHORTCUTS_DIALOG
  { "shortcuts", shortcuts_action },
#endif
  { "show-code", show_code_action, "u" },
  { "search", search_action, "s" },
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
#if !SC_HAS_SHORTCUTS_DIALOG
  {
    static const char *shortcuts_accels[] = { "<Control>question", NULL };

    gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.shortcuts", shortcuts_accels);
  }
#endif
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
    { "print", 'p', 0, G_OPTION_ARG_NONE, NULL,
      N_("Print the codes that match SEARCH, best match first, and exit"), NULL },
    { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Print the version and exit"), NULL },
    /* A code or a search, as typed: bytes, so that text that is not UTF-8
     * gets our message rather than GOption's. */
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, NULL, NULL,
      /* Translators: the arguments in the --help output: a code or a search */
      N_("[CODE | SEARCH…]") },
    { NULL }
  };

  g_application_add_main_option_entries (G_APPLICATION (self), options);
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Opens the window at CODE, such as 404, or with SEARCH in its "
                                              "search field and its best match shown, such as “5xx” or “teapot”."));
  g_application_set_option_context_description (G_APPLICATION (self),
                                                 /* Translators: the end of the --help output. Keep the
                                                  * commands as they are, but you may translate the words
                                                  * searched for. */
                                                 _("Examples:\n"
                                                   "  status-codes 404                 show 404 Not Found\n"
                                                   "  status-codes 5xx                 search for the server errors\n"
                                                   "  status-codes teapot              search for a word\n"
                                                   "  status-codes --print not found   print the matches and exit\n"
                                                   "\n"
                                                   "With --print, each code that matches is printed on a line of its\n"
                                                   "own with its reason phrase and summary, best match first, as the\n"
                                                   "window lists them. Unofficial codes are included and marked.\n"
                                                   "Without SEARCH, every code is printed. When nothing matches, the\n"
                                                   "exit status is 1.\n"
                                                   "\n"
                                                   "A CODE that does not exist, such as 999, is refused with exit\n"
                                                   "status 1."));
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
