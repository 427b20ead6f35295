"""Fast row queries for schedule tables: no ORM objects, ids first, pages on demand.

A schedule table over 100,000 records must open at once, so ``first_screen`` reads
the count and the first page only (what the table paints first), ``load_index`` then
reads every record id (in the chosen order) plus what decides itemization, and
``fetch_rows`` turns one page of ids into display cells.
Columns come from the form's spec (``Part.columns``), else from the record's layout.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from sqlalchemy import Float, cast, func, select
from sqlalchemy.orm import Session

from calaccess_desktop.cal.labels import label_for
from calaccess_desktop.cal.layouts import codes, fields_for
from calaccess_desktop.cal.model import CalRecord
from calaccess_desktop.cal.parties import listed_name
from calaccess_desktop.cal.values import parse_date
from calaccess_desktop.db.orm import Record, Statement
from calaccess_desktop.domain.money import Cents, cents_or_none
from calaccess_desktop.forms.constants import threshold
from calaccess_desktop.forms.f460.itemize import CUMULATIVE, PER_PERIOD
from calaccess_desktop.forms.registry import find_part
from calaccess_desktop.forms.spec import TRAN_ID, Column
from calaccess_desktop.services.cumulative import (
    contact_totals,
    earlier_statement_ids,
    period_totals,
)
from calaccess_desktop.services.officers import itemize_threshold


def columns_for(rec_type: str, form_type: str, form_code: str = "") -> tuple[Column, ...]:
    """The columns of a part's list: the form's ``Part.columns`` (of ``form_code``, else
    of the first registered form with such a part), else built from the record's
    layout."""
    for found in (find_part(rec_type, form_type, form_code), find_part(rec_type, form_type)):
        if found is not None and found[1].columns:
            return found[1].columns
    return layout_columns(rec_type, form_type, form_code)


_NOT_SHOWN = frozenset({"Rec_Type", "Form_Type", "Tran_ID", "Entity_Cd", "Memo_Code",
                        "Memo_RefNo", "BakRef_TID"})


@cache
def layout_columns(rec_type: str, form_type: str, cvr_form: str = "") -> tuple[Column, ...]:
    """Columns for a record kind no form gives its own: its first date, the party's
    name (or its first text field), amount, description and city, and the Tran_ID,
    each titled by the field's label."""
    fields = fields_for(rec_type, form_type)
    names = [f.name for f in fields]

    def label(name: str) -> str:
        return label_for(name, rec_type, form_type, cvr_form)

    def first(test: Any) -> str:
        return next((f.name for f in fields if f.name not in _NOT_SHOWN and test(f)), "")

    cols: list[Column] = []
    day = first(lambda f: f.kind == "date")
    if day:
        cols.append(Column(label(day), (day,), "date"))
    last = first(lambda f: f.name.endswith("_NamL"))
    if last:
        who = label(last).split("'s ")[0] if "'s " in label(last) else "Name"
        cols.append(Column(who, (last, last.removesuffix("L") + "F"), "name"))
    elif text := first(lambda f: f.kind == "text"):
        cols.append(Column(label(text), (text,)))
    amount = "Amount" if "Amount" in names else first(lambda f: f.kind == "amount")
    if amount:
        cols.append(Column("Amount" if amount == "Amount" else label(amount), (amount,),
                           "money"))
    elif not day and last and "Entity_Cd" in names:  # a list of names: who each one is
        cols.append(Column("Role", ("Entity_Cd",)))
    dscr = first(lambda f: f.name.endswith("_Dscr") and f.name[:5] not in ("Offic", "Juris"))
    if dscr:
        cols.append(Column(label(dscr), (dscr,)))
    if city := first(lambda f: f.name.endswith("_City")):
        cols.append(Column("City", (city,)))
    if "Tran_ID" in names:
        cols.append(TRAN_ID)
    return tuple(cols) or (Column("Record", ("Rec_Type", "Form_Type")),)


# --------------------------------------------------------------------------- index


def raw_rows(session: Session, query: Any) -> list[tuple[Any, ...]]:
    """Plain DBAPI tuples for a Core query (100,000 ids without a Row object each)."""
    connection = session.connection()
    compiled = query.compile(dialect=connection.dialect)
    params = compiled.params
    if compiled.positiontup is not None:
        args: Any = tuple(params[name] for name in compiled.positiontup)
    else:
        args = params
    cursor = connection.connection.cursor()
    try:
        cursor.execute(str(compiled), args)
        return list(cursor.fetchall())
    finally:
        cursor.close()


