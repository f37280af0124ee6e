/* sc-search-service.h
 *
 * Copyright 2026 The Status Codes developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define SC_TYPE_SEARCH_SERVICE (sc_search_service_get_type ())

G_DECLARE_FINAL_TYPE (ScSearchService, sc_search_service, SC, SEARCH_SERVICE, GApplication)

ScSearchService *sc_search_service_new (void);

G_END_DECLS
