"""Rule cases for dates and amounts inside the period (``validation/rules/period.py``)."""

from __future__ import annotations

from tests.validation.cases.common import Case, a_row, e_row, in_kind, misc

C = Case
CASES: list[Case] = [
    C("APP-DATE-001", lambda s: s.edit(a_row(s), Rcpt_Date="20251215"),
      lambda s: s.edit(a_row(s), Rcpt_Date="20260101"), field="Rcpt_Date"),
    C("APP-DATE-001", lambda s: s.edit(e_row(s), Expn_Date="20251231"),
      lambda s: s.edit(e_row(s), Expn_Date="20260630"), field="Expn_Date", name="payment"),
    C("APP-DATE-001", lambda s: in_kind(s, Rcpt_Date="20250101"), lambda s: in_kind(s),
      field="Rcpt_Date", name="nonmonetary"),
    C("APP-DATE-001", lambda s: misc(s, Rcpt_Date="20250630"), lambda s: misc(s),
      field="Rcpt_Date", name="misc"),
    C("APP-NEG-001", lambda s: s.edit(a_row(s), Amount="-350.00"),
      lambda s: s.edit(a_row(s), Amount="350.00"), field="Amount",
      also=("F460-SUM-021",)),
    C("APP-NEG-001", lambda s: in_kind(s, Amount="-180.00"), lambda s: in_kind(s),
      field="Amount", name="nonmonetary", also=("F460-SUM-021",)),
    C("APP-NEG-001", lambda s: s.edit(e_row(s), Amount="-300.00"),
      lambda s: s.edit(e_row(s), Amount="300.00"), field="Amount", name="payment",
      also=("F460-SUM-021",)),
]
