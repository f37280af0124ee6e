/* sc-status-page.h
 *
 * Copyright 2026 The Status Codes developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "sc-status.h"

G_BEGIN_DECLS

#define SC_TYPE_STATUS_PAGE (sc_status_page_get_type ())

G_DECLARE_FINAL_TYPE (ScStatusPage, sc_status_page, SC, STATUS_PAGE, AdwBin)

GtkWidget *sc_status_page_new (void);

G_END_DECLS
