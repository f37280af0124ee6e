/* bare-window.c
 *
 * Copyright 2026 The Status Codes developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The floor that build-aux/bench.sh measures the app against: a libadwaita
 * application that shows an empty AdwApplicationWindow of the app's default
 * size (see bare-app.c).
 *
 * Built by meson (tests/bench/meson.build), which the benchmark runs.
 */

#include "bare-app.h"

int
main (int   argc,
      char *argv[])
{
  return bare_app_run ("io.github.statuscodes.BareWindow", NULL, argc, argv);
}
