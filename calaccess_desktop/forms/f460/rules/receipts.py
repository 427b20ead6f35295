"""Schedules A, C and I: contributions and other money received (form-rules.md §6.3,
§6.5, §6.11)."""

from __future__ import annotations

import math
import operator
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from itertools import compress

from calaccess_desktop.domain.dates import add_days
from calaccess_desktop.domain.money import Cents
from calaccess_desktop.forms.f460.rules.tallies import period_by_contact
from calaccess_desktop.validation.api import (
    Ctx,
    Found,
    Issues,
    Row,
    after_period,
    cents,
    collect,
    date_field,
    dated_after_period,
    owner,
    rows_holding,
    rule,
    sdate,
    values_of,
)
from calaccess_desktop.validation.checks import (
    kind_cents,
    kind_column,
    kind_contacts,
    kind_counting,
    kind_itemized,
    kind_rows_holding,
)
from calaccess_desktop.validation.words import code_set, mdy, money

A = (("RCPT", "A"),)
C = (("RCPT", "C"),)
AC = (("RCPT", "A"), ("RCPT", "C"))
I_ = (("RCPT", "I"),)
F460 = ("F460",)

_SELF = re.compile(r"^\s*self[\s-]*(employed|emp\.?)?\s*$", re.IGNORECASE)
_ANON = re.compile(r"\banonymous\b", re.IGNORECASE)
_COUPLE = re.compile(r"(\s(and|&)\s|^mr\.? (and|&) mrs\.?)", re.IGNORECASE)
_LLC = re.compile(r"\bL\.?L\.?C\.?\b", re.IGNORECASE)


_F460_A_002 = owner(
    "F460-A-002", severity="warning", forms=F460, doc="""An itemized Schedule A row has
    the date received, full name, street address, city, state, ZIP, contributor code,
    amount this period and cumulative to date (the spec table's RCPT conditions on
    Schedule A). Source: [RWC-8][CP20-222]""")


# Screens (``screen=``): the rows a record rule could speak about, found column by column
# (each distinct value judged once) so that a full check of 100,000 rows calls the rule
# only on those. Each is a superset of its rule's own test.


def _odd_codes(rows: list[Row]) -> list[Row]:
    allowed = code_set("entity_schedule")
    return rows_holding(rows, "Entity_Cd", lambda t: bool(t) and (
        t.upper() not in allowed or t.upper() == "SCC"))


@rule("F460-A-003", severity="warning", scope="record", applies_to=A, screen=_odd_codes)
def contributor_code(r: Row) -> Issues:
    """The contributor code is one of IND, COM (or RCP), OTH, PTY, SCC; SCC is used only
    by state candidates and committees.
    Source: [M2-23-377][CP20-555][CAL-ERRATA-201]"""
    code = r.entity
    if code and code not in code_set("entity_schedule"):
        return r.say("Entity_Cd", f"{code!r} is not a contributor code ({r.where()}).",
                     "Use IND (individual), COM (committee), OTH (other), PTY (party) or "
                     "SCC (small contributor committee).")
    if code == "SCC" and r.ctx.cmtte in ("C", "P") and r.ctx.cover_juris in ("CIT", "CTY",
                                                                           "LOC"):
        return r.say("Entity_Cd", f"SCC (small contributor committee) applies only to "
                     f"state candidates and committees ({r.where()}).",
                     "Use COM for a committee contributing to a local candidate.")
    return None


def _self_employed_rows(rows: list[Row]) -> list[Row]:
    ix = rows[0].ix
    e, o, s = ix.get("Ctrib_Emp"), ix.get("Ctrib_Occ"), ix.get("Ctrib_Self")
    if e is None or o is None or s is None:
        return rows
    emps = values_of(rows, "Ctrib_Emp")
    selfish = {t for t in emps if t and is_self_employed(t)}
    blankish = {t for t in emps if not t or _NO_EMPLOYER.fullmatch(t)}
    self_occ = {t for t in values_of(rows, "Ctrib_Occ") if is_self_employed(t)}
    return [r for r in rows if r.v[e] in selfish or (r.v[e] in blankish and (
        r.v[s].upper() == "X" or r.v[o] in self_occ))]


