# The Form 460 rules as they were before the full check's speed work (commit e9e664d~1),
# kept verbatim as the reference the faster rules are compared with.
# ruff: noqa
"""Schedules D, E, F and G: payments, support of others, unpaid bills, agents' payments
(form-rules.md §6.6-§6.9)."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator

from calaccess_desktop.domain.money import Cents
from calaccess_desktop.validation.api import (
    Ctx,
    Found,
    Issues,
    Row,
    after_period,
    collect,
    is_po_box,
    owner,
    rule,
)
from calaccess_desktop.validation.words import code_set, money

F460 = ("F460",)
E = (("EXPN", "E"),)
D = (("EXPN", "D"),)
F = (("DEBT", "F"),)
G = (("EXPN", "G"),)
NOT_ON_E = frozenset({"MON", "IKD", "LON"})
D_CODES = frozenset({"MON", "IKD", "IND"})
_CARD = re.compile(r"\b(visa|master\s?card|american express|amex|discover( card)?|capital one|"
                   r"card ?services?|credit card|chase card|citi ?cards?)\b", re.IGNORECASE)
_SAVINGS = re.compile(r"\b(savings|certificate of deposit|money[- ]market|c\.?d\.? purchase|"
                      r"transfer to (savings|investment))\b", re.IGNORECASE)
_REIMBURSE = re.compile(r"\breimburs", re.IGNORECASE)


def _name_key(r: Row, field: str = "Payee_NamL") -> str:
    return " ".join(r.get(field).upper().split())


def _expense_code(r: Row, allowed: frozenset[str] | None = None) -> Issues:
    code = r.up("Expn_Code")
    if not code:
        return None
    if allowed is not None:
        if code not in allowed:
            return r.say("Expn_Code", f"{code!r} is not a type of payment for Schedule D "
                         f"({r.where()}).", "Use MON (monetary), IKD (nonmonetary) or IND "
                         "(independent expenditure).")
        return None
    if code not in code_set("expense"):
        return r.say("Expn_Code", f"{code!r} is not an expense code ({r.where()}).",
                     "Use a code from the Form 460 list (CMP, CNS, CTB, ... WEB), or leave it "
                     "blank and describe the payment.")
    if code in NOT_ON_E:
        return r.say("Expn_Code", f"{code} is not allowed on Schedules E, F and G "
                     f"({r.where()}).", "Use CTB for a contribution (explain a nonmonetary "
                     "one) or another expense code.")
    return None


# ------------------------------------------------------------------- Schedule E
@rule("F460-E-001", severity="warning", scope="schedule", forms=F460)
def e_itemize(ctx: Ctx) -> Iterator[Found]:
    """Itemize each payment of $100 or more to a payee in the period (several payments to
    one payee that total $100 or more too); everything else is unitemized (Line 2).
    Source: [RWC-20][M2-23-397]"""
    totals: dict[int, Cents] = defaultdict(int)
    rows = ctx.kind("EXPN", "E")
    for r in rows:
        if r.rec.contact_id is not None and r.counts:
            totals[r.rec.contact_id] += r.cents("Amount")
    for r in rows:
        if r.rec.itemized or r.rec.contact_id is None or not r.counts:
            continue
        if totals[r.rec.contact_id] >= ctx.itemize_payment:
            yield (ctx.at(r.rec, "Amount"),
                   f"Payments to {r.name} total {money(totals[r.rec.contact_id])} "
                   f"this period but are not itemized ({r.where()}).",
                   f"Itemize every payee paid {money(ctx.itemize_payment)} or more "
                   "in the period.")


@rule("F460-E-002", severity="warning", scope="record", applies_to=E,
      owns=("Payee_NamL", "Payee_Adr1", "Payee_City", "Payee_ST", "Payee_ZIP4", "Amount"))
def e_payee_street(r: Row) -> Issues:
    """An itemized payment has the payee's name, street address (no P.O. box), city,
    state, ZIP, a code or description, and the amount paid this period.
    Source: [M2-23-397][RWC-20]"""
    street = r.get("Payee_Adr1")
    if street and is_po_box(street):
        return r.say("Payee_Adr1", f"The payee's address is a P.O. box ({r.where()}).",
                     "Enter the payee's street address.")
    return None


@rule("F460-E-003", severity="warning", scope="record", applies_to=(("EXPN", "E"), ("EXPN", "G")),
      owns=("Expn_Code", "Expn_Dscr"))
def e_code(r: Row) -> Issues:
    """The expense code is from the Form 460 list; with no code a description is
    required. MON and IKD are Schedule D types of payment, not expense codes.
    Source: [RWC-20][RWC-22][M2-23-397]"""
    return _expense_code(r)


_F460_E_004 = owner(
    "F460-E-004", severity="warning", forms=F460, doc="""Code CTB (contribution) or IND
    (independent expenditure) requires a description (and the recipient or candidate/
    measure, plus a matching Schedule D entry: F460-D-004). The description is the spec
    table's Expn_Dscr condition. Source: [M2-23-398][RWC-22]""")


