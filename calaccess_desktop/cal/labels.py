"""What a CAL field means in plain words ('Contributor's occupation'), for findings, the
reader's problems and the practice server's messages alike."""

from __future__ import annotations

import re
from functools import cache

from calaccess_desktop.cal.layouts import FieldSpec

# Whose name/address a field prefix carries, by record type and schedule.
_ROLE: dict[str, str] = {
    "Ctrib": "Contributor's", "Payee": "Payee's", "Lndr": "Lender's", "Loan": "Lender's",
    "Enty": "Entity's", "Tres": "Treasurer's", "Intr": "Intermediary's",
    "Cand": "Candidate's", "Filer": "Committee's", "Mail": "Mailing address", "Bank": "Bank's",
    "Agent": "Agent's or contractor's", "Sig": "Signer's", "Payor": "Payor's", "Bus": "Business's",
}
_ROLE_BY_SCHEDULE: dict[tuple[str, str], str] = {
    ("DEBT", "Payee"): "Creditor's", ("LOAN/B2", "Lndr"): "Guarantor's",
    ("LOAN/B2", "Loan"): "Guarantor's", ("LOAN/H", "Lndr"): "Borrower's",
    ("LOAN/H", "Loan"): "Borrower's", ("S497/F497P2", "Enty"): "Recipient's",
    ("S497/F497P1", "Enty"): "Contributor's", ("RCPT/I", "Ctrib"): "Source's",
    ("EXPN/D", "Payee"): "Recipient's", ("CVR2", "Enty"): "",
}
_PART: dict[str, str] = {
    "NamL": "name", "NamF": "first name", "NamT": "title", "NamS": "suffix",
    "Adr1": "street address", "Adr2": "second address line", "City": "city", "ST": "state",
    "ZIP4": "ZIP code", "Emp": "employer", "EMP": "employer", "Occ": "occupation",
    "OCC": "occupation", "Phon": "phone number", "Email": "email address", "FAX": "fax number",
    "Self": "self-employed box",
}
_FIELD: dict[str, str] = {
    "Rec_Type": "Record type", "Form_Type": "Form or schedule", "Tran_ID": "Transaction ID",
    "Entity_Cd": "Entity code (individual, committee, other ...)",
    "Rcpt_Date": "Date received", "Amount": "Amount", "Cum_YTD": "Cumulative to date",
    "Ctrib_Dscr": "Description of the goods, services or receipt",
    "Cmte_ID": "Committee's ID number", "Int_CmteId": "ID number of the transferring committee",
    "Trans_Date": "Date of the transfer", "Contr_Date": "Original date of the contribution",
    "Tran_Type": "Transaction type", "Expn_Code": "Expense code", "Expn_Dscr": "Description",
    "Expn_Date": "Date of the payment", "Agent_NamL": "Agent's or contractor's name",
    "G_From_E_F": "Schedule of the agent's payment (E or F)",
    "Loan_Date1": "Date of the loan", "Loan_Date2": "Due date", "Loan_Rate": "Interest rate",
    "Loan_Amt1": "Amount received this period", "Loan_Amt2": "Outstanding balance",
    "Loan_Amt3": "Cumulative to date", "Loan_Amt4": "Outstanding balance at the start",
    "Loan_Amt5": "Amount paid this period", "Loan_Amt6": "Amount forgiven this period",
    "Loan_Amt7": "Interest this period", "Loan_Amt8": "Original amount of the loan",
    "Beg_Bal": "Balance owed at the start of the period",
    "Amt_Incur": "Amount incurred this period", "Amt_Paid": "Amount paid this period",
    "End_Bal": "Balance owed at the close of the period",
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
    "Sig_Date": "Date signed", "Sig_NamL": "Signer's last name",
    "Sig_NamF": "Signer's first name", "Text4000": "Text of the memo",
    "Elec_Date": "Date of the election", "Elec_Amount": "Per-election-to-date amount",
    "Elec_Code": "Election (primary, general, special or runoff)",
    "Ctrib_Date": "Date of the contribution", "Exp_Date": "Date of the expenditure",
    "Line_Item": "Summary line number", "Amount_A": "Column A amount",
    "Amount_B": "Column B amount", "Memo_Code": "Memo box", "BakRef_TID": "Parent item",
    "Ptran_Id": "Parent item", "Pform_Type": "Parent schedule", "ElectJuris": "Jurisdiction",
    "ContribAmt": "Contribution amount", "Elect_Date_F495": "Date of the election",
    "EF_Type": "File type", "State_Cd": "State code", "CAL_Ver": "CAL version",
    "Soft_Name": "Software name", "Soft_Ver": "Software version",
    "Item_Cd": "Section of the statement of organization", "Title": "Filing officer's title",
}
_SCHEDULE_OF_REC = {"DEBT": "F"}


def field_label(rec_type: str, form_type: str, spec: FieldSpec | None, name: str = "") -> str:
    """What a field means, e.g. 'Contributor's occupation' (capitalised, no trailing dot)."""
    name = spec.name if spec is not None else name
    if spec is not None and spec.kind == "yesno" and name.startswith("Flag"):
        question = _clean(spec.description.replace("Elec ", "Election "))
        return f"The yes/no box '{question[:1] + question[1:].lower()}'"
    return _label(rec_type.upper(), form_type.upper(), name,
                  spec.description if spec is not None else "")


def lower_first(label: str) -> str:
    """'Contributor's name' -> 'contributor's name'; 'ZIP code' stays."""
    if len(label) > 1 and label[1].isupper():
        return label
    return label[:1].lower() + label[1:]


@cache
def _label(rec_type: str, form_type: str, name: str, description: str) -> str:
    if "_" in name:
        prefix, part = name.split("_", 1)
        if prefix in _ROLE and part in _PART and name not in _FIELD:
            role = _ROLE_BY_SCHEDULE.get(
                (f"{rec_type}/{form_type}", prefix), _ROLE_BY_SCHEDULE.get((rec_type, prefix))
            )
            if role is None:
                role = _ROLE[prefix]
            if prefix == "Mail":
                return f"Mailing address {_PART[part]}"
            if rec_type == "LOAN" and form_type == "B2" and part == "NamL":
                return "Guarantor's name"
            text = f"{role} {_PART[part]}".strip()
            return text[:1].upper() + text[1:]
    if name in _FIELD:
        return _FIELD[name]
    return _clean(description) or name


def _clean(description: str) -> str:
    text = re.split(r"\bValues?:|\(|\{", description)[0]
    return text.strip(" .,;:-") or description.strip()  # noqa: B005
