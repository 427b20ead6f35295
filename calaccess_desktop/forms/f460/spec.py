"""Form 460 as one value: its schedules, record order and hooks."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from calaccess_desktop.forms.f460.columns import COLUMNS
from calaccess_desktop.forms.f460.importing import import_extras
from calaccess_desktop.forms.f460.labels import SUMMARY_LINES
from calaccess_desktop.forms.f460.late_lines import snapshot_extras
from calaccess_desktop.forms.f460.schedules import RECORD_ORDER, SCHEDULES, TITLES
from calaccess_desktop.forms.spec import FormSpec, Part

SHORT = {"A": "Contributions", "B1": "Loans received", "B2": "Loan guarantors",
         "C": "Nonmonetary", "D": "For others", "E": "Payments", "F": "Unpaid bills",
         "G": "Agent payments", "H": "Loans made", "I": "Other cash"}


def _summarize(snapshot: Any, carry_in: Mapping[str, Any]) -> Any:
    from calaccess_desktop.forms.f460.summary import compute

    return compute(snapshot, cash_equivalents=int(carry_in.get("cash_equivalents", 0)))


def _smry_records(summary: Any) -> list[list[str]]:
    from calaccess_desktop.forms.f460.smry import smry_values

    return smry_values(summary)


def _rules() -> tuple[Any, ...]:
    from calaccess_desktop.forms.f460.rules import RULES

    return RULES


def _print(snapshot: Any, summary: Any) -> Any:
    from calaccess_desktop.forms.f460.print_document import build

    return build(snapshot, summary)


SPEC = FormSpec(
    code="F460",
    title="Form 460 - Recipient Committee Campaign Statement",
    short_name="Form 460",
    kind="periodic",
    parts=tuple(Part(key, rt, ft, TITLES[key], SHORT[key], COLUMNS[key])
                for key, (rt, ft) in SCHEDULES.items()),
    record_order=RECORD_ORDER,
    statement_types=("PE", "SA", "QT", "SE", "SY", "TS"),
    itemizes=True,
    ending_cash_line="16",
    summarize=_summarize,
    printer=_print,
    snapshot_extras=snapshot_extras,
    smry_records=_smry_records,
    import_extras=import_extras,
    rules=_rules,
    line_names=SUMMARY_LINES,
    notes={"hint": "Enter contributions on Schedule A and payments on Schedule E; the summary "
                   "updates as you go. When done, check the statement (F5) and mark it ready "
                   "to file."},
)
