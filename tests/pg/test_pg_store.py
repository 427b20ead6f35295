"""The store on a real PostgreSQL server: migrations, refused addresses in words, writers
taking turns, other clients' writes heard, backups (pg_dump or a logical copy)."""

from __future__ import annotations

import datetime as dt
import threading
import time
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import text

from calaccess_desktop.cli import main
from calaccess_desktop.db.upgrade import StoreError, alembic_config, head_revision, open_store
from calaccess_desktop.services import editing
from calaccess_desktop.services.store import WAITING_SERVER, FileBusy, Store
from tests.pg.server import Cluster
from tests.pg.stores import on_postgres


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:
        code = int(exc.code or 0)
    out = capsys.readouterr()
    return code, out.out, out.err


def _statement(store: Store, name: str = "Server") -> int:
    with store.transaction() as s:
        cid = editing.create_committee(s, name, committee_type="G")
        return editing.create_statement(s, cid, "F460", period_from=dt.date(2026, 1, 1),
                                        period_through=dt.date(2026, 6, 30))


def test_an_empty_database_is_migrated_to_head_and_refuses_a_newer_one(
        pg_cluster: Cluster) -> None:
    url = pg_cluster.empty_database()
    engine = open_store(url)
    with engine.begin() as conn:
        assert conn.execute(text("select version_num from alembic_version")).scalar() \
            == head_revision()
        meta = dict(conn.execute(text("select key, value from meta")).all())
        conn.execute(text("update alembic_version set version_num = '9999future'"))
    engine.dispose()
    assert meta["app_version"] == meta["created_by_version"]
    with pytest.raises(StoreError, match="newer version of calaccess-desktop"):
        open_store(url)


def test_an_older_database_is_upgraded_with_its_rows(pg_cluster: Cluster) -> None:
    url = pg_cluster.empty_database()
    from calaccess_desktop.db.engine import make_engine

    engine = make_engine(url)
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
        conn.execute(text(
            "insert into committees(filer_id, name, committee_type, entity_cd, profile, "
            "next_tran_seq, created_at) values('1','Old db','G','RCP','{}',1,'2026-01-01')"))
        conn.execute(text(
            "insert into statements(committee_id, form_type, stmt_type, report_num, "
            "original_filing_id, amendment_reason, status, filing_id, locked, cover, "
            "source_file, carry_in, created_at, updated_at) values(1, 'F460', 'SA', 0, '', "
            "'', 'draft', '', false, '[]', '', '{}', '2026-01-01', '2026-01-01')"))
        for i in range(3):
            conn.execute(text(
                "insert into records(statement_id, seq, rec_type, form_type, tran_id, "
                "entity_cd, memo, bakref_tid, itemize, \"values\") values(1, :i, 'RCPT', "
                "'A', :t, 'IND', false, '', 'auto', '[\"RCPT\",\"A\"]')"), {"i": i, "t": f"T{i}"})
        conn.execute(text(  # a summary line, which 0006 moves into statement_totals
            "insert into records(statement_id, seq, rec_type, form_type, tran_id, "
            "entity_cd, memo, bakref_tid, itemize, \"values\") values(1, 9, 'SMRY', 'F460', "
            "null, '', false, '', 'always', '[\"SMRY\",\"F460\",\"1\",\"12.34\",\"56.78\"]')"))
    engine.dispose()
    store = Store.open(url)
    try:
        with store.read() as s:
            assert s.execute(text("select name from committees")).scalar() == "Old db"
            assert s.execute(text("select count(*) from records")).scalar() == 3
            line = s.execute(text("select line_item, amount_a, amount_b, \"values\" "
                                  "from statement_totals")).one()
            assert s.execute(text("select version_num from alembic_version")).scalar() \
                == head_revision()
    finally:
        store.close()
    assert line[:3] == ("1", 1234, 5678)
    assert line[3] == ["SMRY", "F460", "1", "12.34", "56.78"]  # a list, not its JSON text


