/* bare-app.h
 *
 * Copyright 2026 The Status Codes developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Makes what the window shows, or NULL for nothing. */
typedef GtkWidget *(*BareAppContentFunc) (void);

int bare_app_run (const char         *application_id,
                  BareAppContentFunc  make_content,
                  int                 argc,
                  char               *argv[]);

G_END_DECLS
