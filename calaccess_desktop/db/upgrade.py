"""Open a store: back it up, refuse files from a newer app, migrate to head.

Order (architecture guide §3.6): copy the file to ``backups/`` before any
migration; if its revision is unknown to this app's scripts, refuse with a
clear message; otherwise upgrade to head inside a transaction.
"""

from __future__ import annotations

import errno
import sqlite3
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, insert, inspect, select, text, update

from calaccess_desktop import __version__
from calaccess_desktop.db import health
from calaccess_desktop.db.engine import make_engine, server_problem, sqlite_file
from calaccess_desktop.db.health import NoDataFile, StoreError
from calaccess_desktop.db.orm import Base, Meta
from calaccess_desktop.db.revisions import head_revision, is_newer, unknown_revision_words

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

MIGRATE_LOCK = 0x43414C4D  # advisory lock held while a server's database is upgraded
__all__ = ["NoDataFile", "StoreError", "open_store"]


def alembic_config() -> Config:
    """Alembic configuration built in code (no alembic.ini at run time)."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option(
        "script_location", str(resources.files("calaccess_desktop.db") / "migrations")
    )
    return cfg


def current_revision(engine: Engine) -> str | None:
    """The schema revision stored in the database, or None for a new or non-app file."""
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def open_store(target: str | Path, *, backup_dir: Path | None = None,
               create: bool = True) -> Engine:
    """Open (creating if needed and ``create``) the store at ``target`` and bring it to
    the head revision (:class:`NoDataFile` when it is missing and not to be created).

    An existing file is examined first without writing a byte (``db.health``); one that
    may not be written is opened read-only (reading works, saving says why it cannot).
    """
    path = sqlite_file(target)
    if path is None:
        return _open_database(target)
    from calaccess_desktop.db.backup_index import backups_of

    if not path.exists() and not path.is_symlink():
        if not create:
            raise NoDataFile(path)
        _create(path)
        return make_engine(path)
    from calaccess_desktop.db.content_check import restorable

    state = health.examine(path, head_revision(), frozenset(Base.metadata.tables),
                           backups_of(path), restorable)
    if not state.writable:
        if state.revision != head_revision():
            raise StoreError(
                f"{path} needs to be upgraded to this version of calaccess-desktop, but it "
                "is read-only (the file or its folder may not be written). Nothing was "
                "changed; copy it to a folder you may write to and open the copy.")
        return make_engine(path, read_only=True, immutable=not state.in_use)
    return _migrate(make_engine(path), path, state.revision, backup_dir)


def _create(path: Path) -> None:
    """A new data file, made whole beside its place and then renamed into it (readable
    by the user only): a run stopped half way leaves no empty or half-made file."""
    from calaccess_desktop.fileio import FULL, WriteError, make_private_dirs, replacing

    try:
        make_private_dirs(path.parent)
    except OSError as exc:
        raise StoreError(f"{path}: a new data file cannot be created there "
                         f"({(exc.strerror or str(exc)).lower()}). Choose a folder you may "
                         "write to.") from exc
    try:
        with replacing(path, database=True) as tmp:
            engine = make_engine(tmp)
            try:
                _upgrade(engine)
            finally:
                engine.dispose()
    except WriteError as exc:
        why = ("the disk is full" if exc.errno in FULL else "its folder may not be written"
               if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS) else "it cannot be written")
        raise StoreError(f"{path}: a new data file cannot be created there ({why}). Nothing "
                         "was created; choose a folder you may write to.") from exc


def _open_database(target: str | Path) -> Engine:
    """A database server (not a file): no file checks here; a server that cannot be
    reached or refuses the user is a StoreError in words (nothing was changed)."""
    from sqlalchemy.exc import DBAPIError

    engine = make_engine(target)
    try:
        return _migrate(engine, None, current_revision(engine), None)
    except DBAPIError as exc:
        engine.dispose()
        problem = server_problem(exc, target)
        if problem is None:
            raise
        raise problem from exc


def _migrate(engine: Engine, path: Path | None, rev: str | None,
             backup_dir: Path | None) -> Engine:
    if rev == head_revision():
        return engine
    from alembic.script import ScriptDirectory

    target = path if path is not None else engine.url.render_as_string(hide_password=True)
    script = ScriptDirectory.from_config(alembic_config())
    if rev is not None and _unknown(script, rev):
        engine.dispose()
        if is_newer(rev):
            raise StoreError(
                f"{target}: this file was written by a newer version of calaccess-desktop "
                f"(schema {rev}); this is version {__version__}. Install the newer version "
                "to open it. The file was not changed.")
        raise StoreError(f"{target}: this file {unknown_revision_words(rev)}. The file was "
                         "not changed; restore it from a backup.")
    if rev is None and _has_foreign_tables(engine):
        engine.dispose()
        raise StoreError(f"{target}: this is not a calaccess-desktop data file." if path
                         else f"{target}: this database holds another program's tables; "
                         "give calaccess-desktop a database of its own (createdb NAME).")
    if path is not None and rev is not None:
        _backup(path, rev, backup_dir or path.parent / "backups")
    _upgrade(engine)
    return engine


def _unknown(script: ScriptDirectory, rev: str) -> bool:
    try:
        return script.get_revision(rev) is None
    except Exception:
        return True


def _has_foreign_tables(engine: Engine) -> bool:
    return bool(inspect(engine).get_table_names())


def _backup(path: Path, rev: str, backup_dir: Path) -> Path:
    """One self-contained, checked copy (SQLite's online backup) in ``backup_dir``, named
    like the automatic backups (``STEM-REV-STAMP``) so the rotation and ``backups`` see it."""
    from calaccess_desktop.db import backup_index
    from calaccess_desktop.fileio import make_private_dirs, replacing

    make_private_dirs(backup_dir)
    target = backup_dir / backup_index.backup_path(path, rev).name
    source = sqlite3.connect(path)
    try:
        with replacing(target, database=True) as tmp:
            backup_index.checked_copy(source, tmp)
    except (sqlite3.Error, backup_index.CopyFailed) as exc:
        raise StoreError(f"{path}: the copy kept before upgrading it could not be made "
                         f"({exc}). Nothing was changed.") from exc
    finally:
        source.close()
    backup_index.remember(path, target)
    return target


def create_schema(engine: Engine) -> None:
    """Bring an empty database (a new file, or one being filled by a copy) to head."""
    _upgrade(engine)


def _upgrade(engine: Engine) -> None:
    from alembic import command

    cfg = alembic_config()
    sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as conn:
        if sqlite:
            # Batch migrations rebuild tables (copy, drop, rename); with foreign keys on,
            # dropping a parent table would cascade-delete its children. The pragma only
            # takes effect outside a transaction.
            conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
            conn.commit()
        with conn.begin():
            if engine.dialect.name == "postgresql":  # two clients upgrading at once: one waits
                conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATE_LOCK})
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
            if sqlite and conn.exec_driver_sql("PRAGMA foreign_key_check").first():
                raise StoreError("the upgrade would break links between records; "
                                 "the file was left as it was")
            _set_meta(conn, "app_version", __version__, overwrite=True)
            _set_meta(conn, "created_by_version", __version__, overwrite=False)
        if sqlite:
            conn.exec_driver_sql(f"PRAGMA application_id={health.APPLICATION_ID}")
            conn.exec_driver_sql("PRAGMA foreign_keys=ON")
            conn.commit()


def _set_meta(conn: Connection, key: str, value: str, *, overwrite: bool) -> None:
    row = conn.execute(select(Meta.value).where(Meta.key == key)).first()
    if row is None:
        conn.execute(insert(Meta).values(key=key, value=value))
    elif overwrite:
        conn.execute(update(Meta).where(Meta.key == key).values(value=value))
