#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The shell suite: the real GNOME Shell, headless, as the test client of the
# app's search provider.
#
#   run-shell.sh SOURCE_ROOT
#
# Builds SOURCE_ROOT (without its tests) and installs it into a temporary
# prefix, then runs test-shell.py in a private session: a private HOME and
# 0700 XDG_RUNTIME_DIR, XDG_DATA_DIRS naming the prefix (and the system) --
# the README's recipe, with the prefix's bin/ not on the PATH -- a session
# bus (dbus-run-session), and an empty system bus of its own, without which
# Shell 43 dies at start-up talking to logind. test-shell.py starts
# `gnome-shell --wayland --headless` itself. Everything started is stopped
# on exit. Ends with `shell: passed` or `shell: failed: …`.
#
# Needs: gnome-shell, mutter-common, xwayland, dbus, /usr/bin/python3 with
# python3-gi, and the app's build dependencies.

set -uo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source_root=$1
tmp=$(mktemp -d /tmp/status-codes-shell.XXXXXX)
system_bus_pid=

cleanup () {
  [[ -n $system_bus_pid ]] && kill "$system_bus_pid" 2>/dev/null
  [[ ${SHELL_KEEP_TMP:-0} == 1 ]] || rm -rf "$tmp"
}
trap cleanup EXIT

say () { printf 'shell: %s\n' "$*" >&2; }

prefix=$tmp/prefix
say "building $source_root into $tmp/build, prefix $prefix"
if ! { meson setup "$tmp/build" "$source_root" --prefix "$prefix" -Dtests=false >"$tmp/build.log" 2>&1 &&
       meson compile -C "$tmp/build" >>"$tmp/build.log" 2>&1 &&
       meson install -C "$tmp/build" >>"$tmp/build.log" 2>&1; }; then
  tail -n 30 "$tmp/build.log" >&2
  echo 'shell: failed: the tree does not build and install'
  exit 1
fi

home=$tmp/home
mkdir -p "$home/.local/share/gnome-shell/extensions"
mkdir -m 0700 "$tmp/runtime"
cp -r "$here/unsafe-mode@tests.statuscodes.github.io" "$home/.local/share/gnome-shell/extensions/"

# An empty system bus: the Shell only needs one to answer.
dbus-daemon --session --nofork --print-address=3 --address="unix:path=$tmp/system_bus_socket" \
  3>"$tmp/system-bus-address" 2>>"$tmp/system-bus.log" &
system_bus_pid=$!
for _ in $(seq 50); do [[ -s $tmp/system-bus-address ]] && break; sleep 0.1; done

env -i \
  PATH=/usr/bin:/bin \
  HOME="$home" \
  XDG_RUNTIME_DIR="$tmp/runtime" \
  XDG_CONFIG_HOME="$home/.config" \
  XDG_DATA_HOME="$home/.local/share" \
  XDG_CACHE_HOME="$home/.cache" \
  XDG_DATA_DIRS="$prefix/share:/usr/local/share:/usr/share" \
  DBUS_SYSTEM_BUS_ADDRESS="unix:path=$tmp/system_bus_socket" \
  LANG=C.UTF-8 \
  SHELL_TMP="$tmp" \
  SHELL_PREFIX="$prefix" \
  dbus-run-session -- /usr/bin/python3 "$here/test-shell.py" 2>"$tmp/session.log"
status=$?

# The session's stderr holds the bus's, and so that of every program the
# bus started: the provider and the app.
if ((status != 0)) || [[ ${SHELL_VERBOSE:-0} == 1 ]]; then
  tail -n 80 "$tmp/session.log" >&2
fi
exit "$status"
