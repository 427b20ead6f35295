"""The rows of one layout whose required-field check could find something, column by column.

A full check asks this once per layout instead of checking every row: a row can only miss
a required field if one of the checked values is blank, and a conditionally required
field matters only where its condition holds. Blanks are found a column at a time
(``Ctx.columns``); the conditions say which fields they read (``conditions.base.reads_of``),
so each is asked once per distinct combination of those values among the rows with a
blank, on one row holding it (a condition that does not say is asked row by row). The
rows returned are a superset: the engine runs the same per-row check on them
(``engine._spec_findings``), and every other row would give nothing.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Sequence
from itertools import compress
from typing import TYPE_CHECKING

from calaccess_desktop.validation.conditions.base import reads_of

if TYPE_CHECKING:
    from calaccess_desktop.validation.context import Row

Condition = Callable[["Row"], bool]
Column = Sequence[str]


ALL = None  # every row (a column with no value in it, the usual case)


def blank_at(column: Column) -> set[int] | None:
    """Positions of the blank values of one column (``ALL``: every one)."""
    if all(column):
        return set()
    if not any(column):
        return ALL
    return set(compress(range(len(column)), map(operator.not_, column)))


def _blank_in(columns: Sequence[Column], fields: Sequence[int],
              cache: dict[int, set[int] | None]) -> set[int] | None:
    """Positions of the rows with a blank value in any of ``fields`` (``ALL``: every row)."""
    out: set[int] = set()
    for i in fields:
        if i not in cache:
            cache[i] = blank_at(columns[i])
        found = cache[i]
        if found is ALL:
            return ALL
        out |= found
    return out


def _holding(rows: Sequence[Row], columns: Sequence[Column], test: Condition) -> set[int] | None:
    """Positions of the rows ``test`` holds on (``ALL``: every row), asked once per
    distinct value of the fields it reads, on one row holding it."""
    names = reads_of(test)
    if names is None:
        return {k for k, r in enumerate(rows) if test(r)}
    ix = rows[0].ix
    read = [ix[n] for n in dict.fromkeys(names) if n in ix]  # others: blank in every row
    if not read:
        return ALL if test(rows[0]) else set()
    keys: Sequence[object] = (columns[read[0]] if len(read) == 1
                              else list(zip(*(columns[i] for i in read), strict=True)))
    one_each = dict(zip(keys, range(len(keys)), strict=True))  # one row per distinct key
    yes = {k for k, p in one_each.items() if test(rows[p])}
    if not yes:
        return set()
    if len(yes) == len(one_each):
        return ALL
    return {p for p, k in enumerate(keys) if k in yes}


def spec_candidates(rows: Sequence[Row], columns: Sequence[Column],
                    always: Sequence[int],
                    groups: Sequence[tuple[Condition, Sequence[int]]]) -> list[int]:
    """Positions (in ``rows``, one layout's rows) of the rows that may miss a required
    field: ``always`` are the positions of the unconditional fields, each group a
    condition and the positions of the fields it makes required."""
    if not rows:
        return []
    every = range(len(rows))
    cache: dict[int, set[int] | None] = {}
    picked = _blank_in(columns, always, cache)
    if picked is ALL:
        return list(every)
    for test, fields in groups:
        blank = _blank_in(columns, fields, cache)
        if blank is not ALL and not blank - picked:
            continue
        holds = _holding(rows, columns, test)
        if holds is ALL:
            holds = set(every) if blank is ALL else blank
        elif blank is not ALL:
            holds &= blank
        picked |= holds
    return sorted(picked)
