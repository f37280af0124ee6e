#!/usr/bin/python3
# Checks that the app icons stay plain SVG: the size the icon theme
# expects, no text, fonts, bitmaps or scripts, no editor metadata; and
# that the symbolic one is a single colour that GTK can recolour.
#
#   check-icons.py FULL_COLOUR_SVG SYMBOLIC_SVG
#
# SPDX-License-Identifier: GPL-3.0-or-later

import re
import sys
import xml.etree.ElementTree as ET

SVG = '{http://www.w3.org/2000/svg}'
ALLOWED_ELEMENTS = {'svg', 'g', 'path', 'rect', 'circle', 'ellipse', 'polygon',
                    'defs', 'clipPath', 'linearGradient', 'radialGradient', 'stop'}
SYMBOLIC_COLOUR = '#2e3436'


def check(path, size, symbolic):
    errors = []
    try:
        with open(path, encoding='utf-8') as f:
            text = f.read()
        root = ET.fromstring(text)
    except (OSError, ET.ParseError) as e:
        return [f'cannot read: {e}']

    if root.tag != SVG + 'svg':
        errors.append(f'the root is {root.tag}, not an SVG element')
    for attribute in ('width', 'height'):
        if root.get(attribute) != str(size):
            errors.append(f'{attribute} is {root.get(attribute)!r}, not {size}')
    if root.get('viewBox') != f'0 0 {size} {size}':
        errors.append(f'viewBox is {root.get("viewBox")!r}, not "0 0 {size} {size}"')
    if re.search(r'inkscape|sodipodi|<metadata|data:', text):
        errors.append('has editor metadata or embedded data')

    for element in root.iter():
        namespace, _, name = element.tag.rpartition('}')
        if namespace != SVG[:-1] or name not in ALLOWED_ELEMENTS:
            errors.append(f'has a <{name}> element, which a plain icon does not need')
        if not symbolic:
            continue
        if element.get('stroke') not in (None, 'none'):
            errors.append(f'<{name}> has a stroke; a symbolic icon is filled shapes')
        fill = element.get('fill')
        if name in ('path', 'rect', 'circle', 'ellipse', 'polygon') and fill != SYMBOLIC_COLOUR:
            errors.append(f'<{name}> is filled with {fill!r}, not {SYMBOLIC_COLOUR}')
        if element.get('style') or element.get('opacity'):
            errors.append(f'<{name}> has a style or opacity; keep it one flat colour')
    return errors


def main(argv):
    if len(argv) != 3:
        sys.exit(f'usage: {argv[0]} FULL_COLOUR_SVG SYMBOLIC_SVG')
    failed = False
    for path, size, symbolic in ((argv[1], 128, False), (argv[2], 16, True)):
        for error in check(path, size, symbolic):
            print(f'{path}: {error}', file=sys.stderr)
            failed = True
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
