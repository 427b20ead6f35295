"""Engines for the store: SQLite files with foreign keys and WAL, or a PostgreSQL URL."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import orjson
from sqlalchemy import Engine, create_engine, event


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
    from sqlalchemy.engine import make_url

    url = make_url(text)
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    return Path(url.database).expanduser()


def make_engine(target: str | Path) -> Engine:
    """Create an engine; SQLite connections get foreign keys, WAL and a busy timeout."""
    url = database_url(target)
    engine = create_engine(
        url, future=True, json_serializer=dumps_json, json_deserializer=orjson.loads
    )
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


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
