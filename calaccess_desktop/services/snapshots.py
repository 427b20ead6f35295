"""Build a frozen StatementSnapshot from the store (the only way rules, PDFs and
exports see a statement)."""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections.abc import Iterable, Mapping, Sequence
from types import MappingProxyType
from typing import Any, NamedTuple

from sqlalchemy import ColumnElement, bindparam, func, select
from sqlalchemy.orm import Session

from calaccess_desktop.cal.model import CalRecord, field_position, layout_for, name_index
from calaccess_desktop.db.orm import Committee, Record, Statement
from calaccess_desktop.domain.money import Cents, format_cal_amount
from calaccess_desktop.domain.snapshot import (
    AmendedItem,
    CommitteeSnap,
    OfficerFacts,
    SnapRecord,
    StatementBrief,
    StatementSnapshot,
)
from calaccess_desktop.errors import UserError
from calaccess_desktop.forms.constants import threshold
from calaccess_desktop.forms.f460.itemize import (
    CUMULATIVE,
    PAYEE_CUMULATIVE,
    Decision,
    Entry,
    contributor_threshold,
    decide,
)
from calaccess_desktop.forms.f460.summary import carry_forward
from calaccess_desktop.forms.registry import cash_forms, periodic_forms, spec_for
from calaccess_desktop.gc_pause import gc_paused
from calaccess_desktop.officers.catalog import chosen
from calaccess_desktop.services.covers import profile_records
from calaccess_desktop.services.owners import committee_of
from calaccess_desktop.services.totals.grouped import GROUPED, totals_groups
from calaccess_desktop.services.totals.stored import lines_of, snap_records

# Periodic forms carry totals from one statement to the next (column B, ending cash).
PERIODIC_FORMS = periodic_forms()
# ... and these carry their ending cash and column B into the next one.
CASH_FORMS = cash_forms()


class NotFound(UserError, LookupError):
    """No such statement or committee."""


_OPEN = ("draft", "ready")  # statements still being written


def current_versions(statements: Sequence[Statement], *,
                     for_filed: bool = False) -> list[Statement]:
    """The latest version (highest amendment) of each statement chain, by period.

    ``for_filed``: as a filed statement sees them, without amendments still being
    written (a draft amendment of an earlier statement never changes what a filed
    statement says: its year-to-date totals, its beginning cash)."""
    by_id = {s.id: s for s in statements}
    latest: dict[int, Statement] = {}
    for s in statements:
        if for_filed and s.amends_statement_id and s.status in _OPEN:
            continue
        root = _root(s, by_id)
        if root not in latest or s.report_num > latest[root].report_num:
            latest[root] = s
    return sorted(latest.values(), key=lambda s: (s.period_through or dt.date.min, s.id))


def _root(s: Statement, by_id: dict[int, Statement]) -> int:
    seen = set()
    while s.amends_statement_id and s.amends_statement_id in by_id and s.id not in seen:
        seen.add(s.id)
        s = by_id[s.amends_statement_id]
    return s.id


def smry_totals(session: Session, statement_id: int) -> dict[str, tuple[Cents, Cents]]:
    """Stored summary-page lines of a statement: line -> (column A, column B)."""
    return lines_of(session, [statement_id], PERIODIC_FORMS)[statement_id]


def previous_statement(session: Session, stmt: Statement) -> Statement | None:
    """The committee's latest statement carrying cash (``FormSpec.ending_cash_line``)
    that ends before this one starts."""
    if stmt.period_from is None:
        return None
    others = session.scalars(
        select(Statement).where(
            Statement.committee_id == stmt.committee_id,
            Statement.form_type.in_(CASH_FORMS),
            Statement.period_through < stmt.period_from,
            Statement.id != stmt.id,
        )
    ).all()
    current = current_versions(others, for_filed=stmt.status not in _OPEN)
    return current[-1] if current else None


_EARLIER = (select(Statement.id, Statement.amends_statement_id, Statement.report_num,
                   Statement.period_through, Statement.status)
            .where(Statement.committee_id == bindparam("cid"),
                   Statement.period_through < bindparam("start"),
                   Statement.period_through >= bindparam("year_start"),
                   Statement.form_type.in_(bindparam("forms", expanding=True))))


def earlier_statement_ids(session: Session, stmt: Statement) -> list[int]:
    """Current versions of the committee's periodic statements earlier in the same year."""
    if stmt.period_from is None:
        return []
    earlier: Any = session.connection().execute(_EARLIER, {
        "cid": stmt.committee_id, "start": stmt.period_from,
        "year_start": dt.date(stmt.period_from.year, 1, 1), "forms": list(PERIODIC_FORMS)
    }).all()  # the columns current_versions reads, without loading whole statements
    return [s.id for s in current_versions(earlier, for_filed=stmt.status not in _OPEN)]