@rule("F460-A-004", severity="warning", scope="record", applies_to=AC,
      owns=("Ctrib_Emp", "Ctrib_Occ"), screen=_self_employed_rows)
def occupation_employer(r: Row) -> Issues:
    """An individual contributor of $100 or more has an occupation and an employer; a
    self-employed contributor gives the name of the business (the bare word
    "Self-employed" is not enough); "Requested" is allowed while the information is being
    sought. Source: [M2-23-377][CP20-555][ISP-ERR]"""
    if r.entity != "IND":
        return None
    employer = r.get("Ctrib_Emp")
    if employer and is_self_employed(employer):
        return r.say("Ctrib_Emp", f"The employer says only {employer!r}, which does not name "
                     f"the business ({r.where()}).", _BUSINESS_FIX)
    if (not employer or _NO_EMPLOYER.fullmatch(employer)) and (
            r.up("Ctrib_Self") == "X" or is_self_employed(r.get("Ctrib_Occ"))):
        total = r.cents("Cum_YTD") or r.cents("Amount")
        if not employer and 0 < total < r.ctx.occupation:
            return None  # below $100 a year the employer is not asked for yet
        return r.say("Ctrib_Emp", f"The contributor is self-employed, but the name of the "
                     f"business is not given ({r.where()}).", _BUSINESS_FIX)
    return None


_BUSINESS_FIX = ("Enter the name of the contributor's business as the employer (for "
                 "example 'Okafor Consulting'); 'Self-employed' alone is not enough.")
# Words that describe being self-employed without naming a business.
_GENERIC = frozenset({
    "self", "employed", "emp", "selfemployed", "own", "owner", "business", "independent",
    "contractor", "consultant", "freelance", "freelancer", "sole", "proprietor",
    "proprietorship", "entrepreneur", "my", "i", "am", "the", "company", "na", "n", "a",
    "none", "same"})
_SELF_WORDS = frozenset({
    "self", "selfemployed", "own", "owner", "independent", "freelance", "freelancer", "sole",
    "proprietor", "proprietorship", "entrepreneur"})
_NO_EMPLOYER = re.compile(r"\s*(n/?a|none|-+|\.+)\s*", re.IGNORECASE)


def is_self_employed(text: str) -> bool:
    """Whether an employer or occupation says only "self-employed" (or the like:
    "Self", "Self Employed.", "Own business", "Freelance") without a business name."""
    found = re.findall(r"[a-z]+", text.lower().replace("self-", "self "))
    return bool(found) and set(found) <= _GENERIC and bool(set(found) & _SELF_WORDS) and (
        _SELF.match(text) is not None or len(found) <= 4)


def _short_jobs(rows: list[Row]) -> list[Row]:
    ctx, ix = rows[0].ctx, rows[0].ix
    occ, emp = ctx.column(rows, ix["Ctrib_Occ"]), ctx.column(rows, ix["Ctrib_Emp"])
    short_occ = {t for t in set(occ) if 0 < len(t) <= 2}
    short_emp = {t for t in set(emp) if 0 < len(t) <= 2}
    if not short_occ and not short_emp:
        return []
    return list(compress(rows, map(operator.or_, map(short_occ.__contains__, occ),
                                   map(short_emp.__contains__, emp))))


@rule("F460-A-005", severity="warning", scope="record", applies_to=AC, screen=_short_jobs)
def occupation_too_short(r: Row) -> Issues:
    """Occupation and employer are longer than 2 characters (e-filings with 1-2 character
    values are reported rejected).
    Source: [ISP-ERR]"""
    ix, v = r.ix, r.v
    occ, emp = v[ix["Ctrib_Occ"]], v[ix["Ctrib_Emp"]]
    if (not occ or len(occ) > 2) and (not emp or len(emp) > 2):
        return None
    out = []
    for name, value in (("Ctrib_Occ", occ.strip()), ("Ctrib_Emp", emp.strip())):
        if value and len(value) <= 2:
            out.append((name, f"{r.label(name)} {value!r} is too short to tell what it "
                        f"is ({r.where()}).", "Spell it out (at least 3 characters)."))
    return out or None


_SOUGHT = ("Ctrib_NamL", "Ctrib_Adr1", "Ctrib_Occ", "Ctrib_Emp")


