# SPDX-License-Identifier: GPL-3.0-or-later
"""Helpers shared by the end-to-end drivers (test-e2e.py, test-desktop.py).

The drivers run inside a private headless session that run-e2e.sh sets up
(Xvfb, a private D-Bus session bus, the AT-SPI bus).  They launch the
installed app from its .desktop file with `gio launch`, drive it over AT-SPI
with real key events (XTest, injected by at-spi2-registryd through
Atspi.generate_keyboard_event) and read the X CLIPBOARD with xclip.

Must be run with /usr/bin/python3 (the distro python that has python3-gi and
gir1.2-atspi-2.0).

Environment (set by run-e2e.sh):
  E2E_DESKTOP_FILE    the installed .desktop file to `gio launch`
  E2E_APP_BIN         the installed executable (the running app must be it)
  E2E_APP_LOG         where the stderr of `gio launch` (and so of the app it
                      spawns) goes, appended; the stderr of an app the bus
                      starts is the bus's, which run-e2e.sh sends there too
  E2E_FATAL_WARNINGS  1 (default): the app must run with G_DEBUG=fatal-warnings
  E2E_TIMEOUT         seconds to wait for each step (default 20)
  E2E_APP_PID_FILE    if set, the pid of every app process seen is appended
  E2E_RESULT_FILE     if set, a one-line failure reason is written here
"""

import ctypes
import ctypes.util
import os
import shlex
import re
import subprocess
import sys
import time
import traceback
import warnings

import gi

gi.require_version('Atspi', '2.0')
from gi.repository import Atspi, Gio, GLib  # noqa: E402

# Atspi.Action.get_action_name is deprecated but is the one that works here.
warnings.filterwarnings('ignore', category=DeprecationWarning)

APP_ID = 'io.github.statuscodes.StatusCodes'
APP_PROGRAM = 'status-codes'
# The window's title in the session's language (E2E_LANGUAGE).
WINDOW_TITLE = {'en': 'Status Codes', 'zh_CN': '状态码'}[os.environ.get('E2E_LANGUAGE') or 'en']

TIMEOUT = float(os.environ.get('E2E_TIMEOUT', '20'))
KEY_DELAY = 0.05

R = Atspi.Role
WINDOW_ROLES = {R.FRAME, R.WINDOW, R.DIALOG}
ENTRY_ROLES = {R.ENTRY, R.TEXT}
LIST_ROLES = {R.LIST, R.LIST_BOX, R.TABLE, R.TREE, R.TREE_TABLE}
ROW_ROLES = {R.LIST_ITEM, R.TABLE_ROW, R.TREE_ITEM}
HEADER_ROLES = {R.COLUMN_HEADER, R.TABLE_COLUMN_HEADER}
BUTTON_ROLES = {R.PUSH_BUTTON, R.TOGGLE_BUTTON}

# GTK 4.8 falls back to the widget's type name ("GtkLabel", "AdwGizmo", ...)
# as the accessible name of widgets that have no text.
TYPE_NAME_RE = re.compile(r'^(Gtk|Adw|Gdk)[A-Z][A-Za-z]*$')

KEYSYM = {
    'Return': 0xff0d, 'Escape': 0xff1b, 'Tab': 0xff09,
    'Control_L': 0xffe3, 'c': 0x63, 'f': 0x66, 'q': 0x71, 'w': 0x77,
}

STEP = ['startup']


class StepFailed(Exception):
    pass


def log(msg):
    print(f'e2e-driver: {msg}', file=sys.stderr, flush=True)


def fail(msg):
    raise StepFailed(msg)


def step(name):
    STEP[0] = name
    log(f'step: {name}')


# A GLib warning or critical from the app, as it appears on its stderr.
APP_PROBLEM_RE = re.compile(r'\(' + re.escape(APP_PROGRAM) + r':[0-9]+\).*(WARNING|CRITICAL)')


