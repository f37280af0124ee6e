#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks the <constant> elements of data/status-codes.xml both ways
against the libraries that define them: every constant in the data must
exist in its library with that very code, and every code of the data that
a library has a name for must have a constant for that library, so that
none is invented and none is missed.

Python, Go, libsoup and Java are read from the copies that Debian
installs (build-aux/setup.sh lists the packages); Rust's http crate and
.NET, which Debian does not ship, from transcripts of their sources in
tests/data/. A library that cannot be read fails its test: it is not
skipped.

Usage: check-constants.py DATA_XML TEST_DATA_DIR
Prints TAP.
"""

import glob
import http
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ElementTree

# Go's sources as Debian installs them: /usr/share/go on sid (golang-src),
# /usr/share/go-1.19 on Debian 12 (golang-1.19-src).
GO_STATUS_GLOB = '/usr/share/go*/src/net/http/status.go'
SOUP_STATUS = '/usr/include/libsoup-3.0/libsoup/soup-status.h'


# Members that Python 3.13 added as the new names of 413, 414, 416 and 422.
PYTHON_3_13_NAMES = {'CONTENT_TOO_LARGE', 'URI_TOO_LONG', 'RANGE_NOT_SATISFIABLE',
                     'UNPROCESSABLE_CONTENT'}


def python_names():
    # This interpreter's own http module (Python 3.11 on Debian 12, 3.14 on
    # sid), aliases included: Python 3.13 renamed four members and kept
    # the old names, which the data uses, as aliases.
    return {name: member.value for name, member in http.HTTPStatus.__members__.items()}


def go_names():
    paths = sorted(glob.glob(GO_STATUS_GLOB))
    if not paths:
        raise OSError(f'no Go sources at {GO_STATUS_GLOB}')
    with open(paths[-1], encoding='utf-8') as f:
        text = f.read()
    return {name: int(value)
            for name, value in re.findall(r'^\s*(Status\w+)\s*=\s*(\d+)', text, re.M)}


def soup_names():
    with open(SOUP_STATUS, encoding='utf-8') as f:
        text = f.read()
    enum = re.search(r'typedef enum \{(.*?)\} SoupStatus;', text, re.S).group(1)
    names = {name: int(value)
             for name, value in re.findall(r'^\s*(SOUP_STATUS_\w+)\s*=\s*(\d+)', enum, re.M)}
    # Aliases written as another member: SOUP_STATUS_A = SOUP_STATUS_B.
    for name, other in re.findall(r'^\s*(SOUP_STATUS_\w+)\s*=\s*(SOUP_STATUS_\w+)', enum, re.M):
        names[name] = names[other]
    return names


def java_names():
    result = subprocess.run(['javap', '-constants', 'java.net.HttpURLConnection'],
                            capture_output=True, text=True, check=True)
    return {name: int(value)
            for name, value in re.findall(r'static final int (HTTP_\w+) = (\d+);', result.stdout)}


def fixture_names(path):
    names = {}
    with open(path, encoding='utf-8') as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith('#'):
                continue
            code, name = line.split()
            names[name] = int(code)
    return names


# id in the data → (prefix of every constant, reader of the library's
# names, names never to use although the library has them)
def languages(test_data_dir):
    return {
        # Python 3.13 renamed four members after RFC 9110 and kept the old
        # names as aliases: the new names fail on 3.11 and 3.12.
        'python': ('HTTPStatus.', python_names, PYTHON_3_13_NAMES),
        'go': ('http.', go_names, set()),
        'rust': ('StatusCode::', lambda: fixture_names(os.path.join(test_data_dir, 'rust-http-status.txt')), set()),
        'libsoup': ('', soup_names, set()),
        'dotnet': ('HttpStatusCode.', lambda: fixture_names(os.path.join(test_data_dir, 'dotnet-http-status-code.txt')), set()),
        # Deprecated since JDK 1.3 in favour of HTTP_INTERNAL_ERROR.
        'java': ('HttpURLConnection.', java_names, {'HTTP_SERVER_ERROR'}),
    }


def check(language, prefix, names, avoid, statuses):
    problems = []
    codes_with_names = set(names.values())

    for code, constants in statuses.items():
        constant = constants.get(language)
        if constant is None:
            if code in codes_with_names:
                missing = sorted(n for n, v in names.items() if v == code)
                problems.append(f'{code}: no {language} constant, but the library has {", ".join(missing)}')
            continue
        if not constant.startswith(prefix):
            problems.append(f'{code}: {constant!r} does not start with {prefix!r}')
            continue
        name = constant[len(prefix):]
        if name not in names:
            problems.append(f'{code}: the library has no {name}')
        elif names[name] != code:
            problems.append(f'{code}: {name} is {names[name]} in the library')
        elif name in avoid:
            problems.append(f'{code}: {name} is a name not to use')

    return problems


def main():
    data_path, test_data_dir = sys.argv[1:3]
    statuses = {}
    for status in ElementTree.parse(data_path).getroot().iter('status'):
        statuses[int(status.get('code'))] = {
            constant.get('language'): constant.text for constant in status.iter('constant')
        }

    known = languages(test_data_dir)
    used = {language for constants in statuses.values() for language in constants}

    print(f'1..{len(known) + 1}')
    number = 0
    failed = False

    for language, (prefix, read_names, avoid) in known.items():
        number += 1
        try:
            names = read_names()
        except (OSError, subprocess.CalledProcessError) as error:
            print(f'# cannot read the {language} names: {error}')
            print(f'not ok {number} - {language}')
            failed = True
            continue
        problems = check(language, prefix, names, avoid, statuses)
        n_constants = sum(1 for constants in statuses.values() if language in constants)
        print(f'# {language}: {len(names)} names in the library, {n_constants} constants in the data')
        if language == 'python':
            print(f'# Python {sys.version.split()[0]}')
        for problem in problems:
            print(f'# {problem}')
        # An empty library would make both directions pass vacuously.
        ok = not problems and len(names) > 0 and n_constants > 0
        failed |= not ok
        print(f'{"ok" if ok else "not ok"} {number} - {language}')

    number += 1
    unknown = used - set(known)
    for language in sorted(unknown):
        print(f'# the data uses {language!r}, which this script does not check')
    failed |= bool(unknown)
    print(f'{"not ok" if unknown else "ok"} {number} - every language in the data is checked')

    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
