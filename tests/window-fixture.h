/* window-fixture.h
 *
 * Copyright 2026 The Status Codes developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the ui tests share: the real window on the real data, shown on a
 * (headless) display, and ways to drive it and read it back.
 */

#pragma once

#include <adwaita.h>

#include "sc-compat.h"
#include "sc-status.h"
#include "sc-status-detail.h"
#include "sc-window.h"

G_BEGIN_DECLS

#define TIMEOUT_SECONDS 10

typedef struct
{
  GListModel *statuses;
  ScWindow *window;
  GtkEditable *search_entry;
  GtkSingleSelection *selection;
  ScStatusDetail *detail;
  /* The split view or the leaflet (see sc-compat.h). */
  GtkWidget *shell;
} Fixture;

gboolean   timed_out_cb          (gpointer       data);

/* Runs the main loop until @done says so, failing after a while. */
#define WAIT_UNTIL(done) \
  G_STMT_START { \
    gboolean timed_out = FALSE; \
    guint timeout_id = g_timeout_add_seconds (TIMEOUT_SECONDS, timed_out_cb, &timed_out); \
    while (!(done) && !timed_out) \
      g_main_context_iteration (NULL, TRUE); \
    if (timed_out) \
      g_error ("Timed out waiting for: %s", #done); \
    g_source_remove (timeout_id); \
  } G_STMT_END

gpointer   template_child        (Fixture       *fixture,
                                  GType          type,
                                  const char    *name);
GtkWidget *find_widget           (GtkWidget     *root,
                                  GType          type,
                                  const char    *label);
void       settle                (void);
gboolean   shows_text            (GtkWidget     *widget,
                                  const char    *text);
gboolean   shows_text_containing (GtkWidget     *widget,
                                  const char    *text);
ScStatus  *selected_status       (Fixture       *fixture);
guint      n_results             (Fixture       *fixture);
void       type_search           (Fixture       *fixture,
                                  const char    *text);
char      *read_clipboard        (Fixture       *fixture);
void       fixture_set_up        (Fixture       *fixture,
                                  gconstpointer  data);
void       fixture_tear_down     (Fixture       *fixture,
                                  gconstpointer  data);

G_END_DECLS
