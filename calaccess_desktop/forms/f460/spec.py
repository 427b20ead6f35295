"""Form 460 as one value: its schedules, record order and hooks."""

from __future__ import annotations

from typing import Any

from calaccess_desktop.forms.f460.schedules import RECORD_ORDER, SCHEDULES, TITLES
from calaccess_desktop.forms.spec import FormSpec, Part

SHORT = {"A": "Contributions", "B1": "Loans received", "B2": "Loan guarantors",
         "C": "Nonmonetary", "D": "For others", "E": "Payments", "F": "Unpaid bills",
         "G": "Agent payments", "H": "Loans made", "I": "Other cash"}


def _summarize(snapshot: Any) -> Any:
    from calaccess_desktop.forms.f460.summary import compute

    return compute(snapshot)


SPEC = FormSpec(
    code="F460",
    title="Form 460 - Recipient Committee Campaign Statement",
    short_name="Form 460",
    kind="periodic",
    parts=tuple(Part(key, rt, ft, TITLES[key], SHORT[key])
                for key, (rt, ft) in SCHEDULES.items()),
    record_order=RECORD_ORDER,
    statement_types=("PE", "SA", "QT", "SE", "SY", "S1", "S2", "TS"),
    itemizes=True,
    summarize=_summarize,
)
