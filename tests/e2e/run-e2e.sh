#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# End-to-end tests for Status Codes.
#
#   run-e2e.sh BUILD_ROOT SOURCE_ROOT
#
# Builds SOURCE_ROOT afresh and installs it into a temporary PREFIX (a real
# prefix, not a DESTDIR: the D-Bus service file's Exec and the locale dir are
# absolute paths, and meson's post-install step compiles the GSettings schemas
# only without DESTDIR).  BUILD_ROOT is not used beyond being checked: meson
# builds it first, so a tree that does not build fails early.
#
# Then runs each scenario; every session scenario gets a fresh headless
# session of its own: Xvfb (-displayfd), a private D-Bus session bus
# (dbus-run-session) and the AT-SPI bus (org.a11y.Bus, activated before the
# app starts).  XDG_DATA_DIRS points at the prefix before the bus starts, so
# the bus finds the app's .service file and the app its schema, icons and
# desktop file; GSETTINGS_BACKEND=keyfile and XDG_CONFIG/DATA/CACHE_HOME in the
# temp dir keep the saved state between two launches of a scenario and away
# from the real home.  The app runs with G_DEBUG=fatal-warnings (set in the
# bus's activation environment too, so a D-Bus activated app gets it); its
# stderr (the bus daemon's, when the bus spawns it) is logged, and any
# WARNING or CRITICAL from it fails the scenario.
#
# Scenarios:
#   install  the installed prefix has what a desktop needs (desktop file,
#            D-Bus service, metainfo, icons, compiled schemas, GNOME Shell
#            search provider), and `status-codes --version` works without a
#            display;
#   journey  test-e2e.py: `gio launch`, then search, open, copy, clear,
#            close -- by keyboard;
#   journey-zh  the same journey in a Chinese session (LANG=zh_CN.UTF-8):
#            a search typed in Chinese, the Chinese title, the Chinese
#            description on the clipboard;
#   desktop  test-desktop.py: `gio launch`, single instance (a second
#            `gio launch`, a launch by desktop ID), resize, Ctrl+Q, a launch
#            by desktop ID that has the bus start the app from its .service
#            file with the size and selection restored, Ctrl+W;
#   search-provider  test-search-provider.py: `gdbus call` of the GNOME Shell
#            search provider with the app not running, as the Shell calls it:
#            the bus starts the app; results, metas, ActivateResult and
#            LaunchSearch open the window; a search alone opens none, and the
#            app exits by itself a while after it.
#
# How the app starts: `gio launch FILE` never uses D-Bus activation (GLib
# loads the file as a bare keyfile, without a desktop ID, and spawns its Exec
# line), so the app it starts runs in the launcher's environment with gio's
# stderr.  A launch by desktop ID -- what GNOME Shell does -- of a
# DBusActivatable app calls org.freedesktop.Application.Activate, and the bus
# starts `status-codes --gapplication-service` from the .service file, in the
# bus's environment with the bus's stderr.  Both go to the same app log.
#
# Prints one line per scenario and ends with exactly one line
#   e2e: N passed, M failed
# and exits non-zero if any scenario failed or none ran.  A scenario that
# cannot run is a failure, never a pass.  Everything started is killed on exit.
#
# Needs: meson, ninja, a C toolchain and the app's build deps; Xvfb, xauth,
# dbus-run-session + gdbus (dbus, libglib2.0-bin), at-spi2-core, gio, gsettings,
# xclip, xdotool, xwininfo (x11-utils), /usr/bin/python3 with python3-gi +
# gir1.2-atspi-2.0.
#
# Knobs: E2E_SCENARIOS (space-separated subset, default "install journey
# journey-zh desktop search-provider"), E2E_TIMEOUT (per-step seconds, default 20), E2E_FATAL_WARNINGS
# (default 1), E2E_KEEP_TMP=1 (keep the temp dir), MESON (default "meson").

set -uo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
self="$here/$(basename "${BASH_SOURCE[0]}")"
APP_ID=io.github.statuscodes.StatusCodes
APP_PROGRAM=status-codes
PY=/usr/bin/python3
ALL_SCENARIOS=(install journey journey-zh desktop search-provider)

