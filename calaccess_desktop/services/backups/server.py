"""Backups of a database on a PostgreSQL server: ``pg_dump`` when it is installed (a
custom-format archive, restored with ``pg_restore``), else a logical copy into a new
SQLite data file (every table read in one snapshot and written row by row; the copy
opens as a data file itself). Each is checked before it is kept, and says which it is.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, func, insert, select, text

from calaccess_desktop.db.engine import parse_url, shown_url
from calaccess_desktop.errors import UserError

DUMP_SUFFIX = ".pgdump"
PG_DUMP = "pg_dump (a PostgreSQL archive: restore it with pg_restore)"
LOGICAL = "a logical copy into a data file (open it with --db, or in Settings)"
CHUNK = 5000  # rows read and written at a time by the logical copy


class ServerBackupFailed(UserError):
    """The server's database could not be backed up; nothing was kept."""


@dataclass(frozen=True, slots=True)
class ServerBackup:
    """A backup written: where, and how it was made (in words)."""

    path: Path
    how: str


def find_pg_dump() -> str | None:
    """pg_dump on PATH, else the newest under /usr/lib/postgresql/*/bin, else None."""
    found = shutil.which("pg_dump")
    if found:
        return found
    versions = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_dump"),
                      key=lambda p: [int(x) for x in p.parent.parent.name.split(".")
                                     if x.isdigit()], reverse=True)
    return str(versions[0]) if versions else None


def backup_database(engine: Engine, location: str, partial: Path, *,
                    use_pg_dump: bool = True) -> str:
    """Write a checked backup of the server's database into ``partial``; returns how it
    was made (``PG_DUMP`` or ``LOGICAL``). A pg_dump that cannot serve this server (an
    older version, say) gives way to the logical copy."""
    program = find_pg_dump() if use_pg_dump else None
    if program is not None and _pg_dump(program, location, partial):
        return PG_DUMP
    partial.unlink(missing_ok=True)
    logical_copy(engine, partial)
    return LOGICAL


def _pg_dump(program: str, location: str, partial: Path) -> bool:
    """Run pg_dump (the password in its environment, never on its command line) and check
    the archive with pg_restore --list; False when pg_dump cannot do it."""
    argv, env = _libpq(location)
    done = subprocess.run([program, "--format=custom", "--no-owner", f"--file={partial}",
                           *argv], env=env, capture_output=True, text=True, timeout=3600,
                          check=False)
    if done.returncode != 0 or not partial.exists():
        return False
    restore = Path(program).with_name("pg_restore")
    if restore.exists():
        listed = subprocess.run([str(restore), "--list", str(partial)], capture_output=True,
                                text=True, timeout=600, check=False)
        if listed.returncode != 0 or "TABLE DATA" not in listed.stdout:
            raise ServerBackupFailed(f"{shown_url(location)}: pg_dump wrote an archive that "
                                     "pg_restore cannot read; nothing was kept.")
    return True


def _libpq(location: str) -> tuple[list[str], dict[str, str]]:
    url = parse_url(location)
    env = dict(os.environ)
    argv = [f"--dbname={url.database or ''}"]
    host = url.host or url.query.get("host")
    if host:
        argv.append(f"--host={host}")
    port = url.port or url.query.get("port")
    if port:
        argv.append(f"--port={port}")
    if url.username:
        argv.append(f"--username={url.username}")
    if url.password is not None:
        env["PGPASSWORD"] = str(url.password)
    argv.append("--no-password")  # never wait on a prompt: a missing password fails
    return argv, env


def logical_copy(engine: Engine, target: Path) -> None:
    """Copy every table of the server's database into a new data file at ``target`` (in
    one snapshot of the server), then check the copy's rows and SQLite's integrity."""
    from calaccess_desktop.db.engine import make_engine
    from calaccess_desktop.db.orm import Base
    from calaccess_desktop.db.upgrade import create_schema

    copy = make_engine(target)
    try:
        create_schema(copy)
        counts: dict[str, int] = {}
        with engine.connect() as source, copy.begin() as sink:
            source.execute(text("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY"))
            sink.exec_driver_sql("PRAGMA defer_foreign_keys=ON")
            for table in Base.metadata.sorted_tables:
                sink.execute(table.delete())  # the meta rows of a new file
                counts[table.name] = _copy_table(source, sink, table)
        _check_counts(copy, target, counts)
    finally:
        copy.dispose()
    _check_file(target)


def _copy_table(source: Any, sink: Any, table: Any) -> int:
    result = source.execution_options(stream_results=True, yield_per=CHUNK).execute(
        select(table))
    count = 0
    for rows in result.partitions(CHUNK):
        sink.execute(insert(table), [dict(r._mapping) for r in rows])
        count += len(rows)
    return count


def _check_counts(copy: Engine, target: Path, counts: dict[str, int]) -> None:
    from calaccess_desktop.db.orm import Base

    with copy.connect() as conn:
        for table in Base.metadata.sorted_tables:
            got = conn.execute(select(func.count()).select_from(table)).scalar()
            if got != counts[table.name]:
                raise ServerBackupFailed(f"{target}: the copy of {table.name} holds {got} "
                                         f"rows, not {counts[table.name]}; nothing was kept.")


def _check_file(target: Path) -> None:
    con = sqlite3.connect(target)
    try:
        check = con.execute("PRAGMA integrity_check").fetchone()[0]
        con.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
    finally:
        con.close()
    if check != "ok":
        raise ServerBackupFailed(f"{target}: the copy failed SQLite's check ({check}); "
                                 "nothing was kept.")


def stand_in(location: str) -> Path:
    """Where a server database's backups are kept: a name for it (host, port, database;
    never the password) in the ``servers/backups`` folder of the user's data folder."""
    import re

    from platformdirs import user_data_dir

    from calaccess_desktop import APP_NAME

    url = parse_url(location)
    host = str(url.host or url.query.get("host") or "local")
    port = str(url.port or url.query.get("port") or "")
    name = "-".join(p for p in (host, port, str(url.database or url.username or "db")) if p)
    safe = re.sub(r"[^A-Za-z0-9_.]+", "_", name).strip("_.")[:80] or "server"
    return Path(user_data_dir(APP_NAME, appauthor=False)) / "servers" / safe
