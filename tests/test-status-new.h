/* test-status-new.h
 *
 * Copyright 2026 The Status Codes developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sc-status.h"

G_BEGIN_DECLS

ScStatus *test_status_new (guint               code,
                           const char         *phrase,
                           const char * const *former_names);

G_END_DECLS
