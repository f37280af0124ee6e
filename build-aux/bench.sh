#!/usr/bin/env bash
# Benchmarks, as ratios against baselines measured in the same run:
#  - time from exec to the first painted frame, seen from outside by an X
#    client (tests/bench/first-frame.c), and peak RSS of the window shown
#    and idle, against a bare AdwApplicationWindow (tests/bench/
#    bare-window.c), and against that window with a plain list of the
#    statuses (tests/bench/bare-list.c), in rounds on a headless X server;
#  - the cost of a keystroke in the window's filter and sort models, on
#    the real data and on 10,000 synthetic statuses, against
#    GTK's own GtkStringFilter;
#  - the time to load the real data, against GMarkup alone.
# Builds an optimised tree of its own (BENCH_BUILD_DIR, by default in
# /tmp), so that _build/ is left alone.
#
#   build-aux/bench.sh                  # 15 rounds of each program
#   BENCH_PAIRS=31 build-aux/bench.sh   # more rounds on a noisier machine
#   build-aux/bench.sh --markdown FILE  # also write the table as Markdown
# SPDX-License-Identifier: GPL-3.0-or-later
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

BENCH_BUILD_DIR=${BENCH_BUILD_DIR:-${TMPDIR:-/tmp}/status-codes-bench}
BENCH_PAIRS=${BENCH_PAIRS:-15}

install_missing_packages "${BUILD_PACKAGES[@]}" xvfb xauth dbus python3

if [[ -f $BENCH_BUILD_DIR/build.ninja ]]; then
  meson setup --reconfigure "$BENCH_BUILD_DIR" "$SOURCE_DIR" --buildtype=release >/dev/null
else
  meson setup "$BENCH_BUILD_DIR" "$SOURCE_DIR" --buildtype=release >/dev/null
fi
ninja --quiet -C "$BENCH_BUILD_DIR" src/status-codes tests/bench/bench-search tests/bench/bare-window tests/bench/bare-list tests/bench/first-frame data/gschemas.compiled

# As the tests run the app uninstalled: its schema from the build tree,
# settings in memory, no accessibility bus. Both programs get the same.
export GSETTINGS_SCHEMA_DIR=$BENCH_BUILD_DIR/data
export GSETTINGS_BACKEND=memory
export GTK_A11Y=none NO_AT_BRIDGE=1
export GDK_BACKEND=x11
export LC_ALL=C.UTF-8

# One X server and one session bus for the whole run, started before
# the first measure, so that no run pays for starting them. -noreset:
# between two runs no client is left, and a server that resets then
# refuses the next one's connection for a moment.
exec xvfb-run --auto-servernum --server-args="-screen 0 1920x1080x24 -nolisten tcp -noreset" \
  dbus-run-session -- \
  /usr/bin/python3 "$SOURCE_DIR/tests/bench/bench.py" \
    --first-frame "$BENCH_BUILD_DIR/tests/bench/first-frame" \
    --app "$BENCH_BUILD_DIR/src/status-codes" \
    --bare "$BENCH_BUILD_DIR/tests/bench/bare-window" \
    --bare-list "$BENCH_BUILD_DIR/tests/bench/bare-list" \
    --bench-search "$BENCH_BUILD_DIR/tests/bench/bench-search" \
    --pairs "$BENCH_PAIRS" \
    --command "BENCH_PAIRS=$BENCH_PAIRS build-aux/bench.sh" \
    "$@"
