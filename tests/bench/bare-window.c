/* bare-window.c
 *
 * Copyright 2026 The Status Codes developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The floor that build-aux/bench.sh measures the app against: a libadwaita
 * application that shows an empty AdwApplicationWindow of the app's default
 * size (the defaults of the window-width and window-height settings). It
 * reports its first painted frame exactly as src/main.c does with
 * SC_BENCH_EXIT_AFTER_FIRST_FRAME set; keep the two alike.
 *
 * Built by the benchmark itself: cc bare-window.c $(pkg-config --cflags --libs libadwaita-1)
 */

#include <adwaita.h>
#include <stdio.h>

#define DEFAULT_WIDTH 960
#define DEFAULT_HEIGHT 640

typedef struct
{
  GApplication *app;
  GdkSurface *surface;
  guint delay_ms;
  gulong render_hook_id;
  gulong after_paint_id;
  gboolean rendered;
} FirstFrame;

static gboolean
quit_cb (gpointer data)
{
  g_application_quit (data);
  return G_SOURCE_REMOVE;
}

static gboolean
render_hook_cb (GSignalInvocationHint *hint,
                guint                  n_params,
                const GValue          *params,
                gpointer               data)
{
  FirstFrame *first_frame = data;

  if (g_value_get_object (&params[0]) != first_frame->surface)
    return TRUE;

  first_frame->rendered = TRUE;
  return FALSE;
}

static void
after_paint_cb (GdkFrameClock *clock,
                FirstFrame    *first_frame)
{
  if (!first_frame->rendered)
    return;

  printf ("first-frame-us %" G_GINT64_FORMAT "\n", g_get_monotonic_time ());
  fflush (stdout);

  g_clear_signal_handler (&first_frame->after_paint_id, clock);
  g_timeout_add (first_frame->delay_ms, quit_cb, first_frame->app);
}

static void
window_realize_cb (GtkWidget  *window,
                   FirstFrame *first_frame)
{
  first_frame->surface = gtk_native_get_surface (GTK_NATIVE (window));
  first_frame->render_hook_id =
    g_signal_add_emission_hook (g_signal_lookup ("render", GDK_TYPE_SURFACE), 0,
                                render_hook_cb, first_frame, NULL);
  first_frame->after_paint_id =
    g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                      G_CALLBACK (after_paint_cb), first_frame);
}

static void
window_added_cb (GtkApplication *app,
                 GtkWindow      *window,
                 FirstFrame     *first_frame)
{
  g_signal_handlers_disconnect_by_func (app, window_added_cb, first_frame);
  g_signal_connect_after (window, "realize", G_CALLBACK (window_realize_cb), first_frame);
}

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
  const char *bench_delay;
  FirstFrame first_frame = { NULL, };

  app = adw_application_new ("io.github.statuscodes.BareWindow", G_APPLICATION_DEFAULT_FLAGS);
  g_signal_connect (app, "activate", G_CALLBACK (activate_cb), NULL);

  bench_delay = g_getenv ("SC_BENCH_EXIT_AFTER_FIRST_FRAME");
  if (bench_delay != NULL)
    {
      first_frame.app = G_APPLICATION (app);
      first_frame.delay_ms = (guint)g_ascii_strtoull (bench_delay, NULL, 10);
      g_signal_connect (app, "window-added", G_CALLBACK (window_added_cb), &first_frame);
    }

  return g_application_run (G_APPLICATION (app), argc, argv);
}
