#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""End-to-end test of Status Codes as a desktop citizen.

  a. `gio launch` of the installed desktop file opens the window;
  b. launching again reaches that instance -- a second `gio launch` (which
     spawns a second process that hands over and exits) and a launch by the
     desktop ID as GNOME Shell does it (D-Bus Activate on the running app):
     still one process, one window;
  then the code 410 is selected and shown in the detail view;
  c. the window is resized with xdotool (Xvfb runs no window manager, so this
     configures the X window directly) and GTK follows;
  d. Ctrl+Q, as real key events, quits: the process exits; the keyfile
     (GSETTINGS_BACKEND=keyfile) holds the size and the selected code;
  e. a launch by the desktop ID now has the bus start the app from its
     .service file; the window comes back with the saved size and the selected
     code shown; Ctrl+W closes the window and the app exits.

`gio launch FILE` never activates over D-Bus (GLib loads the file without a
desktop ID and spawns its Exec line), so step e is where the .service file is
put to work.

Run by run-e2e.sh inside a private Xvfb + D-Bus session; see e2e_common.py for
the environment it expects.  Must be run with /usr/bin/python3.
"""

import os
import re
import subprocess
import sys
import time

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from e2e_common import (  # noqa: E402
    APP_ID, APP_PROGRAM, LIST_ROLES, R, WINDOW_TITLE,
    Atspi, Ctx, Gio, GLib, StepFailed, X11, alive, app_pids, app_windows, atspi_init,
    check_app_process, chord, describe, ensure_window_focus, extents, fail, find_all,
    find_app, find_apps, find_window, launch, launch_by_id, log, name_of, poll, press, role_of, run,
    safe, states_of, step, text_of, type_text, walk,
)

LIST_NAME = 'Status codes'
SELECT_QUERY = '410'
SELECT_CODE = 410
SELECT_PHRASE = 'Gone'
TARGET_SIZE = (820, 560)
ALT_SIZE = (900, 600)
SIZE_SLACK = 4          # px of tolerance when comparing restored sizes
SETTLE = 2.0            # seconds to let a second launch do whatever it does
SCHEMA_GROUP_SUFFIX = 'statuscodes/StatusCodes'


# --------------------------------------------------------------------------
# Helpers

def xdotool_key(*keys):
    """Real key events through the XTest extension, to the focused window.
    (AT-SPI's own key synthesis loses the Shift that "?" needs.)"""
    p = subprocess.run(['xdotool', 'key', '--delay', '80', *keys],
                       capture_output=True, text=True, timeout=10)
    if p.returncode != 0:
        fail(f'xdotool key {" ".join(keys)} failed: {p.stderr.strip()}')
    time.sleep(0.2)


def other_window(app, main):
    """A showing window of the app other than MAIN, if there is one."""
    main_index = safe(lambda: main.get_index_in_parent(), -1)
    others = [w for w in app_windows(app)
              if 'showing' in states_of(w)
              and safe(lambda: w.get_index_in_parent(), -2) != main_index] if app else []
    return others[0] if others else None


def open_dialog(app, main):
    """The dialog the app shows over MAIN, if one shows: a window of its own
    (GtkShortcutsWindow and AdwAboutWindow on libadwaita 1.2), or a dialog
    inside MAIN (AdwShortcutsDialog and AdwAboutDialog on current GNOME)."""
    window = other_window(app, main)
    if window is not None:
        return window
    dialogs = find_all(main, lambda n: role_of(n) == R.DIALOG and 'showing' in states_of(n),
                       prune=lambda n: role_of(n) in LIST_ROLES) if main else []
    return dialogs[0] if dialogs else None


def window_names(app):
    return [name_of(w) for w in app_windows(app)] if app else []


def label_in(win, text, in_lists=False):
    """A node of WIN reading TEXT, as a label's text or any node's name; in
    lists too if IN_LISTS (AdwShortcutsDialog lists its shortcuts), else
    not, for the window's list of statuses is long."""
    return bool(find_all(win, lambda n: text_of(n) == text or name_of(n) == text,
                         prune=None if in_lists else lambda n: role_of(n) in LIST_ROLES))


def xwininfo_size(xwin):
    """(width, height) of an X window as xwininfo reports it."""
    try:
        p = subprocess.run(['xwininfo', '-id', str(xwin)], capture_output=True, text=True,
                           timeout=10)
    except subprocess.TimeoutExpired:
        return None
    if p.returncode != 0:
        return None
    w = re.search(r'^\s*Width:\s*(\d+)', p.stdout, re.M)
    h = re.search(r'^\s*Height:\s*(\d+)', p.stdout, re.M)
    return (int(w.group(1)), int(h.group(1))) if w and h else None


def close_to(size, want, slack=SIZE_SLACK):
    return size is not None and abs(size[0] - want[0]) <= slack and abs(size[1] - want[1]) <= slack


def wait_for_app(x11, pid=None, exclude_pid=None):
    """The app on the AT-SPI bus, its window, and its viewable X window."""
    def found():
        for app in find_apps():
            p = safe(app.get_process_id)
            if p and p != exclude_pid and (pid is None or p == pid):
                app.set_cache_mask(Atspi.Cache.NONE)
                return app
        return None

    app = poll(found, f'an AT-SPI application named {APP_PROGRAM!r} (or containing '
                      f'{WINDOW_TITLE!r})' + (f' other than pid {exclude_pid}' if exclude_pid else ''))
    apid = safe(app.get_process_id)
    win = poll(lambda: find_window(app), f'a window named {WINDOW_TITLE!r} in the app (pid {apid})')
    xwin = poll(lambda: x11.find_window(WINDOW_TITLE),
                f'a viewable X window titled {WINDOW_TITLE!r}')
    return app, apid, win, xwin


def detail_shows(win, code, phrase):
    """The detail view shows `code` and `phrase` in labels with a size,
    outside the list (whose rows also show codes and phrases)."""
    lists = find_all(win, lambda n: role_of(n) in LIST_ROLES and name_of(n) == LIST_NAME)
    lst = lists[0] if lists else None

    def prune(n):
        return lst is not None and n == lst

    texts = set()
    for n, _ in walk(win, prune=prune):
        if role_of(n) == R.LABEL and n != lst:
            t = text_of(n)
            if t in (str(code), phrase) and safe(lambda: extents(n)[2] > 0 and extents(n)[3] > 0):
                texts.add(t)
    return str(code) in texts and phrase in texts


def read_keyfile():
    """{group: {key: value}} of the GSettings keyfile backend's file, or None."""
    path = os.path.join(os.environ['XDG_CONFIG_HOME'], 'glib-2.0', 'settings', 'keyfile')
    if not os.path.isfile(path):
        return path, None
    kf = GLib.KeyFile()
    try:
        kf.load_from_file(path, GLib.KeyFileFlags.NONE)
    except GLib.Error as e:
        fail(f'cannot parse the settings keyfile {path}: {e.message}')
    out = {}
    for group in kf.get_groups()[0]:
        out[group] = {k: kf.get_value(group, k) for k in kf.get_keys(group)[0]}
    return path, out


def settings_values(data):
    """Our schema's keys in the keyfile (group named after the schema path)."""
    for group, keys in (data or {}).items():
        if group.strip('/').endswith(SCHEMA_GROUP_SUFFIX):
            return group, keys
    return None, {}


def gvariant_int(text):
    """An integer from a GVariant text ('820', 'uint32 410'), else None."""
    m = re.fullmatch(r'\s*(?:u?int(?:16|32|64)\s+|byte\s+)?(-?\d+)\s*', text or '')
    return int(m.group(1)) if m else None


def check_one_instance(x11, pid, xwin, what):
    """After `what`, still one app process (pid), one window (xwin)."""
    time.sleep(SETTLE)
    # A second process may live briefly if gio spawned it and it handed its
    # activation over; what must not happen is a second instance that stays.
    poll(lambda: app_pids() == [pid],
         lambda: f'exactly one {APP_PROGRAM} process (pid {pid}) after {what} (now: {app_pids()})',
         timeout=10)
    time.sleep(0.5)
    pids = app_pids()
    if pids != [pid]:
        fail(f'after {what} the session has {APP_PROGRAM} processes {pids}, '
             f'want only the first one, {pid}')
    apps = [safe(a.get_process_id) for a in find_apps()]
    if apps != [pid]:
        fail(f'after {what} AT-SPI lists app processes {apps}, want [{pid}]')
    app = find_app(pid)
    wins = [describe(w) for w in app_windows(app)] if app else []
    if len(wins) != 1:
        fail(f'after {what} the app has {len(wins)} windows on AT-SPI: {wins}')
    xwins = x11.find_windows(WINDOW_TITLE)
    if xwins != [xwin]:
        fail(f'after {what} there are viewable X windows {[hex(w) for w in xwins]} '
             f'titled {WINDOW_TITLE!r}, want only the first one, {hex(xwin)}')
    log(f'one process ({pid}), one window (0x{xwin:x})')


# --------------------------------------------------------------------------
# The scenario

def scenario():
    atspi_init()
    x11 = X11()

    step('a: gio launch opens the window')
    if app_pids():
        fail(f'an app process is already running in this fresh session: {app_pids()}')
    path, data = read_keyfile()
    if data and settings_values(data)[1]:
        fail(f'the settings keyfile {path} already has our keys before the first launch')
    launch()
    Ctx.app, pid, Ctx.window, xwin = wait_for_app(x11)
    log(f'app: {check_app_process(pid)}')
    size0 = poll(lambda: xwininfo_size(xwin), f'xwininfo to report the size of X window {xwin}')
    ext0 = poll(lambda: extents(Ctx.window), 'the AT-SPI extents of the window')
    log(f'first window: X window 0x{xwin:x}, {size0[0]}x{size0[1]}; '
        f'AT-SPI window extents {ext0}')
    if detail_shows(Ctx.window, SELECT_CODE, SELECT_PHRASE):
        fail(f'the detail view shows {SELECT_CODE} {SELECT_PHRASE!r} on a fresh start, '
             f'before it was ever selected: the restore check below would prove nothing')

    step('b: a second gio launch reaches the running instance')
    launch()
    check_one_instance(x11, pid, xwin, 'the second gio launch')

    step('b: a launch by the desktop ID (D-Bus Activate) reaches the running instance')
    launch_by_id()
    check_one_instance(x11, pid, xwin, 'the launch by desktop ID')

    step(f'select {SELECT_CODE} {SELECT_PHRASE!r}: type {SELECT_QUERY!r} and Return')
    ensure_window_focus(x11, Ctx.window)
    type_text(SELECT_QUERY)
    time.sleep(0.3)
    press('Return')
    poll(lambda: detail_shows(Ctx.window, SELECT_CODE, SELECT_PHRASE),
         f'the detail view to show {SELECT_CODE} and {SELECT_PHRASE!r}')
    log(f'detail shows {SELECT_CODE} {SELECT_PHRASE!r}')

    step('c: resize the window with xdotool')
    target = TARGET_SIZE if not close_to(size0, TARGET_SIZE, 20) else ALT_SIZE
    p = subprocess.run(['xdotool', 'windowsize', str(xwin), str(target[0]), str(target[1])],
                       capture_output=True, text=True, timeout=10)
    if p.returncode != 0:
        fail(f'xdotool windowsize {xwin} {target[0]} {target[1]} failed: {p.stderr.strip()}')
    poll(lambda: xwininfo_size(xwin) == target,
         lambda: f'the X window to be {target[0]}x{target[1]} (xwininfo says {xwininfo_size(xwin)})')
    # GTK must take the new size, not push its own back: still so a moment later,
    # and the accessible window is as large.
    time.sleep(1.0)
    size1 = xwininfo_size(xwin)
    if size1 != target:
        fail(f'the X window went back to {size1} after xdotool made it {target}: '
             f'GTK did not accept the new size')
    # GTK 4.8 reports the accessible window a few px smaller than the X window
    # (by a constant); it must have grown or shrunk by as much as the X window.
    want_ext = (ext0[2] + target[0] - size0[0], ext0[3] + target[1] - size0[1])
    ext = poll(lambda: (lambda e: e if e and tuple(e[2:]) == want_ext else None)(
        extents(Ctx.window)),
        lambda: f'the accessible window to follow the resize to {want_ext[0]}x{want_ext[1]} '
                f'(AT-SPI extents: {extents(Ctx.window)}; before the resize {ext0})', timeout=5)
    log(f'window is now {size1[0]}x{size1[1]} (AT-SPI extents {ext})')

    step('d: Ctrl+Q quits')
    ensure_window_focus(x11, Ctx.window)
    chord(x11, 'Control_L', 'q')
    poll(lambda: not alive(pid), f'the app (pid {pid}) to exit after Ctrl+Q', timeout=10)
    poll(lambda: not app_pids(), lambda: f'no {APP_PROGRAM} process left after Ctrl+Q '
                                         f'(now: {app_pids()})', timeout=5)
    poll(lambda: find_app() is None, 'the app to leave the AT-SPI bus', timeout=5)
    Ctx.app = Ctx.window = None
    log(f'pid {pid} exited')

    step('d: the settings keyfile holds the window size and the selected code')
    path, data = read_keyfile()
    if data is None:
        fail(f'no settings keyfile at {path} after quitting (GSETTINGS_BACKEND=keyfile): '
             f'the window did not save its state')
    group, keys = settings_values(data)
    if group is None:
        fail(f'the settings keyfile {path} has no group for our schema; groups: {list(data)}')
    log(f'keyfile [{group}]: {keys}')
    missing = [k for k in ('window-width', 'window-height') if k not in keys]
    if missing:
        fail(f'the settings keyfile {path} [{group}] lacks {missing}: {keys}')
    saved = (gvariant_int(keys['window-width']), gvariant_int(keys['window-height']))
    if not close_to(saved, target):
        fail(f'the keyfile saved window-width/height {saved}, but the window was '
             f'{target[0]}x{target[1]} when it quit')
    if gvariant_int(keys.get('selected-code')) != SELECT_CODE:
        fail(f'the keyfile saved selected-code={keys.get("selected-code")!r}, want {SELECT_CODE}')

    step('e: a launch by the desktop ID has the bus start the app again')
    launch_by_id()
    Ctx.app, pid2, Ctx.window, xwin2 = wait_for_app(x11, exclude_pid=pid)
    log(f'app: {check_app_process(pid2, dbus_activated=True)}')

    step('e: the window comes back with the saved size and the selected code')
    size2 = poll(lambda: xwininfo_size(xwin2), f'xwininfo to report the size of X window {xwin2}')
    # Give GTK a moment in case it maps first and resizes after.
    try:
        size2 = poll(lambda: (lambda s: s if close_to(s, target) else None)(xwininfo_size(xwin2)),
                     'the restored size', timeout=3)
    except StepFailed:  # reported just below, with what was seen
        size2 = xwininfo_size(xwin2)
    if not close_to(size2, target):
        fail(f'the window came back {size2[0]}x{size2[1]}, not the saved '
             f'{target[0]}x{target[1]} (first launch was {size0[0]}x{size0[1]})')
    log(f'window restored at {size2[0]}x{size2[1]}')
    poll(lambda: detail_shows(Ctx.window, SELECT_CODE, SELECT_PHRASE),
         f'the detail view to show the restored selection {SELECT_CODE} {SELECT_PHRASE!r}',
         timeout=10)
    log(f'detail shows {SELECT_CODE} {SELECT_PHRASE!r} again')

    step('Ctrl+? opens the keyboard shortcuts; Escape closes them')
    ensure_window_focus(x11, Ctx.window)
    xdotool_key('ctrl+question')
    shortcuts = poll(lambda: open_dialog(Ctx.app, Ctx.window),
                     lambda: f'a shortcuts dialog after Ctrl+? (windows: {window_names(Ctx.app)})')
    poll(lambda: label_in(shortcuts, 'Copy the description', in_lists=True),
         'the shortcuts to list "Copy the description"')
    poll(lambda: label_in(shortcuts, 'Close the window', in_lists=True),
         'the shortcuts to list "Close the window"')
    xdotool_key('Escape')
    poll(lambda: open_dialog(Ctx.app, Ctx.window) is None,
         lambda: f'the shortcuts to close on Escape (windows: {window_names(Ctx.app)})')

    step('About, from the app.about action the main menu item activates; Escape closes it')
    ensure_window_focus(x11, Ctx.window)
    # The menu itself (F10, then Down, Down, Return) cannot be driven here:
    # GTK 4.24 warns, fatally under fatal-warnings, when a popover shows on
    # an X server without a compositor. The action over D-Bus, as the menu
    # activates it, and the dialog it shows, as a screen reader finds it.
    bus = Gio.bus_get_sync(Gio.BusType.SESSION, None)
    bus.call_sync(APP_ID, '/' + APP_ID.replace('.', '/'), 'org.gtk.Actions', 'Activate',
                  GLib.Variant('(sava{sv})', ('about', [], {})), None, Gio.DBusCallFlags.NONE,
                  10000, None)
    about = poll(lambda: open_dialog(Ctx.app, Ctx.window),
                 lambda: f'About after app.about (windows: {window_names(Ctx.app)})')
    for text in ('Status Codes', '0.1.0', 'The Status Codes developers'):
        poll(lambda: label_in(about, text), f'the About window to show {text!r}')
    xdotool_key('Escape')
    poll(lambda: open_dialog(Ctx.app, Ctx.window) is None,
         lambda: f'About to close on Escape (windows: {window_names(Ctx.app)})')

    step('Ctrl+W closes the window, and the app exits with it')
    ensure_window_focus(x11, Ctx.window)
    chord(x11, 'Control_L', 'w')
    poll(lambda: not x11.find_windows(WINDOW_TITLE), f'the X window {hex(xwin2)} to go away after Ctrl+W',
         timeout=10)
    poll(lambda: not alive(pid2), f'the app (pid {pid2}) to exit once its only window closed',
         timeout=15)
    Ctx.app = Ctx.window = None
    log(f'pid {pid2} exited')


if __name__ == '__main__':
    sys.exit(run(scenario))