def _info_missing(rows: list[Row]) -> list[Row]:
    ctx = rows[0].ctx
    n, a, o, e = (ctx.column(rows, rows[0].ix[name]) for name in _SOUGHT)
    lacking = map(operator.not_, map(all, zip(n, a, o, e, strict=True)))
    asked = {p for p in set(zip(o, e, strict=True)) if "equest" in p[0] + p[1]}
    if asked:  # (an occupation and employer pair still "Requested")
        lacking = map(operator.or_, lacking, map(asked.__contains__, zip(o, e, strict=True)))
    return list(compress(rows, lacking))


@rule("F460-A-006", severity="warning", scope="record", applies_to=AC, screen=_info_missing)
def missing_info_60_days(r: Row) -> Issues:
    """A contribution of $100 or more still lacking name, address, occupation or employer
    60 days after receipt must be returned; if kept, the 460 must be amended within 70
    days of its closing date with the missing data.
    Source: [CP20-437][LEGALFINA-85700]"""
    names = _SOUGHT
    ix, v = r.ix, r.v
    values = [v[ix[n]] for n in names]
    if all(values) and "equest" not in values[2] + values[3]:
        return None
    if r.entity != "IND" or r.amount < r.ctx.occupation:
        return None
    missing = [n for n, v in zip(names, values, strict=True)
               if not v or v.strip().lower().startswith("request")]
    received = sdate(r.get("Rcpt_Date"))
    if received is None or r.ctx.as_of < add_days(received, 60):
        return None
    return r.say(missing[0], f"Received {mdy(received)}, more than 60 days ago, and "
                 f"still missing {', '.join(r.label(n).lower() for n in missing)} "
                 f"({r.where()}).", "Return the contribution, or get the information and "
                 "amend within 70 days of the statement's closing date.")


_F460_A_007 = owner(
    "F460-A-007", severity="warning", forms=F460, doc="""A contributor that is a
    recipient committee carries its SOS ID number; with no ID, the name and address of
    its treasurer (the spec table's Cmte_ID/Tres_* conditions).
    Source: [CP20-222][ISP-NOID]""")


@rule("F460-A-008", severity="warning", scope="record", applies_to=AC,
      owns=("Intr_Adr1", "Intr_City", "Intr_ST", "Intr_ZIP4", "Intr_Emp", "Intr_Occ"),
      screen=lambda rows: rows_holding(rows, "Tran_Type", lambda t: t.upper() == "I"))
def intermediary(r: Row) -> Issues:
    """A contribution through an intermediary gives the name, address, occupation and
    employer of both the intermediary and the true source.
    Source: [CP20-222][CP20-555][LEGALFINA-84302]"""
    if r.up("Tran_Type") == "I" and not r.has("Intr_NamL"):
        return r.say("Intr_NamL", f"The contribution came through an intermediary, but the "
                     f"intermediary is not named ({r.where()}).",
                     "Enter the intermediary's name and address.")
    return None


def _llc_names(rows: list[Row]) -> list[Row]:
    return rows_holding(rows, "Ctrib_NamL",
                        lambda t: "L" in t.upper() and _LLC.search(t) is not None)


@rule("F460-A-009", severity="warning", scope="record", applies_to=AC, screen=_llc_names)
def llc_contributor(r: Row) -> Issues:
    """An LLC contributor of $100 or more: the name of the LLC plus its responsible
    officer, or the individual primarily responsible for approving the contribution.
    Source: [M2-23-198013625-379][ISP-LLC]"""
    name = r.v[r.ix["Ctrib_NamL"]]
    if "L" not in name.upper() or not _LLC.search(name):
        return None
    if r.amount >= r.ctx.itemize and not r.has("Memo_RefNo"):
        return r.say("Ctrib_NamL", f"An LLC gave {money(r.amount)} but no memo names the "
                     f"person responsible for the contribution ({r.where()}).",
                     "Add a memo naming the LLC's responsible officer or the person who "
                     "approved the contribution.")
    return None


@rule("F460-A-010", severity="error", scope="record", applies_to=A, unitemized=True,
      screen=lambda rows: dated_after_period(rows, date_field(rows[0])))
def a_date_in_period(r: Row) -> Issues:
    """The date received falls within the statement period (date received = when the
    committee or its agent obtained control).
    Source: [RWC-8][CP20-555]"""
    return after_period(r, date_field(r))


