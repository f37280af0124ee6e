/* sc-status-results.h
 *
 * Copyright 2026 The Status Codes developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "sc-search-query.h"

G_BEGIN_DECLS

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

#define SC_TYPE_STATUS_RESULTS (sc_status_results_get_type ())

G_DECLARE_FINAL_TYPE (ScStatusResults, sc_status_results, SC, STATUS_RESULTS, GObject)

ScStatusResults   *sc_status_results_new                 (GListModel        *model);
GListModel        *sc_status_results_get_model           (ScStatusResults   *self);
void               sc_status_results_set_model           (ScStatusResults   *self,
                                                          GListModel        *model);
const char        *sc_status_results_get_search          (ScStatusResults   *self);
void               sc_status_results_set_search          (ScStatusResults   *self,
                                                          const char        *search);
gboolean           sc_status_results_get_show_unofficial (ScStatusResults   *self);
void               sc_status_results_set_show_unofficial (ScStatusResults   *self,
                                                          gboolean           show_unofficial);
ScResponseClasses  sc_status_results_get_classes         (ScStatusResults   *self);
void               sc_status_results_set_classes         (ScStatusResults   *self,
                                                          ScResponseClasses  classes);

G_END_DECLS
