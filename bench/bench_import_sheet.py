"""Import a 100,000-row contributions spreadsheet (CSV) through the command line.

Reported as rows per second and as a ratio against floors measured in the same run on
the same file, in wall time and in CPU time (which a busy machine disturbs less):

- the import's floor (the target is judged by it): the same import written with raw
  ``csv`` and ``sqlite3``: the rows read, one contact per person and one record per row
  (its CAL values as JSON, in the width the app stores, and its fingerprint) put into the
  app's own tables with their indexes and foreign keys, by two executemany calls in one
  transaction; no cleaning, checking or matching.
- the bare floor (shown beside it): ``csv`` parsing plus one executemany into a table of
  text columns with no index. It stores nothing the app could use (no contacts, no CAL
  record), and on a file of 9 narrow columns it costs less than the command's start-up
  (Python importing SQLAlchemy), so its ratio says how much work the import does, not
  how well.

Our time includes the command's start-up, reading and cleaning every cell (dates as text,
amounts with $ and commas, one name column), the preview's checks, contacts matched,
the undo entry, row fingerprints, the backup before the import and the summary.

Usage: python bench/bench_import_sheet.py [--rows N] [--repeat N]
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import os
import random
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

LAST = ["Okafor", "Chen", "Ramirez", "Goldberg", "Patel", "Johnson", "Nguyen", "Kim", "Silva"]
FIRST = ["Grace", "Robert", "Ana", "Samuel", "Priya", "Terrell", "David", "Jae", "Rosa"]
HEADERS = ["Contributor Name", "Address", "City", "State", "Zip", "Employer", "Occupation",
           "Date Received", "Amount"]


def _letters(n: int) -> str:
    """A number as letters (aa, ab, ...): people's names hold no digits."""
    out = ""
    for _ in range(4):
        n, r = divmod(n, 26)
        out = chr(97 + r) + out
    return out


