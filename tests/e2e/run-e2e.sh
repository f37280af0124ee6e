#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# End-to-end test for Status Codes.
#
#   run-e2e.sh BUILD_ROOT SOURCE_ROOT
#
# Installs the build into a throw-away DESTDIR, starts a private headless
# session (Xvfb + D-Bus session bus + AT-SPI bus by D-Bus activation), launches
# the app from its .desktop file with `gio launch`, and drives it over AT-SPI
# with test-e2e.py.  Everything it starts is killed on exit.
#
# Needs: meson, Xvfb, xauth, dbus-run-session (dbus), at-spi2-core, gio
# (libglib2.0-bin), xclip, /usr/bin/python3 with python3-gi + gir1.2-atspi-2.0.
#
# Knobs: E2E_TIMEOUT (per-step seconds, default 20), E2E_FATAL_WARNINGS
# (default 1: run the app with G_DEBUG=fatal-warnings), E2E_KEEP_TMP=1 (keep
# the temp dir for debugging), MESON (meson command, default "meson").

set -uo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
self="$here/$(basename "${BASH_SOURCE[0]}")"
APP_ID=io.github.statuscodes.StatusCodes
PY=/usr/bin/python3

say() { printf 'e2e: %s\n' "$*" >&2; }

# --------------------------------------------------------------------------
# Inner part: runs inside `dbus-run-session`, i.e. with a private session bus.
if [[ ${1-} == --inner ]]; then
  desktop_file=$2 app_log=$3 pid_file=$4 result_file=$5 driver=$6

  # The harness starts the accessibility bus itself, by D-Bus activation of
  # org.a11y.Bus (at-spi-bus-launcher, which spawns the a11y dbus-daemon and
  # publishes its address on the X root window as AT_SPI_BUS).  Doing it before
  # the app starts means the app registers on it right away.
  if ! a11y_addr=$(timeout 15 gdbus call --session --dest org.a11y.Bus \
        --object-path /org/a11y/bus --method org.a11y.Bus.GetAddress 2>&1); then
    echo "could not activate the AT-SPI bus (org.a11y.Bus): $a11y_addr" >"$result_file"
    exit 3
  fi
  a11y_addr=${a11y_addr#\(\'}
  say "a11y bus (org.a11y.Bus activated): ${a11y_addr%\',\)}"

  fatal=()
  [[ ${E2E_FATAL_WARNINGS:-1} == 1 ]] && fatal=(env G_DEBUG=fatal-warnings)
  # gio-launch-desktop leaves stdout/stderr alone unless they are the journal,
  # so the app's stderr lands in $app_log.
  if ! "${fatal[@]}" gio launch "$desktop_file" >>"$app_log" 2>&1; then
    echo "'gio launch $desktop_file' failed: $(tail -n 3 "$app_log" | tr '\n' ' ')" >"$result_file"
    exit 3
  fi

  E2E_APP_PID_FILE=$pid_file E2E_RESULT_FILE=$result_file "$PY" "$driver"
  rc=$?

  # On success the driver has closed the window: give the app a moment to exit
  # on its own so its last warnings are flushed.  Then make sure it is gone.
  if [[ -s $pid_file ]]; then
    app_pid=$(<"$pid_file")
    if [[ $rc -eq 0 ]]; then
      for _ in $(seq 50); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.1; done
    fi
    if kill -0 "$app_pid" 2>/dev/null; then
      kill -TERM "$app_pid" 2>/dev/null; sleep 0.5; kill -KILL "$app_pid" 2>/dev/null
    fi
  fi
  exit "$rc"
fi

# --------------------------------------------------------------------------
# Outer part.

if [[ $# -ne 2 ]]; then
  say "FAIL: usage: $0 BUILD_ROOT SOURCE_ROOT"
  exit 2
fi
build_root=$(cd "$1" 2>/dev/null && pwd) || { say "FAIL: build root '$1' not found"; exit 2; }
source_root=$(cd "$2" 2>/dev/null && pwd) || { say "FAIL: source root '$2' not found"; exit 2; }
MESON=${MESON:-meson}
driver="$source_root/tests/e2e/test-e2e.py"
[[ -f $driver ]] || driver="$here/test-e2e.py"

for tool in "$MESON" Xvfb xauth dbus-run-session gdbus gio xclip timeout setsid "$PY"; do
  command -v "$tool" >/dev/null 2>&1 || { say "FAIL: required tool '$tool' not found"; exit 2; }
done
"$PY" -c "import gi; gi.require_version('Atspi', '2.0'); from gi.repository import Atspi" 2>/dev/null \
  || { say "FAIL: $PY cannot import gi.repository.Atspi (install python3-gi gir1.2-atspi-2.0)"; exit 2; }
[[ -e /usr/share/dbus-1/services/org.a11y.Bus.service ]] \
  || { say "FAIL: org.a11y.Bus D-Bus service missing (install at-spi2-core)"; exit 2; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/status-codes-e2e.XXXXXX") || { say "FAIL: mktemp failed"; exit 2; }
xvfb_pid='' session_pid=''

# shellcheck disable=SC2317  # invoked from the EXIT trap
cleanup() {
  local rc=$?
  trap - EXIT INT TERM HUP
  if [[ -n $session_pid ]]; then
    # dbus-run-session and everything it spawned (dbus-daemon, at-spi-bus-launcher,
    # the a11y dbus-daemon, at-spi2-registryd, gio/app, xclip) share its process group.
    kill -TERM -- "-$session_pid" 2>/dev/null
  fi
  if [[ -s $tmp/app.pid ]]; then kill -TERM "$(<"$tmp/app.pid")" 2>/dev/null; fi
  [[ -n $xvfb_pid ]] && kill -TERM "$xvfb_pid" 2>/dev/null
  sleep 0.3
  [[ -n $session_pid ]] && kill -KILL -- "-$session_pid" 2>/dev/null
  if [[ -s $tmp/app.pid ]]; then kill -KILL "$(<"$tmp/app.pid")" 2>/dev/null; fi
  if [[ -n $xvfb_pid ]]; then kill -KILL "$xvfb_pid" 2>/dev/null; wait "$xvfb_pid" 2>/dev/null; fi
  if [[ ${E2E_KEEP_TMP:-0} == 1 ]]; then
    say "keeping $tmp"
  else
    rm -rf "$tmp"
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP

die() {
  say "FAIL: $*"
  exit 1
}

ulimit -c 0 2>/dev/null  # fatal-warnings aborts must not litter core files

# ---- install into a DESTDIR
say "installing $build_root into $tmp/root"
if ! "$MESON" install -C "$build_root" --no-rebuild --quiet --destdir "$tmp/root" \
      >"$tmp/install.log" 2>&1; then
  cat "$tmp/install.log" >&2
  die "meson install into DESTDIR failed (see above)"
fi

read -r prefix bindir datadir < <(
  "$MESON" introspect "$build_root" --buildoptions | "$PY" -c '
import json, os, sys
opts = {o["name"]: o["value"] for o in json.load(sys.stdin)}
p = opts["prefix"]
print(p, os.path.join(p, opts.get("bindir", "bin")), os.path.join(p, opts.get("datadir", "share")))
') || die "could not read the prefix from 'meson introspect $build_root --buildoptions'"
[[ -n ${prefix:-} ]] || die "empty prefix from meson introspect"

app_bin="$tmp/root$bindir/status-codes"
desktop_file="$tmp/root$datadir/applications/$APP_ID.desktop"
[[ -x $app_bin ]] || die "installed binary missing or not executable: $app_bin"
[[ -f $desktop_file ]] || die "installed desktop file missing: $desktop_file"
if grep -qi '^DBusActivatable=true' "$desktop_file"; then
  say "note: $APP_ID.desktop is DBusActivatable; gio launch will activate it on the private bus"
fi

# ---- private environment (nothing from the user's session leaks in)
mkdir -p "$tmp"/{runtime,config,cache,data,state}
chmod 700 "$tmp/runtime"
unset NO_AT_BRIDGE GTK_A11Y AT_SPI_BUS_ADDRESS DBUS_SESSION_BUS_ADDRESS \
      WAYLAND_DISPLAY JOURNAL_STREAM GTK_MODULES GTK_THEME GTK_DEBUG G_DEBUG \
      SESSION_MANAGER DESKTOP_AUTOSTART_ID XDG_ACTIVATION_TOKEN
export GDK_BACKEND=x11
export GSETTINGS_BACKEND=memory
export ADW_DISABLE_PORTAL=1
export GIO_USE_VFS=local
export LANG=C.UTF-8 LC_ALL=C.UTF-8 LANGUAGE=
export XDG_RUNTIME_DIR="$tmp/runtime"
export XDG_CONFIG_HOME="$tmp/config" XDG_CACHE_HOME="$tmp/cache"
export XDG_DATA_HOME="$tmp/data" XDG_STATE_HOME="$tmp/state"
export XDG_DATA_DIRS="$tmp/root$datadir:/usr/local/share:/usr/share"
export XDG_CURRENT_DESKTOP=GNOME XDG_SESSION_TYPE=x11
export PATH="$tmp/root$bindir:$PATH"
export XAUTHORITY="$tmp/Xauthority"
export E2E_TIMEOUT=${E2E_TIMEOUT:-20}

# ---- Xvfb on a free display (-displayfd picks one and reports it when ready)
# A wildcard MIT cookie (any display) so only we can connect.
cookie=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
[[ ${#cookie} -eq 32 ]] || die "could not read a cookie from /dev/urandom"
# nlist format: family addr-len addr number-len number name-len name data-len data
printf 'ffff 0000  0000  0012 %s 0010 %s\n' \
  4d49542d4d414749432d434f4f4b49452d31 "$cookie" >"$tmp/xauth.nlist"  # "MIT-MAGIC-COOKIE-1"
if ! xauth -q -f "$XAUTHORITY" nmerge "$tmp/xauth.nlist" 2>/dev/null || [[ ! -s $XAUTHORITY ]]; then
  die "could not create an X authority file with xauth"
fi

Xvfb -displayfd 9 -auth "$XAUTHORITY" -screen 0 1280x1024x24 -nolisten tcp -noreset \
  9>"$tmp/display" >"$tmp/xvfb.log" 2>&1 &
xvfb_pid=$!
for _ in $(seq 100); do
  [[ -s $tmp/display ]] && break
  kill -0 "$xvfb_pid" 2>/dev/null || break
  sleep 0.1
done
display_num=$(tr -dc 0-9 <"$tmp/display" 2>/dev/null)
if [[ -z $display_num ]]; then
  tail -n 5 "$tmp/xvfb.log" >&2
  die "Xvfb did not start (see above)"
fi
export DISPLAY=":$display_num"
say "Xvfb on $DISPLAY (pid $xvfb_pid)"

# ---- private session bus; the inner part starts the a11y bus, the app and the driver
# setsid: the session gets its own process group so cleanup can kill all of it.
setsid dbus-run-session -- bash "$self" --inner "$desktop_file" "$tmp/app.log" "$tmp/app.pid" "$tmp/result" "$driver" \
  > >(grep --line-buffered -v -e 'Failed to set fd limit' -e 'Activating service name=' \
        -e 'Successfully activated service' -e 'SpiRegistry daemon is running' >&2) 2>&1 &
session_pid=$!
wait "$session_pid"
rc=$?

# ---- verdict
if [[ -s $tmp/app.log ]]; then
  say "app log ($tmp/app.log):"
  sed 's/^/  | /' "$tmp/app.log" >&2
fi
bad=$(grep -E 'CRITICAL|WARNING' "$tmp/app.log" 2>/dev/null | head -n 1)
if [[ $rc -ne 0 ]]; then
  if [[ -s $tmp/result ]]; then
    reason=$(head -n 1 "$tmp/result")
  else
    reason="session or driver failed (exit $rc)"
  fi
  [[ -n $bad ]] && reason="$reason; app log: $bad"
  say "FAIL: $reason"
  exit 1
fi
if [[ -n $bad ]]; then
  say "FAIL: app logged a warning: $bad"
  exit 1
fi
echo "e2e: 1 passed, 0 failed"
exit 0