@dataclass(frozen=True)
class ScheduleIndex:
    """The ordered record ids of one schedule and what itemization needs."""

    statement_id: int
    rec_type: str
    form_type: str
    cvr_form: str
    ids: list[int]
    earlier: list[int] = field(default_factory=list)  # same-year statements before this
    threshold: Cents = 10000  # contributors' year-to-date (A, C, B1): the officers' own
    payment_threshold: Cents = 10000  # payments in the period (D, E, I): the state's


def _sql_sort_key(column: Column, rec_type: str, form_type: str) -> Any:
    if column.kind in ("cumulative", "itemized") or not column.fields:
        return None
    name = column.fields[0]
    main_amount = {"RCPT": "Amount", "EXPN": "Amount", "DEBT": "Amt_Incur",
                   "LOAN": "Loan_Amt1", "S497": "Amount"}.get(rec_type)
    if column.kind == "money" and name == main_amount:
        return Record.amount_cents
    if column.kind == "date" and name in ("Rcpt_Date", "Expn_Date", "Loan_Date1", "Ctrib_Date"):
        return Record.tran_date
    names = [f.name.lower() for f in fields_for(rec_type, form_type)]
    if name.lower() not in names:
        return None
    extracted = func.json_extract(Record.values, f"$[{names.index(name.lower())}]")
    return cast(extracted, Float) if column.kind == "money" else func.lower(extracted)


def _index_query(statement_id: int, rec_type: str, form_type: str,
                 sort_column: int | None, descending: bool) -> tuple[Any, Column | None, Any]:
    """The ids query of a schedule in its order: (query, sort column, SQL sort key)."""
    columns = columns_for(rec_type, form_type)
    query = select(Record.id, Record.contact_id).where(
        Record.statement_id == statement_id, Record.rec_type == rec_type,
        Record.form_type == form_type)
    column = columns[sort_column] if sort_column is not None else None
    key = _sql_sort_key(column, rec_type, form_type) if column else None
    if key is not None:
        query = query.order_by(key.desc() if descending else key, Record.seq, Record.id)
    else:
        query = query.order_by(Record.seq, Record.id)
    return query, column, key


def _index_of(session: Session, statement_id: int, rec_type: str, form_type: str,
              ids: list[int]) -> tuple[ScheduleIndex, list[int]]:
    """An index over ``ids`` with the statement's itemization facts (and the ids of the
    same year's earlier statements)."""
    stmt = session.get(Statement, statement_id)
    cvr_form = stmt.form_type if stmt else ""
    on = (stmt.period_through if stmt else None) or dt.date.today()
    earlier = earlier_statement_ids(session, stmt) if stmt else []
    state = threshold("itemize_contributor", on)
    own = itemize_threshold(session, stmt.committee_id, on) if stmt else state
    return ScheduleIndex(statement_id, rec_type, form_type, cvr_form, ids, earlier,
                         own, threshold("itemize_payment", on)), earlier


def load_index(session: Session, statement_id: int, rec_type: str, form_type: str,
               sort_column: int | None = None, descending: bool = False) -> ScheduleIndex:
    """Record ids of a schedule in statement order (or sorted by a column)."""
    query, column, key = _index_query(statement_id, rec_type, form_type, sort_column,
                                      descending)
    rows = raw_rows(session, query)
    ids = [r[0] for r in rows]
    index, earlier = _index_of(session, statement_id, rec_type, form_type, ids)
    if column is not None and key is None and column.kind == "cumulative":
        totals = contact_totals(session, statement_id, earlier)
        contact = {r[0]: r[1] for r in rows}
        ids.sort(key=lambda i: totals.get(contact[i] or -1, 0), reverse=descending)
    return index


@dataclass(frozen=True)
class FirstScreen:
    """What a schedule table paints first: how many rows, and the first page of them."""

    count: int
    index: ScheduleIndex  # over the first page's ids only
    rows: list[TableRow]


