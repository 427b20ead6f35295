"""What a spreadsheet column can hold (a target), the words its header may use, and where
each target goes on each schedule a spreadsheet can fill.

The CAL field names come from the party table (``cal/parties.py``) and the main amount and
date of each record kind; the header words are our own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from calaccess_desktop.cal.parties import MAIN_AMOUNT_DATE, PARTIES
from calaccess_desktop.errors import UsageError

# target -> (what the treasurer reads, header words it is recognised by)
TARGETS: dict[str, tuple[str, tuple[str, ...]]] = {
    "name": ("Full name (one column)", (
        "name", "full name", "donor", "donor name", "contributor", "contributor name",
        "payee", "payee name", "vendor", "vendor name", "lender", "lender name",
        "customer name", "billing name", "card name", "name on card", "display name",
        "contact name")),
    "last": ("Last name or organization", (
        "last name", "last", "surname", "family name", "lastname", "donor last name",
        "contributor last name", "billing last name", "payee last name", "lender last name",
        "organization", "organization name", "business name", "company name")),
    "first": ("First name", (
        "first name", "first", "given name", "firstname", "donor first name",
        "contributor first name", "billing first name", "payee first name")),
    "title": ("Title (Mr., Dr.)", ("prefix", "salutation", "name prefix", "name title",
                                   "donor prefix")),
    "suffix": ("Suffix (Jr.)", ("suffix", "name suffix", "donor suffix")),
    "entity": ("Kind of contributor (individual, committee ...)", (
        "entity", "entity type", "entity code", "type of contributor", "contributor type",
        "donor type", "payee type", "lender type")),
    "adr1": ("Street address", (
        "address", "address 1", "address line 1", "addr1", "address1", "street",
        "street address", "mailing address", "donor address", "donor address 1",
        "donor addr1", "billing address", "billing address 1", "billing address line 1",
        "card address line1", "card address line 1", "address line1")),
    "adr2": ("Address line 2", (
        "address 2", "address line 2", "addr2", "address2", "apt", "suite", "unit",
        "donor address 2", "donor addr2", "billing address 2", "billing address line 2",
        "card address line2", "card address line 2", "address line2")),
    "city": ("City", ("city", "town", "town city", "donor city", "billing city",
                      "card address city", "mailing city")),
    "state": ("State", ("state", "st", "state province", "province", "region", "donor state",
                        "billing state", "card address state", "mailing state",
                        "state province region county territory prefecture republic")),
    "zip": ("ZIP code", ("zip", "zip code", "zipcode", "postal code", "postcode", "postal",
                         "zip 4", "zip4", "zip plus 4", "donor zip", "donor zip code",
                         "billing zip", "billing postal code", "card address zip",
                         "zip postal code", "mailing zip")),
    "employer": ("Employer", ("employer", "employer name", "donor employer",
                              "contributor employer", "lender employer")),
    "occupation": ("Occupation", ("occupation", "job title", "donor occupation",
                                  "contributor occupation", "profession", "lender occupation")),
    "self_employed": ("Self-employed (yes or blank)", ("self employed", "self employed yn",
                                                       "selfemployed")),
    "date": ("Date", (
        "date", "date received", "received", "receipt date", "contribution date",
        "donation date", "transaction date", "payment date", "date paid", "paid date",
        "paid on", "expense date", "expenditure date", "loan date", "date of loan",
        "created", "created at", "created utc", "date created", "charge date", "deposit date",
        "date rcvd", "rcvd date", "rcvd", "rcpt date", "received on", "date of contribution",
        "date of receipt")),
    "amount": ("Amount", (
        "amount", "contribution amount", "donation amount", "gross", "gross amount",
        "total", "total amount", "amount paid", "payment amount", "expense amount",
        "loan amount", "amount received", "amount usd", "contribution", "donation", "amt",
        "contrib amount", "contribution amt")),
    "description": ("Description", ("description", "memo", "notes", "note", "purpose",
                                    "description of goods", "item description",
                                    "what was given", "expense description")),
    "check_no": ("Check number", ("check number", "check no", "check", "check num",
                                  "cheque number", "check nbr")),
    "expense_code": ("Expense code (e.g. LIT, OFC)", ("expense code", "code", "category code",
                                                      "expenditure code")),
    "committee_id": ("Committee ID number", ("committee id", "fppc id", "cmte id",
                                             "committee id number", "fppc number")),
    "date_due": ("Date the loan is due", ("date due", "due date", "due", "maturity date")),
    "rate": ("Interest rate", ("interest rate", "rate", "interest")),
    "external_id": ("Its own ID in the file (to recognise rows imported before)", (
        "transaction id", "receipt id", "donation id", "contribution id", "id",
        "order id", "charge id", "payment id", "reference", "reference number",
        "confirmation number", "lineitem id", "line item id")),
}
IGNORE = ""  # the target of a column that is not read

_NON_WORD = re.compile(r"[^a-z0-9]+")


def header_words(header: str) -> str:
    """A header as compared: lower case, punctuation and spacing made plain."""
    return " ".join(_NON_WORD.sub(" ", header.lower()).split())


SYNONYMS: dict[str, str] = {
    header_words(word): target for target, (_label, words) in TARGETS.items() for word in words
}


def known_header(header: str) -> bool:
    """Whether a header names something an import reads (in words, or by its CAL field
    name as CAL-ACCESS exports are headed: CTRIB_NAML, RCPT_DATE, AMOUNT)."""
    words = header_words(header)
    return words in SYNONYMS or words in CAL_NAMES


def cal_name_target(header: str, sched: Schedule) -> str:
    """The target a header names by the schedule's CAL field name ('' when none)."""
    return _cal_names(sched).get(header_words(header), "")


