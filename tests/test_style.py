"""The code stays ruff- and mypy-clean (the project's settings in pyproject.toml)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", *args], cwd=REPO, capture_output=True,
                          text=True, check=False, timeout=600)


def test_ruff_is_clean() -> None:
    done = run("ruff", "check", "calaccess_desktop", "tests", "bench", "tools")
    assert done.returncode == 0, done.stdout[-3000:]


def test_mypy_is_clean() -> None:
    done = run("mypy", "--no-incremental")
    assert done.returncode == 0, done.stdout[-3000:]
