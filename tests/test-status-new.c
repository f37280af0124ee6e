/* test-status-new.c
 *
 * Copyright 2026 The Status Codes developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A status for unit tests, with a fixed summary and description in mixed
 * case, so that tests can check how they are read and folded.
 */

#include "config.h"

#include "test-status-new.h"

ScStatus *
test_status_new (guint               code,
                 const char         *phrase,
                 const char * const *former_names)
{
  return g_object_new (SC_TYPE_STATUS,
                       "code", code,
                       "phrase", phrase,
                       "summary", "A Summary.",
                       "description", "Some DESCRIPTION text.",
                       "former-names", former_names,
                       NULL);
}