def _cal_names(sched: Schedule) -> dict[str, str]:
    names = {header_words(field): target for target, field in sched.fields.items() if field}
    names.setdefault("tran id", "external_id")  # the filer's own transaction ID
    return names


@dataclass(frozen=True)
class Schedule:
    """A kind of entry a spreadsheet can fill: its CAL record and where targets go."""

    code: str  # as typed on the command line: A, C, E, B, CONTACTS
    words: str  # plain words
    rec_type: str  # '' for contacts only
    form_type: str
    fields: dict[str, str]  # target -> CAL field name
    required: tuple[str, ...]  # targets that must have a value
    person_first: bool  # one name column read as a person's name unless it looks like a firm

    @property
    def targets(self) -> tuple[str, ...]:
        """Targets that mean something on this schedule (plus the file's own IDs)."""
        return ("name", *self.fields, "external_id")


def _party_fields(rec_type: str, **extra: str) -> dict[str, str]:
    p = PARTIES[rec_type]
    amount, date = MAIN_AMOUNT_DATE[rec_type]
    out = {"last": p.last, "first": p.first, "title": p.title, "suffix": p.suffix,
           "entity": "Entity_Cd", "adr1": p.adr1, "adr2": p.adr2, "city": p.city,
           "state": p.state, "zip": p.zip4}
    if p.employer:
        out |= {"employer": p.employer, "occupation": p.occupation,
                "self_employed": p.self_employed}
    out |= {"committee_id": p.cmte_id, "date": date, "amount": amount}
    return out | extra


_CONTACT_FIELDS = {"last": "last_name", "first": "first_name", "title": "title",
                   "suffix": "suffix", "entity": "entity_cd", "adr1": "adr1", "adr2": "adr2",
                   "city": "city", "state": "state", "zip": "zip4", "employer": "employer",
                   "occupation": "occupation", "self_employed": "self_employed",
                   "committee_id": "cmte_id"}

SCHEDULES: dict[str, Schedule] = {
    "A": Schedule("A", "contributions received (Schedule A)", "RCPT", "A",
                  _party_fields("RCPT"), ("last", "date", "amount"), True),
    "C": Schedule("C", "nonmonetary contributions (Schedule C)", "RCPT", "C",
                  _party_fields("RCPT", description="Ctrib_Dscr"),
                  ("last", "date", "amount", "description"), True),
    "E": Schedule("E", "payments made (Schedule E)", "EXPN", "E",
                  _party_fields("EXPN", check_no="Expn_ChkNo", expense_code="Expn_Code",
                                description="Expn_Dscr"), ("last", "date", "amount"), False),
    "B": Schedule("B", "loans received (Schedule B)", "LOAN", "B1",
                  _party_fields("LOAN", date_due="Loan_Date2", rate="Loan_Rate"),
                  ("last", "date", "amount"), True),
    "CONTACTS": Schedule("CONTACTS", "contacts only (no entries)", "", "", _CONTACT_FIELDS,
                         ("last",), True),
}


def schedule(code: str) -> Schedule:
    """The schedule a code names (A, C, E, B or contacts), or a usage error in words."""
    found = SCHEDULES.get(code.strip().upper())
    if found is None:
        raise UsageError(f"{code!r} is not a schedule a spreadsheet can fill; use A "
                         "(contributions), C (nonmonetary contributions), E (payments), "
                         "B (loans) or contacts")
    return found


def target_label(target: str) -> str:
    """A target in plain words ('Not imported' for an ignored column)."""
    return TARGETS[target][0] if target in TARGETS else "Not imported"


CAL_NAMES: frozenset[str] = frozenset(
    name for sched in SCHEDULES.values() for name in _cal_names(sched))
