#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The app's search provider, driven through the real GNOME Shell.

Run by run-shell.sh inside a private session bus, with the app installed in
SHELL_PREFIX and XDG_DATA_DIRS naming it (the README's recipe). Starts
`gnome-shell --wayland --headless`, enables the test extension that lets it
evaluate JavaScript (org.gnome.Shell.Eval), and checks through the Shell's
own search code:

  loaded      the Shell loads the provider from the installed files alone;
  search      an overview search shows the results, in order, with the
              names and summaries that `status-codes --print` gives; the app
              does not start and no window opens;
  activate    choosing 404 opens the window at 404, focused, and the clipboard holds
              "404 Not Found", as the README says;
  launch      the provider's icon (launchSearch) opens the window with the
              search and its best match;
  unofficial  the app's show-unofficial setting, changed while the provider
              runs, hides and shows unofficial codes;
  chinese     in a Chinese session, a search in Chinese shows the code's
              Chinese title and summary;
  idle        the provider exits by itself after the last search;
  logs        nothing in the Shell's log about the provider, and no warning
              from the provider or the app.
"""

import json
import os
import signal
import subprocess
import sys
import time

from gi.repository import Gio, GLib

APP_ID = 'io.github.statuscodes.StatusCodes'
DESKTOP_ID = f'{APP_ID}.desktop'
PROVIDER_BUS_NAME = f'{APP_ID}.SearchProvider'
EXTENSION = 'unsafe-mode@tests.statuscodes.github.io'
TMP = os.environ['SHELL_TMP']
PREFIX = os.environ['SHELL_PREFIX']
APP_BIN = os.path.join(PREFIX, 'bin', 'status-codes')
SHELL_LOG = os.path.join(TMP, 'gnome-shell.log')
TIMEOUT = 30

# The Shell's search results, and this provider among them.
RESULTS_VIEW = 'Main.overview._overview._controls._searchController._searchResults'
PROVIDER = f'{RESULTS_VIEW}._providers.find(p => p.id === {json.dumps(DESKTOP_ID)})'

bus = Gio.bus_get_sync(Gio.BusType.SESSION, None)
shell = None


class Failed(Exception):
    pass


def log(message):
    print(f'shell-driver: {message}', file=sys.stderr, flush=True)


def poll(what, check, timeout=TIMEOUT):
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value:
            return value
        if time.monotonic() > deadline:
            raise Failed(f'timed out waiting for {what}')
        time.sleep(0.2)


def bus_call(name, path, interface, method, args, reply, flags=Gio.DBusCallFlags.NONE):
    return bus.call_sync(name, path, interface, method, args, GLib.VariantType(reply),
                         flags, 30000, None).unpack()


def evaluate(script):
    """The value of `script` in the Shell, through JSON."""
    ok, result = bus_call('org.gnome.Shell', '/org/gnome/Shell', 'org.gnome.Shell', 'Eval',
                          GLib.Variant('(s)', (script,)), '(bs)')
    if not ok:
        raise Failed(f'the Shell could not evaluate {script!r}: {result}')
    return json.loads(result) if result else None


def evaluate_async(script):
    """The value of a promise made by `script`, waited for."""
    evaluate(f'global._scTest = undefined; Promise.resolve({script}).then('
             f'v => {{ global._scTest = {{ value: v }}; }}, '
             f'e => {{ global._scTest = {{ error: String(e) }}; }}); true')
    result = poll(f'the Shell to settle {script}', lambda: evaluate('global._scTest'))
    if 'error' in result:
        raise Failed(f'{script} failed in the Shell: {result["error"]}')
    return result.get('value')


def owner_pid(name):
    try:
        return bus_call('org.freedesktop.DBus', '/org/freedesktop/DBus', 'org.freedesktop.DBus',
                        'GetConnectionUnixProcessID', GLib.Variant('(s)', (name,)), '(u)')[0]
    except GLib.Error:
        return None


def alive(pid):
    try:
        with open(f'/proc/{pid}/stat') as f:
            return f.read().rsplit(')', 1)[1].split()[0] not in ('Z', 'X')
    except OSError:
        return False


def update_activation_environment(**variables):
    bus_call('org.freedesktop.DBus', '/org/freedesktop/DBus', 'org.freedesktop.DBus',
             'UpdateActivationEnvironment', GLib.Variant('(a{ss})', (variables,)), '()')


def gsettings(*args):
    return subprocess.run(['gsettings', *args], check=True, capture_output=True, text=True,
                          timeout=30).stdout.strip()


def session_locale(language):
    """The locale variables of a session in LANGUAGE ('' for English): a real
    UTF-8 locale, as glibc 2.41 and later ignore LANGUAGE under C.UTF-8."""
    if not language:
        return {'LANG': 'C.UTF-8', 'LC_ALL': '', 'LANGUAGE': ''}
    return {'LANG': f'{language}.UTF-8', 'LC_ALL': '', 'LANGUAGE': language}


def print_matches(search, language=''):
    """`status-codes --print SEARCH`, as from a terminal: (code, line) pairs."""
    env = dict(os.environ, G_DEBUG='fatal-warnings', **session_locale(language))
    out = subprocess.run([APP_BIN, '--print', *search.split()], check=True, capture_output=True,
                         text=True, env=env, timeout=30).stdout
    return [line for line in out.splitlines()]


def stop_provider():
    """The provider stopped, as after its idle time, so that the next search
    starts it afresh."""
    pid = owner_pid(PROVIDER_BUS_NAME)
    if pid is not None:
        os.kill(pid, signal.SIGTERM)
        poll('the provider to stop', lambda: owner_pid(PROVIDER_BUS_NAME) is None)


def overview_search(text):
    """Types `text` in the overview's search entry; returns this provider's
    rows, as the Shell shows them: [id, name, description]."""
    show_overview()
    set_search = (f'(() => {{ const e = Main.overview.searchEntry; if (e.get_text() !== {json.dumps(text)})'
                  f' e.set_text({json.dumps(text)}); return true; }})()')
    evaluate(set_search)
    rows_script = (f'(() => {{ const p = {PROVIDER}; const v = {RESULTS_VIEW};'
                   f' if (!p || !p.display || v.searchInProgress || !p.display.visible) return null;'
                   f' return p.display._content.get_children().filter(c => c.visible).map(c =>'
                   f' [c.metaInfo.id, c.metaInfo.name, c._descriptionLabel ? c._descriptionLabel.text : null]); }})()')

    def settled():
        # Entering the overview resets its search: type again if it did.
        evaluate(set_search)
        rows = evaluate(rows_script)
        return rows if rows else None

    return poll(f'results for {text!r} in the overview', settled)


def show_overview():
    evaluate('Main.overview.show(); true')
    poll('the overview to be shown',
         lambda: evaluate('Main.overview.visible && !Main.overview.animationInProgress'))


def no_results(text):
    show_overview()
    evaluate(f'Main.overview.searchEntry.set_text({json.dumps(text)}); true')
    poll(f'the search {text!r} to finish', lambda: evaluate(f'!{RESULTS_VIEW}.searchInProgress'))
    time.sleep(0.5)
    return not evaluate(f'(() => {{ const p = {PROVIDER}; return !!(p && p.display && p.display.visible); }})()')


def close_overview():
    evaluate('Main.overview.searchEntry.set_text(""); Main.overview.hide(); true')
    poll('the overview to close', lambda: not evaluate('Main.overview.visible'))


def app_windows():
    return evaluate('global.get_window_actors().map(a => a.meta_window)'
                    f'.filter(w => w.get_gtk_application_id() === {json.dumps(APP_ID)})'
                    '.map(w => w.get_title())')


def close_app_window_and_saved_code():
    """Closes the app's window as a user would; the window saves the code it
    showed, which is returned."""
    evaluate('global.get_window_actors().map(a => a.meta_window)'
             f'.filter(w => w.get_gtk_application_id() === {json.dumps(APP_ID)})'
             '.forEach(w => w.delete(global.get_current_time())); true')
    poll('the app window to close', lambda: not app_windows())
    pid = owner_pid(APP_ID)
    if pid is not None:
        poll('the app to exit once its window closed', lambda: not alive(pid), timeout=10)
    return int(gsettings('get', APP_ID, 'selected-code').split()[-1])


def clipboard_text():
    return evaluate_async('new Promise(resolve => imports.gi.St.Clipboard.get_default().get_text('
                          'imports.gi.St.ClipboardType.CLIPBOARD, (c, text) => resolve(text)))')


def check(condition, message):
    if not condition:
        raise Failed(message)


# ---------------------------------------------------------------------------

def shell_version():
    out = subprocess.run(['gnome-shell', '--version'], check=True, capture_output=True, text=True).stdout
    return int(out.split()[-1].split('.')[0])


def start_shell():
    global shell
    version = shell_version()
    args = ['gnome-shell', '--wayland', '--headless', '--virtual-monitor', '1280x800']
    if version >= 44:
        # Shell 44 and later take --unsafe-mode themselves.
        args.append('--unsafe-mode')
    else:
        # Shell 43 has no such flag: the test extension sets it.
        gsettings('set', 'org.gnome.shell', 'enabled-extensions', f"['{EXTENSION}']")
        gsettings('set', 'org.gnome.shell', 'disable-user-extensions', 'false')
        args.append('--no-x11')
    # No welcome tour or other first-run dialog in the way.
    gsettings('set', 'org.gnome.shell', 'welcome-dialog-last-shown-version', "'999'")
    env = dict(os.environ, G_MESSAGES_DEBUG='', XDG_SESSION_TYPE='wayland')
    log_file = open(SHELL_LOG, 'w')
    log(f'GNOME Shell {version}')
    shell = subprocess.Popen(args,
                             stdin=subprocess.DEVNULL, stdout=log_file, stderr=subprocess.STDOUT, env=env)

    def ready():
        if shell.poll() is not None:
            raise Failed(f'gnome-shell exited with {shell.returncode} at start-up')
        try:
            return evaluate('global.context.unsafe_mode && !Main.layoutManager._startingUp')
        except (GLib.Error, Failed):
            return False

    poll('the Shell to start and accept Eval', ready, timeout=60)
    display = evaluate('GLib.getenv("WAYLAND_DISPLAY")') or 'wayland-0'
    # What gnome-session would tell the bus, for the programs it starts.
    update_activation_environment(WAYLAND_DISPLAY=display, XDG_SESSION_TYPE='wayland',
                                  GDK_BACKEND='wayland', G_DEBUG='fatal-warnings')
    log(f'the Shell runs (pid {shell.pid}), on {display}')


def stop_shell():
    if shell is None or shell.poll() is not None:
        return
    try:
        evaluate('global.context.terminate(); true')
        shell.wait(timeout=20)
    except Exception:  # noqa: BLE001 -- stopped however it can be
        shell.kill()
        shell.wait()


def test_loaded():
    try:
        Gio.DesktopAppInfo.new(DESKTOP_ID)
    except TypeError:  # PyGObject's way of saying NULL
        raise Failed(f'GLib does not load {DESKTOP_ID} from XDG_DATA_DIRS') from None
    check(os.path.join(PREFIX, 'bin') not in os.environ['PATH'].split(':'),
          "the prefix's bin/ is on the PATH: not the README's recipe")
    check(evaluate(f'!!{PROVIDER} && {PROVIDER}.isRemoteProvider && {PROVIDER}.canLaunchSearch'),
          f'the Shell did not load a SearchProvider2 for {DESKTOP_ID}')
    check(evaluate(f'Shell.AppSystem.get_default().lookup_app({json.dumps(DESKTOP_ID)}) !== null'),
          'the Shell has no app for the desktop file')
    check(owner_pid(PROVIDER_BUS_NAME) is None and owner_pid(APP_ID) is None,
          'the provider or the app runs before any search')


def test_search():
    rows = overview_search('not found')
    printed = print_matches('not found')
    want = [(line.split()[0], line.split(' — ')[0], line.split(' — ', 1)[1]) for line in printed][:len(rows)]
    got = [tuple(row) for row in rows]
    check(got == want, f'the overview shows {got}, want {want} (as --print)')
    check(rows[0][0] == '404', f'the first result is {rows[0]}, want 404')
    direct = evaluate_async(f'{PROVIDER}.getInitialResultSet(["not", "found"], new imports.gi.Gio.Cancellable())')
    check(direct[:len(rows)] == [row[0] for row in rows], f'getInitialResultSet gave {direct}')
    metas = evaluate_async(f'{PROVIDER}.getResultMetas(["404"], new imports.gi.Gio.Cancellable())')
    check(metas and metas[0]['name'] == '404 Not Found' and metas[0]['clipboardText'] == '404 Not Found',
          f'getResultMetas(["404"]) gave {metas}')
    time.sleep(1)
    check(not app_windows(), f'a search opened a window: {app_windows()}')
    check(owner_pid(APP_ID) is None, 'a search started the app')
    check(owner_pid(PROVIDER_BUS_NAME) is not None, 'no provider process answered')
    log(f'"not found": {rows}')


def test_activate():
    evaluate('imports.gi.St.Clipboard.get_default().set_text(imports.gi.St.ClipboardType.CLIPBOARD, "before"); true')
    rows = overview_search('404')
    check(rows[0][0] == '404', f'the first result for 404 is {rows[0]}')
    evaluate(f'{PROVIDER}.display._content.get_children()[0].activate(); true')
    poll('the app window after choosing 404', app_windows)
    check(not evaluate('Main.overview.visible'), 'the overview stayed open')
    poll('the app window to have the focus', lambda: evaluate(
        'global.display.focus_window !== null && '
        f'global.display.focus_window.get_gtk_application_id() === {json.dumps(APP_ID)}'), timeout=10)
    clip = clipboard_text()
    check(clip == '404 Not Found', f'the clipboard holds {clip!r} after choosing 404, want "404 Not Found"')
    code = close_app_window_and_saved_code()
    check(code == 404, f'the window showed {code}, want 404')
    log(f'choosing 404: window at {code}, clipboard {clip!r}')


def test_launch():
    overview_search('teapot')
    evaluate(f'{PROVIDER}.launchSearch(["teapot"]); Main.overview.hide(); true')
    poll('the app window after launchSearch', app_windows)
    code = close_app_window_and_saved_code()
    check(code == 418, f'the window showed {code} after launchSearch teapot, want 418')
    log(f'launchSearch teapot: window at {code}')


def test_unofficial():
    rows = overview_search('499')
    check(rows[0][0] == '499', f'499 is not shown: {rows}')
    check(owner_pid(PROVIDER_BUS_NAME) is not None, 'the provider is not running')
    gsettings('set', APP_ID, 'show-unofficial', 'false')
    try:
        close_overview()
        check(poll('499 to be hidden', lambda: no_results('499')), '499 still shown with the switch off')
    finally:
        gsettings('set', APP_ID, 'show-unofficial', 'true')
    close_overview()
    rows = overview_search('499')
    check(rows[0][0] == '499', f'499 is not shown again with the switch on: {rows}')
    close_overview()
    log('unofficial codes follow the switch while the provider runs')


def test_chinese():
    close_overview()
    stop_provider()
    update_activation_environment(**session_locale('zh_CN'))
    try:
        rows = overview_search('未找到')
    finally:
        update_activation_environment(**session_locale(''))
    printed = print_matches('未找到', language='zh_CN')
    check(rows[0][0] == '404', f'the first result for 未找到 is {rows[0]}')
    check(rows[0][1] == '404 Not Found 未找到', f'404 is named {rows[0][1]!r}, want its Chinese title')
    check(f'{rows[0][1]} — {rows[0][2]}' == printed[0],
          f'the overview shows {rows[0]}, --print {printed[0]!r}')
    close_overview()
    log(f'未找到: {rows[0]}')


def test_idle():
    overview_search('5xx')
    pid = owner_pid(PROVIDER_BUS_NAME)
    check(pid is not None, 'no provider')
    answered = time.monotonic()
    close_overview()
    poll('the provider to exit by itself', lambda: not alive(pid), timeout=40)
    waited = time.monotonic() - answered
    check(waited > 10, f'the provider exited {waited:.1f} s after the search: too soon')
    log(f'the provider exited {waited:.1f} s after the last search')


def test_logs():
    with open(SHELL_LOG, errors='replace') as f:
        shell_log = f.read()
    bad = [line for line in shell_log.splitlines()
           if APP_ID in line or 'status-codes' in line or 'JS ERROR' in line or 'search provider' in line]
    check(not bad, 'the Shell logged: ' + ' | '.join(bad[:5]))
    # The bus's stderr, and so that of the provider and the app it started.
    with open(os.path.join(TMP, 'session.log'), errors='replace') as f:
        session_log = f.read()
    bad = [line for line in session_log.splitlines()
           if line.startswith(('sc-', '(status-codes', 'status-codes'))
           or ('-WARNING' in line or '-CRITICAL' in line) and ('sc-' in line or 'status-codes' in line)]
    check(not bad, 'the provider or the app logged: ' + ' | '.join(bad[:5]))


TESTS = [test_loaded, test_search, test_activate, test_launch, test_unofficial, test_chinese,
         test_idle, test_logs]


def main():
    failed = []
    try:
        start_shell()
        for test in TESTS:
            name = test.__name__[5:]
            try:
                test()
                print(f'ok - {name}', flush=True)
            except Exception as e:  # noqa: BLE001 -- any failure fails this test only
                failed.append(name)
                print(f'not ok - {name}: {e}', flush=True)
                try:
                    close_overview()
                except Exception:  # noqa: BLE001
                    pass
    except (Failed, GLib.Error) as e:
        failed.append('start')
        print(f'not ok - start: {e}', flush=True)
    finally:
        stop_shell()
    if shell is not None and shell.returncode not in (0, None):
        print(f'not ok - the Shell exited with {shell.returncode}', flush=True)
        failed.append('exit')
    print(f'shell: {"passed" if not failed else "failed: " + ", ".join(failed)}', flush=True)
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
