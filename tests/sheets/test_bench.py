"""The spreadsheet benchmark still runs (on a small file) and reports its ratios."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "bench" / "bench_import_sheet.py"


def test_the_benchmark_runs_and_reports_rows_per_second_and_a_ratio() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, str(BENCH), "--rows", "300", "--repeat", "1"],
                          capture_output=True, text=True, timeout=300, env=env)
    assert done.returncode == 0, done.stderr[-2000:]
    assert re.search(r"rows/s\)[^\n]*ratio +[0-9.]+x", done.stdout), done.stdout
    assert "nothing added" in done.stdout
