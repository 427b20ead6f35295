"""Every checked value of a data file (``db/types``) read as the program's columns read
it (a status it knows, a date that is a date, a number that is a whole number, a list
where values belong): what ``restore`` asks of a backup before it replaces the data file, so that a
backup the program would then call damaged is never put in its place.

Only the tables and columns the file has are read (an older backup lacks the newest
ones, and gets them when it is opened).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.types import TypeDecorator

from calaccess_desktop.db import health
from calaccess_desktop.db.engine import DamagedData, make_engine
from calaccess_desktop.db.revisions import known_revisions

ROWS_AT_ONCE = 5000


def first_unreadable(path: Path) -> str | None:
    """The first value of ``path`` the program cannot read, in words (the table and
    column it is in); None when every value reads."""
    from calaccess_desktop.db.orm import Base

    present = _columns(path)
    engine = make_engine(path, read_only=True, immutable=not health.wal_present(path))
    try:
        with engine.connect() as conn:
            for table in Base.metadata.sorted_tables:
                have = present.get(table.name, set())
                checked = [c for c in table.columns
                           if c.name in have and isinstance(c.type, TypeDecorator)]
                if not checked:
                    continue
                query = select(*checked).execution_options(yield_per=ROWS_AT_ONCE)
                try:
                    for _row in conn.execute(query):
                        pass
                except DamagedData as exc:
                    return f"in its {table.name}: {exc}"
    except SQLAlchemyError as exc:
        return f"SQLite could not read it: {getattr(exc, 'orig', exc)}"
    finally:
        engine.dispose()
    return None


def missing_columns(path: Path) -> list[str]:
    """The columns (``table.column``) this version's tables have and ``path`` lacks."""
    from calaccess_desktop.db.orm import Base

    present = _columns(path)
    return [f"{t.name}.{c.name}" for t in Base.metadata.sorted_tables if t.name in present
            for c in t.columns if c.name not in present[t.name]]


def _columns(path: Path) -> dict[str, set[str]]:
    """Each table of the file and its columns."""
    con = sqlite3.connect(health.readonly_uri(path, immutable=not health.wal_present(path)),
                          uri=True)
    try:
        names = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {n: {r[1] for r in con.execute("SELECT * FROM pragma_table_info(?)", (n,))}
                for n in names}
    finally:
        con.close()


def restorable(path: Path) -> bool:
    """Whether a backup SQLite finds whole could replace the data file: a version this
    program opens, and every value readable (what ``health.latest_good_backup`` offers)."""
    try:
        con = sqlite3.connect(health.readonly_uri(path, immutable=not health.wal_present(path)),
                              uri=True)
        try:
            revision = con.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            con.close()
    except (sqlite3.Error, UnicodeDecodeError):
        return False
    return (revision is not None and str(revision[0]) in known_revisions()
            and first_unreadable(path) is None)
