"""Form 461 as one value: Part 5 payments, the Part 3 summary, and hooks."""

from __future__ import annotations

from typing import Any

from calaccess_desktop.forms.f461.entry import GROUPS
from calaccess_desktop.forms.f461.importing import import_extras
from calaccess_desktop.forms.f461.summary import LINES
from calaccess_desktop.forms.spec import FormSpec, Part


def _summarize(snapshot: Any, carry_in: Any = None) -> Any:
    from calaccess_desktop.forms.f461.summary import compute

    return compute(snapshot, carry_in)


def _smry(summary: Any) -> list[list[str]]:
    from calaccess_desktop.forms.f461.summary import smry_records

    return smry_records(summary)


def _extras(session: Any, stmt: Any) -> Any:
    from calaccess_desktop.forms.f461.history import snapshot_extras

    return snapshot_extras(session, stmt)


def _rows(summary: Any) -> list[tuple[str, str, int | None, int | None]]:
    from calaccess_desktop.forms.f461.summary import summary_rows

    return summary_rows(summary)


def _after_create(session: Any, statement_id: int) -> None:
    from calaccess_desktop.forms.f461.history import start_from_previous

    start_from_previous(session, statement_id)


def _print(snapshot: Any, summary: Any) -> Any:
    from calaccess_desktop.forms.f461.print_layout import build

    return build(snapshot, summary)


def _rules() -> tuple[Any, ...]:
    from calaccess_desktop.forms.f461.rules import RULES

    return RULES


def _demo(session: Any, committees: Any) -> list[int]:
    from calaccess_desktop.forms.f461.demo import demo

    return demo(session, committees)


SPEC = FormSpec(
    code="F461",
    title="Form 461 - Major Donor and Independent Expenditure Committee Campaign Statement",
    short_name="Form 461",
    kind="periodic",
    parts=(Part("P5", "EXPN", "F461P5", "Part 5 - Contributions (Including Loans, Forgiveness "
                "of Loans, and Loan Guarantees) and Expenditures Made",
                "Payments made"),),
    record_order=(("CVR3", ""), ("F405", ""), ("SMRY", ""), ("EXPN", "F461P5"),
                  ("TEXT", "")),
    statement_types=(),  # Stmt_Type is left blank on Form 461 (spec page 22)
    itemizes=True,
    summarize=_summarize,
    smry_records=_smry,
    summary_rows=_rows,
    line_names=LINES,
    import_extras=import_extras,
    snapshot_extras=_extras,
    printer=_print,
    rules=_rules,
    entry_groups=GROUPS,
    demo=_demo,
    after_create=_after_create,
    notes={"hint": "List each contribution and independent expenditure on Part 5 (with the "
                   "candidate, measure or committee and the calendar-year total); the "
                   "summary adds them up. For a major donor ($10,000 or more contributed in a "
                   "year) or an independent expenditure committee ($1,000 or more)."},
)
