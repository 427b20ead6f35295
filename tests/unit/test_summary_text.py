"""The summary page as text: amounts right-aligned in their columns, and one too wide
for its column (a hundred billion dollars) still stands apart from the next."""

from __future__ import annotations

from calaccess_desktop.commands.summary import render_rows, render_text
from calaccess_desktop.forms.f460.summary import Summary


def _summary(a: int, b: int | None) -> Summary:
    return Summary(schedules={}, lines={"1": (a, b)})


def test_amounts_stand_in_their_columns() -> None:
    line = render_text("T", _summary(891_500, 1_336_500)).splitlines()[-1]
    assert line.endswith("        8,915.00       13,365.00")
    assert len(line) == 5 + 42 + 16 + 16


def test_an_amount_too_wide_for_its_column_stays_apart() -> None:
    line = render_text("T", _summary(20_000_000_891_300, 20_000_001_336_300)).splitlines()[-1]
    assert "200,000,008,913.00 200,000,013,363.00" in line
    row = render_rows("T", [("1", "Total", 20_000_000_891_300, 5)]).splitlines()[-1]
    assert "200,000,008,913.00            0.05" in row
