/* sc-bench.c
 *
 * Copyright 2026 The Status Codes developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sc-bench"

#include "config.h"

#include <stdio.h>

#include "sc-bench.h"

/*
 * For build-aux/bench.sh, which measures the time to the first painted
 * frame and the memory of the idle window against a bare libadwaita
 * window. With SC_BENCH_EXIT_AFTER_FIRST_FRAME set to a number of
 * milliseconds, the first window's first painted frame prints
 * "first-frame-us N" (N from g_get_monotonic_time()) and the app quits
 * that long after it. tests/bench/bare-window.c does exactly the same, so
 * that both are measured alike. Unset, none of this runs.
 */
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

  /* An emission hook sees the signal before any handler can stop it. */
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

/**
 * sc_bench_watch_first_frame:
 * @app: the application, before it runs
 *
 * Does what SC_BENCH_EXIT_AFTER_FIRST_FRAME asks for, if it is set.
 */
void
sc_bench_watch_first_frame (GtkApplication *app)
{
  static FirstFrame first_frame;
  const char *delay = g_getenv ("SC_BENCH_EXIT_AFTER_FIRST_FRAME");

  g_return_if_fail (GTK_IS_APPLICATION (app));

  if (delay == NULL)
    return;

  first_frame.app = G_APPLICATION (app);
  first_frame.delay_ms = (guint)g_ascii_strtoull (delay, NULL, 10);
  g_signal_connect (app, "window-added", G_CALLBACK (window_added_cb), &first_frame);
}
