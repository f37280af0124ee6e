#!/usr/bin/env bash
# What the first GNOME Shell search of a session costs, this app's search
# provider side by side with GNOME Calculator's (Debian's gnome-calculator):
# the time from GetInitialResultSet (`not found` for this app, `404+1`
# for the calculator: what each answers) to the answer with the provider not
# running, so that the bus starts it, and the provider's memory while it
# waits for more searches. ROUNDS rounds (default 5), in a private session
# bus on a private Xvfb display, as a session would have.
#
#   build-aux/shell-search-bench.sh [ROUNDS]
#
# Builds and installs into BUILD_DIR/prefix (build-aux/setup.sh) first.
# SPDX-License-Identifier: GPL-3.0-or-later
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

install_missing_packages "${BUILD_PACKAGES[@]}" xvfb xauth dbus python3-gi gir1.2-glib-2.0 gnome-calculator
configure_and_build
meson install -C "$BUILD_DIR" --quiet >/dev/null

ROUNDS=${1:-5}
APP_ID=io.github.statuscodes.StatusCodes

home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
mkdir -m 0700 "$home/runtime"

# The bus finds the providers' .service files through XDG_DATA_DIRS; the
# app's settings schema too. A private HOME keeps the user's settings out.
env -i PATH=/usr/bin:/bin HOME="$home" XDG_RUNTIME_DIR="$home/runtime" LANG=C.UTF-8 \
  XDG_DATA_DIRS="$PREFIX/share:/usr/local/share:/usr/share" \
  xvfb-run --auto-servernum --server-args='-screen 0 1280x800x24 -nolisten tcp' \
  dbus-run-session -- /usr/bin/python3 "$SOURCE_DIR/build-aux/shell-search-bench.py" "$ROUNDS" \
    "$APP_ID.SearchProvider:/io/github/statuscodes/StatusCodes/SearchProvider:not found:Status Codes" \
    "org.gnome.Calculator.SearchProvider:/org/gnome/Calculator/SearchProvider:404+1:GNOME Calculator"
