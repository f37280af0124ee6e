#!/usr/bin/env bash
# Runs the unit and ui suites under AddressSanitizer and
# UndefinedBehaviorSanitizer, in a build of their own, and the unit
# suite's programs under valgrind's memcheck: no memory error, no
# undefined behaviour, no definite leak. build-aux/test.sh runs it too.
#
#   build-aux/sanitize.sh             # both
#   build-aux/sanitize.sh asan        # only the sanitizers
#   build-aux/sanitize.sh valgrind    # only valgrind
#
# The sanitizer build goes to SANITIZE_BUILD_DIR (by default in /tmp);
# valgrind runs the programs of BUILD_DIR (by default _build/, as
# test.sh builds it). GLib's and GTK's own one-off allocations are
# suppressed by tests/valgrind.supp, with GLib's and GTK's shipped files.
# Ends with one line: "sanitize: …".
# SPDX-License-Identifier: GPL-3.0-or-later
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

SANITIZE_BUILD_DIR=${SANITIZE_BUILD_DIR:-${TMPDIR:-/tmp}/status-codes-sanitize}
STEPS=("$@")
((${#STEPS[@]})) || STEPS=(asan valgrind)

install_missing_packages "${BUILD_PACKAGES[@]}" "${TEST_PACKAGES[@]}" valgrind

# The programs the unit suite runs that are ours (not the validators).
UNIT_PROGRAMS=(status search-keys loader search search-change results data bad-input cli search-provider fuzz-loader-corpus fuzz-search-corpus)

results=()
status=0

asan () {
  if [[ -f $SANITIZE_BUILD_DIR/build.ninja ]]; then
    meson setup --reconfigure "$SANITIZE_BUILD_DIR" "$SOURCE_DIR" >/dev/null
  else
    meson setup "$SANITIZE_BUILD_DIR" "$SOURCE_DIR" \
      -Db_sanitize=address,undefined -Db_lundef=false >/dev/null
  fi
  ninja --quiet -C "$SANITIZE_BUILD_DIR"

  local ubsan=halt_on_error=1:print_stacktrace=1
  local lsan=suppressions=$SOURCE_DIR/tests/lsan.supp:print_suppressions=0
  local ok=1

  # The unit suite leaks nothing: any leak fails it.
  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=$ubsan LSAN_OPTIONS=$lsan \
    meson test -C "$SANITIZE_BUILD_DIR" --logbase unit --suite unit --print-errorlogs --timeout-multiplier 3 || ok=0
  # The ui suite runs GTK on a real display, whose graphics drivers keep
  # memory to the end on purpose: memory errors and undefined behaviour
  # only.
  ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=$ubsan \
    meson test -C "$SANITIZE_BUILD_DIR" --logbase ui --suite ui --print-errorlogs --timeout-multiplier 3 || ok=0

  if ((ok)); then
    results+=("ASan+UBSan clean (unit, ui)")
  else
    results+=("ASan+UBSan FAILED")
    status=1
  fi
}

valgrind_step () {
  [[ -f $BUILD_DIR/build.ninja ]] || configure_and_build
  ninja --quiet -C "$BUILD_DIR"

  local valgrind=(
    valgrind --tool=memcheck --quiet
    --leak-check=full --show-leak-kinds=definite --errors-for-leak-kinds=definite
    --error-exitcode=1 --num-callers=30
    --suppressions=/usr/share/glib-2.0/valgrind/glib.supp
    --suppressions=/usr/share/gtk-4.0/valgrind/gtk.supp
    --suppressions="$SOURCE_DIR/tests/valgrind.supp"
  )

  # G_SLICE=always-malloc lets valgrind see every block; gc-friendly
  # clears freed pointers, so nothing freed looks reachable. A log of its
  # own, so that test.sh's closing line still reads the main run's.
  if G_SLICE=always-malloc G_DEBUG=fatal-warnings,gc-friendly \
       meson test -C "$BUILD_DIR" --logbase valgrind --print-errorlogs --timeout-multiplier 20 \
       --wrapper "${valgrind[*]}" "${UNIT_PROGRAMS[@]}"; then
    results+=("valgrind: no memory error, no definite leak (${#UNIT_PROGRAMS[@]} unit programs)")
  else
    results+=("valgrind FAILED")
    status=1
  fi
}

for step in "${STEPS[@]}"; do
  case $step in
    asan) asan ;;
    valgrind) valgrind_step ;;
    *) echo "Unknown step “$step”: asan or valgrind" >&2; exit 2 ;;
  esac
done

summary=
for result in "${results[@]}"; do
  summary+="${summary:+; }$result"
done
echo "sanitize: $summary"
exit "$status"
