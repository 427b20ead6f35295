"""What a CAL field means in plain words ('Contributor's occupation'): the one label table
the entry form, the check's findings, the reader's problems, the changes list and the
filing server's messages all use, so a treasurer reads the same words everywhere.

A field of a person or organization (``Ctrib_NamL``, ``Payee_City``) is labelled by whose
it is on that schedule (the contributor, the creditor, the guarantor) and which part it is
(last name, ZIP code); other fields by their own words, optionally different on one
schedule (``_SCHEDULE_WORDS``). ``label_for`` looks the field up in the layouts itself.
"""

from __future__ import annotations

import re
from functools import cache

from calaccess_desktop.cal.layouts import FieldSpec, fields_for

MEMO_TEXT = "memo_text"  # the entry form's memo box: the text of the TEXT record

# Who an entry on a schedule is about (entry form headings, group titles, findings).
PARTY_WORD: dict[tuple[str, str], str] = {
    ("RCPT", "A"): "Contributor", ("RCPT", "C"): "Contributor", ("RCPT", "I"): "Source",
    ("EXPN", "D"): "Payee", ("EXPN", "E"): "Payee", ("EXPN", "G"): "Payee",
    ("DEBT", "F"): "Creditor", ("LOAN", "B1"): "Lender", ("LOAN", "B2"): "Guarantor",
    ("LOAN", "H"): "Borrower", ("S497", "F497P1"): "Contributor",
    ("S497", "F497P2"): "Recipient", ("EXPN", "F450P5"): "Payee",
    ("EXPN", "F461P5"): "Payee", ("EXPN", "F465P3"): "Payee", ("RCPT", "F496P3"): "Contributor",
}

# What one entry of a kind is, and how its party is joined to it ("a contribution from").
ENTRY_NOUN: dict[tuple[str, str], tuple[str, str]] = {
    ("RCPT", "A"): ("contribution", "from"), ("RCPT", "C"): ("nonmonetary contribution", "from"),
    ("RCPT", "I"): ("increase to cash", "from"), ("EXPN", "E"): ("payment", "to"),
    ("EXPN", "D"): ("payment for others", "to"), ("EXPN", "G"): ("payment by an agent", "to"),
    ("DEBT", "F"): ("unpaid bill", "owed to"), ("LOAN", "B1"): ("loan received", "from"),
    ("LOAN", "B2"): ("loan guarantee", "by"), ("LOAN", "H"): ("loan made", "to"),
    ("CVR3", ""): ("verification", "signed by"), ("S497", "F497P1"): ("late contribution",
                                                                      "from"),
    ("S497", "F497P2"): ("late contribution made", "to"), ("TEXT", ""): ("memo text", "for"),
    ("RCPT", "F496P3"): ("contribution", "from"), ("EXPN", "F465P3"): ("payment", "to"),
    ("EXPN", "F461P5"): ("payment", "to"), ("EXPN", "F450P5"): ("payment", "to"),
}

# Whose name or address a field prefix carries, and on which schedules someone else's.
_ROLE: dict[str, str] = {
    "Ctrib": "Contributor", "Payee": "Payee", "Lndr": "Lender", "Loan": "Lender",
    "Enty": "Entity", "Tres": "Treasurer", "Intr": "Intermediary", "Cand": "Candidate",
    "Filer": "Committee", "Bank": "Bank", "Agent": "Agent or contractor", "Sig": "Signer",
    "Payor": "Payor", "Bus": "Business", "Cvr2": "",
}
_ROLE_BY_SCHEDULE: dict[tuple[str, str], str] = {
    ("DEBT", "Payee"): "Creditor", ("LOAN/B2", "Lndr"): "Guarantor",
    ("LOAN/B2", "Loan"): "Guarantor", ("LOAN/H", "Lndr"): "Borrower",
    ("LOAN/H", "Loan"): "Borrower", ("S497/F497P2", "Enty"): "Recipient",
    ("S497/F497P1", "Enty"): "Contributor", ("RCPT/I", "Ctrib"): "Source",
    ("CVR2", "Enty"): "",
}
# The part of a name or address a field suffix is.
_PART: dict[str, str] = {
    "NamL": "last name or organization", "NamF": "first name", "NamT": "title (Mr., Dr.)",
    "NamS": "suffix (Jr.)", "Adr1": "street address", "Adr2": "address line 2",
    "City": "city", "ST": "state", "ZIP4": "ZIP code", "Emp": "employer", "EMP": "employer",
    "Occ": "occupation", "OCC": "occupation", "Phon": "phone number",
    "Email": "email address", "FAX": "fax number",
}
_PERSON_NAME = {"Cand": "name", "Sig": "last name", "Tres": "last name"}  # never a company

