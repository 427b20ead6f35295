"""The built wheel, installed into a fresh virtual environment (one per test module)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
# What a source distribution holds: the wheel is built from a copy of these, so the
# build leaves nothing (build/, *.egg-info) in the working tree.
SOURCE = ("pyproject.toml", "README.md", "LICENSE", "calaccess_desktop")


@dataclass(frozen=True)
class Installed:
    """A fresh virtual environment with the wheel installed in it."""

    wheel: Path
    venv: Path
    home: Path  # HOME and XDG folders of the commands run in it

    @property
    def bin(self) -> Path:
        return self.venv / ("Scripts" if os.name == "nt" else "bin")

    def env(self) -> dict[str, str]:
        """The environment of a user who installed the wheel: no PYTHONPATH, no repo."""
        env = {k: v for k, v in os.environ.items()
               if not k.startswith(("PYTHON", "VIRTUAL_ENV", "CALACCESS_"))}
        env.update(HOME=str(self.home), QT_QPA_PLATFORM="offscreen",
                   PATH=f"{self.bin}{os.pathsep}{env.get('PATH', '')}")
        for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
            env[var] = str(self.home / var.lower())
        return env

    def run(self, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
        """Run a program of the venv (``calaccess-desktop``, ``python``) from its home."""
        return subprocess.run([str(self.bin / args[0]), *args[1:]], cwd=self.home,
                              env=self.env(), capture_output=True, text=True,
                              timeout=timeout, check=False)


def _copy_source(dest: Path) -> Path:
    dest.mkdir(parents=True)
    for name in SOURCE:
        src = REPO / name
        if src.is_dir():
            shutil.copytree(src, dest / name,
                            ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            shutil.copy2(src, dest / name)
    return dest


def build_wheel(out: Path, work: Path) -> Path:
    """``pip wheel --no-deps`` of a copy of the working tree; the wheel's path."""
    source = _copy_source(work)
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q",
                    "-w", str(out), str(source)], check=True, timeout=300)
    (wheel,) = out.glob("calaccess_desktop-*.whl")
    return wheel


def wheel_names(wheel: Path) -> list[str]:
    with zipfile.ZipFile(wheel) as z:
        return z.namelist()


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Installed]:
    """Build the wheel, make a fresh venv (no system site-packages) and install it
    with its dependencies (pip's cache is warm here; CI has PyPI)."""
    root = tmp_path_factory.mktemp("ship")
    wheel = build_wheel(root / "dist", root / "src")
    venv = root / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=120)
    home = root / "home"
    home.mkdir()
    it = Installed(wheel, venv, home)
    subprocess.run([str(it.bin / "python"), "-m", "pip", "install", "-q",
                    "--disable-pip-version-check", "--no-compile", str(wheel)],
                   check=True, timeout=600, env=it.env())
    yield it