def app_log_problem():
    """The first WARNING or CRITICAL the app wrote to its log, or None.

    With G_DEBUG=fatal-warnings the app aborts on it; say so at once rather
    than time out waiting for a window that will not come."""
    path = os.environ.get('E2E_APP_LOG')
    if not path:
        return None
    try:
        with open(path, encoding='utf-8', errors='replace') as f:
            for line in f:
                if APP_PROBLEM_RE.search(line):
                    return line.strip()
    except OSError:
        pass
    return None


def _what(what):
    return what() if callable(what) else what


def poll(fn, what, timeout=TIMEOUT, interval=0.2):
    """Call fn until it returns something truthy; fail with `what` on timeout,
    or as soon as the app logs a warning or critical.  `what` may be a
    callable, to describe the state at the time of failure."""
    deadline = time.monotonic() + timeout
    last_exc = None
    while True:
        try:
            val = fn()
            if val:
                return val
        except GLib.Error as e:  # tree changed under us; retry
            last_exc = e
        problem = app_log_problem()
        if problem:
            fail(f'while waiting for {_what(what)}, the app logged: {problem}')
        if time.monotonic() >= deadline:
            extra = f' (last AT-SPI error: {last_exc.message})' if last_exc else ''
            fail(f'timed out after {timeout:g}s waiting for {_what(what)}{extra}')
        time.sleep(interval)


# --------------------------------------------------------------------------
# AT-SPI helpers

def safe(fn, default=None):
    try:
        return fn()
    except GLib.Error:
        return default
    except Exception:  # objects vanish while we walk the tree
        return default


def role_of(acc):
    return safe(acc.get_role, R.INVALID)


def name_of(acc):
    return safe(acc.get_name, '') or ''


def text_of(acc):
    """Visible text of a label-like node: its name, else its Text content."""
    name = name_of(acc)
    if name and not TYPE_NAME_RE.match(name):
        return name
    txt = safe(lambda: Atspi.Text.get_text(acc, 0, -1), '') or ''
    return txt if txt and not TYPE_NAME_RE.match(txt) else ''


def states_of(acc):
    ss = safe(acc.get_state_set)
    if ss is None:
        return []
    return [Atspi.StateType(s).value_nick for s in ss.get_states()]


def children(acc):
    n = safe(acc.get_child_count, 0) or 0
    out = []
    for i in range(n):
        c = safe(lambda: acc.get_child_at_index(i))
        if c is not None:
            out.append(c)
    return out


def walk(acc, max_depth=60, prune=None):
    """Depth-first (node, depth) pairs; prune(node) -> True skips its subtree."""
    stack = [(acc, 0)]
    while stack:
        node, depth = stack.pop()
        yield node, depth
        if depth >= max_depth or (prune and depth > 0 and prune(node)):
            continue
        for c in reversed(children(node)):
            stack.append((c, depth + 1))


def extents(acc):
    # WINDOW coordinates only: GTK 4.8 logs a Gtk-WARNING ("Screen coordinates
    # not supported") for SCREEN coordinates, which would fail the run.
    e = safe(lambda: Atspi.Component.get_extents(acc, Atspi.CoordType.WINDOW))
    return None if e is None else (e.x, e.y, e.width, e.height)


def has_size(acc):
    e = extents(acc)
    return e is not None and e[2] > 0 and e[3] > 0


def describe(acc):
    role = safe(acc.get_role_name, '?')
    name = name_of(acc)
    st = ','.join(s for s in states_of(acc)
                  if s in ('focused', 'selected', 'showing', 'checked', 'editable', 'active'))
    return f'{role} {name!r}' + (f' [{st}]' if st else '')


def dump_tree(root, max_depth=30, max_lines=500, out=sys.stderr):
    if root is None:
        print('  (no accessible root to dump)', file=out)
        return
    lines = 0
    for node, depth in walk(root, max_depth=max_depth):
        print('  ' + '  ' * depth + describe(node), file=out)
        lines += 1
        if lines >= max_lines:
            print(f'  ... (truncated after {max_lines} nodes)', file=out)
            break
    out.flush()


