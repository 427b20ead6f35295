"""What the entry form shows for each schedule: spec fields in groups.

Field names, lengths and kinds come from the spec layouts (``cal.layouts``) and labels
from the one label table (``cal.labels``, which the check and the filing server's
messages use too); this module only chooses which fields a treasurer sees first, in
which groups, and names the code list behind each coded field. A form package declares
the groups of its own record kinds in ``FormSpec.entry_groups`` (same shape as
``GROUPS``); ``entry_groups`` asks it first. ``MEMO_TEXT`` is the one form field that is
not a spec field: the text of the TEXT record a memo refers to.
"""

from __future__ import annotations

from dataclasses import dataclass

from calaccess_desktop.cal.labels import MEMO_TEXT, PARTY_WORD, field_label, label_for
from calaccess_desktop.cal.layouts import FieldSpec, codes, fields_for

__all__ = ["GROUPS", "MEMO_TEXT", "PARTY_WORD", "FieldGroup", "FieldInfo", "Groups",
           "choices_for", "entry_groups", "label_for", "too_long"]


def _party(p: str, adr: str = "") -> tuple[str, ...]:
    a = adr or p
    return (f"{p}_NamL", f"{p}_NamF", f"{a}_Adr1", f"{a}_Adr2", f"{a}_City", f"{a}_ST",
            f"{a}_ZIP4")


_CTRIB = ("Entity_Cd", *_party("Ctrib"), "Ctrib_Occ", "Ctrib_Emp", "Ctrib_Self", "Cmte_ID")
_PAYEE = ("Entity_Cd", *_party("Payee"), "Cmte_ID")
_LENDER = ("Entity_Cd", *_party("Lndr", "Loan"), "Loan_OCC", "Loan_EMP", "Loan_Self",
           "Cmte_ID")
_MEMO = ("Memo_Code", MEMO_TEXT)
_LOAN = ("Loan_Date1", "Loan_Date2", "Loan_Amt8", "Loan_Amt4", "Loan_Amt1", "Loan_Amt5",
         "Loan_Amt6", "Loan_Amt2", "Loan_Amt7", "Loan_Rate")
_MORE_CTRIB = ("Ctrib_NamT", "Ctrib_NamS", "Tran_Type", "Date_Thru", "Intr_NamL", "Intr_NamF",
               "Intr_Adr1", "Intr_City", "Intr_ST", "Intr_ZIP4", "Intr_Occ", "Intr_Emp",
               "BakRef_TID")

# The groups of one record kind: (title, field names in order, starts folded).
Groups = tuple[tuple[str, tuple[str, ...], bool], ...]
# (rec_type, form_type) -> its groups (Forms 460 and 497; other forms: FormSpec.entry_groups)
GROUPS: dict[tuple[str, str], Groups] = {
    ("RCPT", "A"): (("Contributor", _CTRIB, False),
                    ("Contribution", ("Rcpt_Date", "Amount", *_MEMO), False),
                    ("More details", _MORE_CTRIB, True)),
    ("RCPT", "C"): (("Contributor", _CTRIB, False),
                    ("What was given", ("Rcpt_Date", "Amount", "Ctrib_Dscr", *_MEMO), False),
                    ("More details", _MORE_CTRIB, True)),
    ("RCPT", "I"): (("Source", ("Entity_Cd", *_party("Ctrib")), False),
                    ("Increase to cash", ("Rcpt_Date", "Amount", "Ctrib_Dscr", *_MEMO), False),
                    ("More details", ("Cmte_ID", "BakRef_TID"), True)),
    ("EXPN", "E"): (("Payee", _PAYEE, False),
                    ("Payment", ("Expn_Date", "Amount", "Expn_Code", "Expn_Dscr", "Expn_ChkNo",
                                 *_MEMO), False),
                    ("More details", ("Payee_NamT", "Payee_NamS", "BakRef_TID"), True)),
    ("EXPN", "D"): (("Payee", _PAYEE, False),
                    ("Payment", ("Expn_Date", "Amount", "Expn_Code", "Expn_Dscr", *_MEMO),
                     False),
                    ("Candidate or measure", ("Cand_NamL", "Cand_NamF", "Office_Cd", "Juris_Cd",
                                              "Juris_Dscr", "Dist_No", "Bal_Name", "Bal_Num",
                                              "Bal_Juris", "Sup_Opp_Cd"), False)),
    ("EXPN", "G"): (("Agent or independent contractor", ("Agent_NamL", "Agent_NamF",
                                                         "BakRef_TID", "G_From_E_F"), False),
                    ("Payee", _PAYEE, False),
                    ("Payment", ("Expn_Date", "Amount", "Expn_Code", "Expn_Dscr", *_MEMO),
                     False)),
    ("DEBT", "F"): (("Creditor", _PAYEE, False),
                    ("Amounts", ("Beg_Bal", "Amt_Incur", "Amt_Paid", "End_Bal", "Expn_Code",
                                 "Expn_Dscr", *_MEMO), False)),
    ("LOAN", "B1"): (("Lender", _LENDER, False), ("Loan", (*_LOAN, *_MEMO), False)),
    ("LOAN", "B2"): (("Guarantor", _LENDER, False),
                     ("Guarantee", ("Lender_Name", "Loan_Date1", "Loan_Amt1", "Loan_Amt2",
                                    "Loan_Amt3", *_MEMO), False)),
    ("LOAN", "H"): (("Borrower", _LENDER, False), ("Loan", (*_LOAN, *_MEMO), False)),
    ("CVR3", "F460"): (("Who signs, and when", ("Entity_Cd", "Sig_NamL", "Sig_NamF", "Sig_Date",
                                         "Sig_Loc"), False),),
    ("S497", "F497P1"): (("Contributor", ("Entity_Cd", *_party("Enty"), "Ctrib_Occ",
                                          "Ctrib_Emp", "Ctrib_Self", "Cmte_ID"), False),
                         ("Contribution", ("Ctrib_Date", "Amount", *_MEMO), False)),
    ("S497", "F497P2"): (("Recipient", ("Entity_Cd", *_party("Enty"), "Cmte_ID"), False),
                         ("Contribution made", ("Ctrib_Date", "Amount", "Cand_NamL",
                                                "Cand_NamF", "Bal_Name", *_MEMO), False)),
}

