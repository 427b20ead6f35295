"""Saving one entry in a 100,000-transaction Form 460, as the entry form does: the typed
row checked (``check_entry``), then saved (``entries.save_entry``: Tran_ID, contact,
undo, and the statement's totals moved by what the entry adds) in one transaction.

Two floors, each measured in the same run on the same file.

The issue's floor (what its "0.6-1.0 s, 12x its floor" was measured against, and what its
"within 2x of its raw sqlite3 floor" is judged by): raw ``sqlite3`` inserting the row and
summing the statement's totals with one ``SUM ... GROUP BY`` over its records, committed.

The strict floor (shown beside it, not judged): raw ``sqlite3`` doing the reads and
writes a correct save must do, in one committed ``BEGIN IMMEDIATE`` transaction, and
nothing else:
- the statement's row read (its status and version: is it still a draft?), whether the
  file has users (who may save), the contact looked up, a Tran_ID taken (one UPDATE), the
  row's place found (max seq);
- the record inserted; the person's redo branch dropped and the undo entry (the row's
  image) inserted;
- the contact's rows in the statement, the committee and its earlier statements of the
  year and the contact's earlier total read (what the itemization counts from), the
  statement's summary lines read and the ones that change rewritten, the committee's
  later drafts looked for (they carry this statement's totals on);
- one audit event and its change row, one change-journal line.
Its connection stays open across rounds, as the app's does. It checks no value and
computes no summary (ours does both: the typed row's check and
the itemization and summary of the contact's rows, before and after).

Ours runs as in the window: its database thread never collects garbage (``gc_guard``
holds the collector's pause while a window is open and the GUI thread collects between
actions, by the collector's thresholds); the bench does the same between two timed
actions. The floor allocates next to nothing, so no collection touches it.

Also shown: changing the amount of an existing entry and undoing it (against the strict
floor), and the late-report check the window runs after a save.

Usage: python bench/bench_edit.py [--rows N]
"""

from __future__ import annotations

import argparse
import gc
import json
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_import_export import make_file  # noqa: E402

from calaccess_desktop import gc_pause  # noqa: E402
from calaccess_desktop.services import entries  # noqa: E402
from calaccess_desktop.services.entry_check import check_entry, entry_context  # noqa: E402
from calaccess_desktop.services.importer import import_file  # noqa: E402
from calaccess_desktop.services.late_reports import late_reports_owed  # noqa: E402
from calaccess_desktop.services.store import Store  # noqa: E402

FIELDS = {"Entity_Cd": "IND", "Ctrib_NamL": "Okafor", "Ctrib_NamF": "Grace",
          "Ctrib_ZIP4": "95811", "Rcpt_Date": "20260301", "Amount": "25.00"}
REPEAT = 15


def connect(db: Path) -> sqlite3.Connection:
    """The floor's connection, kept open across its rounds as the app keeps its own."""
    con = sqlite3.connect(db, isolation_level=None)
    for pragma in ("foreign_keys=ON", "journal_mode=WAL", "synchronous=NORMAL"):  # the app's
        con.execute(f"PRAGMA {pragma}")
    return con


