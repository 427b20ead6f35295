"""Engines for the store: SQLite files with foreign keys and WAL (or read-only), or a
PostgreSQL server (``postgresql://user@host/db``, driven by psycopg 3). An address this
version cannot use, and a server that cannot be reached, are StoreErrors in plain words."""

from __future__ import annotations

import json
import re
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


POSTGRES_SCHEMES = ("postgresql://", "postgres://", "postgresql+psycopg://")
_PASSWORD = re.compile(r"(://[^/?#@:]*):[^/?#@]*@")
CONNECT_TIMEOUT = 10  # seconds to wait for a database server to answer
LOCK_TIMEOUT = 30  # seconds a statement waits for a row another client holds, then gives up


def database_url(target: str | Path) -> str:
    """A SQLAlchemy URL for a file path, or the URL itself when one is given (a
    PostgreSQL address always through psycopg 3, the declared driver)."""
    text = str(target)
    if "://" in text:
        scheme, rest = text.split("://", 1)
        if scheme.lower() in ("postgresql", "postgres"):
            return f"postgresql+psycopg://{rest}"
        return text
    return f"sqlite:///{Path(text).expanduser().resolve()}"


def is_server(target: str | Path) -> bool:
    """Whether ``target`` names a PostgreSQL server's database (not a data file)."""
    return str(target).lower().startswith(POSTGRES_SCHEMES)


def shown_url(target: str | Path) -> str:
    """``target`` as it may be shown or logged: a server address without its password."""
    return _PASSWORD.sub(r"\1:***@", str(target))


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
        shown = text.split("://", 1)[0] + "://..." if "@" in text else text
        raise StoreError(f"{shown} is not a database address; give the path of a data file "
                         "(for example calaccess.sqlite) or a PostgreSQL address "
                         "(postgresql://user@host/database).") from exc


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
    elif is_server(target):
        url, options["connect_args"] = _server_options(parse_url(url))
        options["pool_pre_ping"] = True  # a server restarted overnight: reconnect
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


def _server_options(url: Any) -> tuple[Any, dict[str, Any]]:
    """The URL without the options this app sets itself, and the driver's options
    (a connection timeout so an unreachable server is said in seconds, not minutes)."""
    query = dict(url.query)
    seconds = _seconds(url, query, "connect_timeout", CONNECT_TIMEOUT)
    # A row another client holds (a program writing outside the app's write lock, an
    # upgrade) is waited for at most this long, then the work stops in words: never a
    # window that waits for ever.
    locks = _seconds(url, query, "lock_timeout", LOCK_TIMEOUT)
    name = query.pop("application_name", "calaccess-desktop")
    # Times are stored as UTC without a zone: the session's zone must be UTC, whatever
    # the server's default, or an aware time would be shifted into local time.
    return url.set(query=query), {"connect_timeout": seconds, "application_name": str(name),
                                  "options": f"-c TimeZone=UTC -c lock_timeout={locks}s"}


def _seconds(url: Any, query: dict[str, Any], name: str, default: int) -> int:
    """A whole number of seconds given in the address (1 to an hour), or ``default``."""
    wait = query.pop(name, default)
    try:
        return min(3600, max(1, int(str(wait))))
    except ValueError as exc:
        shown = url.render_as_string(hide_password=True)
        raise StoreError(f"{shown}: {name}={wait} is not a number of seconds.") from exc


SERVER_PROBLEMS: tuple[tuple[str, str], ...] = (
    ("password authentication failed", "the server refused the user name or password. "
     "Check them (a password is best kept in ~/.pgpass or PGPASSWORD, not in the address)"),
    ("no password supplied", "the server asks for a password and none was given. Put it in "
     "~/.pgpass or PGPASSWORD (or in the address, postgresql://user:password@host/db)"),
    ('role "', "{said}. Check the user name in the address, or ask the server's "
     "administrator to create the user (createuser NAME)"),
    ("does not exist", "{said}. Check the name in the address, or ask the server's "
     "administrator to create it (createdb NAME)"),
    ("could not translate host name", "the server's host name is not known. Check the "
     "address and the network"),
    ("failed to resolve host", "the server's host name is not known. Check the address and "
     "the network"),
    ("timeout expired", "the server did not answer in time. Check the address, the network "
     "and that the server is running"),
    ("connection refused", "no database server is running there (the connection was "
     "refused). Check the address and port, and that the server is started"),
    ("no such file or directory", "no database server is running there (no server socket). "
     "Check the address and that the server is started"),
    ("is starting up", "the server is still starting. Try again in a moment"),
    ("shutting down", "the server is shutting down. Try again when it is back"),
    ("closed the connection", "the server closed the connection. Nothing was changed; "
     "try again (ask its administrator if this goes on)"),
    ("terminating connection", "the server ended the connection. Nothing was changed; "
     "try again (ask its administrator if this goes on)"),
    ("permission denied", "{said}: this user may not do that on the server. Ask the "
     "server's administrator for the rights to the database"),
    ("too many connections", "the server has too many connections open. Try again later"),
    ("lock timeout", "another program on the server held the rows this needed for longer "
     "than the app waits. Nothing was changed; try again in a moment"),
    ("pg_hba.conf", "the server does not accept this user from this computer (pg_hba.conf). "
     "Ask the server's administrator"),
)


def server_problem(exc: BaseException, target: str | Path) -> StoreError | None:
    """A database server failure (``exc``: SQLAlchemy's, or the driver's) in plain words,
    naming the address without its password; None when it is not one."""
    orig = getattr(exc, "orig", None) or exc
    if not type(orig).__module__.startswith("psycopg"):
        return None
    import psycopg

    if not isinstance(orig, psycopg.OperationalError | psycopg.errors.InsufficientPrivilege):
        return None  # the program's own mistake: a crash report, not a server problem
    said = " ".join(str(orig).split())
    for needle, words in SERVER_PROBLEMS:
        if needle in said.lower():
            detail = said.rsplit("FATAL: ", 1)[-1].split(" DETAIL", 1)[0].strip()
            text = words.replace("{said}", detail)
            return StoreError(f"{shown_url(target)}: {text}. Nothing was changed.")
    return StoreError(f"{shown_url(target)}: the database server reported a problem "
                      f"({said[:300]}). Nothing was changed.")


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
