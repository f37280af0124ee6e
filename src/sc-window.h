/* sc-window.h
 *
 * Copyright 2026 The Status Codes developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define SC_TYPE_WINDOW (sc_window_get_type ())

G_DECLARE_FINAL_TYPE (ScWindow, sc_window, SC, WINDOW, AdwApplicationWindow)

ScWindow   *sc_window_new          (GtkApplication *application,
                                    GListModel     *statuses);
GListModel *sc_window_get_statuses (ScWindow       *self);
void        sc_window_search       (ScWindow       *self,
                                    const char     *search);

gboolean    sc_window_select_code  (ScWindow       *self,
                                    guint           code);

G_END_DECLS