def first_screen(session: Session, statement_id: int, rec_type: str, form_type: str,
                 page: int, sort_column: int | None = None,
                 descending: bool = False) -> FirstScreen | None:
    """The count and the first ``page`` rows of a schedule, without reading every id
    (None when the order is not SQL's: sorting by a cumulative total reads them all)."""
    query, column, key = _index_query(statement_id, rec_type, form_type, sort_column,
                                      descending)
    if column is not None and key is None:
        return None
    count = session.execute(
        select(func.count()).select_from(Record).where(
            Record.statement_id == statement_id, Record.rec_type == rec_type,
            Record.form_type == form_type)).scalar_one()
    ids = [r[0] for r in raw_rows(session, query.limit(page))]
    index, _earlier = _index_of(session, statement_id, rec_type, form_type, ids)
    return FirstScreen(int(count), index, fetch_rows(session, index, ids))


# --------------------------------------------------------------------------- pages


@dataclass(frozen=True, slots=True)
class TableRow:
    """One record as the table shows it: cells are str, cents (int), date or None."""

    record_id: int
    tran_id: str
    cells: tuple[object, ...]
    memo: bool = False
    parent_tran_id: str = ""
    lump: bool = False
    itemized: bool = True



def _itemized(index: ScheduleIndex, totals: dict[int, Cents],
              per_period: dict[tuple[str, int], Cents], itemize: str, memo: bool,
              contact_id: int | None, amount: Cents) -> tuple[bool, Cents | None]:
    kind = (index.rec_type, index.form_type)
    cumulative = None
    if kind in CUMULATIVE:
        cumulative = totals.get(contact_id, amount) if contact_id else amount
    if itemize in ("never", "lump"):
        return False, cumulative
    if itemize == "always" or memo:
        return True, cumulative
    if cumulative is not None:
        return cumulative >= index.threshold, cumulative
    if kind in PER_PERIOD:
        total = per_period.get((index.form_type, contact_id), amount) if contact_id \
            else amount
        return total >= index.payment_threshold, None
    return True, None


def _cell(rec: CalRecord, column: Column, itemized: bool, cumulative: Cents | None) -> object:
    if column.kind == "cumulative":
        return cumulative
    if column.kind == "itemized":
        return itemized
    values = [rec.get(name) for name in column.fields]
    if column.kind == "name":
        return listed_name(*(values + ["", ""])[:2])
    text = next((v for v in values if v), "")
    if column.kind == "money":
        return cents_or_none(text)
    if column.kind == "date":
        return parse_date(text)
    if column.kind == "expense" and text:
        words = _expense_words().get(text.upper())
        return f"{text} - {words}" if words else text
    return text


@cache
def _expense_words() -> dict[str, str]:
    return {code: words.split(" - ")[0].split(" (")[0]
            for code, words in codes("expense").items()}


def fetch_rows(session: Session, index: ScheduleIndex, ids: Sequence[int]) -> list[TableRow]:
    """Display rows for some ids of an index (in the order of ``ids``)."""
    if not ids:
        return []
    columns = columns_for(index.rec_type, index.form_type)
    found = {
        r.id: r for r in session.connection().execute(
            select(Record.id, Record.values, Record.itemize, Record.memo, Record.contact_id,
                   Record.amount_cents, Record.tran_id, Record.bakref_tid)
            .where(Record.id.in_(list(ids)))
        )
    }
    contacts = {r.contact_id for r in found.values() if r.contact_id is not None}
    kind = (index.rec_type, index.form_type)
    totals = contact_totals(session, index.statement_id, index.earlier, contacts) \
        if kind in CUMULATIVE and contacts else {}
    per_period = period_totals(session, index.statement_id, contacts) \
        if kind in PER_PERIOD and contacts else {}
    out = []
    for record_id in ids:
        r = found.get(record_id)
        if r is None:
            continue
        rec = CalRecord(list(r.values), cvr_form=index.cvr_form)
        itemized, cumulative = _itemized(index, totals, per_period, r.itemize, bool(r.memo),
                                         r.contact_id, r.amount_cents or 0)
        cells = tuple(_cell(rec, c, itemized, cumulative) for c in columns)
        out.append(TableRow(r.id, r.tran_id or "", cells, bool(r.memo), r.bakref_tid or "",
                            r.itemize == "lump", itemized))
    return out


def schedule_counts(session: Session, statement_id: int) -> dict[tuple[str, str], int]:
    """How many records each (rec_type, form_type) of a statement has."""
    rows = session.execute(
        select(Record.rec_type, Record.form_type, func.count(Record.id))
        .where(Record.statement_id == statement_id, Record.itemize != "lump")
        .group_by(Record.rec_type, Record.form_type)
    )
    return {(str(rt), str(ft)): int(n) for rt, ft, n in rows}
