"""Where each transaction record keeps its main party (contributor, payee, lender ...)
and its main amount and date: field names from the spec layouts, as data."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class PartyFields:
    """Spec field names of a record's party; '' when the layout has no such field."""

    last: str
    first: str
    title: str
    suffix: str
    adr1: str
    adr2: str
    city: str
    state: str
    zip4: str
    employer: str = ""
    occupation: str = ""
    self_employed: str = ""
    cmte_id: str = "Cmte_ID"


def _party(prefix: str, adr: str | None = None, emp: str = "", occ: str = "",
           self_cb: str = "") -> PartyFields:
    a = adr or prefix
    return PartyFields(
        f"{prefix}_NamL", f"{prefix}_NamF", f"{prefix}_NamT", f"{prefix}_NamS",
        f"{a}_Adr1", f"{a}_Adr2", f"{a}_City", f"{a}_ST", f"{a}_ZIP4", emp, occ, self_cb,
    )


PARTIES: dict[str, PartyFields] = {
    "RCPT": _party("Ctrib", emp="Ctrib_Emp", occ="Ctrib_Occ", self_cb="Ctrib_Self"),
    "EXPN": _party("Payee"),
    "DEBT": _party("Payee"),
    "LOAN": _party("Lndr", "Loan", emp="Loan_EMP", occ="Loan_OCC", self_cb="Loan_Self"),
    "S497": _party("Enty", emp="Ctrib_Emp", occ="Ctrib_Occ", self_cb="Ctrib_Self"),
    "S498": _party("Payor", emp="Employer", occ="Occupation", self_cb="SelfEmp_CB"),
    "S401": _party("Payee"),
    "CVR2": _party("Enty"),
}

# rec_type -> (amount field, date field) used for the store's typed columns.
MAIN_AMOUNT_DATE: dict[str, tuple[str, str]] = {
    "RCPT": ("Amount", "Rcpt_Date"),
    "EXPN": ("Amount", "Expn_Date"),
    "DEBT": ("Amt_Incur", ""),
    "LOAN": ("Loan_Amt1", "Loan_Date1"),
    "S497": ("Amount", "Ctrib_Date"),
    "S496": ("Amount", "Exp_Date"),
    "S498": ("Amt_Rcvd", "Date_Rcvd"),
    "S401": ("Amount", ""),
    "SPLT": ("Elec_Amount", "Elec_Date"),
}


def listed_name(last: str, first: str) -> str:
    """A party as schedules list it: 'Okafor, Grace', or the one name there is."""
    return ", ".join(part for part in (last, first) if part)
