"""Form 460's snapshot extra: the lines already listed on the committee's Forms 497
(Parts 1 and 2, ``forms/f497/lines``) and independent expenditures on its Forms 496, so
the check can tell a late contribution that was reported, and that everything a 497
listed is reported again on the 460 (F497-X-001, naming the 497's report and line)."""

from __future__ import annotations

from types import MappingProxyType
from typing import Any


def snapshot_extras(session: Any, stmt: Any) -> dict[str, Any]:
    """The FormSpec.snapshot_extras hook: lines already on the committee's Forms 497
    (with where each was reported), and independent expenditures on its Forms 496."""
    from calaccess_desktop.forms.f496.reported import ie_reported
    from calaccess_desktop.forms.f497.lines import reported

    sources = reported(session, stmt)
    return {"late_reported": frozenset(sources) | ie_reported(session, stmt),
            "late_sources": MappingProxyType(sources)}
