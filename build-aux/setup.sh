# Shared set-up for run.sh and test.sh: installs the Debian packages the
# project needs (only those missing), then configures and builds.
# Sourced, not run: it sets BUILD_DIR and PREFIX for the caller.
# Debian 12 and Debian sid (build-aux/sid-chroot.sh) are both supported;
# DEBIAN_RELEASE (12 or sid) says which names to use, by default the
# running system's.
# SPDX-License-Identifier: GPL-3.0-or-later

SOURCE_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD_DIR=${BUILD_DIR:-$SOURCE_DIR/_build}
# A prefix of our own, so that installing needs no root and leaves the
# system alone.
PREFIX=${PREFIX:-$BUILD_DIR/prefix}

# The few packages whose names differ between the releases.
DEBIAN_RELEASE=${DEBIAN_RELEASE:-$(. /etc/os-release && echo "${VERSION_ID:-sid}")}
if [[ $DEBIAN_RELEASE == 12 ]]; then
  GO_SRC_PACKAGE=golang-1.19-src JDK_PACKAGE=openjdk-17-jdk-headless
else
  GO_SRC_PACKAGE=golang-src JDK_PACKAGE=default-jdk-headless
fi

# To build and run.
BUILD_PACKAGES=(
  meson ninja-build pkg-config gcc gettext
  libglib2.0-dev libglib2.0-bin libgtk-4-dev libadwaita-1-dev
  desktop-file-utils appstream adwaita-icon-theme fonts-cantarell fonts-dejavu-core
  libxtst-dev  # the ui tests press keys with XTest
  librsvg2-bin  # rsvg-convert draws the window icon as a PNG
  librsvg2-common  # GdkPixbuf's SVG loader: without it symbolic icons are broken images
  locales  # en_US.UTF-8 and zh_CN.UTF-8, see ensure_locales
)

# To run every test suite headless: an X server, a D-Bus session and the
# accessibility bus, Python's AT-SPI bindings, xclip for the clipboard,
# xdotool and xwininfo (x11-utils) to resize and measure windows, and
# flatpak-builder to read the Flatpak manifest; GNOME Shell, headless on
# Wayland with Xwayland, for the shell suite; and the libraries whose
# status code constants tests/check-constants.py checks the data against
# (Go's net/http sources, libsoup's header, the JDK's javap).
TEST_PACKAGES=(
  xvfb xauth dbus at-spi2-core
  python3 python3-gi gir1.2-glib-2.0 gir1.2-atspi-2.0
  xclip xdotool x11-utils flatpak-builder
  gnome-shell mutter-common xwayland
  "$GO_SRC_PACKAGE" libsoup-3.0-dev "$JDK_PACKAGE"
)

# To take the screenshots (build-aux/screenshot.sh).
SCREENSHOT_PACKAGES=(
  xvfb xauth dbus xdotool imagemagick fonts-cantarell fonts-wqy-microhei
)

install_missing_packages () {
  local missing=() package

  for package in "$@"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
      missing+=("$package")
    fi
  done

  if ((${#missing[@]} == 0)); then
    ensure_locales
    return
  fi

  local sudo=()
  if [[ $(id -u) -ne 0 ]]; then
    if ! command -v sudo >/dev/null; then
      echo "Missing packages: ${missing[*]}; run as root or install sudo." >&2
      return 1
    fi
    sudo=(sudo)
  fi

  echo "Installing: ${missing[*]}"
  "${sudo[@]}" apt-get update -q
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
  ensure_locales
}

# The locales the tests run in. C.UTF-8 is not enough: since glibc 2.41
# gettext ignores LANGUAGE when the locale is C or C.UTF-8, so a Chinese
# session needs a real UTF-8 locale.
LOCALES=(en_US.UTF-8 zh_CN.UTF-8)

ensure_locales () {
  local missing=() locale
  command -v locale-gen >/dev/null || return 0
  for locale in "${LOCALES[@]}"; do
    # `locale -a` spells en_US.UTF-8 as en_US.utf8.
    locale -a 2>/dev/null | grep -qx "${locale%.UTF-8}.utf8" || missing+=("$locale")
  done
  ((${#missing[@]})) || return 0

  local sudo=()
  [[ $(id -u) -eq 0 ]] || sudo=(sudo)
  echo "Generating locales: ${missing[*]}"
  for locale in "${missing[@]}"; do
    grep -qx "$locale UTF-8" /etc/locale.gen ||
      echo "$locale UTF-8" | "${sudo[@]}" tee -a /etc/locale.gen >/dev/null
  done
  "${sudo[@]}" locale-gen
}

configure_and_build () {
  if [[ -f $BUILD_DIR/build.ninja ]]; then
    meson setup --reconfigure "$BUILD_DIR" "$SOURCE_DIR" --prefix "$PREFIX" >/dev/null
  else
    meson setup "$BUILD_DIR" "$SOURCE_DIR" --prefix "$PREFIX"
  fi
  meson compile -C "$BUILD_DIR"
}
