"""Migration 0006: a file whose summary lines sit in ``records`` opens with them in
``statement_totals`` (app-made lines computed, imported ones as filed), and nothing else
moves."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from alembic import command

from calaccess_desktop.db.engine import make_engine
from calaccess_desktop.db.upgrade import alembic_config, open_store
from calaccess_desktop.services.snapshots import build_snapshot, smry_totals
from calaccess_desktop.services.store import Store

ROWS = [  # seq, rec_type, form_type, itemize, values
    (3, "RCPT", "A", "auto", ["RCPT", "A", "CD1-1", "IND", "Okafor", "", "", "", "", "", "",
                              "", "", "", "", "", "", "", "", "", "20260301", "", "150.00"]),
    (5_000_001, "SMRY", "F460", "auto", ["SMRY", "F460", "1", "150.00", "150.00"]),
    (5_000_002, "SMRY", "F460", "auto", ["SMRY", "F460", "16", "150.00"]),
    (5_000_003, "SMRY", "A", "always", ["SMRY", "A", "1", "150.00"]),
]


def _old_file(path: Path) -> None:
    engine = make_engine(path)
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0005")
        conn.exec_driver_sql(
            "insert into committees(filer_id, name, committee_type, entity_cd, profile, "
            "next_tran_seq, created_at) values('1','Old file','G','RCP','{}',2,'2026-01-01')")
        conn.exec_driver_sql(
            "insert into statements(committee_id, form_type, period_from, period_through, "
            "stmt_type, report_num, original_filing_id, amendment_reason, status, filing_id, "
            "locked, cover, source_file, carry_in, created_at, updated_at) values(1, 'F460', "
            "'2026-01-01', '2026-06-30', 'SA', 0, '', '', 'draft', '', 0, '[\"CVR\",\"F460\"]', "
            "'', '{}', '2026-01-01', '2026-01-01')")
        for seq, rec_type, form_type, itemize, values in ROWS:
            conn.exec_driver_sql(
                "insert into records(statement_id, seq, rec_type, form_type, entity_cd, memo, "
                "bakref_tid, itemize, \"values\") values(1, ?, ?, ?, '', 0, '', ?, ?)",
                (seq, rec_type, form_type, itemize, json.dumps(values)))
    engine.dispose()


def test_summary_lines_move_out_of_records(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    _old_file(path)
    open_store(path).dispose()
    con = sqlite3.connect(path)
    left = con.execute("select rec_type from records").fetchall()
    moved = con.execute("select seq, form_type, line_item, amount_a, amount_b, computed "
                        "from statement_totals order by seq").fetchall()
    con.close()
    assert left == [("RCPT",)]
    assert moved == [(5_000_001, "F460", "1", 15000, 15000, 1),
                     (5_000_002, "F460", "16", 15000, None, 1),
                     (5_000_003, "A", "1", 15000, None, 0)]
    store = Store.open(path)
    try:
        with store.read() as s:
            assert smry_totals(s, 1) == {"1": (15000, 15000), "16": (15000, 0)}
            snap = build_snapshot(s, 1)
        smry = [r.values for r in snap.records if r.rec_type == "SMRY"]
        assert smry == [tuple(values) for *_x, values in ROWS[1:]]
    finally:
        store.close()
