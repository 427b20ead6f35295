"""Contribution limits and voluntary expenditure ceilings, from ``forms/limits.json``
(form-rules.md §8.2-§8.3). Exceeding one is a warning naming the limit and its years.

Which limit applies follows the committee: a candidate-controlled committee's office
(Governor, other statewide, Senate/Assembly, or a city/county office: its filing
officer's own limit for that office where it has one, else the state default), a general
purpose committee that gives to state candidates (the PAC limit).
Parties give to candidates without limit; ballot measure committees have none.
"""

from __future__ import annotations

import operator
from collections import defaultdict
from collections.abc import Iterator
from itertools import compress

from calaccess_desktop.domain.money import Cents
from calaccess_desktop.forms.f460.rules.tallies import RECEIVED, period_by_contact
from calaccess_desktop.forms.limits import (
    Limit,
    applicable_limit,
    expenditure_ceiling,
    lowest_applicable,
)
from calaccess_desktop.validation.api import (
    STATE_OFFICES,
    Ctx,
    Found,
    Row,
    collect,
    rule,
    sdate,
)
from calaccess_desktop.validation.checks import (
    kind_cents,
    kind_contacts,
    kind_counting,
    parent_ids,
)
from calaccess_desktop.validation.words import money

STATEWIDE = frozenset({"LTG", "SOS", "CON", "ATT", "TRE", "INS", "SUP", "BOE"})
LEGISLATIVE = frozenset({"ASM", "SEN", "PER"})


def limit_kind(ctx: Ctx, contributor: str) -> str | None:
    """Which limit of limits.json applies to a contributor's gifts to this committee."""
    if contributor == "PTY":
        return None
    if ctx.cmtte == "C":
        office = ctx.cover_office
        scc = contributor == "SCC"
        if office == "GOV":
            return "scc_to_governor" if scc else "person_to_governor"
        if office in STATEWIDE:
            return "scc_to_statewide" if scc else "person_to_statewide"
        if office in LEGISLATIVE or ctx.cover_juris in ("SEN", "ASM"):
            return "scc_to_legislative" if scc else "person_to_legislative"
        if office or ctx.cover_juris in ("CIT", "CTY", "LOC"):
            return "local_default"
        return None
    if ctx.cmtte == "G" and _gives_to_state_candidates(ctx):
        return "person_to_pac"
    return None


def lowest_limit(kind: str | None) -> Cents | None:
    """The smallest amount a limit of this kind has ever had (None: no limit)."""
    from calaccess_desktop.forms.limits import data

    if kind is None:
        return None
    return min(int(e["cents"]) for e in data()["contribution_limits"][kind]["amounts"])


def _gives_to_state_candidates(ctx: Ctx) -> bool:
    return any(r.up("Office_Cd") in STATE_OFFICES for r in ctx.kind("EXPN", "D"))


def _is_candidate(ctx: Ctx, r: Row, name: str) -> bool:
    return bool(ctx.cand_last) and r.up(name) == ctx.cand_last.upper() and (
        not ctx.cand_first or r.up(name.replace("NamL", "NamF")) == ctx.cand_first.upper())


def _source_key(r: Row, name: str) -> object:
    if r.rec.contact_id is not None:
        return r.rec.contact_id
    return "|".join((r.get(name), r.get(name.replace("NamL", "NamF")),
                     r.get(name.replace("NamL", "ZIP4")))).upper()


def _over(ctx: Ctx, r: Row, total: Cents, limit: Limit, basis: str) -> Found:
    local = " if your city or county has no limit of its own" if \
        limit.kind == "local_default" else ""
    which = f"for {limit.cycle}{local} (" if not limit.local_to else \
        f"set where this committee files ({limit.local_to}; "
    choose = "" if limit.kind != "local_default" or any(
        o.level != "state" for o in ctx.snap.officers) else \
        " If your city or county has a limit of its own, choose its filing officer in " \
        "the committee profile (Where the committee files)."
    return (ctx.at(r.rec, "Loan_Amt1" if r.rec_type == "LOAN" else "Amount"),
        f"{r.name or 'A contributor'} gave {money(total)} {basis}, more than the "
        f"{money(limit.cents)} limit on {limit.label} {which}{r.where()}).",
        f"Return or reattribute the excess ({money(total - limit.cents)}) within 14 days."
        f"{choose}")


