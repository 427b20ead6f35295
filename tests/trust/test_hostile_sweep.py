"""The hostile sweep: every command of the real CLI against damaged data files, hostile
arguments and hostile .CAL files. Each run ends with exit status 0, 1 or 2, no traceback,
no crash report (that would be an unexpected failure), a refusal in plain words, and a
refused command leaves the data file (and whether a -wal/-shm is beside it) and the
output folder as they were; another program's SQLite file never changes at all.

The full product of commands and inputs is a few hundred runs; by default a fixed-seed
sample covers every command, data file, argument and .CAL file at least once
(``HOSTILE_FULL=1`` runs everything).
"""

from __future__ import annotations

import argparse
import os
import random
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from calaccess_desktop.cli import build_parser
from tests.trust.data_file_support import make_demo, run_cli
from tests.trust.hostile.cal_files import CAL_FILES
from tests.trust.hostile.data_files import DATA_FILES
from tests.trust.hostile.runner import Case, Result, failures, run_all

FULL = os.environ.get("HOSTILE_FULL") == "1"
SEED = 10
SCREENSHOT = ""  # the command line without a command: the window (here --screenshot)

# Every command, with the command lines that use a data file (statement 2 is the demo's
# pre-election Form 460, 3 its Form 497, CD1-32 a late contribution on statement 2).
DB_COMMANDS: dict[str, list[tuple[str, ...]]] = {
    "list": [("list",), ("list", "--json")],
    "summary": [("summary", "2"), ("summary", "2", "--json")],
    "validate": [("validate", "2"), ("validate", "2", "--json")],
    "export": [("export", "2", "-o", "{out}/x.cal")],
    "print": [("print", "2", "-o", "{out}/x.pdf")],
    "backup": [("backup", "-o", "{out}/x.bak")],
    "import": [("import", "{cal}")],
    "import-cal": [("import-cal", "{cal}", "{cal}"), ("import-cal", "{out}")],
    "export-sheet": [("export-sheet", "2", "-o", "{out}/x.xlsx"),
                     ("export-sheet", "2", "-o", "{out}/x.csv", "--schedule", "A")],
    "import-sheet": [("import-sheet", "{cal}", "--statement", "2", "--preview"),
                     ("import-sheet", "{cal}", "--statement", "2", "--skip-bad", "--json")],
    "amend": [("amend", "2", "--reason", "typo")],
    "changes": [("changes", "2")],
    "delete": [("delete", "3", "--yes")],
    "late-reports": [("late-reports", "2"), ("late-reports", "2", "--add", "CD1-32")],
    "submit": [("submit", "2", "--queue-only")],
    "outbox": [("outbox",), ("outbox", "--json"), ("outbox", "--retry"),
               ("outbox", "--log", "1"), ("outbox", "--withdraw", "1"),
               ("outbox", "--reopen", "2")],
    "demo": [("demo",)],
    "calendar": [("calendar", "1"), ("calendar", "1", "--year", "2026", "--json")],
    "officers": [("officers", "--committee", "1"), ("officers", "--committee", "1", "--json")],
    "set-officer": [("set-officer", "1", "PRAC"),
                    ("set-officer", "1", "--other", "Town Clerk", "--email", "c@t.example")],
    "practice-server": [("practice-server", "--port", "-1")],
    "packet": [("packet", "2", "-o", "{out}/p.pdf", "--officer", "SOS")],
    "mark-filed": [("mark-filed", "2", "--on", "2026-09-24", "--how", "personal")],
    "receipt": [("receipt", "2", "-o", "{out}/r.pdf")],
    "amend-410": [("amend-410", "1"), ("amend-410", "1", "--json")],
    "terminate": [("terminate", "1", "--on", "2026-12-31")],
    "backups": [("backups",), ("backups", "--json"), ("backups", "--now")],
    "restore": [("restore", "{cal}", "--preview"), ("restore", "{cal}")],
    "bundle": [("bundle", "1", "-o", "{out}/b.zip")],
    "import-bundle": [("import-bundle", "{cal}", "--preview"), ("import-bundle", "{cal}")],
    "users": [("users", "list"), ("users", "list", "--json"),
              ("users", "remove", "nobody"), ("users", "set-role", "nobody", "treasurer"),
              ("users", "counter-pin", "--clear")],
    "audit": [("audit", "2"), ("audit", "2", "--json"), ("audit", "2", "--entry", "CD1-32"),
              ("audit", "2", "-o", "{out}/a.pdf")],
    SCREENSHOT: [("--screenshot", "{out}/window.png")],
}


