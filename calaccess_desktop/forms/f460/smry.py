"""SMRY records for a computed Form 460 summary (spec pages 35-36)."""

from __future__ import annotations

from calaccess_desktop.domain.money import format_cal_amount
from calaccess_desktop.forms.f460.summary import Summary


def smry_values(summary: Summary) -> list[list[str]]:
    """SMRY record values: F460 lines 1-19, then each schedule's summary lines."""
    out: list[list[str]] = []
    for line, (a, b) in summary.lines.items():
        amount_b = format_cal_amount(b) if b is not None else ""
        out.append(["SMRY", "F460", line, format_cal_amount(a), amount_b])
    for schedule, lines in summary.schedules.items():
        for line, cents in lines.items():
            out.append(["SMRY", schedule, line, format_cal_amount(cents)])
    return out
