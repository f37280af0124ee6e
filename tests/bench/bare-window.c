/* bare-window.c
 *
 * Copyright 2026 The Status Codes developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The floor that build-aux/bench.sh measures the app against: a libadwaita
 * application that shows an empty AdwApplicationWindow of the app's default
 * size (the defaults of the window-width and window-height settings). It
 * reports its first painted frame with the app's own code, src/sc-bench.c,
 * when SC_BENCH_EXIT_AFTER_FIRST_FRAME is set.
 *
 * Built by meson (tests/bench/meson.build), which the benchmark runs.
 */

#include <adwaita.h>

#include "sc-bench.h"

#define DEFAULT_WIDTH 960
#define DEFAULT_HEIGHT 640

static void
activate_cb (GApplication *app)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (app));

  gtk_window_set_default_size (GTK_WINDOW (window), DEFAULT_WIDTH, DEFAULT_HEIGHT);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) app = NULL;

  app = adw_application_new ("io.github.statuscodes.BareWindow", G_APPLICATION_DEFAULT_FLAGS);
  g_signal_connect (app, "activate", G_CALLBACK (activate_cb), NULL);

  sc_bench_watch_first_frame (GTK_APPLICATION (app));

  return g_application_run (G_APPLICATION (app), argc, argv);
}