@pytest.mark.parametrize(("address", "words"), [
    ("postgresql://calaccess@/db?host={root}/gone&port={port}", "no database server is running"),
    ("postgresql://calaccess:wrong-pw@127.0.0.1:{port}/postgres", "refused the user name or "
     "password"),
    ("postgresql://calaccess@/no_such_db?host={root}&port={port}", 'database "no_such_db" '
     "does not exist"),
    ("postgresql://nobody@/postgres?host={root}&port={port}", 'role "nobody" does not exist'),
    ("postgresql://calaccess@/postgres?host={root}&port=1", "no database server is running"),
    ("postgresql://calaccess:s3cret@[::1/x", "not a database address"),
    ("postgresql://calaccess@/x?host={root}&port={port}&connect_timeout=soon", "not a number "
     "of seconds"),
])
def test_a_server_that_cannot_be_used_is_said_in_words(
        pg_cluster: Cluster, capsys: pytest.CaptureFixture[str], address: str,
        words: str) -> None:
    url = address.format(root=pg_cluster.root, port=pg_cluster.port)
    for argv in (("list",), ("demo",), ("backups",), ("summary", "1")):
        code, out, err = run(capsys, *argv, "--db", url)
        said = out + err
        if argv == ("backups",) and code == 0:
            continue  # listing the backups kept on this computer needs no server
        assert code == 1, said
        assert words in said, said
        assert "Traceback" not in said and "wrong-pw" not in said and "s3cret" not in said


