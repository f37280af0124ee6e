#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""End-to-end driver for Status Codes.

Drives the running app over AT-SPI the way a keyboard user would: real X key
events (XTest, injected by at-spi2-registryd via Atspi.generate_keyboard_event),
AT-SPI actions for buttons, and the X CLIPBOARD read with xclip.

Run by run-e2e.sh inside a private Xvfb + D-Bus session; needs DISPLAY and a
session bus that can activate org.a11y.Bus.  Must be run with /usr/bin/python3
(the distro python that has python3-gi and gir1.2-atspi-2.0).

Environment knobs:
  E2E_TIMEOUT      seconds to wait for each step (default 20)
  E2E_APP_PID_FILE if set, the app's pid (as reported by AT-SPI) is written here
  E2E_RESULT_FILE  if set, a one-line failure reason is written here
"""

import ctypes
import ctypes.util
import os
import re
import subprocess
import sys
import time
import warnings

import gi

gi.require_version('Atspi', '2.0')
from gi.repository import Atspi, GLib  # noqa: E402

# Atspi.Action.get_action_name is deprecated but is the one that works here.
warnings.filterwarnings('ignore', category=DeprecationWarning)

APP_ID = 'io.github.statuscodes.StatusCodes'
APP_PROGRAM = 'status-codes'
WINDOW_TITLE = 'Status Codes'
ENTRY_NAME = 'Search status codes'
LIST_NAME = 'Status codes'
COPY_BUTTON_NAME = 'Copy Description'
TOAST_TEXT = 'Description copied'
NO_RESULTS_TEXT = 'No Results'
QUERY = '404'
EXPECTED_CODE = '404'
EXPECTED_PHRASE = 'Not Found'
NO_MATCH_QUERY = 'xyz123'

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
    'Control_L': 0xffe3, 'c': 0x63, 'f': 0x66, 'q': 0x71,
}

STEP = ['startup']


class StepFailed(Exception):
    pass


def log(msg):
    print(f'e2e-driver: {msg}', file=sys.stderr, flush=True)


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
                  if s in ('focused', 'selected', 'showing', 'checked', 'editable'))
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


class Ctx:
    app = None
    window = None


def fail(msg):
    raise StepFailed(msg)


def poll(fn, what, timeout=TIMEOUT, interval=0.2):
    """Call fn until it returns something truthy; fail with `what` on timeout."""
    deadline = time.monotonic() + timeout
    last_exc = None
    while True:
        try:
            val = fn()
            if val:
                return val
        except GLib.Error as e:  # tree changed under us; retry
            last_exc = e
        if time.monotonic() >= deadline:
            extra = f' (last AT-SPI error: {last_exc.message})' if last_exc else ''
            fail(f'timed out after {timeout:g}s waiting for {what}{extra}')
        time.sleep(interval)


# --------------------------------------------------------------------------
# X11 helpers (ctypes on libX11): keycodes, focusing the window like a window
# manager would (Xvfb runs without one), window origin for the click fallback.

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
        x.XTranslateCoordinates.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_ulong,
                                            ctypes.c_int, ctypes.c_int,
                                            ctypes.POINTER(ctypes.c_int), ctypes.POINTER(ctypes.c_int),
                                            ctypes.POINTER(ctypes.c_ulong)]
        self.x = x
        self.dpy = x.XOpenDisplay(None)
        if not self.dpy:
            raise RuntimeError(f'cannot open X display {os.environ.get("DISPLAY")!r}')
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
        name = ctypes.c_char_p()
        if self.x.XFetchName(self.dpy, win, ctypes.byref(name)) and name.value is not None:
            val = name.value.decode('utf-8', 'replace')
            self.x.XFree(name)
            return val
        return None

    def find_window(self, title, depth=3):
        """Topmost X window whose WM_NAME is `title` (searches reparenting frames too)."""
        todo = [(self.root, 0)]
        found = None
        while todo:
            win, d = todo.pop(0)
            for kid in self._children(win):
                if self._name(kid) == title:
                    found = kid  # later siblings are higher in stacking order
                elif d + 1 < depth:
                    todo.append((kid, d + 1))
        return found

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


# --------------------------------------------------------------------------
# Real input

def key_sym(keysym):
    if not Atspi.generate_keyboard_event(keysym, None, Atspi.KeySynthType.SYM):
        fail(f'Atspi.generate_keyboard_event(0x{keysym:x}) returned FALSE')
    time.sleep(KEY_DELAY)


def type_text(text):
    for ch in text:
        cp = ord(ch)
        if not (0x20 <= cp <= 0x7e):
            fail(f'type_text only handles printable ASCII, got {ch!r}')
        key_sym(cp)  # Latin-1 keysyms equal their code points


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
# App-specific queries

def find_app():
    desktop = Atspi.get_desktop(0)
    for app in children(desktop):
        name = name_of(app)
        if name in (APP_PROGRAM, APP_ID) or WINDOW_TITLE in name:
            if safe(app.get_process_id) == os.getpid():
                continue
            # Always ask the app, never libatspi's (possibly stale) cache.
            app.set_cache_mask(Atspi.Cache.NONE)
            return app
    return None


def find_window(app):
    wins = [w for w in children(app) if role_of(w) in WINDOW_ROLES]
    for w in wins:
        if name_of(w) == WINDOW_TITLE:
            return w
    for w in wins:
        if WINDOW_TITLE in name_of(w):
            return w
    return None


def find_all(root, pred, prune=None):
    return [n for n, _ in walk(root, prune=prune) if safe(lambda: pred(n), False)]


def find_entry(win):
    # By its accessible name: an unnamed entry is a defect, not a fallback.
    named = find_all(win, lambda n: role_of(n) in ENTRY_ROLES and name_of(n) == ENTRY_NAME)
    return named[0] if named else None


def entry_text(entry):
    """The text in the search entry (GTK 4.8 answers nothing for an end
    offset of -1, so ask for the character count first)."""
    count = safe(lambda: Atspi.Text.get_character_count(entry), 0) or 0
    return safe(lambda: Atspi.Text.get_text(entry, 0, count), '') or ''


def find_list(win):
    lists = find_all(win, lambda n: role_of(n) in LIST_ROLES and name_of(n) == LIST_NAME)
    return lists[0] if lists else None


def is_header_row(row):
    return any(role_of(n) in HEADER_ROLES for n, _ in walk(row, max_depth=3))


def list_rows(lst):
    rows = find_all(lst, lambda n: role_of(n) in ROW_ROLES,
                    prune=lambda n: role_of(n) in ROW_ROLES)
    return [r for r in rows if not is_header_row(r)]


def texts_in(acc):
    out = []
    for n, _ in walk(acc):
        t = text_of(n)
        if t and (role_of(n) == R.LABEL or n is acc):
            out.append(t)
    return out


def labels_outside_list(win, lst):
    """(accessible, text) of every non-empty label that is not inside the list."""
    def prune(n):
        return lst is not None and n == lst

    out = []
    for n, _ in walk(win, prune=prune):
        if role_of(n) == R.LABEL:
            t = text_of(n)
            if t:
                out.append((n, t))
    return out


def find_button(win, name):
    btns = [n for n in find_all(win, lambda n: role_of(n) in BUTTON_ROLES)]
    exact = [b for b in btns if name_of(b) == name]
    if exact:
        return exact[0]
    # GTK 4.8 quirk: an explicit accessible label on a button that also has a
    # visible label (e.g. AdwButtonContent) is concatenated with the label text,
    # so a screen reader hears the name twice.  Say so instead of timing out.
    for b in btns:
        words, want = name_of(b).replace('_', '').split(), name.split()
        if len(words) > len(want) and words == want * (len(words) // len(want)):
            fail(f'button is named {name_of(b)!r}, not {name!r}: with GTK 4.8 an explicit '
                 f'accessible label on a button that has a visible label is read twice; drop '
                 f'the <accessibility> label and let the button content name it')
    return None


def click_action(acc):
    n = safe(lambda: Atspi.Action.get_n_actions(acc), 0) or 0
    names = [safe(lambda: Atspi.Action.get_action_name(acc, i), '') for i in range(n)]
    if not names:
        fail(f'{describe(acc)} exposes no AT-SPI actions')
    idx = names.index('click') if 'click' in names else 0
    log(f'activating {describe(acc)} via AT-SPI action {names[idx]!r} (actions: {names})')
    if not Atspi.Action.do_action(acc, idx):
        fail(f'do_action({idx}) on {describe(acc)} returned FALSE')


def label_shown(win, text):
    """A label with `text` that has a non-empty on-screen allocation.

    GTK 4.8 neither sets SHOWING on widgets nor removes hidden GtkStack pages
    from the tree, so use the allocation: pages never shown are 0x0.
    """
    return [n for n in find_all(win, lambda n: role_of(n) == R.LABEL and text_of(n) == text)
            if has_size(n)]


# --------------------------------------------------------------------------
# The scenario

def ensure_window_focus(x11):
    xwin = x11.find_window(WINDOW_TITLE)
    if not xwin:
        fail(f'no X window titled {WINDOW_TITLE!r} (is GDK_BACKEND=x11 in effect?)')
    if x11.focused_window() != xwin:
        # No window manager under Xvfb: give the window input focus like a WM would.
        x11.focus(xwin)
    poll(lambda: 'active' in states_of(Ctx.window), 'the window to become active (X focus)',
         timeout=5)
    return xwin


def focus_entry(x11, xwin, entry):
    if 'focused' in states_of(entry):
        return
    # As a keyboard user does: Ctrl+F goes to the search field.
    chord(x11, 'Control_L', 'f')
    poll(lambda: 'focused' in states_of(entry) or None,
         f'Ctrl+F to give the search entry {describe(entry)} keyboard focus', timeout=5)


def step(name):
    STEP[0] = name
    log(f'step: {name}')


def quiet_dbind(domain, level, message, *user_data):
    # libatspi asks every app for its cache object; GTK 4.8 has none and
    # libatspi warns "AT-SPI: Error in GetItems".  Harmless; keep other warnings.
    if 'GetItems' not in (message or ''):
        print(f'({domain}) {message}', file=sys.stderr)


def scenario():
    safe(lambda: GLib.log_set_handler('dbind', GLib.LogLevelFlags.LEVEL_WARNING, quiet_dbind))
    Atspi.init()
    x11 = X11()

    step('wait for the app on the AT-SPI bus')
    Ctx.app = poll(find_app, f'an AT-SPI application named {APP_PROGRAM!r} '
                             f'(or containing {WINDOW_TITLE!r})')
    pid = safe(Ctx.app.get_process_id)
    log(f'found application {name_of(Ctx.app)!r} pid={pid}')
    pid_file = os.environ.get('E2E_APP_PID_FILE')
    if pid_file and pid:
        with open(pid_file, 'w') as f:
            f.write(f'{pid}\n')
    Ctx.window = poll(lambda: find_window(Ctx.app), f'a window named {WINDOW_TITLE!r}')
    xwin = ensure_window_focus(x11)

    step('find the search entry and focus it')
    entry = poll(lambda: find_entry(Ctx.window),
                 f'a search entry (ENTRY/TEXT named {ENTRY_NAME!r})')
    focus_entry(x11, xwin, entry)

    step(f'type {QUERY!r} and wait for exactly one matching row')
    lst = poll(lambda: find_list(Ctx.window), f'a list named {LIST_NAME!r}')
    initial_rows = len(list_rows(lst))
    log(f'list shows {initial_rows} row(s) before searching')
    type_text(QUERY)

    def one_404_row():
        rows = list_rows(lst)
        if len(rows) != 1:
            return None
        t = ' '.join(texts_in(rows[0]))
        return t if EXPECTED_CODE in t and EXPECTED_PHRASE in t else None

    try:
        row_text = poll(one_404_row, f'the list to show exactly one row containing '
                                     f'{EXPECTED_CODE!r} and {EXPECTED_PHRASE!r}')
    except StepFailed as e:
        rows = list_rows(lst)
        fail(f'{e}; list has {len(rows)} row(s): '
             f'{[" | ".join(texts_in(r)) for r in rows[:10]]} '
             f'(if the row count never changed, the key events did not reach the entry)')
    log(f'row: {row_text!r}')
    if entry_text(entry) != QUERY:
        fail(f'the search entry holds {entry_text(entry)!r}, not the typed {QUERY!r}')

    step('press Return to open the first result')
    before = {t for _, t in labels_outside_list(Ctx.window, lst)}
    press('Return')

    def detail_shown():
        labels = [t for _, t in labels_outside_list(Ctx.window, lst)]
        if EXPECTED_CODE not in labels or EXPECTED_PHRASE not in labels:
            return None
        new = [t for t in labels if t not in before
               and t not in (EXPECTED_CODE, EXPECTED_PHRASE, TOAST_TEXT)]
        return new if len(new) >= 2 else None

    new_texts = poll(detail_shown, f'the detail view to show labels {EXPECTED_CODE!r}, '
                                   f'{EXPECTED_PHRASE!r}, a summary and a description')
    description = max(new_texts, key=len)
    others = [t for t in new_texts if t != description]
    log(f'detail: description={description!r}; other new labels (summary...)={others!r}')

    step('Ctrl+C copies the description; a toast confirms it')
    clipboard_set('e2e-marker-before-ctrl-c')
    chord(x11, 'Control_L', 'c')
    seen = {'toast': False}

    def copied():
        if label_shown(Ctx.window, TOAST_TEXT) or find_all(
                Ctx.window, lambda n: text_of(n) == TOAST_TEXT):
            seen['toast'] = True
        clip = clipboard_read()
        return clip if clip not in (None, 'e2e-marker-before-ctrl-c') else None

    clip = poll(copied, 'Ctrl+C to change the clipboard')
    if not clip.strip():
        fail(f'clipboard is blank after Ctrl+C: {clip!r}')
    if clip != clip.strip('\r\n') or clip != clip.strip():
        fail(f'clipboard text has leading/trailing whitespace or newlines: {clip!r}')
    if clip in others:
        fail(f'Ctrl+C copied the summary (or another label), not the description: {clip!r}; '
             f'description label is {description!r}')
    all_labels = {t for _, t in labels_outside_list(Ctx.window, lst)}
    if clip not in all_labels:
        fail(f'clipboard {clip!r} is not the full text of any label in the window')
    if clip != description:
        fail(f'clipboard {clip!r} != description label {description!r}')
    log('clipboard == description after Ctrl+C')
    if not seen['toast']:
        poll(lambda: find_all(Ctx.window, lambda n: text_of(n) == TOAST_TEXT),
             f'a toast {TOAST_TEXT!r} after Ctrl+C', timeout=5)
    log(f'toast {TOAST_TEXT!r} seen')

    step(f'the {COPY_BUTTON_NAME!r} button copies the description')
    clipboard_set('e2e-marker-before-button')
    button = poll(lambda: find_button(Ctx.window, COPY_BUTTON_NAME),
                  f'a button named {COPY_BUTTON_NAME!r}')
    click_action(button)
    clip2 = poll(lambda: (lambda c: c if c not in (None, 'e2e-marker-before-button') else None)(
        clipboard_read()), f'the {COPY_BUTTON_NAME!r} button to change the clipboard')
    if clip2 != description:
        fail(f'after {COPY_BUTTON_NAME!r}: clipboard {clip2!r} != description {description!r}')
    log('clipboard == description after the button')

    step('Ctrl+F goes back to the search from the list; Escape clears it')
    ensure_window_focus(x11)
    press('Tab')
    poll(lambda: 'focused' not in states_of(entry) or None,
         'the keyboard focus to leave the search entry after Tab')
    focus_entry(x11, xwin, entry)
    press('Escape')
    poll(lambda: len(list_rows(lst)) == initial_rows or None,
         f'the list to show all {initial_rows} rows again after Escape')
    if entry_text(entry) != '':
        fail(f'the search entry still holds {entry_text(entry)!r} after Escape')

    step(f'typing anywhere searches: Tab away from the entry, type {NO_MATCH_QUERY!r}')
    press('Tab')
    poll(lambda: 'focused' not in states_of(entry) or None,
         'the keyboard focus to leave the search entry after Tab')
    already = bool(label_shown(Ctx.window, NO_RESULTS_TEXT))
    if already:
        log(f'note: a {NO_RESULTS_TEXT!r} label already had a size before the search '
            f'(stale allocation or always visible); the visibility check is weaker')
    type_text(NO_MATCH_QUERY)

    def no_results():
        cur = find_list(Ctx.window)
        n_rows = len(list_rows(cur)) if cur is not None else 0
        return n_rows == 0 and bool(label_shown(Ctx.window, NO_RESULTS_TEXT))

    try:
        poll(no_results, f'a visible {NO_RESULTS_TEXT!r} label and 0 list rows')
    except StepFailed as e:
        cur = find_list(Ctx.window)
        rows = list_rows(cur) if cur is not None else []
        fail(f'{e}; list has {len(rows)} row(s) {[" | ".join(texts_in(r)) for r in rows[:5]]}')
    if entry_text(entry) != NO_MATCH_QUERY:
        fail(f'typed {NO_MATCH_QUERY!r} outside the entry, but it holds {entry_text(entry)!r}')

    step('close the window')
    close = find_button(Ctx.window, 'Close')
    if close is not None:
        click_action(close)
    else:
        log('no "Close" button; sending Ctrl+Q')
        chord(x11, 'Control_L', 'q')

    def gone():
        return find_app() is None

    poll(gone, 'the app to quit after closing its window', timeout=10)
    log('app quit')


def report(reason):
    print(f'e2e-driver: FAIL in step "{STEP[0]}": {reason}', file=sys.stderr, flush=True)
    path = os.environ.get('E2E_RESULT_FILE')
    if path:
        with open(path, 'w') as f:
            f.write(f'step "{STEP[0]}": {reason}'.replace('\n', ' ') + '\n')


def main():
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
        import traceback
        traceback.print_exc()
        dump_tree(Ctx.window or Ctx.app)
        report(f'unexpected {type(e).__name__}: {e}')
        return 1
    log('all steps passed')
    return 0


if __name__ == '__main__':
    sys.exit(main())