def _ytd_query(how: str) -> Any:
    # A few contacts (one change's): through the contact index ("+ 0" keeps the planner
    # off the statements' index, which would read every row of those statements). Many
    # (a whole statement's): every contact of those statements, kept after.
    by_statement = Record.statement_id + 0 if how == "few" else Record.statement_id
    query = (select(Record.contact_id, Record.rec_type, Record.form_type,
                    func.sum(Record.amount_cents))
             .where(by_statement.in_(bindparam("ids", expanding=True)),
                    (Record.rec_type + "|" + Record.form_type).in_(
                        bindparam("kinds", expanding=True)),
                    Record.memo.is_(False))
             .group_by(Record.contact_id, Record.rec_type, Record.form_type))
    if how != "all":
        query = query.where(Record.contact_id.in_(bindparam("contacts", expanding=True)))
    return query


_YTD = {how: _ytd_query(how) for how in ("few", "some", "all")}  # built once, run per edit


def _ytd_by_kind(session: Session, stmt: Statement, contact_ids: set[int],
                 kinds_sets: Sequence[frozenset[tuple[str, str]]],
                 earlier: list[int] | None = None) -> list[dict[int, Cents]]:
    """Calendar-year totals per contact of earlier statements, one mapping for each set
    of kinds, in one query (``earlier``: those statements' ids, when already known)."""
    out: list[dict[int, Cents]] = [{} for _ in kinds_sets]
    if not contact_ids:
        return out
    ids = earlier_statement_ids(session, stmt) if earlier is None else earlier
    if not ids:
        return out
    kinds = sorted({rt + "|" + ft for kinds_set in kinds_sets for rt, ft in kinds_set})
    how = "few" if len(contact_ids) <= FEW else "some" if len(contact_ids) <= MANY else "all"
    params: dict[str, Any] = {"ids": ids, "kinds": kinds}
    if how != "all":
        params["contacts"] = sorted(contact_ids)
    rows = session.connection().execute(_YTD[how], params)
    for cid, rec_type, form_type, total in rows:
        if cid is None or cid not in contact_ids:
            continue
        for found, kinds_set in zip(out, kinds_sets, strict=True):
            if (rec_type, form_type) in kinds_set:
                found[cid] = found.get(cid, 0) + int(total or 0)
    return out


YearBefore = tuple[dict[int, Cents], dict[int, Cents]]  # contributions, payments per contact


def year_before(session: Session, stmt: Statement, contact_ids: set[int]) -> YearBefore:
    """What these contacts gave (A, C, B1) and were paid (D) on the statements earlier in
    the year: what their itemization counts from."""
    if not contact_ids or not spec_for(stmt.form_type).itemizes:
        return {}, {}
    given, paid = _ytd_by_kind(session, stmt, contact_ids, (CUMULATIVE, PAYEE_CUMULATIVE))
    return given, paid


FEW = 50  # contacts looked up through the contact index rather than the statements'
MANY = 2_000  # more contacts: every contact of the earlier statements (no list to bind)


class Row(NamedTuple):
    """The columns of a record the snapshot reads."""

    id: int
    seq: int
    values: list[str]
    itemize: str
    contact_id: int | None
    amount_cents: int | None
    memo: bool


_COLUMNS = (Record.id, Record.seq, Record.values, Record.itemize, Record.contact_id,
            Record.amount_cents, Record.memo)
MONEY_ITEMS = ("RCPT", "EXPN", "LOAN", "DEBT", "S497", "S496", "S498", "S401")


def _all_rows(session: Session, statement_id: int,
              where: ColumnElement[bool] | None = None, *,
              by_index: bool = False) -> list[Row]:
    # "+ 0" keeps the planner off the statement's index (every row of the statement) when
    # the condition names the few rows wanted by indexed columns.
    mine = Record.statement_id + 0 if by_index and where is not None else Record.statement_id
    query = select(*_COLUMNS).where(mine == statement_id)
    if where is not None:
        query = query.where(where)
    # Core execution on the session's connection: the ORM's row loading costs ~30% more.
    conn = session.connection()
    return [Row(*r) for r in conn.execute(query.order_by(Record.seq, Record.id)).all()]


