#!/usr/bin/env bash
# Takes the screenshots that the AppStream metadata shows:
# data/screenshots/main.png (light style) and data/screenshots/dark.png.
#
#   build-aux/screenshot.sh [BUILD_DIR]
#
# Runs the app uninstalled from BUILD_DIR (default: _build), which must be
# built already (`meson compile -C BUILD_DIR`), on a private headless X
# server with no window manager, so the window has no shadow, and captures
# just the window. Settings come from the schema compiled in BUILD_DIR/data
# and live in memory only: your own settings are neither read nor changed.
#
# Knobs (environment):
#   SCREENSHOT_SIZE    window size, WIDTHxHEIGHT (default 1000x700)
#   SCREENSHOT_MAIN    the app's arguments for main.png (default "4xx")
#   SCREENSHOT_DARK    the app's arguments for dark.png (default "5xx")
#   SCREENSHOT_OUT     where to write the PNGs (default data/screenshots)
#   SCREENSHOT_LANGUAGE the session's language, e.g. zh_CN, whose UTF-8 locale
#                      must exist (default: none,
#                      English); the app reads its installed catalog, so run
#                      `meson install -C _build` first
#   SCREENSHOT_TIMEOUT seconds to wait for the window to appear and settle (default 20)
#   SCREENSHOT_FRAME   pixels cut from each side: the resize frame that GTK
#                      draws around a window when nothing composites (default 4,
#                      which keeps the window's 1-pixel outline)
#
# Installs what it needs (Xvfb, dbus-daemon, xdotool, ImageMagick, and for
# the GNOME look fonts-cantarell) when missing, as run.sh does.
#
# SPDX-License-Identifier: GPL-3.0-or-later
set -euo pipefail

# Only for its package lists and install_missing_packages.
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
install_missing_packages "${SCREENSHOT_PACKAGES[@]}"

SOURCE_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD_DIR=$(cd "${1:-$SOURCE_DIR/_build}" 2>/dev/null && pwd) \
  || { echo "screenshot: no build directory '${1:-$SOURCE_DIR/_build}'; build first" >&2; exit 2; }
APP=$BUILD_DIR/src/status-codes
SCHEMA_DIR=$BUILD_DIR/data
SIZE=${SCREENSHOT_SIZE:-1000x700}
OUT_DIR=${SCREENSHOT_OUT:-$SOURCE_DIR/data/screenshots}
TIMEOUT=${SCREENSHOT_TIMEOUT:-20}
FRAME=${SCREENSHOT_FRAME:-4}
read -r -a MAIN_ARGS <<<"${SCREENSHOT_MAIN-4xx}"
read -r -a DARK_ARGS <<<"${SCREENSHOT_DARK-5xx}"

say() { printf 'screenshot: %s\n' "$*" >&2; }
die() { say "$*"; exit 1; }

[[ -x $APP ]] || die "$APP not found; run 'meson compile -C $BUILD_DIR' first"
[[ -f $SCHEMA_DIR/gschemas.compiled ]] || die "$SCHEMA_DIR/gschemas.compiled not found; run 'meson compile -C $BUILD_DIR' first"
[[ $SIZE =~ ^([0-9]+)x([0-9]+)$ ]] || die "SCREENSHOT_SIZE must be WIDTHxHEIGHT, not '$SIZE'"
width=${BASH_REMATCH[1]} height=${BASH_REMATCH[2]}
[[ $FRAME =~ ^[0-9]+$ ]] || die "SCREENSHOT_FRAME must be a number of pixels, not '$FRAME'"
# With no compositing manager GTK draws no shadow and no rounded corners,
# but a solid resize frame: the X window is that much larger than the
# picture we keep.
win_width=$((width + 2 * FRAME)) win_height=$((height + 2 * FRAME))
for tool in Xvfb dbus-daemon xdotool import convert identify md5sum; do
  command -v "$tool" >/dev/null || die "'$tool' is missing (packages: xvfb dbus xdotool imagemagick)"
done

