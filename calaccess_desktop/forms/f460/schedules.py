"""Form 460 schedules: which CAL record carries each, and their order on the form."""

from __future__ import annotations

# schedule -> (CAL rec_type, CAL Form_Type); spec page 20, "Electronic File Components".
SCHEDULES: dict[str, tuple[str, str]] = {
    "A": ("RCPT", "A"),
    "B1": ("LOAN", "B1"),
    "B2": ("LOAN", "B2"),
    "C": ("RCPT", "C"),
    "D": ("EXPN", "D"),
    "E": ("EXPN", "E"),
    "F": ("DEBT", "F"),
    "G": ("EXPN", "G"),
    "H": ("LOAN", "H"),
    "I": ("RCPT", "I"),
}

TITLES: dict[str, str] = {
    "A": "Schedule A - Monetary Contributions Received",
    "B1": "Schedule B Part 1 - Loans Received",
    "B2": "Schedule B Part 2 - Loan Guarantors",
    "C": "Schedule C - Nonmonetary Contributions Received",
    "D": "Schedule D - Summary of Expenditures Supporting/Opposing Other Candidates, "
    "Measures and Committees",
    "E": "Schedule E - Payments Made",
    "F": "Schedule F - Accrued Expenses (Unpaid Bills)",
    "G": "Schedule G - Payments Made by an Agent or Independent Contractor",
    "H": "Schedule H - Loans Made to Others",
    "I": "Schedule I - Miscellaneous Increases to Cash",
}

# Record order when the app writes a statement: cover records, summary, schedules A..I,
# then child and text records (spec page 20 lists them in this order).
RECORD_ORDER: tuple[tuple[str, str], ...] = (
    ("CVR2", ""),
    ("CVR3", ""),
    ("F495", ""),
    ("SMRY", ""),
    *SCHEDULES.values(),
    ("SPLT", ""),
    ("TEXT", ""),
)


def schedule_of(rec_type: str, form_type: str) -> str | None:
    """The Form 460 schedule letter of a record, or None."""
    for letter, key in SCHEDULES.items():
        if key == (rec_type, form_type):
            return letter
    return None


def order_rank(rec_type: str, form_type: str) -> int:
    """Position of a record kind in the app's record order (unknown kinds last)."""
    for i, (rt, ft) in enumerate(RECORD_ORDER):
        if rt == rec_type and (not ft or ft == form_type):
            return i
    return len(RECORD_ORDER)
