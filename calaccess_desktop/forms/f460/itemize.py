"""Itemization and cumulative-to-date (form-rules.md §5), as pure functions.

- Schedules A, C and B Part 1: a source is itemized once its calendar-year total
  (monetary, nonmonetary and loans together) reaches the contributor threshold: the
  state's $100, or a filing officer's lower one where its jurisdiction asks for less
  (``contributor_threshold``; form-rules §8.1: "local agencies may require less"); the
  record shows that cumulative total.
- Schedule D: per candidate, measure or committee per calendar year (form-rules §5),
  at the state's payment threshold.
- Schedules E and I: per payee or source per period, at the state's threshold.
- Other schedules: every entry is itemized.
Records marked 'always' (as filed) or 'never'/'lump' keep their choice.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
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


def contributor_threshold(state: Cents, officers_own: Iterable[Cents | None]) -> Cents:
    """The contributor itemization threshold: the lowest of the filing officers' own
    (None: that officer follows the state), else the state's."""
    own = [c for c in officers_own if c is not None]
    return min([*own, state]) if own else state


def decide(entries: Sequence[Entry], ytd_before: Mapping[int, Cents],
           threshold: Cents, payments_before: Mapping[int, Cents] | None = None,
           payment_threshold: Cents | None = None) -> list[Decision]:
    """Itemization decisions in the order of ``entries``. ``ytd_before`` and
    ``payments_before`` are the calendar-year totals of earlier statements per contact
    (contributions received; Schedule D payments made). ``threshold`` is for sources of
    contributions (A, C, B1); ``payment_threshold`` (default: the same) for D, E and I."""
    pay_at = threshold if payment_threshold is None else payment_threshold
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
            at = threshold if kind in CUMULATIVE else pay_at
            out.append(Decision(cumulative >= at, cumulative))
        elif kind in PER_PERIOD:
            total = e.amount if e.contact_id is None else period_total[(e.form_type, e.contact_id)]
            out.append(Decision(total >= pay_at, None))
        else:
            out.append(Decision(True, None))
    return out
