"""Engines for the store: SQLite files with foreign keys and WAL (or read-only), or a
PostgreSQL URL. An address this version cannot use is a StoreError in plain words."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import orjson
from sqlalchemy import Engine, create_engine, event

from calaccess_desktop.db.health import StoreError, readonly_uri
from calaccess_desktop.errors import UserError

READ_ONLY = "calaccess_read_only"  # execution option of an engine that may not write


class DamagedData(UserError):
    """A saved value in the data file cannot be read (damaged by another program or the
    disk); the store adds which file."""


def database_url(target: str | Path) -> str:
    """A SQLAlchemy URL for a file path, or the URL itself when one is given."""
    text = str(target)
    if "://" in text:
        return text
    return f"sqlite:///{Path(text).expanduser().resolve()}"


def sqlite_file(target: str | Path) -> Path | None:
    """The SQLite file behind a path or a ``sqlite:///`` URL (None for other databases
    and in-memory SQLite)."""
    text = str(target)
    if "://" not in text:
        return Path(text).expanduser()
    url = parse_url(text)
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    return Path(url.database).expanduser()


def parse_url(text: str) -> Any:
    """The SQLAlchemy URL of a database address (StoreError when it is not one)."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        return make_url(text)
    except (ArgumentError, ValueError) as exc:
        raise StoreError(f"{text} is not a database address; give the path of a data file "
                         "(for example calaccess.sqlite).") from exc


def make_engine(target: str | Path, *, read_only: bool = False,
                immutable: bool = False) -> Engine:
    """Create an engine; SQLite connections get foreign keys, WAL and a busy timeout.

    ``read_only`` opens a SQLite file that may not be written (no WAL switch, no -wal
    or -shm created when ``immutable``: nobody else has it open)."""
    from sqlalchemy.exc import NoSuchModuleError

    url: Any = database_url(target)
    options: dict[str, Any] = {}
    path = sqlite_file(target)
    if path is not None:  # connect by path: no URL parsing of '?' or '#' in a file name
        from sqlalchemy.engine import URL

        url = URL.create("sqlite", database=str(path.resolve()))
        if read_only:
            uri = readonly_uri(path, immutable=immutable)
            options["creator"] = lambda: sqlite3.connect(uri, uri=True,
                                                         check_same_thread=False)
        else:
            name = str(path.resolve())
            options["creator"] = lambda: sqlite3.connect(name, check_same_thread=False)
    try:
        engine = create_engine(url, future=True, json_serializer=dumps_json,
                               json_deserializer=loads_json, **options)
    except NoSuchModuleError as exc:
        raise StoreError(f"{_scheme(url)}: this kind of database address is not known. Give "
                         "the path of a data file (for example calaccess.sqlite).") from exc
    except ImportError as exc:
        raise StoreError(f"{_scheme(url)} databases need a database driver that is not "
                         f"installed ({exc.name or 'driver'}). Use a data file (.sqlite), or "
                         "install the driver.") from exc
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _read_only_pragmas if read_only else _sqlite_pragmas)
    if read_only:
        return engine.execution_options(**{READ_ONLY: True})
    return engine


def _scheme(url: Any) -> str:
    return str(url).split("://", 1)[0] + "://"


def loads_json(text: str | bytes) -> Any:
    """A JSON column's value; damaged text is a DamagedData error, not a crash."""
    try:
        return orjson.loads(text)
    except orjson.JSONDecodeError as exc:
        raise DamagedData("a saved entry holds damaged text where a list of values "
                          "belongs") from exc


def dumps_json(value: Any) -> str:
    """JSON text for a column (orjson: the values list of 100,000 records is written
    and read on every import, export and summary)."""
    try:
        return orjson.dumps(value).decode()
    except TypeError:  # what orjson refuses (non-text keys, huge ints): as json always did
        return json.dumps(value)


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA busy_timeout=5000")
    cur.close()


def _read_only_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA query_only=ON")
    cur.execute("PRAGMA busy_timeout=5000")
    cur.close()
