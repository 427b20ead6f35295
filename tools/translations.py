"""Regenerate the window's translations: sources (.ts) from the code, then the .qm files.

    .venv/bin/python tools/translations.py            # lupdate, then lrelease
    .venv/bin/python tools/translations.py --check    # exit 1 if either is out of date

``pyside6-lupdate`` (from PySide6, in the virtual environment's bin folder) reads every
``tr()`` / ``QCoreApplication.translate()`` string under ``calaccess_desktop/ui`` into
``resources/translations/calaccess_<lang>.ts`` (no source locations, so moving code
changes nothing; strings gone from the code are dropped). The translator edits the .ts
(Qt Linguist, ``pyside6-linguist``, or any text editor); ``pyside6-lrelease`` compiles
it to ``calaccess_desktop/ui/translations/calaccess_<lang>.qm``, which ships in the
package.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SOURCES = REPO / "calaccess_desktop" / "ui"
TS_DIR = REPO / "resources" / "translations"
QM_DIR = REPO / "calaccess_desktop" / "ui" / "translations"
LANGUAGES = ("es",)  # English is the source language


def tool(name: str) -> str:
    """A PySide6 tool next to this Python (the virtual environment's), else on PATH."""
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 (pip install PySide6) in the "
                         "virtual environment.")
    return found


def ts_file(language: str) -> Path:
    """The translation source of one language."""
    return TS_DIR / f"calaccess_{language}.ts"


def qm_file(language: str) -> Path:
    """The compiled translation of one language (package data)."""
    return QM_DIR / f"calaccess_{language}.qm"


def lupdate(ts: Path) -> None:
    """Merge the code's current strings into ``ts`` (created when missing)."""
    subprocess.run([tool("pyside6-lupdate"), "-silent", "-extensions", "py", "-locations",
                    "none", "-no-obsolete", "-source-language", "en", "-target-language",
                    ts.stem.rsplit("_", 1)[1], str(SOURCES), "-ts", str(ts)], check=True)


def lrelease(ts: Path, qm: Path) -> None:
    """Compile ``ts`` into ``qm`` (unfinished strings are left out: they show in English)."""
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
                   check=True)


def regenerate() -> None:
    """Update every .ts from the code, then compile every .qm."""
    TS_DIR.mkdir(parents=True, exist_ok=True)
    QM_DIR.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        lupdate(ts_file(language))
        lrelease(ts_file(language), qm_file(language))
        print(ts_file(language).relative_to(REPO), "->", qm_file(language).relative_to(REPO))


def stale() -> list[str]:
    """What is out of date, in words (empty when the .ts and .qm files are current)."""
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        for language in LANGUAGES:
            ts, qm = ts_file(language), qm_file(language)
            fresh_ts = Path(tmp) / ts.name
            shutil.copyfile(ts, fresh_ts)
            lupdate(fresh_ts)
            if fresh_ts.read_bytes() != ts.read_bytes():
                problems.append(f"{ts.relative_to(REPO)} differs from the code's strings")
            fresh_qm = Path(tmp) / qm.name
            lrelease(ts, fresh_qm)
            if not qm.is_file() or fresh_qm.read_bytes() != qm.read_bytes():
                problems.append(f"{qm.relative_to(REPO)} is not compiled from "
                                f"{ts.relative_to(REPO)}")
    return problems


def main(argv: list[str] | None = None) -> int:
    """Regenerate, or with --check say what is out of date."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="change nothing; exit 1 if a .ts or .qm file is out of date")
    args = parser.parse_args(argv)
    if args.check:
        problems = stale()
        for problem in problems:
            print(problem, "- run: .venv/bin/python tools/translations.py", file=sys.stderr)
        return 1 if problems else 0
    regenerate()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
