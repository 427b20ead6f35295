"""The store: migrations run on open, a backup is kept first, newer files are refused."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from calaccess_desktop.db.engine import make_engine
from calaccess_desktop.db.orm import Base
from calaccess_desktop.db.upgrade import StoreError, alembic_config, head_revision, open_store
from calaccess_desktop.services.store import Store, default_db_path


def test_new_file_is_created_at_head_with_wal_and_foreign_keys(db_path: Path) -> None:
    engine = open_store(db_path)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        rev = conn.exec_driver_sql("select version_num from alembic_version").scalar()
        meta = dict(conn.exec_driver_sql("select key, value from meta").all())
    assert rev == head_revision()
    assert meta["app_version"] == meta["created_by_version"]
    engine.dispose()


def test_schema_at_head_matches_the_models(db_path: Path) -> None:
    engine = open_store(db_path)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    engine.dispose()
    assert diff == []


@pytest.mark.parametrize("as_url", [False, True], ids=["path", "sqlite-url"])
def test_older_file_is_backed_up_then_upgraded(db_path: Path, as_url: bool) -> None:
    if head_revision() == "0001":
        pytest.skip("only one revision so far: nothing to upgrade from")
    engine = make_engine(db_path)
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
        conn.exec_driver_sql(
            "insert into committees(filer_id, name, committee_type, entity_cd, profile, "
            "next_tran_seq, created_at) values('1','Old file','G','RCP','{}',1,'2026-01-01')")
        conn.exec_driver_sql(
            "insert into statements(committee_id, form_type, stmt_type, report_num, "
            "original_filing_id, amendment_reason, status, filing_id, locked, cover, "
            "source_file, carry_in, created_at, updated_at) values(1, 'F460', 'SA', 0, '', "
            "'', 'draft', '', 0, '[]', '', '{}', '2026-01-01', '2026-01-01')")
        for i in range(3):
            conn.exec_driver_sql(
                "insert into records(statement_id, seq, rec_type, form_type, tran_id, "
                "entity_cd, memo, bakref_tid, itemize, \"values\") values(1, ?, 'RCPT', 'A', "
                "?, 'IND', 0, '', 'auto', '[\"RCPT\",\"A\"]')", (i, f"T{i}"))
    engine.dispose()
    engine = open_store(f"sqlite:///{db_path}" if as_url else db_path)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("select name from committees").scalar() == "Old file"
        assert conn.exec_driver_sql("select count(*) from records").scalar() == 3
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        rev = conn.exec_driver_sql("select version_num from alembic_version").scalar()
    engine.dispose()
    assert rev == head_revision()
    (backup,) = (db_path.parent / "backups").glob("store-0001-*.sqlite")
    con = sqlite3.connect(backup)
    assert con.execute("select version_num from alembic_version").fetchone() == ("0001",)
    con.close()


def test_backup_is_taken_before_migrating(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    open_store(db_path).dispose()
    con = sqlite3.connect(db_path)
    con.execute("insert into committees(filer_id, name, committee_type, entity_cd, profile, "
                "next_tran_seq, created_at) values('1','Keep me','G','RCP','{}',1,'2026-01-01')")
    con.execute("update alembic_version set version_num='0000fake'")
    con.commit()
    con.close()
    import calaccess_desktop.db.upgrade as up

    monkeypatch.setattr(up, "_unknown", lambda script, rev: False)
    monkeypatch.setattr(up, "_upgrade", lambda engine: None)
    up.open_store(db_path).dispose()
    (backup,) = (db_path.parent / "backups").glob("store-0000fake-*.sqlite")
    con = sqlite3.connect(backup)
    assert con.execute("select name from committees").fetchone() == ("Keep me",)
    con.close()


def test_file_from_a_newer_version_is_refused_and_untouched(db_path: Path) -> None:
    open_store(db_path).dispose()
    con = sqlite3.connect(db_path)
    con.execute("update alembic_version set version_num='9999future'")
    con.commit()
    con.close()
    before = db_path.read_bytes()
    with pytest.raises(StoreError, match="newer version of calaccess-desktop"):
        open_store(db_path)
    assert db_path.read_bytes() == before


def test_foreign_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    con = sqlite3.connect(path)
    con.execute("create table photos(id integer)")
    con.close()
    with pytest.raises(StoreError, match="not a calaccess-desktop data file"):
        open_store(path)


def test_default_location_is_the_user_data_folder(monkeypatch: pytest.MonkeyPatch,
                                                   tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    path = default_db_path()
    assert path == tmp_path / "xdg" / "calaccess-desktop" / "calaccess.sqlite"
    store = Store.open()
    store.close()
    assert path.exists()


def test_head_revision_agrees_with_alembic() -> None:
    from alembic.script import ScriptDirectory

    assert ScriptDirectory.from_config(alembic_config()).get_current_head() == head_revision()


def test_deleted_row_ids_are_never_reused(store: Store) -> None:
    import datetime as dt

    from calaccess_desktop.db.orm import Record
    from calaccess_desktop.services import editing

    with store.transaction() as s:
        cid = editing.create_committee(s, "Ids", committee_type="G")
        sid = editing.create_statement(s, cid, "F460", period_from=dt.date(2026, 1, 1),
                                       period_through=dt.date(2026, 6, 30))
        editing.add_transaction(s, sid, "RCPT", "A", {
            "Ctrib_NamL": "Chen", "Rcpt_Date": "20260301", "Amount": "5.00"})
    con = sqlite3.connect(store.location)
    before = con.execute("select max(id) from records").fetchone()[0]
    con.execute("delete from records where id = ?", (before,))
    con.commit()
    con.close()
    with store.transaction() as s:
        rid = editing.add_transaction(s, sid, "RCPT", "A", {
            "Ctrib_NamL": "Okafor", "Rcpt_Date": "20260301", "Amount": "10.00"})
        assert s.get(Record, rid) is not None
    assert rid > before
