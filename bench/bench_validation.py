"""Validation speed on a 100,000-transaction Form 460 (Schedule A and E rows).

Prints the time of a full ``validate`` and of ``validate_records`` for one row (the
re-check while a treasurer types), each with its ratio to a floor measured in the same
run: a plain Python loop that touches every value of every record once.

    .venv/bin/python bench/bench_validation.py [ROWS]
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import statistics
import sys
import time
from types import MappingProxyType

from calaccess_desktop.domain.snapshot import CommitteeSnap, SnapRecord, StatementSnapshot
from calaccess_desktop.forms.f460.smry import smry_values
from calaccess_desktop.forms.f460.summary import compute
from calaccess_desktop.services.validation import rule_set
from calaccess_desktop.validation import validate, validate_records
from calaccess_desktop.validation.findings import blocking

RULES = rule_set()  # the app's rule set: built-in rules and every form's own
FIRST = ["Okafor", "Chen", "Ramirez", "Goldberg", "Patel", "Johnson", "Kim", "Silva"]
JOBS = [("Sutter Health", "Nurse"), ("Goldberg & Ito LLP", "Attorney"),
        ("Sacramento City USD", "Teacher"), ("UC Davis Health", "Physician")]


def _cover() -> SnapRecord:
    from calaccess_desktop.cal.model import CalRecord

    rec = CalRecord(["CVR", "F460"])
    for name, value in {
        "Filer_ID": "1449876", "Entity_Cd": "CTL", "Filer_NamL": "Bench for Council 2026",
        "Report_Num": "000", "Stmt_Type": "SA", "From_Date": "20260101",
        "Thru_Date": "20260630", "Filer_Adr1": "1420 K Street", "Filer_City": "Sacramento",
        "Filer_ST": "CA", "Filer_ZIP4": "95814", "File_Email": "t@example.org",
        "Tres_NamL": "Nguyen", "Tres_NamF": "David", "Tres_Adr1": "88 Capitol Mall",
        "Tres_City": "Sacramento", "Tres_ST": "CA", "Tres_ZIP4": "95814",
        "Tres_Phon": "916-555-0199", "Tres_Email": "d@example.org", "Cmtte_Type": "C",
        "Flag1_YN": "N", "Flag2_YN": "N", "Cand_NamL": "Lopez", "Cand_NamF": "Maria",
        "Cand_Adr1": "2215 Capitol Ave", "Cand_City": "Sacramento", "Cand_ST": "CA",
        "Cand_ZIP4": "95816", "Office_Cd": "CCM", "Juris_Cd": "CIT",
        "Juris_Dscr": "City of Sacramento", "Off_S_H_Cd": "S",
    }.items():
        rec.set(name, value)
    return SnapRecord(tuple(rec.values), 0, 0, "F460")


def build(n: int) -> StatementSnapshot:
    """A Form 460 with ``n`` transactions: 80% contributions (A), 20% payments (E)."""
    records = []
    start = dt.date(2026, 1, 1)
    for i in range(n):
        day = (start + dt.timedelta(days=i % 180)).strftime("%Y%m%d")
        if i % 5:
            emp, occ = JOBS[i % len(JOBS)]
            amount = f"{100 + i % 400}.00"
            values = ["RCPT", "A", f"A{i}", "IND", f"{FIRST[i % 8]}{i % 20_000}", "Pat", "",
                      "", f"{i % 20_000} J Street", "", "Sacramento", "CA", "95811", emp, occ,
                      "", "", day, "", amount, amount] + [""] * 45
        else:
            values = ["EXPN", "E", f"E{i}", "OTH", f"Vendor {i % 2_000}", "", "", "",
                      f"{i % 2_000} I Street", "", "Sacramento", "CA", "95814", "",
                      f"{150 + i % 900}.00", "", "", "", "LIT", "Mailers"] + [""] * 34
        # Entered in the app, every row is linked to a contact (20,000 donors, vendors).
        contact = 1 + i % 20_000 if i % 5 else 50_000 + i % 2_000
        records.append(SnapRecord(tuple(values), i + 1, i + 1, "F460", True, contact))
    totals: dict[int | None, int] = {}
    for rec in records:
        if rec.rec_type == "RCPT":
            totals[rec.contact_id] = totals.get(rec.contact_id, 0) + int(rec.values[19][:-3])
    records = [  # cumulative to date: the donor's total, as services.snapshots computes it
        dataclasses.replace(rec, values=rec.values[:20] + (f"{totals[rec.contact_id]}.00",)
                            + rec.values[21:]) if rec.rec_type == "RCPT" else rec
        for rec in records
    ]
    records.append(SnapRecord(("CVR3", "F460", "V1", "TRE", "20260715", "Sacramento",
                               "Nguyen", "David", "", ""), n + 1, n + 1, "F460"))
    records.append(SnapRecord(("CVR3", "F460", "V2", "CAO", "20260715", "Sacramento",
                               "Lopez", "Maria", "", ""), n + 2, n + 2, "F460"))
    snap = StatementSnapshot(
        committee=CommitteeSnap(1, "1449876", "Bench for Council 2026", "C", "CTL",
                                MappingProxyType({})),
        statement_id=1, form_type="F460", period_from=dt.date(2026, 1, 1),
        period_through=dt.date(2026, 6, 30), election_date=None, stmt_type="SA",
        report_num=0, original_filing_id="", status="draft", filing_id="", filed_at=None,
        amendment_reason="", cover=_cover(), records=tuple(records),
    )
    smry = [SnapRecord(tuple(v), n + 10 + i, n + 10 + i, "F460")
            for i, v in enumerate(smry_values(compute(snap)))]
    return StatementSnapshot(**{**{f: getattr(snap, f) for f in snap.__dataclass_fields__},
                                "records": snap.records + tuple(smry)})


def floor(snap: StatementSnapshot) -> float:
    """Seconds to touch every value of every record once (a plain loop)."""
    t = time.perf_counter()
    n = 0
    for rec in snap.records:
        for value in rec.values:
            if value:
                n += 1
    return time.perf_counter() - t


def best(fn, repeat: int, clock=time.perf_counter) -> float:  # type: ignore[no-untyped-def]
    """Best of a few runs (median when many): wall clock, or CPU time with process_time."""
    times = []
    for _ in range(repeat):
        t = clock()
        fn()
        times.append(clock() - t)
    return min(times) if repeat < 5 else statistics.median(times)


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    snap = build(n)
    today = dt.date(2026, 7, 20)
    base = min(floor(snap) for _ in range(3))
    findings = validate(snap, rules=RULES, today=today)  # warm the layout plans
    full = best(lambda: validate(snap, rules=RULES, today=today), 3)
    full_cpu = best(lambda: validate(snap, rules=RULES, today=today), 3, time.process_time)
    row = snap.records[n // 2].record_id
    one = best(lambda: validate_records(snap, [row], rules=RULES, today=today), 21)
    print(f"records: {len(snap.records):,}; findings: {len(findings)} "
          f"(blocking: {blocking(findings)})")
    print(f"floor (touch every value once): {base * 1000:8.1f} ms")
    print(f"full validate:                  {full * 1000:8.1f} ms  ratio {full / base:6.2f}x "
          f"(target < 1500 ms; CPU time {full_cpu * 1000:.0f} ms)")
    print(f"validate_records, one row:      {one * 1000:8.3f} ms  ratio {one / base:6.4f}x "
          f"(target < 50 ms)")


if __name__ == "__main__":
    main()