def dump_desktop(out=sys.stderr):
    desktop = safe(lambda: Atspi.get_desktop(0))
    if desktop is None:
        print('  (no AT-SPI desktop)', file=out)
        return
    apps = children(desktop)
    print(f'  AT-SPI desktop has {len(apps)} application(s):', file=out)
    for a in apps:
        print(f'    {name_of(a)!r} pid={safe(a.get_process_id, "?")}', file=out)


def find_all(root, pred, prune=None):
    return [n for n, _ in walk(root, prune=prune) if safe(lambda: pred(n), False)]


def is_our_app(app):
    name = name_of(app)
    return name in (APP_PROGRAM, APP_ID) or WINDOW_TITLE in name


def find_apps():
    """Every application on the AT-SPI desktop that is the app (not us)."""
    out = []
    for app in children(Atspi.get_desktop(0)):
        if is_our_app(app) and safe(app.get_process_id) != os.getpid():
            out.append(app)
    return out


def find_app(pid=None):
    for app in find_apps():
        if pid is not None and safe(app.get_process_id) != pid:
            continue
        # Always ask the app, never libatspi's (possibly stale) cache.
        app.set_cache_mask(Atspi.Cache.NONE)
        return app
    return None


def app_windows(app):
    return [w for w in children(app) if role_of(w) in WINDOW_ROLES]


def find_window(app):
    wins = app_windows(app)
    for w in wins:
        if name_of(w) == WINDOW_TITLE:
            return w
    for w in wins:
        if WINDOW_TITLE in name_of(w):
            return w
    return None


def label_shown(win, text):
    """Labels with `text` that have a non-empty on-screen allocation.

    GTK 4.8 neither sets SHOWING on widgets nor removes hidden GtkStack pages
    from the tree, so use the allocation: pages never shown are 0x0.
    """
    return [n for n in find_all(win, lambda n: role_of(n) == R.LABEL and text_of(n) == text)
            if has_size(n)]


def quiet_dbind(domain, level, message, *user_data):
    # libatspi asks every app for its cache object; GTK 4.8 has none and
    # libatspi warns "AT-SPI: Error in GetItems".  Harmless; keep other warnings.
    if 'GetItems' not in (message or ''):
        print(f'({domain}) {message}', file=sys.stderr)


def atspi_init():
    safe(lambda: GLib.log_set_handler('dbind', GLib.LogLevelFlags.LEVEL_WARNING, quiet_dbind))
    Atspi.init()


# --------------------------------------------------------------------------
# X11 helpers (ctypes on libX11): keycodes, focusing the window like a window
# manager would (Xvfb runs without one), the toplevel windows and their sizes.

class _XWindowAttributes(ctypes.Structure):
    _fields_ = [
        ('x', ctypes.c_int), ('y', ctypes.c_int),
        ('width', ctypes.c_int), ('height', ctypes.c_int),
        ('border_width', ctypes.c_int), ('depth', ctypes.c_int),
        ('visual', ctypes.c_void_p), ('root', ctypes.c_ulong),
        ('class', ctypes.c_int), ('bit_gravity', ctypes.c_int),
        ('win_gravity', ctypes.c_int), ('backing_store', ctypes.c_int),
        ('backing_planes', ctypes.c_ulong), ('backing_pixel', ctypes.c_ulong),
        ('save_under', ctypes.c_int), ('colormap', ctypes.c_ulong),
        ('map_installed', ctypes.c_int), ('map_state', ctypes.c_int),
        ('all_event_masks', ctypes.c_long), ('your_event_mask', ctypes.c_long),
        ('do_not_propagate_mask', ctypes.c_long), ('override_redirect', ctypes.c_int),
        ('screen', ctypes.c_void_p),
    ]


IS_VIEWABLE = 2


