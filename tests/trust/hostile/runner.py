"""Run the real CLI (``python -m calaccess_desktop``) on one hostile case and list what
went wrong: a traceback, an exit status outside 0-2, a crash report for input that is
merely bad, a refusal that said nothing or spoke code, a data file (or output folder)
that a refused command changed, another program's file changed at all, or a hang.

Each case is its own process, forked from a server that has imported the app once
(``forkserver.py``); ``HOSTILE_SUBPROCESS=1`` starts a fresh Python for each instead."""

from __future__ import annotations

import os
import queue
import re
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from tests.trust import data_file_support
from tests.trust.data_file_support import cli_env
from tests.trust.hostile.data_files import DATA_FILES, holding, snapshot
from tests.trust.hostile.forkserver import ForkServer

CODE_WORDS = re.compile(
    r"\b[A-Z][A-Za-z]*(?:Error|Exception)\b|Errno|\bsqlite3\.|sqlalchemy|"
    r"<[\w.]+ object at|File \"|line \d+, in ")
WORKERS = 3
SUBPROCESS = os.environ.get("HOSTILE_SUBPROCESS") == "1"


@dataclass(frozen=True)
class Case:
    """One command line. ``argv`` may name ``{db}`` (the data file of kind ``data``),
    ``{out}`` (an empty folder for outputs), ``{cal}`` (the case's .CAL file, made from
    ``cal`` bytes) and ``{work}`` (the case's folder); ``prepare`` adds files there."""

    label: str
    argv: tuple[str, ...]
    data: str = "demo"
    cal: bytes | None = None
    prepare: Callable[[Path], None] | None = None
    stdin: str | None = None
    timeout: float = 40
    may_change_on_refusal: bool = False  # e.g. a submission queued, then sending failed
    never_writes: bool = False  # the data file may not change even when it succeeds
    keep: tuple[str, ...] = ()  # paths ({work}/...) that must stay as they are, whatever


@dataclass
class Result:
    case: Case
    code: int | None
    out: str
    err: str
    problems: list[str] = field(default_factory=list)

    def describe(self) -> str:
        argv = " ".join(self.case.argv)
        short = (argv[:160] + "...") if len(argv) > 160 else argv
        said = self.err.strip()
        said = (said[:600] + "...") if len(said) > 600 else said
        return (f"[{self.case.label}] data={self.case.data!r} argv={short!r} -> "
                f"exit {self.code}: {'; '.join(self.problems)}\n    stderr: {said!r}")


def _expand(argv: Iterable[str], names: dict[str, str]) -> list[str]:
    out = []
    for arg in argv:
        for key, value in names.items():
            arg = arg.replace("{" + key + "}", value)
        out.append(arg)
    return out


def run_case(base: Path, demo: Path, case: Case, server: ForkServer | None = None) -> Result:
    """Build the case's files in a new folder under ``base``, run it, check it."""
    work = Path(tempfile.mkdtemp(dir=base))
    home = work / "home"
    home.mkdir()
    outdir = work / "out"
    outdir.mkdir()
    built = DATA_FILES[case.data](work, demo)
    names = {"db": built.db, "out": str(outdir), "work": str(work)}
    if case.cal is not None:
        cal = work / "input.cal"
        cal.write_bytes(case.cal)
        names["cal"] = str(cal)
    if case.prepare is not None:
        case.prepare(work)
    argv = _expand(case.argv, names)
    if "--db" not in case.argv and case.data != "none":
        argv += ["--db", built.db]
    env = cli_env(home, PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    kept = [Path(p) for p in _expand(case.keep, names)]
    with holding(built):
        before = [snapshot(p) for p in built.watch]
        kept_before = [snapshot(p) for p in kept]
        result = _run(case, argv, env, home, work, server)
        after = [snapshot(p) for p in built.watch]
        for path, was in zip(kept, kept_before, strict=True):
            if snapshot(path) != was:
                result.problems.append(f"{path.name} was replaced or changed")
    _check(result, home, outdir, built.other_program or case.never_writes, before != after)
    return result


def _run(case: Case, argv: list[str], env: dict[str, str], home: Path, work: Path,
         server: ForkServer | None) -> Result:
    """The command line in its own process: forked from ``server``, or a new Python
    when there is none (or the case must run as another user)."""
    if server is not None and not data_file_support._RUN_AS:
        done = server.run(argv, env=env, cwd=home, work=Path(tempfile.mkdtemp(dir=work.parent)),
                          timeout=case.timeout, stdin=case.stdin)
        result = Result(case, done.code, done.out, done.err)
        if done.code is None:
            result.problems.append(f"did not finish within {case.timeout:.0f} s")
        return result
    try:
        ran = subprocess.run(
            [*data_file_support._RUN_AS, sys.executable, "-m", "calaccess_desktop", *argv],
            capture_output=True, text=True, encoding="utf-8", errors="replace", env=env,
            cwd=home, timeout=case.timeout, input=case.stdin,
            stdin=subprocess.DEVNULL if case.stdin is None else None)
        return Result(case, ran.returncode, ran.stdout, ran.stderr)
    except subprocess.TimeoutExpired as exc:
        def text(raw: object) -> str:
            return raw.decode("utf-8", "replace") if isinstance(raw, bytes) else ""
        return Result(case, None, text(exc.stdout), text(exc.stderr),
                      [f"did not finish within {case.timeout:.0f} s"])


def _check(result: Result, home: Path, outdir: Path, untouchable: bool,
           changed: bool) -> None:
    problems = result.problems
    both = result.out + result.err
    if result.code is not None and result.code not in (0, 1, 2):
        problems.append(f"exit status {result.code}")
    if "Traceback" in both:
        problems.append("a traceback was shown")
    for report in sorted((home / "logs").glob("crash-*.txt")):
        tail = report.read_text(encoding="utf-8", errors="replace").strip().splitlines()
        problems.append("crash report: " + " | ".join(tail[-3:]))
    if "did not expect" in result.err and not any("crash" in p for p in problems):
        problems.append("an unexpected failure was reported")
    refused = result.code != 0
    if refused and result.code is not None and not both.strip():
        problems.append("refused without a word")
    if refused and CODE_WORDS.search(result.err):
        problems.append(f"speaks code: {CODE_WORDS.search(result.err)!r}")
    if untouchable and changed:
        problems.append("the data file changed (it must never change here)")
    elif refused and changed and not result.case.may_change_on_refusal:
        problems.append("the refused command changed the data file")
    if refused and result.code is not None and any(outdir.iterdir()):
        problems.append(f"the refused command left {sorted(p.name for p in outdir.iterdir())}")


def run_all(base: Path, demo: Path, cases: list[Case], *,
            subprocesses: bool = SUBPROCESS) -> list[Result]:
    """Every case, a few at a time, in the order given."""
    servers: queue.Queue[ForkServer | None] = queue.Queue()
    started = [] if subprocesses else [ForkServer(cli_env(base / f".server-{i}"))
                                       for i in range(WORKERS)]
    for server in started or [None] * WORKERS:
        servers.put(server)

    def one(case: Case) -> Result:
        server = servers.get()
        try:
            return run_case(base, demo, case, server)
        finally:
            servers.put(server)
    try:
        with ThreadPoolExecutor(max_workers=WORKERS) as pool:
            return list(pool.map(one, cases))
    finally:
        for server in started:
            server.close()


def failures(results: list[Result]) -> str:
    """The results with problems, one paragraph each ("" when none)."""
    return "\n".join(r.describe() for r in results if r.problems)