say() { printf 'e2e: %s\n' "$*" >&2; }

# Whether PID is still an app process of the session whose XDG_CONFIG_HOME
# is $2 (and not a recycled pid).
is_our_app() {
  [[ $1 =~ ^[0-9]+$ ]] || return 1
  [[ $(cat "/proc/$1/comm" 2>/dev/null) == "$APP_PROGRAM" ]] || return 1
  { tr '\0' '\n' <"/proc/$1/environ"; } 2>/dev/null | grep -qxF "XDG_CONFIG_HOME=$2"
}

# --------------------------------------------------------------------------
# Inner part: runs inside `dbus-run-session`, i.e. with a private session bus.
# Our stderr is the bus daemon's (the app log); fd 3 is the harness's stderr.
if [[ ${1-} == --inner ]]; then
  driver=$2 result_file=$3
  exec 1>&3 2>&3 3>&-

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

  # A D-Bus activated app gets the bus's environment, not its launcher's: add
  # G_DEBUG there, now, so that only services activated from here on (the app)
  # get it -- not the AT-SPI bus launcher, nor the Python driver.
  if [[ ${E2E_FATAL_WARNINGS:-1} == 1 ]]; then
    if ! out=$(timeout 10 gdbus call --session --dest org.freedesktop.DBus \
          --object-path /org/freedesktop/DBus \
          --method org.freedesktop.DBus.UpdateActivationEnvironment \
          "{'G_DEBUG': 'fatal-warnings'}" 2>&1); then
      echo "could not set G_DEBUG in the bus's activation environment: $out" >"$result_file"
      exit 3
    fi
  fi

  "$PY" "$driver"
  rc=$?

  # On success the driver has seen the app exit.  Otherwise make sure it is gone.
  if [[ -s ${E2E_APP_PID_FILE-} ]]; then
    while read -r pid; do
      if [[ $rc -eq 0 ]]; then
        for _ in $(seq 30); do is_our_app "$pid" "$XDG_CONFIG_HOME" || break; sleep 0.1; done
      fi
      if is_our_app "$pid" "$XDG_CONFIG_HOME"; then
        kill -TERM "$pid" 2>/dev/null; sleep 0.5
        is_our_app "$pid" "$XDG_CONFIG_HOME" && kill -KILL "$pid" 2>/dev/null
      fi
    done <"$E2E_APP_PID_FILE"
  fi
  exit "$rc"
fi

# --------------------------------------------------------------------------
# Outer part.