def _cumulative_short(rows: list[Row]) -> list[Row]:
    ctx, ix = rows[0].ctx, rows[0].ix
    cums, amounts = ctx.column(rows, ix["Cum_YTD"]), ctx.column(rows, ix["Amount"])
    # A blank cumulative is never short (its rule says nothing): above every amount.
    of_cum = {t: cents(t) if t else math.inf for t in set(cums)}
    of_amount = {t: cents(t) for t in set(amounts)}
    return list(compress(rows, map(operator.lt, map(of_cum.__getitem__, cums),
                                   map(of_amount.__getitem__, amounts))))


@rule("F460-A-011", severity="error", scope="record", applies_to=AC, screen=_cumulative_short)
def cumulative_at_least_amount(r: Row) -> Issues:
    """Cumulative-to-date (calendar year) is the source's earlier total plus this period's
    amounts, so it is never less than the amount received this period.
    Source: [RWC-8]"""
    ix, v = r.ix, r.v
    text = v[ix["Cum_YTD"]]
    if not text:
        return None
    amount, cumulative = cents(v[ix["Amount"]]), cents(text)
    if amount <= 0 or cumulative >= amount or not r.counts:
        return None
    if cumulative < amount:
        return r.say("Cum_YTD", f"Cumulative to date ({money(cumulative)}) is less than the "
                     f"amount received ({money(amount)}) ({r.where()}).",
                     "The cumulative total includes this contribution; correct it.")
    return None


def source_totals(ctx: Ctx) -> dict[int, Cents]:
    """Calendar-year totals by contact (this statement's A, C, B1 plus earlier ones)."""
    cached: dict[int, Cents] | None = getattr(ctx, "_source_totals", None)
    if cached is not None:
        return cached
    totals: dict[int, Cents] = defaultdict(int, period_by_contact(ctx))
    ctx._source_totals = totals  # type: ignore[attr-defined]
    for contact, before in ctx.snap.ytd_before.items():
        totals[contact] += before
    return totals


def _unitemized_over(ctx: Ctx, form: str) -> Iterator[Found]:
    rows = ctx.kind("RCPT", form)
    itemized = kind_itemized(ctx, "RCPT", form)
    if all(itemized):
        return
    totals = source_totals(ctx)
    for r, item in zip(rows, itemized, strict=True):
        if item or r.rec.contact_id is None or not r.counts:
            continue
        total = totals.get(r.rec.contact_id, 0)
        at = ctx.snap.itemize_threshold(ctx.itemize)  # a filing officer's lower threshold
        if total >= at:
            yield (ctx.at(r.rec, "Amount"),
                   f"{r.name or 'This source'} gave {money(total)} this calendar "
                   f"year, but this contribution is not itemized ({r.where()}).",
                   f"Itemize every source whose calendar-year total reaches "
                   f"{money(at)}.")


@rule("F460-A-001", severity="warning", scope="schedule", forms=F460)
def a_itemize_over_threshold(ctx: Ctx) -> Iterator[Found]:
    """Itemize every source whose calendar-year cumulative (monetary + nonmonetary + loans)
    is $100 or more; smaller sources go only in the unitemized total (Summary Line 2).
    Source: [RWC-8][CP20-555]"""
    yield from _unitemized_over(ctx, "A")


@rule("F460-C-001", severity="warning", scope="schedule", forms=F460)
def c_itemize_over_threshold(ctx: Ctx) -> Iterator[Found]:
    """Schedule C uses the same itemization test as Schedule A (a source's calendar-year
    total across A/B/C of $100 or more); smaller amounts go to Summary Line 2.
    Source: [RWC-15]"""
    yield from _unitemized_over(ctx, "C")


