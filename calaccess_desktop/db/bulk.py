"""Insert many rows at once through one prepared DBAPI executemany.

For imports of 100,000 records: rows are plain tuples in a fixed column order,
each value converted by its column's own type (dates, JSON, booleans), with none
of the per-row dictionary work of an ORM or Core insert.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, FromClause, Table, insert


def insert_rows(conn: Connection, table: FromClause, columns: Sequence[str],
                rows: Iterable[Sequence[Any]]) -> None:
    """Insert ``rows`` (each a sequence of values in ``columns`` order) into ``table``.

    Every column other than an autoincrement primary key must be given, since
    Python-side defaults are not applied here.
    """
    if not isinstance(table, Table):
        raise TypeError(f"insert_rows needs a table, not {table!r}")
    missing = {c.name for c in table.columns if not c.primary_key} - set(columns)
    if missing:
        raise ValueError(f"insert_rows into {table.name}: no values for {sorted(missing)}")
    dialect = conn.dialect
    compiled = insert(table).compile(dialect=dialect, column_keys=list(columns))
    procs: list[tuple[int, Callable[[Any], Any]]] = []
    for i, name in enumerate(columns):
        col_type = table.c[name].type
        convert = col_type.dialect_impl(dialect).bind_processor(dialect)
        if convert is not None:
            procs.append((i, convert))
    # A positional DBAPI wants values in the compiled statement's order (table order).
    order = [columns.index(key) for key in compiled.positiontup or ()]
    reorder = itemgetter(*order) if dialect.positional and len(order) > 1 else None
    params: list[Any] = []
    for row in rows:
        if procs:
            row = list(row)
            for i, convert in procs:
                value = row[i]
                if value is not None:
                    row[i] = convert(value)
        if reorder is not None:
            params.append(reorder(row))
        elif dialect.positional:
            params.append(tuple(row))
        else:
            params.append(dict(zip(columns, row, strict=True)))
    if params:
        conn.exec_driver_sql(str(compiled), params)
