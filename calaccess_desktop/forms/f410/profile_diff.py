"""What changed between two Form 410 pictures (pure): the cover fields and the names
listed, in plain words, so a profile change can offer an amended 410 that says what it
changes."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from calaccess_desktop.cal.model import CalRecord

# Plain words for the 410 fields a treasurer changes (others fall back to the spec name).
COVER_WORDS: dict[str, str] = {
    "Filer_NamL": "committee name", "Filer_ID": "committee ID number",
    "Adr1": "street address", "Adr2": "street address line 2", "City": "city",
    "ST": "state", "ZIP4": "ZIP code", "Phone": "phone", "County_Res": "county of domicile",
    "County_Act": "jurisdiction where active", "Mail_Adr1": "mailing address",
    "Mail_Adr2": "mailing address line 2", "Mail_City": "mailing city",
    "Mail_ST": "mailing state", "Mail_ZIP4": "mailing ZIP code", "Cmte_FAX": "fax",
    "Cmte_Email": "email", "Tres_NamL": "treasurer's last name",
    "Tres_NamF": "treasurer's first name", "Tres_Adr1": "treasurer's address",
    "Tres_Adr2": "treasurer's address line 2", "Tres_City": "treasurer's city",
    "Tres_ST": "treasurer's state", "Tres_ZIP4": "treasurer's ZIP code",
    "Tres_Phon": "treasurer's phone", "Actvty_Lvl": "level of activity",
    "Bank_Nam": "bank name", "Bank_Adr1": "bank address", "Bank_Adr2": "bank address line 2",
    "Bank_City": "bank city", "Bank_ST": "bank state", "Bank_ZIP4": "bank ZIP code",
    "Bank_Phon": "bank phone", "Bank_AcctNo": "bank account number",
    "GPC_Descr": "description of activity", "Qualfy_Dt": "date qualified",
    "Qual_CB": "qualified box", "Control_CB": "controlled committee box",
    "PrimFC_CB": "primarily formed committee box", "GenPurp_CB": "general purpose box",
    "Sponsor_CB": "sponsored committee box", "SmCont_QualDt": "small contributor date",
    "Term_Date": "termination date", "Entity_Cd": "kind of filer",
}
# Fields that are not registration data (they change with every filing).
NOT_COMPARED = frozenset({"Rec_Type", "Form_Type", "Report_Num", "Rpt_Date"})

ITEM_WORDS = {"ATR": "assistant treasurer", "POF": "principal officer",
              "CTL": "controlling candidate", "PFC": "candidate or measure supported",
              "SPO": "sponsor"}
NAME_WORDS = {"Enty_NamL": "last name or name", "Enty_NamF": "first name",
              "Cvr2_Adr1": "address", "Cvr2_Adr2": "address line 2", "Cvr2_City": "city",
              "Cvr2_ST": "state", "Cvr2_ZIP4": "ZIP code", "Day_Phone": "phone",
              "Email_Adr": "email", "POF_Title": "title", "Ind_Group": "industry",
              "Office_Cd": "office", "Offic_Dscr": "office", "Juris_Cd": "jurisdiction",
              "Juris_Dscr": "jurisdiction", "Dist_No": "district", "Off_S_H_Cd":
              "sought or held", "Party_Name": "party", "Non_Pty_CB": "nonpartisan box",
              "Bal_Num": "measure number", "Bal_Juris": "measure jurisdiction",
              "Sup_Opp_Cd": "support or oppose", "Year_Elect": "year of election",
              "Cmte_ID": "committee ID", "Entity_Cd": "kind"}


@dataclass(frozen=True, slots=True)
class Change:
    """One difference: what (in words), the value before and after ('' = blank)."""

    what: str
    before: str
    after: str

    def words(self) -> str:
        """``treasurer's phone: 916-555-0199 -> 916-555-0100`` in plain words."""
        if not self.before:
            return f"{self.what}: added {self.after}"
        if not self.after:
            return f"{self.what}: removed (was {self.before})"
        return f"{self.what}: {self.before} -> {self.after}"


def _named(values: Sequence[str]) -> dict[str, str]:
    rec = CalRecord(list(values), cvr_form="F410")
    return {f.name: v for f, v in zip(rec.fields, rec.values, strict=False)}


def _who(values: dict[str, str]) -> str:
    item = ITEM_WORDS.get(values.get("Item_Cd", "").upper(), "name listed")
    name = " ".join(p for p in (values.get("Enty_NamF", ""), values.get("Enty_NamL", ""))
                    if p)
    return f"{item} {name}".strip()


def diff_cover(before: Sequence[str], after: Sequence[str]) -> list[Change]:
    """Changed cover fields of two CVR F410 records."""
    a, b = _named(before), _named(after)
    out = []
    for name in dict.fromkeys([*a, *b]):
        if name in NOT_COMPARED:
            continue
        old, new = a.get(name, "").strip(), b.get(name, "").strip()
        if old != new:
            out.append(Change(COVER_WORDS.get(name, name), old, new))
    return out


def diff_names(before: Sequence[Sequence[str]], after: Sequence[Sequence[str]]) -> list[Change]:
    """Names added, removed or changed between two lists of CVR2 F410 records (by
    Tran_ID)."""
    a = {v.get("Tran_ID", ""): v for v in map(_named, before)}
    b = {v.get("Tran_ID", ""): v for v in map(_named, after)}
    out = []
    for tid in dict.fromkeys([*a, *b]):
        old, new = a.get(tid), b.get(tid)
        if old is None and new is not None:
            out.append(Change(_who(new), "", "listed"))
        elif new is None and old is not None:
            out.append(Change(_who(old), "listed", ""))
        elif old is not None and new is not None:
            for name in dict.fromkeys([*old, *new]):
                if name in ("Rec_Type", "Form_Type", "Tran_ID"):
                    continue
                x, y = old.get(name, "").strip(), new.get(name, "").strip()
                if x != y:
                    out.append(Change(f"{_who(new)}: {NAME_WORDS.get(name, name)}", x, y))
    return out


def diff(before_cover: Sequence[str], before_names: Sequence[Sequence[str]],
         after_cover: Sequence[str], after_names: Sequence[Sequence[str]]) -> list[Change]:
    """Every registration change between two 410 pictures (cover, then names)."""
    return diff_cover(before_cover, after_cover) + diff_names(before_names, after_names)


def summary(changes: Sequence[Change], limit: int = 300) -> str:
    """The changes in one line of at most ``limit`` characters (the amendment's reason)."""
    text = "Changed: " + "; ".join(c.what for c in changes)
    if len(text) <= limit:
        return text
    return text[: limit - 3].rsplit(";", 1)[0] + "..."