def parser_commands() -> set[str]:
    """The commands the CLI's parser knows."""
    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return set(sub.choices)


def test_the_sweep_covers_every_command() -> None:
    assert parser_commands() | {SCREENSHOT} == set(DB_COMMANDS)


# ----------------------------------------------------------------------------- fixtures

@pytest.fixture(scope="module")
def demo_files(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bytes]:
    """The demo data file (closed) and a clean export of its statement 2."""
    base = tmp_path_factory.mktemp("hostile-demo")
    db = base / "demo.sqlite"
    make_demo(base, db)
    ran = run_cli(base, "export", "2", "-o", str(base / "two.cal"), "--db", str(db))
    assert ran.code == 0, ran.err
    return db, (base / "two.cal").read_bytes()


@pytest.fixture
def sweep_dir(tmp_path: Path) -> Iterator[Path]:
    yield tmp_path
    for path in tmp_path.rglob("*"):  # nothing may be left immutable for the clean-up
        if path.is_dir() and not os.access(path, os.W_OK):
            path.chmod(0o700)


def _sample(pairs: list[tuple[str, str]], at_least: dict[int, int]) -> list[tuple[str, str]]:
    """A fixed-seed sample of ``pairs`` in which each first item appears at least
    ``at_least[0]`` times and each second item ``at_least[1]`` times."""
    if FULL:
        return pairs
    rng = random.Random(SEED)
    shuffled = pairs[:]
    rng.shuffle(shuffled)
    firsts: Counter[str] = Counter()
    seconds: Counter[str] = Counter()
    chosen = []
    for a, b in shuffled:
        if firsts[a] < at_least[0] or seconds[b] < at_least[1]:
            chosen.append((a, b))
            firsts[a] += 1
            seconds[b] += 1
    return chosen


# ----------------------------------------------------------------------------- data files

def data_file_cases(cal: bytes) -> list[Case]:
    rng = random.Random(SEED)
    pairs = [(kind, command) for kind in DATA_FILES for command in DB_COMMANDS]
    cases = []
    for kind, command in _sample(pairs, {0: 3, 1: 4}):
        lines = DB_COMMANDS[command]
        for argv in (lines if FULL else [rng.choice(lines)]):
            cases.append(Case(f"data file: {kind}", argv, data=kind, cal=cal))
    return cases


def test_every_command_on_every_damaged_data_file(
        sweep_dir: Path, demo_files: tuple[Path, bytes]) -> None:
    db, cal = demo_files
    cases = data_file_cases(cal)
    assert {c.data for c in cases} == set(DATA_FILES)
    results = run_all(sweep_dir, db, cases)
    assert not failures(results), "\n" + failures(results)
    # the damaged ones are refused by every command that opens them
    damaged = {"text file", "zero bytes", "folder", "truncated", "damaged page in the middle",
               "another program's SQLite", "another program's SQLite (WAL)", "missing table"}
    # Listing the backups of a damaged file is how its owner finds one to restore: it
    # works (exit 0); taking one (--now) is refused like every other use of the file.
    def listing(r: Result) -> bool:
        return r.case.argv[0] == "backups" and "--now" not in r.case.argv

    opened = [r for r in results if r.case.data in damaged
              and r.case.argv[0] != "practice-server"]
    assert opened and all(r.code == (0 if listing(r) else 1) for r in opened), [
        (r.case.data, r.case.argv, r.code) for r in opened
        if r.code != (0 if listing(r) else 1)]


# ----------------------------------------------------------------------------- arguments

BAD_IDS = ["0", "-1", str(2**63), str(10**30), "\u00b2", "abc", "", "9" * 5000,
           "x" * 100_000]
ID_COMMANDS: list[tuple[str, ...]] = [
    ("summary", "{id}"), ("summary", "{id}", "--json"), ("changes", "{id}"),
    ("late-reports", "{id}"), ("late-reports", "{id}", "--add", "CD1-32"),
    ("amend", "{id}", "--reason", "typo"), ("export", "{id}", "-o", "{out}/x.cal"),
    ("print", "{id}", "-o", "{out}/x.pdf"), ("submit", "{id}", "--queue-only"),
    ("delete", "{id}", "--yes"), ("validate", "{id}"), ("validate", "{id}", "--json"),
    ("outbox", "--log", "{id}"), ("outbox", "--withdraw", "{id}"),
    ("outbox", "--reopen", "{id}"), ("outbox", "--retry", "{id}"),
    ("--screenshot", "{out}/w.png", "--statement", "{id}"), ("calendar", "{id}"),
    ("import-sheet", "{cal}", "--statement", "{id}", "--preview"),
    ("export-sheet", "{id}", "-o", "{out}/x.xlsx"), ("audit", "{id}"),
]