@rule("F460-A-011", severity="error", scope="schedule", forms=F460, part=2)
def cumulative_covers_period(ctx: Ctx) -> Iterator[Found]:
    """A source's cumulative-to-date is at least everything it gave in this statement
    (Schedules A, C and loans on B Part 1). Source: [RWC-8]"""
    period = period_by_contact(ctx)
    short = _cumulative_below_period(ctx, period)
    if not short:
        return
    rows: dict[int, list[Row]] = {contact: [] for contact in short}
    for r in ctx.kind("RCPT", "A") + ctx.kind("RCPT", "C"):
        if r.rec.contact_id in rows and r.counts:
            rows[r.rec.contact_id].append(r)
    for contact, members in rows.items():
        cums = [r.cents("Cum_YTD") for r in members if r.rec.itemized and r.has("Cum_YTD")]
        r = max(members, key=lambda m: m.cents("Cum_YTD"))
        yield (ctx.at(r.rec, "Cum_YTD"),
               f"{r.name} gave {money(period[contact])} in this statement, but "
               f"the cumulative to date is only {money(max(cums))}.",
               "The cumulative total includes every contribution this year.")


def _cumulative_below_period(ctx: Ctx, period: dict[int, Cents]) -> list[int]:
    """The contacts with two or more counting receipts (A, C) whose highest itemized
    cumulative-to-date is below what they gave in the statement (in the order they first
    appear), found in one pass over the columns."""
    members: Counter[int] = Counter()
    best: dict[int, Cents] = {}
    for form in ("A", "C"):
        if not ctx.kind("RCPT", form):
            continue
        contacts = kind_contacts(ctx, "RCPT", form)
        linked = [c is not None and k for c, k in zip(
            contacts, kind_counting(ctx, "RCPT", form), strict=True)]
        members.update(compress(contacts, linked))  # type: ignore[arg-type]
        texts = kind_column(ctx, "RCPT", form, "Cum_YTD")
        filled = {t for t in set(texts) if t.strip()}
        given = list(map(operator.and_, map(operator.and_, linked,
                                            kind_itemized(ctx, "RCPT", form)),
                         map(filled.__contains__, texts)))  # itemized, with a cumulative
        for contact, cum in zip(compress(contacts, given),
                                compress(kind_cents(ctx, "RCPT", form, "Cum_YTD"), given),
                                strict=True):
            if cum > best.get(contact, cum - 1):  # type: ignore[arg-type]
                best[contact] = cum  # type: ignore[index]
    return [c for c, n in members.items()
            if n >= 2 and c in best and best[c] < period.get(c, 0)]


@rule("F460-A-012", severity="warning", scope="schedule", forms=F460,
      when=lambda c: c.state_candidate)
def per_election_splits(ctx: Ctx) -> Iterator[Found]:
    """Per election to date is reported for candidates subject to state contribution
    limits, as SPLT records coded P/G/S/R.
    Source: [CP20-222][CALACCESS-SPLT]"""
    for r in ctx.itemized("RCPT", "A"):
        if not r.counts or r.cents("Amount") <= 0:
            continue
        tid = r.get("Tran_ID").upper()
        if tid and not any(c.plan.rec_type == "SPLT" for c in ctx.children.get(tid, ())):
            yield (ctx.at(r.rec, "Amount"),
                   f"No per-election-to-date amount is given ({r.where()}).",
                   "A state candidate reports each contribution's total per "
                   "election (primary, general ...); add the per-election amount.")


@rule("F460-A-014", severity="warning", scope="schedule", forms=F460)
def forgiven_loan_on_a(ctx: Ctx) -> Iterator[Found]:
    """A loan forgiven by the lender, or paid by a third party, also appears on Schedule
    A as a contribution (Tran_Type F or T), tied to its loan on Schedule B.
    Source: [RWC-8][RWC-11]"""
    loans = ctx.kind("LOAN", "B1")
    loan_ids = {r.get("Tran_ID").upper() for r in loans}
    lenders = {r.get("Lndr_NamL").upper() for r in loans}
    for r in kind_rows_holding(ctx, ("RCPT", "A"), "Tran_Type",
                               lambda t: t.upper() in ("F", "T")):
        if not r.rec.itemized or r.up("Tran_Type") not in ("F", "T"):
            continue
        linked = r.get("Tran_ID").upper() in loan_ids or r.up("BakRef_TID") in loan_ids or \
            r.up("Ctrib_NamL") in lenders
        if not linked:
            kind = "forgiven loan" if r.up("Tran_Type") == "F" else "third-party loan payment"
            yield (ctx.at(r.rec, "Tran_Type"),
                   f"This {kind} has no matching loan on Schedule B ({r.where()}).",
                   "Report the loan on Schedule B Part 1 with the amount forgiven "
                   "or paid, using the same transaction ID.")


