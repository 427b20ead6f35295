"""Form 450 summary page lines (SMRY Form_Type F450, lines 1-15, Amount_A only: spec
page 36).

The spec fixes only the numbering. The wording below follows the short form's summary
page: contributions received, expenditures made and the current cash statement, the
same roles as Form 460 lines 1-16 without loans or unpaid bills (which a committee
filing Form 450 cannot have) [INF]. Lines 12-15 are not computed by the app; an
imported statement keeps the values it was filed with.
"""

from __future__ import annotations

LINES: dict[str, str] = {
    "1": "Monetary contributions",
    "2": "Nonmonetary contributions",
    "3": "TOTAL CONTRIBUTIONS RECEIVED",
    "4": "Payments made",
    "5": "Nonmonetary contributions (line 2)",
    "6": "TOTAL EXPENDITURES MADE",
    "7": "Beginning cash balance",
    "8": "Cash receipts (line 1)",
    "9": "Miscellaneous increases to cash",
    "10": "Cash payments (line 4)",
    "11": "ENDING CASH BALANCE",
}
COMPUTED = tuple(LINES)
KEPT = ("12", "13", "14", "15")  # filed values kept as imported
ENDING_CASH = "11"

# Headings printed above a line.
HEADINGS = {"1": "Contributions Received", "4": "Expenditures Made",
            "7": "Current Cash Statement"}
HOW = {"3": "Add Lines 1 + 2", "6": "Add Lines 4 + 5",
       "7": "Previous statement's ending cash, or zero",
       "11": "Add Lines 7 + 8 + 9, then subtract Line 10"}
