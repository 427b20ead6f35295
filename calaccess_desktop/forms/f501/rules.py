"""Form 501 rules (form-rules §6.23). The 501 has no CAL layout: the rules read its
fields by name from the cover (``forms/f501/fields``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from calaccess_desktop.domain.dates import add_days
from calaccess_desktop.domain.snapshot import StatementBrief
from calaccess_desktop.forms.f501 import fields
from calaccess_desktop.forms.filing_calendar import parse_elections
from calaccess_desktop.validation.api import ERROR, WARNING, Ctx, Found, collect, rule, sdate
from calaccess_desktop.validation.words import money

PART_1 = (("Cand_NamL", "the candidate's name"), ("Cand_Adr1", "the street address"),
          ("Cand_City", "the city"), ("Office", "the office sought"),
          ("Juris", "the jurisdiction"), ("Elect_Year", "the year of the election"))


@rule("F501-P1-001", severity=ERROR, scope="statement", forms=["F501"])
def candidate_501(ctx: Ctx) -> Iterator[Found]:
    """Part 1 gives the candidate's name, street address, office, agency, district,
    party preference (partisan offices), jurisdiction and year of election.
    Source: [FILL-501][M2-23-139]"""
    values = fields.read(ctx.snap.cover.values)
    missing = [words for name, words in PART_1 if not values.get(name)]
    if values.get("Office") and values.get("Juris") != "State" and not values.get("Agency"):
        missing.append("the agency of the office")
    if missing:
        yield (ctx.cover_at(), f"Form 501 Part 1 does not give {', '.join(missing)}.",
               "Enter them in the committee profile (Candidate and Registration groups).")


@rule("F501-P2-001", severity=ERROR, scope="statement", forms=["F501"])
def ceiling_501(ctx: Ctx) -> Iterator[Found]:
    """State Senate, Assembly and statewide candidates accept or reject the voluntary
    expenditure ceiling; CalPERS/CalSTRS board candidates and judges skip Part 2.
    Source: [FPPCADA-501]"""
    values = fields.read(ctx.snap.cover.values)
    if fields.vec_applies(values) and values.get("VEC") not in ("A", "R"):
        yield (ctx.cover_at(), "A candidate for a state legislative or statewide office "
               "accepts or rejects the voluntary expenditure ceiling (Part 2).",
               "Choose it in the committee profile (Voluntary expenditure ceiling).")


@rule("F501-P3-001", severity=ERROR, scope="statement", forms=["F501"])
def signed_501(ctx: Ctx) -> Iterator[Found]:
    """The candidate signs the 501; an unsigned 501 is not filed.
    Source: [M2-23-139]"""
    if not fields.read(ctx.snap.cover.values).get("Sig_Date"):
        yield (ctx.cover_at(), "Form 501 has no date signed: an unsigned 501 is not filed.",
               "Print it, have the candidate sign it, and enter the date signed.")


@rule("F501-BNK-001", severity=WARNING, scope="across", forms=["F501"])
def bank_501(ctx: Ctx) -> Iterator[Found]:
    """A separate campaign bank account is required, even for a self-funded campaign,
    unless the candidate receives no contributions and spends less than $2,000 of
    personal funds.
    Source: [FPPCADA-501]"""
    values = fields.read(ctx.snap.cover.values)
    if values.get("Under_2000") == "Y" or ctx.snap.committee.profile.get("bank_name"):
        return
    yield (ctx.cover_at(), "No campaign bank account is named in the profile, and the 501 "
           "does not say the campaign stays under $2,000.",
           "Open a separate campaign bank account and enter it in the committee profile "
           "(Bank account), or say on the 501 that you will not raise or spend $2,000.")


def _received(history: tuple[StatementBrief, ...], b: StatementBrief) -> int:
    """Contributions received in a Form 460's own period: its line 5 column B less that
    of the same year's Form 460 before it."""
    assert b.period_from is not None and b.period_through is not None
    before = [o for o in history if o.form_type == "F460" and o.period_through is not None
              and o.period_through < b.period_from
              and o.period_through.year == b.period_through.year]
    earlier = max(before, key=lambda o: o.period_through or dt.date.min, default=None)
    return b.column_b.get("5", 0) - (earlier.column_b.get("5", 0) if earlier else 0)


def _cycle_start(ctx: Ctx, election: dt.date | None) -> dt.date | None:
    """The day after the committee's last election before this 501's (None: none known)."""
    if election is None:
        return None
    earlier = [e for e in parse_elections(ctx.snap.committee.profile.get("elections"))
               if e < election]
    return add_days(max(earlier), 1) if earlier else None


@rule("F501-TIM-001", severity=WARNING, scope="across", forms=["F501"])
def before_money_501(ctx: Ctx) -> Iterator[Found]:
    """A Form 501 is filed before the first contribution is solicited or received (or
    personal funds spent beyond the filing fees), anew for each election: a Form 460 of
    the committee for this election whose whole period ended before the 501 was signed
    and that reports contributions received shows money came first. (Each election's
    501 is listed by the filing calendar.)
    Source: [FPPCADA-501][M2-23-139]"""
    values = fields.read(ctx.snap.cover.values)
    signed = sdate(values.get("Sig_Date", "")) or ctx.today
    election = ctx.election or sdate(values.get("Elect_Date", ""))
    start = _cycle_start(ctx, election)
    history = ctx.snap.history
    for b in history:
        if b.form_type != "F460" or b.period_from is None or b.period_through is None:
            continue
        if b.period_through >= signed or (start is not None and b.period_from < start):
            continue
        received = _received(history, b)
        if received > 0:
            yield (ctx.cover_at("Sig_Date"),
                   f"Statement {b.statement_id} (Form 460, {b.period_from:%m/%d/%Y} to "
                   f"{b.period_through:%m/%d/%Y}) reports {money(received)} of contributions "
                   f"received before this Form 501 was signed ({signed:%m/%d/%Y}).",
                   "A 501 comes before any contribution for the election: file it now, "
                   "and check the date signed.")
            return


RULES = collect(globals())