# Fields by their own words (on any schedule unless _SCHEDULE_WORDS says otherwise).
_FIELD: dict[str, str] = {
    "Rec_Type": "Record type", "Form_Type": "Form or schedule", "Tran_ID": "Transaction ID",
    "Entity_Cd": "Type of entity",
    "Cmte_ID": "Committee ID number (if a committee)",
    "Int_CmteId": "ID number of the transferring committee",
    "Tran_Type": "Transaction type", "Date_Thru": "Received through (date range)",
    "Rcpt_Date": "Date received", "Expn_Date": "Date paid",
    "Ctrib_Date": "Date of the contribution", "Exp_Date": "Date of the expenditure",
    "Amount": "Amount", "Cum_YTD": "Year to date", "Cum_Oth": "Cumulative to date",
    "Memo_Code": "Memo entry only (not counted)", MEMO_TEXT: "Memo text",
    "BakRef_TID": "Part of transaction (Tran ID)", "Ctrib_Dscr": "Description",
    "Trans_Date": "Date of the transfer", "Contr_Date": "Original date of the contribution",
    "Expn_Code": "Expense code", "Expn_Dscr": "Description", "Expn_ChkNo": "Check number",
    "Agent_NamL": "Agent's or contractor's last name or company",
    "G_From_E_F": "Reported on schedule (E or F)",
    "Loan_Date1": "Date of the loan", "Loan_Date2": "Date due",
    "Loan_Rate": "Interest rate", "Loan_Amt1": "Amount received this period",
    "Loan_Amt2": "Balance at the end of the period", "Loan_Amt3": "Cumulative to date",
    "Loan_Amt4": "Balance at the start of the period", "Loan_Amt5": "Repaid this period",
    "Loan_Amt6": "Forgiven this period", "Loan_Amt7": "Interest this period",
    "Loan_Amt8": "Original amount of the loan", "Lender_Name": "Lender's name",
    "Beg_Bal": "Owed at the start of the period",
    "Amt_Incur": "New amount owed this period", "Amt_Paid": "Amount paid this period",
    "End_Bal": "Owed at the end of the period",
    "Office_Cd": "Office sought or held", "Offic_Dscr": "Description of the office",
    "Juris_Cd": "Jurisdiction of the office", "Juris_Dscr": "Name of the jurisdiction",
    "Dist_No": "District number", "Off_S_H_Cd": "Sought-or-held box (S or H)",
    "Sup_Opp_Cd": "Support or oppose", "Bal_Name": "Ballot measure's name",
    "Bal_Num": "Ballot measure's number or letter", "Bal_Juris": "Ballot measure's jurisdiction",
    "Filer_ID": "Committee ID number", "Report_Num": "Amendment number",
    "Rpt_Date": "Date the report is filed", "Stmt_Type": "Type of statement",
    "Rpt_ID_Num": "Report number", "From_Date": "Period start ('from') date",
    "Thru_Date": "Period end ('through') date", "Elect_Date": "Date of the election",
    "Cmtte_Type": "Type of committee", "AmendExp_1": "Explanation of the amendment",
    "F460_Part": "Part of the cover page", "Control_YN": "Controlled committee? (Yes/No)",
    "Sig_Date": "Date signed", "Sig_Loc": "Signed at (city, state)",
    "Text4000": "Text of the memo",
    "Elec_Date": "Date of the election", "Elec_Amount": "Per-election-to-date amount",
    "Elec_Code": "Election (primary, general, special or runoff)",
    "Line_Item": "Summary line number", "Amount_A": "Column A amount",
    "Amount_B": "Column B amount", "Ptran_Id": "Parent item", "Pform_Type": "Parent schedule",
    "ElectJuris": "Jurisdiction", "ContribAmt": "Contribution amount",
    "Elect_Date_F495": "Date of the election", "EF_Type": "File type",
    "State_Cd": "State code", "CAL_Ver": "CAL version", "Soft_Name": "Software name",
    "Soft_Ver": "Software version", "Item_Cd": "Section of the statement of organization",
    "Title": "Filing officer's title", "Day_Phone": "Daytime phone number",
    "FAX_Phone": "Fax number", "Email_Adr": "Email address",
    "Ind_Group": "Industry group or affiliation",
    "POF_Title": "Principal officer's position or title",
    "Non_Pty_CB": "Nonpartisan office", "Party_Name": "Name of the party",
    "Year_Elect": "Year of the election", "Int_Rate": "Interest rate",
}
# A field's own words on one schedule (rec_type, form_type).
_SCHEDULE_WORDS: dict[tuple[str, str], dict[str, str]] = {
    ("RCPT", "A"): {"Tran_Type": "Special kind of receipt"},
    ("RCPT", "C"): {"Amount": "Fair market value", "Ctrib_Dscr": "What was given",
                    "Tran_Type": "Special kind of receipt"},
    ("LOAN", "B1"): {"Loan_Amt7": "Interest paid this period"},
    ("LOAN", "H"): {"Loan_Amt1": "Amount lent this period",
                    "Loan_Amt7": "Interest received this period"},
    ("LOAN", "B2"): {"Loan_Amt1": "Amount guaranteed this period",
                     "Loan_Amt2": "Balance outstanding"},
    ("CVR3", ""): {"Entity_Cd": "Signer's role"},
}