class X11:
    def __init__(self):
        path = ctypes.util.find_library('X11') or 'libX11.so.6'
        x = ctypes.CDLL(path)
        x.XOpenDisplay.restype = ctypes.c_void_p
        x.XOpenDisplay.argtypes = [ctypes.c_char_p]
        x.XDefaultRootWindow.restype = ctypes.c_ulong
        x.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        x.XQueryTree.argtypes = [ctypes.c_void_p, ctypes.c_ulong,
                                 ctypes.POINTER(ctypes.c_ulong), ctypes.POINTER(ctypes.c_ulong),
                                 ctypes.POINTER(ctypes.POINTER(ctypes.c_ulong)),
                                 ctypes.POINTER(ctypes.c_uint)]
        x.XFetchName.argtypes = [ctypes.c_void_p, ctypes.c_ulong,
                                 ctypes.POINTER(ctypes.c_char_p)]
        x.XFree.argtypes = [ctypes.c_void_p]
        x.XSetInputFocus.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_ulong]
        x.XRaiseWindow.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
        x.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]
        x.XGetInputFocus.argtypes = [ctypes.c_void_p, ctypes.POINTER(ctypes.c_ulong),
                                     ctypes.POINTER(ctypes.c_int)]
        x.XKeysymToKeycode.restype = ctypes.c_ubyte
        x.XKeysymToKeycode.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
        x.XGetWindowAttributes.argtypes = [ctypes.c_void_p, ctypes.c_ulong,
                                           ctypes.POINTER(_XWindowAttributes)]
        x.XInternAtom.restype = ctypes.c_ulong
        x.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
        x.XGetWindowProperty.argtypes = [
            ctypes.c_void_p, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_long, ctypes.c_long,
            ctypes.c_int, ctypes.c_ulong, ctypes.POINTER(ctypes.c_ulong),
            ctypes.POINTER(ctypes.c_int), ctypes.POINTER(ctypes.c_ulong),
            ctypes.POINTER(ctypes.c_ulong), ctypes.POINTER(ctypes.POINTER(ctypes.c_ubyte))]
        # Errors about windows that vanished between two calls must not kill us.
        self._handler_t = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)
        self._handler = self._handler_t(lambda dpy, ev: 0)
        x.XSetErrorHandler.argtypes = [self._handler_t]
        x.XSetErrorHandler(self._handler)
        self.x = x
        self.dpy = x.XOpenDisplay(None)
        if not self.dpy:
            raise RuntimeError(f'cannot open X display {os.environ.get("DISPLAY")!r}')
        self._net_wm_name = x.XInternAtom(self.dpy, b'_NET_WM_NAME', False)
        self._utf8_string = x.XInternAtom(self.dpy, b'UTF8_STRING', False)
        self.root = x.XDefaultRootWindow(self.dpy)

    def _children(self, win):
        root, parent = ctypes.c_ulong(), ctypes.c_ulong()
        kids, n = ctypes.POINTER(ctypes.c_ulong)(), ctypes.c_uint()
        if not self.x.XQueryTree(self.dpy, win, ctypes.byref(root), ctypes.byref(parent),
                                 ctypes.byref(kids), ctypes.byref(n)):
            return []
        out = [kids[i] for i in range(n.value)]
        if kids:
            self.x.XFree(kids)
        return out

    def _name(self, win):
        """The window's title: _NET_WM_NAME (UTF-8, as GTK sets it), else
        WM_NAME, which cannot hold a title such as 状态码."""
        actual_type, actual_format = ctypes.c_ulong(), ctypes.c_int()
        n_items, bytes_after = ctypes.c_ulong(), ctypes.c_ulong()
        data = ctypes.POINTER(ctypes.c_ubyte)()
        if self.x.XGetWindowProperty(self.dpy, win, self._net_wm_name, 0, 1024, False,
                                     self._utf8_string, ctypes.byref(actual_type),
                                     ctypes.byref(actual_format), ctypes.byref(n_items),
                                     ctypes.byref(bytes_after), ctypes.byref(data)) == 0 and data:
            val = ctypes.string_at(data, n_items.value).decode('utf-8', 'replace')
            self.x.XFree(data)
            if actual_type.value == self._utf8_string:
                return val
        name = ctypes.c_char_p()
        if self.x.XFetchName(self.dpy, win, ctypes.byref(name)) and name.value is not None:
            val = name.value.decode('utf-8', 'replace')
            self.x.XFree(name)
            return val
        return None

    def attributes(self, win):
        a = _XWindowAttributes()
        if not self.x.XGetWindowAttributes(self.dpy, win, ctypes.byref(a)):
            return None
        return a

    def viewable(self, win):
        a = self.attributes(win)
        return a is not None and a.map_state == IS_VIEWABLE

    def size(self, win):
        a = self.attributes(win)
        return None if a is None else (a.width, a.height)

    def find_windows(self, title, depth=3, viewable_only=True):
        """X windows whose WM_NAME is `title`, bottom to top in stacking order."""
        self.x.XSync(self.dpy, 0)
        todo = [(self.root, 0)]
        found = []
        while todo:
            win, d = todo.pop(0)
            for kid in self._children(win):
                if self._name(kid) == title:
                    if not viewable_only or self.viewable(kid):
                        found.append(kid)
                elif d + 1 < depth:
                    todo.append((kid, d + 1))
        return found

    def find_window(self, title, depth=3):
        """Topmost viewable X window whose WM_NAME is `title`."""
        wins = self.find_windows(title, depth)
        return wins[-1] if wins else None

    def focused_window(self):
        win, rev = ctypes.c_ulong(), ctypes.c_int()
        self.x.XGetInputFocus(self.dpy, ctypes.byref(win), ctypes.byref(rev))
        return win.value

    def focus(self, win):
        self.x.XRaiseWindow(self.dpy, win)
        self.x.XSetInputFocus(self.dpy, win, 2, 0)  # RevertToParent, CurrentTime
        self.x.XSync(self.dpy, 0)

    def keycode(self, keysym):
        kc = self.x.XKeysymToKeycode(self.dpy, keysym)
        if not kc:
            fail(f'no keycode for keysym 0x{keysym:x} in the X keymap')
        return kc


