"""Itemization and cumulative-to-date (form-rules.md §5), as pure functions.

- Schedules A, C and B Part 1: a source is itemized once its calendar-year total
  (monetary, nonmonetary and loans together) reaches the threshold; the record
  shows that cumulative total.
- Schedule D: per candidate, measure or committee per calendar year (form-rules §5).
- Schedules E and I: per payee or source per period.
- Other schedules: every entry is itemized.
Records marked 'always' (as filed) or 'never'/'lump' keep their choice.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from calaccess_desktop.domain.money import Cents

CUMULATIVE = frozenset({("RCPT", "A"), ("RCPT", "C"), ("LOAN", "B1")})
PAYEE_CUMULATIVE = frozenset({("EXPN", "D")})
PER_PERIOD = frozenset({("EXPN", "E"), ("RCPT", "I")})


class Entry(NamedTuple):
    """What the rule needs to know about one record (a tuple: built 100,000 times)."""

    rec_type: str
    form_type: str
    itemize: str  # auto | always | never | lump
    contact_id: int | None
    amount: Cents
    memo: bool = False


@dataclass(frozen=True, slots=True)
class Decision:
    """The outcome for one record."""

    itemized: bool
    cumulative: Cents | None  # calendar-year total for A/C/B1 sources


def decide(entries: Sequence[Entry], ytd_before: Mapping[int, Cents],
           threshold: Cents, payments_before: Mapping[int, Cents] | None = None,
           ) -> list[Decision]:
    """Itemization decisions in the order of ``entries``. ``ytd_before`` and
    ``payments_before`` are the calendar-year totals of earlier statements per contact
    (contributions received; Schedule D payments made)."""
    paid_before = payments_before or {}
    year_total: dict[int, Cents] = defaultdict(int)
    paid_total: dict[int, Cents] = defaultdict(int)
    period_total: dict[tuple[str, int], Cents] = defaultdict(int)
    for e in entries:
        if e.contact_id is None or e.memo:
            continue
        kind = (e.rec_type, e.form_type)
        if kind in CUMULATIVE:
            year_total[e.contact_id] += e.amount
        elif kind in PAYEE_CUMULATIVE:
            paid_total[e.contact_id] += e.amount
        elif kind in PER_PERIOD:
            period_total[(e.form_type, e.contact_id)] += e.amount
    out = []
    for e in entries:
        kind = (e.rec_type, e.form_type)
        cumulative = None
        if kind in CUMULATIVE:
            own = e.amount if e.contact_id is None else year_total[e.contact_id]
            cumulative = own + ytd_before.get(e.contact_id or -1, 0)
        elif kind in PAYEE_CUMULATIVE:
            own = e.amount if e.contact_id is None else paid_total[e.contact_id]
            cumulative = own + paid_before.get(e.contact_id or -1, 0)
        if e.itemize in ("never", "lump"):
            out.append(Decision(False, cumulative))
        elif e.itemize == "always" or e.memo:
            out.append(Decision(True, cumulative))
        elif cumulative is not None:
            out.append(Decision(cumulative >= threshold, cumulative))
        elif kind in PER_PERIOD:
            total = e.amount if e.contact_id is None else period_total[(e.form_type, e.contact_id)]
            out.append(Decision(total >= threshold, None))
        else:
            out.append(Decision(True, None))
    return out
