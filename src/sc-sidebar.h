/* sc-sidebar.h
 *
 * Copyright 2026 The Status Codes developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "sc-status.h"

G_BEGIN_DECLS

#define SC_TYPE_SIDEBAR (sc_sidebar_get_type ())

G_DECLARE_FINAL_TYPE (ScSidebar, sc_sidebar, SC, SIDEBAR, GtkWidget)

GListModel *sc_sidebar_get_statuses    (ScSidebar  *self);
void        sc_sidebar_set_statuses    (ScSidebar  *self,
                                        GListModel *statuses);
ScStatus   *sc_sidebar_get_status      (ScSidebar  *self);
void        sc_sidebar_search          (ScSidebar  *self,
                                        const char *search);
gboolean    sc_sidebar_select_code     (ScSidebar  *self,
                                        guint       code);
void        sc_sidebar_focus_search    (ScSidebar  *self);

G_END_DECLS
