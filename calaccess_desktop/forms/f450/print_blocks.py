"""Cover-page blocks and memo pages shared by the recipient committee short forms
(450, 425) and Form 461: committee information, verification, memos (TEXT)."""

from __future__ import annotations

from typing import Any

from calaccess_desktop.domain.snapshot import SnapRecord, StatementSnapshot
from calaccess_desktop.pdf import text
from calaccess_desktop.pdf.fonts import COND
from calaccess_desktop.pdf.frame import (
    VERIFICATION,
    X0,
    X1,
    DocInfo,
    address,
    cells,
    label,
    title_bar,
    value,
)
from calaccess_desktop.pdf.sections import Memo, Section

STATEMENT_MEMOS = Section(key="TEXT", title="MEMO TEXT", subtitle="Statement memos",
                          select=("TEXT", ""), columns=())


def _who(rec: SnapRecord) -> str:
    for prefix in ("Payee", "Ctrib", "Lndr", "Enty"):
        if last := rec.get(f"{prefix}_NamL"):
            return text.person(last, rec.get(f"{prefix}_NamF"))
    return rec.tran_id


def memos(snap: StatementSnapshot, part: tuple[str, str]) -> tuple[list[Memo], list[Memo]]:
    """The TEXT records: (those about the part's entries, every other one), in order."""
    rows = {r.get("Memo_RefNo"): r for r in snap.records
            if (r.rec_type, r.form_type) == part and r.get("Memo_RefNo")}
    own: list[Memo] = []
    other: list[Memo] = []
    for r in sorted((r for r in snap.records if r.rec_type == "TEXT"), key=lambda r: r.seq):
        ref = r.get("Ref_No")
        row = rows.get(ref)
        if r.form_type == part[1] or row is not None:
            own.append(Memo(ref, _who(row) if row is not None else "", r.get("Text4000")))
        else:
            other.append(Memo(ref, "", r.get("Text4000")))
    return own, other


def _assistant(snap: StatementSnapshot) -> SnapRecord | None:
    return next((r for r in snap.records
                 if r.rec_type == "CVR2" and r.get("Entity_Cd").upper() == "ATR"), None)


def committee_block(c: Any, snap: StatementSnapshot, info: DocInfo, y: float,
                    title: str) -> float:
    """Committee information: ID, name, addresses, treasurer and assistant treasurer."""
    g = snap.cover.get
    y = title_bar(c, y, title)
    y = cells(c, y, [(110, "I.D. NUMBER", info.filer_id or "Not Yet Received"),
                     (0, "COMMITTEE NAME", info.filer_name)])
    y = address(c, y, "STREET ADDRESS (NO P.O. BOX)", text.street(g("Filer_Adr1"),
                g("Filer_Adr2")), g("Filer_City"), g("Filer_ST"), g("Filer_ZIP4"),
                g("Filer_Phon"))
    y = address(c, y, "MAILING ADDRESS (IF DIFFERENT) NO. AND STREET OR P.O. BOX",
                text.street(g("Mail_Adr1"), g("Mail_Adr2")), g("Mail_City"), g("Mail_ST"),
                g("Mail_ZIP4"), "")
    y = cells(c, y, [(0, "OPTIONAL: FAX / E-MAIL ADDRESS",
                      " / ".join(x for x in (g("Filer_FAX"), g("File_Email")) if x))])
    y = cells(c, y, [(0, "NAME OF TREASURER", text.person(g("Tres_NamL"), g("Tres_NamF"),
                                                          g("Tres_NamT"), g("Tres_NamS")))])
    y = address(c, y, "MAILING ADDRESS", text.street(g("Tres_Adr1"), g("Tres_Adr2")),
                g("Tres_City"), g("Tres_ST"), g("Tres_ZIP4"), g("Tres_Phon"))
    a = _assistant(snap)
    ag = a.get if a is not None else (lambda name: "")
    y = cells(c, y, [(0, "NAME OF ASSISTANT TREASURER, IF ANY", text.person(
        ag("Enty_NamL"), ag("Enty_NamF"), ag("Enty_NamT"), ag("Enty_NamS")))])
    return address(c, y, "MAILING ADDRESS", text.street(ag("Enty_Adr1"), ag("Enty_Adr2")),
                   ag("Enty_City"), ag("Enty_ST"), ag("Enty_ZIP4"), ag("Enty_Phon"))


SIGNERS = (("Signature of Treasurer or Assistant Treasurer", ("TRE", "ATR")),
           ("Signature of Controlling Officeholder, Candidate, State Measure Proponent or "
            "Responsible Officer of Sponsor, if applicable", ("CAO", "PRO", "SPO", "OFF")))


def verification_block(c: Any, snap: StatementSnapshot, y: float, title: str,
                       signers: tuple[tuple[str, tuple[str, ...]], ...] = SIGNERS,
                       words: str = VERIFICATION) -> float:
    """The verification text and one signature line per signer (names from CVR3)."""
    y = title_bar(c, y, title)
    top = y
    yy = y - 10
    for s in text.Fitter(COND, 7.2).lines(words, X1 - X0 - 10):
        value(c, X0 + 5, yy, s, 7.2)
        yy -= 9
    pool = [r for r in snap.records if r.rec_type == "CVR3"]
    for i, (lab, kinds) in enumerate(signers):
        rec = next((r for r in pool if r.get("Entity_Cd").upper() in kinds), None)
        name, when = "", ""
        if rec is not None:
            pool.remove(rec)
            name = text.person(rec.get("Sig_NamL"), rec.get("Sig_NamF"))
            when = text.date(rec.get("Sig_Date"))
        elif i == 0:
            name = text.person(snap.cover.get("Tres_NamL"), snap.cover.get("Tres_NamF"))
        yy -= 22
        label(c, X0 + 5, yy, "Executed on", 6.5)
        c.line(X0 + 42, yy - 1, X0 + 120, yy - 1)
        if when:
            value(c, X0 + 46, yy + 1.5, when, 8)
        label(c, X0 + 43, yy - 8, "Date", 5.6)
        label(c, X0 + 128, yy, "By", 6.5)
        c.line(X0 + 140, yy - 1, X0 + 390, yy - 1)
        for k, part in enumerate(text.Fitter(COND, 5.6).lines(lab, 248)):
            label(c, X0 + 140, yy - 8 - 6.5 * k, part, 5.6)
        c.line(X0 + 400, yy - 1, X1 - 6, yy - 1)
        if name:
            value(c, X0 + 402, yy + 1.5, name, 8)
        label(c, X0 + 400, yy - 8, "Name (typed)", 5.6)
        yy -= 10
    c.rect(X0, yy - 6, X1 - X0, top - yy + 6)
    return yy - 6
