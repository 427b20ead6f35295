"""Demo Form 425 of the small committee: July-December 2025, no activity at all."""

from __future__ import annotations

import datetime as dt
from typing import Any


def demo(session: Any, committees: Any) -> list[int]:
    """The FormSpec.demo hook: one statement of no activity (S2 2025)."""
    from calaccess_desktop.services.editing import add_transaction, create_statement

    sid = create_statement(session, committees.small_committee, "F425",
                           period_from=dt.date(2025, 7, 1),
                           period_through=dt.date(2025, 12, 31), stmt_type="S2")
    add_transaction(session, sid, "CVR3", "F425", {
        "Entity_Cd": "TRE", "Sig_Date": "20260128", "Sig_Loc": "Sacramento, CA",
        "Sig_NamL": "Okoye", "Sig_NamF": "Adaeze"})
    return [sid]