CODE_LISTS = {
    "Expn_Code": "expense", "Tran_Type": "tran_type", "Office_Cd": "office",
    "Juris_Cd": "jurisdiction", "Off_S_H_Cd": "office_sought_held",
    "Stmt_Type": "statement_type", "Cmtte_Type": "committee_type", "Elec_Code": "elec_code",
}
SUPPORT_OPPOSE = {"S": "Support", "O": "Oppose"}
ENTITY_LISTS = {"CVR": "entity_cvr", "CVR3": "entity_cvr3", "CVR2": "entity_cvr2"}


@dataclass(frozen=True, slots=True)
class FieldInfo:
    """One field of the entry form."""

    name: str
    label: str
    kind: str  # text, date, amount, checkbox, yesno, code, memo
    max_len: int
    required: bool
    help: str
    choices: tuple[tuple[str, str], ...] = ()  # (code, words) for coded fields


@dataclass(frozen=True, slots=True)
class FieldGroup:
    """A titled block of fields; ``folded`` groups start collapsed."""

    title: str
    fields: tuple[FieldInfo, ...]
    folded: bool = False


def too_long(value: str, max_len: int) -> str | None:
    """The problem with a value longer than its field (nothing is ever cut to fit)."""
    if len(value) <= max_len:
        return None
    return (f"too long: {len(value)} characters, at most {max_len} characters fit in "
            f"this field. Shorten it (nothing is cut off for you)")


# Codes a treasurer picks, in plain words (the spec's own words are terse or list forms).
PLAIN_CODES: dict[str, dict[str, str]] = {
    "entity_schedule": {
        "IND": "Individual (a person, including the candidate)",
        "COM": "Committee: a PAC, or a candidate's or ballot measure committee",
        "OTH": "Other: a business, union, association or other organization",
        "PTY": "Political party", "SCC": "Small contributor committee",
        "RCP": "Recipient committee (same as COM: a PAC or candidate committee)",
    },
    "committee_type": {
        "C": "Controlled by a candidate or officeholder",
        "P": "Primarily formed for one candidate or officeholder",
        "B": "Ballot measure committee",
        "G": "General purpose committee (a PAC, party or small contributor committee)",
    },
    "entity_cvr": {
        "RCP": "Recipient committee (most committees, including PACs)",
        "CTL": "Committee controlled by a candidate or officeholder",
        "BMC": "Ballot measure committee", "CAO": "Candidate or officeholder",
        "MDI": "Major donor or independent expenditure committee",
    },
    "entity_cvr3": {
        "TRE": "Treasurer or assistant treasurer", "CAO": "Candidate or officeholder",
        "OFF": "Officer (of a sponsored committee)", "PRO": "Proponent (of a ballot measure)",
        "SPO": "Sponsor",
    },
}
# Expense codes each schedule takes (form-rules §6.7: MON, IKD and LON are not expense
# codes on Schedules E, F and G; Schedule D takes only the three types of payment; Form
# 450 Part 5 holds payments of every kind, contributions made among them, so every code).
SCHEDULE_D_CODES = ("MON", "IKD", "IND")
NOT_EXPENSE_CODES = frozenset({"MON", "IKD", "LON"})


