/* sc-search-provider.h
 *
 * Copyright 2026 The Status Codes developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "sc-status.h"

G_BEGIN_DECLS

#define SC_TYPE_SEARCH_PROVIDER (sc_search_provider_get_type ())

G_DECLARE_FINAL_TYPE (ScSearchProvider, sc_search_provider, SC, SEARCH_PROVIDER, GObject)

ScSearchProvider *sc_search_provider_new                 (GListModel       *statuses);
GListModel       *sc_search_provider_get_statuses        (ScSearchProvider *self);
gboolean          sc_search_provider_get_show_unofficial (ScSearchProvider *self);
void              sc_search_provider_set_show_unofficial (ScSearchProvider *self,
                                                          gboolean          show_unofficial);
GApplication     *sc_search_provider_get_application     (ScSearchProvider *self);
void              sc_search_provider_set_application     (ScSearchProvider *self,
                                                          GApplication     *application);
char             *sc_search_provider_dup_name            (ScStatus         *status);
GPtrArray        *sc_search_provider_find                (ScSearchProvider *self,
                                                          const char       *search);
gboolean          sc_search_provider_register            (ScSearchProvider *self,
                                                          GDBusConnection  *connection,
                                                          const char       *object_path,
                                                          GError          **error);
void              sc_search_provider_unregister          (ScSearchProvider *self);

G_END_DECLS
