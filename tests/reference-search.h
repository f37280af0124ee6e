/* reference-search.h
 *
 * Copyright 2026 The Status Codes developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sc-status-results.h"

G_BEGIN_DECLS

GPtrArray *reference_search (GListModel        *statuses,
                             const char        *search,
                             gboolean           show_unofficial,
                             ScResponseClasses  classes);

G_END_DECLS
