/* sc-status-filter.h
 *
 * Copyright 2026 The Status Codes developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "sc-search-query.h"
#include "sc-status-results.h"

G_BEGIN_DECLS

#define SC_TYPE_STATUS_FILTER (sc_status_filter_get_type ())

G_DECLARE_FINAL_TYPE (ScStatusFilter, sc_status_filter, SC, STATUS_FILTER, GtkFilter)

ScStatusFilter *sc_status_filter_new              (void);
const char     *sc_status_filter_get_search       (ScStatusFilter *self);
void            sc_status_filter_set_search       (ScStatusFilter *self,
                                                   const char     *search);
ScSearchQuery  *sc_status_filter_get_query        (ScStatusFilter *self);

gboolean        sc_status_filter_get_show_unofficial (ScStatusFilter *self);
void            sc_status_filter_set_show_unofficial (ScStatusFilter *self,
                                                      gboolean        show_unofficial);
ScResponseClasses sc_status_filter_get_classes     (ScStatusFilter    *self);
void              sc_status_filter_set_classes     (ScStatusFilter    *self,
                                                    ScResponseClasses  classes);

G_END_DECLS
