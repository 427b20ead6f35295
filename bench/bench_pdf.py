"""Benchmark: print a 100,000-transaction Form 460 and compare with a floor.

The statement is built in memory (95% Schedule A contributions, 5% Schedule E
payments). Floor: reportlab drawing the same row strings with ``drawString`` on a
bare canvas, same font, same rows per page, same number of pages. Reports pages per
second of both, the ratio, and the time to the first page (layout of all pages plus
drawing page 1, which already says "Page 1 of N").

Usage: ``.venv/bin/python bench/bench_pdf.py [--rows 100000]``
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import random
import statistics
import sys
import time
from collections.abc import Callable
from types import MappingProxyType

from calaccess_desktop.cal.layouts import fields_for
from calaccess_desktop.domain.snapshot import CommitteeSnap, SnapRecord, StatementSnapshot
from calaccess_desktop.forms.f460.summary import compute

FIRST = ["Grace", "Robert", "Ana", "Samuel", "Priya", "Terrell", "Jae", "Rosa", "Ben", "Lucia",
         "Mohammed", "Hannah", "Diego", "Mei", "Olusegun", "Sofia", "Viktor", "Aiyana"]
LAST = ["Okafor", "Chen", "Ramirez", "Goldberg", "Patel", "Johnson", "Kim", "Silva", "Walker",
        "Nguyen", "Haddad", "O'Brien", "Fernandez-Castillo", "Yamamoto", "Adeyemi", "Rossi"]
STREETS = ["J Street", "Freeport Blvd", "Alhambra Blvd", "Howe Avenue", "Capitol Avenue",
           "Franklin Blvd", "Broadway", "Folsom Blvd", "Del Paso Road", "Riverside Blvd"]
CITIES = [("Sacramento", "95814"), ("Elk Grove", "95624"), ("Davis", "95616"),
          ("Roseville", "95678"), ("West Sacramento", "95691"), ("Folsom", "95630")]
JOBS = [("Nurse", "Sutter Health"), ("Architect", "Self"), ("Teacher", "Sacramento City USD"),
        ("Attorney", "Goldberg & Ito LLP"), ("Physician", "UC Davis Health"),
        ("Retired", "Retired"), ("Engineer", "California Department of Water Resources"),
        ("Software Developer", "Golden State Analytics and Consulting Incorporated")]


def _record(rec_type: str, form_type: str, values: dict[str, str]) -> tuple[str, ...]:
    fields = fields_for(rec_type, form_type, cvr_form="F460")
    out = [""] * len(fields)
    index = {f.name: i for i, f in enumerate(fields)}
    out[0], out[1] = rec_type, form_type
    for name, value in values.items():
        out[index[name]] = value
    while out and not out[-1]:
        out.pop()
    return tuple(out)


def build_snapshot(n: int, seed: int = 460) -> StatementSnapshot:
    """A Form 460 with ``n`` itemized transactions, built in memory."""
    rnd = random.Random(seed)
    records = []
    start = dt.date(2026, 1, 1)
    n_e = n // 20
    for i in range(n - n_e):
        city, zip5 = rnd.choice(CITIES)
        when = (start + dt.timedelta(days=rnd.randrange(181))).strftime("%Y%m%d")
        amount = f"{rnd.randrange(100, 5000)}.{rnd.randrange(100):02d}"
        if i % 25 == 0:
            vals = {"Entity_Cd": "COM", "Ctrib_NamL": f"{rnd.choice(LAST)} Neighbors PAC {i}",
                    "Cmte_ID": str(1300000 + i)}
        else:
            occ, emp = rnd.choice(JOBS)
            vals = {"Entity_Cd": "IND", "Ctrib_NamL": rnd.choice(LAST),
                    "Ctrib_NamF": rnd.choice(FIRST), "Ctrib_Occ": occ, "Ctrib_Emp": emp}
        vals.update({"Tran_ID": f"A{i}", "Ctrib_Adr1": f"{rnd.randrange(1, 9999)} "
                     f"{rnd.choice(STREETS)}", "Ctrib_City": city, "Ctrib_ST": "CA",
                     "Ctrib_ZIP4": zip5, "Rcpt_Date": when, "Amount": amount,
                     "Cum_YTD": amount})
        records.append(SnapRecord(_record("RCPT", "A", vals), i + 1, i + 1, "F460"))
    for i in range(n_e):
        city, zip5 = rnd.choice(CITIES)
        vals = {"Tran_ID": f"E{i}", "Entity_Cd": "OTH",
                "Payee_NamL": f"{rnd.choice(LAST)} Printing & Mail {i % 97}",
                "Payee_Adr1": f"{rnd.randrange(1, 9999)} {rnd.choice(STREETS)}",
                "Payee_City": city, "Payee_ST": "CA", "Payee_ZIP4": zip5,
                "Expn_Date": "20260405", "Amount": f"{rnd.randrange(100, 20000)}.00",
                "Expn_Code": rnd.choice(["LIT", "PRT", "POS", "CNS", "WEB"]),
                "Expn_Dscr": "Walk pieces, door hangers and postage for precinct walks"}
        records.append(SnapRecord(_record("EXPN", "E", vals), 0, n + i, "F460"))
    cover = _record("CVR", "F460", {
        "Filer_ID": "1449876", "Filer_NamL": "Benchmark Committee for a Large Statement",
        "From_Date": "20260101", "Thru_Date": "20260630", "Stmt_Type": "SA", "Cmtte_Type": "G",
        "Tres_NamL": "Nguyen", "Tres_NamF": "David"})
    return StatementSnapshot(
        committee=CommitteeSnap(1, "1449876", "Benchmark Committee for a Large Statement", "G",
                                "RCP", MappingProxyType({})),
        statement_id=1, form_type="F460", period_from=dt.date(2026, 1, 1),
        period_through=dt.date(2026, 6, 30), election_date=None, stmt_type="SA", report_num=0,
        original_filing_id="", status="draft", filing_id="", filed_at=None, amendment_reason="",
        cover=SnapRecord(cover, 0, 0, "F460"), records=tuple(records),
    )


def floor_pages(doc: object) -> list[list[tuple[float, float, str]]]:
    """For each page of the document, the (x, y, text) of every row string drawn on it."""
    from calaccess_desktop.pdf.sections import LEADING, PAD_X, PAD_Y, TablePart

    out: list[list[tuple[float, float, str]]] = []
    for part in doc.parts:  # type: ignore[attr-defined]
        if not isinstance(part, TablePart):
            out.append([])
            continue
        for plan in part.pages:
            items = []
            y = part.rows_top
            for i in range(*plan.rows):
                rec = part.rows[i]
                cells = part._row_cells(rec)
                for k, lines in enumerate(cells):
                    for j, s in enumerate(lines):
                        items.append((part.xs[k] + PAD_X, y - 8 - j * LEADING, s))
                y -= part._heights[i] * LEADING + PAD_Y
            out.append(items)
    return out


def timed(fn: Callable[[], object]) -> tuple[float, float]:
    """(wall seconds, CPU seconds of this process) of one call."""
    wall, cpu = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - wall, time.process_time() - cpu


def run_floor(pages: list[list[tuple[float, float, str]]], *, text_object: bool = False) -> None:
    """Seconds to draw the strings on a bare canvas, one page at a time: ``drawString``
    per string, or (``text_object``) one text object per page with a move per string."""
    from reportlab.pdfgen import canvas

    from calaccess_desktop.pdf.fonts import COND

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(612, 792), pageCompression=1, invariant=1,
                      initialFontName=COND)
    for items in pages:
        if text_object:
            tx = c.beginText()
            tx.setFont(COND, 7.2)
            for x, y, s in items:
                tx.setTextOrigin(x, y)
                tx.textOut(s)
            c.drawText(tx)
        else:
            c.setFont(COND, 7.2)
            for x, y, s in items:
                c.drawString(x, y, s)
        c.showPage()
    c.save()


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the numbers."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=1, help="repeat the full renders")
    args = parser.parse_args(argv)

    from reportlab import rl_config

    from calaccess_desktop.services import printing

    rl_config.useA85 = 0  # as the renderer sets it: the floor gets the same stream encoding
    t = time.perf_counter()
    snap = build_snapshot(args.rows)
    print(f"snapshot: {args.rows:,} transactions built in {time.perf_counter() - t:.2f} s")
    t = time.perf_counter()
    summary = compute(snap)
    print(f"summary computed in {time.perf_counter() - t:.2f} s (not part of the timings below)")

    cold = timed(lambda: printing.prepare(snap, summary).render(max_pages=1))[0]
    firsts = [timed(lambda: printing.prepare(snap, summary).render(max_pages=1)) for _ in range(5)]
    doc = printing.prepare(snap, summary)
    total = doc.total_pages
    pages = floor_pages(doc)
    strings = sum(len(p) for p in pages)
    out: dict[str, bytes] = {}

    def ours() -> None:
        out["pdf"] = printing.prepare(snap, summary).render()

    runs: dict[str, list[tuple[float, float]]] = {"ours": [], "floor": [], "floor2": []}
    for _ in range(args.runs):  # interleaved, so a busy machine slows all alike
        runs["ours"].append(timed(ours))
        runs["floor"].append(timed(lambda: run_floor(pages)))
        runs["floor2"].append(timed(lambda: run_floor(pages, text_object=True)))
    wall = {k: statistics.median(w for w, _c in v) for k, v in runs.items()}
    cpu = {k: statistics.median(c for _w, c in v) for k, v in runs.items()}
    notes = {"ours": "layout + drawing: frames, rules, subtotals, watermark",
             "floor": "drawString of the same row strings, same rows per page",
             "floor2": "same strings, one text object per page"}
    print(f"pages: {total:,} ({len(out['pdf']) / 1e6:.1f} MB), {strings:,} row strings")
    for k in runs:
        print(f"{k:<6} {wall[k]:6.2f} s  {total / wall[k]:5,.0f} pages/s   (CPU {cpu[k]:6.2f} s)  "
              f"{notes[k]}")
    print(f"ratio ours/floor : {wall['ours'] / wall['floor']:.2f}x wall, "
          f"{cpu['ours'] / cpu['floor']:.2f}x CPU  (target <= 3x)")
    print(f"ratio ours/floor2: {wall['ours'] / wall['floor2']:.2f}x wall, "
          f"{cpu['ours'] / cpu['floor2']:.2f}x CPU")
    first_wall = statistics.median(w for w, _c in firsts)
    first_cpu = statistics.median(c for _w, c in firsts)
    floor_first = statistics.median(timed(lambda: run_floor(pages[:1]))[0] for _ in range(5))
    print(f"time to first page: {first_wall:.3f} s (CPU {first_cpu:.3f} s; lays out all "
          f"{args.rows:,} rows to know N in 'Page 1 of N'); first call of the process "
          f"{cold:.3f} s incl. imports and fonts  (target < 1 s)")
    print(f"floor first page: {floor_first:.3f} s (one page of strings, no layout); "
          f"ratio {first_wall / floor_first:.0f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