def ensure_window_focus(x11, window):
    """Give the app's X window input focus, as a window manager would (Xvfb
    runs without one), and wait until AT-SPI reports the window active."""
    xwin = x11.find_window(WINDOW_TITLE)
    if not xwin:
        fail(f'no viewable X window titled {WINDOW_TITLE!r} (is GDK_BACKEND=x11 in effect?)')
    if x11.focused_window() != xwin:
        x11.focus(xwin)
    poll(lambda: 'active' in states_of(window), 'the window to become active (X focus)',
         timeout=5)
    return xwin


# --------------------------------------------------------------------------
# Real input

def key_sym(keysym):
    if not Atspi.generate_keyboard_event(keysym, None, Atspi.KeySynthType.SYM):
        fail(f'Atspi.generate_keyboard_event(0x{keysym:x}) returned FALSE')
    time.sleep(KEY_DELAY)


UNICODE_KEY_DELAY = 0.5


def type_text(text):
    """Types @text as key events: Latin-1 keysyms equal their code points;
    any other character is the Unicode keysym 0x1000000 + its code point,
    which the registry binds to a spare keycode, as an input method's
    commit would arrive one character at a time."""
    for ch in text:
        cp = ord(ch)
        if cp < 0x20 or 0x7f <= cp < 0xa0:
            fail(f'type_text cannot type the control character {ch!r}')
        if cp <= 0xff:
            key_sym(cp)
        else:
            key_sym(0x1000000 + cp)
            # The registry rebinds one spare keycode for every such
            # character: let the app read this one before the next.
            time.sleep(UNICODE_KEY_DELAY)


def press(name):
    key_sym(KEYSYM[name])