_BY_ID = (select(*_COLUMNS).where(Record.id.in_(bindparam("ids", expanding=True)))
          .order_by(Record.seq, Record.id))


def _totals_records(session: Session, stmt: Statement, officers: tuple[OfficerFacts, ...]
                    ) -> tuple[list[SnapRecord], dict[int, Cents], dict[int, Cents]]:
    """What the summary needs, decided: the receipts and payments summed into groups
    decided as their records would be (``services.totals.grouped``), then the groups with
    the same schedule, choice, memo, child and outcome added into one stand-in record
    (every form's summary is a sum of amounts by those); loans and bills read whole."""
    form = stmt.form_type
    groups = totals_groups(session, stmt.id, itemizes=spec_for(form).itemizes)
    decisions, ytd, paid = _decisions(session, stmt, officers, groups.entries)
    whole: dict[int, Decision] = {}
    sums: dict[tuple[str, str, str, bool, bool, bool], int] = {}
    for e, child, record_id, d in zip(groups.entries, groups.child, groups.record_id,
                                      decisions, strict=True):
        if record_id is not None and e.rec_type not in GROUPED:
            whole[record_id] = d
            continue
        key = (e.rec_type, e.form_type, e.itemize, e.memo, child, d.itemized)
        sums[key] = sums.get(key, 0) + e.amount
    rows = rows_by_id(session, list(whole))
    records = _records(rows, (whole[r.id] for r in rows), form)
    templates: dict[tuple[str, str, bool, bool], tuple[list[str], int]] = {}
    for (rec_type, form_type, itemize, memo, child, itemized), cents in sums.items():
        kind = (rec_type, form_type, memo, child)
        if kind not in templates:
            templates[kind] = _stand_in(form, *kind)
        values, amount_at = templates[kind]
        values = list(values)
        values[amount_at] = format_cal_amount(cents)
        records.append(SnapRecord(tuple(values), 0, 0, form, itemized, None, itemize == "lump"))
    return records, ytd, paid


def rows_by_id(session: Session, ids: Sequence[int]) -> list[Row]:
    """The rows of these ids, in statement order."""
    found: list[Row] = []
    conn = session.connection()
    for at in range(0, len(ids), _ID_CHUNK):
        found += [Row(*r) for r in conn.execute(_BY_ID, {"ids": ids[at:at + _ID_CHUNK]})]
    found.sort(key=lambda r: (r.seq, r.id))
    return found


_ID_CHUNK = 10_000  # ids bound per query (under every database's limit on parameters)


def _stand_in(form: str, rec_type: str, form_type: str, memo: bool,
              is_child: bool) -> tuple[list[str], int]:
    """A stand-in record's values (amount 0.00, replaced per group) and where its Amount is."""
    stand_in = CalRecord([rec_type, form_type], cvr_form=form)
    stand_in.set("Amount", "0.00")
    if memo:
        stand_in.set("Memo_Code", "X")
    if is_child:
        stand_in.set("BakRef_TID", "CHILD")
    amount_at = field_position(stand_in.fields, "Amount")
    assert amount_at is not None
    return stand_in.values, amount_at


@gc_paused()
def build_snapshot(session: Session, statement_id: int, *, totals_only: bool = False,
                   records_where: ColumnElement[bool] | None = None,
                   extras: bool = True, by_index: bool = False) -> StatementSnapshot:
    """Everything about one statement, frozen, with itemization decided.

    ``totals_only``: just what the summary math needs, with receipts and payments summed
    by schedule, choice and outcome (``_totals_records``: fast for large statements;
    records are stand-ins, not filed rows, and ``ytd_before`` holds only the contacts
    whose itemization their totals decided).
    ``records_where``: only the records a few rules look at (an SQL condition on
    ``Record``); such a snapshot is for those rules, not for totals, printing or export
    (it has no summary lines and no ``amended_items``).
    ``extras``: the form's own additions (``FormSpec.snapshot_extras``, e.g. late reports
    filed); False for a comparison of records only. ``by_index``: ``records_where`` picks
    a few rows by indexed columns (ids, contacts): the statement is filtered after.
    """
    stmt = session.get(Statement, statement_id)
    if stmt is None:
        raise NotFound(f"There is no statement {statement_id}.")
    committee = committee_of(session, stmt)
    spec = spec_for(stmt.form_type)
    officers = tuple(o.facts() for o in chosen(committee.profile or {}))
    if totals_only:
        records, ytd, paid = _totals_records(session, stmt, officers)
    else:
        rows = _all_rows(session, statement_id, records_where, by_index=by_index)
        records, ytd, paid = decided_records(session, stmt, officers, rows)
    form = stmt.form_type
    if not totals_only and records_where is None:  # the summary lines, in their place
        records = _with_totals(records, snap_records(session, statement_id, form))
    if not totals_only and not stmt.source_file and not any(
            r.rec_type == "CVR2" and r.get("Entity_Cd") == "ATR" for r in records):
        extra = [SnapRecord(tuple(v), 0, 0, form) for v in profile_records(committee, stmt)]
        records = extra + records
    prior_b, prior_cash = _prior(session, stmt)
    added = (spec.snapshot_extras(session, stmt)
             if spec.snapshot_extras is not None and extras and not totals_only else {})
    return _snapshot(stmt, committee, records, officers, ytd, paid, prior_b, prior_cash,
                     history=() if totals_only else tuple(_history(session, stmt)),
                     amended_items=(
                         {} if totals_only or records_where is not None
                         or stmt.amends_statement_id is None
                         else _amended_items(session, stmt.amends_statement_id)),
                     extras=added)


