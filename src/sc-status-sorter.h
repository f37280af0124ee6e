/* sc-status-sorter.h
 *
 * Copyright 2026 The Status Codes developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "sc-status-filter.h"

G_BEGIN_DECLS

#define SC_TYPE_STATUS_SORTER (sc_status_sorter_get_type ())

G_DECLARE_FINAL_TYPE (ScStatusSorter, sc_status_sorter, SC, STATUS_SORTER, GtkSorter)

ScStatusSorter *sc_status_sorter_new        (ScStatusFilter *filter);
ScStatusFilter *sc_status_sorter_get_filter (ScStatusSorter *self);
void            sc_status_sorter_set_filter (ScStatusSorter *self,
                                             ScStatusFilter *filter);

G_END_DECLS