def _source_totals(ctx: Ctx) -> tuple[dict[object, Cents], dict[object, Row]]:
    """Each source's total on Schedules A, C and B Part 1 and its last counting row: a
    contact's total is what it gave in the statement, an unlinked name's the larger of
    that and its cumulative (the contacts first, then the names, each in the order they
    first appear: the findings are sorted by row)."""
    period = period_by_contact(ctx)
    totals: dict[object, Cents] = defaultdict(int)
    last: dict[object, Row] = {}
    unlinked: list[tuple[Row, Cents, str, str]] = []
    for (rec_type, form_type), amount_field in RECEIVED:
        rows = ctx.kind(rec_type, form_type)
        if not rows:
            continue
        contacts = kind_contacts(ctx, rec_type, form_type)
        counting = kind_counting(ctx, rec_type, form_type)
        linked = [c is not None and k for c, k in zip(contacts, counting, strict=True)]
        last.update(zip(compress(contacts, linked), compress(rows, linked), strict=True))
        if all(map(operator.or_, linked, map(operator.not_, counting))):
            continue  # every counting row is linked to a contact
        name = "Lndr_NamL" if rec_type == "LOAN" else "Ctrib_NamL"
        cum_field = "Loan_Amt3" if rec_type == "LOAN" else "Cum_YTD"
        unlinked += [(r, amount, name, cum_field) for r, contact, counts, amount in zip(
            rows, contacts, counting, kind_cents(ctx, rec_type, form_type, amount_field),
            strict=True) if counts and contact is None]
    totals.update((key, period[key]) for key in last)  # type: ignore[index]
    for r, amount, name, cum_field in unlinked:
        key = _source_key(r, name)
        totals[key] = max(totals[key] + amount, r.cents(cum_field))
        last[key] = r
    return totals, last


@rule("F460-A-018", severity="warning", scope="across", forms=("F460",))
def over_limit(ctx: Ctx) -> Iterator[Found]:
    """A source's total is over the applicable contribution limit (state office, the
    filing officer's own limit for a local office, the local default where the city or
    county has no ordinance, or the PAC limit); the excess is returned or reattributed
    within 14 days.
    Source: [LUNAR-LIMITS][MONDAQ-2025][THOMPSON-01]"""
    if ctx.cmtte not in ("C", "G"):
        return
    totals, last = _source_totals(ctx)
    office = ctx.cover_office
    floor = {code: lowest_applicable(ctx.snap, limit_kind(ctx, code), office, code)
             for code in ("IND", "SCC", "PTY")}
    known = [f for f in floor.values() if f is not None]
    if not known:
        return  # no limit applies to any contributor
    least, parents, before = min(known), parent_ids(ctx), ctx.snap.ytd_before
    for key, r in last.items():
        total = totals[key]
        if isinstance(key, int):
            total += before.get(key, 0)
        if total <= least and (not parents or r.get("Tran_ID").upper() not in parents):
            continue  # under every limit, no per-election amounts (the test below)
        code = r.entity
        lowest = floor.get(code if code in floor else "IND")
        if lowest is None or total <= lowest and not ctx.children.get(r.get("Tran_ID").upper()):
            continue
        if _is_candidate(ctx, r, "Lndr_NamL" if r.rec_type == "LOAN" else "Ctrib_NamL"):
            continue  # a candidate's own money is not limited
        limit = limit_kind(ctx, code)
        day = sdate(r.get("Rcpt_Date") or r.get("Loan_Date1")) or ctx.period_thru
        found = applicable_limit(ctx.snap, limit, office, code, day) if limit else None
        if found is None:
            continue
        splits = [c for c in ctx.children.get(r.get("Tran_ID").upper(), ())
                  if c.plan.rec_type == "SPLT"]
        if found.per == "election" and splits:
            worst = max(splits, key=lambda c: c.cents("Elec_Amount"))
            if worst.cents("Elec_Amount") > found.cents:
                election = {"P": "primary", "G": "general", "S": "special", "R": "runoff"}.get(
                    worst.up("Elec_Code"), "")
                yield _over(ctx, r, worst.cents("Elec_Amount"), found,
                            f"for the {election} election".replace("the  ", "the "))
            continue
        if total > found.cents:
            basis = "this calendar year" if found.per == "year" else \
                "this calendar year (the limit is per election)"
            yield _over(ctx, r, total, found, basis)


@rule("F460-SUM-023", severity="warning", scope="statement", forms=("F460",))
def expenditure_ceiling_line22(ctx: Ctx) -> Iterator[Found]:
    """Line 22 is used only by state candidates who accepted the voluntary expenditure
    ceiling; when used, warn as the running total approaches the ceiling for the year.
    Source: [ISP-LBL][MONDAQ-2025]"""
    lines = [row for (form, line), row in ctx.smry.items()
             if form == "F460" and line.startswith("22") and row.cents("Amount_A")]
    for row in lines:
        if not ctx.state_candidate:
            yield (ctx.at(row.rec, "Amount_A", schedule="summary"),
                   "Line 22 (expenditure ceiling) is filled in, but only state "
                   "candidates who accepted the voluntary expenditure ceiling use "
                   "it.", "Leave line 22 blank.")
            continue
        day = sdate(row.get("Elec_Dt")) or ctx.election
        election = "primary" if day is not None and day.month <= 6 else "general"
        ceiling = expenditure_ceiling(ctx.cover_office, day, election)
        spent = row.cents("Amount_A")
        if ceiling and spent >= ceiling * 9 // 10:
            state = "exceeds" if spent > ceiling else "is close to"
            yield (ctx.at(row.rec, "Amount_A", schedule="summary"),
                   f"Expenditures to date ({money(spent)}) {state} the voluntary "
                   f"{election} expenditure ceiling of {money(ceiling)}.",
                   "A candidate who accepted the ceiling may not exceed it.")


RULES = collect(globals())