def chord(x11, modifier, key):
    """modifier down, key press+release, modifier up -- as real key events."""
    mod_kc, key_kc = x11.keycode(KEYSYM[modifier]), x11.keycode(KEYSYM[key])
    P, RL, PR = Atspi.KeySynthType.PRESS, Atspi.KeySynthType.RELEASE, Atspi.KeySynthType.PRESSRELEASE
    try:
        Atspi.generate_keyboard_event(mod_kc, None, P)
        time.sleep(KEY_DELAY)
        Atspi.generate_keyboard_event(key_kc, None, PR)
        time.sleep(KEY_DELAY)
    finally:
        Atspi.generate_keyboard_event(mod_kc, None, RL)
        time.sleep(KEY_DELAY)


# --------------------------------------------------------------------------
# Clipboard (X CLIPBOARD selection via xclip)

def clipboard_read():
    try:
        p = subprocess.run(['xclip', '-selection', 'clipboard', '-o', '-t', 'UTF8_STRING'],
                           stdin=subprocess.DEVNULL, capture_output=True, timeout=5)
    except subprocess.TimeoutExpired:
        return None
    if p.returncode != 0:
        return None
    return p.stdout.decode('utf-8', 'replace')


def clipboard_set(text):
    # xclip forks a child that owns the selection until someone else takes it;
    # it must not inherit our pipes.  run-e2e.sh kills it with the session.
    p = subprocess.Popen(['xclip', '-selection', 'clipboard', '-i'],
                         stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
                         stderr=subprocess.DEVNULL)
    p.communicate(text.encode(), timeout=5)
    poll(lambda: clipboard_read() == text, f'the clipboard to be reset to {text!r}', timeout=5)


# --------------------------------------------------------------------------
# Launching, and the app's processes

def desktop_file():
    path = os.environ.get('E2E_DESKTOP_FILE')
    if not path or not os.path.isfile(path):
        fail(f'E2E_DESKTOP_FILE is unset or not a file: {path!r}')
    return path


def launch():
    """Start the app from its installed desktop file's Exec line, as a
    launcher that spawns it would, and as `gio launch FILE` did on GLib 2.74
    (it loaded the file as a bare keyfile, with no desktop ID, and spawned
    its Exec line).  GLib 2.90's `gio launch` hands a DBusActivatable app to
    the bus instead and exits before its Activate call is sent, so the app
    starts as a service and shows no window; launch_by_id() is the D-Bus
    path, as GNOME Shell takes it."""
    path = desktop_file()
    keyfile = GLib.KeyFile()
    keyfile.load_from_file(path, GLib.KeyFileFlags.NONE)
    exec_line = keyfile.get_string('Desktop Entry', 'Exec')
    # No files or URIs to pass: the field codes stand for nothing.
    argv = [arg for arg in shlex.split(exec_line) if not re.fullmatch(r'%[fFuUdDnNickvm]', arg)]
    env = dict(os.environ)
    if os.environ.get('E2E_FATAL_WARNINGS', '1') == '1':
        env['G_DEBUG'] = 'fatal-warnings'
    log_path = os.environ.get('E2E_APP_LOG')
    out = open(log_path, 'a') if log_path else subprocess.DEVNULL
    try:
        subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=out, stderr=out, env=env,
                         start_new_session=True)
    except OSError as e:
        fail(f'starting {exec_line!r} from {path} failed: {e}')
    finally:
        if out is not subprocess.DEVNULL:
            out.close()
    log(f'started {os.path.basename(path)}: {" ".join(argv)}')


def session_bus_call(method, args=None, reply='(as)'):
    bus = Gio.bus_get_sync(Gio.BusType.SESSION, None)
    return bus.call_sync('org.freedesktop.DBus', '/org/freedesktop/DBus', 'org.freedesktop.DBus',
                         method, args, GLib.VariantType(reply), Gio.DBusCallFlags.NONE, 10000,
                         None).unpack()


