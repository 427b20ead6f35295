"""Which cover (CVR) fields apply to a filing, from the spec's usage notes (pages 24-28).

The layouts give every field of a form's CVR; these notes say which of them a
given form or committee type leaves empty. Validation and cover building both ask here.
"""

from __future__ import annotations

# "Tres. fields #29 - 40 not used on F496 & F497 filings" (page 24).
TREASURER_FIELDS = range(29, 41)
FORMS_WITHOUT_TREASURER = frozenset({"F496", "F497"})
# "Cmtte_Type ... (Req on F450 & F460)"; flags 42-45 are F460/F450 only (pages 24-25).
COMMITTEE_TYPE_FORMS = frozenset({"F450", "F460"})
COMMITTEE_TYPE_FIELDS = range(41, 46)
# Flag fields used per committee type (page 25): C uses 42-43 (F460 only), B and G 42-44;
# "Fields 42 through 45 are not used when Cmtte_Type = P".
FLAGS_BY_TYPE = {"C": range(42, 44), "B": range(42, 45), "G": range(42, 45), "P": range(0)}


def cover_field_applies(form: str, committee_type: str, number: int) -> bool:
    """Whether CVR field ``number`` is used on this form for this committee type."""
    if number in TREASURER_FIELDS:
        return form not in FORMS_WITHOUT_TREASURER
    if number in COMMITTEE_TYPE_FIELDS:
        if form not in COMMITTEE_TYPE_FORMS:
            return False
        if number == 41:
            return True
        if committee_type == "C" and form != "F460":
            return False
        return number in FLAGS_BY_TYPE.get(committee_type, range(0))
    return True