def _special_targets(work: Path) -> None:
    """Output places that are not plain new files, in the case's folder."""
    os.mkfifo(work / "fifo")
    (work / "a folder").mkdir()
    (work / "target.txt").write_text("keep me\n", encoding="utf-8")
    (work / "link").symlink_to(work / "target.txt")
    (work / "dangling").symlink_to(work / "gone" / "x")
    (work / "folder-link").symlink_to(work / "a folder")


OUTPUTS = ["/dev/full", "/dev/null", "{work}/fifo", "{work}/a folder", "{work}/dangling",
           "{work}/folder-link", "{work}/missing/deeper/x", "", "n" * 300]
KEPT = ("/dev/full", "/dev/null", "{work}/fifo", "{work}/a folder", "{work}/link",
        "{work}/dangling", "{work}/folder-link")
OUTPUT_COMMANDS: list[tuple[str, ...]] = [
    ("export", "2", "-o", "{o}"), ("print", "2", "-o", "{o}"), ("backup", "-o", "{o}"),
    ("--screenshot", "{o}"), ("export-sheet", "2", "-o", "{o}")]

OPTION_CASES: list[tuple[str, ...]] = [
    ("late-reports", "2", "--add", ""), ("late-reports", "2", "--add", "\u00b2"),
    ("late-reports", "2", "--add", "x" * 100_000), ("late-reports", "2", "--add", "CD1-0"),
    ("late-reports", "2", "--add", "../../etc/passwd"), ("late-reports", "3", "--add", "CD1-32"),
    ("amend", "2", "--reason", ""), ("amend", "2", "--reason", "r" * 100_000),
    ("submit", "2", "--queue-only", "--server", ""),
    ("submit", "2", "--queue-only", "--server", "abc"),
    ("submit", "2", "--queue-only", "--server", "ftp://example.invalid/"),
    ("submit", "2", "--queue-only", "--server", "http://[::1"),
    ("submit", "2", "--queue-only", "--server", "http://127.0.0.1:99999/"),
    ("outbox", "--retry", "1", "abc"), ("outbox", "--retry", "1", "2", "3", "0"),
    ("outbox", "--log"), ("export", "2"), ("export", "2", "-o"), ("print",),
    ("summary", "2", "--db"), ("gui",), ("validate",), ("\u00b2",), ("--statement", "\u00b2"),
    ("calendar", "1", "--year", "0"), ("calendar", "1", "--year", "abc"),
    ("calendar", "1", "--year", "99999"), ("calendar", "1", "--year", "\u00b2"),
    ("calendar", "Nobody's committee"), ("calendar",),
    ("practice-server", "--port", "70000"), ("practice-server", "--port", "abc"),
    ("practice-server", "--port", "\u00b2"), ("practice-server", "--timeout", "nan"),
    ("practice-server", "--timeout", "inf"), ("practice-server", "--timeout", "-1"),
    ("practice-server", "--seed", "abc"), ("practice-server", "--faults", "slow=nan"),
    ("practice-server", "--faults", "slow=inf"), ("practice-server", "--faults", "zzz"),
    ("practice-server", "--faults", "503*99999999999999999999"),
    ("practice-server", "--faults", "hang=-1"), ("practice-server", "--data", "/dev/null"),
    ("practice-server", "--data", "{work}/target.txt"),
    ("practice-server", "--tls-cert", "{work}/missing.pem", "--tls-key", "{work}/k.pem"),
    ("practice-server", "--tls-cert", "/dev/null", "--tls-key", "/dev/null"),
    ("practice-server", "--host", "256.1.1.1"),
    ("practice-server", "--host", "no-such-host.invalid"),
    ("audit", "2", "--entry", ""), ("audit", "2", "--entry", "x" * 100_000),
    ("audit", "2", "--entry", "\u00b2"), ("users", "remove", "x" * 100_000),
    ("users", "set-role", "nobody", "king"), ("users", "counter-pin", "--pin-stdin"),
    ("--user", "nobody", "list"),
    ("--user", "", "list"), ("--user", "x" * 100_000, "summary", "2"),
]


