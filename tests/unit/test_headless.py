"""The core is headless: nothing outside calaccess_desktop/ui imports PySide6."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "calaccess_desktop"

PROBE = """
import importlib, pkgutil, sys
sys.modules["PySide6"] = None  # any import of Qt now fails
import calaccess_desktop
names = [m.name for m in pkgutil.walk_packages(calaccess_desktop.__path__, "calaccess_desktop.")
         if not m.name.startswith(("calaccess_desktop.ui", "calaccess_desktop.db.migrations",
                                   "calaccess_desktop.__main__"))]
for name in names:
    importlib.import_module(name)
from calaccess_desktop.cli import build_parser
build_parser()
print(len(names))
"""


def test_every_core_module_imports_without_qt() -> None:
    result = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True,
                            check=False)
    assert result.returncode == 0, result.stderr
    assert int(result.stdout.strip()) > 20


def test_no_source_outside_ui_mentions_pyside() -> None:
    offenders = [
        str(p.relative_to(PACKAGE)) for p in PACKAGE.rglob("*.py")
        if "ui" not in p.relative_to(PACKAGE).parts[:1]
        and ("import PySide6" in p.read_text() or "from PySide6" in p.read_text())
    ]
    assert offenders == []
