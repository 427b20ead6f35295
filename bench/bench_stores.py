"""Import a 100,000-transaction Form 460 and print its summary and export on both stores:
a SQLite file and a PostgreSQL database (a throw-away cluster started here, or --pg URL).

Each store's times are reported against that store's own floor, measured in the same run:
import = ``csv`` parsing of the records plus one raw bulk insert into a table of text
columns (``sqlite3.executemany``; psycopg's ``COPY``); summary = reading every record back
raw and adding up the amounts in Python; export = reading them back raw and writing them
with ``csv``. Our times are the command line's, start-up included.

Usage: python bench/bench_stores.py [ROWS] [--repeat N] [--pg URL]
"""

from __future__ import annotations

import argparse
import csv
import io
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests.pg.server

from bench_import_export import make_file  # noqa: E402


def _rows(path: Path) -> tuple[list[list[str]], int]:
    with path.open(newline="") as fh:
        rows = list(csv.reader(fh))
    width = max(len(r) for r in rows)
    return [r + [""] * (width - len(r)) for r in rows], width


class SqliteFloor:
    """Raw sqlite3 on a file of its own."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / "floor.sqlite"

    def load(self, src: Path) -> None:
        rows, width = _rows(src)
        con = sqlite3.connect(self.path)
        con.execute(f"create table t({', '.join(f'c{i} text' for i in range(width))})")
        con.executemany(f"insert into t values ({', '.join('?' * width)})", rows)
        con.commit()
        con.close()

    def fetch(self) -> list[tuple[Any, ...]]:
        con = sqlite3.connect(self.path)
        try:
            return con.execute("select * from t").fetchall()
        finally:
            con.close()


class PostgresFloor:
    """Raw psycopg on a database of its own: COPY in, one SELECT out."""

    def __init__(self, url: str) -> None:
        self.url = url

    def _connect(self) -> Any:
        import psycopg

        from calaccess_desktop.db.engine import parse_url

        u = parse_url(self.url)
        return psycopg.connect(host=u.host or u.query.get("host"), port=u.port or
                               u.query.get("port"), user=u.username, password=u.password,
                               dbname=u.database)

    def load(self, src: Path) -> None:
        rows, width = _rows(src)
        with self._connect() as con:
            con.execute(f"create table t({', '.join(f'c{i} text' for i in range(width))})")
            with con.cursor().copy("COPY t FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)

    def fetch(self) -> list[tuple[Any, ...]]:
        with self._connect() as con:
            return con.execute("select * from t").fetchall()


def timed(work: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    value = work()
    return time.perf_counter() - start, value


def cli(*args: str) -> str:
    return subprocess.run([sys.executable, "-m", "calaccess_desktop", *args],
                          capture_output=True, text=True, check=True).stdout


def floor_summary(floor: SqliteFloor | PostgresFloor, amount_col: int) -> None:
    total = 0
    for row in floor.fetch():
        text = row[amount_col] or "0"
        whole, _, cents = text.partition(".")
        if whole.lstrip("-").isdigit():
            total += int(whole) * 100 + int((cents + "00")[:2] or 0)


def floor_export(floor: SqliteFloor | PostgresFloor, out: Path) -> None:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(floor.fetch())
    out.write_text(buf.getvalue())


def one_round(kind: str, src: Path, folder: Path, db: str,
              floor: SqliteFloor | PostgresFloor, amount_col: int) -> dict[str, float]:
    from calaccess_desktop.services.store import Store

    Store.open(db).close()  # migrated before the clock starts, on both stores
    got: dict[str, float] = {}
    got["floor import"], _ = timed(lambda: floor.load(src))
    got["floor summary"], _ = timed(lambda: floor_summary(floor, amount_col))
    got["floor export"], _ = timed(lambda: floor_export(floor, folder / "floor.csv"))
    got["import"], out = timed(lambda: cli("import", str(src), "--db", db))
    sid = out.strip().splitlines()[-1]
    got["summary"], _ = timed(lambda: cli("summary", sid, "--json", "--db", db))
    got["export"], _ = timed(lambda: cli("export", sid, "-o", str(folder / f"{kind}.cal"),
                                         "--db", db))
    return got


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("rows", nargs="?", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=1,
                        help="rounds per store; medians are reported")
    parser.add_argument("--pg", metavar="URL",
                        help="an empty PostgreSQL database to use (default: a throw-away "
                             "cluster started for this run)")
    args = parser.parse_args()
    from calaccess_desktop.cal.layouts import field_index

    amount_col = field_index("RCPT", "A", "Amount", cvr_form="F460")
    cluster = None
    if args.pg is None:
        from tests.pg.server import Cluster

        cluster = Cluster().start()
    times: dict[str, dict[str, list[float]]] = {"sqlite": {}, "postgresql": {}}
    exports: dict[str, bytes] = {}
    try:
        with tempfile.TemporaryDirectory() as tmp:
            d = Path(tmp)
            src = d / "big.cal"
            make_file(src, args.rows)
            for n in range(args.repeat):
                for kind in ("sqlite", "postgresql"):
                    folder = d / f"{kind}{n}"
                    folder.mkdir()
                    if kind == "sqlite":
                        db, floor = str(folder / "app.sqlite"), SqliteFloor(folder)
                    elif cluster is not None:
                        db = cluster.empty_database()
                        floor = PostgresFloor(cluster.empty_database())
                    else:
                        db, floor = args.pg, PostgresFloor(args.pg)
                    got = one_round(kind, src, folder, db, floor, amount_col)
                    for what, seconds in got.items():
                        times[kind].setdefault(what, []).append(seconds)
                    exports[kind] = (folder / f"{kind}.cal").read_bytes()
    finally:
        if cluster is not None:
            cluster.stop()
    same = exports["sqlite"].split(b"\r\n")[1:] == exports["postgresql"].split(b"\r\n")[1:]
    print(f"rows: {args.rows}  (exports identical on both stores: {same}); median of "
          f"{args.repeat} round(s)")
    for kind in ("sqlite", "postgresql"):
        for what in ("import", "summary", "export"):
            ours = statistics.median(times[kind][what])
            floor = statistics.median(times[kind][f"floor {what}"])
            print(f"{kind:<10} {what:<8} {ours:6.2f} s   floor {floor:5.2f} s   "
                  f"ratio {ours / floor:5.1f}x")


if __name__ == "__main__":
    main()
