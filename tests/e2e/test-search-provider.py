#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""End-to-end test of the GNOME Shell search provider, called as the Shell
calls it.

  a. the installed search provider file names the provider's bus name and
     object path; nothing runs, and the session bus can start the provider;
  b. `gdbus call ... GetInitialResultSet "['404']"`, as the Shell would make
     it, has the bus start the provider, the installed
     libexec/status-codes-search-provider (D-Bus activation from its
     .service file), which answers 404 first; the app does not start and no
     window opens for a search;
  c. more searches, a subsearch and the result metas ("404 Not Found", the
     summary -- the very one `status-codes --print 404` prints -- the app
     icon, and "404 Not Found" as the text the Shell copies when the result is
     chosen);
  d. ActivateResult has the bus start the app, which opens its window at 404;
     LaunchSearch puts the Shell's words in the search field of that window
     and shows the best match; `status-codes 499` from a terminal shows 499 in
     that window, and `status-codes 999` is refused, leaving it as it was;
  e. Ctrl+W closes the window and the app exits at once;
  f. the provider, started for searches only, exits by itself a while after
     the last search (its inactivity timeout).

Run by run-e2e.sh inside a private Xvfb + D-Bus session; see e2e_common.py for
the environment it expects.  Must be run with /usr/bin/python3.
"""

import configparser
import os
import subprocess
import sys
import time

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from e2e_common import (  # noqa: E402
    APP_ID, ENTRY_ROLES, LIST_ROLES, R, WINDOW_TITLE,
    Atspi, Ctx, GLib, X11, alive, app_pids, atspi_init, check_app_process, chord,
    ensure_window_focus, extents, fail, find_all, find_app, find_window, log, name_of, poll,
    role_of, run, safe, session_bus_call, step, text_of, walk,
)

INTERFACE = 'org.gnome.Shell.SearchProvider2'
PROVIDER_PATH = '/io/github/statuscodes/StatusCodes/SearchProvider'
LIST_NAME = 'Status codes'
ENTRY_NAME = 'Search status codes'
PROVIDER_BUS_NAME = f'{APP_ID}.SearchProvider'
PROVIDER_PROGRAM = 'status-codes-search-provider'
# The provider's inactivity timeout is 15 s.
SERVICE_EXIT_MIN, SERVICE_EXIT_MAX = 10, 35


# --------------------------------------------------------------------------
# Helpers

def provider_file():
    """The search provider file, where GNOME Shell looks for it."""
    for d in os.environ.get('XDG_DATA_DIRS', '').split(':'):
        path = os.path.join(d, 'gnome-shell', 'search-providers', f'{APP_ID}.search-provider.ini')
        if d and os.path.isfile(path):
            return path
    fail(f'no gnome-shell/search-providers/{APP_ID}.search-provider.ini in XDG_DATA_DIRS '
         f'({os.environ.get("XDG_DATA_DIRS")})')


def gdbus_call(bus_name, path, method, *args, reply_type):
    """A method call with `gdbus call`, as one would make it by hand; the
    reply parsed as `reply_type`."""
    argv = ['gdbus', 'call', '--session', '--dest', bus_name, '--object-path', path,
            '--method', f'{INTERFACE}.{method}', *args]
    try:
        p = subprocess.run(argv, stdin=subprocess.DEVNULL, capture_output=True, text=True,
                           timeout=30)
    except subprocess.TimeoutExpired:
        fail(f'{" ".join(argv)} did not return within 30 s')
    if p.returncode != 0:
        fail(f'{" ".join(argv)} failed ({p.returncode}): {p.stderr.strip()}')
    try:
        return GLib.Variant.parse(GLib.VariantType(reply_type), p.stdout.strip(), None, None).unpack()
    except GLib.Error as e:
        fail(f'cannot parse the reply of {method} as {reply_type}: {p.stdout.strip()!r} ({e.message})')


def detail_shows(win, code, phrase):
    """The detail view shows `code` and `phrase` in labels with a size,
    outside the list (whose rows also show codes and phrases)."""
    lists = find_all(win, lambda n: role_of(n) in LIST_ROLES and name_of(n) == LIST_NAME)
    lst = lists[0] if lists else None
    texts = set()
    for n, _ in walk(win, prune=lambda n: lst is not None and n == lst):
        if role_of(n) == R.LABEL and text_of(n) in (str(code), phrase):
            e = extents(n)
            if e and e[2] > 0 and e[3] > 0:
                texts.add(text_of(n))
    return str(code) in texts and phrase in texts


def entry_text(win):
    entries = find_all(win, lambda n: role_of(n) in ENTRY_ROLES and name_of(n) == ENTRY_NAME)
    if not entries:
        return None
    count = safe(lambda: Atspi.Text.get_character_count(entries[0]), 0) or 0
    return safe(lambda: Atspi.Text.get_text(entries[0], 0, count), '') or ''


def run_cli(*args):
    """The installed program, run from a terminal while the app runs: it
    hands its command line to the running instance."""
    env = dict(os.environ)
    if os.environ.get('E2E_FATAL_WARNINGS', '1') == '1':
        env['G_DEBUG'] = 'fatal-warnings'
    argv = [os.environ['E2E_APP_BIN'], *args]
    try:
        return subprocess.run(argv, stdin=subprocess.DEVNULL, capture_output=True, text=True,
                              env=env, timeout=30)
    except subprocess.TimeoutExpired:
        fail(f'{" ".join(argv)} did not return within 30 s')


def provider_pid():
    """The pid of the process that owns the provider's bus name, if any."""
    if PROVIDER_BUS_NAME not in session_bus_call('ListNames')[0]:
        return None
    return session_bus_call('GetConnectionUnixProcessID', GLib.Variant('(s)', (PROVIDER_BUS_NAME,)),
                            reply='(u)')[0]


