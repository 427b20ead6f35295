"""Insert many rows at once: one prepared DBAPI executemany on SQLite, one ``COPY ... FROM
STDIN`` on PostgreSQL.

For imports of 100,000 records: rows are plain tuples in a fixed column order,
each value converted by its column's own type (dates, JSON, booleans), with none
of the per-row dictionary work of an ORM or Core insert.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Sequence
from itertools import chain
from operator import itemgetter
from typing import Any

from sqlalchemy import Column, Connection, FromClause, Table, insert

COPY_CHUNK = 2000  # rows handed to COPY between two checks of the connection


def insert_rows(conn: Connection, table: FromClause, columns: Sequence[str],
                rows: Iterable[Sequence[Any]]) -> None:
    """Insert ``rows`` (each a sequence of values in ``columns`` order) into ``table``.

    A column not given gets its constant default (``default=1``) or the database's own
    (``server_default``); any other column but an autoincrement primary key must be
    given (Python-side callables are not applied here).
    """
    if not isinstance(table, Table):
        raise TypeError(f"insert_rows needs a table, not {table!r}")
    columns, extra = _with_defaults(table, columns)
    if extra:
        rows = (tuple(row) + extra for row in rows)
    if conn.dialect.name == "postgresql":
        _copy(conn, table, columns, rows)
    else:
        _executemany(conn, table, columns, rows)


def _with_defaults(table: Table, columns: Sequence[str]) -> tuple[list[str], tuple[Any, ...]]:
    """The columns to write (those given, then those with a constant default) and the
    constant values to add to each row."""
    given = list(columns)
    extra: list[Any] = []
    missing: list[str] = []
    for col in table.columns:
        if col.primary_key or col.name in given:
            continue
        default = col.default
        if default is not None and getattr(default, "is_scalar", False):
            given.append(col.name)
            extra.append(getattr(default, "arg", None))
        elif col.server_default is None:
            missing.append(col.name)
    if missing:
        raise ValueError(f"insert_rows into {table.name}: no values for {sorted(missing)}")
    return given, tuple(extra)


def _converters(conn: Connection, table: Table,
                columns: Sequence[str]) -> list[tuple[int, Callable[[Any], Any]]]:
    dialect = conn.dialect
    procs: list[tuple[int, Callable[[Any], Any]]] = []
    for i, name in enumerate(columns):
        col: Column[Any] = table.c[name]
        convert = col.type.dialect_impl(dialect).bind_processor(dialect)
        if convert is not None:
            procs.append((i, convert))
    return procs


def _converted(rows: Iterable[Sequence[Any]],
               procs: list[tuple[int, Callable[[Any], Any]]]) -> Iterable[Sequence[Any]]:
    if not procs:
        yield from rows
        return
    for row in rows:
        values = list(row)
        for i, convert in procs:
            value = values[i]
            if value is not None:
                values[i] = convert(value)
        yield values


def _executemany(conn: Connection, table: Table, columns: Sequence[str],
                 rows: Iterable[Sequence[Any]]) -> None:
    dialect = conn.dialect
    compiled = insert(table).compile(dialect=dialect, column_keys=list(columns))
    # A positional DBAPI wants values in the compiled statement's order (table order).
    order = [columns.index(key) for key in compiled.positiontup or ()]
    reorder = itemgetter(*order) if dialect.positional and len(order) > 1 else None
    params: list[Any] = []
    for row in _converted(rows, _converters(conn, table, columns)):
        if reorder is not None:
            params.append(reorder(row))
        elif dialect.positional:
            params.append(tuple(row))
        else:
            params.append(dict(zip(columns, row, strict=True)))
    if params:
        conn.exec_driver_sql(str(compiled), params)


def _copy(conn: Connection, table: Table, columns: Sequence[str],
          rows: Iterable[Sequence[Any]]) -> None:
    """PostgreSQL's COPY in text form: each value as its column's type writes it (JSON
    as its text), the server parses it by the column's type."""
    preparer = conn.dialect.identifier_preparer
    names = ", ".join(preparer.quote(c) for c in columns)
    statement = f"COPY {preparer.format_table(table)} ({names}) FROM STDIN"
    cursor: Any = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        with cursor.copy(statement) as copy:
            for row in _converted(rows, _converters(conn, table, columns)):
                copy.write_row(row)
    finally:
        cursor.close()


VALUES_PER_INSERT = 8000  # bound values per multi-row INSERT (SQLite allows 32,766)


def insert_many(conn: Connection, table: FromClause, columns: Sequence[str],
                rows: Sequence[Sequence[Any]]) -> None:
    """``insert_rows`` for a very large batch: on SQLite, several hundred rows per
    ``INSERT ... VALUES (...), (...)`` statement, and each column's values converted by
    its type once per distinct value (dates, flags); elsewhere the same as
    ``insert_rows``."""
    if conn.dialect.name != "sqlite" or not isinstance(table, Table):
        insert_rows(conn, table, columns, rows)
        return
    names, extra = _with_defaults(table, columns)
    if not rows:
        return
    by_column = list(zip(*rows, strict=True)) if extra == () else \
        list(zip(*(tuple(row) + extra for row in rows), strict=True))
    for i, convert in _converters(conn, table, names):
        by_column[i] = _converted_column(by_column[i], convert)
    params = list(zip(*by_column, strict=True))
    preparer = conn.dialect.identifier_preparer
    head = (f"INSERT INTO {preparer.format_table(table)} "
            f"({', '.join(preparer.quote(n) for n in names)}) VALUES ")
    one = f"({', '.join('?' * len(names))})"
    per = max(1, VALUES_PER_INSERT // len(names))
    for start in range(0, len(params), per):
        part = params[start:start + per]
        conn.exec_driver_sql(head + ", ".join([one] * len(part)),
                             tuple(chain.from_iterable(part)))


def _converted_column(values: Sequence[Any], convert: Callable[[Any], Any]) -> tuple[Any, ...]:
    """Each value as its column's type writes it (None stays None); values that can be
    dictionary keys (dates, flags, numbers) are converted once each."""
    if any(isinstance(v, (list, dict)) for v in values[:1]) or not all(
            v is None or isinstance(v, Hashable) for v in values[:100]):
        return tuple(None if v is None else convert(v) for v in values)
    seen: dict[Any, Any] = {}  # by type and value: 1 == 1.0 == True, yet each converts
    out: list[Any] = []
    for v in values:
        if v is None:
            out.append(None)
            continue
        key = (v.__class__, v)
        try:
            out.append(seen[key])
        except KeyError:
            seen[key] = got = convert(v)
            out.append(got)
        except TypeError:  # a value that cannot be a key after all
            out.append(convert(v))
    return tuple(out)
