/* sc-status-row.h
 *
 * Copyright 2026 The Status Codes developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "sc-status.h"

G_BEGIN_DECLS

#define SC_TYPE_STATUS_ROW (sc_status_row_get_type ())

G_DECLARE_FINAL_TYPE (ScStatusRow, sc_status_row, SC, STATUS_ROW, GtkWidget)

GtkWidget *sc_status_row_new        (void);

ScStatus  *sc_status_row_get_status (ScStatusRow *self);
void       sc_status_row_set_status (ScStatusRow *self,
                                     ScStatus    *status);

G_END_DECLS
