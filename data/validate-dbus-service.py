#!/usr/bin/python3
# Checks a D-Bus service file: that it names the bus name and starts the
# installed binary with the arguments given.
#
#   validate-dbus-service.py SERVICE_FILE BUS_NAME BINARY_PATH [ARGUMENT...]
#
# SPDX-License-Identifier: GPL-3.0-or-later

import configparser
import os
import shlex
import sys


def main(path, application_id, binary, *arguments):
    errors = []
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive
    try:
        with open(path, encoding='utf-8') as f:
            parser.read_file(f)
    except (OSError, configparser.Error) as e:
        return [f'cannot read {path}: {e}']

    if parser.sections() != ['D-BUS Service']:
        errors.append(f'sections are {parser.sections()}, not exactly [D-BUS Service]')
    if not parser.has_section('D-BUS Service'):
        return errors
    service = parser['D-BUS Service']

    name = service.get('Name')
    if name != application_id:
        errors.append(f'Name is {name!r}, not {application_id!r}')
    if os.path.basename(path) != application_id + '.service':
        errors.append(f'the file is named {os.path.basename(path)!r}, not {application_id}.service')

    argv = shlex.split(service.get('Exec', ''))
    if not argv:
        errors.append('Exec is missing or empty')
    else:
        if argv[0] != binary:
            errors.append(f'Exec runs {argv[0]!r}, not the installed binary {binary!r}')
        if not os.path.isabs(argv[0]):
            errors.append(f'Exec runs {argv[0]!r}, which is not an absolute path')
        if argv[1:] != list(arguments):
            errors.append(f'Exec passes {argv[1:]}, not {list(arguments)}')

    extra = sorted(set(service) - {'Name', 'Exec'})
    if extra:
        errors.append(f'unexpected keys: {extra}')
    return errors


if __name__ == '__main__':
    if len(sys.argv) < 4:
        sys.exit(f'usage: {sys.argv[0]} SERVICE_FILE BUS_NAME BINARY_PATH [ARGUMENT...]')
    problems = main(*sys.argv[1:])
    for problem in problems:
        print(f'{sys.argv[1]}: {problem}', file=sys.stderr)
    sys.exit(1 if problems else 0)
