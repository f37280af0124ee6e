#!/usr/bin/env bash
# Installs what is missing on Debian 12, builds, and runs every test
# suite headless: unit, ui, e2e, and constants (the data's language
# constants against Go's, libsoup's and the JDK's, which TEST_PACKAGES
# installs). Arguments go to `meson test`, e.g.
# `build-aux/test.sh --suite unit`, which needs none of those libraries.
# SPDX-License-Identifier: GPL-3.0-or-later
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

install_missing_packages "${BUILD_PACKAGES[@]}" "${TEST_PACKAGES[@]}"
configure_and_build

status=0
meson test -C "$BUILD_DIR" --print-errorlogs "$@" || status=$?

# A full run also looks for memory errors, undefined behaviour and leaks:
# the unit and ui suites under ASan and UBSan, the unit suite's programs
# under valgrind. It prints its own closing line, "sanitize: …".
if (($# == 0)); then
  bash "$SOURCE_DIR/build-aux/sanitize.sh" || status=1
fi

# One closing line that any reader of the log understands. A skipped
# test is not a pass: it fails the run.
/usr/bin/python3 - "$BUILD_DIR/meson-logs/testlog.json" <<'PY' || status=1
import json, sys
results = [json.loads(line)["result"] for line in open(sys.argv[1]) if line.strip()]
passed = sum(r in ("OK", "EXPECTEDFAIL") for r in results)
skipped = sum(r == "SKIP" for r in results)
print(f"meson: {passed} passed, {len(results) - passed - skipped} failed, {skipped} skipped")
sys.exit(1 if skipped or passed < len(results) or not results else 0)
PY

exit "$status"
