"""Rule cases for items re-filed on an amendment (``validation/rules/amended_items.py``)."""

from __future__ import annotations

from tests.validation.cases.common import Case, gift, rekeyed

C = Case
CASES: list[Case] = [
    C("AMD-004", lambda s: (rekeyed(s), gift(s, Tran_ID="NEW-7", Rcpt_Date="20260312")),
      lambda s: (rekeyed(s), gift(s, Tran_ID="A-7", Rcpt_Date="20260312")), field="Tran_ID"),
]
