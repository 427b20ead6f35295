"""``bench/run 300``: every benchmark still runs on a small committee and reports each
figure with its floor (the timings themselves are not judged here: bench/results.md at
100,000 transactions is)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"


@pytest.fixture(scope="module")
def small_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict, str, str]:
    out = tmp_path_factory.mktemp("bench")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, str(BENCH / "run"), "300", "--out",
                           str(out / "results.md"), "--json", str(out / "results.json")],
                          capture_output=True, text=True, timeout=900, env=env)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    return (json.loads((out / "results.json").read_text()), (out / "results.md").read_text(),
            done.stdout)


def _declared() -> list[tuple[str, list[str]]]:
    """(script, figure names) as bench/run declares them, read from its own source."""
    import importlib.machinery
    import importlib.util

    loader = importlib.machinery.SourceFileLoader("bench_run", str(BENCH / "run"))
    spec = importlib.util.spec_from_loader("bench_run", loader)
    assert spec is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_run"] = module  # dataclasses look their module up
    loader.exec_module(module)
    return [(b.script, [f.name for f in b.figures]) for b in module.BENCHES]


def test_every_bench_script_is_run_by_bench_run() -> None:
    scripts = {p.name for p in BENCH.glob("bench_*.py")}
    assert scripts == {script for script, _ in _declared()}


def test_every_benchmark_produced_every_figure(small_run: tuple[dict, str, str]) -> None:
    data, _md, _stdout = small_run
    assert data["rows"] == 300
    assert data["errors"] == {} and data["missing"] == []
    declared = [name for _, names in _declared() for name in names]
    assert len(declared) >= 20
    assert sorted(data["figures"]) == sorted(declared)
    for name, got in data["figures"].items():
        assert got["ours"] > 0, name
        assert got["floor"] >= 0, name
        assert isinstance(got["met"], bool), name


def test_the_results_table_names_the_machine_and_each_figure(
        small_run: tuple[dict, str, str]) -> None:
    data, md, stdout = small_run
    for label in ("CPU:", "cores:", "Python:", "SQLite:", "OS:"):
        assert f"- {label}" in md
    rows = [line for line in md.splitlines() if line.startswith("| ") and "Benchmark" not in line]
    assert len(rows) == len(data["figures"])
    for line in rows:
        assert re.search(r"\| (pass|FAIL|shown) \|$", line), line
        assert "MISSING" not in line
    assert "0 missing" in stdout
