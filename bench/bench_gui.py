"""Benchmark: open a 100,000-row Schedule A offscreen; time to first paint and memory.

    .venv/bin/python bench/bench_gui.py [--rows 100000]

Floor: a bare QTableView over a trivial 100,000-row model, measured in the same
run. First paint = create the view, load, show, process events until the tab has
painted its first rows (with the whole count: the tab paints them as soon as they
arrive, before reading the rest of the ids in the background, whose time is printed
too; an event filter checks that the table did paint rows). The floor's first paint
is its grab.
Memory = growth of VmRSS (from /proc/self/status). Targets: first paint under
0.5 s, growth under 200 MB.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def rss_mb() -> float:
    """Resident memory of this process in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def build_store(path: Path, rows: int) -> tuple[Any, int]:
    """A store with one Form 460 whose Schedule A has ``rows`` contributions (bulk insert)."""
    from sqlalchemy import insert

    from calaccess_desktop.db.orm import Contact, Record
    from calaccess_desktop.services.contacts import match_key
    from calaccess_desktop.services.editing import create_committee, create_statement
    from calaccess_desktop.services.record_rows import record_row
    from calaccess_desktop.services.store import Store
    from calaccess_desktop.services.summaries import SEQ_BLOCK

    store = Store.open(path)
    with store.transaction() as session:
        cid = create_committee(session, "Benchmark Committee", filer_id="1400000",
                               committee_type="G")
        sid = create_statement(session, cid, "F460", period_from=dt.date(2026, 1, 1),
                               period_through=dt.date(2026, 6, 30), stmt_type="SA")
        people = max(1, rows // 5)
        contacts = [{"committee_id": cid, "entity_cd": "IND", "last_name": f"Donor{i:06d}",
                     "first_name": "Pat", "city": "Sacramento", "state": "CA",
                     "zip4": f"95{i % 1000:03d}", "employer": "Acme", "occupation": "Clerk",
                     "match_key": match_key(f"Donor{i:06d}", "Pat", f"95{i % 1000:03d}", "")}
                    for i in range(people)]
        ids = [r[0] for r in session.execute(insert(Contact).returning(Contact.id), contacts)]
        batch = []
        for n in range(rows):
            person = n % people
            values = ["RCPT", "A", f"CD{cid}-{n + 1}", "IND", f"Donor{person:06d}", "Pat", "",
                      "", f"{n % 9000} K Street", "", "Sacramento", "CA",
                      f"95{person % 1000:03d}", "Acme", "Clerk", "", "",
                      (dt.date(2026, 1, 1) + dt.timedelta(days=n % 180)).strftime("%Y%m%d"),
                      "", f"{25 + n % 500}.00"]
            row = record_row(values, "F460", seq=SEQ_BLOCK * 6 + n, statement_id=sid,
                             itemize="auto")
            row["contact_id"] = ids[person]
            batch.append(row)
            if len(batch) == 20000:
                session.execute(insert(Record), batch)
                batch = []
        if batch:
            session.execute(insert(Record), batch)
    return store, sid


def first_paint_floor(rows: int) -> tuple[float, float]:
    """A bare QTableView over a trivial model: seconds to first paint, MB grown."""
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
    from PySide6.QtWidgets import QApplication, QTableView

    display = Qt.ItemDataRole.DisplayRole

    class Trivial(QAbstractTableModel):
        def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
            return 0 if parent.isValid() else rows

        def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
            return 0 if parent.isValid() else 9

        def data(self, index: Any, role: int = display) -> Any:
            return f"{index.row()}:{index.column()}" if role == display else None

    gc.collect()
    before = rss_mb()
    start = time.perf_counter()
    view = QTableView()
    model = Trivial()
    view.setModel(model)
    view.resize(1200, 700)
    view.show()
    QApplication.processEvents()
    view.grab()
    elapsed = time.perf_counter() - start
    grown = rss_mb() - before
    view.close()
    view.deleteLater()
    QApplication.processEvents()
    return elapsed, grown


def _paint_watch() -> Any:
    from PySide6.QtCore import QEvent, QObject

    class Watch(QObject):
        """Notes when the table's viewport paints with real text in its first row."""

        def __init__(self, tab: Any) -> None:
            super().__init__()
            self.tab = tab
            self.painted: list[float] = []

        def eventFilter(self, _obj: Any, event: Any) -> bool:  # noqa: N802
            model = self.tab.model
            if event.type() == QEvent.Type.Paint and model.rowCount() and \
                    model.data(model.index(0, 1)):
                self.painted.append(time.perf_counter())
            return False

    return Watch


def PaintWatch(tab: Any) -> Any:  # noqa: N802
    """An event filter noting the paints of ``tab``'s table that show rows."""
    return _paint_watch()(tab)


def first_paint_schedule(store: Any, sid: int) -> tuple[float, float, Any]:
    """Our schedule view (table + entry form), real database thread: seconds, MB."""
    from PySide6.QtWidgets import QApplication

    from calaccess_desktop.ui.context import AppContext, Hub, StateKeeper
    from calaccess_desktop.ui.controllers.schedule_tab import ScheduleTab
    from calaccess_desktop.ui.ops import OpRunner

    gc.collect()
    before = rss_mb()
    start = time.perf_counter()
    ctx = AppContext(store, OpRunner(store), Hub(), StateKeeper(store.location))
    ctx.state.enabled = False
    tab = ScheduleTab(ctx, sid, "RCPT", "A", "F460", "Schedule A")
    tab.resize(1200, 700)
    watch = PaintWatch(tab)
    tab.view.viewport().installEventFilter(watch)
    shown: list[float] = []
    # Connected after the tab's own slot, which paints the first rows at once.
    tab.model.first_shown.connect(lambda: shown.append(time.perf_counter()))
    tab.load()
    tab.show()
    # First paint: the tab painted with its first rows (real text) and the whole count;
    # the rest of the ids are still being read on the database thread.
    deadline = time.perf_counter() + 60
    while not shown and (ctx.ops.busy or not tab.model.rowCount()):
        QApplication.processEvents()
        time.sleep(0.001)
        assert time.perf_counter() < deadline, "the first rows never came"
    if shown:
        elapsed = shown[0] - start
        assert watch.painted and watch.painted[0] <= shown[0], "no paint with rows"
    else:  # (a load in one read: painted by the grab)
        QApplication.processEvents()
        tab.grab()
        elapsed = time.perf_counter() - start
    ctx.ops.wait_idle(60000)
    QApplication.processEvents()
    every = time.perf_counter() - start
    assert tab.model.index_ is not None and len(tab.model.index_.ids) == tab.model.rowCount()
    print(f"{'schedule view: every id read (background)':<44} {every:8.3f} s")
    return elapsed, rss_mb() - before, (ctx, tab)


def timed(label: str, fn: Any, ops: Any) -> float:
    """Seconds for an action including the database work it triggers."""
    from PySide6.QtWidgets import QApplication

    start = time.perf_counter()
    fn()
    ops.wait_idle(120000)
    QApplication.processEvents()
    elapsed = time.perf_counter() - start
    print(f"{label:<44} {elapsed:8.3f} s")
    return elapsed


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the numbers."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    args = parser.parse_args(argv)

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from calaccess_desktop.ui.app import make_app

    make_app()
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        store, sid = build_store(Path(tmp) / "bench.sqlite", args.rows)
        print(f"built {args.rows:,} Schedule A rows in {time.perf_counter() - t0:.1f} s")
        floor_t, floor_mb = first_paint_floor(args.rows)
        ours_t, ours_mb, (ctx, tab) = first_paint_schedule(store, sid)
        print(f"{'floor: bare QTableView, trivial model':<44} {floor_t:8.3f} s  "
              f"{floor_mb:7.1f} MB")
        print(f"{'schedule view: first paint (threaded load)':<44} {ours_t:8.3f} s  "
              f"{ours_mb:7.1f} MB")
        print(f"ratio to floor: time {ours_t / max(floor_t, 1e-6):.1f}x, "
              f"memory {ours_mb / max(floor_mb, 0.1):.1f}x  "
              f"(targets: < 0.5 s, < 200 MB)")
        amount = [c.title for c in tab.model.columns].index("Amount")
        timed("sort by amount (SQL) and repaint", lambda: (
            tab.model.sort(amount, Qt.SortOrder.DescendingOrder)), ctx.ops)
        last = tab.model.rowCount() - 1

        def to_bottom() -> None:
            tab.view.scrollToBottom()
            QApplication.processEvents()
            tab.model._fetch_wanted()
        timed("scroll to the last row (page fetch)", to_bottom, ctx.ops)
        assert tab.model.data(tab.model.index(last, 1))
        print(f"{'memory after sort and scroll':<44} {rss_mb():8.1f} MB total")
        ctx.ops.shutdown()
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