def launch_by_id():
    """Launch the app by its desktop ID, as GNOME Shell does: GLib finds
    APP_ID.desktop in XDG_DATA_DIRS and, since it is DBusActivatable, calls
    org.freedesktop.Application.Activate on the bus name APP_ID -- which the
    bus starts from the app's .service file if it is not running."""
    info = Gio.DesktopAppInfo.new(f'{APP_ID}.desktop')
    if info is None:
        fail(f'no desktop file {APP_ID}.desktop in XDG_DATA_DIRS '
             f'({os.environ.get("XDG_DATA_DIRS")})')
    found = info.get_filename()
    if os.path.realpath(found) != os.path.realpath(desktop_file()):
        fail(f'the desktop ID {APP_ID}.desktop resolves to {found}, not the installed '
             f'{desktop_file()}')
    if not info.get_boolean('DBusActivatable'):
        fail(f'{found} is not DBusActivatable, so a desktop shell would not activate '
             f'the app over D-Bus')
    running = APP_ID in session_bus_call('ListNames')[0]
    if not running and APP_ID not in session_bus_call('ListActivatableNames')[0]:
        fail(f'the session bus cannot start {APP_ID}: no {APP_ID}.service in '
             f'dbus-1/services under XDG_DATA_DIRS ({os.environ.get("XDG_DATA_DIRS")})')
    try:
        ok = info.launch([], Gio.AppLaunchContext())
    except GLib.Error as e:
        fail(f'launching {APP_ID}.desktop by its ID failed: {e.message}')
    if not ok:
        fail(f'launching {APP_ID}.desktop by its ID returned FALSE')
    log(f'launched {APP_ID}.desktop by its ID (D-Bus Activate; '
        f'{"already running" if running else "the bus starts it"})')


def _read_proc(pid, what):
    try:
        with open(f'/proc/{pid}/{what}', 'rb') as f:
            return f.read()
    except OSError:
        return None


def proc_environ(pid):
    raw = _read_proc(pid, 'environ')
    if raw is None:
        return None
    env = {}
    for item in raw.split(b'\0'):
        if b'=' in item:
            k, v = item.split(b'=', 1)
            env[k.decode('utf-8', 'replace')] = v.decode('utf-8', 'replace')
    return env


def proc_cmdline(pid):
    raw = _read_proc(pid, 'cmdline')
    if raw is None:
        return None
    return [a.decode('utf-8', 'replace') for a in raw.split(b'\0') if a]


def proc_stat(pid):
    """(comm, state, ppid) of a process, or None if it is gone."""
    raw = _read_proc(pid, 'stat')
    if raw is None:
        return None
    s = raw.decode('utf-8', 'replace')
    lpar, rpar = s.find('('), s.rfind(')')
    fields = s[rpar + 2:].split()
    return s[lpar + 1:rpar], fields[0], int(fields[1])


def alive(pid):
    st = proc_stat(pid)
    return st is not None and st[1] not in ('Z', 'X')


def app_pids():
    """Live status-codes processes of THIS session (same session bus), so that
    other test runs on the machine do not count."""
    bus = os.environ.get('DBUS_SESSION_BUS_ADDRESS')
    out = []
    for entry in os.listdir('/proc'):
        if not entry.isdigit():
            continue
        pid = int(entry)
        st = proc_stat(pid)
        if st is None or st[0] != APP_PROGRAM or st[1] in ('Z', 'X'):
            continue
        env = proc_environ(pid) or {}
        if env.get('DBUS_SESSION_BUS_ADDRESS') == bus:
            out.append(pid)
    return sorted(out)


def record_pid(pid):
    path = os.environ.get('E2E_APP_PID_FILE')
    if path and pid:
        with open(path, 'a') as f:
            f.write(f'{pid}\n')