def _anonymous_names(rows: list[Row]) -> list[Row]:
    return rows_holding(rows, "Ctrib_NamL",
                        lambda t: "nonymous" in t.lower() and _ANON.search(t) is not None)


@rule("F460-A-017", severity="warning", scope="record", applies_to=A, screen=_anonymous_names)
def anonymous(r: Row) -> Issues:
    """Anonymous contributions stay unitemized; a total of $100 or more from one
    anonymous source may not be kept.
    Source: [ISP-ANON][INF]"""
    name = r.v[r.ix["Ctrib_NamL"]]
    if "nonymous" in name.lower() and _ANON.search(name):
        return r.say("Ctrib_NamL", f"An anonymous contribution is itemized ({r.where()}).",
                     f"Anonymous contributions of {money(r.ctx.itemize)} or more may not be "
                     "kept; return or give it away, and report smaller ones unitemized.")
    return None


def _two_people(rows: list[Row]) -> list[Row]:
    """Rows whose first and last names, joined by a space, hold "&", " and " or "mr"
    (``couple``'s test), judged a column at a time: " and " can span the join only as a
    first name ending in " and" or a last name starting with "and "."""
    ctx, ix = rows[0].ctx, rows[0].ix
    first, last = ctx.column(rows, ix["Ctrib_NamF"]), ctx.column(rows, ix["Ctrib_NamL"])

    def two(text: str, edge: Callable[[str], bool]) -> bool:
        low = text.lower()
        return "&" in text or " and " in low or "mr" in low or edge(low)

    yes_first = {t for t in set(first) if two(t, lambda low: low.endswith(" and"))}
    yes_last = {t for t in set(last) if two(t, lambda low: low.startswith("and "))}
    if not yes_first and not yes_last:
        return []
    return list(compress(rows, map(operator.or_, map(yes_first.__contains__, first),
                                   map(yes_last.__contains__, last))))


@rule("F460-A-019", severity="warning", scope="record", applies_to=AC, screen=_two_people)
def couple(r: Row) -> Issues:
    """A contribution attributed to two people (such as a couple) must be split and
    attributed to each person.
    Source: [ISP-ERR]"""
    ix, v = r.ix, r.v
    names = v[ix["Ctrib_NamF"]] + " " + v[ix["Ctrib_NamL"]]
    if "&" not in names and " and " not in names.lower() and "mr" not in names.lower():
        return None
    if r.entity == "IND" and (_COUPLE.search(v[ix["Ctrib_NamF"]])
                                       or _COUPLE.search(v[ix["Ctrib_NamL"]])):
        return r.say("Ctrib_NamF", f"The contribution names two people ({r.where()}).",
                     "Split it into one contribution per person, each with their own "
                     "occupation and employer.")
    return None


def _major_donors(rows: list[Row]) -> list[Row]:
    notice = rows[0].ctx.major_donor_notice
    return rows_holding(rows, "Cum_YTD", lambda t: cents(t) >= notice)


@rule("F460-A-020", severity="warning", scope="record", applies_to=AC, screen=_major_donors)
def major_donor_notice(r: Row) -> Issues:
    """A source that reaches $5,000 or more in a calendar year must be told within 2 weeks
    that it may have to file as a major donor (committees with an SOS ID are exempt).
    Source: [SELFLAW-84105]"""
    cumulative = r.cents("Cum_YTD")
    notice = r.ctx.major_donor_notice
    if cumulative < notice or r.has("Cmte_ID") or \
            r.entity in ("COM", "RCP", "SCC", "PTY"):
        return None
    if cumulative - r.cents("Amount") < notice:
        return r.say("Cum_YTD", f"{r.name or 'This contributor'} reached {money(cumulative)} "
                     f"this year ({r.where()}).", f"Within two weeks, tell the contributor "
                     f"that giving {money(r.ctx.major_donor)} in a year "
                     "makes them a major donor who files Form 461.")
    return None


_F460_C_002 = owner(
    "F460-C-002", severity="warning", forms=F460, doc="""A Schedule C row has the date
    received, name and address, contributor code, occupation and employer (individuals),
    a description of the goods or services, fair market value and cumulative to date (the
    spec table's RCPT conditions on Schedule C). Source: [RWC-15][M2-23-377][CP20-236]""")


