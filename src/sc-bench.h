/* sc-bench.h
 *
 * Copyright 2026 The Status Codes developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void sc_bench_watch_first_frame (GtkApplication *app);

G_END_DECLS
