/* sc-status-filter.h
 *
 * Copyright 2026 The Status Codes developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "sc-search-query.h"

G_BEGIN_DECLS

#define SC_TYPE_STATUS_FILTER (sc_status_filter_get_type ())

/**
 * ScResponseClasses:
 * @SC_RESPONSE_CLASSES_INFORMATIONAL: 1xx
 * @SC_RESPONSE_CLASSES_SUCCESSFUL: 2xx
 * @SC_RESPONSE_CLASSES_REDIRECTION: 3xx
 * @SC_RESPONSE_CLASSES_CLIENT_ERROR: 4xx
 * @SC_RESPONSE_CLASSES_SERVER_ERROR: 5xx
 *
 * A set of response classes, one bit for each #ScResponseClass.
 */
typedef enum /*< flags >*/
{
  SC_RESPONSE_CLASSES_INFORMATIONAL = 1 << SC_RESPONSE_CLASS_INFORMATIONAL,
  SC_RESPONSE_CLASSES_SUCCESSFUL    = 1 << SC_RESPONSE_CLASS_SUCCESSFUL,
  SC_RESPONSE_CLASSES_REDIRECTION   = 1 << SC_RESPONSE_CLASS_REDIRECTION,
  SC_RESPONSE_CLASSES_CLIENT_ERROR  = 1 << SC_RESPONSE_CLASS_CLIENT_ERROR,
  SC_RESPONSE_CLASSES_SERVER_ERROR  = 1 << SC_RESPONSE_CLASS_SERVER_ERROR,
} ScResponseClasses;

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
