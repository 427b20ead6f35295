"""tools/check_catalog.py compares catalog.json with a guide's section 6 tables; this runs
it on a guide written from the catalog itself (the real guide is not in the repository),
so nothing here needs ../shared and nothing is skipped."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from calaccess_desktop.validation.catalog import entries
from tests.conftest import REPO


def _guide(path: Path, *, drop: str = "", flip: str = "") -> Path:
    lines, section = [], ""
    for e in entries():
        number = e.section.split()[0]
        if number != section:
            section = number
            lines += ["", f"### {number} Some title", "", "| ID | Sev | Scope | Rule | Src |",
                      "|---|---|---|---|---|"]
        if e.id == drop:
            continue
        sev = ("WARNING" if e.severity == "error" else "ERROR") if e.id == flip else \
            e.severity.upper()
        lines.append(f"| {e.id} | {sev} | {e.scope} | text | [SRC] |")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _run(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(REPO / "tools" / "check_catalog.py"), str(path)],
                          capture_output=True, text=True, cwd=REPO, timeout=120)


def test_agreeing_guide_passes(tmp_path: Path) -> None:
    run = _run(_guide(tmp_path / "g.md"))
    assert run.returncode == 0 and "agrees" in run.stdout, run.stdout + run.stderr


def test_differences_are_listed(tmp_path: Path) -> None:
    run = _run(_guide(tmp_path / "g.md", drop="F460-A-010", flip="GEN-ID-001"))
    assert run.returncode == 1
    assert "F460-A-010: in catalog.json, not in the guide" in run.stdout
    assert "GEN-ID-001: guide" in run.stdout