@rule("F460-E-006", severity="error", scope="record", applies_to=E, unitemized=True)
def e_date_in_period(r: Row) -> Issues:
    """The payment date (when given) falls within the period; an expenditure is made on
    the earlier of the payment and the receipt of the goods or services.
    Source: [M2-23-386]"""
    return after_period(r, "Expn_Date")


def _subitems(ctx: Ctx, parent: Row) -> list[Row]:
    tid = parent.get("Tran_ID").upper()
    return [c for c in ctx.children.get(tid, ()) if c.plan.rec_type == "EXPN"] if tid else []


@rule("F460-E-007", severity="warning", scope="schedule", forms=F460)
def e_subvendors(ctx: Ctx) -> Iterator[Found]:
    """A payment to an agent or contractor that paid subvendors $500 or more itemizes the
    subvendors (on E, F or G); subvendor amounts are not added to the Amount Paid column,
    so they never exceed the payment to the agent.
    Source: [M2-23-391][CP20-246][RWC-27]"""
    for r in ctx.kind("EXPN", "E"):
        if not r.counts:
            continue
        subs = _subitems(ctx, r)
        total = sum(c.cents("Amount") for c in subs)
        if subs and total > r.cents("Amount"):
            yield (ctx.at(r.rec, "Amount"),
                   f"The agent's subvendor payments ({money(total)}) add up to more "
                   f"than the payment to the agent ({r.where()}).",
                   "Subvendor payments are part of the payment to the agent; check "
                   "the amounts.")


@rule("F460-E-008", severity="warning", scope="schedule", forms=F460)
def e_credit_card(ctx: Ctx) -> Iterator[Found]:
    """A payment to a credit-card company also itemizes each vendor paid $100 or more
    through the card, on E, F or G.
    Source: [RWC-20][M2-23-391][CP20-580]"""
    for r in ctx.itemized("EXPN", "E"):
        if r.counts and _CARD.search(r.get("Payee_NamL")) and \
                r.cents("Amount") >= ctx.itemize_payment and not _subitems(ctx, r):
            yield (ctx.at(r.rec, "Payee_NamL"),
                   f"A credit card bill was paid but the vendors paid with the "
                   f"card are not listed ({r.where()}).",
                   f"List each vendor paid {money(ctx.itemize_payment)} or more "
                   "through the card as a sub-item of this payment.")


@rule("F460-E-009", severity="warning", scope="schedule", forms=F460)
def e_pays_accrued(ctx: Ctx) -> Iterator[Found]:
    """A payment on a previously reported accrued expense goes on Schedule E and in
    Schedule F column (c).
    Source: [RWC-20][RWC-24][M2-23-398]"""
    owed = {_name_key(r): r for r in ctx.kind("DEBT", "F")
            if r.cents("Beg_Bal") > 0 and r.cents("Amt_Paid") == 0}
    for r in ctx.itemized("EXPN", "E"):
        debt = owed.get(_name_key(r))
        if debt is not None and r.counts:
            yield (ctx.at(r.rec, "Amount"),
                   f"{r.name} is paid here and is owed {money(debt.cents('Beg_Bal'))} "
                   f"on Schedule F, where nothing is shown as paid ({r.where()}).",
                   "If this pays the unpaid bill, enter it in Schedule F column (c) "
                   "as well.")