if [[ $# -ne 2 ]]; then
  say "FAIL: usage: $0 BUILD_ROOT SOURCE_ROOT"
  echo "e2e: 0 passed, ${#ALL_SCENARIOS[@]} failed"
  exit 2
fi

passed=0 failed=0
results=()

finish() {
  local line
  for line in "${results[@]}"; do say "$line"; done
  echo "e2e: $passed passed, $failed failed"
  if [[ $failed -ne 0 || $passed -eq 0 ]]; then exit 1; fi
  exit 0
}

# Fails every scenario: used when nothing can run at all.
abort() {
  say "FAIL: $*"
  failed=$((failed + ${#scenarios[@]}))
  for s in "${scenarios[@]}"; do results+=("$s: FAIL (not run: $*)"); done
  finish
}

read -r -a scenarios <<<"${E2E_SCENARIOS:-${ALL_SCENARIOS[*]}}"
for s in "${scenarios[@]}"; do
  [[ " ${ALL_SCENARIOS[*]} " == *" $s "* ]] || { scenarios=("${ALL_SCENARIOS[@]}"); abort "unknown scenario '$s' in E2E_SCENARIOS"; }
done
((${#scenarios[@]})) || { scenarios=("${ALL_SCENARIOS[@]}"); abort "E2E_SCENARIOS is empty"; }

[[ -d $1 ]] || abort "build root '$1' not found"
source_root=$(cd "$2" 2>/dev/null && pwd) || abort "source root '$2' not found"
MESON=${MESON:-meson}

for tool in "$MESON" Xvfb xauth dbus-run-session gdbus gio gsettings xclip xdotool xwininfo \
            timeout setsid "$PY"; do
  command -v "$tool" >/dev/null 2>&1 || abort "required tool '$tool' not found"
done
"$PY" -c "import gi; gi.require_version('Atspi', '2.0'); from gi.repository import Atspi" 2>/dev/null \
  || abort "$PY cannot import gi.repository.Atspi (install python3-gi gir1.2-atspi-2.0)"
[[ -e /usr/share/dbus-1/services/org.a11y.Bus.service ]] \
  || abort "org.a11y.Bus D-Bus service missing (install at-spi2-core)"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/status-codes-e2e.XXXXXX") || abort "mktemp failed"
xvfb_pid='' session_pid=''

# Every app process of this run, by what it is rather than by who started it
# (`gio launch` spawns the app outside our process groups): comm
# status-codes, XDG_CONFIG_HOME inside our temp dir.
kill_app_pids() {  # $1: signal
  local f pid
  while read -r f; do
    pid=${f#/proc/} pid=${pid%/comm}
    if { tr '\0' '\n' <"/proc/$pid/environ"; } 2>/dev/null | grep -q "^XDG_CONFIG_HOME=$tmp/"; then
      kill "-$1" "$pid" 2>/dev/null
    fi
  done < <(grep -lxF "$APP_PROGRAM" /proc/[0-9]*/comm 2>/dev/null)
}

stop_session() {
  # The session first, then the X server, so that no X client sees its
  # display vanish.  dbus-run-session and everything it spawned (dbus-daemon,
  # the bus-activated app, at-spi-bus-launcher, the a11y dbus-daemon,
  # at-spi2-registryd, the driver, xclip) share its process group.
  if [[ -n $session_pid ]]; then
    kill -TERM -- "-$session_pid" 2>/dev/null
    kill_app_pids TERM
    for _ in $(seq 20); do kill -0 -- "-$session_pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL -- "-$session_pid" 2>/dev/null
    wait "$session_pid" 2>/dev/null
  fi
  kill_app_pids KILL
  if [[ -n $xvfb_pid ]]; then
    kill -TERM "$xvfb_pid" 2>/dev/null
    for _ in $(seq 20); do kill -0 "$xvfb_pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$xvfb_pid" 2>/dev/null
    wait "$xvfb_pid" 2>/dev/null
  fi
  session_pid='' xvfb_pid=''
}

# shellcheck disable=SC2317  # invoked from the EXIT trap
cleanup() {
  local rc=$?
  trap - EXIT INT TERM HUP
  stop_session
  if [[ ${E2E_KEEP_TMP:-0} == 1 ]]; then
    say "keeping $tmp"
  else
    rm -rf "$tmp"
  fi
  exit "$rc"
}
# Interrupted (meson's timeout sends SIGTERM): what did not pass failed.
# shellcheck disable=SC2317  # invoked from the INT, TERM and HUP traps
interrupted() {
  trap - INT TERM HUP
  say "FAIL: interrupted by signal $1"
  failed=$(( ${#scenarios[@]} - passed ))
  echo "e2e: $passed passed, $failed failed"
  exit "$2"
}
trap cleanup EXIT
trap 'interrupted INT 130' INT
trap 'interrupted TERM 143' TERM
trap 'interrupted HUP 129' HUP

ulimit -c 0 2>/dev/null  # fatal-warnings aborts must not litter core files

# ---- build and install into a temporary prefix
prefix="$tmp/prefix"
say "building $source_root into $tmp/build, prefix $prefix"
t0=$SECONDS
# Not inherited from a surrounding `meson test`/`meson devenv`.
unset MESON_BUILD_ROOT MESON_SOURCE_ROOT MESONINTROSPECT DESTDIR
if ! "$MESON" setup "$tmp/build" "$source_root" --prefix="$prefix" --wrap-mode=nodownload \
      >"$tmp/setup.log" 2>&1; then
  tail -n 30 "$tmp/setup.log" >&2
  abort "meson setup failed (see above)"
fi
if ! "$MESON" install -C "$tmp/build" >"$tmp/install.log" 2>&1; then
  tail -n 40 "$tmp/install.log" >&2
  abort "meson install (build + install into $prefix) failed (see above)"
fi
say "built and installed in $((SECONDS - t0)) s"

version=$("$MESON" introspect "$tmp/build" --projectinfo | "$PY" -c \
  'import json, sys; print(json.load(sys.stdin)["version"])') || abort "meson introspect --projectinfo failed"
read -r bindir datadir < <("$MESON" introspect "$tmp/build" --buildoptions | "$PY" -c '
import json, os, sys
opts = {o["name"]: o["value"] for o in json.load(sys.stdin)}
p = opts["prefix"]
print(os.path.join(p, opts.get("bindir", "bin")), os.path.join(p, opts.get("datadir", "share")))
') || abort "meson introspect --buildoptions failed"
app_bin="$bindir/$APP_PROGRAM"
desktop_file="$datadir/applications/$APP_ID.desktop"

# ---- the environment every session shares (nothing from the caller's leaks in)
unset NO_AT_BRIDGE GTK_A11Y AT_SPI_BUS_ADDRESS DBUS_SESSION_BUS_ADDRESS DBUS_STARTER_ADDRESS \
      DBUS_STARTER_BUS_TYPE WAYLAND_DISPLAY DISPLAY JOURNAL_STREAM GTK_MODULES GTK_THEME \
      GTK_DEBUG G_DEBUG GSETTINGS_SCHEMA_DIR G_MESSAGES_DEBUG SESSION_MANAGER \
      DESKTOP_AUTOSTART_ID XDG_ACTIVATION_TOKEN DESKTOP_STARTUP_ID GIO_LAUNCHED_DESKTOP_FILE \
      GIO_LAUNCHED_DESKTOP_FILE_PID
export GDK_BACKEND=x11
export GSETTINGS_BACKEND=keyfile
export ADW_DISABLE_PORTAL=1
export GIO_USE_VFS=local
export LANG=C.UTF-8 LC_ALL=C.UTF-8 LANGUAGE=
# A Chinese session (as journey-zh runs too): a real UTF-8 locale, since
# glibc 2.41 ignores LANGUAGE under C.UTF-8 (Debian 12's 2.36 did not).
ZH_SESSION=(LC_ALL=zh_CN.UTF-8 LANG=zh_CN.UTF-8 LANGUAGE=zh_CN)
# GTK 4.24 (Debian sid) puts the app on the accessibility bus only when
# asked to; GTK 4.8 does it anyway.
export GTK_A11Y=atspi
export XDG_DATA_DIRS="$datadir:/usr/local/share:/usr/share"
export XDG_CURRENT_DESKTOP=GNOME XDG_SESSION_TYPE=x11
export PATH="$bindir:$PATH"
export XAUTHORITY="$tmp/Xauthority"
export HOME="$tmp/home"  # whatever ignores the XDG variables stays out of the real home
mkdir -p "$HOME"
export PYTHONDONTWRITEBYTECODE=1
export E2E_TIMEOUT=${E2E_TIMEOUT:-20} E2E_FATAL_WARNINGS=${E2E_FATAL_WARNINGS:-1}
export E2E_DESKTOP_FILE="$desktop_file" E2E_APP_BIN="$app_bin"

# A wildcard MIT cookie (any display) so only we can connect.
cookie=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
[[ ${#cookie} -eq 32 ]] || abort "could not read a cookie from /dev/urandom"
# nlist format: family addr-len addr number-len number name-len name data-len data
printf 'ffff 0000  0000  0012 %s 0010 %s\n' \
  4d49542d4d414749432d434f4f4b49452d31 "$cookie" >"$tmp/xauth.nlist"  # "MIT-MAGIC-COOKIE-1"
if ! xauth -q -f "$XAUTHORITY" nmerge "$tmp/xauth.nlist" 2>/dev/null || [[ ! -s $XAUTHORITY ]]; then
  abort "could not create an X authority file with xauth"
fi

pass() { passed=$((passed + 1)); results+=("$1: PASS"); say "PASS: $1"; }
fail_scenario() { failed=$((failed + 1)); results+=("$1: FAIL: $2"); say "FAIL: $1: $2"; }

# ---- scenario "install": what the prefix holds, and --version without a display
scenario_install() {
  local problems=() f out err rc key type
  for f in \
      "share/applications/$APP_ID.desktop" \
      "share/dbus-1/services/$APP_ID.service" \
      "share/metainfo/$APP_ID.metainfo.xml" \
      "share/icons/hicolor/scalable/apps/$APP_ID.svg" \
      "share/icons/hicolor/symbolic/apps/$APP_ID-symbolic.svg" \
      "share/glib-2.0/schemas/gschemas.compiled" \
      "share/locale/zh_CN/LC_MESSAGES/$APP_PROGRAM.mo" \
      "share/gnome-shell/search-providers/$APP_ID.search-provider.ini" \
      "bin/$APP_PROGRAM"; do
    [[ -s $prefix/$f ]] || problems+=("missing or empty: <prefix>/$f")
  done

  if [[ -f $desktop_file ]]; then
    grep -qx 'DBusActivatable=true' "$desktop_file" || problems+=("the desktop file lacks DBusActivatable=true")
    grep -qx 'StartupNotify=true' "$desktop_file" || problems+=("the desktop file lacks StartupNotify=true")
    grep -qx "Icon=$APP_ID" "$desktop_file" || problems+=("the desktop file lacks Icon=$APP_ID")
    # The installed binary by its path: GLib ignores a desktop file whose
    # Exec is not on the session's PATH, and the Shell its search provider.
    grep -qx "Exec=$app_bin" "$desktop_file" || problems+=("the desktop file lacks Exec=$app_bin")
    # Chinese, for a Chinese session's app grid and search.
    for key in 'Name\[zh_CN\]=状态码' 'Comment\[zh_CN\]=.*[^ -~].*' 'Keywords\[zh_CN\]=.*状态码;.*'; do
      grep -qx "$key" "$desktop_file" || problems+=("the desktop file lacks a line like ${key//\\/}")
    done
  fi

  f="$prefix/share/metainfo/$APP_ID.metainfo.xml"
  if [[ -f $f ]]; then
    # gettext 0.21 (Debian 12) writes the language as zh_CN, gettext
    # 0.23+ (sid) as the BCP 47 tag zh-Hans-CN.
    for key in name summary keyword; do
      grep -qE "<$key xml:lang=\"(zh_CN|zh-CN|zh-Hans-CN)\">" "$f" ||
        problems+=("the metainfo lacks <$key xml:lang=\"zh_CN\"> (or zh-Hans-CN)")
    done
  fi

  f="$prefix/share/dbus-1/services/$APP_ID.service"
  if [[ -f $f ]]; then
    grep -qx '\[D-BUS Service\]' "$f" || problems+=("$APP_ID.service has no [D-BUS Service] group")
    grep -qx "Name=$APP_ID" "$f" || problems+=("$APP_ID.service lacks Name=$APP_ID")
    grep -qx "Exec=$app_bin --gapplication-service" "$f" \
      || problems+=("$APP_ID.service has $(grep -m1 '^Exec=' "$f" || echo 'no Exec='), want Exec=$app_bin --gapplication-service")
  fi

  f="$prefix/share/dbus-1/services/$APP_ID.SearchProvider.service"
  if [[ -f $f ]]; then
    grep -qx "Name=$APP_ID.SearchProvider" "$f" || problems+=("$APP_ID.SearchProvider.service lacks Name=$APP_ID.SearchProvider")
    grep -qx "Exec=$prefix/libexec/status-codes-search-provider" "$f" \
      || problems+=("$APP_ID.SearchProvider.service has $(grep -m1 '^Exec=' "$f" || echo 'no Exec='), want Exec=$prefix/libexec/status-codes-search-provider")
  else
    problems+=("no $APP_ID.SearchProvider.service")
  fi
  [[ -x $prefix/libexec/status-codes-search-provider ]] || problems+=("no libexec/status-codes-search-provider")

  f="$prefix/share/gnome-shell/search-providers/$APP_ID.search-provider.ini"
  if [[ -f $f ]]; then
    grep -qx '\[Shell Search Provider\]' "$f" || problems+=("$APP_ID.search-provider.ini has no [Shell Search Provider] group")
    for key in "DesktopId=$APP_ID.desktop" "BusName=$APP_ID.SearchProvider" \
               "ObjectPath=/${APP_ID//.//}/SearchProvider" "Version=2"; do
      grep -qxF "$key" "$f" || problems+=("$APP_ID.search-provider.ini lacks $key")
    done
  fi

  if [[ -f $prefix/share/glib-2.0/schemas/gschemas.compiled ]]; then
    # `gsettings range` says "type T", or "range T MIN MAX" for a key with a range.
    for key in window-width:i window-height:i window-maximized:b selected-code:u show-unofficial:b; do
      type=$(gsettings --schemadir "$prefix/share/glib-2.0/schemas" range "$APP_ID" "${key%%:*}" 2>&1 | head -n 1)
      [[ $type == "type ${key#*:}" || $type == "range ${key#*:} "* ]] \
        || problems+=("compiled schema: key ${key%%:*} should be of type ${key#*:}, gsettings says: $type")
    done
  fi

  if [[ -x $app_bin ]]; then
    # No display, no session bus, no a11y: --version must need none of them.
    err="$tmp/version.err"
    out=$(env -u DISPLAY -u WAYLAND_DISPLAY -u DBUS_SESSION_BUS_ADDRESS -u XDG_RUNTIME_DIR \
            G_DEBUG=fatal-warnings timeout 10 "$app_bin" --version 2>"$err" </dev/null)
    rc=$?
    if [[ $rc -ne 0 ]]; then
      problems+=("'$APP_PROGRAM --version' without a display exited $rc: $(head -c 300 "$err" | tr '\n' ' ')")
    elif [[ $out != "$APP_PROGRAM $version" ]]; then
      problems+=("'$APP_PROGRAM --version' printed '$out', want '$APP_PROGRAM $version'")
    elif [[ -s $err ]]; then
      problems+=("'$APP_PROGRAM --version' wrote to stderr: $(head -c 300 "$err" | tr '\n' ' ')")
    else
      say "install: '$APP_PROGRAM --version' without a display: $out"
    fi

    # --print in a Chinese session, from the installed catalog: a search in
    # Chinese finds 404, printed with its English phrase, its Chinese title
    # and its Chinese summary; no match is a Chinese message on stderr and exit status 1.
    out=$(env -u DISPLAY -u WAYLAND_DISPLAY -u DBUS_SESSION_BUS_ADDRESS "${ZH_SESSION[@]}" \
            G_DEBUG=fatal-warnings timeout 10 "$app_bin" --print 未找到 2>"$err" </dev/null)
    rc=$?
    if [[ $rc -ne 0 || $out != "404 Not Found 未找到 — "* || $out != *服务器* ]]; then
      problems+=("'LANGUAGE=zh_CN $APP_PROGRAM --print 未找到' exited $rc and printed '$out' $(head -c 300 "$err" | tr '\n' ' ')")
    else
      say "install: 'LANGUAGE=zh_CN $APP_PROGRAM --print 未找到': $out"
    fi
    out=$(env -u DISPLAY -u WAYLAND_DISPLAY -u DBUS_SESSION_BUS_ADDRESS "${ZH_SESSION[@]}" \
            G_DEBUG=fatal-warnings timeout 10 "$app_bin" --print 999 2>&1 </dev/null)
    rc=$?
    if [[ $rc -ne 1 || $out != *没有与*999*匹配的状态码* ]]; then
      problems+=("'LANGUAGE=zh_CN $APP_PROGRAM --print 999' exited $rc and said '$out', want exit 1 and a Chinese message")
    fi
  fi

  if ((${#problems[@]})); then
    local p
    for p in "${problems[@]}"; do say "install: $p"; done
    fail_scenario install "${problems[0]}$( ((${#problems[@]} > 1)) && echo " (and $((${#problems[@]} - 1)) more, see above)")"
  else
    pass install
  fi
}

# ---- a fresh headless session that runs one driver
start_xvfb() {  # $1: scenario dir
  local d=$1 display_num
  Xvfb -displayfd 9 -auth "$XAUTHORITY" -screen 0 1280x1024x24 -nolisten tcp -noreset \
    9>"$d/display" >"$d/xvfb.log" 2>&1 &
  xvfb_pid=$!
  for _ in $(seq 100); do
    [[ -s $d/display ]] && break
    kill -0 "$xvfb_pid" 2>/dev/null || break
    sleep 0.1
  done
  display_num=$(tr -dc 0-9 <"$d/display" 2>/dev/null)
  if [[ -z $display_num ]]; then
    tail -n 5 "$d/xvfb.log" >&2
    return 1
  fi
  export DISPLAY=":$display_num"
  say "Xvfb on $DISPLAY (pid $xvfb_pid)"
}

# Lines of the bus log that are routine.
NOISE=(-e '^$' -e 'Failed to set fd limit' -e 'Activating service name=' -e 'Successfully activated service'
       -e 'SpiRegistry daemon is running')

run_session() {  # $1: scenario name, $2: driver
  local name=$1 driver=$2 d="$tmp/$1" rc reason bad crash
  mkdir -p "$d"/{runtime,config,cache,data,state}
  chmod 700 "$d/runtime"
  : >"$d/app.log"

  if ! start_xvfb "$d"; then
    fail_scenario "$name" "Xvfb did not start"
    stop_session
    return
  fi

  say "$name: running $(basename "$driver") (config in $d/config)"
  # Exported before the bus starts: the bus passes its environment on to the
  # services it activates, the app among them.
  (
    export XDG_RUNTIME_DIR="$d/runtime" XDG_CONFIG_HOME="$d/config" XDG_CACHE_HOME="$d/cache"
    export XDG_DATA_HOME="$d/data" XDG_STATE_HOME="$d/state"
    export E2E_APP_LOG="$d/app.log" E2E_APP_PID_FILE="$d/app.pids" E2E_RESULT_FILE="$d/result"
    # setsid: the session gets its own process group so stop_session can kill
    # all of it.  The bus daemon's stderr -- and so the stderr of every
    # service it spawns -- goes to app.log; the driver talks on fd 3.
    exec setsid dbus-run-session -- bash "$self" --inner "$driver" "$d/result" \
      3>&2 >>"$d/app.log" 2>&1
  ) &
  session_pid=$!
  wait "$session_pid"
  rc=$?
  stop_session

  if [[ -s $d/app.log ]] && grep -qv "${NOISE[@]}" "$d/app.log"; then
    say "$name: app log (the bus's stderr and gio launch's):"
    grep -v "${NOISE[@]}" "$d/app.log" | sed 's/^/  | /' >&2
  fi
  # The app's own GLib messages carry its program name and pid.
  bad=$(grep -E "\\($APP_PROGRAM:[0-9]+\\).*(WARNING|CRITICAL)" "$d/app.log" | head -n 1)
  # The bus reports a service that died (for instance on a fatal warning).
  crash=$(grep -E "Activated service '$APP_ID' failed|$APP_PROGRAM.*(received signal|Trace/breakpoint|Aborted|Segmentation)" \
            "$d/app.log" | head -n 1)
  if [[ $rc -ne 0 ]]; then
    if [[ -s $d/result ]]; then reason=$(head -n 1 "$d/result"); else reason="session or driver failed (exit $rc)"; fi
    [[ -n $bad && $reason != *"$bad"* ]] && reason="$reason; app log: $bad"
    [[ -n $crash ]] && reason="$reason; bus: $crash"
    fail_scenario "$name" "$reason"
  elif [[ -n $bad ]]; then
    fail_scenario "$name" "the app logged: $bad"
  elif [[ -n $crash ]]; then
    fail_scenario "$name" "the bus reports: $crash"
  else
    pass "$name"
  fi
}

for s in "${scenarios[@]}"; do
  t0=$SECONDS
  case $s in
    install) scenario_install ;;
    journey) run_session journey "$here/test-e2e.py" ;;
    journey-zh) LC_ALL=zh_CN.UTF-8 LANG=zh_CN.UTF-8 LANGUAGE=zh_CN E2E_LANGUAGE=zh_CN run_session journey-zh "$here/test-e2e.py" ;;
    desktop) run_session desktop "$here/test-desktop.py" ;;
    search-provider) run_session search-provider "$here/test-search-provider.py" ;;
  esac
  say "$s: $((SECONDS - t0)) s"
done

finish
