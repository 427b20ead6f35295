"""Form 410 built from the committee profile (pure functions, no database).

The committee profile is the 410's source: its cover (CVR F410) and the names it lists
(CVR2 F410: assistant treasurer, principal officer, controlling candidate, the candidate
or measure a committee is primarily formed for, sponsor) are computed from it. The
profile keeps the 460's field names (``Filer_Adr1``); the 410's CVR says ``Adr1``, so the
map below says which profile key fills which 410 field (spec pages 58-63).

Records made from the profile carry stable Tran_IDs (``F410-ATR`` ...), so every 410
and its amendments name the same person the same way and an amendment's changes are
a comparison by Tran_ID.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, Protocol

from calaccess_desktop.cal.model import CalRecord
from calaccess_desktop.cal.values import format_date

FORM = "F410"


class Filer(Protocol):
    """What a 410 needs of a committee (an ORM ``Committee`` or a ``CommitteeSnap``)."""

    @property
    def name(self) -> str: ...

    @property
    def filer_id(self) -> str: ...

    @property
    def committee_type(self) -> str: ...

    @property
    def entity_cd(self) -> str: ...

    @property
    def profile(self) -> Mapping[str, Any]: ...


# 410 CVR field <- profile key (the 460's names, plus the 410's own keys).
CVR_FROM_PROFILE: dict[str, str] = {
    "Adr1": "Filer_Adr1", "Adr2": "Filer_Adr2", "City": "Filer_City", "ST": "Filer_ST",
    "ZIP4": "Filer_ZIP4", "Phone": "Filer_Phon", "County_Res": "County_Res",
    "County_Act": "County_Act", "Mail_Adr1": "Mail_Adr1", "Mail_Adr2": "Mail_Adr2",
    "Mail_City": "Mail_City", "Mail_ST": "Mail_ST", "Mail_ZIP4": "Mail_ZIP4",
    "Cmte_FAX": "Filer_FAX", "Cmte_Email": "File_Email",
    "Tres_NamL": "Tres_NamL", "Tres_NamF": "Tres_NamF", "Tres_NamT": "Tres_NamT",
    "Tres_NamS": "Tres_NamS", "Tres_Adr1": "Tres_Adr1", "Tres_Adr2": "Tres_Adr2",
    "Tres_City": "Tres_City", "Tres_ST": "Tres_ST", "Tres_ZIP4": "Tres_ZIP4",
    "Tres_Phon": "Tres_Phon", "Actvty_Lvl": "Actvty_Lvl", "Bank_Nam": "bank_name",
    "Bank_Adr1": "bank_Adr1", "Bank_Adr2": "bank_Adr2", "Bank_City": "bank_City",
    "Bank_ST": "bank_ST", "Bank_ZIP4": "bank_ZIP4", "Bank_Phon": "bank_phon",
    "Bank_AcctNo": "bank_acct_no", "GPC_Descr": "GPC_Descr", "Qualfy_Dt": "Qualfy_Dt",
    "SmCont_QualDt": "SmCont_QualDt",
}

# Fields the statement keeps itself (not from the profile): kept when rebuilt.
OWN_FIELDS = ("Term_Date",)

TRAN_IDS = {"ATR": "F410-ATR", "POF": "F410-POF", "CTL": "F410-CTL", "PFC": "F410-PFC",
            "SPO": "F410-SPO"}
PROFILE_TRAN_IDS = frozenset(TRAN_IDS.values())


DATE_FIELDS = frozenset({"Qualfy_Dt", "SmCont_QualDt"})


def cal_date(text: str) -> str:
    """A date typed as MM/DD/YYYY (or already CCYYMMDD) as CCYYMMDD; other text as is."""
    m = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", text.strip())
    return f"{m[3]}{int(m[1]):02d}{int(m[2]):02d}" if m else text


def _p(filer: Filer, key: str) -> str:
    return str((filer.profile or {}).get(key, "") or "").strip()


def election_year(filer: Filer) -> str:
    """The year of the candidate's election: the profile's own, else its first election."""
    own = _p(filer, "cand_year")
    if own:
        return own
    return first_election_year((filer.profile or {}).get("elections"))


def first_election_year(elections: Any) -> str:
    """The year of the first of the profile's elections (text "2026-06-02, 2026-11-03"
    or a list of ISO dates), or ''."""
    items = elections if isinstance(elections, list) else re.split(r"[,;\s]+", str(elections
                                                                                   or ""))
    years = sorted(str(e)[:4] for e in items if str(e)[:4].isdigit())
    return years[0] if years else ""


def cover_values(filer: Filer, *, report_num: int = 0, rpt_date: str = "",
                 kept: Mapping[str, str] | None = None) -> list[str]:
    """The CVR F410 values for this committee (``kept``: the statement's own fields)."""
    rec = CalRecord(["CVR", FORM])
    rec.set("Filer_ID", filer.filer_id)
    rec.set("Entity_Cd", "COM" if filer.entity_cd == "COM" else "RCP")
    rec.set("Filer_NamL", _p(filer, "Filer_NamL") or filer.name)
    rec.set("Report_Num", f"{report_num:03d}")
    rec.set("Rpt_Date", rpt_date)
    for name, key in CVR_FROM_PROFILE.items():
        value = _p(filer, key)
        rec.set(name, cal_date(value) if name in DATE_FIELDS else value)
    if rec.get("Qualfy_Dt"):
        rec.set("Qual_CB", "X")
    kind = filer.committee_type.upper()
    rec.set("Control_CB", "X" if kind == "C" else "")
    rec.set("PrimFC_CB", "X" if kind in ("P", "B") else "")
    rec.set("GenPurp_CB", "X" if kind == "G" else "")
    rec.set("Sponsor_CB", "X" if _p(filer, "spo_naml") else "")
    if kind != "G":
        rec.set("Actvty_Lvl", "")
        rec.set("GPC_Descr", "")
    for name in OWN_FIELDS:
        rec.set(name, (kept or {}).get(name, ""))
    return rec.values


def _office(rec: CalRecord, filer: Filer) -> None:
    for name in ("Office_Cd", "Offic_Dscr", "Juris_Cd", "Juris_Dscr", "Dist_No", "Off_S_H_Cd"):
        rec.set(name, _p(filer, name))


def _cvr2(item: str, entity: str) -> CalRecord:
    rec = CalRecord(["CVR2", FORM], cvr_form=FORM)
    rec.set("Tran_ID", TRAN_IDS[item])
    rec.set("Entity_Cd", entity)
    rec.set("Item_Cd", item)
    return rec


def _person(rec: CalRecord, filer: Filer, prefix: str, last: str, first: str) -> None:
    rec.set("Enty_NamL", _p(filer, f"{prefix}_{last}"))
    rec.set("Enty_NamF", _p(filer, f"{prefix}_{first}"))
    for name, suffix in (("Cvr2_Adr1", "Adr1"), ("Cvr2_Adr2", "Adr2"), ("Cvr2_City", "City"),
                         ("Cvr2_ST", "ST"), ("Cvr2_ZIP4", "ZIP4")):
        rec.set(name, _p(filer, f"{prefix}_{suffix}"))


def names_records(filer: Filer) -> list[list[str]]:
    """The CVR2 F410 records the profile implies, in the form's order: assistant
    treasurer, principal officer, controlling candidate or primarily-formed-for
    candidate or measure, sponsor."""
    out: list[CalRecord] = []
    if _p(filer, "atr_naml"):
        rec = _cvr2("ATR", "ATR")
        _person(rec, filer, "atr", "naml", "namf")
        rec.set("Day_Phone", _p(filer, "atr_phon"))
        out.append(rec)
    if _p(filer, "pof_naml"):
        rec = _cvr2("POF", "POF")
        _person(rec, filer, "pof", "naml", "namf")
        rec.set("Day_Phone", _p(filer, "pof_phon"))
        rec.set("POF_Title", _p(filer, "pof_title"))
        out.append(rec)
    kind = filer.committee_type.upper()
    if kind in ("C", "P") and _p(filer, "Cand_NamL"):
        rec = _cvr2("CTL" if kind == "C" else "PFC", "CAO")
        rec.set("Enty_NamL", _p(filer, "Cand_NamL"))
        rec.set("Enty_NamF", _p(filer, "Cand_NamF"))
        _office(rec, filer)
        if kind == "C":
            party = _p(filer, "cand_party")
            rec.set("Party_Name", party)
            rec.set("Non_Pty_CB", "" if party else "X")
            rec.set("Year_Elect", election_year(filer))
        else:
            rec.set("Sup_Opp_Cd", _p(filer, "Sup_Opp_Cd"))
        out.append(rec)
    if kind == "B" and _p(filer, "Bal_Name"):
        rec = _cvr2("PFC", "BNM")
        rec.set("Enty_NamL", _p(filer, "Bal_Name"))
        rec.set("Bal_Num", _p(filer, "Bal_Num"))
        rec.set("Bal_Juris", _p(filer, "Bal_Juris"))
        rec.set("Sup_Opp_Cd", _p(filer, "Sup_Opp_Cd"))
        out.append(rec)
    if _p(filer, "spo_naml"):
        rec = _cvr2("SPO", "SPO")
        _person(rec, filer, "spo", "naml", "namf")
        rec.set("Day_Phone", _p(filer, "spo_phon"))
        rec.set("Ind_Group", _p(filer, "spo_industry"))
        out.append(rec)
    return [r.values for r in out]


def kind_of(report_num: int, cover: Mapping[str, str]) -> str:
    """"termination" (a termination date), "amendment" (Report_Num > 0) or "initial"."""
    if cover.get("Term_Date"):
        return "termination"
    return "amendment" if report_num > 0 else "initial"


def kept_fields(cover_values_now: list[str]) -> dict[str, str]:
    """The statement's own fields of a stored 410 cover."""
    rec = CalRecord(list(cover_values_now)) if cover_values_now else None
    if rec is None or rec.form_type != FORM:
        return {}
    return {name: rec.get(name) for name in OWN_FIELDS if rec.get(name)}


def build_cover(committee: Any, stmt: Any, rpt_date: str = "") -> list[str]:
    """The ``FormSpec.cover_builder`` hook: a 410 statement's CVR from its committee."""
    return cover_values(committee, report_num=stmt.report_num, rpt_date=rpt_date,
                        kept=kept_fields(list(stmt.cover or [])))


def termination_cover(cover: list[str], day: Any) -> list[str]:
    """A 410 cover with its termination date set."""
    rec = CalRecord(list(cover))
    rec.set("Term_Date", format_date(day))
    return rec.values


# CVR2 field -> profile key suffix, for the people a 410 lists (atr_, pof_, spo_).
_PERSON_KEYS = {"Enty_NamL": "naml", "Enty_NamF": "namf", "Cvr2_Adr1": "Adr1",
                "Cvr2_Adr2": "Adr2", "Cvr2_City": "City", "Cvr2_ST": "ST", "Cvr2_ZIP4": "ZIP4",
                "Day_Phone": "phon"}
_OFFICE = ("Office_Cd", "Offic_Dscr", "Juris_Cd", "Juris_Dscr", "Dist_No", "Off_S_H_Cd")


def profile_from_410(cover: list[str], names: list[list[str]]) -> dict[str, str]:
    """The committee profile a filed 410 describes (the inverse of ``cover_values`` and
    ``names_records``), so that importing a committee's own 410 fills its profile in the
    app's keys. Blank values are left out."""
    rec = CalRecord(list(cover))
    out: dict[str, str] = {"Filer_NamL": rec.get("Filer_NamL")}
    for name, key in CVR_FROM_PROFILE.items():
        out[key] = rec.get(name)
    for values in names:
        r = CalRecord(list(values), cvr_form=FORM)
        item, entity = r.get("Item_Cd").upper(), r.get("Entity_Cd").upper()
        if item in ("ATR", "POF", "SPO"):
            prefix = item.lower()
            for name, suffix in _PERSON_KEYS.items():
                out.setdefault(f"{prefix}_{suffix}", r.get(name))
            if item == "POF":
                out.setdefault("pof_title", r.get("POF_Title"))
            if item == "SPO":
                out.setdefault("spo_industry", r.get("Ind_Group"))
        elif item in ("CTL", "PFC") and entity == "BNM":
            out.update(Bal_Name=r.get("Enty_NamL"), Bal_Num=r.get("Bal_Num"),
                       Bal_Juris=r.get("Bal_Juris"), Sup_Opp_Cd=r.get("Sup_Opp_Cd"))
        elif item in ("CTL", "PFC") and not out.get("Cand_NamL"):
            out.update(Cand_NamL=r.get("Enty_NamL"), Cand_NamF=r.get("Enty_NamF"))
            out.update({name: r.get(name) for name in _OFFICE})
            if item == "CTL":
                out.update(cand_party=r.get("Party_Name"), cand_year=r.get("Year_Elect"))
            else:
                out["Sup_Opp_Cd"] = r.get("Sup_Opp_Cd")
    return {k: v for k, v in out.items() if v}


def committee_type_of(cover: list[str]) -> str:
    """The app's committee type (C, P, G or '') from a 410's check boxes."""
    rec = CalRecord(list(cover))
    for box, kind in (("Control_CB", "C"), ("PrimFC_CB", "P"), ("GenPurp_CB", "G")):
        if rec.get(box).upper() == "X":
            return kind
    return ""


def import_profile(cal: Any) -> dict[str, Any]:
    """The ``FormSpec.profile_from_import`` hook: a read 410 file -> the new committee's
    profile and type."""
    names = [list(r.values) for r in cal.records if r.rec_type == "CVR2"]
    cover = list(cal.cover.values)
    return {"profile": profile_from_410(cover, names), "committee_type": committee_type_of(cover)}