def make_file(path: Path, rows: int) -> None:
    """``rows`` contributions from about 20,000 people, written the way spreadsheets are."""
    rnd = random.Random(7)
    start = dt.date(2026, 1, 1)
    with path.open("w", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(["Contributions, January to June"])
        out.writerow(HEADERS)
        for i in range(rows):
            who = i % 20011
            day = start + dt.timedelta(days=i % 180)
            last = f"{LAST[who % 9]}-{_letters(who)}"
            name = f"{last}, {FIRST[who % 9]}" if i % 2 else f"{FIRST[who % 9]} {last}"
            date = day.strftime("%m/%d/%Y") if i % 3 else day.strftime("%b %d %Y")
            amount = f"${rnd.randint(100, 99999) / 100:,.2f}"
            out.writerow([name, f"{who} J Street", "Sacramento", "CA", f"95{who % 1000:03d}",
                          "Sutter Health", "Nurse", date, amount])


def make_books(db: Path) -> int:
    """A committee and its draft Form 460; returns the statement's id."""
    from calaccess_desktop.services import editing
    from calaccess_desktop.services.store import Store

    store = Store.open(db)
    try:
        with store.transaction() as session:
            committee = editing.create_committee(session, "Bench Committee",
                                                 filer_id="1234567", committee_type="G")
            return editing.create_statement(session, committee, "F460",
                                            period_from=dt.date(2026, 1, 1),
                                            period_through=dt.date(2026, 6, 30),
                                            stmt_type="SA")
    finally:
        store.close()


def _cpu_children() -> float:
    use = resource.getrusage(resource.RUSAGE_CHILDREN)
    return use.ru_utime + use.ru_stime


def floor_import(path: Path, db: Path) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of the floor."""
    start, cpu = time.perf_counter(), time.process_time()
    with path.open(newline="") as fh:
        rows = list(csv.reader(fh))
    width = max(len(r) for r in rows)
    con = sqlite3.connect(db)
    con.execute(f"create table t({', '.join(f'c{i} text' for i in range(width))})")
    marks = ", ".join("?" * width)
    con.executemany(f"insert into t values ({marks})", (r + [""] * (width - len(r)) for r in rows))
    con.commit()
    con.close()
    return time.perf_counter() - start, time.process_time() - cpu


def floor_tables(path: Path, db: Path, statement: int) -> tuple[float, float]:
    """(wall seconds, CPU seconds): the same rows written by raw sqlite3 into the app's
    own tables, as the app's connection is set up (foreign keys on, WAL), one transaction:
    one contact per person (one executemany), then one record per row (one executemany)
    with its CAL values as JSON, in the width the app writes, and its fingerprint. No
    cleaning, checking or matching: the cells go in as they are read."""
    start, cpu = time.perf_counter(), time.process_time()
    with path.open(newline="") as fh:
        rows = list(csv.reader(fh))[2:]  # the title row and the headers
    con = sqlite3.connect(db, isolation_level=None)
    for pragma in ("foreign_keys=ON", "journal_mode=WAL", "synchronous=NORMAL"):
        con.execute(f"PRAGMA {pragma}")
    con.execute("BEGIN IMMEDIATE")
    committee = con.execute("SELECT committee_id FROM statements WHERE id = ?",
                            (statement,)).fetchone()[0]
    people: dict[tuple[str, str], list[str]] = {}
    for r in rows:
        people.setdefault((r[0], r[4]), r)
    con.executemany(
        "INSERT INTO contacts (committee_id, entity_cd, last_name, first_name, title, "
        "suffix, adr1, adr2, city, state, zip4, employer, occupation, self_employed, "
        "cmte_id, match_key) VALUES (?, 'IND', ?, '', '', '', ?, '', ?, ?, ?, ?, ?, 0, "
        "'', ?)", [(committee, r[0], r[1], r[2], r[3], r[4], r[5], r[6], f"{k[0]}|{k[1]}")
                   for k, r in people.items()])
    ids = {(last, zip4): cid for cid, last, zip4 in con.execute(
        "SELECT id, last_name, zip4 FROM contacts WHERE committee_id = ?", (committee,))}
    con.executemany(
        'INSERT INTO records (statement_id, seq, rec_type, form_type, tran_id, entity_cd, '
        'contact_id, amount_cents, tran_date, memo, bakref_tid, itemize, "values", version, '
        "sheet_fp) VALUES (?, ?, 'RCPT', 'A', ?, 'IND', ?, NULL, NULL, 0, '', 'auto', ?, 1, ?)",
        ((statement, 6_000_000 + i, f"CD-{i}", ids[(r[0], r[4])], json.dumps(
            ["RCPT", "A", f"CD-{i}", "IND", r[0], "", "", "", r[1], "", r[2], r[3], r[4],
             r[5], r[6], "", "", r[7], "", r[8]]), f"{i:024x}") for i, r in enumerate(rows)))
    con.execute("COMMIT")
    con.close()
    return time.perf_counter() - start, time.process_time() - cpu


def ours(path: Path, db: Path, statement: int) -> tuple[float, float, str]:
    """(wall seconds, CPU seconds, what it printed) of the command (its settings, logs and
    backup index in the run's own folder, never the user's)."""
    home = db.parent / "home"
    env = {**os.environ, **{v: str(home / v.lower()) for v in (
        "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME")}}
    start, cpu = time.perf_counter(), _cpu_children()
    done = subprocess.run([sys.executable, "-m", "calaccess_desktop", "import-sheet", str(path),
                           "--statement", str(statement), "--db", str(db)],
                          capture_output=True, text=True, env=env)
    took, used = time.perf_counter() - start, _cpu_children() - cpu
    if done.returncode != 0:
        raise SystemExit(f"import-sheet failed: {done.stderr[-2000:]}")
    return took, used, done.stdout


def count(db: Path) -> int:
    con = sqlite3.connect(db)
    try:
        return int(con.execute("select count(*) from records where rec_type = 'RCPT'")
                   .fetchone()[0])
    finally:
        con.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3,
                        help="rounds of floor and ours, interleaved; medians are reported")
    args = parser.parse_args()
    times: dict[str, list[float]] = {key: [] for key in (
        "ours", "floor", "ours_cpu", "floor_cpu", "tables", "tables_cpu")}
    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp)
        src = d / "gifts.csv"
        make_file(src, args.rows)
        for n in range(args.repeat):
            run = d / str(n)
            run.mkdir()
            wall, cpu = floor_import(src, run / "floor.sqlite")
            times["floor"].append(wall)
            times["floor_cpu"].append(cpu)
            tables = make_books(run / "tables.sqlite")
            wall, cpu = floor_tables(src, run / "tables.sqlite", tables)
            times["tables"].append(wall)
            times["tables_cpu"].append(cpu)
            statement = make_books(run / "app.sqlite")
            wall, cpu, _out = ours(src, run / "app.sqlite", statement)
            times["ours"].append(wall)
            times["ours_cpu"].append(cpu)
            assert count(run / "app.sqlite") == args.rows
            again, again_cpu, out = ours(src, run / "app.sqlite", statement)  # nothing new
            assert "nothing new" in out and count(run / "app.sqlite") == args.rows
    print(f"rows: {args.rows}; median of {args.repeat} rounds (second import of the same "
          f"file: {again:.2f} s, {again_cpu:.2f} s CPU, nothing added)")
    for label, key in (("time", ""), ("CPU time", "_cpu")):
        mine = statistics.median(times[f"ours{key}"])
        floor = statistics.median(times[f"tables{key}"])
        ratios = sorted(o / f for o, f in zip(times[f"ours{key}"], times[f"tables{key}"],
                                               strict=True))
        print(f"import-sheet {label}: {mine:6.2f} s ({args.rows / mine:,.0f} rows/s)   floor "
              f"{floor:5.2f} s ({args.rows / floor:,.0f} rows/s; csv + raw sqlite3 into the "
              f"app's tables)   ratio {mine / floor:4.1f}x   (per round "
              f"{ratios[0]:.1f}x-{ratios[-1]:.1f}x)")
    for label, key in (("time", ""), ("CPU time", "_cpu")):
        mine = statistics.median(times[f"ours{key}"])
        floor = statistics.median(times[f"floor{key}"])
        print(f"against the bare floor, {label}: {mine:6.2f} s   floor {floor:5.2f} s "
              f"(csv + one unindexed table of text)   ratio {mine / floor:4.1f}x")

if __name__ == "__main__":
    main()
