"""Calendar-year totals per contact, for the table's cumulative column and the entry form.

Follows ``forms/f460/itemize.py``: for Schedules A, C and B Part 1 a source's
cumulative total is everything received from it in the calendar year (this
statement plus earlier statements of the same year, memo items excluded).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from calaccess_desktop.db.orm import Contact, Record, Statement
from calaccess_desktop.domain.money import Cents
from calaccess_desktop.forms.f460.itemize import CUMULATIVE, PER_PERIOD
from calaccess_desktop.services.contacts import match_key
from calaccess_desktop.services.snapshots import earlier_statement_ids

KINDS = tuple(f"{rt}|{ft}" for rt, ft in sorted(CUMULATIVE))


def _kind_filter() -> Any:
    return (Record.rec_type + "|" + Record.form_type).in_(KINDS)


def contact_totals(session: Session, statement_id: int, earlier: list[int] | None = None,
                   contact_ids: Iterable[int] | None = None) -> dict[int, Cents]:
    """Calendar-year totals (A, C, B1) of the contacts of this statement, or only of
    ``contact_ids`` (a page's contacts: a quick indexed lookup)."""
    if earlier is None:
        stmt = session.get(Statement, statement_id)
        earlier = earlier_statement_ids(session, stmt) if stmt else []
    statements = {statement_id, *earlier}
    if contact_ids is not None:
        # A page's contacts: read their records through the contact index, then keep
        # this year's statements (cheaper than scanning the statement's rows).
        wanted = list(contact_ids)
        found = session.connection().execute(
            select(Record.statement_id, Record.contact_id, Record.amount_cents)
            .where(Record.contact_id.in_(wanted), _kind_filter(), Record.memo.is_(False)))
        out: dict[int, Cents] = {}
        for sid, cid, cents in found:
            if sid in statements and cid is not None:
                out[cid] = out.get(cid, 0) + int(cents or 0)
        return out
    query = (
        select(Record.contact_id, func.sum(Record.amount_cents))
        .where(Record.statement_id.in_(statements),
               Record.contact_id.is_not(None), _kind_filter(), Record.memo.is_(False))
        .group_by(Record.contact_id)
    )
    rows = session.connection().execute(query)
    return {int(cid or 0): int(total or 0) for cid, total in rows}


def period_totals(session: Session, statement_id: int,
                  contact_ids: Iterable[int] | None = None) -> dict[tuple[str, int], Cents]:
    """Per-period totals per (schedule, contact) for Schedules E and I."""
    kinds = [f"{rt}|{ft}" for rt, ft in PER_PERIOD]
    if contact_ids is not None:
        rows = session.connection().execute(
            select(Record.statement_id, Record.form_type, Record.contact_id, Record.amount_cents)
            .where(Record.contact_id.in_(list(contact_ids)),
                   (Record.rec_type + "|" + Record.form_type).in_(kinds),
                   Record.memo.is_(False)))
        out: dict[tuple[str, int], Cents] = {}
        for sid, ft, cid, cents in rows:
            if sid == statement_id and cid is not None:
                out[(ft, cid)] = out.get((ft, cid), 0) + int(cents or 0)
        return out
    query = (
        select(Record.form_type, Record.contact_id, func.sum(Record.amount_cents))
        .where(Record.statement_id == statement_id, Record.contact_id.is_not(None),
               (Record.rec_type + "|" + Record.form_type).in_(kinds), Record.memo.is_(False))
        .group_by(Record.form_type, Record.contact_id)
    )
    result = session.connection().execute(query)
    return {(str(ft), int(cid or 0)): int(total or 0) for ft, cid, total in result}


def _totals_in(session: Session, statement_ids: list[int],
               contact_ids: Iterable[int]) -> dict[int, Cents]:
    ids = list(contact_ids)
    if not statement_ids or not ids:
        return {}
    rows = session.execute(
        select(Record.contact_id, func.sum(Record.amount_cents))
        .where(Record.statement_id.in_(statement_ids), Record.contact_id.in_(ids),
               _kind_filter(), Record.memo.is_(False))
        .group_by(Record.contact_id)
    )
    return {int(cid or 0): int(total or 0) for cid, total in rows}


def year_total_before(session: Session, statement_id: int, *, last: str, first: str,
                      zip4: str, city: str, exclude_record_id: int | None = None) -> Cents:
    """What a contributor (by name and ZIP) gave this calendar year, not counting the
    entry being edited: the 'cumulative to date' before this entry."""
    stmt = session.get(Statement, statement_id)
    if stmt is None or not last.strip():
        return 0
    contact_id = session.scalar(
        select(Contact.id).where(Contact.committee_id == stmt.committee_id,
                                 Contact.match_key == match_key(last, first, zip4, city))
    )
    if contact_id is None:
        return 0
    query = (
        select(func.sum(Record.amount_cents))
        .where(Record.statement_id == statement_id, Record.contact_id == contact_id,
               _kind_filter(), Record.memo.is_(False))
    )
    if exclude_record_id is not None:
        query = query.where(Record.id != exclude_record_id)
    here = int(session.scalar(query) or 0)
    before = _totals_in(session, earlier_statement_ids(session, stmt), [contact_id])
    return here + before.get(contact_id, 0)


def contributor_threshold(session: Session, statement_id: int) -> Cents:
    """The itemization threshold a contributor's year-to-date is measured against on this
    statement: the committee's filing officers' own when lower, else the state's."""
    from calaccess_desktop.services.officers import itemize_threshold

    stmt = session.get(Statement, statement_id)
    if stmt is None:
        from calaccess_desktop.forms.constants import threshold

        return threshold("itemize_contributor")
    return itemize_threshold(session, stmt.committee_id, stmt.period_through)