tmp=$(mktemp -d "${TMPDIR:-/tmp}/status-codes-screenshot.XXXXXX")
xvfb_pid='' app_pid='' bus_pid=''
cleanup() {
  if [[ -n $app_pid ]]; then kill "$app_pid" 2>/dev/null; wait "$app_pid" 2>/dev/null; fi
  if [[ -n $bus_pid ]]; then kill "$bus_pid" 2>/dev/null; fi
  if [[ -n $xvfb_pid ]]; then kill "$xvfb_pid" 2>/dev/null; wait "$xvfb_pid" 2>/dev/null; fi
  rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# A clean, private environment: a session bus of our own (so that a Status
# Codes already running on your desktop is left alone), no portal, no accessibility bus, English, GTK's own settings
# with animations and the blinking cursor off so that the picture settles.
mkdir -p "$tmp"/{config/gtk-4.0,data,cache,runtime,share}
chmod 700 "$tmp/runtime"
cat >"$tmp/config/gtk-4.0/settings.ini" <<'INI'
[Settings]
gtk-enable-animations=false
gtk-cursor-blink=false
gtk-font-name=Cantarell 11
gtk-icon-theme-name=Adwaita
gtk-xft-antialias=1
gtk-xft-hinting=1
gtk-xft-hintstyle=hintslight
gtk-xft-rgba=none
INI
# The app's own icons, as if installed.
ln -s "$SOURCE_DIR/data/icons" "$tmp/share/icons"

unset DBUS_SESSION_BUS_ADDRESS WAYLAND_DISPLAY GTK_THEME GTK_DEBUG G_DEBUG \
      ADW_DEBUG_COLOR_SCHEME ADW_DEBUG_HIGH_CONTRAST SESSION_MANAGER XDG_ACTIVATION_TOKEN
export GDK_BACKEND=x11
export GSK_RENDERER=cairo
export GSETTINGS_BACKEND=memory
export GSETTINGS_SCHEMA_DIR=$SCHEMA_DIR
export ADW_DISABLE_PORTAL=1
export GTK_A11Y=none NO_AT_BRIDGE=1
export GIO_USE_VFS=local
# A real locale for another language: glibc 2.41 and later ignore LANGUAGE
# under C.UTF-8 (setup.sh generates zh_CN.UTF-8).
locale=C.UTF-8
[[ -n ${SCREENSHOT_LANGUAGE-} ]] && locale=$SCREENSHOT_LANGUAGE.UTF-8
export LANG=$locale LC_ALL=$locale LANGUAGE=${SCREENSHOT_LANGUAGE-}
export XDG_CONFIG_HOME=$tmp/config XDG_DATA_HOME=$tmp/data XDG_CACHE_HOME=$tmp/cache
export XDG_RUNTIME_DIR=$tmp/runtime
export XDG_DATA_DIRS=$tmp/share:/usr/local/share:/usr/share
export XAUTHORITY=$tmp/Xauthority
: >"$XAUTHORITY"

# A headless X server on a free display, with room around the window.
Xvfb -displayfd 9 -screen 0 "$((win_width + 200))x$((win_height + 200))x24" -nolisten tcp -noreset \
  9>"$tmp/display" >"$tmp/xvfb.log" 2>&1 &
xvfb_pid=$!
for _ in $(seq 100); do
  [[ -s $tmp/display ]] && break
  kill -0 "$xvfb_pid" 2>/dev/null || break
  sleep 0.1
done
display=$(tr -dc 0-9 <"$tmp/display" 2>/dev/null || true)
[[ -n $display ]] || { cat "$tmp/xvfb.log" >&2; die "Xvfb did not start"; }
export DISPLAY=:$display

# The private session bus.
{ read -r DBUS_SESSION_BUS_ADDRESS && read -r bus_pid; } \
  < <(dbus-daemon --session --fork --nosyslog --print-address=1 --print-pid=1) \
  || die "could not start a D-Bus session bus"
export DBUS_SESSION_BUS_ADDRESS

# shot NAME [ADW_DEBUG_COLOR_SCHEME] -- ARGS...: runs the app with ARGS,
# sizes its window, waits until it stops changing, writes OUT_DIR/NAME.png.
shot () {
  local name=$1 scheme=$2
  shift 3
  local wid='' last='' now='' stable=0 i

  say "$name.png: status-codes $*${scheme:+ ($scheme)}"
  ADW_DEBUG_COLOR_SCHEME=$scheme "$APP" "$@" >"$tmp/$name.log" 2>&1 &
  app_pid=$!

  # The app's top-level window: GTK sets _NET_WM_PID on it.
  for ((i = 0; i < TIMEOUT * 10; i++)); do
    kill -0 "$app_pid" 2>/dev/null || { cat "$tmp/$name.log" >&2; die "the app exited before showing a window"; }
    wid=$(xdotool search --onlyvisible --pid "$app_pid" 2>/dev/null | tail -n 1 || true)
    [[ -n $wid ]] && break
    sleep 0.1
  done
  [[ -n $wid ]] || { cat "$tmp/$name.log" >&2; die "no window after ${TIMEOUT}s"; }

  # No window manager: the window sits at the top left, and a resize is
  # ours to make.
  xdotool windowmove "$wid" 0 0 windowsize "$wid" "$win_width" "$win_height"

  # Wait until two captures in a row are the same picture, and the window
  # has the size asked for.
  for ((i = 0; i < TIMEOUT * 4; i++)); do
    sleep 0.25
    now=$(import -window "$wid" rgb:- 2>/dev/null | md5sum)
    if [[ $now == "$last" ]] && [[ $(xdotool getwindowgeometry "$wid") == *"Geometry: ${win_width}x${win_height}"* ]]; then
      stable=$((stable + 1))
      ((stable >= 2)) && break
    else
      stable=0
    fi
    last=$now
  done
  ((stable >= 2)) || say "warning: $name.png: the window did not settle in ${TIMEOUT}s; capturing anyway"

  import -window "$wid" "$tmp/$name.png"
  # Opaque, no metadata that changes from run to run (dates), so that an
  # unchanged picture is an unchanged file.
  convert "$tmp/$name.png" -crop "${width}x${height}+${FRAME}+${FRAME}" +repage -alpha off -strip -define png:exclude-chunks=date,time "$OUT_DIR/$name.png"
  say "wrote $OUT_DIR/$name.png ($(identify -format '%wx%h' "$OUT_DIR/$name.png"))"

  if grep -E 'CRITICAL|WARNING' "$tmp/$name.log" >&2; then
    say "warning: the app logged the above while taking $name.png"
  fi

  kill "$app_pid" 2>/dev/null
  wait "$app_pid" 2>/dev/null || true
  app_pid=''
}

mkdir -p "$OUT_DIR"
shot main prefer-light -- "${MAIN_ARGS[@]}"
shot dark prefer-dark -- "${DARK_ARGS[@]}"
