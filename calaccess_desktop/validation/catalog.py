"""The rule catalog as data (``catalog.json``: every rule id of the form-rules guide §6,
its catalog severity and scope, and a one-line summary in this project's words), and the
entries that are not rules here, and why.

``docs/RULES.md`` is generated from this module, the registry and the tests
(``tests/validation/ledger.py``); a test keeps it current. ``tools/check_catalog.py``
compares the ids with the guide when the guide is at hand.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources

# Catalog rules whose check is another rule's (same check, one finding).
COVERED_BY: dict[str, tuple[str, str]] = {
    "XST-001": ("F460-SUM-012", "the same check (Line 12 = previous Line 16)"),
    "F450-ELG-002": ("GEN-TYP-001", "the statement types allowed on Form 450"),
    "F425-GEN-001": ("GEN-VER-001", "the spec table's F425 cover fields plus the verification"),
    "F410-GEN-002": ("F410-CMT-001", "the spec table's F410 cover and CVR2 conditions and the "
                                     "other F410 rules"),
    "EFS-005": ("GEN-TRS-002", "missing email (a warning: the SOS accepts it; NetFile rejects)"),
}

# Catalog rules not implemented yet, with the reason.
NOT_YET: dict[str, str] = {
    "F460-A-015": "CAL 2.01 records have no payment-method field, so a cash contribution "
                  "cannot be told apart; needs a 'paid in cash' flag in the entry form.",
    "F460-A-016": "Whether a contribution came by a written instrument is not in the record.",
    "F460-A-021": "Needs the items of the committee's Forms 497 in the snapshot; the history "
                  "holds only each statement's totals.",
    "F460-A-022": "Needs the list of lobbyists registered to lobby the candidate's agency.",
    "F460-B-001": "Needs the previous statement's loan rows to see a loan dropped while still "
                  "outstanding; the history holds only totals.",
    "F460-C-005": "Fair market value is a fact outside the statement.",
    "F460-D-005": "Whether a payment was made (or goods on hand were given) is not recorded.",
    "F460-D-009": "Depends on the candidate's personal payments outside the committee.",
    "F460-E-010": "No payment-method field in CAL 2.01 (cash expenditures).",
    "F460-E-014": "Needs ownership and employment ties of the insiders it lists.",
    "F460-E-016": "The candidate's spending outside the campaign account is not recorded.",
    "F460-F-004": "Needs the previous statement's Schedule F rows (column (d) per creditor); "
                  "StatementBrief carries only totals. F460-SUM-019 checks the totals.",
    "F460-F-007": "CAL 2.01 has no 'estimate' mark for accrued expenses.",
    "F460-F-008": "Concerns bills that were never entered.",
    "F460-F-009": "A contingency fee is not distinguishable in the record.",
    "F460-G-005": "Timing of the agent's reports to the committee is outside the statement.",
    "F460-I-004": "Auction values (fair market value vs price) are not recorded.",
    "XST-005": "Needs the items of Forms 497/496 filed in the period.",
    "AMD-008": "A filing deadline for some amendments, not a property of the statement.",
    "AMD-009": "Needs the later 496s of the same candidate or measure.",
    "AMD-010": "Form 462 is not supported by the app.",
    "AMD-011": "Needs the Part 2 choice of each earlier version of the 501; the snapshot "
               "carries only other statements' totals, not their covers.",
    "DATE-006": "Delivery method; filing electronically satisfies it (the e-file module).",
    "F497-P1-002": "Advice about a box CAL lacks; nothing in the record to check.",
    "F497-HDR-003": "Needs the last 450/460's closing date and every contribution since.",
    "F497-DLV-001": "How the report is delivered is not in the report: it is enforced where "
                    "a statement is marked filed on paper (services/paper_filing.mark_filed "
                    "refuses a state committee's Form 497 or 496).",
    "F410-FEE-001": "The $50 fee is paid to the Secretary of State, not filed: the data file has "
                    "no record of the payment (the calendar names its January 15 due date).",
    "F461-P5-002": "The meaning of a date (mailed, delivered, possession) is not recorded.",
    "F461-P5-003": "Filings by a parent and subsidiaries together are not modelled.",
    "F461-TRG-001": "Depends on the filer's giving outside this statement.",
    "EFS-003": "Needs each local agency's calendar of deadlines; GEN-PER-003/004 check the "
               "state calendar.",
    "EFS-006": "A transport outcome (wrong destination): the e-file module.",
    "EFS-007": "Showing the SOS's answers: the e-file module.",
    "EFS-008": "Credentials for filing: the e-file module.",
    "EFS-009": "Advice about outages: the e-file module.",
    "EFS-010": "About the SOS's PDF converter: the PDF module prints its own layout.",
}

# Why a rule's severity here differs from the catalog's (the definition: error
# only when the SOS would reject the filing or the form's math is broken).
SEVERITY_REASONS: dict[str, str] = {
    "spec": "the CAL layout marks the field R or C: the SOS accepts the filing without it",
    "accepted": "nothing in the spec makes the SOS reject such a filing (several occur in "
                "filings it accepted), so it does not block filing; it is worth a look",
    "heuristic": "found by matching names or descriptions, which can be wrong",
}


@dataclass(frozen=True, slots=True)
class Entry:
    """One rule of the catalog: where it is, its catalog severity and scope, what it says."""

    section: str  # "6.3 Schedule A (money received)"
    id: str
    severity: str  # the catalog's severity: error or warning
    scope: str
    summary: str  # one line, in this project's words


@cache
def entries() -> tuple[Entry, ...]:
    """Every catalog rule in catalog order (``catalog.json``)."""
    text = resources.files(__package__).joinpath("catalog.json").read_text(encoding="utf-8")
    doc = json.loads(text)
    return tuple(Entry(f"{s['number']} {s['title']}", r["id"], r["severity"], r["scope"],
                       r["summary"])
                 for s in doc["sections"] for r in s["rules"])
