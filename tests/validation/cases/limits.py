"""Rule cases for contribution limits and the ceiling (``forms/f460/rules/limits.py``)."""

from __future__ import annotations

from tests.validation.cases.common import Case, gift

C = Case
CASES: list[Case] = [
    C("F460-SUM-023", lambda s: s.summary("F460", "22A", Amount_A="100.00", Elec_Dt="20261103"),
      field="Amount_A"),
    C("F460-A-018", lambda s: gift(s, Amount="6000.00", Cum_YTD="6000.00"),
      lambda s: gift(s, Amount="4000.00", Cum_YTD="4000.00"), field="Amount",
      also=("F460-A-020",)),
]