def argument_cases() -> list[Case]:
    cases = []
    pairs = [(" ".join(cmd), value) for cmd in ID_COMMANDS for value in BAD_IDS]
    by_name = {" ".join(cmd): cmd for cmd in ID_COMMANDS}
    for name, value in _sample(pairs, {0: 1, 1: 2}):
        argv = tuple(a.replace("{id}", value) for a in by_name[name])
        cases.append(Case(f"number {value[:12]!r}", argv))
    pairs = [(" ".join(cmd), out) for cmd in OUTPUT_COMMANDS for out in OUTPUTS]
    by_name = {" ".join(cmd): cmd for cmd in OUTPUT_COMMANDS}
    chosen = _sample(pairs, {0: 3, 1: 1})
    chosen += [p for p in pairs if p[1] == "{work}/fifo" and p not in chosen]  # would block
    for name, out in chosen:
        argv = tuple(a.replace("{o}", out) for a in by_name[name])
        cases.append(Case(f"output {out[:30]!r}", argv, prepare=_special_targets, keep=KEPT))
    for command in ("export", "print"):  # through a link to its target
        cases.append(Case("output through a link", (command, "-o", "{work}/link", "2"),
                          prepare=_special_targets, keep=("{work}/link",)))
    # A backup never replaces a document (the link's target), through a link or not.
    cases.append(Case("backup over a document through a link", ("backup", "-o", "{work}/link"),
                      prepare=_special_targets, keep=("{work}/link",)))
    rng = random.Random(SEED)
    for argv in OPTION_CASES:
        if not (FULL or rng.random() < 0.5):
            continue
        cases.append(Case("option", argv, prepare=_special_targets, timeout=30))
    return cases


def test_every_command_with_hostile_arguments(
        sweep_dir: Path, demo_files: tuple[Path, bytes]) -> None:
    db, _cal = demo_files
    cases = argument_cases()
    results = run_all(sweep_dir, db, cases)
    assert not failures(results), "\n" + failures(results)
    for r in results:  # writing through a link keeps the link and writes its target
        if r.case.label == "output through a link":
            assert r.code == 0, r.describe()
        if r.case.label == "backup over a document through a link":
            assert r.code == 1 and "left as it is" in r.err, r.describe()


# ----------------------------------------------------------------------------- .CAL files

def _cal_paths(work: Path) -> None:
    os.mkfifo(work / "fifo.cal")
    (work / "folder.cal").mkdir()
    (work / "dangling.cal").symlink_to(work / "gone.cal")


CAL_PATHS = ["/dev/null", "/dev/zero", "/dev/full", "{work}/fifo.cal", "{work}/folder.cal",
             "{work}/missing.cal", "{work}/dangling.cal", "-", "{work}/" + "c" * 300]


def cal_cases(base: bytes) -> list[Case]:
    rng = random.Random(SEED)
    cases = []
    for name, variant in CAL_FILES.items():
        data = variant(base)
        cases.append(Case(f"cal: {name}", ("validate", "{cal}"), cal=data, never_writes=True))
        if FULL or rng.random() < 0.25:
            cases.append(Case(f"cal: {name}", ("import", "{cal}"), cal=data))
        if FULL or rng.random() < 0.1:
            cases.append(Case(f"cal: {name}", ("validate", "{cal}", "--json"), cal=data,
                              never_writes=True))
    for path in CAL_PATHS:
        for command in ("validate", "import"):
            if command == "import" and not (FULL or rng.random() < 0.5):
                continue
            cases.append(Case(f"cal path {path[:20]!r}", (command, path), prepare=_cal_paths,
                              never_writes=command == "validate", timeout=30,
                              keep=("{work}/fifo.cal", "{work}/folder.cal")))
    return cases


def test_validate_and_import_of_hostile_cal_files(
        sweep_dir: Path, demo_files: tuple[Path, bytes]) -> None:
    db, base = demo_files
    results = run_all(sweep_dir, db, cal_cases(base))
    assert not failures(results), "\n" + failures(results)
    by = {(r.case.label, r.case.argv[0]): r for r in results}
    assert by[("cal: clean", "validate")].code == 0, by[("cal: clean", "validate")].describe()
    for bad in ("binary", "empty", "Report_Num 1_0", "amount NaN", "negative contribution"):
        assert by[(f"cal: {bad}", "validate")].code == 1, by[(f"cal: {bad}", "validate")]