def _capital(words: str) -> str:
    return words[:1].upper() + words[1:]


def _expense_words(text: str) -> str:
    """An expense code's meaning with its examples kept ('legal, accounting')."""
    return text.split(" - ")[0].replace("*", "").strip()


def _words(text: str) -> str:
    return _capital(text.split(" (")[0].split(" - ")[0].rstrip("*").strip())


def _expense_choices(form_type: str) -> dict[str, str]:
    table = codes("expense")
    if form_type == "D":
        return {c: table[c] for c in SCHEDULE_D_CODES if c in table}
    if form_type in ("E", "F", "G"):
        return {c: w for c, w in table.items() if c not in NOT_EXPENSE_CODES}
    return table


def choices_for(name: str, rec_type: str, form_type: str = "") -> tuple[tuple[str, str], ...]:
    """(code, words) choices of a coded field; () for free text. Expense codes are
    only those the schedule (``form_type``) takes."""
    plain: dict[str, str] = {}
    if name == "Entity_Cd":
        key = ENTITY_LISTS.get(rec_type, "entity_schedule")
        table, plain = codes(key), PLAIN_CODES.get(key, {})
    elif name == "Sup_Opp_Cd":
        table = SUPPORT_OPPOSE
    elif name == "Expn_Code":
        return tuple((code, _expense_words(words))
                     for code, words in _expense_choices(form_type.upper()).items())
    elif name in CODE_LISTS:
        table = codes(CODE_LISTS[name])
        plain = PLAIN_CODES.get(CODE_LISTS[name], {})
    else:
        return ()
    return tuple((code, plain.get(code) or _words(words)) for code, words in table.items())


def _info(spec: FieldSpec, rec_type: str, form_type: str) -> FieldInfo:
    choices = choices_for(spec.name, rec_type, form_type)
    kind = "code" if choices else spec.kind
    return FieldInfo(spec.name, field_label(rec_type, form_type, spec), kind, spec.max_len,
                     spec.level.startswith("R"), spec.description, choices)


MEMO_INFO = FieldInfo(MEMO_TEXT, label_for(MEMO_TEXT, "", ""), "memo", 4000, False,
                      "Explanation printed with this entry (a TEXT record)")


def _wanted(rec_type: str, form_type: str, cvr_form: str) -> Groups | None:
    """The groups of a record kind: the form's own (FormSpec.entry_groups) first."""
    from calaccess_desktop.forms.registry import form

    spec = form(cvr_form) if cvr_form else None
    key = (rec_type.upper(), form_type.upper())
    if spec is not None and key in spec.entry_groups:
        return tuple(spec.entry_groups[key])
    wanted = GROUPS.get(key)
    if wanted is None and key[0] == "CVR3":  # the verification is the same on every form
        wanted = GROUPS[("CVR3", "F460")]
    return wanted


def entry_groups(rec_type: str, form_type: str, cvr_form: str = "F460") -> tuple[FieldGroup, ...]:
    """The entry form of a record kind: its fields in groups."""
    layout = {f.name.lower(): f for f in fields_for(rec_type, form_type, cvr_form=cvr_form)}
    wanted = _wanted(rec_type, form_type, cvr_form)
    if wanted is None:
        skip = {"rec_type", "form_type", "tran_id"}
        return (FieldGroup("Details", tuple(_info(f, rec_type, form_type)
                                            for n, f in layout.items() if n not in skip)),)
    groups = []
    for title, names, folded in wanted:
        infos = []
        for name in names:
            if name.lower() == MEMO_TEXT:
                infos.append(MEMO_INFO)
            elif name.lower() in layout:
                infos.append(_info(layout[name.lower()], rec_type, form_type))
        groups.append(FieldGroup(title, tuple(infos), folded))
    return tuple(groups)
