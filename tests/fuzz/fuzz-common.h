/* fuzz-common.h
 *
 * Copyright 2026 The Status Codes developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the fuzz targets share: a failure must end in abort(), which
 * libFuzzer catches and saves the input of. GLib ends a fatal message
 * with a breakpoint trap instead, which libFuzzer does not catch, so
 * messages go through a writer that aborts on any warning or worse.
 */

#pragma once

#include <glib.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

#define fuzz_fail(...) \
  G_STMT_START { \
    g_printerr ("fuzz target failed: " __VA_ARGS__); \
    g_printerr ("\n"); \
    abort (); \
  } G_STMT_END

static GLogWriterOutput
fuzz_log_writer (GLogLevelFlags   log_level,
                 const GLogField *fields,
                 gsize            n_fields,
                 gpointer         user_data)
{
  g_log_writer_standard_streams (log_level, fields, n_fields, user_data);

  if (log_level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING))
    abort ();

  return G_LOG_WRITER_HANDLED;
}

static inline void
fuzz_init (void)
{
  static gboolean initialized;

  if (initialized)
    return;
  initialized = TRUE;
  g_log_set_writer_func (fuzz_log_writer, NULL, NULL);
}