def floor(con: sqlite3.Connection, statement_id: int, lines: int) -> float:
    """One save's reads and writes in raw sqlite3, committed."""
    values = json.dumps(["RCPT", "A", "T1", "IND", "Okafor", "Grace", "", "", "", "", "",
                         "", "95811", "", "", "", "", "", "", "", "20260301", "", "25.00"])
    now = "2026-03-01 00:00:00"
    start = time.perf_counter()
    con.execute("begin immediate")
    committee, status, _version = con.execute(
        "select committee_id, status, version from statements where id = ?",
        (statement_id,)).fetchone()
    assert status in ("draft", "ready")
    con.execute("select id from users limit 1").fetchall()
    contact = con.execute("select id from contacts where committee_id = ? and match_key = ?",
                          (committee, "OKAFOR|GRACE|95811")).fetchone()
    contact_id = contact[0] if contact else None
    assert contact_id is not None  # the saves before made Grace Okafor a contact
    con.execute("update committees set next_tran_seq = next_tran_seq + 1 where id = ? "
                "returning next_tran_seq", (committee,)).fetchall()
    seq = con.execute("select max(seq) from records where statement_id = ? and seq >= ? "
                      "and seq < ?", (statement_id, 6_000_000, 7_000_000)).fetchone()[0]
    cur = con.execute(
        "insert into records(statement_id, seq, rec_type, form_type, tran_id, entity_cd, "
        "contact_id, amount_cents, tran_date, memo, bakref_tid, itemize, \"values\") values "
        "(?, ?, 'RCPT', 'A', 'T1', 'IND', ?, 2500, '2026-03-01', 0, '', 'auto', ?)",
        (statement_id, (seq or 6_000_000) + 1, contact_id, values))
    image = json.dumps({"id": cur.lastrowid, "values": values, "amount_cents": 2500})
    con.execute("delete from undo_entries where undone = 1 and actor = ? and session_id = ?",
                ("bench", "floor"))
    con.execute("insert into undo_entries(statement_id, label, payload, undone, created_at, "
                "actor, session_id) values (?, 'Add receipt Okafor', ?, 0, ?, ?, ?)",
                (statement_id, json.dumps({"ops": [{"table": "records", "before": None,
                                                    "after": image}]}), now, "bench", "floor"))
    con.execute("select id, seq, \"values\", itemize, contact_id, amount_cents, memo "
                "from records where contact_id = ? and statement_id + 0 = ?",
                (contact_id, statement_id)).fetchall()
    con.execute("select profile from committees where id = ?", (committee,)).fetchall()
    earlier = [r[0] for r in con.execute(
        "select id from statements where committee_id = ? and id != ?",
        (committee, statement_id))]
    marks = ", ".join("?" * len(earlier)) or "null"
    con.execute(f"select sum(amount_cents) from records where contact_id = ? and "
                f"statement_id + 0 in ({marks})", (contact_id, *earlier)).fetchall()
    rows = con.execute("select id, \"values\" from statement_totals where statement_id = ?",
                       (statement_id,)).fetchall()
    con.executemany("update statement_totals set amount_a = amount_a, \"values\" = ? "
                    "where id = ?", [(v, i) for i, v in rows[:lines]])
    con.execute("select id from statements where committee_id = ? and id != ? and "
                "period_from > ? and status in ('draft', 'ready') and locked = 0",
                (committee, statement_id, "2026-06-30")).fetchall()
    event = con.execute("insert into audit_events(at, actor, role, kind, action, committee_id, "
                        "statement_id) values (?, 'bench', '', 'edit', 'Add receipt Okafor', "
                        "?, ?)", (now, committee, statement_id)).lastrowid
    con.execute("insert into audit_changes(event_id, table_name, row_id, statement_id, "
                "tran_id, \"before\", \"after\") values (?, 'records', ?, ?, 'T1', null, ?)",
                (event, cur.lastrowid, statement_id, image))
    con.execute("insert into change_journal(session_id, actor, statement_id, committee_id, at) "
                "values ('floor', 'bench', ?, null, ?)", (statement_id, now))
    con.execute("commit")
    elapsed = time.perf_counter() - start
    con.execute("begin immediate")  # leave the file as it was for the next round
    con.execute("delete from change_journal where session_id = 'floor'")
    con.execute("delete from audit_events where id = ?", (event,))
    con.execute("delete from undo_entries where session_id = 'floor'")
    con.execute("delete from records where id = ?", (cur.lastrowid,))
    con.execute("update committees set next_tran_seq = next_tran_seq - 1 where id = ?",
                (committee,))
    con.execute("commit")
    return elapsed