@rule("F460-E-011", severity="warning", scope="record", applies_to=E,
      when=lambda c: c.cmtte == "C")
def e_candidate_travel(r: Row) -> Issues:
    """A candidate's gift, meal and travel payments need a description of their political,
    legislative or governmental purpose (Reg. 18421.7).
    Source: [CP20-246]"""
    if r.up("Expn_Code") in ("TRC", "TRS", "MTG") and not r.has("Expn_Dscr"):
        return r.say("Expn_Dscr", f"Travel, meal or meeting payments need a description of "
                     f"their purpose ({r.where()}).", "Describe the political, legislative "
                     "or governmental purpose.")
    return None


@rule("F460-E-012", severity="warning", scope="record", applies_to=E)
def e_savings_transfer(r: Row) -> Issues:
    """Transfers into savings, CDs or money-market accounts are not payments; they stay
    in cash on hand.
    Source: [CP20-246]"""
    text = (r.get("Expn_Dscr") + " " + r.get("Payee_NamL")).lower()
    if ("sav" in text or "deposit" in text or "market" in text or "c.d" in text
            or "cd " in text or "invest" in text) and _SAVINGS.search(text):
        return r.say("Expn_Dscr", f"Moving money into savings or an investment is not a "
                     f"payment ({r.where()}).", "Remove it from Schedule E; the money is "
                     "still part of cash on hand.")
    return None


def _is_candidate(r: Row) -> bool:
    ctx = r.ctx
    return bool(ctx.cand_last) and r.up("Payee_NamL") == ctx.cand_last.upper() and (
        not ctx.cand_first or r.up("Payee_NamF") == ctx.cand_first.upper())


@rule("F460-E-013", severity="warning", scope="record", applies_to=E,
      when=lambda c: c.cmtte == "C" and bool(c.cand_last))
def e_candidate_family(r: Row) -> Issues:
    """A controlled committee may not pay the candidate's spouse or registered domestic
    partner for services.
    Source: [M2-23-397]"""
    if r.entity == "IND" and r.up("Payee_NamL") == r.ctx.cand_last.upper() and \
            not _is_candidate(r) and not _REIMBURSE.search(r.get("Expn_Dscr")):
        return r.say("Payee_NamL", f"A payment to someone who shares the candidate's last "
                     f"name ({r.where()}).", "A controlled committee may not pay the "
                     "candidate's spouse or domestic partner for services; check it.")
    return None


@rule("F460-E-015", severity="warning", scope="record", applies_to=E,
      when=lambda c: c.cmtte == "C" and bool(c.cand_last))
def e_to_candidate(r: Row) -> Issues:
    """A payment made to the candidate as an individual probably belongs to the
    candidate's committee, or is a reimbursement that needs its details.
    Source: [ISP-ERR]"""
    if r.entity in ("IND", "") and _is_candidate(r):
        return r.say("Payee_NamL", f"A payment to the candidate personally ({r.where()}).",
                     "If it reimburses the candidate, list the vendors paid; otherwise check "
                     "the payee.")
    return None


@rule("F460-E-017", severity="warning", scope="record", applies_to=E)
def e_reimbursement(r: Row) -> Issues:
    """A reimbursement to a volunteer, employee, agent or contractor needs a dated receipt
    and a description given to the treasurer before it is paid.
    Source: [CP20-580][RWC-27]"""
    if r.entity == "IND" and r.amount >= r.ctx.itemize_payment and \
            _REIMBURSE.search(r.get("Expn_Dscr")):
        return r.say("Expn_Dscr", f"A reimbursement to a person ({r.where()}).",
                     "Keep the dated receipts and the description you were given before "
                     "paying, and itemize vendors paid $100 or more as sub-items.")
    return None