def _with_totals(records: list[SnapRecord], totals: list[SnapRecord]) -> list[SnapRecord]:
    """The summary lines put in their place (by seq) among the records."""
    if not totals:
        return records
    out: list[SnapRecord] = []
    start = 0
    for t in totals:
        at = bisect_right(records, t.seq, lo=start, key=lambda r: r.seq)
        out.extend(records[start:at])
        out.append(t)
        start = at
    out.extend(records[start:])
    return out


def group_snapshot(session: Session, stmt: Statement, committee: Committee,
                   rows: Sequence[Row], before: YearBefore) -> StatementSnapshot:
    """A snapshot of just some of a statement's records (one contact's, one record) with
    no carried-in totals: what those records add to each total (``services.totals``).
    ``before``: ``year_before`` of their contacts."""
    officers = tuple(o.facts() for o in chosen(committee.profile or {}))
    records, ytd, paid = decided_records(session, stmt, officers, rows, before,
                                         cumulative=False)
    return _snapshot(stmt, committee, records, officers, ytd, paid, {}, None, history=(),
                     amended_items={}, extras={})


def decided_records(session: Session, stmt: Statement, officers: tuple[OfficerFacts, ...],
                    rows: Sequence[Row], before: YearBefore | None = None, *,
                    cumulative: bool = True
                    ) -> tuple[list[SnapRecord], dict[int, Cents], dict[int, Cents]]:
    """The rows as snapshot records with itemization and cumulative-to-date decided, and
    the earlier statements' year totals per contact (contributions, payments) used
    (``before``: already read; else read here). ``cumulative``: write each record's
    cumulative-to-date into it (no total reads it)."""
    entries = [
        Entry(r.values[0].upper(), (r.values[1] if len(r.values) > 1 else "").upper(),
              r.itemize, r.contact_id, r.amount_cents or 0, r.memo)
        for r in rows
    ]
    decisions, ytd, paid = _decisions(session, stmt, officers, entries, before)
    return _records(rows, decisions, stmt.form_type, cumulative=cumulative), ytd, paid


def _decisions(session: Session, stmt: Statement, officers: tuple[OfficerFacts, ...],
               entries: Sequence[Entry], before: YearBefore | None = None
               ) -> tuple[list[Decision], dict[int, Cents], dict[int, Cents]]:
    """Each entry's itemization and cumulative-to-date (``forms.f460.itemize.decide`` at
    the statement's thresholds), and the year totals before used."""
    if not spec_for(stmt.form_type).itemizes:  # every record is filed as stored
        return [Decision(e.itemize not in ("never", "lump"), None) for e in entries], {}, {}
    ytd, paid = before if before is not None else year_before(
        session, stmt, {e.contact_id for e in entries if e.contact_id is not None})
    on = stmt.period_through or dt.date.today()
    state = threshold("itemize_contributor", on)
    decisions = decide(entries, ytd,
                       contributor_threshold(state, (o.itemize_threshold for o in officers)),
                       paid, threshold("itemize_payment", on))
    return decisions, ytd, paid


def _records(rows: Iterable[Row], decisions: Iterable[Decision], form: str, *,
             cumulative: bool = True) -> list[SnapRecord]:
    """The rows as snapshot records with their decisions."""
    records = []
    shown: dict[Cents, str] = {}  # each cumulative total written once (many share one)
    for r, d in zip(rows, decisions, strict=True):
        values: Sequence[str] = r.values
        if cumulative and d.cumulative is not None and r.itemize == "auto":
            text = shown.get(d.cumulative)
            if text is None:
                text = shown[d.cumulative] = format_cal_amount(d.cumulative)
            values = _with_cumulative(list(values), form, text)
        records.append(
            SnapRecord(tuple(values), r.id, r.seq, form, d.itemized, r.contact_id,
                       r.itemize == "lump")
        )
    return records


