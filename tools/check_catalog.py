"""Compare the rule catalog (calaccess_desktop/validation/catalog.json) with the form-rules
guide's section 6 when the guide is at hand: same ids, severities and scopes, in the same
sections. Not a test (the repository does not ship the guide); run it after the guide
changes:

    .venv/bin/python tools/check_catalog.py ../shared/guides/form-rules.md

Exit status 0 when they agree, 1 with the differences listed.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from calaccess_desktop.validation.catalog import entries

ROW = re.compile(r"^\| ([A-Z0-9]+(?:-[A-Z0-9]+)*-\d{3}) \| (ERROR|WARNING) \| (\w+) \|")
SECTION = re.compile(r"^### (6\.\d+) ")


def guide_rows(path: Path) -> list[tuple[str, str, str, str]]:
    """(section number, id, severity, scope) of every catalog row in the guide."""
    out, section = [], ""
    for line in path.read_text(encoding="utf-8").splitlines():
        if m := SECTION.match(line):
            section = m[1]
        elif (m := ROW.match(line)) and section:
            out.append((section, m[1], m[2].lower(), m[3]))
    return out


def differences(path: Path) -> list[str]:
    """What differs between the guide and catalog.json (empty when they agree)."""
    theirs = {rid: (sec, sev, scope) for sec, rid, sev, scope in guide_rows(path)}
    ours = {e.id: (e.section.split()[0], e.severity, e.scope) for e in entries()}
    out = [f"{rid}: in the guide, not in catalog.json" for rid in theirs if rid not in ours]
    out += [f"{rid}: in catalog.json, not in the guide" for rid in ours if rid not in theirs]
    out += [f"{rid}: guide {theirs[rid]}, catalog.json {ours[rid]}"
            for rid in ours if rid in theirs and ours[rid] != theirs[rid]]
    return out


def main(argv: list[str]) -> int:
    if len(argv) != 1 or not Path(argv[0]).is_file():
        print("usage: check_catalog.py PATH/TO/form-rules.md", file=sys.stderr)
        return 2
    found = differences(Path(argv[0]))
    for line in found:
        print(line)
    if not found:
        print(f"catalog.json agrees with {argv[0]} ({len(entries())} rules)")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
