"""Crash harness: SIGKILL the app's process at random moments, then reopen the data file.

    python -m tests.crash.harness --kills 200 [--seed N] [--only SCENARIO ...]

Scenarios (each a real process of the app on a copy of one prepared data file):
- ``import-cal``: ``import FILE.cal`` of a 1,500-transaction Form 460;
- ``import-sheet``: ``import-sheet FILE.csv`` of 600 contributions into a draft;
- ``edit``: ``tests.crash.driver``, saving entries (and changing the last one) through
  ``entries.save_entry`` as the window's entry form does, saying each after its commit;
- ``amend``: ``amend`` of a filed statement;
- ``backup``: ``backup -o FILE``;
- ``restore``: ``restore BACKUP`` over the data file;
- ``submit``: ``submit`` to the practice server on 127.0.0.1, then ``outbox --retry``.

After each kill: ``PRAGMA integrity_check`` is ok; the operation is all there or not at
all (import, sheet import, amendment, restore); every edit the driver reported saved is
there with its amount; a backup file, if there, is whole and checked; the outbox finishes
the filing and the server has exactly one accepted filing of it. Prints each kill (the
scenario, the moment in seconds after start, what the process had done) and the totals.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
PASSWORD = "Tr3asurer-s3cret-pw!"  # the demo filer's (tests/efile/helpers.py)
SCENARIOS = ("import-cal", "import-sheet", "edit", "amend", "backup", "restore", "submit")


@dataclass
class Outcome:
    """One kill: where it landed and whether the reopened file kept its promises."""

    scenario: str
    at: float  # seconds after the process started
    killed: bool  # False: the process had finished before the kill
    state: str  # what was found: "nothing written", "all of it", ...
    problems: list[str]


def app(*args: str) -> list[str]:
    return [sys.executable, "-m", "calaccess_desktop", *args]


def one_value(db: Path, sql: str, *params: object) -> int:
    con = sqlite3.connect(db, timeout=30)
    try:
        return int(con.execute(sql, params).fetchone()[0] or 0)
    finally:
        con.close()


def integrity(db: Path) -> str:
    con = sqlite3.connect(db, timeout=30)
    try:
        return str(con.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        con.close()


def copy_db(src: Path, dst: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        if Path(f"{src}{suffix}").exists():
            shutil.copyfile(f"{src}{suffix}", f"{dst}{suffix}")


class Harness:
    """The prepared files and one method per scenario."""

    def __init__(self, work: Path, rnd: random.Random) -> None:
        self.work, self.rnd = work, rnd
        self.config = work / "config"
        self.config.mkdir()
        (self.config / "settings.json").write_text(json.dumps({
            "version": 1, "retry_base_seconds": 0.05, "retry_max_seconds": 0.2,
            "poll_first_seconds": 0.05, "read_timeout": 60}))
        self.env = {**os.environ, "CALACCESS_CONFIG_DIR": str(self.config),
                    "PYTHONPATH": str(REPO)}
        for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
            self.env[var] = str(work / "home" / var.lower())
        self.trial = 0
        self._prepare()

    # ------------------------------------------------------------------ preparation
    def _prepare(self) -> None:
        sys.path.insert(0, str(REPO / "bench"))
        from bench_import_export import make_file as make_cal
        from bench_import_sheet import make_file as make_sheet

        from calaccess_desktop.db.orm import Statement
        from calaccess_desktop.services.backup import backup_store
        from calaccess_desktop.services.demo import create_demo
        from calaccess_desktop.services.store import Store

        self.base = self.work / "base.sqlite"
        store = Store.open(self.base)
        with store.transaction() as session:
            create_demo(session)
            filed = session.get(Statement, 1)
            assert filed is not None
            filed.status, filed.locked, filed.filing_id = "filed", True, "2501234"
        self.older = self.work / "older.sqlite"  # a backup of the file as it was
        backup_store(store, self.older)
        from calaccess_desktop.services import entries
        from tests.crash.driver import FIELDS

        with store.transaction() as session:  # one more entry, so a restore shows
            entries.save_entry(session, 2, "RCPT", "A",
                               {**FIELDS, "Amount": "12.00", "Rcpt_Date": "20260115"})
        store.close()
        self._run_ok(app("delete", "--help"))  # start-up warmed (bytecode cached)
        self.cal = self.work / "big.cal"
        make_cal(self.cal, 1500)
        self.sheet = self.work / "gifts.csv"
        make_sheet(self.sheet, 600)
        self.startup = self._timed(app("--version"))
        self.writing: dict[str, float] = {"edit": 2.0}
        self.full: dict[str, int] = {}
        for name, trial in (("import-cal", self._import_cal), ("import-sheet", self._sheet),
                            ("amend", self._amend), ("backup", self._backup),
                            ("restore", self._restore), ("submit", None)):
            db = self._copy()
            if trial is None:
                self.writing[name] = self._submit(db, 600.0, True, measure=True).at
                continue
            killed, _, took, wrote = self._kill_at(trial(db), 600.0, after_write=True)
            if killed or wrote is None:
                raise SystemExit(f"preparing the harness: {name} did not finish or wrote "
                                 "nothing")
            self.writing[name] = max(0.1, took - wrote)
            self.full[name] = self._measure_full(name, db)

    def _measure_full(self, name: str, db: Path) -> int:
        """What the finished operation leaves, to tell "all of it" from "nothing"."""
        if name == "import-cal":
            return one_value(db, "select count(*) from records")
        if name == "import-sheet":
            return one_value(db, "select count(*) from records where statement_id = 2")
        if name == "amend":
            return one_value(db, "select count(*) from statements")
        if name == "restore":
            return one_value(db, "select count(*) from records")
        return 0

    def _copy(self) -> Path:
        self.trial += 1
        folder = self.work / f"t{self.trial}"
        folder.mkdir()
        db = folder / "data.sqlite"
        copy_db(self.base, db)
        return db

    def _timed(self, cmd: list[str]) -> float:
        start = time.perf_counter()
        self._run_ok(cmd)
        return time.perf_counter() - start

    def _run_ok(self, cmd: list[str], stdin: str = "") -> str:
        done = subprocess.run(cmd, input=stdin, capture_output=True, text=True,
                              env=self.env, timeout=300, cwd=REPO)
        if done.returncode != 0:
            raise SystemExit(f"preparing the harness: {' '.join(cmd[2:])} failed: "
                             f"{done.stderr[-1500:]}")
        return done.stdout

    # ------------------------------------------------------------------ commands
    def _import_cal(self, db: Path) -> list[str]:
        return app("import", str(self.cal), "--db", str(db))

    def _sheet(self, db: Path) -> list[str]:
        return app("import-sheet", str(self.sheet), "--statement", "2", "--skip-bad",
                   "--db", str(db))

    def _amend(self, db: Path) -> list[str]:
        return app("amend", "1", "--reason", "Corrected an amount", "--db", str(db))

    def _backup(self, db: Path) -> list[str]:
        return app("backup", "-o", str(db.parent / "copy.sqlite"), "--db", str(db))

    def _restore(self, db: Path) -> list[str]:
        older = db.parent / "older.sqlite"
        shutil.copyfile(self.older, older)
        return app("restore", str(older), "--db", str(db))

    # ------------------------------------------------------------------ one kill
    def kill_at(self, cmd: list[str], at: float, stdin: str = "", *,
                after_write: bool = False) -> tuple[bool, str, float]:
        """``_kill_at`` without the moment of the first write."""
        killed, out, moment, _ = self._kill_at(cmd, at, stdin, after_write=after_write)
        return killed, out, moment

    def _kill_at(self, cmd: list[str], at: float, stdin: str = "", *,
                 after_write: bool = False) -> tuple[bool, str, float, float | None]:
        """Start ``cmd``, SIGKILL it ``at`` seconds later (``after_write``: ``at`` seconds
        after it first changed a file of its folder); (killed, its stdout, seconds from
        start to the kill or to its end)."""
        folder = Path(cmd[-1]).parent if "--db" in cmd else None
        first = _fingerprint(folder) if folder else None
        start = time.monotonic()
        proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                stderr=subprocess.DEVNULL, text=True, env=self.env, cwd=REPO)
        assert proc.stdin is not None and proc.stdout is not None
        if stdin:
            proc.stdin.write(stdin)
        proc.stdin.close()
        end = None if after_write else start + at
        wrote = None
        while proc.poll() is None:
            now = time.monotonic()
            if wrote is None and folder is not None and _fingerprint(folder) != first:
                wrote = now - start
                if end is None:
                    end = now + at
            if end is not None and now >= end:
                break
            time.sleep(0.002)
        killed = proc.poll() is None
        if killed:
            proc.send_signal(signal.SIGKILL)
        moment = time.monotonic() - start
        out = proc.stdout.read()
        proc.wait(timeout=60)
        proc.stdout.close()
        return killed, out, moment, wrote

    def moment(self, name: str) -> tuple[float, bool]:
        """A random moment: a quarter during start-up, the rest while it writes."""
        if self.rnd.random() < 0.25:
            return self.rnd.uniform(0.0, self.startup), False
        return self.rnd.uniform(0.0, max(0.2, self.writing[name] * 1.2)), True

    def run(self, name: str) -> Outcome:
        db = self._copy()
        at, after_write = self.moment(name)
        if name == "edit":
            return self._edit(db, at, after_write)
        if name == "submit":
            return self._submit(db, at, after_write)
        cmd = {"import-cal": self._import_cal, "import-sheet": self._sheet,
               "amend": self._amend, "backup": self._backup, "restore": self._restore}[name](db)
        before = self._measure_full(name, db)
        killed, _out, moment = self.kill_at(cmd, at, after_write=after_write)
        problems = self._integrity(db)
        after = self._measure_full(name, db)
        state = "checked"
        if name in self.full and not problems:
            if after == before:
                state = "nothing written"
            elif after == self.full[name]:
                state = "all of it"
            else:
                problems.append(f"half an operation: {after} where {before} (none) or "
                                f"{self.full[name]} (all) were expected")
            if not killed and after != self.full[name]:
                problems.append("the command finished but its work is not all there")
        if name == "backup":
            state, more = self._check_backup(db, killed)
            problems += more
        return Outcome(name, moment, killed, state, problems)

    def _integrity(self, db: Path) -> list[str]:
        try:
            check = integrity(db)
        except sqlite3.Error as exc:
            return [f"the data file does not open: {exc}"]
        return [] if check == "ok" else [f"integrity_check: {check}"]

    def _check_backup(self, db: Path, killed: bool) -> tuple[str, list[str]]:
        copy = db.parent / "copy.sqlite"
        if not copy.exists():
            return "no backup file", ([] if killed else ["finished but no backup file"])
        try:
            check = integrity(copy)
            same = (one_value(copy, "select count(*) from records")
                    == one_value(db, "select count(*) from records"))
        except sqlite3.Error as exc:
            return "backup file", [f"the backup file does not open: {exc}"]
        if check != "ok" or not same:
            return "backup file", [f"a damaged backup file was left: {check}, same={same}"]
        return "whole backup file", []

    def _edit(self, db: Path, at: float, after_write: bool) -> Outcome:
        killed, out, moment = self.kill_at(
            [sys.executable, "-m", "tests.crash.driver", "2", "--db", str(db)], at,
            after_write=after_write)
        problems = self._integrity(db)
        saved: dict[int, str] = {}
        for line in out.splitlines():
            parts = line.split()
            if len(parts) == 3 and parts[0] == "saved":
                saved[int(parts[1])] = parts[2]
        if not problems:
            con = sqlite3.connect(db)
            try:
                for record_id, amount in saved.items():
                    row = con.execute("select amount_cents from records where id = ?",
                                      (record_id,)).fetchone()
                    cents = round(float(amount) * 100)
                    # the last one may have been changed again after it was reported
                    if row is None:
                        problems.append(f"entry {record_id} was reported saved and is gone")
                    elif row[0] != cents and record_id != max(saved):
                        problems.append(f"entry {record_id}: {row[0]} cents, saved {cents}")
            finally:
                con.close()
        return Outcome("edit", moment, killed, f"{len(saved)} saves reported", problems)

    def _submit(self, db: Path, at: float, after_write: bool, *,
                measure: bool = False) -> Outcome:
        """One submission killed ``at`` s in (``measure``: not killed; ``at`` of the result
        is then how long it wrote)."""
        from calaccess_desktop.efile.practice_server import PracticeServer

        server = PracticeServer(db.parent / "server").start()
        try:
            killed, _, moment, wrote = self._kill_at(
                app("submit", "2", "--server", server.url, "--password-stdin", "--db",
                    str(db)), at, stdin=PASSWORD + "\n", after_write=after_write)
            if measure:
                return Outcome("submit", max(0.1, moment - (wrote or 0.0)), killed, "", [])
            problems = self._integrity(db)
            rows = one_value(db, "select count(*) from submissions") if not problems else 0
            state = "no submission yet"
            if rows:
                done = subprocess.run(app("outbox", "--retry", "--password-stdin", "--db",
                                          str(db)), input=PASSWORD + "\n",
                                      capture_output=True, text=True, env=self.env,
                                      timeout=180, cwd=REPO)
                if done.returncode != 0:
                    problems.append(f"outbox --retry failed: {done.stderr[-300:]}")
                accepted = _accepted(server.store.path)
                mine = one_value(db, "select count(*) from submissions where state = "
                                 "'accepted'")
                state = f"resumed: {accepted} accepted on the server"
                if accepted != 1 or mine != 1:
                    problems.append(f"{accepted} accepted filings on the server, {mine} "
                                    "accepted submissions in the outbox (1 and 1 expected)")
            elif _accepted(server.store.path):
                problems.append("the server has a filing the outbox does not know")
            return Outcome("submit", moment, killed, state, problems)
        finally:
            server.stop()


def _fingerprint(folder: Path) -> frozenset[tuple[str, int, int]]:
    """What the folder holds: each file's name, size and modification time."""
    out = set()
    for entry in os.scandir(folder):
        try:
            st = entry.stat()
        except OSError:
            continue
        out.add((entry.name, st.st_size, st.st_mtime_ns))
    return frozenset(out)