@on_postgres
def test_writers_take_turns_and_the_second_says_it_waits(
        store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    assert store.kind == "postgresql"
    sid = _statement(store)
    other = Store.open(store.location)
    said: list[str] = []
    other.on_wait = said.append
    holding = threading.Event()

    def hold_the_lock() -> None:
        with store.transaction() as s:
            editing.add_transaction(s, sid, "RCPT", "A", {
                "Ctrib_NamL": "First", "Rcpt_Date": "20260301", "Amount": "10.00"})
            holding.set()
            time.sleep(1.6)

    first = threading.Thread(target=hold_the_lock)
    first.start()
    holding.wait(5)
    started = time.monotonic()
    with other.transaction() as s:
        editing.add_transaction(s, sid, "RCPT", "A", {
            "Ctrib_NamL": "Second", "Rcpt_Date": "20260302", "Amount": "20.00"})
    waited = time.monotonic() - started
    first.join()
    assert said == [WAITING_SERVER] and waited >= 1.0
    with store.read() as s:
        names = s.execute(text("select count(*) from records where tran_id is not null")
                          ).scalar()
    assert names == 2

    monkeypatch.setenv("CALACCESS_LOCK_WAIT", "0.3")
    holding.clear()
    first = threading.Thread(target=hold_the_lock)
    first.start()
    holding.wait(5)
    with pytest.raises(FileBusy, match="another user of the database is saving"), \
            other.transaction() as s:
        editing.add_transaction(s, sid, "RCPT", "A", {
            "Ctrib_NamL": "Refused", "Rcpt_Date": "20260303", "Amount": "30.00"})
    first.join()
    other.close()


@on_postgres
def test_a_watch_hears_other_clients_writes_not_its_own(store: Store) -> None:
    other = Store.open(store.location)
    with store.watch() as watch:
        assert watch.wait(0.1) is False
        _statement(store, "Own")
        assert watch.wait(0.3) is False
        _statement(other, "Other")
        started = time.monotonic()
        assert watch.wait(5) is True
        assert time.monotonic() - started < 2
        assert watch.wait(0.1) is False  # the news was taken once
    other.close()


def test_a_watch_on_a_data_file_sees_another_connections_write(tmp_path: Path) -> None:
    path = tmp_path / "w.sqlite"
    mine, theirs = Store.open(path), Store.open(path)
    with mine.watch() as watch:
        assert watch.wait(0.1) is False
        _statement(theirs, "Other")
        assert watch.wait(2) is True
    mine.close()
    theirs.close()


@on_postgres
def test_a_backup_is_pg_dump_or_a_logical_copy_and_says_which(
        store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    import subprocess

    from calaccess_desktop.services.backups import server

    url = store.location
    assert run(capsys, "demo", "--db", url)[0] == 0
    code, out, err = run(capsys, "backup", "-o", str(tmp_path / "b.pgdump"), "--db", url)
    assert code == 0, err
    listed = subprocess.run([str(Path(server.find_pg_dump() or "").with_name("pg_restore")),
                             "--list", str(tmp_path / "b.pgdump")],
                            capture_output=True, text=True, check=True).stdout
    assert "TABLE DATA public records" in listed

    monkeypatch.setattr(server, "find_pg_dump", lambda: None)
    copy = tmp_path / "copy.sqlite"
    code, out, err = run(capsys, "backup", "-o", str(copy), "--db", url)
    assert code == 0, err
    for statement in ("1", "2", "3"):
        assert run(capsys, "export", statement, "-o", str(tmp_path / f"pg{statement}.cal"),
                   "--db", url)[0] == 0
        assert run(capsys, "export", statement, "-o", str(tmp_path / f"f{statement}.cal"),
                   "--db", str(copy))[0] == 0
        assert (tmp_path / f"pg{statement}.cal").read_bytes() == \
            (tmp_path / f"f{statement}.cal").read_bytes()

    code, out, err = run(capsys, "backups", "--now", "--db", url)
    assert code == 0, err
    code, out, err = run(capsys, "backups", "--db", url)
    assert "logical copy" in out and "1 committee, 3 statements" in out
    monkeypatch.undo()
    assert run(capsys, "backups", "--now", "--db", url)[0] == 0
    out = run(capsys, "backups", "--db", url)[1]
    assert "pg_dump" in out and "restore it with pg_restore" in out
    assert "restore" in run(capsys, "restore", str(copy), "--db", url)[2]
    from calaccess_desktop.services.backups import before_risky, take

    assert take(url, "auto") is None and before_risky(store, "import") is None  # by hand only


@on_postgres
def test_times_do_not_move_on_a_server_whose_zone_is_not_utc(store: Store) -> None:
    """The test cluster runs in America/Los_Angeles; the app's sessions are in UTC."""
    from calaccess_desktop.db.orm import Statement

    sid = _statement(store)
    at = dt.datetime(2026, 7, 31, 23, 30, tzinfo=dt.UTC)
    with store.transaction() as s:
        s.get_one(Statement, sid).filed_at = at
    with store.read() as s:
        assert s.execute(text("show timezone")).scalar() == "UTC"
        got = s.get_one(Statement, sid).filed_at
    assert got is not None and got.replace(tzinfo=got.tzinfo or dt.UTC) == at
    import psycopg

    from tests.pg.server import SUPERUSER

    name = store.location.split("?", 1)[0].rsplit("/", 1)[1]
    with psycopg.connect(host=str(Path(store.location.split("host=")[1].split("&")[0])),
                         port=int(store.location.rsplit("port=", 1)[1]), user=SUPERUSER,
                         dbname=name) as raw:
        assert raw.execute("show timezone").fetchone() == ("America/Los_Angeles",)


@on_postgres
def test_a_lost_connection_is_made_again_and_a_lost_database_said_in_words(
        store: Store, pg_cluster: Cluster) -> None:
    sid = _statement(store)
    name = store.location.split("?", 1)[0].rsplit("/", 1)[1]
    pg_cluster.sql("postgres", "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                   f"WHERE datname = '{name}'")
    with store.transaction() as s:  # the server ended our connections: new ones are made
        editing.add_transaction(s, sid, "RCPT", "A", {
            "Ctrib_NamL": "After", "Rcpt_Date": "20260301", "Amount": "10.00"})
    pg_cluster.drop(store.location)
    with pytest.raises(StoreError, match=f'database "{name}" does not exist') as caught, \
            store.transaction() as s:
        editing.add_transaction(s, sid, "RCPT", "A", {
            "Ctrib_NamL": "Gone", "Rcpt_Date": "20260302", "Amount": "10.00"})
    assert "Nothing was changed" in str(caught.value)


@on_postgres
def test_a_row_another_program_holds_is_given_up_on_in_words(store: Store) -> None:
    """A statement waits for a row another client holds at most ``lock_timeout`` seconds
    (30 unless the address says), then stops in words with nothing changed: a window on a
    shared server never waits for ever."""
    from calaccess_desktop.db.engine import make_engine

    sid = _statement(store)
    quick = Store.open(f"{store.location}&lock_timeout=1")
    other = make_engine(store.location)
    try:
        with other.begin() as conn:
            conn.execute(text("select id from statements where id = :i for update"),
                         {"i": sid})
            started = time.monotonic()
            with pytest.raises(StoreError, match="held the rows this needed") as refused, \
                    quick.transaction() as s:
                editing.add_transaction(s, sid, "RCPT", "A", {
                    "Ctrib_NamL": "Waiting", "Rcpt_Date": "20260301", "Amount": "10.00"})
            assert time.monotonic() - started < 15
            assert "Nothing was changed" in str(refused.value)
        with quick.read() as s:
            assert s.execute(text("select count(*) from records")).scalar() == 0
    finally:
        other.dispose()
        quick.close()