def check_provider_process(pid):
    """The provider runs the installed program, next to the installed app."""
    exe = os.path.realpath(f'/proc/{pid}/exe')
    prefix = os.path.dirname(os.path.dirname(os.path.realpath(os.environ['E2E_APP_BIN'])))
    want = os.path.join(prefix, 'libexec', PROVIDER_PROGRAM)
    if exe != want:
        fail(f'the provider process {pid} runs {exe}, not the installed {want}')
    return exe


def the_app_pid(what):
    pids = poll(app_pids, f'an app process after {what}')
    if len(pids) != 1:
        fail(f'{len(pids)} app processes after {what}: {pids}')
    return pids[0]


def wait_for_window(pid):
    app = poll(lambda: find_app(pid), f'the app (pid {pid}) on the AT-SPI bus')
    win = poll(lambda: find_window(app), f'a window named {WINDOW_TITLE!r} in the app (pid {pid})')
    return app, win


# --------------------------------------------------------------------------
# The scenario

def scenario():
    atspi_init()
    x11 = X11()

    step('a: the search provider file, and the app not running')
    path = provider_file()
    ini = configparser.ConfigParser(interpolation=None)
    ini.optionxform = str
    ini.read(path, encoding='utf-8')
    want = {'DesktopId': f'{APP_ID}.desktop', 'BusName': PROVIDER_BUS_NAME,
            'ObjectPath': PROVIDER_PATH, 'Version': '2'}
    if not ini.has_section('Shell Search Provider'):
        fail(f'{path} has no [Shell Search Provider] group')
    got = dict(ini['Shell Search Provider'])
    if got != want:
        fail(f'{path} says {got}, want {want}')
    bus_name, object_path = got['BusName'], got['ObjectPath']
    log(f'{path}: {got}')
    if app_pids() or provider_pid() is not None:
        fail(f'the app or the provider is already running in this fresh session: {app_pids()}')
    if bus_name not in session_bus_call('ListActivatableNames')[0]:
        fail(f'the session bus cannot start {bus_name}: no .service file for it')

    step('b: GetInitialResultSet [\'404\'] has the bus start the provider')
    results, = gdbus_call(bus_name, object_path, 'GetInitialResultSet', "['404']", reply_type='(as)')
    if not results or results[0] != '404':
        fail(f"GetInitialResultSet ['404'] gave {results}, want 404 first")
    search_pid = provider_pid()
    if search_pid is None:
        fail(f'nothing owns {PROVIDER_BUS_NAME} after it answered')
    log(f'404 -> {results}; provider: pid {search_pid}, {check_provider_process(search_pid)}')
    time.sleep(1.0)
    if app_pids():
        fail(f'the app started for a search alone: {app_pids()}')
    if x11.find_windows(WINDOW_TITLE):
        fail('a window opened for a search alone')

    step('c: more searches, a subsearch and the result metas')
    results, = gdbus_call(bus_name, object_path, 'GetInitialResultSet', "['not', 'found']",
                          reply_type='(as)')
    if not results or results[0] != '404':
        fail(f"GetInitialResultSet ['not', 'found'] gave {results}, want 404 first")
    narrowed, = gdbus_call(bus_name, object_path, 'GetSubsearchResultSet', str(results),
                           "['not', 'found', '4xx']", reply_type='(as)')
    if (not narrowed or narrowed[0] != '404'
            or any(code not in results or not code.startswith('4') for code in narrowed)
            or len(narrowed) >= len(results)):
        fail(f"GetSubsearchResultSet {results} ['not', 'found', '4xx'] gave {narrowed}, "
             "want 404 first, then only 4xx codes of the results")
    none, = gdbus_call(bus_name, object_path, 'GetInitialResultSet', "['zzzzqqq']", reply_type='(as)')
    if none:
        fail(f"GetInitialResultSet ['zzzzqqq'] gave {none}, want nothing")

    metas, = gdbus_call(bus_name, object_path, 'GetResultMetas', "['404', '999']",
                        reply_type='(aa{sv})')
    if len(metas) != 1:
        fail(f"GetResultMetas ['404', '999'] gave {len(metas)} metas, want 1 (999 is no code): {metas}")
    meta = metas[0]
    printed = subprocess.run([os.environ['E2E_APP_BIN'], '--print', '404'], capture_output=True,
                             text=True, timeout=30).stdout.rstrip('\n')
    if meta.get('id') != '404' or meta.get('name') != '404 Not Found':
        fail(f'the meta of 404 has id {meta.get("id")!r} and name {meta.get("name")!r}')
    if f'{meta["name"]} — {meta.get("description")}' != printed:
        fail(f'the meta of 404 has description {meta.get("description")!r}, but '
             f'`status-codes --print 404` prints {printed!r}')
    if meta.get('icon') != ('themed', [APP_ID, f'{APP_ID}-symbolic']):
        fail(f'the meta of 404 has icon {meta.get("icon")!r}, want the themed app icon')
    if meta.get('clipboardText') != '404 Not Found':
        fail(f'the meta of 404 has clipboardText {meta.get("clipboardText")!r}, want \'404 Not Found\'')
    log(f'meta of 404: {meta["name"]!r}, {meta["description"]!r}')

    step('d: ActivateResult 404 has the bus start the app, at 404')
    gdbus_call(bus_name, object_path, 'ActivateResult', '404', "['404']", '0', reply_type='()')
    pid = the_app_pid('ActivateResult')
    log(f'app: {check_app_process(pid, dbus_activated=True)}')
    Ctx.app, Ctx.window = wait_for_window(pid)
    poll(lambda: detail_shows(Ctx.window, 404, 'Not Found'),
         'the detail view to show 404 and "Not Found"')
    if app_pids() != [pid]:
        fail(f'ActivateResult started another process: {app_pids()}, want only {pid}')
    log('the window shows 404 Not Found')

    step('d: LaunchSearch [\'teapot\'] searches in the window')
    gdbus_call(bus_name, object_path, 'LaunchSearch', "['teapot']", '0', reply_type='()')
    poll(lambda: entry_text(Ctx.window) == 'teapot',
         lambda: f'the search field to say "teapot" (it says {entry_text(Ctx.window)!r})')
    poll(lambda: detail_shows(Ctx.window, 418, '(Unused)'),
         'the detail view to show the best match for "teapot", 418 (Unused)')
    log('the search field says "teapot", the detail shows 418')

    step('d: `status-codes 499` from a terminal shows 499 in the running window')
    p = run_cli('499')
    if p.returncode != 0 or p.stdout or p.stderr:
        fail(f'`status-codes 499` exited {p.returncode}, stdout {p.stdout!r}, stderr {p.stderr!r}')
    poll(lambda: detail_shows(Ctx.window, 499, 'Client Closed Request'),
         'the detail view to show 499 Client Closed Request')
    if app_pids() != [pid]:
        fail(f'`status-codes 499` left another process running: {app_pids()}, want only {pid}')

    step('d: `status-codes 999` is refused, and the window stays as it was')
    p = run_cli('999')
    if p.returncode != 1 or p.stderr != 'Unknown status code 999\n' or p.stdout:
        fail(f'`status-codes 999` exited {p.returncode}, stdout {p.stdout!r}, stderr {p.stderr!r}; '
             f'want 1 and "Unknown status code 999"')
    time.sleep(0.5)
    if not detail_shows(Ctx.window, 499, 'Client Closed Request'):
        fail('the detail view no longer shows 499 after `status-codes 999`')
    log('`status-codes 499` shows 499; `status-codes 999` is refused')

    step('e: Ctrl+W closes the window, and the app exits at once')
    ensure_window_focus(x11, Ctx.window)
    chord(x11, 'Control_L', 'w')
    poll(lambda: not x11.find_windows(WINDOW_TITLE), 'the window to go away after Ctrl+W', timeout=10)
    poll(lambda: not alive(pid), f'the app (pid {pid}) to exit once its window closed', timeout=5)
    Ctx.app = Ctx.window = None

    step('f: the provider, started for searches, exits by itself after a while')
    results, = gdbus_call(bus_name, object_path, 'GetInitialResultSet', "['5xx']", reply_type='(as)')
    answered = time.monotonic()
    if not results or results[0] != '500':
        fail(f"GetInitialResultSet ['5xx'] gave {results}, want 500 first")
    # The one that answered at b, or a new one if it has exited since.
    search_pid = provider_pid()
    if search_pid is None:
        fail(f'nothing owns {PROVIDER_BUS_NAME} after it answered')
    check_provider_process(search_pid)
    if app_pids():
        fail(f'a search started the app: {app_pids()}')
    poll(lambda: not alive(search_pid),
         f'the provider (pid {search_pid}) to exit by itself', timeout=SERVICE_EXIT_MAX)
    waited = time.monotonic() - answered
    if waited < SERVICE_EXIT_MIN:
        fail(f'the provider exited {waited:.1f} s after the search: too soon for the Shell to search on')
    log(f'the provider exited {waited:.1f} s after the search')


if __name__ == '__main__':
    sys.exit(run(scenario))