def issue_floor(con: sqlite3.Connection, statement_id: int) -> float:
    """One save as the issue measured its floor: the row inserted and the statement's
    totals summed afresh by one ``SUM ... GROUP BY``, committed."""
    start = time.perf_counter()
    con.execute("begin immediate")
    seq = con.execute("select max(seq) from records where statement_id = ?",
                      (statement_id,)).fetchone()[0]
    cur = con.execute(
        "insert into records(statement_id, seq, rec_type, form_type, entity_cd, memo, "
        "bakref_tid, itemize, \"values\") values (?, ?, 'RCPT', 'A', 'IND', 0, '', 'auto', "
        "'[]')", (statement_id, seq + 1))
    con.execute("select rec_type, form_type, sum(amount_cents) from records "
                "where statement_id = ? group by rec_type, form_type",
                (statement_id,)).fetchall()
    con.execute("commit")
    elapsed = time.perf_counter() - start
    con.execute("delete from records where id = ?", (cur.lastrowid,))  # autocommitted
    return elapsed


def timed(action: Callable[[], object]) -> float:
    """The action's time; the collection the window's GUI thread would make between two
    actions (``ui/gc_guard.py``) is made after it, untimed."""
    start = time.perf_counter()
    action()
    elapsed = time.perf_counter() - start
    counts, limits = gc.get_count(), gc.get_threshold()
    for generation in (2, 1, 0):
        if limits[generation] and counts[generation] > limits[generation]:
            gc.collect(generation)
            break
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "big.cal"
        make_file(src, args.rows)
        db = Path(tmp) / "app.sqlite"
        store = Store.open(db)
        sid = import_file(store, src).statement_id
        with store.read() as s:
            context = entry_context(s, sid)
        saved: list[int] = []
        checks: list[float] = []

        def save(amount: str, record_id: int | None = None) -> None:
            fields = {**FIELDS, "Amount": amount}
            checks.append(timed(lambda: check_entry(context, "RCPT", "A", fields, record_id)))
            with store.transaction() as s:
                saved.append(entries.save_entry(s, sid, "RCPT", "A", fields,
                                                record_id=record_id))

        gc_pause.hold()  # as an open window holds it (ui/gc_guard.py)
        timed(lambda: save("10.00"))  # the first save of an imported file computes it afresh
        timed(lambda: save("10.00"))  # and the first incremental one prepares its statements
        checks.clear()
        add = [timed(lambda: save("25.00")) for _ in range(REPEAT)]
        check_s = list(checks)
        edit = [timed(lambda n=n: save(f"{30 + n}.00", saved[-1]))  # type: ignore[misc]
                for n in range(REPEAT)]

        def undo() -> None:
            with store.transaction() as s:
                entries.undo_action(s)

        undone = [timed(undo) for _ in range(REPEAT)]

        def late() -> None:
            with store.read() as s:
                late_reports_owed(s, sid)

        late_s = [timed(late) for _ in range(REPEAT)]
        gc_pause.release()
        store.close()
        lines = 8  # the lines one $25 receipt moves: A 2 and 3, summary 1, 3, 5, 13, 16 (A, B)
        con = connect(db)
        floors, issue_floors = [], []
        for _ in range(REPEAT):  # interleaved, so that both see the same machine
            floors.append(floor(con, sid, lines))
            issue_floors.append(issue_floor(con, sid))
        con.close()
    floor_m, issue_m = statistics.median(floors), statistics.median(issue_floors)
    print(f"rows: {args.rows}")
    print(f"issue's floor (raw sqlite3: insert, SUM ... GROUP BY): {issue_m * 1000:7.2f} ms")
    m = statistics.median(add)
    print(f"save one new entry against the issue's floor: {m * 1000:7.1f} ms   "
          f"ratio {m / issue_m:.2f}x")
    print(f"floor (one save's reads and writes, raw sqlite3): {floor_m * 1000:7.2f} ms")
    for name, times in (("save one new entry (check + save)", add),
                        ("  of which the typed row's check", check_s),
                        ("change one entry's amount", edit),
                        ("undo one change", undone),
                        ("late reports check after it", late_s)):
        m = statistics.median(times)
        print(f"{name:34}: {m * 1000:7.1f} ms   ratio {m / floor_m:.1f}x")


if __name__ == "__main__":
    main()
