#!/usr/bin/env bash
# Installs what is missing on Debian 12, builds, and runs every test
# suite headless: unit, ui, e2e, shell (the real GNOME Shell as the search
# provider's client), and constants (the data's language
# constants against Go's, libsoup's and the JDK's, which TEST_PACKAGES
# installs); then the same suites again on current GNOME, in a Debian sid
# chroot (build-aux/sid-chroot.sh). Arguments go to `meson test`, e.g.
# `build-aux/test.sh --suite unit`, which needs none of those libraries.
# SC_SKIP_SID=1 runs the native suites only.
# SPDX-License-Identifier: GPL-3.0-or-later
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

install_missing_packages "${BUILD_PACKAGES[@]}" "${TEST_PACKAGES[@]}"
configure_and_build

status=0
meson test -C "$BUILD_DIR" --print-errorlogs "$@" || status=$?

# A full run also looks for memory errors, undefined behaviour and leaks:
# the unit and ui suites under ASan and UBSan, the unit suite's programs
# under valgrind. It prints its own closing line, "sanitize: …". Once is
# enough: not again in the chroot.
if (($# == 0)) && [[ -z ${SC_IN_CHROOT-} ]]; then
  bash "$SOURCE_DIR/build-aux/sanitize.sh" || status=1
fi

# The same suites on current GNOME. Its meson log is read below, from
# its build directory in this tree.
logs=("$(. /etc/os-release && echo "${VERSION_ID:-sid}")=$BUILD_DIR/meson-logs/testlog.json")
if [[ -z ${SC_IN_CHROOT-} && ${SC_SKIP_SID:-0} != 1 ]]; then
  rm -f "$SOURCE_DIR/_build-sid/meson-logs/testlog.json"
  bash "$SOURCE_DIR/build-aux/sid-chroot.sh" "$@" || status=1
  logs+=("sid=$SOURCE_DIR/_build-sid/meson-logs/testlog.json")
fi

# A closing line per Debian release, then one for all that any reader of
# the log understands. A skipped test is not a pass: it fails the run;
# so does a release whose suites did not run at all.
/usr/bin/python3 - "${logs[@]}" <<'PY' || status=1
import json, os, sys
total = [0, 0, 0]
ok = True
for arg in sys.argv[1:]:
    release, path = arg.split("=", 1)
    if os.path.exists(path):
        results = [json.loads(line)["result"] for line in open(path) if line.strip()]
    else:
        results = []
    passed = sum(r in ("OK", "EXPECTEDFAIL") for r in results)
    skipped = sum(r == "SKIP" for r in results)
    failed = len(results) - passed - skipped
    if not results:
        failed = 1  # the suites did not run: one failure
    ok = ok and not skipped and not failed
    if len(sys.argv) > 2:
        print(f"meson (Debian {release}): {passed} passed, {failed} failed, {skipped} skipped")
    total = [t + n for t, n in zip(total, (passed, failed, skipped))]
print("meson: {} passed, {} failed, {} skipped".format(*total))
sys.exit(0 if ok else 1)
PY

exit "$status"
