"""Schedules B (loans received, guarantors) and H (loans made) (form-rules.md §6.4, §6.10).

Columns of a loan row: (a) outstanding at the start = Loan_Amt4, (b) received or loaned
this period = Loan_Amt1, (c) paid = Loan_Amt5 plus forgiven = Loan_Amt6, (d) outstanding
at the close = Loan_Amt2, (e) interest = Loan_Amt7, (f) original amount = Loan_Amt8 and
date = Loan_Date1, (g) cumulative contributions = Loan_Amt3.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from calaccess_desktop.validation.checks import Issues
from calaccess_desktop.validation.context import Ctx, Row
from calaccess_desktop.validation.ruleset import Found, collect, owner, rule
from calaccess_desktop.validation.words import money

F460 = ("F460",)
B1 = (("LOAN", "B1"),)
H = (("LOAN", "H"),)
_BANK = re.compile(r"\b(bank|credit union|savings|financial|federal|trust|bancorp|lending|"
                   r"n\.a\.|fcu)\b", re.IGNORECASE)


def _balance(r: Row, what: str) -> Issues:
    if not r.counts:
        return None
    a, b, paid, forgiven, d = (r.cents(n) for n in
                               ("Loan_Amt4", "Loan_Amt1", "Loan_Amt5", "Loan_Amt6", "Loan_Amt2"))
    want = a + b - paid - forgiven
    if want != d:
        return r.say("Loan_Amt2", f"The outstanding balance ({money(d)}) should be "
                     f"{money(a)} at the start + {money(b)} {what} - {money(paid + forgiven)} "
                     f"paid or forgiven = {money(want)} ({r.where()}).",
                     "Correct the loan's amounts so the balance adds up.")
    return None


_F460_B_002 = owner(
    "F460-B-002", severity="warning", forms=F460, doc="""A loan received reports the
    lender's name, address and entity code; occupation and employer for an individual;
    committee ID (or its treasurer) for a committee (the spec table's LOAN conditions on
    Schedule B Part 1). Source: [RWC-11][CP20-560]""")


@rule("F460-B-003", severity="warning", scope="record", applies_to=B1)
def b_balance(r: Row) -> Issues:
    """Column (d) = (a) + (b) - (c): the balance at the close is the balance at the start
    plus amounts received minus amounts paid or forgiven.
    Source: [RWC-11][INF]"""
    return _balance(r, "received")


@rule("F460-B-004", severity="warning", scope="record", applies_to=B1)
def b_new_loan_starts_at_zero(r: Row) -> Issues:
    """Column (a) is column (d) of the same loan on the last report, and 0 for a loan
    first received this period (the comparison with the last report needs its rows).
    Source: [RWC-11][M2-23-368]"""
    start = r.cents("Loan_Amt4")
    incurred = r.get("Loan_Date1")
    ctx = r.ctx
    if start and incurred and ctx.pf and incurred >= ctx.pf and ctx.in_period(incurred):
        return r.say("Loan_Amt4", f"The loan was made in this period but shows "
                     f"{money(start)} outstanding at the start ({r.where()}).",
                     "A loan received this period starts at 0 in column (a).")
    return None


@rule("F460-B-005", severity="warning", scope="schedule", forms=F460)
def b_forgiven_on_a(ctx: Ctx) -> Iterator[Found]:
    """Column (c) reductions are marked paid or forgiven; a forgiven amount (or a payment
    by a third party) also goes on Schedule A as a contribution.
    Source: [RWC-11][M2-23-368]"""
    if not any(r.cents("Loan_Amt6") > 0 for r in ctx.kind("LOAN", "B1")):
        return
    a_ids = {r.get("Tran_ID").upper() for r in ctx.kind("RCPT", "A")}
    a_refs = {r.up("BakRef_TID") for r in ctx.kind("RCPT", "A")}
    a_forgiven = {r.up("Ctrib_NamL") for r in ctx.kind("RCPT", "A")
                  if r.up("Tran_Type") in ("F", "T")}
    for r in ctx.itemized("LOAN", "B1"):
        forgiven = r.cents("Loan_Amt6")
        if forgiven <= 0:
            continue
        tid = r.get("Tran_ID").upper()
        if tid not in a_ids and tid not in a_refs and r.up("Lndr_NamL") not in a_forgiven:
            yield (ctx.at(r.rec, "Loan_Amt6"),
                   f"{money(forgiven)} of this loan was forgiven, but the "
                   f"forgiveness is not reported on Schedule A ({r.where()}).",
                   "A forgiven loan is a contribution: add it to Schedule A as a "
                   "forgiven loan (transaction type F).")


_F460_B_006 = owner(
    "F460-B-006", severity="warning", forms=F460, doc="""An interest rate is given for
    each loan received; write "none" (or 0%) when no interest is charged (the spec table's
    Loan_Rate condition). Source: [M2-23-369][CP20-560][ISP-ERR]""")


@rule("F460-B-008", severity="warning", scope="record", applies_to=B1, owns=("Loan_Amt8",))
def b_original_amount(r: Row) -> Issues:
    """Column (f) is the original amount and date; on the first report of a loan it
    equals column (b).
    Source: [M2-23-369]"""
    incurred = r.get("Loan_Date1")
    original, received = r.cents("Loan_Amt8"), r.cents("Loan_Amt1")
    if r.has("Loan_Amt8") and incurred and r.ctx.pf and incurred >= r.ctx.pf and \
            r.ctx.in_period(incurred) and original != received:
        return r.say("Loan_Amt8", f"The loan was first received this period, so its original "
                     f"amount ({money(original)}) should equal the amount received "
                     f"({money(received)}) ({r.where()}).", "Correct the original amount or "
                     "the amount received.")
    return None


@rule("F460-B-009", severity="warning", scope="record", applies_to=B1, owns=("Loan_Amt3",))
def b_cumulative(r: Row) -> Issues:
    """Column (g) is the lender's cumulative contributions to date, including loans,
    guarantees and monetary/nonmonetary contributions, so it covers the loan itself.
    Source: [CP20-560]"""
    if r.has("Loan_Amt3") and r.counts and r.cents("Loan_Amt3") < r.cents("Loan_Amt1"):
        return r.say("Loan_Amt3", f"Cumulative contributions to date "
                     f"({money(r.cents('Loan_Amt3'))}) are less than the amount received "
                     f"this period ({money(r.cents('Loan_Amt1'))}) ({r.where()}).",
                     "The lender's cumulative total includes this loan.")
    return None


@rule("F460-B-011", severity="warning", scope="schedule", forms=F460)
def b_guarantors(ctx: Ctx) -> Iterator[Found]:
    """Part 2 lists every guarantor of a loan or line of credit with the guarantor's
    details; each guarantee belongs to a loan on Part 1 and totals to Summary Line 17.
    The guarantor's details are the spec table's LOAN conditions on Schedule B Part 2.
    Source: [RWC-11][ISP-LBL]"""
    loans = {r.get("Tran_ID").upper() for r in ctx.kind("LOAN", "B1")}
    for r in ctx.itemized("LOAN", "B2"):
        ref = r.up("BakRef_TID")
        if (ref and ref not in loans) or not loans:
            yield (ctx.at(r.rec, "Loan_Amt1"),
                   f"This guarantee is not tied to a loan on Schedule B Part 1 "
                   f"({r.where()}).", "Report the guaranteed loan on Part 1.")


def _candidate_lender(r: Row) -> bool:
    ctx = r.ctx
    return bool(ctx.cand_last) and r.up("Lndr_NamL") == ctx.cand_last.upper() and (
        not ctx.cand_first or r.up("Lndr_NamF") == ctx.cand_first.upper())


@rule("F460-B-012", severity="warning", scope="schedule", forms=F460,
      when=lambda c: c.cmtte == "C")
def b_loan_is_contribution(ctx: Ctx) -> Iterator[Found]:
    """A loan to a candidate from anyone other than a financial institution is a
    contribution: the lender's cumulative contributions (column g) count the loan together
    with the lender's contributions on Schedule A. The candidate's own funds may be
    reported as a loan or a contribution.
    Source: [SCHSD][M2-23-368]"""
    if not ctx.kind("LOAN", "B1"):
        return
    given: dict[str, int] = {}
    for r in ctx.kind("RCPT", "A"):
        if r.counts:
            key = " ".join((r.up("Ctrib_NamF") + " " + r.up("Ctrib_NamL")).split())
            given[key] = given.get(key, 0) + r.cents("Amount")
    for r in ctx.itemized("LOAN", "B1"):
        if _candidate_lender(r) or _BANK.search(r.get("Lndr_NamL")) or not r.counts:
            continue
        key = " ".join((r.up("Lndr_NamF") + " " + r.up("Lndr_NamL")).split())
        also = given.get(key, 0)
        if also and r.has("Loan_Amt3") and r.cents("Loan_Amt3") < r.cents("Loan_Amt1") + also:
            yield (ctx.at(r.rec, "Loan_Amt3"),
                   f"{r.name} also gave {money(also)} on Schedule A; a loan from "
                   f"someone other than a bank is a contribution, so the "
                   f"cumulative total ({money(r.cents('Loan_Amt3'))}) should count "
                   f"both ({r.where()}).",
                   "Include the lender's contributions and the loan in column (g).")


@rule("F460-B-013", severity="warning", scope="record", applies_to=B1,
      when=lambda c: c.state_candidate)
def b_personal_loan_cap(r: Row) -> Issues:
    """A state candidate's personal loans outstanding may not exceed $100,000, and the
    candidate may not charge the campaign interest.
    Source: [THOMPSON-01]"""
    from calaccess_desktop.forms.limits import value

    if not _candidate_lender(r):
        return None
    cap = value("personal_loan_cap", r.ctx.period_thru)
    if r.cents("Loan_Amt2") > cap:
        return r.say("Loan_Amt2", f"The candidate's own loan has {money(r.cents('Loan_Amt2'))} "
                     f"outstanding, more than the {money(cap)} a state candidate may lend "
                     f"({r.where()}).", "Convert the excess to a contribution or repay it.")
    if r.cents("Loan_Amt7") > 0:
        return r.say("Loan_Amt7", f"The campaign pays interest on the candidate's own loan "
                     f"({r.where()}).", "A state candidate may not charge the campaign "
                     "interest on a personal loan.")
    return None


_F460_H_001 = owner(
    "F460-H-001", severity="warning", forms=F460, doc="""Each loan made that is
    outstanding or moved during the period gives the recipient's details plus beginning
    balance, amount loaned this period, repaid or forgiven, ending balance, and interest
    received (the spec table's LOAN conditions on Schedule H).
    Source: [ARISTOTLE-H][RWC-31]""")


@rule("F460-H-002", severity="warning", scope="record", applies_to=H)
def h_balance(r: Row) -> Issues:
    """Ending = beginning + loaned - repaid or forgiven (beginning = the previous report's
    ending).
    Source: [INF]"""
    return _balance(r, "loaned")


@rule("F460-H-005", severity="warning", scope="across", forms=F460)
def h_loan_on_d(ctx: Ctx) -> Iterator[Found]:
    """A loan to another candidate or committee also appears on Schedule D.
    Source: [RWC-17]"""
    d_names = {" ".join(r.up("Payee_NamL").split()) for r in ctx.kind("EXPN", "D")}
    d_names |= {" ".join(r.up("Cand_NamL").split()) for r in ctx.kind("EXPN", "D")}
    for r in ctx.itemized("LOAN", "H"):
        to_committee = r.entity in ("COM", "RCP", "CAO") or r.has("Cmte_ID")
        if to_committee and r.cents("Loan_Amt1") > 0 and \
                " ".join(r.up("Lndr_NamL").split()) not in d_names:
            yield (ctx.at(r.rec, "Lndr_NamL"),
                   f"A loan made to a committee this period is not on Schedule D "
                   f"({r.where()}).", "Add the loan to Schedule D as support of "
                   "that committee.")


RULES = collect(globals())
