"""Names of the Form 460 summary page lines and schedule summary lines (form-rules §4)."""

from __future__ import annotations

SUMMARY_LINES: dict[str, str] = {
    "1": "Monetary contributions",
    "2": "Loans received",
    "3": "SUBTOTAL CASH CONTRIBUTIONS",
    "4": "Nonmonetary contributions",
    "5": "TOTAL CONTRIBUTIONS RECEIVED",
    "6": "Payments made",
    "7": "Loans made",
    "8": "SUBTOTAL CASH PAYMENTS",
    "9": "Accrued expenses (unpaid bills)",
    "10": "Nonmonetary adjustment",
    "11": "TOTAL EXPENDITURES MADE",
    "12": "Beginning cash balance",
    "13": "Cash receipts",
    "14": "Miscellaneous increases to cash",
    "15": "Cash payments",
    "16": "ENDING CASH BALANCE",
    "17": "Loan guarantees received",
    "18": "Cash equivalents",
    "19": "Outstanding debts",
}

SCHEDULE_LINES: dict[str, dict[str, str]] = {
    "A": {"1": "Itemized monetary contributions", "2": "Unitemized monetary contributions",
          "3": "Total monetary contributions"},
    "B1": {"1": "Loans received this period", "2": "Loans paid or forgiven this period",
           "3": "Net change this period"},
    "C": {"1": "Itemized nonmonetary contributions", "2": "Unitemized nonmonetary contributions",
          "3": "Total nonmonetary contributions"},
    "D": {"1": "Itemized contributions and independent expenditures",
          "2": "Unitemized contributions and independent expenditures", "3": "Total"},
    "E": {"1": "Itemized payments", "2": "Unitemized payments",
          "3": "Interest paid on loans received", "4": "Total payments made"},
    "F": {"1": "Accrued expenses incurred this period",
          "2": "Accrued expenses paid this period", "3": "Net change this period"},
    "H": {"1": "Loans made this period", "2": "Loan payments received this period",
          "3": "Net change this period"},
    "I": {"1": "Itemized increases to cash", "2": "Unitemized increases to cash",
          "3": "Interest received on loans made", "4": "Total miscellaneous increases to cash"},
}
