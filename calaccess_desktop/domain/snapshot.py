"""Frozen snapshots of a statement: what validation, printing and export consume.

A snapshot is built once from the store (``services.snapshots``) and never
changes; rules and renderers receive it and touch neither the database nor Qt.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from calaccess_desktop.cal.layouts import FieldSpec
from calaccess_desktop.cal.model import layout_for, name_index
from calaccess_desktop.domain.money import AmountError, Cents, parse_cal_amount


@dataclass(frozen=True, slots=True)
class SnapRecord:
    """One CAL record of a statement, read-only. ``values[n-1]`` is field #n."""

    values: tuple[str, ...]
    record_id: int = 0  # store id (0 when not stored)
    seq: int = 0  # order in the statement (line number for imported files)
    cvr_form: str = ""
    itemized: bool = True  # False: counted in the unitemized line, not written as a record
    contact_id: int | None = None
    lump: bool = False  # an imported unitemized total, not a real transaction
    # Derived once at construction (read on every rule and total: keep them cheap).
    rec_type: str = field(init=False)  # Rec_Type, upper case
    form_type: str = field(init=False)  # Form_Type (the schedule), upper case
    fields: tuple[FieldSpec, ...] = field(init=False, repr=False)  # the spec layout
    _index: dict[str, int] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        values = self.values
        put = object.__setattr__
        put(self, "rec_type", values[0].upper() if values else "")
        put(self, "form_type", values[1].upper() if len(values) > 1 else "")
        layout = layout_for(values, self.cvr_form) if values else ()
        put(self, "fields", layout)
        put(self, "_index", name_index(layout))

    def get(self, name: str) -> str:
        """Value of a named field ('' if blank or not in the layout)."""
        i = self._index.get(name.lower())
        if i is None or i >= len(self.values):
            return ""
        return self.values[i]

    def cents(self, name: str) -> Cents:
        """A money field in cents (0 when blank or malformed)."""
        text = self.get(name)
        if not text:
            return 0
        try:
            return parse_cal_amount(text)
        except AmountError:
            return 0

    def date(self, name: str) -> dt.date | None:
        """A date field (None when blank or malformed)."""
        from calaccess_desktop.cal.values import parse_date

        return parse_date(self.get(name))

    @property
    def tran_id(self) -> str:
        """The Tran_ID ('' for records without one)."""
        return self.get("Tran_ID")

    @property
    def is_memo(self) -> bool:
        """Memo (informational) items do not count toward totals."""
        return self.get("Memo_Code").upper() == "X"


AmendedItem = tuple[str, str, int | None, Cents | None, dt.date | None]


@dataclass(frozen=True, slots=True)
class StatementBrief:
    """Another statement of the same committee, for checks across statements."""

    statement_id: int
    form_type: str
    period_from: dt.date | None
    period_through: dt.date | None
    report_num: int
    status: str
    filing_id: str
    original_filing_id: str
    ending_cash: Cents | None  # Summary line 16, when known
    column_b: MappingProxyType[str, Cents]  # Summary column B by line, when known


@dataclass(frozen=True, slots=True)
class CommitteeSnap:
    """The filer as of the snapshot."""

    committee_id: int
    filer_id: str
    name: str
    committee_type: str  # C, P, B, G or ''
    entity_cd: str
    profile: MappingProxyType[str, Any]


@dataclass(frozen=True, slots=True)
class LocalLimit:
    """A jurisdiction's own contribution limit (cents) for one office, in force
    ``start``..``end`` (None: open-ended)."""

    office: str  # CAL Office_Cd it applies to (CCM, MAY ...); "" = every office there
    cents: Cents
    per: str  # "election" or "year"
    label: str  # "a person's contributions to a city council candidate"
    contributor: str = ""  # "" any source, else "IND" / "SCC" / "COM" ...
    start: dt.date | None = None
    end: dt.date | None = None
    src: str = ""

    def applies(self, office: str, contributor: str, on: dt.date | None) -> bool:
        """Whether this limit covers gifts from ``contributor`` to ``office`` on ``on``."""
        if self.office and self.office != office.upper():
            return False
        if self.contributor and self.contributor != contributor.upper():
            return False
        return on is None or not (self.start and on < self.start or self.end and on > self.end)


def pick_limit(limits: tuple[LocalLimit, ...], office: str, contributor: str,
               on: dt.date | None) -> LocalLimit | None:
    """The limit in force for gifts to ``office``: the lowest of those naming the office,
    else the lowest of those for every office (None: no local limit)."""
    found = [lim for lim in limits if lim.applies(office, contributor, on)]
    specific = [lim for lim in found if lim.office]
    return min(specific or found, key=lambda lim: lim.cents) if found else None


