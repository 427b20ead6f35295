"""The hostile sweep forks its command lines from a server that imported the app once:
each child is still its own process (exit status, folder, environment, standard input,
an uncaught exception's traceback, a time limit), and the sweep's results are the same
as with a fresh ``python -m calaccess_desktop`` for each case."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest

from tests.trust.data_file_support import cli_env, make_demo, run_cli
from tests.trust.hostile.forkserver import ForkServer
from tests.trust.hostile.runner import Case, run_all

PROBE = "tests.trust.hostile.probe"


@pytest.fixture
def server(tmp_path: Path):
    started = ForkServer(cli_env(tmp_path / "server-home"))
    yield started
    started.close()


def test_a_child_has_its_own_folder_environment_and_input(server: ForkServer,
                                                          tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    done = server.run(["show", "é ²"], env=cli_env(home), cwd=home, work=tmp_path,
                      timeout=30, stdin="typed\n", module=PROBE)
    assert done.code == 0, done.err
    assert done.out.splitlines() == [str(home), str(home), "é ²", "typed"]
    assert done.err == "said on stderr\n"
    assert server.run(["exit", "7"], env=cli_env(home), cwd=home, work=tmp_path,
                      timeout=30, module=PROBE).code == 7


def test_an_uncaught_exception_shows_its_traceback(server: ForkServer, tmp_path: Path) -> None:
    done = server.run(["raise"], env=cli_env(tmp_path), cwd=tmp_path, work=tmp_path,
                      timeout=30, module=PROBE)
    assert done.code == 1
    assert "Traceback" in done.err and "the probe fails" in done.err


def test_a_child_past_its_time_limit_is_stopped(server: ForkServer, tmp_path: Path) -> None:
    started = time.monotonic()
    done = server.run(["sleep"], env=cli_env(tmp_path), cwd=tmp_path, work=tmp_path,
                      timeout=1, module=PROBE)
    assert done.code is None and time.monotonic() - started < 20


def _plain(text: str, base: Path) -> str:
    """Output with the cases' own folders (different on every run) taken out."""
    text = text.replace(str(base.resolve()), "<base>").replace(str(base), "<base>")
    return re.sub(r"<base>/[^/\s']+", "<case>", text)


def test_forked_and_fresh_runs_agree(tmp_path: Path) -> None:
    make_demo(tmp_path, tmp_path / "demo.sqlite")
    ran = run_cli(tmp_path, "export", "2", "-o", str(tmp_path / "two.cal"), "--db",
                  str(tmp_path / "demo.sqlite"))
    assert ran.code == 0, ran.err
    cal = (tmp_path / "two.cal").read_bytes()
    cases = [Case("list", ("list", "--json")), Case("summary", ("summary", "2")),
             Case("validate", ("validate", "{cal}"), cal=cal),
             Case("damaged", ("validate", "2"), data="truncated"),
             Case("number", ("changes", "\u00b2")),
             Case("usage", ("practice-server", "--port", "abc")),
             Case("stdin at its end", ("outbox", "--retry"))]
    results = {}
    for fresh in (False, True):
        base = tmp_path / f"fresh-{fresh}"
        base.mkdir()
        results[fresh] = [(r.code, _plain(r.out, base), _plain(r.err, base), r.problems)
                          for r in run_all(base, tmp_path / "demo.sqlite", cases,
                                           subprocesses=fresh)]
    assert results[False] == results[True]
    assert all(not problems for *_said, problems in results[False]), results[False]
    codes = {case.label: r[0] for case, r in zip(cases, results[False], strict=True)}
    assert codes["list"] == codes["validate"] == 0 and codes["damaged"] == 1
    assert codes["usage"] == 2
