"""What the app knows about one government form, as one value (``FormSpec``).

Each form's package (``forms/f460/``, ``forms/f497/``, ...) builds its ``FormSpec`` in
its ``spec.py``; ``forms/registry.py`` lists them. The importer, exporter, snapshots,
summaries, statement list, printing, the editor and validation ask the registry instead
of testing ``form == "F460"``. Hooks that need heavy imports (reportlab, rules) import
them inside the hook, so reading the registry stays cheap.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

# What kind of filing a form is: the calendar and the statement list treat them apart.
#   periodic:  covers a period and has a due date from its type (460, 450, 425, 461, 465)
#   late:      24-hour / 10-day reports, due from their lines' dates (497, 496)
#   registration: registers or changes the committee (410), or a candidate (501)
#   once:      filed once for an election (470)
Kind = Literal["periodic", "late", "registration", "once"]

Printer = Callable[[Any, Any], Any]  # (StatementSnapshot, summary or None) -> pdf Document
# (StatementSnapshot, carry_in mapping: {} unless imported) -> summary value (or None)
Summarizer = Callable[[Any, Mapping[str, Any]], Any]
# summary -> values of the CAL SMRY records that cache it (each a list in spec order)
SmryRecords = Callable[[Any], list[list[str]]]
# (cal.reader.CalFile) -> {"lumps": [record values], "carry_in": {...}} (both optional)
ImportExtras = Callable[[Any], Mapping[str, Any]]


@dataclass(frozen=True, slots=True)
class Column:
    """One column of a part's list in the editor: a title in plain words and the CAL
    fields it shows. kind: ``name`` (last, first), ``text``, ``money`` (cents),
    ``date``, ``cumulative`` (calendar-year total of the source), ``itemized`` (yes/no),
    ``expense`` (an expense code, shown in words)."""

    title: str
    fields: tuple[str, ...] = ()
    kind: str = "text"

    @staticmethod
    def name(title: str, prefix: str) -> Column:
        """A person's or organization's name column ("Ctrib": Ctrib_NamL, Ctrib_NamF)."""
        return Column(title, (f"{prefix}_NamL", f"{prefix}_NamF"), "name")


TRAN_ID = Column("Transaction ID", ("Tran_ID",))
ITEMIZED = Column("Itemized", (), "itemized")


@dataclass(frozen=True, slots=True)
class Part:
    """A schedule or part of a form that holds entries: one tab in the editor."""

    key: str  # "A", "B1", "F497P1": how the app names it
    rec_type: str  # CAL record type ("RCPT")
    form_type: str  # CAL Form_Type of that record ("A", "F497P1")
    title: str  # as printed on the form (also the print preview's name for its pages)
    short_title: str  # for a tab
    # The columns of its list in the editor; (): built from the record's layout
    columns: tuple[Column, ...] = ()


@dataclass(frozen=True, slots=True)
class FormSpec:
    """One government form: its parts, records, calendar and hooks."""

    code: str  # "F460"
    title: str  # "Form 460 - Recipient Committee Campaign Statement"
    short_name: str  # "Form 460"
    kind: Kind
    parts: tuple[Part, ...] = ()
    # Record kinds (rec_type, form_type or "" for any) in the order the app writes them
    # after HDR and CVR; unknown kinds go last.
    record_order: tuple[tuple[str, str], ...] = ()
    statement_types: tuple[str, ...] = ()  # Stmt_Type codes the form takes ("" if none)
    has_cal_layout: bool = True  # False: not a CAL 2.01 form (e.g. 501); never exported
    itemizes: bool = False  # entries go through the $100 itemization rules
    summarize: Summarizer | None = None
    printer: Printer | None = None
    # (session, statement) -> extra snapshot facts (e.g. lines reported on 497s)
    snapshot_extras: Callable[[Any, Any], Mapping[str, Any]] | None = None
    rules: Callable[[], tuple[Any, ...]] | None = None  # the form's own validation rules
    # (rec_type, form_type) -> entry-form field groups for the form's own record kinds
    entry_groups: Mapping[tuple[str, str], Any] = field(default_factory=dict)
    # (session, demo committees) -> ids of the demo statements of this form
    demo: Callable[[Any, Any], list[int]] | None = None
    notes: Mapping[str, str] = field(default_factory=dict)  # plain words shown to users
    # (Committee, Statement, rpt_date) -> the CVR values of a statement of this form, when
    # the generic profile-to-CVR copy does not fit (F410 names differ; F501 has no layout)
    cover_builder: Callable[[Any, Any, str], list[str]] | None = None
    # (session, statement id) -> None: finishes a new draft the form's own way (F410: the
    # names it lists, from the profile); may raise a UserError to refuse the new statement
    after_create: Callable[[Any, int], None] | None = None
    # CVR3 roles who sign the form on its cover page, in order ("TRE", "CAO"); None: the
    # treasurer, plus the candidate of a controlled committee; (): no CVR3 (Form 501)
    signers: tuple[str, ...] | None = None
    # (cal.reader.CalFile) -> {"profile": {app profile key: value}, "committee_type": "C"}
    # for the committee a new import creates, when the form's CVR names differ from the
    # profile's keys (F410: Adr1 -> Filer_Adr1, its CVR2 names -> atr_*, Cand_* ...)
    profile_from_import: Callable[[Any], Mapping[str, Any]] | None = None
    # CVR fields the statement keeps itself (not from the profile): kept when the cover is
    # rebuilt and carried into an amendment; "Rpt_ID_Num" starts as the statement's number
    cover_fields: tuple[str, ...] = ()
    smry_records: SmryRecords | None = None  # None: the form keeps no SMRY records
    # What an imported file carries besides its records (unitemized totals, carry-in)
    import_extras: ImportExtras | None = None
    # summary -> rows of the Summary page in the editor: (line, words, column A, column B);
    # a row with line "" and no amounts is a heading. None: the Form 460 layout of
    # ``summary.lines`` and ``summary.schedules``.
    line_names: Mapping[str, str] = field(default_factory=dict)  # summary line -> words
    summary_rows: Callable[[Any], list[tuple[str, str, int | None, int | None]]] | None = None
    # Summary line whose column A is the ending cash the next statement begins with
    # (Form 460: "16"); None: the form carries no cash (465, 461) and is never the
    # "previous statement" of another
    ending_cash_line: str | None = None
    registered: bool = True  # False: a stand-in built from the CAL layouts (unknown form)

    @property
    def number(self) -> str:
        """"460" for "F460"."""
        return self.code.removeprefix("F")

    def part(self, key: str) -> Part | None:
        """The part with this key, or None."""
        return next((p for p in self.parts if p.key == key), None)

    def part_of(self, rec_type: str, form_type: str) -> Part | None:
        """The part a record belongs to, or None (cover, summary, text records)."""
        rt, ft = rec_type.upper(), form_type.upper()
        return next((p for p in self.parts if p.rec_type == rt and p.form_type == ft), None)

    def order_rank(self, rec_type: str, form_type: str) -> int:
        """Position of a record kind in this form's record order (unknown kinds last)."""
        for i, (rt, ft) in enumerate(self.record_order):
            if rt == rec_type and (not ft or ft == form_type):
                return i
        return len(self.record_order)