# ------------------------------------------------------------------- Schedule D
@rule("F460-D-001", severity="warning", scope="schedule", forms=F460)
def d_itemize(ctx: Ctx) -> Iterator[Found]:
    """Itemize when $100 or more in the calendar year goes for or against one candidate,
    measure or general-purpose committee.
    Source: [RWC-17][M2-23-383]"""
    for r in ctx.kind("EXPN", "D"):
        total = max(r.cents("Cum_YTD"), r.cents("Amount"))
        if not r.rec.itemized and r.counts and total >= ctx.itemize:
            yield (ctx.at(r.rec, "Amount"),
                   f"Support of {r.name} reached {money(total)} this year but is "
                   f"not itemized ({r.where()}).",
                   "Itemize it on Schedule D.")


@rule("F460-D-002", severity="warning", scope="record", applies_to=D,
      owns=("Payee_NamL", "Expn_Date", "Amount", "Cum_YTD", "Cand_NamL", "Sup_Opp_Cd"))
def d_row_complete(r: Row) -> Issues:
    """A Schedule D row has the date, the candidate's name and office/district (or the
    measure's number/letter and jurisdiction, or the committee's name), support or oppose,
    type of payment, amount this period and cumulative for the calendar year.
    Source: [M2-23-383][M2-23-384]"""
    if r.has("Bal_Name") or r.has("Bal_Num"):
        for name in ("Bal_Num", "Bal_Juris"):
            if name in r.ix and not r.has(name):
                return r.say(name, f"{r.label(name)} is missing ({r.where()}).",
                             f"Enter the {r.label(name).lower()}.")
    return None


@rule("F460-D-003", severity="warning", scope="record", applies_to=D,
      owns=("Expn_Code", "Expn_Dscr"))
def d_payment_type(r: Row) -> Issues:
    """The Schedule D type of payment is MON (monetary), IKD (nonmonetary) or IND
    (independent expenditure); IKD and IND need an explanation.
    Source: [CAL-ERRATA-201]"""
    return _expense_code(r, D_CODES)


def _d_target(r: Row) -> str:
    return " ".join((r.up("Cand_NamL") or r.up("Bal_Num") or r.up("Bal_Name")
                     or r.up("Payee_NamL")).split())


@rule("F460-D-004", severity="warning", scope="across", forms=F460)
def d_matches_payments(ctx: Ctx) -> Iterator[Found]:
    """Every Schedule D payment corresponds to a payment on Schedule E, F or H (except
    goods on hand given away), and a payment on E or F coded CTB or IND appears on D.
    Source: [M2-23-379][M2-23-398][RWC-17]"""
    d_rows = [r for r in ctx.itemized("EXPN", "D") if r.counts]
    paid = {_name_key(r) for r in ctx.kind("EXPN", "E")} | \
        {_name_key(r) for r in ctx.kind("DEBT", "F")} | \
        {_name_key(r, "Lndr_NamL") for r in ctx.kind("LOAN", "H")}
    every_d = ctx.kind("EXPN", "D")
    d_names = {_name_key(r) for r in every_d} | {_d_target(r) for r in every_d}
    for r in d_rows:
        if r.up("Expn_Code") == "IKD":
            continue
        if _name_key(r) not in paid:
            yield (ctx.at(r.rec, "Payee_NamL"),
                   f"This Schedule D entry has no matching payment on Schedules "
                   f"E, F or H ({r.where()}).",
                   "Report the payment itself on Schedule E (or F if unpaid, H if "
                   "a loan); Schedule D only summarizes it.")
    for kind in (("EXPN", "E"),):  # unpaid bills: F460-F-010
        for r in ctx.itemized(*kind):
            if r.up("Expn_Code") in ("CTB", "IND") and r.counts and \
                    _name_key(r) not in d_names:
                yield (ctx.at(r.rec, "Expn_Code"),
                       f"A contribution or independent expenditure is not "
                       f"summarized on Schedule D ({r.where()}).",
                       "Add it to Schedule D with the candidate or measure and "
                       "whether it supports or opposes them.")


