/* run-app.h
 *
 * Copyright 2026 The Status Codes developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What a run of the built program gave. */
typedef struct
{
  int exit_status;
  char *out;
  char *err;
  /* @out split at newlines; the last is empty. */
  GStrv lines;
} Run;

void run_clear (Run        *run);
void run_app   (Run        *run,
                const char *first_arg,
                ...) G_GNUC_NULL_TERMINATED;

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

G_END_DECLS
