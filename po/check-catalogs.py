#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks the translation template and every catalog against the sources.

Fails when
- the committed template (po/status-codes.pot) differs from what xgettext
  extracts from the files in POTFILES.in now: a message added, changed or
  removed, or its flags or notes changed (source locations don't count);
- a catalog in LINGUAS lacks a message of the template, keeps one the
  template no longer has (other than as an obsolete #~ entry, which
  msgmerge keeps and msgfmt ignores), or has an untranslated or fuzzy
  message;
- msgfmt --check finds fault with a catalog (format strings, headers).

Usage: check-catalogs.py SOURCE_DIR
Update the template with `ninja -C _build status-codes-pot`, and the
catalogs with `ninja -C _build status-codes-update-po`.
"""

import os
import re
import subprocess
import sys
import tempfile

PACKAGE = "status-codes"

# The keywords and flags of meson's 'glib' preset (i18n.gettext in
# po/meson.build), with which the template is made.
XGETTEXT_ARGS = [
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


def main():
    source_dir = sys.argv[1]
    po_dir = os.path.join(source_dir, "po")
    failures = []

    with tempfile.TemporaryDirectory() as tmp:
        fresh_path = os.path.join(tmp, PACKAGE + ".pot")
        env = dict(os.environ, GETTEXTDATADIRS=os.path.join(source_dir, "data"))
        subprocess.run(
            ["xgettext", "--package-name=" + PACKAGE, "--directory=" + source_dir,
             "--files-from=" + os.path.join(po_dir, "POTFILES.in"),
             "--output=" + fresh_path] + XGETTEXT_ARGS,
            check=True, env=env)
        fresh = parse_po(fresh_path)

    print(f"# xgettext extracts {len(fresh)} messages from the sources")
    if len(fresh) < 100:
        failures.append("xgettext found too few messages: are the ITS rules in data/its/ found?")

    template = parse_po(os.path.join(po_dir, PACKAGE + ".pot"))
    for key in fresh.keys() - template.keys():
        failures.append(f"template out of date: {describe(key)} is missing")
    for key in template.keys() - fresh.keys():
        failures.append(f"template out of date: {describe(key)} is no longer in the sources")
    for key in fresh.keys() & template.keys():
        for what in ("notes", "flags"):
            if fresh[key][what] != template[key][what]:
                failures.append(f"template out of date: the {what} of {describe(key)} changed")

    with open(os.path.join(po_dir, "LINGUAS"), encoding="utf-8") as f:
        languages = [word for line in f for word in line.split("#")[0].split()]
    if not languages:
        failures.append("LINGUAS names no language")

    for language in languages:
        path = os.path.join(po_dir, language + ".po")
        catalog = parse_po(path)
        live = {k: v for k, v in catalog.items() if not v["obsolete"]}
        for key in fresh.keys() - live.keys():
            failures.append(f"{language}: {describe(key)} is missing")
        for key in live.keys() - fresh.keys():
            failures.append(f"{language}: {describe(key)} is not in the sources")
        for key, entry in catalog.items():
            if entry["obsolete"]:
                continue
            if "fuzzy" in entry["flags"]:
                failures.append(f"{language}: {describe(key)} is fuzzy")
            elif not all(entry["msgstr"]):
                failures.append(f"{language}: {describe(key)} is untranslated")
        result = subprocess.run(["msgfmt", "--check", "--statistics", "-o", os.devnull, path],
                                capture_output=True, text=True)
        statistics = result.stderr.strip()
        print(f"# {language}: {statistics}")
        if result.returncode != 0 or not re.fullmatch(r"\d+ translated messages?\.", statistics):
            failures.append(f"{language}: msgfmt --check --statistics says: {statistics}")

    for failure in failures:
        print(failure, file=sys.stderr)
    if failures:
        print(f"{len(failures)} problem(s). Update the template with `ninja -C _build {PACKAGE}-pot` "
              f"and the catalogs with `ninja -C _build {PACKAGE}-update-po`, then translate.",
              file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
