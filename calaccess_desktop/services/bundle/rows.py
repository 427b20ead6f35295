"""Which tables hold a committee, and their rows to and from JSON.

The tables are found from the schema itself: every table reachable from ``committees``
through foreign keys (statements, contacts, records, submissions and their events, and
any table a later version adds), except the undo history, which belongs to one
computer's session. A row is a JSON object by column name; dates and times are ISO text,
bytes are a member file of the bundle (``{"$file": name}``).
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import Any

from sqlalchemy import JSON, String, Table
from sqlalchemy.types import TypeDecorator

from calaccess_desktop.db.orm import Base
from calaccess_desktop.db.types import Choice, JSONList, JSONObject
from calaccess_desktop.services.bundle.archive import BundleError

LEFT_OUT = frozenset({"undo_entries"})
ROOT = "committees"


def committee_tables() -> list[Table]:
    """The tables that hold a committee's data, parents before children."""
    reached = {ROOT}
    order = [Base.metadata.tables[ROOT]]
    for table in Base.metadata.sorted_tables:  # parents first
        if table.name in reached or table.name in LEFT_OUT:
            continue
        if any(fk.column.table.name in reached for fk in table.foreign_keys):
            reached.add(table.name)
            order.append(table)
    return order


def owner_column(table: Table) -> tuple[str, str] | None:
    """The column tying a table's rows to the committee's data, and the table it points
    to (the first parent in ``committee_tables`` order)."""
    names = [t.name for t in committee_tables()]
    best: tuple[bool, int, str, str] | None = None
    for fk in table.foreign_keys:
        parent = fk.column.table.name
        if parent in names and parent != table.name:
            rank = (bool(fk.parent.nullable), names.index(parent))  # a required link first
            if best is None or rank < best[:2]:
                best = (*rank, fk.parent.name, parent)
    return None if best is None else (best[2], best[3])


def links(table: Table) -> dict[str, str]:
    """Each foreign-key column of ``table`` and the table it points to."""
    return {fk.parent.name: fk.column.table.name for fk in table.foreign_keys}


def to_json(value: Any, member: str | None = None) -> Any:
    """A column value as JSON (``member``: where bytes go in the bundle)."""
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, bytes):
        return {"$file": member}
    return value


def _python_type(column: Any) -> type | None:
    kind = column.type
    if isinstance(kind, JSONList):
        return list
    if isinstance(kind, JSONObject):
        return dict
    while isinstance(kind, TypeDecorator):
        kind = kind.impl_instance
    if isinstance(kind, JSON):
        return None  # any JSON value
    try:
        found: type = kind.python_type
        return found
    except NotImplementedError:
        return None


@functools.cache
def _columns(name: str) -> tuple[tuple[str, type | None, bool], ...]:
    """Each column of a table: its name, the Python type of its values, nullable."""
    return tuple((str(c.name), _python_type(c), bool(c.nullable))
                 for c in Base.metadata.tables[name].columns)


@functools.cache
def _limits(name: str) -> dict[str, tuple[int | None, frozenset[str] | None]]:
    """Each text column's longest value and, for a fixed set of words, the words."""
    out: dict[str, tuple[int | None, frozenset[str] | None]] = {}
    for c in Base.metadata.tables[name].columns:
        kind = c.type
        if isinstance(kind, Choice):
            out[str(c.name)] = (getattr(kind.impl_instance, "length", None), kind.allowed)
        elif isinstance(kind, String) and kind.length:
            out[str(c.name)] = (kind.length, None)
    return out


def _check_text(table: str, row: dict[str, Any], where: str) -> None:
    for name, (length, allowed) in _limits(table).items():
        value = row.get(name)
        if not isinstance(value, str):
            continue
        place = f"{where}: {table} row {row.get('id', '?')}, {name}"
        if allowed is not None and value not in allowed:
            raise BundleError(f"{place}: {value[:40]!r} is not one this program knows")
        if length is not None and len(value) > 10 * length + 100:  # a value no app wrote
            raise BundleError(f"{place}: {len(value):,} characters, far longer than the "
                              f"{length} it holds")


@functools.cache
def _required(name: str) -> frozenset[str]:
    """The columns a row must give: no default fills them in."""
    return frozenset(str(c.name) for c in Base.metadata.tables[name].columns
                     if not c.nullable and c.default is None and c.server_default is None)


def from_json(table: Table, row: Any, files: dict[str, bytes], where: str) -> dict[str, Any]:
    """A bundle row as column values for ``table`` (BundleError naming the row and column
    when a value has the wrong kind); columns the bundle lacks get their defaults."""
    if not isinstance(row, dict):
        raise BundleError(f"{where}: a row of {table.name} is not a set of named values")
    out: dict[str, Any] = {}
    for name, kind, nullable in _columns(table.name):
        if name not in row:
            continue
        value = row[name]
        if type(value) is kind and (kind is str or (isinstance(value, int)
                                                    and -2**63 <= value < 2**63)):
            out[name] = value  # the common case, checked without a call
            continue
        place = f"{where}: {table.name} row {row.get('id', '?')}, {name}"
        out[name] = _value(value, kind, files, place, nullable)
    if "id" in table.columns and not isinstance(out.get("id"), int):
        raise BundleError(f"{where}: a row of {table.name} has no number (id)")
    _check_text(table.name, out, where)
    missing = sorted(_required(table.name) - set(out))
    if missing:
        raise BundleError(f"{where}: {table.name} row {out.get('id', '?')} lacks "
                          f"{', '.join(missing)}")
    return out


def _value(value: Any, kind: type | None, files: dict[str, bytes], place: str,
           nullable: bool | None) -> Any:
    if value is None:
        if nullable is False:
            raise BundleError(f"{place}: a value is needed here")
        return None
    try:
        if kind is dt.datetime:
            stamp = dt.datetime.fromisoformat(str(value))
            return stamp if stamp.tzinfo else stamp.replace(tzinfo=dt.UTC)
        if kind is dt.date:
            return dt.date.fromisoformat(str(value))
    except ValueError:
        raise BundleError(f"{place}: {str(value)[:40]!r} is not a date") from None
    if kind is bytes:
        name = value.get("$file") if isinstance(value, dict) else None
        if not isinstance(name, str) or name not in files:
            raise BundleError(f"{place}: the file it names is not in the bundle")
        return files[name]
    if kind is bool:
        if isinstance(value, bool):
            return value
        raise BundleError(f"{place}: {str(value)[:40]!r} is not yes/no")
    if kind is int:
        if isinstance(value, int) and not isinstance(value, bool) and abs(value) < 2**63:
            return value
        raise BundleError(f"{place}: {str(value)[:40]!r} is not a whole number")
    if kind is str:
        if isinstance(value, str):
            return value
        raise BundleError(f"{place}: {str(value)[:40]!r} is not text")
    if kind is dict and not isinstance(value, dict):
        raise BundleError(f"{place}: not a set of named values")
    if kind is list and not isinstance(value, list):
        raise BundleError(f"{place}: not a list")
    return value