def check_app_process(pid, dbus_activated=False):
    """The running app is the installed one, in this session, with the
    environment the harness set up; if `dbus_activated`, the session bus
    started it from its .service file.  Returns a short description."""
    record_pid(pid)
    if not alive(pid):
        fail(f'the app process {pid} is not running')
    want_bin = os.environ.get('E2E_APP_BIN')
    exe = os.path.realpath(f'/proc/{pid}/exe')
    if want_bin and exe != os.path.realpath(want_bin):
        fail(f'the app process {pid} runs {exe}, not the installed {want_bin}')
    env = proc_environ(pid)
    if env is None:
        fail(f'cannot read /proc/{pid}/environ')
    problems = []
    if os.environ.get('E2E_FATAL_WARNINGS', '1') == '1' and \
            'fatal-warnings' not in env.get('G_DEBUG', '').split(','):
        problems.append(f'G_DEBUG={env.get("G_DEBUG")!r} (want fatal-warnings)')
    for key in ('GSETTINGS_BACKEND', 'XDG_CONFIG_HOME', 'XDG_DATA_DIRS', 'DISPLAY',
                'DBUS_SESSION_BUS_ADDRESS'):
        if env.get(key) != os.environ.get(key):
            problems.append(f'{key}={env.get(key)!r} (want {os.environ.get(key)!r})')
    if problems:
        fail(f'the app process {pid} has the wrong environment: ' + '; '.join(problems))
    argv = proc_cmdline(pid) or []
    st = proc_stat(pid)
    parent = proc_stat(st[2]) if st else None
    parent_name = parent[0] if parent else '?'
    if dbus_activated:
        if '--gapplication-service' not in argv:
            fail(f'the app was not started as a D-Bus service: its command line is {argv!r} '
                 f'(want --gapplication-service, as the .service file says)')
        # The bus marks the services it starts (its babysitter process is gone
        # once the service is up, so the parent process says nothing).
        if env.get('DBUS_STARTER_BUS_TYPE') != 'session' or not env.get('DBUS_STARTER_ADDRESS'):
            fail(f'the app {pid} (parent {parent_name}) was not started by the session bus: '
                 f'DBUS_STARTER_BUS_TYPE={env.get("DBUS_STARTER_BUS_TYPE")!r}, '
                 f'DBUS_STARTER_ADDRESS={env.get("DBUS_STARTER_ADDRESS")!r}')
    elif env.get('DBUS_STARTER_BUS_TYPE'):
        fail(f'the app {pid} was expected to be spawned by its launcher, but the bus started '
             f'it (DBUS_STARTER_BUS_TYPE={env.get("DBUS_STARTER_BUS_TYPE")!r}, '
             f'command line {argv!r})')
    how = 'started by the session bus' if dbus_activated else f'parent {parent_name}'
    return f'pid {pid}, {exe} {" ".join(argv[1:])}'.rstrip() + f', {how}'


# --------------------------------------------------------------------------
# Running a scenario

class Ctx:
    app = None
    window = None


def report(reason):
    path = os.environ.get('E2E_RESULT_FILE')
    if path:
        with open(path, 'w') as f:
            f.write(f'step "{STEP[0]}": {reason}'.replace('\n', ' ') + '\n')


def run(scenario):
    """Run scenario(); report a failure with the step it happened in."""
    try:
        scenario()
    except StepFailed as e:
        print(f'e2e-driver: FAIL in step "{STEP[0]}": {e}', file=sys.stderr)
        print('e2e-driver: accessible tree at failure:', file=sys.stderr)
        dump_desktop()
        dump_tree(Ctx.window or Ctx.app)
        report(e)
        return 1
    except Exception as e:  # noqa: BLE001 -- report anything as a failure
        traceback.print_exc()
        dump_tree(Ctx.window or Ctx.app)
        print(f'e2e-driver: FAIL in step "{STEP[0]}": unexpected {type(e).__name__}: {e}',
              file=sys.stderr)
        report(f'unexpected {type(e).__name__}: {e}')
        return 1
    log('all steps passed')
    return 0
