"""What rules see: the statement-level facts (:class:`Ctx`) and one row (:class:`Row`).

``Ctx`` is built once per validation. Its plain attributes are cheap facts from the
cover and the statement (committee type, period, election); its cached properties are
whole-statement indexes (records by schedule, Tran_IDs, summary lines) that only
schedule/statement/across rules use, so an incremental check never pays for them.
Dates are compared as CCYYMMDD strings (the CAL date form sorts like the date).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from calaccess_desktop.cal.labels import label_for
from calaccess_desktop.cal.layouts import FieldSpec
from calaccess_desktop.cal.model import layout_for
from calaccess_desktop.cal.values import ascii_digits, format_date
from calaccess_desktop.domain.money import Cents
from calaccess_desktop.domain.snapshot import SnapRecord, StatementSnapshot
from calaccess_desktop.forms.constants import threshold
from calaccess_desktop.validation import words
from calaccess_desktop.validation.findings import Location

STATE_JURIS = frozenset({"STW", "SEN", "ASM", "BOE"})
STATE_OFFICES = frozenset(
    {"GOV", "LTG", "SOS", "CON", "ATT", "TRE", "INS", "SUP", "SEN", "ASM", "BOE", "PER"}
)
COMMITTEE_CODES = frozenset({"COM", "RCP", "SCC", "PTY", "CTL", "BMC"})

_CENTS: dict[str, Cents] = {}


def cents(text: str) -> Cents:
    """A CAL amount in cents (0 when blank or malformed), memoised for speed."""
    c = _CENTS.get(text)
    if c is None:
        c = words.cents_of(text)
        if len(_CENTS) < 200_000:
            _CENTS[text] = c
    return c


def dstr(day: dt.date | None) -> str:
    """A date as CCYYMMDD ('' for None)."""
    return format_date(day)


def sdate(text: str) -> dt.date | None:
    """CCYYMMDD text as a date (None when blank or invalid)."""
    if len(text) != 8 or not ascii_digits(text):
        return None
    try:
        return dt.date(int(text[:4]), int(text[4:6]), int(text[6:]))
    except ValueError:
        return None


def schedule_name(rec_type: str, form_type: str) -> str:
    """The Location.schedule of a record: Form 460 letter, 'cover', 'summary' or rec type."""
    if rec_type in ("CVR", "CVR2", "CVR3", "F495"):
        return "cover"
    if rec_type == "SMRY":
        return "summary"
    parent = _PARENT_REC.get(form_type)
    if parent == rec_type or (parent and rec_type in ("SPLT", "TEXT")):
        return form_type  # a Form 460 schedule (or its per-election amounts, its memo)
    if rec_type == "TEXT" and form_type.startswith("F"):
        return "cover"
    return rec_type


# Form 460 schedule letter (= the record's Form_Type) -> the CAL record carrying it.
_PARENT_REC = {"A": "RCPT", "C": "RCPT", "I": "RCPT", "B1": "LOAN", "B2": "LOAN",
               "H": "LOAN", "D": "EXPN", "E": "EXPN", "G": "EXPN", "F": "DEBT"}
_SCHEDULE_RECORD = {"cover": ("CVR", ""), "summary": ("SMRY", "")}



@dataclass(slots=True)
class Plan:
    """What is known about every record of one layout (worked out once per layout)."""

    rec_type: str
    form_type: str
    schedule: str
    fields: tuple[FieldSpec, ...]
    ix: dict[str, int]
    n: int
    pad: tuple[str, ...]
    amount_field: str
    amounts: tuple[int, ...]  # positions of amount fields
    maxlens: tuple[int, ...]  # each field's maximum length
    memo_i: int  # position of Memo_Code (-1: none)
    bakref_i: int  # position of BakRef_TID (-1: none)
    cache: dict[Any, Any]  # per-layout facts worked out once (the engine's spec checks,
    #                        rules' code fields ...)


_PLANS: dict[tuple[int, str, str], Plan] = {}


def plan_for(values: tuple[str, ...], cvr_form: str,
             fields: tuple[FieldSpec, ...] | None = None) -> Plan:
    """The (cached) plan of a record's layout, keyed by the layout's identity
    (``fields``: the layout when already known, as a snapshot record's is)."""
    if fields is None:
        fields = layout_for(values, cvr_form)
    rec_type = values[0].upper()
    form_type = values[1].upper() if len(values) > 1 else ""
    if rec_type == "CVR":
        form_type = form_type or cvr_form.upper()
    key = (id(fields), rec_type, form_type)
    plan = _PLANS.get(key)
    if plan is None or plan.fields is not fields:
        plan = _PLANS[key] = _make_plan(fields, rec_type, form_type)
    return plan


def _make_plan(fields: tuple[FieldSpec, ...], rec_type: str, form_type: str) -> Plan:
    ix: dict[str, int] = {}
    for i, spec in enumerate(fields):
        ix.setdefault(spec.name, i)
    return Plan(
        rec_type, form_type, schedule_name(rec_type, form_type), fields, ix, len(fields),
        ("",) * len(fields), words.main_amount_field(rec_type, form_type),
        tuple(i for i, f in enumerate(fields) if f.kind == "amount"),
        tuple(f.max_len for f in fields), ix.get("Memo_Code", -1), ix.get("BakRef_TID", -1),
        {},
    )


def row_of(rec: SnapRecord, ctx: Ctx) -> Row:
    """A record as rules see it (values padded to the layout's field count)."""
    same = rec.cvr_form == ctx.form or rec.cvr_form.upper() == ctx.form
    plan = plan_for(rec.values, ctx.form, rec.fields if same and rec.values else None)
    v = rec.values
    if len(v) < plan.n:
        v = v + plan.pad[len(v):]
    return Row(rec, v, plan, ctx)


class Row:
    """One record as a record rule sees it: padded values and its layout's name index."""

    __slots__ = ("rec", "v", "ix", "plan", "ctx", "_entity")

    def __init__(self, rec: SnapRecord, v: tuple[str, ...], plan: Plan, ctx: Ctx) -> None:
        self.rec = rec
        self.v = v
        self.ix = plan.ix
        self.plan = plan
        self.ctx = ctx
        self._entity: str | None = None

    @property
    def entity(self) -> str:
        """Entity_Cd in upper case (asked often, worked out once)."""
        e = self._entity
        if e is None:
            i = self.ix.get("Entity_Cd")
            e = self._entity = self.v[i].upper() if i is not None else ""
        return e

    @property
    def rec_type(self) -> str:
        return self.plan.rec_type

    @property
    def form_type(self) -> str:
        return self.plan.form_type

    @property
    def fields(self) -> tuple[FieldSpec, ...]:
        return self.plan.fields

    def get(self, name: str) -> str:
        """A field's value ('' when blank or not in this layout)."""
        i = self.ix.get(name)
        return self.v[i] if i is not None else ""

    def up(self, name: str) -> str:
        """A field's value in upper case (codes are case-insensitive)."""
        i = self.ix.get(name)
        return self.v[i].upper() if i is not None else ""

    def cents(self, name: str) -> Cents:
        i = self.ix.get(name)
        return cents(self.v[i]) if i is not None else 0

    def has(self, name: str) -> bool:
        """Whether the field is filled in."""
        i = self.ix.get(name)
        return i is not None and bool(self.v[i].strip())

    @property
    def counts(self) -> bool:
        """Counts toward totals: not a memo and not a child sub-item."""
        plan, v = self.plan, self.v
        return (plan.memo_i < 0 or v[plan.memo_i] not in ("X", "x")) and (
            plan.bakref_i < 0 or not v[plan.bakref_i])

    @property
    def name(self) -> str:
        """The row's main party ('Grace Okafor')."""
        return words.party_name(self.plan.rec_type, values=self.v, ix=self.ix)

    @property
    def amount(self) -> Cents:
        return self.cents(self.plan.amount_field) if self.plan.amount_field else 0

    def where(self) -> str:
        """'Schedule A, Grace Okafor, $350.00' — the row as a treasurer sees it."""
        parts = [words.schedule_words(self.plan.schedule) if self.plan.schedule != "cover"
                 else "cover page"]
        if self.plan.rec_type == "CVR2":
            parts[0] = "cover page entry"
        elif self.plan.rec_type == "CVR3":
            parts[0] = "verification"
        name = self.name
        if name:
            parts.append(name)
        if self.plan.amount_field and self.get(self.plan.amount_field):
            parts.append(words.money(self.amount))
        return ", ".join(parts)

    def label(self, name: str) -> str:
        """What a field of this row means ('Contributor's occupation')."""
        i = self.ix.get(name)
        spec = self.plan.fields[i] if i is not None else None
        return words.field_label(self.plan.rec_type, self.plan.form_type, spec, name)

    def say(self, field: str, message: str, fix: str) -> list[tuple[str, str, str]]:
        """A one-issue result for a record rule."""
        return [(field, message, fix)]


class Ctx:
    """Statement-level facts for rules, built once per validation."""

    def __init__(self, snap: StatementSnapshot, *, today: dt.date | None = None,
                 is_file: bool = False) -> None:
        self.snap = snap
        self.form = (snap.form_type or snap.cover.form_type).upper()
        self.today = today or dt.date.today()
        self.is_file = is_file
        self.statement_id = snap.statement_id
        cover = snap.cover
        self._cover_fields = layout_for(cover.values, self.form) if cover.values else ()
        self._cover_ix = {f.name: i for i, f in enumerate(self._cover_fields)}
        c = self.cover_get
        self.cmtte = (c("Cmtte_Type") or snap.committee.committee_type).strip().upper()
        self.flag1 = c("Flag1_YN").strip().upper()
        self.entity = (c("Entity_Cd") or snap.committee.entity_cd).strip().upper()
        self.candidate_committee = self.cmtte == "C"
        self.primarily_formed = self.cmtte == "P" or (self.cmtte == "B" and self.flag1 == "Y")
        self.measure_committee = self.cmtte == "B"
        self.cover_juris = c("Juris_Cd").strip().upper()
        self.cover_office = c("Office_Cd").strip().upper()
        self.state_candidate = self.candidate_committee and (
            self.flag1 == "Y" or self.cover_juris in STATE_JURIS
            or self.cover_office in STATE_OFFICES
        )
        self.cand_last = c("Cand_NamL").strip()
        self.cand_first = c("Cand_NamF").strip()
        self.period_from = snap.period_from
        self.period_thru = snap.period_through
        self.pf = dstr(snap.period_from)
        self.pt = dstr(snap.period_through)
        self.election = snap.election_date
        self.el = dstr(snap.election_date)
        self.stmt_type = (snap.stmt_type or c("Stmt_Type")).strip().upper()
        self.report_num = snap.report_num
        on = snap.period_through or snap.period_from or self.today
        self.itemize = threshold("itemize_contributor", on)
        self.itemize_payment = threshold("itemize_payment", on)
        self.occupation = threshold("occupation_employer", on)
        self.subvendor = threshold("itemize_subvendor", on)
        self.cash_limit = threshold("cash_contribution", on)
        self.active_plans: dict[int, Any] = {}  # engine: plan id -> Active
        self._columns: dict[int, list[tuple[str, ...]]] = {}  # plan id -> ``columns``

    def close(self) -> None:
        """Let go of everything worked out for the check (the rows and their indexes):
        each row points back at this context, and with the collector paused during a
        check (``engine``) that cycle would otherwise wait for the next collection."""
        self.__dict__.clear()

    @cached_property
    def as_of(self) -> dt.date:
        """The day the statement is judged on: its filing date, else today."""
        return sdate(self.cover_get("Rpt_Date")) or self.today

    @cached_property
    def major_donor_notice(self) -> Cents:
        from calaccess_desktop.forms.limits import value

        return value("major_donor_notice", self.period_thru)

    @cached_property
    def major_donor(self) -> Cents:
        from calaccess_desktop.forms.limits import value

        return value("major_donor", self.period_thru)

    # -- the cover -------------------------------------------------------------------
    def cover_get(self, name: str) -> str:
        i = self._cover_ix.get(name)
        values = self.snap.cover.values
        return values[i] if i is not None and i < len(values) else ""

    def cover_at(self, field: str = "") -> Location:
        return Location(self.statement_id, "cover", 0, "", field,
                        self.snap.cover.seq if self.is_file else 0,
                        label=self.words(field, "CVR", self.form))

    def words(self, field: str, rec_type: str, form_type: str) -> str:
        """A field's plain label ('' for no field)."""
        return label_for(field, rec_type, form_type, self.form) if field else ""

    # -- locations and findings ------------------------------------------------------
    def at(self, rec: SnapRecord, field: str = "", schedule: str = "") -> Location:
        """Where a record (and one of its fields) is."""
        return Location(
            self.statement_id, schedule or schedule_name(rec.rec_type, rec.form_type),
            rec.record_id, rec.tran_id if rec.rec_type not in ("SMRY", "TEXT", "SPLT") else "",
            field, rec.seq if self.is_file else 0,
            label=self.words(field, rec.rec_type, rec.form_type),
        )

    def statement_at(self, schedule: str = "cover", field: str = "") -> Location:
        rec_type, form_type = _SCHEDULE_RECORD.get(schedule) or (
            (_PARENT_REC[schedule], schedule) if schedule in _PARENT_REC else (schedule, ""))
        return Location(self.statement_id, schedule, 0, "", field,
                        self.snap.cover.seq if self.is_file and schedule == "cover" else 0,
                        label=self.words(field, rec_type, form_type or self.form))

    # -- whole-statement indexes (schedule/statement/across rules only) --------------
    @cached_property
    def rows(self) -> list[Row]:
        """Every record (not unitemized lumps) as a Row, in statement order."""
        out: list[Row] = []
        plans: dict[tuple[int, str, str], Plan] = {}  # ``plan_for`` for this statement
        form = self.form
        for rec in self.snap.records:
            if rec.lump:
                continue
            if rec.cvr_form != form or rec.rec_type == "CVR" or not rec.values:
                out.append(row_of(rec, self))
                continue
            key = (id(rec.fields), rec.rec_type, rec.form_type)
            plan = plans.get(key)
            if plan is None:
                plan = plans[key] = plan_for(rec.values, form, rec.fields)
            v = rec.values
            if len(v) < plan.n:
                v = v + plan.pad[len(v):]
            out.append(Row(rec, v, plan, self))
        return out

    @cached_property
    def by_plan(self) -> dict[int, list[Row]]:
        """Rows by layout (the id of their :class:`Plan`), in statement order: what
        screens and column-wise checks read."""
        out: dict[int, list[Row]] = {}
        for r in self.rows:
            out.setdefault(id(r.plan), []).append(r)
        return out

    def columns(self, plan: Plan) -> list[tuple[str, ...]]:
        """The values of one layout's rows column by column (``columns[i][k]``: field
        ``i`` of the layout's ``k``-th row in ``by_plan``), transposed once per check and
        shared by the screens that read a whole column."""
        cols: list[tuple[str, ...]] | None = self._columns.get(id(plan))
        if cols is None:
            rows = self.by_plan.get(id(plan), [])
            # (a row longer than its layout: the extra values are not checked)
            cols = list(zip(*(r.v for r in rows), strict=False))[:plan.n] if rows else []
            self._columns[id(plan)] = cols
        return cols

    def column(self, rows: list[Row], i: int) -> Sequence[str]:
        """Field ``i`` of each of ``rows`` (rows of one layout): the shared column of
        ``columns`` when ``rows`` are every row of the layout (a screen in a full
        check), else read row by row."""
        if rows and i < rows[0].plan.n:
            plan = rows[0].plan
            every = self.__dict__.get("by_plan")
            if every is not None and every.get(id(plan)) is rows:
                return self.columns(plan)[i]
        return [r.v[i] for r in rows]

    @cached_property
    def by_kind(self) -> dict[tuple[str, str], list[Row]]:
        out: dict[tuple[str, str], list[Row]] = defaultdict(list)
        for r in self.rows:
            out[(r.plan.rec_type, r.plan.form_type)].append(r)
        return out

    def kind(self, rec_type: str, form_type: str) -> list[Row]:
        """Rows of one schedule, e.g. ``kind("RCPT", "A")``."""
        return self.by_kind.get((rec_type, form_type), [])

    def itemized(self, rec_type: str, form_type: str) -> Iterator[Row]:
        return (r for r in self.kind(rec_type, form_type) if r.rec.itemized)

    @cached_property
    def tran_ids(self) -> dict[str, list[Row]]:
        """Tran_ID (upper case) -> rows carrying it."""
        out: dict[str, list[Row]] = defaultdict(list)
        for r in self.rows:
            i = r.ix.get("Tran_ID")
            if i is not None and r.v[i]:
                out[r.v[i].upper()].append(r)
        return out

    @cached_property
    def children(self) -> dict[str, list[Row]]:
        """Parent Tran_ID (upper case) -> child rows pointing at it (BakRef_TID / SPLT)."""
        out: dict[str, list[Row]] = defaultdict(list)
        for r in self.rows:
            i = r.plan.bakref_i if r.plan.rec_type != "SPLT" else r.ix.get("Ptran_Id", -1)
            if i >= 0 and r.v[i]:
                out[r.v[i].upper()].append(r)
        return out

    @cached_property
    def smry(self) -> dict[tuple[str, str], Row]:
        """Summary lines in the statement: (form or schedule, line) -> SMRY row."""
        return {
            (r.up("Form_Type"), r.up("Line_Item")): r for r in self.kind_all("SMRY")
        }

    def kind_all(self, rec_type: str) -> list[Row]:
        return [r for (rt, _ft), rows in self.by_kind.items() if rt == rec_type for r in rows]

    @cached_property
    def cvr2(self) -> list[Row]:
        return self.kind_all("CVR2")

    @cached_property
    def cvr3(self) -> list[Row]:
        return self.kind_all("CVR3")

    # -- committee/statement facts --------------------------------------------------
    def in_period(self, day: str) -> bool:
        """Whether a CCYYMMDD date falls inside the statement period (True if unknown)."""
        if not day or not self.pf or not self.pt:
            return True
        return self.pf <= day <= self.pt

    def period_words(self) -> str:
        if self.period_from and self.period_thru:
            return f"{words.mdy(self.period_from)} to {words.mdy(self.period_thru)}"
        return "the statement period"