@rule("F460-D-006", severity="warning", scope="schedule", forms=F460)
def d_cumulate_separately(ctx: Ctx) -> Iterator[Found]:
    """Contributions and independent expenditures are cumulated separately for each
    candidate or measure; the cumulative never falls short of the period's amounts.
    Source: [M2-23-384]"""
    groups: dict[tuple[str, bool], list[Row]] = defaultdict(list)
    for r in ctx.itemized("EXPN", "D"):
        if r.counts:
            groups[(_d_target(r), r.up("Expn_Code") == "IND")].append(r)
    for (_target, ie), rows in groups.items():
        total = sum(r.cents("Amount") for r in rows)
        cums = [r.cents("Cum_YTD") for r in rows if r.has("Cum_YTD")]
        if cums and max(cums) < total:
            r = rows[-1]
            what = "independent expenditures" if ie else "contributions"
            yield (ctx.at(r.rec, "Cum_YTD"),
                   f"The {what} for {r.name or 'this candidate or measure'} total "
                   f"{money(total)} this period, but the cumulative is "
                   f"{money(max(cums))} ({r.where()}).",
                   "Cumulate contributions and independent expenditures "
                   "separately, each including this period's amounts.")


@rule("F460-D-008", severity="warning", scope="record", applies_to=D,
      when=lambda c: c.cmtte == "C")
def d_controlled_ie(r: Row) -> Issues:
    """A candidate-controlled committee may not make independent expenditures for or
    against other candidates.
    Source: [RWC-17][CP20-569][CP20-711]"""
    if r.up("Expn_Code") == "IND":
        return r.say("Expn_Code", f"A candidate-controlled committee reports an independent "
                     f"expenditure ({r.where()}).", "A controlled committee may not make "
                     "independent expenditures for or against other candidates; check how "
                     "this payment is reported.")
    return None


# ------------------------------------------------------------------- Schedule F
@rule("F460-F-001", severity="warning", scope="schedule", forms=F460)
def f_itemize(ctx: Ctx) -> Iterator[Found]:
    """Itemize each creditor owed $100 or more at the end of the period; smaller balances
    go into the Schedule F summary.
    Source: [RWC-24]"""
    for r in ctx.kind("DEBT", "F"):
        if not r.rec.itemized and r.counts and r.cents("End_Bal") >= ctx.itemize_payment:
            yield (ctx.at(r.rec, "End_Bal"),
                   f"{r.name} is owed {money(r.cents('End_Bal'))} but is not "
                   f"itemized ({r.where()}).",
                   "Itemize every creditor owed $100 or more at the end of the "
                   "period.")


@rule("F460-F-002", severity="warning", scope="record", applies_to=F)
def f_code(r: Row) -> Issues:
    """A Schedule F row has the creditor's name and address (ID for a committee), a code
    or description, and columns (a) beginning, (b) incurred, (c) paid, (d) outstanding.
    The missing fields are the spec table's DEBT conditions; this check adds the code.
    Source: [RWC-24][M2-23-399]"""
    return _expense_code(r)


@rule("F460-F-003", severity="warning", scope="record", applies_to=F)
def f_balance(r: Row) -> Issues:
    """Column (d) = (a) + (b) - (c): what is owed at the close is what was owed at the
    start, plus new bills, minus payments.
    Source: [INF]"""
    if not r.counts:
        return None
    a, b, c, d = (r.cents(n) for n in ("Beg_Bal", "Amt_Incur", "Amt_Paid", "End_Bal"))
    if a + b - c != d:
        return r.say("End_Bal", f"The balance at the close ({money(d)}) should be "
                     f"{money(a)} + {money(b)} - {money(c)} = {money(a + b - c)} "
                     f"({r.where()}).", "Correct the amounts incurred, paid or outstanding "
                     "(a forgiven bill is reported on Schedule C).")
    return None


@rule("F460-F-005", severity="warning", scope="across", forms=F460)
def f_paid_on_e(ctx: Ctx) -> Iterator[Found]:
    """An amount in Schedule F column (c) also appears as a payment on Schedule E, unless
    it is a forgiveness or third-party payment, which goes on Schedule C instead.
    Source: [RWC-24][CP20-589]"""
    paid: dict[str, Cents] = defaultdict(int)
    for r in ctx.kind("EXPN", "E"):
        if r.counts:
            paid[_name_key(r)] += r.cents("Amount")
    forgiven = {_name_key(r, "Ctrib_NamL") for r in ctx.kind("RCPT", "C")}
    for r in ctx.itemized("DEBT", "F"):
        amount = r.cents("Amt_Paid")
        key = _name_key(r)
        if amount > 0 and r.counts and paid.get(key, 0) < amount and key not in forgiven:
            yield (ctx.at(r.rec, "Amt_Paid"),
                   f"Schedule F shows {money(amount)} paid to {r.name}, but "
                   f"Schedule E shows {money(paid.get(key, 0))} paid to them "
                   f"({r.where()}).", "Report the payment on Schedule E too (a "
                   "forgiven bill goes on Schedule C instead).")


