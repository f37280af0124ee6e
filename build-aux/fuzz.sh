#!/usr/bin/env bash
# Fuzzes the status data loader and the search matcher with libFuzzer,
# AddressSanitizer and UndefinedBehaviorSanitizer (clang from Debian),
# each for a bounded time, starting from the seed corpora in tests/fuzz/.
#
#   build-aux/fuzz.sh                      # every target, 60 s each
#   FUZZ_SECONDS=600 build-aux/fuzz.sh     # longer
#   build-aux/fuzz.sh search               # one target
#
# The corpus grows in FUZZ_WORK_DIR (by default in /tmp), not in the
# tree. An input that makes a target fail is kept there as crash-*,
# leak-* or timeout-*; copy it into tests/fuzz/regressions/TARGET/ and
# the unit suite replays it from then on (tests/fuzz/meson.build).
# Builds in FUZZ_BUILD_DIR (by default in /tmp), so _build/ is left alone.
# SPDX-License-Identifier: GPL-3.0-or-later
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

FUZZ_BUILD_DIR=${FUZZ_BUILD_DIR:-${TMPDIR:-/tmp}/status-codes-fuzz}
FUZZ_WORK_DIR=${FUZZ_WORK_DIR:-$FUZZ_BUILD_DIR/work}
FUZZ_SECONDS=${FUZZ_SECONDS:-60}
TARGETS=("$@")
((${#TARGETS[@]})) || TARGETS=(loader search)

install_missing_packages "${BUILD_PACKAGES[@]}" clang-14 libclang-rt-14-dev

SANITIZE=(-fsanitize=address,undefined -fno-sanitize-recover=undefined)

# The app's library, instrumented for coverage and the sanitizers.
if [[ ! -f $FUZZ_BUILD_DIR/build.ninja ]]; then
  CC=clang-14 meson setup "$FUZZ_BUILD_DIR" "$SOURCE_DIR" \
    --buildtype=debugoptimized -Db_lundef=false \
    -Dc_args="-fsanitize=fuzzer-no-link ${SANITIZE[*]}" \
    -Dc_link_args="${SANITIZE[*]}" >/dev/null
fi
ninja --quiet -C "$FUZZ_BUILD_DIR" src/libstatus-codes.a data/gschemas.compiled

export G_DEBUG=fatal-warnings
export GSETTINGS_BACKEND=memory
export GSETTINGS_SCHEMA_DIR=$FUZZ_BUILD_DIR/data
export LC_ALL=C.UTF-8
# GLib keeps its type system and caches for the life of the process.
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:symbolize=1
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
export LSAN_OPTIONS=suppressions=$SOURCE_DIR/tests/lsan.supp:print_suppressions=0

failed=()
for target in "${TARGETS[@]}"; do
  source=$SOURCE_DIR/tests/fuzz/fuzz-$target.c
  [[ -f $source ]] || { echo "No fuzz target “$target”: tests/fuzz/fuzz-$target.c" >&2; exit 2; }

  # shellcheck disable=SC2046 # pkg-config prints several words
  clang-14 -g -O1 -fsanitize=fuzzer "${SANITIZE[@]}" \
    -I"$FUZZ_BUILD_DIR" -I"$FUZZ_BUILD_DIR/src" -I"$SOURCE_DIR/src" \
    "$source" \
    -Wl,--whole-archive "$FUZZ_BUILD_DIR/src/libstatus-codes.a" -Wl,--no-whole-archive \
    $(pkg-config --cflags --libs libadwaita-1) \
    -o "$FUZZ_BUILD_DIR/fuzz-$target"

  corpus=$FUZZ_WORK_DIR/$target
  mkdir -p "$corpus"
  cp -n "$SOURCE_DIR/tests/fuzz/corpus/$target/"* "$corpus/"
  if [[ -d $SOURCE_DIR/tests/fuzz/regressions/$target ]]; then
    cp -n "$SOURCE_DIR/tests/fuzz/regressions/$target/"* "$corpus/"
  fi
  max_len=4096
  if [[ $target == loader ]]; then
    cp -n "$SOURCE_DIR/data/status-codes.xml" "$corpus/real-data.xml"
    max_len=$(($(stat -c %s "$SOURCE_DIR/data/status-codes.xml") + 1024))
  fi

  echo "Fuzzing $target for $FUZZ_SECONDS s (corpus: $corpus)"
  if "$FUZZ_BUILD_DIR/fuzz-$target" "$corpus" \
       -max_total_time="$FUZZ_SECONDS" -timeout=10 -rss_limit_mb=4096 -max_len="$max_len" \
       -artifact_prefix="$FUZZ_WORK_DIR/$target-" -print_final_stats=1 2>"$FUZZ_WORK_DIR/$target.log"; then
    grep -E '^stat::number_of_executed_units|^stat::peak_rss_mb' "$FUZZ_WORK_DIR/$target.log" | sed 's/^/  /'
    echo "  $target: no failure; corpus now $(find "$corpus" -type f | wc -l) inputs"
  else
    tail -n 40 "$FUZZ_WORK_DIR/$target.log"
    echo "  $target FAILED: the input is in $FUZZ_WORK_DIR/$target-*; copy it to tests/fuzz/regressions/$target/"
    failed+=("$target")
  fi
done

if ((${#failed[@]})); then
  echo "fuzz: failed: ${failed[*]}"
  exit 1
fi
echo "fuzz: ${TARGETS[*]}: no failure in $FUZZ_SECONDS s each"
