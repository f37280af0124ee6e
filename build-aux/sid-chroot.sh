#!/usr/bin/env bash
# Runs a command of the project in a Debian sid chroot: current GNOME
# (GTK 4.24, libadwaita 1.10, GLib 2.90) on a Debian 12 machine.
#
#   build-aux/sid-chroot.sh                    # build-aux/test.sh in sid
#   build-aux/sid-chroot.sh --suite unit       # arguments go to test.sh
#   build-aux/sid-chroot.sh --shell            # a shell in the chroot
#   build-aux/sid-chroot.sh --run CMD ARG…     # a command, in the tree
#   build-aux/sid-chroot.sh --run build-aux/screenshot.sh _build-sid
#                                              # the pictures, current GNOME
#
# Makes the chroot when it is missing, or when the packages it needs
# have changed, from Debian's archive with mmdebstrap: the build and test
# packages of build-aux/setup.sh, under their sid names. It lives
# outside the source tree, in SC_CHROOT_DIR (by default
# /var/cache/status-codes/sid); SC_CHROOT_REFRESH=1 makes it afresh.
#
# The source tree is bind-mounted at the same path inside, read-write,
# with /proc, /sys, /dev, /dev/pts and a /dev/shm of its own; everything
# mounted is unmounted on exit, whatever the exit (and lives in a mount
# namespace of its own, so a killed run leaves nothing mounted behind).
# The build goes to _build-sid/, beside the native _build/. Needs root
# (CI is root); installs mmdebstrap when it is missing.
# SPDX-License-Identifier: GPL-3.0-or-later
set -euo pipefail