@rule("F460-F-010", severity="warning", scope="across", forms=F460)
def f_contribution_on_d(ctx: Ctx) -> Iterator[Found]:
    """An accrued expense that is a contribution or independent expenditure to others also
    appears on Schedule D.
    Source: [M2-23-399][CP20-254]"""
    d_names = {_name_key(r) for r in ctx.kind("EXPN", "D")} | \
        {_d_target(r) for r in ctx.kind("EXPN", "D")}
    for r in ctx.itemized("DEBT", "F"):
        if r.up("Expn_Code") in ("CTB", "IND") and r.counts and _name_key(r) not in d_names \
                and r.cents("Amt_Incur") > 0:
            yield (ctx.at(r.rec, "Expn_Code"),
                   f"An unpaid contribution or independent expenditure is not on "
                   f"Schedule D ({r.where()}).", "Add it to Schedule D.")


# ------------------------------------------------------------------- Schedule G
_F460_G_001 = owner(
    "F460-G-001", severity="warning", forms=F460, doc="""Itemize each payment of $500 or
    more that an agent or contractor made for the committee: payee name and address, code
    or description, amount, and the agent (the spec table's EXPN conditions on Schedule G;
    codes are checked by F460-E-003). Source: [RWC-27][LEGALFINA-84303]""")


@rule("F460-G-002", severity="warning", scope="schedule", forms=F460)
def g_once(ctx: Ctx) -> Iterator[Found]:
    """A subvendor payment is itemized once only, on E, F or G.
    Source: [RWC-27]"""
    seen: dict[tuple[str, str, Cents], Row] = {}
    for r in ctx.kind("EXPN", "G") + [c for c in ctx.kind("EXPN", "E") if c.get("BakRef_TID")]:
        key = (r.up("BakRef_TID"), _name_key(r), r.cents("Amount"))
        if not key[0]:
            continue
        first = seen.get(key)
        if first is not None:
            yield (ctx.at(r.rec, "Payee_NamL"),
                   f"This subvendor payment is itemized twice ({r.where()}).",
                   "Keep one entry: on Schedule G or as a sub-item on E, not both.")
        else:
            seen[key] = r


@rule("F460-G-003", severity="warning", scope="schedule", forms=F460)
def g_linked(ctx: Ctx) -> Iterator[Found]:
    """A Schedule G row is linked to the agent's payment (E) or accrued expense (F)
    through BakRef_TID and G_From_E_F.
    Source: [M2-23-391][RAW-CAMP]"""
    for r in ctx.kind("EXPN", "G"):
        ref = r.up("BakRef_TID")
        if not ref:
            yield (ctx.at(r.rec, "BakRef_TID"),
                   f"The agent's payment this belongs to is not identified "
                   f"({r.where()}).", "Link it to the payment to the agent on "
                   "Schedule E (or the unpaid bill on Schedule F).")
            continue
        parents = ctx.tran_ids.get(ref, [])
        kinds = {(p.plan.rec_type, p.plan.form_type) for p in parents}
        if parents and not kinds & {("EXPN", "E"), ("DEBT", "F")}:
            yield (ctx.at(r.rec, "BakRef_TID"),
                   f"The parent of this agent's payment is not on Schedule E or F "
                   f"({r.where()}).", "Point it at the payment to the agent.")
        elif parents and r.up("G_From_E_F") not in ("", *(k[1] for k in kinds)):
            yield (ctx.at(r.rec, "G_From_E_F"),
                   f"G_From_E_F says {r.up('G_From_E_F')} but the parent is on "
                   f"Schedule {'/'.join(sorted(k[1] for k in kinds))} "
                   f"({r.where()}).", "Make them agree.")


RULES = collect(globals())