def _accepted(server_db: Path) -> int:
    con = sqlite3.connect(server_db, timeout=30)
    try:
        return int(con.execute("select count(*) from jobs where status = 'accepted'")
                   .fetchone()[0])
    finally:
        con.close()


def run_harness(kills: int, seed: int, only: list[str] | None = None,
                say: Callable[[str], None] = print) -> list[Outcome]:
    """Runs spread evenly over the scenarios until ``kills`` of them were killed, each
    scenario at least once (a run whose process finished before its moment counts as a
    run, not a kill); at most ``3 * kills`` runs."""
    names = list(only or SCENARIOS)
    rnd = random.Random(seed)
    outcomes: list[Outcome] = []
    with tempfile.TemporaryDirectory(prefix="calaccess-crash-") as tmp:
        harness = Harness(Path(tmp), rnd)
        say(f"prepared: start-up {harness.startup:.2f} s; writing takes "
            + ", ".join(f"{k} {v:.2f} s" for k, v in sorted(harness.writing.items())))
        n = 0
        def more() -> bool:
            killed = [o.scenario for o in outcomes if o.killed]
            return len(killed) < kills or not set(names) <= set(killed)

        while more() and n < kills * 3:
            outcome = harness.run(names[n % len(names)])
            outcomes.append(outcome)
            n += 1
            say(f"{n:4} {outcome.scenario:<12} at {outcome.at:5.2f} s  "
                f"{'killed' if outcome.killed else 'had finished'}  {outcome.state}"
                + (f"  PROBLEMS: {'; '.join(outcome.problems)}" if outcome.problems else ""))
            shutil.rmtree(Path(tmp) / f"t{harness.trial}", ignore_errors=True)
    return outcomes


def summary(outcomes: list[Outcome]) -> str:
    """The totals: kills per scenario and outcome, and the problems found."""
    lines = [f"{len(outcomes)} runs, {sum(o.killed for o in outcomes)} killed by SIGKILL, "
             f"{sum(bool(o.problems) for o in outcomes)} with problems"]
    for name in SCENARIOS:
        mine = [o for o in outcomes if o.scenario == name]
        if mine:
            states = Counter(o.state if name != "edit" else "edit" for o in mine)
            saves = sum(int(o.state.split()[0]) for o in mine) if name == "edit" else 0
            extra = f", {saves} reported saves checked" if name == "edit" else ""
            lines.append(f"  {name:<12} {len(mine):4} runs ({sum(o.killed for o in mine)} "
                         f"killed): " + ", ".join(f"{s} {c}" for s, c in states.items()) + extra)
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--seed", type=int, default=int(time.time()))
    parser.add_argument("--only", nargs="+", choices=SCENARIOS)
    args = parser.parse_args()
    print(f"seed {args.seed}")
    outcomes = run_harness(args.kills, args.seed, args.only)
    print(summary(outcomes))
    return 1 if any(o.problems for o in outcomes) else 0


if __name__ == "__main__":
    sys.exit(main())
