"""The PyInstaller spec collects every kind of package data the wheel carries (the
multi-minute bundle build itself runs in installers/linux/build.sh, not here)."""

from __future__ import annotations

import fnmatch
import importlib.util
import os
import subprocess
import sys
import tomllib
from pathlib import Path
from types import ModuleType

from tests.ship.conftest import REPO
from tests.ship.test_wheel import package_data_files

PYINSTALLER = REPO / "installers" / "pyinstaller"


def bundle_lists() -> ModuleType:
    spec = importlib.util.spec_from_file_location("package_data", PYINSTALLER / "package_data.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def wheel_patterns() -> list[str]:
    doc = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    return list(doc["tool"]["setuptools"]["package-data"]["*"])


def carried(path: str, patterns: tuple[str, ...] | list[str]) -> bool:
    """Whether a package file (``calaccess_desktop/...``) matches one of the patterns the
    way setuptools and PyInstaller's ``collect_data_files`` read them."""
    inside = path.removeprefix("calaccess_desktop/")
    name = inside.rsplit("/", 1)[-1]
    return any(fnmatch.fnmatch(name, p) if "/" not in p else inside.endswith(p)
               for p in patterns)


def test_the_bundle_collects_the_same_kinds_of_data_as_the_wheel() -> None:
    assert sorted(bundle_lists().PATTERNS) == sorted(wheel_patterns())


def test_every_data_file_of_the_package_is_carried_by_both() -> None:
    lists = bundle_lists()
    files = package_data_files()
    assert any(f.endswith(".json") for f in files) and any(f.endswith(".ttf") for f in files)
    assert [f for f in files if not carried(f, wheel_patterns())] == []
    assert [f for f in files if not carried(f, lists.PATTERNS)] == []


def test_the_spec_uses_the_lists_and_collects_the_migrations_as_files() -> None:
    lists = bundle_lists()
    spec = (PYINSTALLER / "calaccess-desktop.spec").read_text(encoding="utf-8")
    assert "from package_data import PACKAGE, PATTERNS, SOURCE_FOLDERS" in spec
    assert "collect_submodules(PACKAGE)" in spec  # commands/ and forms/ load by name
    migrations = REPO / "calaccess_desktop" / "db" / "migrations"
    assert all((REPO / "calaccess_desktop" / f).is_dir() for f in lists.SOURCE_FOLDERS)
    assert "db/migrations" in lists.SOURCE_FOLDERS and (migrations / "env.py").is_file()


def test_the_build_script_builds_with_the_spec_and_ends_with_the_smoke_test() -> None:
    script = (REPO / "installers" / "linux" / "build.sh").read_text(encoding="utf-8")
    assert "installers/pyinstaller/calaccess-desktop.spec" in script
    assert script.rstrip().splitlines()[-2].startswith('sh "$REPO/installers/linux/smoke.sh"')
    smoke = (REPO / "installers" / "linux" / "smoke.sh").read_text(encoding="utf-8")
    for step in ("demo --db", "--screenshot", "export 1", "print 1"):
        assert step in smoke, step
    assert Path(REPO / "installers" / "linux" / "build.sh").stat().st_mode & 0o111


def test_the_frozen_entry_point_runs_without_standard_streams(tmp_path: Path) -> None:
    """Windows' windowed program has no stdout/stderr: the entry point gives it some, so
    a command (here ``list`` on a demo file) runs to its end and no crash report is made."""
    db = tmp_path / "demo.sqlite"
    code = ("import runpy, sys; sys.stdout = None; sys.stderr = None; "
            f"sys.argv = ['calaccess-desktop', 'demo', '--db', {str(db)!r}]; "
            f"runpy.run_path({str(PYINSTALLER / 'entry.py')!r}, run_name='__main__')")
    logs = tmp_path / "logs"
    env = {**os.environ, "CALACCESS_LOG_DIR": str(logs)}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env=env, cwd=REPO, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout == "" and db.is_file()  # it ran, printing into nothing
    assert not logs.exists() or not list(logs.iterdir())