@dataclass(frozen=True, slots=True)
class OfficerFacts:
    """What the rules need of one of the committee's filing officers: its name and the
    jurisdiction's own rules where they differ from the state's (None = the state's)."""

    code: str  # "SOS", "SFO", "PRAC", "OTHER" ...
    name: str  # "the Secretary of State", "the San Francisco Ethics Commission"
    level: str  # state | county | city
    method: str  # sos | netfile | paper | email
    itemize_threshold: Cents | None = None
    late_threshold: Cents | None = None  # a Form 497 trigger lower than the state's
    limits: tuple[LocalLimit, ...] = ()
    extra_forms: tuple[str, ...] = ()  # "SFEC-126f2: ..." in plain words


SOS_FACTS = OfficerFacts("SOS", "the Secretary of State", "state", "sos")


@dataclass(frozen=True, slots=True)
class StatementSnapshot:
    """Everything needed to validate, print or export one statement."""

    committee: CommitteeSnap
    statement_id: int
    form_type: str
    period_from: dt.date | None
    period_through: dt.date | None
    election_date: dt.date | None
    stmt_type: str
    report_num: int
    original_filing_id: str
    status: str
    filing_id: str
    filed_at: dt.datetime | None
    amendment_reason: str
    cover: SnapRecord
    records: tuple[SnapRecord, ...]
    # Column B of the previous statement in the same calendar year (by summary line),
    # the previous ending cash, and whether a previous statement exists at all.
    prior_column_b: MappingProxyType[str, Cents] = field(
        default_factory=lambda: MappingProxyType({})
    )
    prior_ending_cash: Cents | None = None
    # Contributions received from each contact earlier in the calendar year (other statements).
    ytd_before: MappingProxyType[int, Cents] = field(default_factory=lambda: MappingProxyType({}))
    # Schedule D payments to each contact earlier in the calendar year.
    payments_before: MappingProxyType[int, Cents] = field(
        default_factory=lambda: MappingProxyType({})
    )
    history: tuple[StatementBrief, ...] = ()
    # Items of the version this statement amends (when it is in the store), by Tran_ID in
    # upper case: (record type, schedule, contact id, amount in cents, date).
    amended_items: MappingProxyType[str, AmendedItem] = field(
        default_factory=lambda: MappingProxyType({})
    )
    # Contributions the committee already reported on its Forms 497 (Part 1):
    # (contributor's last name upper case, date received, amount in cents).
    late_reported: frozenset[tuple[str, dt.date, Cents]] = frozenset()
    # Where each ``late_reported`` line was reported, in words ("Form 497 report 3
    # (statement 12), line 2"), when known.
    late_sources: MappingProxyType[tuple[str, dt.date, Cents], str] = field(
        default_factory=lambda: MappingProxyType({})
    )
    # The committee's filing officers (services.officers), primary first: where it files
    # and its jurisdictions' own itemization threshold, limits and late-report trigger.
    officers: tuple[OfficerFacts, ...] = (SOS_FACTS,)

    @property
    def officer_name(self) -> str:
        """Where this statement is filed, in words ("the Secretary of State")."""
        return self.officers[0].name if self.officers else SOS_FACTS.name

    def itemize_threshold(self, state: Cents) -> Cents:
        """The contributor itemization threshold: the lowest of the officers' own,
        else the state's (``state``)."""
        own = [o.itemize_threshold for o in self.officers if o.itemize_threshold is not None]
        return min([*own, state]) if own else state

    def late_threshold(self, state: Cents) -> Cents:
        """The Form 497 trigger: the lowest of the officers' own, else the state's."""
        own = [o.late_threshold for o in self.officers if o.late_threshold is not None]
        return min([*own, state]) if own else state

    def local_limit(self, office: str, contributor: str,
                    on: dt.date | None) -> tuple[OfficerFacts, LocalLimit] | None:
        """The lowest local contribution limit of the committee's officers for gifts from
        ``contributor`` to ``office`` on ``on`` (None: no local limit; the state's apply)."""
        found = [(o, lim) for o in self.officers
                 if (lim := pick_limit(o.limits, office, contributor, on)) is not None]
        return min(found, key=lambda f: f[1].cents) if found else None

    def schedule(self, rec_type: str, form_type: str) -> tuple[SnapRecord, ...]:
        """Records of one schedule (e.g. ``("RCPT", "A")``), in statement order."""
        return tuple(
            r for r in self.records if r.rec_type == rec_type and r.form_type == form_type
        )

    def sha256(self) -> str:
        """A fingerprint of the statement's content (cover and records)."""
        h = hashlib.sha256()
        for rec in (self.cover, *self.records):
            h.update(",".join(rec.values).encode("utf-8"))
            h.update(b"\n")
        return h.hexdigest()