@rule("F460-C-003", severity="error", scope="record", applies_to=C, unitemized=True)
def c_date_in_period(r: Row) -> Issues:
    """The date a nonmonetary contribution is received (the earlier of the contributor's
    payment and the committee taking possession) falls within the period.
    Source: [RWC-15]"""
    return after_period(r, date_field(r))


@rule("F460-C-006", severity="warning", scope="record", applies_to=C)
def volunteer_services(r: Row) -> Issues:
    """Volunteer services, a volunteer's own travel and a home fundraiser costing $500 or
    less are not contributions.
    Source: [RWC-15][M2-23-379]"""
    if re.search(r"\bvolunteer", r.get("Ctrib_Dscr"), re.IGNORECASE):
        return r.say("Ctrib_Dscr", f"Volunteer services are not a contribution ({r.where()}).",
                     "Remove it unless someone was paid for the work (an employer paying an "
                     "employee's campaign time is a contribution).")
    return None


@rule("F460-C-007", severity="warning", scope="across", forms=F460)
def forgiven_bill(ctx: Ctx) -> Iterator[Found]:
    """A creditor forgiving or reducing an accrued expense, or a third party paying it, is
    reported on Schedule C and marked on Schedule F.
    Source: [CP20-589]"""
    debts = ctx.kind("DEBT", "F")
    ids = {r.get("Tran_ID").upper() for r in debts}
    names = {r.up("Payee_NamL") for r in debts}
    for r in ctx.itemized("RCPT", "C"):
        if r.up("XRef_SchNm") == "F" and r.get("Tran_ID").upper() not in ids and \
                r.up("Ctrib_NamL") not in names:
            yield (ctx.at(r.rec, "XRef_SchNm"),
                   f"The contribution says it relates to Schedule F, but no unpaid "
                   f"bill from this creditor is there ({r.where()}).",
                   "Show the forgiven bill on Schedule F as well.")


_F460_I_001 = owner(
    "F460-I-001", severity="warning", forms=F460, doc="""Itemize each source of $100 or
    more received during the period: date, name and address, description, amount (the
    spec table's RCPT conditions on Schedule I). Source: [RWC-31][ARISTOTLE-I]""")


@rule("F460-I-002", severity="warning", scope="record", applies_to=I_)
def misc_not_contribution(r: Row) -> Issues:
    """Items belong on Schedule I only if they are not a monetary contribution, a loan or
    the repayment of a loan made.
    Source: [RWC-31][M2-23-410][M2-23-411]"""
    text = r.get("Ctrib_Dscr").lower()
    if re.search(r"\b(contribution|donation)\b", text) or (
        re.search(r"\bloan\b", text) and "interest" not in text
    ):
        return r.say("Ctrib_Dscr", f"This looks like a contribution or a loan, which do not "
                     f"belong on Schedule I ({r.where()}).", "Report contributions on "
                     "Schedule A, loans received on Schedule B and repayments of loans made "
                     "on Schedule H.")
    return None


@rule("F460-I-005", severity="error", scope="record", applies_to=I_, unitemized=True)
def misc_negative(r: Row) -> Issues:
    """Any decrease in cash goes on Schedule E or H, so a negative Schedule I item is a
    mistake.
    Source: [M2-23-411]"""
    if r.cents("Amount") < 0:
        return r.say("Amount", f"A Schedule I amount cannot be negative ({r.where()}).",
                     "Enter money paid out on Schedule E (or Schedule H for a loan made); a "
                     "contribution you returned is a Schedule E payment with code RFD; to "
                     "correct an amount reported earlier, amend that earlier statement.")
    return None


@rule("DATE-001", severity="error", scope="record",
      applies_to=(("RCPT", "I"), ("EXPN", "D"), ("RCPT", "F496P3")), unitemized=True)
def other_dates_in_period(r: Row) -> Issues:
    """Transaction dates on current-period items fall inside the statement period; carried
    items (a loan's original date, a bill's beginning balance) are exempt.
    Source: [INF]"""
    name = "Expn_Date" if r.rec_type == "EXPN" else date_field(r)
    return after_period(r, name)


RULES = collect(globals())
