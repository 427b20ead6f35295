"""Late reports a statement's entries call for: Forms 497 (late contributions) and 496
(late independent expenditures) that are owed and not yet on one of the committee's
late reports. The window shows them as soon as an entry triggers one, not only when
the statement is checked.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from calaccess_desktop.services.snapshots import build_snapshot
from calaccess_desktop.validation import Finding, validate_only

LATE_REPORT_RULES = ("F497-TRG-001", "F497-TRG-002", "F460-C-008", "F496-TRG-001",
                     "F496-TRG-002")


def late_reports_owed(session: Session, statement_id: int, *,
                      today: dt.date | None = None) -> list[Finding]:
    """The late-report findings of one statement (empty when nothing is owed)."""
    return validate_only(build_snapshot(session, statement_id), LATE_REPORT_RULES,
                         today=today)
