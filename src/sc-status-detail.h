/* sc-status-detail.h
 *
 * Copyright 2026 The Status Codes developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "sc-status.h"

G_BEGIN_DECLS

#define SC_TYPE_STATUS_DETAIL (sc_status_detail_get_type ())

G_DECLARE_FINAL_TYPE (ScStatusDetail, sc_status_detail, SC, STATUS_DETAIL, GtkWidget)

ScStatus       *sc_status_detail_get_status   (ScStatusDetail *self);
void            sc_status_detail_set_status   (ScStatusDetail *self,
                                               ScStatus       *status);

GListModel     *sc_status_detail_get_statuses (ScStatusDetail *self);
void            sc_status_detail_set_statuses (ScStatusDetail *self,
                                               GListModel     *statuses);

G_END_DECLS
