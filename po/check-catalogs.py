#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks every catalog against the sources.

The template is not kept in git, so this makes one afresh, in a temporary
directory, the way meson's status-codes-pot target does (xgettext with the
'glib' preset of i18n.gettext in po/meson.build, the files in POTFILES.in,
and data/its/ for the ITS rules of the status data), and fails when a
catalog in LINGUAS
- lacks a message of the sources (msgid, plural and context), or keeps one
  the sources no longer have (other than as an obsolete #~ entry, which
  msgmerge keeps and msgfmt ignores);
- has an untranslated or fuzzy message, or one whose format flag
  (c-format and the like) differs from the sources';
- is found at fault by msgfmt --check (format strings, headers).

Usage: check-catalogs.py SOURCE_DIR
Make the template with `meson compile -C _build status-codes-pot`, merge it
into the catalogs with `meson compile -C _build status-codes-update-po`,
then translate.
"""

import os
import re
import subprocess
import sys
import tempfile

PACKAGE = "status-codes"

# The keywords and flags of meson's 'glib' preset (i18n.gettext in
# po/meson.build), the same in meson 1.0 and later, with which the
# status-codes-pot target makes the template; meson adds -k_ of its own.
XGETTEXT_ARGS = [
    "-k_",
    "--from-code=UTF-8",
    "--add-comments",
    "--keyword=_",
    "--keyword=N_",
    "--keyword=C_:1c,2",
    "--keyword=NC_:1c,2",
    "--keyword=g_dcgettext:2",
    "--keyword=g_dngettext:2,3",
    "--keyword=g_dpgettext2:2c,3",
    "--flag=N_:1:pass-c-format",
    "--flag=C_:2:pass-c-format",
    "--flag=NC_:2:pass-c-format",
    "--flag=g_dngettext:2:pass-c-format",
    "--flag=g_strdup_printf:1:c-format",
    "--flag=g_string_printf:2:c-format",
    "--flag=g_string_append_printf:2:c-format",
    "--flag=g_error_new:3:c-format",
    "--flag=g_set_error:4:c-format",
    "--flag=g_markup_printf_escaped:1:c-format",
    "--flag=g_log:3:c-format",
    "--flag=g_print:1:c-format",
    "--flag=g_printerr:1:c-format",
    "--flag=g_printf:1:c-format",
    "--flag=g_fprintf:2:c-format",
    "--flag=g_sprintf:2:c-format",
    "--flag=g_snprintf:3:c-format",
]


def unquote(line):
    return line[line.index('"') + 1 : line.rindex('"')].encode().decode("unicode_escape").encode("latin-1").decode()


def parse_po(path):
    """Returns the messages of a PO file, header aside, as a dict from
    (msgctxt, msgid, msgid_plural) to a dict of what else they have."""
    messages = {}
    with open(path, encoding="utf-8") as f:
        blocks = f.read().split("\n\n")
    for block in blocks:
        entry = {"notes": [], "flags": set(), "msgstr": [], "obsolete": False}
        field = None
        fields = {}
        for line in block.splitlines():
            if line.startswith("#~"):
                entry["obsolete"] = True
                line = line[2:].lstrip()
            if line.startswith("#."):
                entry["notes"].append(line[2:].strip())
            elif line.startswith("#,"):
                entry["flags"].update(f.strip() for f in line[2:].split(","))
            elif line.startswith("#"):
                continue
            elif line.startswith('"'):
                fields[field] += unquote(line)
            elif line.strip():
                field, _, rest = line.partition(" ")
                fields[field] = unquote(rest)
        if "msgid" not in fields or fields["msgid"] == "":
            continue
        key = (fields.get("msgctxt"), fields["msgid"], fields.get("msgid_plural"))
        entry["msgstr"] = [v for k, v in sorted(fields.items()) if k.startswith("msgstr")]
        messages[key] = entry
    return messages


def describe(key):
    context, msgid, _ = key
    text = msgid if len(msgid) < 60 else msgid[:57] + "…"
    return f"“{text}”" + (f" (context “{context}”)" if context else "")


def format_flags(entry):
    return {flag for flag in entry["flags"] if flag.endswith("-format")}


def extract_template(source_dir, tmp):
    """Runs xgettext as meson's gettext pot command does, but with the
    template written into tmp, and returns its messages."""
    path = os.path.join(tmp, PACKAGE + ".pot")
    env = dict(os.environ, GETTEXTDATADIRS=os.path.join(source_dir, "data"))
    subprocess.run(
        ["xgettext", "--package-name=" + PACKAGE,
         "--files-from=" + os.path.join(source_dir, "po", "POTFILES.in"),
         "--directory=" + source_dir, "--output=" + path] + XGETTEXT_ARGS,
        check=True, env=env)
    return parse_po(path)


def main():
    source_dir = sys.argv[1]
    po_dir = os.path.join(source_dir, "po")
    failures = []

    with tempfile.TemporaryDirectory() as tmp:
        sources = extract_template(source_dir, tmp)

    print(f"xgettext extracts {len(sources)} messages from the sources")
    if len(sources) < 100:
        failures.append("xgettext found too few messages: are the ITS rules in data/its/ found?")

    with open(os.path.join(po_dir, "LINGUAS"), encoding="utf-8") as f:
        languages = [word for line in f for word in line.split("#")[0].split()]
    if not languages:
        failures.append("LINGUAS names no language")

    for language in languages:
        path = os.path.join(po_dir, language + ".po")
        catalog = parse_po(path)
        live = {k: v for k, v in catalog.items() if not v["obsolete"]}
        for key in sources.keys() - live.keys():
            failures.append(f"{language}: {describe(key)} is missing")
        for key in live.keys() - sources.keys():
            failures.append(f"{language}: {describe(key)} is not in the sources")
        for key, entry in live.items():
            if "fuzzy" in entry["flags"]:
                failures.append(f"{language}: {describe(key)} is fuzzy")
            elif not all(entry["msgstr"]):
                failures.append(f"{language}: {describe(key)} is untranslated")
            if key in sources and format_flags(entry) != format_flags(sources[key]):
                failures.append(f"{language}: the format flags of {describe(key)} differ from the sources'")
        result = subprocess.run(["msgfmt", "--check", "--statistics", "-o", os.devnull, path],
                                capture_output=True, text=True)
        statistics = result.stderr.strip()
        print(f"{language}: {statistics}")
        if result.returncode != 0 or not re.fullmatch(r"\d+ translated messages?\.", statistics):
            failures.append(f"{language}: msgfmt --check --statistics says: {statistics}")

    for failure in failures:
        print(failure, file=sys.stderr)
    if failures:
        print(f"{len(failures)} problem(s). Make the template with `meson compile -C _build {PACKAGE}-pot`, "
              f"merge it into the catalogs with `meson compile -C _build {PACKAGE}-update-po`, "
              f"then translate.", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
