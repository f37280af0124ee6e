#!/usr/bin/python3
# Checks the Flatpak manifest offline, where no runtime can be fetched:
# flatpak-builder must read it without a word on stderr (an unknown or
# misspelt property is only a warning there), and the app must be
# sandboxed as intended: the right ID and command, and exactly the
# permissions a display-only app needs -- no network, no files.
#
#   check-manifest.py MANIFEST APPLICATION_ID COMMAND [FLATPAK_BUILDER]
#
# SPDX-License-Identifier: GPL-3.0-or-later

import json
import shutil
import subprocess
import sys

FINISH_ARGS = [
    '--share=ipc',
    '--socket=fallback-x11',
    '--socket=wayland',
    '--device=dri',
]


def check(manifest_path, application_id, command, flatpak_builder):
    errors = []

    try:
        shown = subprocess.run(
            [flatpak_builder, '--show-manifest', manifest_path],
            capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired) as e:
        return [f'could not run {flatpak_builder}: {e}']
    if shown.returncode != 0:
        errors.append(f'flatpak-builder --show-manifest exited with {shown.returncode}')
    if shown.stderr.strip():
        errors.append('flatpak-builder --show-manifest wrote on stderr:\n'
                      + shown.stderr.strip())

    try:
        with open(manifest_path, encoding='utf-8') as f:
            manifest = json.load(f)
    except (OSError, ValueError) as e:
        return errors + [f'cannot read {manifest_path}: {e}']

    if manifest.get('id') != application_id:
        errors.append(f'id is {manifest.get("id")!r}, not {application_id!r}')
    if manifest.get('command') != command:
        errors.append(f'command is {manifest.get("command")!r}, not {command!r}')

    finish_args = manifest.get('finish-args')
    if not isinstance(finish_args, list) or sorted(finish_args) != sorted(FINISH_ARGS) \
            or len(set(finish_args)) != len(finish_args):
        errors.append(f'finish-args are {finish_args!r}, not exactly {FINISH_ARGS!r}')
    for arg in finish_args if isinstance(finish_args, list) else []:
        if not isinstance(arg, str):
            continue
        if arg.startswith('--share=network'):
            errors.append(f'{arg}: the app needs no network')
        if arg.startswith('--filesystem'):
            errors.append(f'{arg}: the app needs no file access')

    return errors


def main(argv):
    if len(argv) not in (4, 5):
        sys.exit(f'usage: {argv[0]} MANIFEST APPLICATION_ID COMMAND [FLATPAK_BUILDER]')
    flatpak_builder = argv[4] if len(argv) == 5 else shutil.which('flatpak-builder')
    if not flatpak_builder:
        print('flatpak-builder is not installed (Debian: apt-get install flatpak-builder)',
              file=sys.stderr)
        return 1
    errors = check(argv[1], argv[2], argv[3], flatpak_builder)
    for error in errors:
        print(f'{argv[1]}: {error}', file=sys.stderr)
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
