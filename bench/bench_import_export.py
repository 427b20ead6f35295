"""Import and export a 100,000-transaction Form 460 through the command line.

Each time is reported as a ratio against a floor measured in the same run on the same
file: for import, ``csv`` parsing of the records plus one raw ``sqlite3`` executemany
into a table of text columns; for export, selecting them back with raw ``sqlite3`` and
writing them with ``csv``. Start-up of the command is included in our times.

Usage: python bench/bench_import_export.py [--rows N]
"""

from __future__ import annotations

import argparse
import csv
import io
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from calaccess_desktop.cal.model import CalRecord
from calaccess_desktop.cal.writer import write_cal

LAST = ["Okafor", "Chen", "Ramirez", "Goldberg", "Patel", "Johnson", "Nguyen", "Kim", "Silva"]
FIRST = ["Grace", "Robert", "Ana", "Samuel", "Priya", "Terrell", "David", "Jae", "Rosa"]


def make_file(path: Path, rows: int) -> None:
    """A Form 460 with ``rows`` Schedule A and E records (several per contributor)."""
    rnd = random.Random(7)
    cover = CalRecord(["CVR", "F460"])
    for name, value in {"Filer_ID": "1234567", "Filer_NamL": "Bench Committee",
                        "Report_Num": "000", "Rpt_Date": "20260731", "Stmt_Type": "SA",
                        "From_Date": "20260101", "Thru_Date": "20260630",
                        "Cmtte_Type": "G"}.items():
        cover.set(name, value)
    records = []
    for i in range(rows):
        if i % 5 == 4:
            rec = CalRecord(["EXPN", "E"], cvr_form="F460")
            fields = {"Tran_ID": f"E{i}", "Entity_Cd": "OTH", "Payee_NamL": f"Vendor {i % 997}",
                      "Payee_City": "Sacramento", "Payee_ST": "CA", "Payee_ZIP4": "95814",
                      "Amount": f"{rnd.randint(100, 99999) / 100:.2f}", "Expn_Code": "LIT"}
        else:
            rec = CalRecord(["RCPT", "A"], cvr_form="F460")
            who = i % 20011
            fields = {"Tran_ID": f"A{i}", "Entity_Cd": "IND",
                      "Ctrib_NamL": f"{LAST[who % 9]}{who}", "Ctrib_NamF": FIRST[who % 9],
                      "Ctrib_Adr1": f"{who} J Street", "Ctrib_City": "Sacramento",
                      "Ctrib_ST": "CA", "Ctrib_ZIP4": f"95{who % 1000:03d}",
                      "Ctrib_Emp": "Sutter Health", "Ctrib_Occ": "Nurse",
                      "Rcpt_Date": f"202603{1 + i % 28:02d}",
                      "Amount": f"{rnd.randint(100, 99999) / 100:.2f}"}
        for name, value in fields.items():
            rec.set(name, value)
        records.append(rec)
    path.write_bytes(write_cal(cover, records))


def floor_import(path: Path, db: Path) -> float:
    start = time.perf_counter()
    with path.open(newline="") as fh:
        rows = list(csv.reader(fh))
    width = max(len(r) for r in rows)
    con = sqlite3.connect(db)
    con.execute(f"create table t({', '.join(f'c{i} text' for i in range(width))})")
    marks = ", ".join("?" * width)
    con.executemany(f"insert into t values ({marks})", (r + [""] * (width - len(r)) for r in rows))
    con.commit()
    con.close()
    return time.perf_counter() - start


def floor_export(db: Path, out: Path) -> float:
    start = time.perf_counter()
    con = sqlite3.connect(db)
    rows = con.execute("select * from t").fetchall()
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    out.write_text(buf.getvalue())
    con.close()
    return time.perf_counter() - start


def cli(*args: str) -> tuple[float, str]:
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "calaccess_desktop", *args],
                          capture_output=True, text=True, check=True)
    return time.perf_counter() - start, done.stdout


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3,
                        help="rounds of floor and ours, interleaved; medians are reported")
    args = parser.parse_args()
    times: dict[str, list[float]] = {"import": [], "floor_import": [], "export": [],
                                     "floor_export": []}
    same = True
    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp)
        src = d / "big.cal"
        make_file(src, args.rows)
        for n in range(args.repeat):
            run = d / str(n)
            run.mkdir()
            times["floor_import"].append(floor_import(src, run / "floor.sqlite"))
            times["floor_export"].append(floor_export(run / "floor.sqlite", run / "floor.csv"))
            t_imp, out = cli("import", str(src), "--db", str(run / "app.sqlite"))
            sid = out.strip().splitlines()[-1]
            t_exp, _ = cli("export", sid, "-o", str(run / "out.cal"), "--db",
                           str(run / "app.sqlite"))
            times["import"].append(t_imp)
            times["export"].append(t_exp)
            out_lines = (run / "out.cal").read_bytes().split(b"\r\n")
            same = same and out_lines[1:] == src.read_bytes().split(b"\r\n")[1:]
    print(f"rows: {args.rows}  (export identical to input after HDR: {same}); "
          f"median of {args.repeat} rounds")
    for what in ("import", "export"):
        ours, floor = times[what], times[f"floor_{what}"]
        ratios = sorted(o / f for o, f in zip(ours, floor, strict=True))
        print(f"{what}: {statistics.median(ours):6.2f} s   floor {statistics.median(floor):5.2f} s"
              f"   ratio {statistics.median(ours) / statistics.median(floor):4.1f}x"
              f"   (per round {ratios[0]:.1f}x-{ratios[-1]:.1f}x)")


if __name__ == "__main__":
    main()
