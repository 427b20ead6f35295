"""The columns of each Form 460 schedule's list in the editor (``Part.columns``)."""

from __future__ import annotations

from calaccess_desktop.forms.spec import ITEMIZED, TRAN_ID, Column

_name = Column.name

COLUMNS: dict[str, tuple[Column, ...]] = {
    "A": (
        Column("Date received", ("Rcpt_Date",), "date"), _name("Contributor", "Ctrib"),
        Column("Amount", ("Amount",), "money"), Column("Year to date", (), "cumulative"),
        ITEMIZED, Column("Occupation", ("Ctrib_Occ",)), Column("Employer", ("Ctrib_Emp",)),
        Column("City", ("Ctrib_City",)), TRAN_ID,
    ),
    "B1": (
        _name("Lender", "Lndr"), Column("Date of loan", ("Loan_Date1",), "date"),
        Column("Received this period", ("Loan_Amt1",), "money"),
        Column("Paid this period", ("Loan_Amt5",), "money"),
        Column("Balance owed", ("Loan_Amt2",), "money"), TRAN_ID,
    ),
    "B2": (
        _name("Guarantor", "Lndr"), Column("Date", ("Loan_Date1",), "date"),
        Column("Guaranteed this period", ("Loan_Amt1",), "money"),
        Column("Balance", ("Loan_Amt2",), "money"), TRAN_ID,
    ),
    "C": (
        Column("Date received", ("Rcpt_Date",), "date"), _name("Contributor", "Ctrib"),
        Column("Value", ("Amount",), "money"), Column("Year to date", (), "cumulative"),
        ITEMIZED, Column("What was given", ("Ctrib_Dscr",)), TRAN_ID,
    ),
    "D": (
        Column("Date", ("Expn_Date",), "date"), _name("Paid to", "Payee"),
        Column("Amount", ("Amount",), "money"),
        Column("Candidate or measure", ("Cand_NamL", "Bal_Name")),
        Column("Support/oppose", ("Sup_Opp_Cd",)), TRAN_ID,
    ),
    "E": (
        Column("Date", ("Expn_Date",), "date"), _name("Paid to", "Payee"),
        Column("Amount", ("Amount",), "money"), Column("Expense type", ("Expn_Code",), "expense"),
        Column("Description", ("Expn_Dscr",)), ITEMIZED, TRAN_ID,
    ),
    "F": (
        _name("Owed to", "Payee"), Column("Owed at start", ("Beg_Bal",), "money"),
        Column("New this period", ("Amt_Incur",), "money"),
        Column("Paid this period", ("Amt_Paid",), "money"),
        Column("Owed at end", ("End_Bal",), "money"),
        Column("Expense type", ("Expn_Code",), "expense"), TRAN_ID,
    ),
    "G": (
        _name("Agent or contractor", "Agent"), _name("Paid to", "Payee"),
        Column("Amount", ("Amount",), "money"), Column("Expense type", ("Expn_Code",), "expense"),
        Column("Description", ("Expn_Dscr",)), TRAN_ID,
    ),
    "H": (
        _name("Borrower", "Lndr"), Column("Date of loan", ("Loan_Date1",), "date"),
        Column("Lent this period", ("Loan_Amt1",), "money"),
        Column("Repaid this period", ("Loan_Amt5",), "money"),
        Column("Balance owed to us", ("Loan_Amt2",), "money"), TRAN_ID,
    ),
    "I": (
        Column("Date received", ("Rcpt_Date",), "date"), _name("Received from", "Ctrib"),
        Column("Amount", ("Amount",), "money"), Column("Description", ("Ctrib_Dscr",)),
        ITEMIZED, TRAN_ID,
    ),
}