def field_label(rec_type: str, form_type: str, spec: FieldSpec | None, name: str = "") -> str:
    """What a field means, e.g. 'Contributor's occupation' (capitalised, no trailing dot)."""
    name = spec.name if spec is not None else name
    if spec is not None and spec.kind == "yesno" and name.startswith("Flag"):
        question = _clean(spec.description.replace("Elec ", "Election "))
        return f"The yes/no box '{question[:1] + question[1:].lower()}'"
    return _label(rec_type.upper(), form_type.upper(), name,
                  spec.description if spec is not None else "")


def label_for(name: str, rec_type: str, form_type: str, cvr_form: str = "") -> str:
    """A field's label from its name alone (its layout is looked up)."""
    return field_label(rec_type, form_type, _spec(rec_type, form_type, cvr_form, name), name)


def party_word(rec_type: str, form_type: str) -> str:
    """Who an entry of this kind is about ('Contributor'), or 'Entry'."""
    return PARTY_WORD.get((rec_type.upper(), form_type.upper()), "Entry")


def entry_noun(rec_type: str, form_type: str) -> tuple[str, str]:
    """('contribution', 'from') for a Schedule A entry; ('entry', 'for') when unknown."""
    rt, ft = rec_type.upper(), form_type.upper()
    return ENTRY_NOUN.get((rt, ft)) or ENTRY_NOUN.get((rt, ""), ("entry", "for"))


def a_or_an(noun: str) -> str:
    """'a contribution', 'an increase to cash'."""
    return f"{'an' if noun[:1].lower() in 'aeiou' else 'a'} {noun}"


def lower_first(label: str) -> str:
    """'Contributor's name' -> 'contributor's name'; 'ZIP code' stays."""
    if len(label) > 1 and label[1].isupper():
        return label
    return label[:1].lower() + label[1:]


@cache
def _spec(rec_type: str, form_type: str, cvr_form: str, name: str) -> FieldSpec | None:
    if not rec_type or name == MEMO_TEXT:
        return None
    try:
        layout = fields_for(rec_type, form_type, cvr_form=cvr_form)
    except (KeyError, ValueError):
        return None
    low = name.lower()
    return next((f for f in layout if f.name.lower() == low), None)


def _role(rec_type: str, form_type: str, prefix: str) -> str:
    role = _ROLE_BY_SCHEDULE.get((f"{rec_type}/{form_type}", prefix),
                                 _ROLE_BY_SCHEDULE.get((rec_type, prefix)))
    return _ROLE[prefix] if role is None else role


def _possessive(noun: str) -> str:
    return " ".join(f"{w}'s" if w not in ("or", "and") else w for w in noun.split())


@cache
def _label(rec_type: str, form_type: str, name: str, description: str) -> str:
    own = _SCHEDULE_WORDS.get((rec_type, form_type), {}) or \
        _SCHEDULE_WORDS.get((rec_type, ""), {})
    if name in own:
        return own[name]
    if name == "Entity_Cd" and (rec_type, form_type) in PARTY_WORD:
        return f"Type of {PARTY_WORD[(rec_type, form_type)].lower()}"
    if name in _FIELD:
        return _FIELD[name]
    if "_" in name:
        prefix, part = name.split("_", 1)
        if prefix == "Mail" and part in _PART:
            return f"Mailing address: {_PART[part]}"
        if prefix in _ROLE and (part in _PART or part == "Self"):
            role = _role(rec_type, form_type, prefix)
            if part == "Self":
                return f"{role or 'Entity'} is self-employed"
            words = _PERSON_NAME.get(prefix, _PART[part]) if part == "NamL" else _PART[part]
            text = f"{_possessive(role)} {words}".strip() if role else words
            return text[:1].upper() + text[1:]
    return _clean(description) or name.replace("_", " ")


def _clean(description: str) -> str:
    text = re.split(r"\bValues?:|\(|\{", description)[0]
    return text.strip(" .,;:-") or description.strip()  # noqa: B005
