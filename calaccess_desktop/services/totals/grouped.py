"""A statement's receipts and payments summed into the groups its summary needs, in a
few passes over its typed columns (no record's values read).

Only a receipt's or payment's Amount counts toward a total, and its itemization depends
only on its source's totals (``forms.f460.itemize.decide``), so the records of one contact
with the same schedule, itemize choice, memo mark and child mark are summed into one
group and decided together. Where no record's itemization depends on a contact's
totals (every choice kept, as in an imported file), each such combination is summed over
the whole statement at once. Loans and bills, and receipts and payments without a
contact, are groups of one record each (``Groups.record_id``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from sqlalchemy import bindparam, case, func, or_, select
from sqlalchemy.orm import Session

from calaccess_desktop.db.orm import Record
from calaccess_desktop.forms.f460.itemize import Entry, decide

GROUPED = ("RCPT", "EXPN")  # summed: only their Amount counts toward a total
TOTALS_NEED = ("RCPT", "EXPN", "LOAN", "DEBT")  # the records any form's summary reads
MAX_COMBOS = 4  # more combinations: one GROUP BY costs less than a sum per combination

Combo = tuple[str, str, str, bool, bool]  # rec_type, form_type, itemize, memo, child


@dataclass(frozen=True)
class Groups:
    """The groups, column by column: what itemization reads of each (``entries``, the
    group's amount in ``Entry.amount``), whether it is of child items, and its record
    (a record on its own: loans, bills, no contact) else None."""

    entries: list[Entry] = field(default_factory=list)
    child: list[bool] = field(default_factory=list)
    record_id: list[int | None] = field(default_factory=list)

    def add(self, entry: Entry, child: bool, record_id: int | None = None) -> None:
        """One group more."""
        self.entries.append(entry)
        self.child.append(child)
        self.record_id.append(record_id)


_CHILD = Record.bakref_tid != ""
_ALONE = or_(Record.rec_type.not_in(GROUPED), Record.contact_id.is_(None))
_MINE = (Record.statement_id == bindparam("sid")) & Record.rec_type.in_(TOTALS_NEED)
_SHAPES = (select(Record.rec_type, Record.form_type, Record.itemize, Record.memo, _CHILD,
                  _ALONE).distinct().where(_MINE))
_ALONE_ROWS = select(Record.id, Record.contact_id, Record.rec_type, Record.form_type,
                     Record.itemize, Record.memo, _CHILD,
                     Record.amount_cents).where(_MINE, _ALONE)
# Contact first: most keys then differ in one integer (the sort costs less).
_BY_COMBO = (select(Record.contact_id, Record.rec_type, Record.form_type, Record.itemize,
                    Record.memo, _CHILD, func.sum(Record.amount_cents))
             .where(_MINE, ~_ALONE)
             .group_by(Record.contact_id, Record.rec_type, Record.form_type, Record.itemize,
                       Record.memo, _CHILD))


@lru_cache(maxsize=1024)
def by_totals(rec_type: str, form_type: str, itemize: str, memo: bool) -> bool:
    """Whether such a record's itemization depends on its source's totals, asked of
    ``decide`` itself (the one home of the rule): is it decided otherwise below and at
    the threshold? (Not when its choice is kept or it is a memo item, nor on a schedule
    without a threshold.)"""
    def itemized(cents: int) -> bool:
        entry = Entry(rec_type, form_type, itemize, 1, cents, memo)
        return decide([entry], {}, 1, {}, 1)[0].itemized

    return itemized(0) != itemized(1)


def totals_groups(session: Session, statement_id: int, *, itemizes: bool) -> Groups:
    """The statement's records the summary reads, as groups (``itemizes``: the form
    itemizes by a source's totals)."""
    conn = session.connection()
    sid = {"sid": statement_id}
    shapes = conn.execute(_SHAPES, sid).all()
    combos: list[Combo] = sorted({(rt, ft, it, bool(memo), bool(child))
                                  for rt, ft, it, memo, child, alone in shapes if not alone})
    out = Groups()
    if any(alone for *_, alone in shapes):
        for rid, cid, rt, ft, it, memo, child, cents in conn.execute(_ALONE_ROWS, sid).all():
            out.add(Entry(rt, ft, it, cid, int(cents or 0), bool(memo)), bool(child), rid)
    if not combos:
        return out
    per_contact = itemizes and (
        any(by_totals(*c[:4]) for c in combos)
        or any(e.contact_id is not None and by_totals(e.rec_type, e.form_type, e.itemize,
                                                      e.memo) for e in out.entries))
    if per_contact and len(combos) > MAX_COMBOS:
        for cid, rt, ft, it, memo, child, cents in conn.execute(_BY_COMBO, sid).all():
            out.add(Entry(rt, ft, it, cid, int(cents or 0), bool(memo)), bool(child))
        return out
    query = _sums_query(tuple((memo, child) for *_, memo, child in combos), per_contact)
    params: dict[str, Any] = dict(sid)
    for n, (rt, ft, it, _memo, _child) in enumerate(combos):
        params.update({f"rt{n}": rt, f"ft{n}": ft, f"it{n}": it})
    if per_contact:
        rows = conn.execute(query, params).all()
        for n, (rt, ft, it, memo, child) in enumerate(combos, start=1):
            found = [Entry(rt, ft, it, row[0], int(row[n]), memo)
                     for row in rows if row[n] is not None]
            out.entries.extend(found)
            out.child.extend([child] * len(found))
            out.record_id.extend([None] * len(found))
    else:  # nobody's itemization depends on a total: each combination over the statement
        totals = conn.execute(query, params).one()
        for (rt, ft, it, memo, child), cents in zip(combos, totals, strict=True):
            if cents is not None:
                out.add(Entry(rt, ft, it, None, int(cents), memo), child)
    return out


@lru_cache(maxsize=256)
def _sums_query(flags: tuple[tuple[bool, bool], ...], per_contact: bool) -> Any:
    """One SUM per combination (NULL where no record has it; its schedule and choice are
    the parameters rt<n>, ft<n>, it<n>; ``flags``: its memo and child marks), per contact
    or over the statement. Built once per shape (building costs more than running)."""
    sums = []
    for n, (memo, child) in enumerate(flags):
        match = ((Record.rec_type == bindparam(f"rt{n}"))
                 & (Record.form_type == bindparam(f"ft{n}"))
                 & (Record.itemize == bindparam(f"it{n}"))
                 & (Record.memo.is_(True) if memo else Record.memo.is_(False))
                 & (_CHILD if child else Record.bakref_tid == ""))
        sums.append(func.sum(case((match, Record.amount_cents))))
    if per_contact:
        return (select(Record.contact_id, *sums).where(_MINE, ~_ALONE)
                .group_by(Record.contact_id))
    return select(*sums).where(_MINE, ~_ALONE)
