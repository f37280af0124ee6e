#!/usr/bin/env bash
# Installs what is missing on Debian 12, builds, installs into a prefix
# inside the build directory, and runs the app. Arguments go to the app.
# SPDX-License-Identifier: GPL-3.0-or-later
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

install_missing_packages "${BUILD_PACKAGES[@]}"
configure_and_build
meson install -C "$BUILD_DIR" --quiet

export XDG_DATA_DIRS="$PREFIX/share:${XDG_DATA_DIRS:-/usr/local/share:/usr/share}"
exec "$PREFIX/bin/status-codes" "$@"
