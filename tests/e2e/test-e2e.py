#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""End-to-end journey through Status Codes.

Launches the installed app from its .desktop file with `gio launch` (which
spawns its Exec line) and drives it over AT-SPI the way a keyboard user
would: real X key events (XTest, injected by at-spi2-registryd via
Atspi.generate_keyboard_event), AT-SPI actions for buttons, and the X
CLIPBOARD read with xclip: search, open a result, copy its description two
ways, go back to the search, clear it, search for nothing, close the window.

Run by run-e2e.sh inside a private Xvfb + D-Bus session; see e2e_common.py for
the environment it expects.  Must be run with /usr/bin/python3.
"""

import os
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from e2e_common import (  # noqa: E402
    APP_PROGRAM, BUTTON_ROLES, ENTRY_ROLES, HEADER_ROLES, LIST_ROLES, R, ROW_ROLES,
    WINDOW_TITLE,
    Atspi, Ctx, StepFailed, X11, alive, app_pids, atspi_init, check_app_process,
    chord, clipboard_read, clipboard_set, describe, ensure_window_focus, fail,
    find_all, find_app, find_window, label_shown, launch, log, name_of, poll,
    press, role_of, run, safe, states_of, step, text_of, type_text, walk,
)

# What the user sees, in the session's language (E2E_LANGUAGE, set by
# run-e2e.sh for the journey-zh scenario). In Chinese the search is typed in
# Chinese, and the row and detail show the Chinese title beside the phrase.
STRINGS = {
    'en': {
        'ENTRY_NAME': 'Search status codes',
        'LIST_NAME': 'Status codes',
        'COPY_BUTTON_NAME': 'Copy Description',
        'TOAST_TEXT': 'Description copied',
        'NO_RESULTS_TEXT': 'No Results',
        'QUERY': '404',
        'EXPECTED_TITLE': None,
    },
    'zh_CN': {
        'ENTRY_NAME': '搜索状态码',
        'LIST_NAME': '状态码',
        'COPY_BUTTON_NAME': '复制描述(C)',
        'TOAST_TEXT': '描述已复制',
        'NO_RESULTS_TEXT': '无结果',
        'QUERY': '未找到',
        'EXPECTED_TITLE': '未找到',
    },
}
LANGUAGE = os.environ.get('E2E_LANGUAGE') or 'en'
globals().update(STRINGS[LANGUAGE])
EXPECTED_CODE = '404'
EXPECTED_PHRASE = 'Not Found'
NO_MATCH_QUERY = 'xyz123'


# --------------------------------------------------------------------------
# App-specific queries

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
    """(accessible, text) of every non-empty label that is not inside the list,
    nor inside any other list: the detail's rows (related codes, causes) are
    lists of their own, and the summary and description stand outside them."""
    def prune(n):
        return (lst is not None and n == lst) or role_of(n) in LIST_ROLES

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


def toast_shown(win):
    """A label reading TOAST_TEXT outside the scrolled views and lists (the
    toast overlay sits above them), found without walking their many rows."""
    return find_all(win, lambda n: role_of(n) == R.LABEL and text_of(n) == TOAST_TEXT,
                    prune=lambda n: role_of(n) in LIST_ROLES or role_of(n) == R.SCROLL_PANE)


def click_action(acc):
    n = safe(lambda: Atspi.Action.get_n_actions(acc), 0) or 0
    names = [safe(lambda: Atspi.Action.get_action_name(acc, i), '') for i in range(n)]
    if not names:
        fail(f'{describe(acc)} exposes no AT-SPI actions')
    idx = names.index('click') if 'click' in names else 0
    log(f'activating {describe(acc)} via AT-SPI action {names[idx]!r} (actions: {names})')
    if not Atspi.Action.do_action(acc, idx):
        fail(f'do_action({idx}) on {describe(acc)} returned FALSE')


def focus_entry(x11, xwin, entry):
    if 'focused' in states_of(entry):
        return
    # As a keyboard user does: Ctrl+F goes to the search field.
    chord(x11, 'Control_L', 'f')
    poll(lambda: 'focused' in states_of(entry) or None,
         f'Ctrl+F to give the search entry {describe(entry)} keyboard focus', timeout=5)


def scenario():
    atspi_init()
    x11 = X11()

    step('gio launch the installed desktop file')
    if app_pids():
        fail(f'an app process is already running in this fresh session: {app_pids()}')
    launch()

    step('wait for the app and its window on the AT-SPI bus')
    Ctx.app = poll(find_app, f'an AT-SPI application named {APP_PROGRAM!r} '
                             f'(or containing {WINDOW_TITLE!r})')
    pid = safe(Ctx.app.get_process_id)
    if not pid:
        fail(f'AT-SPI reports no process id for {describe(Ctx.app)}')
    log(f'found application {name_of(Ctx.app)!r}: {check_app_process(pid)}')
    Ctx.window = poll(lambda: find_window(Ctx.app), f'a window named {WINDOW_TITLE!r}')
    xwin = ensure_window_focus(x11, Ctx.window)

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
        if EXPECTED_TITLE and EXPECTED_TITLE not in texts_in(rows[0]):
            return None
        return t if EXPECTED_CODE in t and EXPECTED_PHRASE in t else None

    try:
        row_text = poll(one_404_row, f'the list to show exactly one row containing '
                                     f'{EXPECTED_CODE!r} and {EXPECTED_PHRASE!r}')
    except StepFailed as e:
        rows = list_rows(lst)
        fail(f'{e}; list has {len(rows)} row(s): '
             f'{[" | ".join(texts_in(r)) for r in rows[:10]]} '
             f'; the entry holds {entry_text(entry)!r} '
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
        if EXPECTED_TITLE and EXPECTED_TITLE not in labels:
            return None
        new = [t for t in labels if t not in before
               and t not in (EXPECTED_CODE, EXPECTED_PHRASE, EXPECTED_TITLE, TOAST_TEXT)]
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
        # The toast first: it lasts a few seconds, and walking the whole
        # window over D-Bus can take longer than that on a busy machine.
        if not seen['toast'] and toast_shown(Ctx.window):
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
    if LANGUAGE == 'zh_CN' and not any('\u4e00' <= ch <= '\u9fff' for ch in clip):
        fail(f'in a Chinese session the description on the clipboard is not Chinese: {clip!r}')
    if not seen['toast']:
        poll(lambda: toast_shown(Ctx.window), f'a toast {TOAST_TEXT!r} after Ctrl+C', timeout=5)
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
    ensure_window_focus(x11, Ctx.window)
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
        return not alive(pid) and find_app(pid) is None

    poll(gone, f'the app (pid {pid}) to quit after closing its window', timeout=15)
    if app_pids():
        fail(f'app processes still running after the window closed: {app_pids()}')
    log('app quit')


if __name__ == '__main__':
    sys.exit(run(scenario))
