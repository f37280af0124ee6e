/* test-status-new.h
 *
 * Copyright 2026 The Status Codes developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

/* Tests build statuses of their own the way the loader does, through the
 * private structure. */
#include "sc-status-private.h"

G_BEGIN_DECLS

ScStatus *test_status_new         (guint               code,
                                   const char         *phrase,
                                   const char * const *former_names);
ScStatus *test_status_new_full    (guint               code,
                                   const char         *phrase,
                                   const char         *summary,
                                   const char         *description);
ScStatus *test_status_copy        (ScStatus           *model,
                                   guint               code);
void      test_status_add_strings (GPtrArray          *array,
                                   const char * const *strings);

G_END_DECLS