SOURCE_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
CACHE_DIR=${SC_CHROOT_DIR:-/var/cache/status-codes/sid}
ROOT=$CACHE_DIR/root
STAMP=$CACHE_DIR/stamp
MIRROR=${SC_CHROOT_MIRROR:-http://deb.debian.org/debian}

if [[ $(id -u) -ne 0 ]]; then
  echo "sid-chroot: needs root (to make the chroot, mount and chroot)" >&2
  exit 1
fi

source "$SOURCE_DIR/build-aux/setup.sh"
# gpg and the keyring: mmdebstrap checks the archive's signatures.
install_missing_packages mmdebstrap gpg debian-archive-keyring

# The packages under their sid names, as setup.sh chooses them; those of
# build-aux/screenshot.sh, for the pictures of current GNOME; valgrind
# for build-aux/sanitize.sh.
mapfile -t PACKAGES < <(
  DEBIAN_RELEASE=sid bash -c 'source "$1/build-aux/setup.sh" &&
    printf "%s\n" "${BUILD_PACKAGES[@]}" "${TEST_PACKAGES[@]}" "${SCREENSHOT_PACKAGES[@]}" valgrind' _ "$SOURCE_DIR" | sort -u)
LOCALES=$(bash -c 'source "$1/build-aux/setup.sh" && echo "${LOCALES[*]}"' _ "$SOURCE_DIR")

# sid's Release file is often past its Valid-Until: the archive is
# current all the same.
APT_OPTION='Acquire::Check-Valid-Until "false"'

# What the chroot is made from; a different one makes it afresh.
wanted_stamp=$(printf '%s\n' "$MIRROR" "$APT_OPTION" "$LOCALES" "${PACKAGES[@]}" | sha256sum | cut -d' ' -f1)

# The second half runs in a mount namespace of its own (see the end):
# whatever it mounts vanishes with it, even if it is killed.
if [[ ${SC_CHROOT_NAMESPACE-} != 1 ]]; then
  mkdir -p "$CACHE_DIR"
  # One run at a time per chroot; the lock (fd 8) is held to the end.
  exec 8>"$CACHE_DIR/lock"
  flock 8

  if [[ ${SC_CHROOT_REFRESH:-0} == 1 || ! -d $ROOT || $(cat "$STAMP" 2>/dev/null) != "$wanted_stamp" ]]; then
    started=$SECONDS
    echo "sid-chroot: making the chroot in $ROOT (${#PACKAGES[@]} packages)"
    # Never delete a chroot in use: something is mounted in it.
    if grep -qF " $ROOT/" /proc/self/mounts; then
      echo "sid-chroot: $ROOT is in use (mounted below), not making it afresh" >&2
      exit 1
    fi
    rm -rf --one-file-system "$ROOT" "$ROOT.new" "$STAMP"
    include=$(IFS=,; echo "${PACKAGES[*]}")
    unshare --mount --propagation private mmdebstrap --variant=minbase --mode=root \
      --aptopt="$APT_OPTION" \
      --dpkgopt='path-exclude=/usr/share/doc/*' \
      --include="$include" \
      --customize-hook="for l in $LOCALES; do echo \"\$l UTF-8\"; done >\"\$1/etc/locale.gen\"" \
      --customize-hook='chroot "$1" locale-gen' \
      sid "$ROOT.new" "$MIRROR"
    # mmdebstrap leaves /etc/machine-id empty; D-Bus needs one.
    chroot "$ROOT.new" dbus-uuidgen >"$ROOT.new/etc/machine-id"
    mv "$ROOT.new" "$ROOT"
    echo "$wanted_stamp" >"$STAMP"
    echo "sid-chroot: made in $((SECONDS - started)) s"
  fi

  # A mount namespace, so that the mounts below are ours alone; and a
  # network and IPC namespace: X servers listen on abstract sockets,
  # which a chroot shares with the host, so an Xvfb in the chroot could
  # take a display number that one outside already has, and the tests'
  # windows would open on the host's server. Nothing inside needs the
  # network: the packages are all installed.
  SC_CHROOT_NAMESPACE=1 exec unshare --mount --propagation private --net --ipc \
    bash "${BASH_SOURCE[0]}" "$@"
fi

# Everything mounted below the chroot, deepest first.
mounts_below () {
  awk -v root="$ROOT" '$2 == root || index($2, root "/") == 1 { print $2 }' /proc/self/mounts | sort -r
}

# Also on failure or interrupt; the namespace would drop them anyway.
unmount_all () {
  local mount_point
  for _ in 1 2 3; do
    while read -r mount_point; do
      umount "$mount_point" 2>/dev/null || umount --lazy "$mount_point" 2>/dev/null || true
    done < <(mounts_below)
  done
}
trap unmount_all EXIT
trap 'exit 130' INT
trap 'exit 143' TERM HUP

mount -t proc proc "$ROOT/proc"
mount --bind /sys "$ROOT/sys"
mount -o remount,bind,ro "$ROOT/sys"
mount --bind /dev "$ROOT/dev"
mount --bind /dev/pts "$ROOT/dev/pts"
mount -t tmpfs -o mode=1777,nosuid,nodev shm "$ROOT/dev/shm"
# A /tmp of its own, emptied on every run; first, for the tree may be
# below /tmp itself (a CI clone can be).
mount -t tmpfs -o mode=1777,nosuid,nodev tmp "$ROOT/tmp"
mkdir -p "$ROOT$SOURCE_DIR"
mount --bind "$SOURCE_DIR" "$ROOT$SOURCE_DIR"

# A clean environment: nothing of the host's session leaks in.
env=(
  env -i HOME=/root USER=root LOGNAME=root SHELL=/bin/bash TERM="${TERM:-dumb}"
  PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
  LANG=C.UTF-8 SC_IN_CHROOT=sid BUILD_DIR="$SOURCE_DIR/_build-sid"
)
if [[ ${1-} == --shell ]]; then
  chroot "$ROOT" "${env[@]}" bash -c "cd \"\$1\" && exec bash" _ "$SOURCE_DIR"
elif [[ ${1-} == --run ]]; then
  shift
  chroot "$ROOT" "${env[@]}" bash -c 'cd "$1" && shift && exec "$@"' _ "$SOURCE_DIR" "$@"
else
  chroot "$ROOT" "${env[@]}" bash "$SOURCE_DIR/build-aux/test.sh" "$@"
fi
