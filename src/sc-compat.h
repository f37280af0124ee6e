/* sc-compat.h
 *
 * Copyright 2026 The Status Codes developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/*
 * The one place where current GNOME (libadwaita 1.4 and later, GTK 4.10
 * and later) and Debian 12 (libadwaita 1.2, GTK 4.8) differ in code. The
 * other difference is the window's shell, a template of its own per
 * platform (sc-window-split-view.ui, sc-window-leaflet.ui), which meson
 * picks; everything inside it is the same on both.
 *
 * The shell is the widget with the id "shell" in those templates: a split
 * view whose sidebar and content are navigation pages, or a leaflet whose
 * pages are named "sidebar" and "content".
 */

#if ADW_CHECK_VERSION (1, 4, 0)

#define SC_SHELL_NOTIFY_COLLAPSED "notify::collapsed"
#define SC_SHELL_NOTIFY_SHOWN     "notify::show-content"

static inline gboolean
sc_shell_get_collapsed (GtkWidget *shell)
{
  return adw_navigation_split_view_get_collapsed (ADW_NAVIGATION_SPLIT_VIEW (shell));
}

static inline gboolean
sc_shell_get_show_content (GtkWidget *shell)
{
  return adw_navigation_split_view_get_show_content (ADW_NAVIGATION_SPLIT_VIEW (shell));
}

static inline void
sc_shell_set_show_content (GtkWidget *shell,
                           gboolean   show_content)
{
  adw_navigation_split_view_set_show_content (ADW_NAVIGATION_SPLIT_VIEW (shell), show_content);
}

#else

#define SC_SHELL_NOTIFY_COLLAPSED "notify::folded"
#define SC_SHELL_NOTIFY_SHOWN     "notify::visible-child"

static inline gboolean
sc_shell_get_collapsed (GtkWidget *shell)
{
  return adw_leaflet_get_folded (ADW_LEAFLET (shell));
}

static inline gboolean
sc_shell_get_show_content (GtkWidget *shell)
{
  return g_strcmp0 (adw_leaflet_get_visible_child_name (ADW_LEAFLET (shell)), "content") == 0;
}

static inline void
sc_shell_set_show_content (GtkWidget *shell,
                           gboolean   show_content)
{
  adw_leaflet_set_visible_child_name (ADW_LEAFLET (shell), show_content ? "content" : "sidebar");
}

#endif

/* The About dialog: the same properties on both, set with g_object_new(). */
#if ADW_CHECK_VERSION (1, 5, 0)
#define SC_TYPE_ABOUT ADW_TYPE_ABOUT_DIALOG

static inline void
sc_about_present (GObject   *about,
                  GtkWidget *parent)
{
  adw_dialog_present (ADW_DIALOG (about), parent);
}
#else
#define SC_TYPE_ABOUT ADW_TYPE_ABOUT_WINDOW

static inline void
sc_about_present (GObject   *about,
                  GtkWidget *parent)
{
  gtk_window_set_transient_for (GTK_WINDOW (about), GTK_WINDOW (parent));
  gtk_window_present (GTK_WINDOW (about));
}
#endif

/* The keyboard shortcuts: on libadwaita 1.8 and later, AdwApplication
 * shows the AdwShortcutsDialog of shortcuts-dialog.ui as `app.shortcuts`,
 * with Ctrl+? for it; before, the window shows the GtkShortcutsWindow of
 * help-overlay.ui as `win.show-help-overlay` (see sc-application.c). */
#define SC_HAS_SHORTCUTS_DIALOG ADW_CHECK_VERSION (1, 8, 0)

/* Opening a link in the user's browser. */
static inline void
sc_launch_uri (GtkWidget           *widget,
               const char          *uri,
               GAsyncReadyCallback  callback,
               gpointer             user_data)
{
  GtkWindow *parent = GTK_WINDOW (gtk_widget_get_root (widget));
#if GTK_CHECK_VERSION (4, 10, 0)
  g_autoptr(GtkUriLauncher) launcher = gtk_uri_launcher_new (uri);

  gtk_uri_launcher_launch (launcher, parent, NULL, callback, user_data);
#else
  gtk_show_uri_full (parent, uri, GDK_CURRENT_TIME, NULL, callback, user_data);
#endif
}

static inline gboolean
sc_launch_uri_finish (GObject       *source,
                      GAsyncResult  *result,
                      GError       **error)
{
#if GTK_CHECK_VERSION (4, 10, 0)
  return gtk_uri_launcher_launch_finish (GTK_URI_LAUNCHER (source), result, error);
#else
  return gtk_show_uri_full_finish (GTK_WINDOW (source), result, error);
#endif
}

G_END_DECLS