def _snapshot(stmt: Statement, committee: Committee, records: list[SnapRecord],
              officers: tuple[OfficerFacts, ...], ytd: dict[int, Cents],
              paid: dict[int, Cents], prior_b: dict[str, Cents], prior_cash: Cents | None, *,
              history: tuple[StatementBrief, ...], amended_items: dict[str, AmendedItem],
              extras: Mapping[str, Any]) -> StatementSnapshot:
    return StatementSnapshot(
        committee=CommitteeSnap(
            committee.id, committee.filer_id, committee.name, committee.committee_type,
            committee.entity_cd, MappingProxyType(dict(committee.profile)),
        ),
        statement_id=stmt.id,
        form_type=stmt.form_type,
        period_from=stmt.period_from,
        period_through=stmt.period_through,
        election_date=stmt.election_date,
        stmt_type=stmt.stmt_type,
        report_num=stmt.report_num,
        original_filing_id=stmt.original_filing_id,
        status=stmt.status,
        filing_id=stmt.filing_id,
        filed_at=stmt.filed_at,
        amendment_reason=stmt.amendment_reason,
        cover=SnapRecord(tuple(stmt.cover), 0, 0, stmt.form_type),
        records=tuple(records),
        prior_column_b=MappingProxyType(prior_b),
        prior_ending_cash=prior_cash,
        ytd_before=MappingProxyType(ytd),
        payments_before=MappingProxyType(paid),
        history=history,
        amended_items=MappingProxyType(amended_items),
        officers=officers,
        **extras,
    )


def _amended_items(session: Session, statement_id: int) -> dict[str, AmendedItem]:
    """The money items of the version an amendment amends, by Tran_ID (typed columns
    only: one small query, no snapshot)."""
    rows = session.execute(
        select(Record.tran_id, Record.rec_type, Record.form_type, Record.contact_id,
               Record.amount_cents, Record.tran_date)
        .where(Record.statement_id == statement_id, Record.tran_id.is_not(None),
               Record.rec_type.in_(MONEY_ITEMS)))
    return {(tid or "").upper(): (rt, ft, contact, cents, day)
            for tid, rt, ft, contact, cents, day in rows}


def _with_cumulative(values: list[str], form: str, cumulative: str) -> list[str]:
    """The values with the cumulative-to-date written where the layout has it (Cum_YTD; a
    loan's Loan_Amt3)."""
    name = "loan_amt3" if values[0].upper() == "LOAN" else "cum_ytd"
    at = name_index(layout_for(values, form)).get(name)
    if at is not None:
        if at >= len(values):
            values.extend([""] * (at + 1 - len(values)))
        values[at] = cumulative
    return values


def _prior(session: Session, stmt: Statement) -> tuple[dict[str, Cents], Cents | None]:
    carry = stmt.carry_in or {}
    if carry:
        return {k: int(v) for k, v in carry.get("column_b", {}).items()}, int(
            carry.get("beginning_cash", 0)
        )
    prev = previous_statement(session, stmt)
    if prev is None:
        return {}, None
    totals = smry_totals(session, prev.id)
    prior_b = {line: b for line, (_a, b) in totals.items()}
    ending = totals.get(spec_for(prev.form_type).ending_cash_line or "16", (0, 0))[0]
    return carry_forward(prior_b, prev.period_through, stmt.period_from), ending


def _history(session: Session, stmt: Statement) -> list[StatementBrief]:
    """The committee's other statements, each with its stored summary lines (one query
    for all of their totals)."""
    others = session.scalars(
        select(Statement)
        .where(Statement.committee_id == stmt.committee_id, Statement.id != stmt.id)
        .order_by(Statement.period_from, Statement.id)).all()
    lines = lines_of(session, [s.id for s in others], PERIODIC_FORMS)
    out = []
    for s in others:
        totals = lines[s.id]
        out.append(
            StatementBrief(
                s.id, s.form_type, s.period_from, s.period_through, s.report_num, s.status,
                s.filing_id, s.original_filing_id,
                totals["16"][0] if "16" in totals else None,
                MappingProxyType({k: b for k, (_a, b) in totals.items()}),
            )
        )
    return out
