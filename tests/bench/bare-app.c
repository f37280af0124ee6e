/* bare-app.c
 *
 * Copyright 2026 The Status Codes developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the benchmark's floors (bare-window.c, bare-list.c) share: a
 * libadwaita application that shows one AdwApplicationWindow of the app's
 * default size (the defaults of the window-width and window-height
 * settings). Like the app, it carries nothing for the benchmark: its first
 * frame is seen from outside, by first-frame.c.
 */

#include <adwaita.h>

#include "bare-app.h"

#define DEFAULT_WIDTH 960
#define DEFAULT_HEIGHT 640

static void
activate_cb (GApplication       *app,
             BareAppContentFunc  make_content)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (app));

  if (make_content != NULL)
    adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), make_content ());

  gtk_window_set_default_size (GTK_WINDOW (window), DEFAULT_WIDTH, DEFAULT_HEIGHT);
  gtk_window_present (GTK_WINDOW (window));
}

int
bare_app_run (const char         *application_id,
              BareAppContentFunc  make_content,
              int                 argc,
              char               *argv[])
{
  g_autoptr(AdwApplication) app = NULL;

  app = adw_application_new (application_id, G_APPLICATION_DEFAULT_FLAGS);
  g_signal_connect (app, "activate", G_CALLBACK (activate_cb), make_content);

  return g_application_run (G_APPLICATION (app), argc, argv);
}
