"""Cover page rules (form-rules.md §6.1): filer ID, period, statement and committee type,
addresses, treasurer, verification, Parts 5-7."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from calaccess_desktop.cal.values import ascii_digits
from calaccess_desktop.forms import calendar
from calaccess_desktop.validation.checks import is_po_box
from calaccess_desktop.validation.context import Ctx, Row, sdate
from calaccess_desktop.validation.ruleset import Found, collect, owner, rule
from calaccess_desktop.validation.words import code_set, mdy

CVR = (("CVR", "*"),)
PERIODIC = ("F460", "F450")
STMT_TYPES = {"F460": {"PE", "QT", "SA", "SE", "SY", "TS"},
              "F450": {"PE", "QT", "SA", "SE", "SY", "TS"}, "F425": {"S1", "S2"}}
_DIGITS = re.compile(r"^[0-9]{1,9}$")
_LOCAL_ID = re.compile(r"^[A-Z]{2,8}-[0-9]{1,9}$", re.IGNORECASE)
_ZIP = re.compile(r"[0-9]{5}(?:-?[0-9]{4})?")


def zip_problem(zip4: str, state: str) -> str:
    """Why a ZIP code is wrong for its state ('' when it looks right)."""
    if not zip4:
        return ""
    if not _ZIP.fullmatch(zip4):
        return f"ZIP code {zip4!r} is not 5 digits (or ZIP+4)"
    if state.upper() == "CA" and not 90000 <= int(zip4[:5]) <= 96199:
        return f"ZIP code {zip4[:5]} is not a California ZIP code (90000-96199)"
    return ""


@rule("GEN-ID-001", severity="error", scope="record", applies_to=CVR, owns=("Filer_ID",))
def filer_id_present(r: Row) -> list[tuple[str, str, str]] | None:
    """The filer/committee ID must be present on an e-filing; "Not Yet Received" is
    acceptable only on a paper statement whose Form 410 is pending.
    Source: [CP20-210][SOS-FAQ-S3]"""
    value = r.get("Filer_ID").upper()
    if value and ("NOT YET" in value or "PENDING" in value):
        return r.say("Filer_ID", "The committee ID says it is not yet received; an e-filing "
                     "needs the ID number the Secretary of State assigned.",
                     "File Form 410 and enter the ID number once it arrives.")
    return None


@rule("GEN-ID-002", severity="error", scope="record", applies_to=CVR)
def filer_id_format(r: Row) -> list[tuple[str, str, str]] | None:
    """The committee ID is the SOS-assigned number (all digits); a local NetFile filer ID
    has the form AGENCY-123456 (dash). Anything else will not be found.
    Source: [ISP-NF][ISP-SIGN]"""
    value = r.get("Filer_ID")
    if not value or "_" in value or "NOT YET" in value.upper() or "PENDING" in value.upper():
        return None
    if _DIGITS.match(value) or _LOCAL_ID.match(value):
        return None
    return r.say("Filer_ID", f"The committee ID {value!r} is not an ID number: the "
                 "Secretary of State's IDs are digits only (local filer IDs look like "
                 "ABC-123456).", "Copy the ID number exactly as it appears on your Form 410 "
                 "acknowledgement.")


@rule("EFS-004", severity="error", scope="record", applies_to=CVR)
def filer_id_underscore(r: Row) -> list[tuple[str, str, str]] | None:
    """NetFile rejects "The referenced Filer Id is not found" when an underscore is typed
    for the dash of a local filer ID (or the committee ID is used for the filer ID).
    Source: [ISP-NF]"""
    value = r.get("Filer_ID")
    if "_" in value:
        return r.say("Filer_ID", f"The filer ID {value!r} contains an underscore; filer "
                     "IDs use a dash (ABC-123456) and will not be found otherwise.",
                     f"Write it as {value.replace('_', '-')!r}.")
    return None


@rule("GEN-PER-001", severity="error", scope="record", applies_to=CVR,
      owns=("From_Date", "Thru_Date"))
def period_order(r: Row) -> list[tuple[str, str, str]] | None:
    """The statement 'from' and 'through' dates are both present, and from <= through.
    Source: [RWC-2]"""
    start, end = r.get("From_Date"), r.get("Thru_Date")
    if start and end and sdate(start) and sdate(end) and start > end:
        return r.say("Thru_Date", f"The period ends ({_d(end)}) before it starts "
                     f"({_d(start)}).", "Correct the 'from' or 'through' date.")
    return None


def _d(day: str) -> str:
    d = sdate(day)
    return mdy(d) if d else day


@rule("GEN-PER-003", severity="warning", scope="statement", forms=PERIODIC)
def period_matches_type(ctx: Ctx) -> Iterator[Found]:
    """The 'through' date matches the statement type: semi-annual ends 30 Jun or 31 Dec;
    quarterly and special odd-year end 31 Mar or 30 Sep; pre-election statements end 45
    or 17 days before the election.
    Source: [CP20-718][LEX-84202.3][M2-23-394]"""
    end, kind = ctx.period_thru, ctx.stmt_type
    if end is None or (kind in calendar.PRE_ELECTION and ctx.election is None):
        return  # a missing election date is GEN-PER-004
    problem = calendar.period_problem(kind, None, end, ctx.election)  # the filing calendar
    if problem:
        yield (ctx.cover_at("Thru_Date"), problem,
               "Check the statement type and the 'through' date against the "
               "filing schedule.")


_GEN_PER_004 = owner(
    "GEN-PER-004", severity="warning", forms=PERIODIC, doc="""A pre-election statement has
    a date of election (NetFile also rejects a filing whose end date, statement type and
    election date match none of its deadlines). The check is the spec table's Elect_Date
    condition. Source: [RWC-2][ISP-NF]""")


@rule("GEN-TYP-001", severity="error", scope="record", applies_to=CVR, owns=("Stmt_Type",))
def statement_type_for_form(r: Row) -> list[tuple[str, str, str]] | None:
    """Exactly one statement type is chosen, and it is one this form allows (pre-election,
    semi-annual, quarterly, special odd-year, supplemental pre-election, termination; S1/S2
    for Form 425). "Amendment" is a separate flag (AMD-003).
    Source: [M2-23-198013625-290][RAW-CHOICES]"""
    value = r.up("Stmt_Type")
    allowed = STMT_TYPES.get(r.ctx.form)
    if not value or allowed is None or value not in code_set("statement_type") or value in allowed:
        return None
    return r.say("Stmt_Type", f"Statement type {value} cannot be used on Form "
                 f"{r.ctx.form[1:]} (allowed: {', '.join(sorted(allowed))}).",
                 "Choose the statement type this form allows.")


@rule("CAL-005", severity="error", scope="record", applies_to=CVR)
def statement_type_code(r: Row) -> list[tuple[str, str, str]] | None:
    """The statement-type code is one of PE, QT, SA, SE, SY, TS (460/450) or S1, S2 (425).
    Source: [RAW-CHOICES]"""
    value = r.up("Stmt_Type")
    if value and value not in code_set("statement_type"):
        return r.say("Stmt_Type", f"{value!r} is not a statement type.",
                     "Use PE, QT, SA, SE, SY or TS (S1 or S2 on Form 425).")
    return None


@rule("GEN-TYP-002", severity="warning", scope="record", applies_to=CVR, forms=PERIODIC,
      owns=("Cmtte_Type", "Flag1_YN", "Flag2_YN", "Flag3_YN"))
def committee_type_boxes(r: Row) -> list[tuple[str, str, str]] | None:
    """Exactly one committee-type box (C, P, B or G), with the sub-boxes consistent: a
    committee primarily formed for a candidate (P) leaves the sub-boxes empty.
    Source: [M2-23-198013625-290][FPPCADA-460]"""
    value = r.up("Cmtte_Type")
    if value and value not in code_set("committee_type"):
        return r.say("Cmtte_Type", f"{value!r} is not a committee type.",
                     "Use C (candidate controlled), P (primarily formed for a candidate), "
                     "B (ballot measure) or G (general purpose).")
    if value == "P":
        filled = [n for n in ("Flag1_YN", "Flag2_YN", "Flag3_YN", "Flag4_YN") if r.has(n)]
        if filled:
            return r.say(filled[0], "A committee primarily formed for a candidate leaves "
                         "the committee sub-boxes empty.", "Clear the sub-boxes.")
    return None


@rule("GEN-TYP-003", severity="error", scope="statement", forms=("F450", "F425"))
def controlled_must_file_460(ctx: Ctx) -> Iterator[Found]:
    """A candidate-controlled committee may not file a 450 or 425; it must file a 460.
    Source: [M2-16-CH8][FPPC-FORMS]"""
    if ctx.cmtte == "C" or ctx.entity == "CTL":
        yield (ctx.cover_at("Cmtte_Type"),
               f"A committee controlled by a candidate cannot file Form "
               f"{ctx.form[1:]}.", "File a Form 460 for this period instead.")


@rule("GEN-ADR-001", severity="warning", scope="record", applies_to=CVR, forms=PERIODIC)
def street_not_po_box(r: Row) -> list[tuple[str, str, str]] | None:
    """The committee's street address is a physical address, not a P.O. box (a separate
    mailing address may be a P.O. box).
    Source: [M2-23-198013625-290]"""
    street = r.get("Filer_Adr1")
    if street and is_po_box(street):
        return r.say("Filer_Adr1", f"The committee's street address is a P.O. box "
                     f"({street}).", "Enter the street address; put the P.O. box in the "
                     "mailing address.")
    return None


@rule("GEN-ADR-002", severity="warning", scope="record", applies_to=CVR, forms=PERIODIC,
      owns=("Filer_Adr1", "Filer_City", "Filer_ST", "Filer_ZIP4"))
def committee_address_valid(r: Row) -> list[tuple[str, str, str]] | None:
    """The committee name, address, city, 2-letter state and ZIP are present; the ZIP code
    is valid and consistent with the state.
    Source: [M2-23-198013625-290][ISP-ERR]"""
    state = r.get("Filer_ST")
    if state and (len(state) != 2 or not state.isalpha()):
        return r.say("Filer_ST", f"State {state!r} is not a 2-letter state code.",
                     "Use the two-letter postal code, e.g. CA.")
    why = zip_problem(r.get("Filer_ZIP4"), state)
    if why:
        return r.say("Filer_ZIP4", f"The committee's {why}.", "Correct the ZIP code.")
    return None


@rule("GEN-TRS-001", severity="warning", scope="record", applies_to=CVR,
      forms=("F460", "F450", "F425"),
      owns=("Tres_NamL", "Tres_NamF", "Tres_Adr1", "Tres_City", "Tres_ST", "Tres_ZIP4"))
def treasurer_present(r: Row) -> list[tuple[str, str, str]] | None:
    """The treasurer's name, mailing address and phone are present; the assistant
    treasurer is optional.
    Source: [M2-23-198013625-290][ISP-410]"""
    if r.has("Tres_NamL") and "Tres_Phon" in r.ix and not r.has("Tres_Phon"):
        return r.say("Tres_Phon", "Treasurer's phone number is missing (cover page).",
                     "Enter the treasurer's phone number.")
    return None


@rule("GEN-TRS-002", severity="warning", scope="record", applies_to=CVR,
      forms=("F460", "F450", "F425"))
def emails_present(r: Row) -> list[tuple[str, str, str]] | None:
    """The treasurer's and the committee's email addresses are present (NetFile rejects a
    filing without them, and the SOS is moving to require them).
    Source: [ISP-NF]"""
    out = []
    if "File_Email" in r.ix and not r.has("File_Email"):
        out.append(("File_Email", "The committee's email address is missing (cover page).",
                    "Enter the committee's email address; local filing officers reject "
                    "filings without it."))
    if "Tres_Email" in r.ix and not r.has("Tres_Email"):
        out.append(("Tres_Email", "The treasurer's email address is missing (cover page).",
                    "Enter the treasurer's email address."))
    return out or None


def _signers(ctx: Ctx) -> dict[str, list[Row]]:
    out: dict[str, list[Row]] = {}
    for r in ctx.cvr3:
        out.setdefault(r.up("Entity_Cd"), []).append(r)
    return out


def _not_verified(ctx: Ctx, officers: tuple[str, ...], who: str) -> Iterator[Found]:
    if not any(_signers(ctx).get(code) for code in officers):
        yield (replace(ctx.statement_at("cover", "Sig_NamL"), signer=officers[0]),
               f"The statement is not verified: there is no signature of {who}.",
               "Have the treasurer verify the statement (name and date signed).")


@rule("GEN-VER-001", severity="error", scope="statement", forms=("F460", "F450", "F425"))
def verification_present(ctx: Ctx) -> Iterator[Found]:
    """Verification: the treasurer or assistant treasurer signs under penalty of perjury
    with the execution date; a controlled committee also carries the controlling
    candidate's, officeholder's or proponent's verification.
    Source: [BAKERSFIELD-460][FPPCADA-460][SOS-EFILING]"""
    yield from _not_verified(ctx, ("TRE", "ATR"), "the treasurer or assistant treasurer")


@rule("GEN-VER-001", severity="error", scope="statement", forms=("F461", "F465", "F401"),
      part=2)
def verification_by_officer(ctx: Ctx) -> Iterator[Found]:
    """Forms 461, 465 and 401: the responsible officer may verify instead of the
    treasurer or assistant treasurer.
    Source: [BAKERSFIELD-460][FPPCADA-460][SOS-EFILING]"""
    yield from _not_verified(ctx, ("OFF", "TRE", "ATR"),
                             "the treasurer or assistant treasurer")


@rule("GEN-VER-001", severity="error", scope="statement", forms=("F460",),
      when=lambda c: c.cmtte == "C", part=3)
def verification_by_candidate(ctx: Ctx) -> Iterator[Found]:
    """A candidate-controlled committee's Form 460 also carries the candidate's or
    officeholder's verification.
    Source: [BAKERSFIELD-460][FPPCADA-460][SOS-EFILING]"""
    if not _signers(ctx).get("CAO"):
        yield (replace(ctx.statement_at("cover", "Sig_NamL"), signer="CAO"),
               "A candidate-controlled committee's statement must also be "
               "verified by the candidate or officeholder; that signature is "
               "missing.", "Add the candidate's verification (name and date "
               "signed).")


@rule("GEN-VER-002", severity="warning", scope="record", applies_to=(("CVR3", "*"),),
      forms=("F460", "F450", "F425", "F461", "F465", "F401"))
def signed_before_period_end(r: Row) -> list[tuple[str, str, str]] | None:
    """An execution date earlier than the statement's "through" date is suspicious on a
    statement that reports a closed period (not on a Form 470, which covers the whole
    year and is filed early by design).
    Source: [INF]"""
    signed = r.get("Sig_Date")
    pt = r.ctx.pt
    if signed and pt and sdate(signed) and signed < pt:
        return r.say("Sig_Date", f"The statement was signed on {_d(signed)}, before the "
                     f"period ends ({_d(pt)}).",
                     "Sign the statement after the period closes.")
    return None


@rule("GEN-P5-001", severity="warning", scope="record", applies_to=CVR, forms=("F460",),
      when=lambda c: c.cmtte == "C",
      owns=("Office_Cd", "Offic_Dscr", "Juris_Cd", "Juris_Dscr", "Dist_No"))
def part5_candidate(r: Row) -> list[tuple[str, str, str]] | None:
    """Part 5 (controlled committee): candidate last and first name, office code (or
    description when "other"), sought/held flag, jurisdiction code (plus description for
    city, county, local or other), and district for Senate/Assembly/BOE.
    Source: [RAW-CAMP][ISP-LBL]"""
    if r.has("Office_Cd") and not r.has("Off_S_H_Cd"):
        return r.say("Off_S_H_Cd", "Part 5 does not say whether the office is sought or held "
                     "(cover page).", "Choose 'sought' or 'held'.")
    return None


_GEN_P5_002 = owner(
    "GEN-P5-002", severity="warning", forms=("F460",), doc="""Part 5 lists related
    committees not included in this statement with their name, ID number, treasurer and
    whether they are controlled; the check is the spec table's CVR2 conditions for
    committees (COM, CTL, RCP). Source: [ISP-LBL]""")


@rule("GEN-P6-001", severity="warning", scope="statement", forms=("F460",),
      when=lambda c: c.cmtte == "B" and c.flag1 == "Y")
def part6_measure(ctx: Ctx) -> Iterator[Found]:
    """Part 6: measure name, number or letter, jurisdiction, support/oppose; a controlled
    measure committee also names the controlling officeholder, candidate or proponent.
    The name/number/jurisdiction fields are the spec table's; this rule adds the
    controlling person. Source: [ISP-LBL][RAW-CAMP][ISP-WARN]"""
    if ctx.cover_get("Flag2_YN").upper() == "Y" and not any(
        r.up("Entity_Cd") in ("CAO", "PRO") for r in ctx.cvr2
    ):
        yield (ctx.cover_at("Flag2_YN"),
               "The committee is a controlled ballot measure committee, but Part "
               "6 does not name the controlling officeholder, candidate or "
               "proponent.", "Add the controlling person in Part 6.")


@rule("GEN-P7-001", severity="warning", scope="statement", forms=("F460",),
      when=lambda c: c.cmtte == "P")
def part7_candidates(ctx: Ctx) -> Iterator[Found]:
    """Part 7: each candidate or officeholder the committee was primarily formed for, with
    office (and district) and support/oppose.
    Source: [ISP-LBL][FPPCADA-460]"""
    named = bool(ctx.cand_last) or any(r.up("Entity_Cd") == "CAO" for r in ctx.cvr2)
    if not named:
        yield (ctx.cover_at("Cand_NamL"),
               "Part 7 does not name the candidate the committee is primarily "
               "formed for.", "Name the candidate(s), their office and whether "
               "the committee supports or opposes them.")


@rule("GEN-MULTI-001", severity="warning", scope="statement", forms=("F460",),
      when=lambda c: c.cmtte == "C")
def several_offices(ctx: Ctx) -> Iterator[Found]:
    """A candidate running for several offices may report them on one 460 only if raising
    and spending for one office; each office is listed with sought/held and the 460 is
    filed with every relevant filing officer.
    Source: [RWC-4]"""
    offices = {ctx.cover_office} - {""}
    last = ctx.cand_last.upper()
    for r in ctx.cvr2:
        if r.up("Entity_Cd") == "CAO" and r.up("Office_Cd") and (
            not last or r.up("Enty_NamL") == last
        ):
            offices.add(r.up("Office_Cd"))
    if len(offices) > 1:
        yield (ctx.cover_at("Office_Cd"),
               f"The statement lists the candidate for {len(offices)} offices "
               f"({', '.join(sorted(offices))}).",
               "One statement may cover several offices only when money is raised "
               "and spent for one of them; file it with each filing officer.")


@rule("CAL-009", severity="error", scope="record", applies_to=CVR, owns=("Report_Num",))
def report_number_format(r: Row) -> list[tuple[str, str, str]] | None:
    """REPORT_NUM is 000 for an original and 001-999 for amendments.
    Source: [RAW-CAMP][CALACCESS-HDR]"""
    value = r.get("Report_Num")
    if value and not (len(value) == 3 and ascii_digits(value)):
        return r.say("Report_Num", f"The amendment number {value!r} is not three digits.",
                     "Use 000 for an original statement, 001 for the first amendment, and "
                     "so on.")
    return None


@rule("CAL-010", severity="warning", scope="record", applies_to=CVR)
def entity_matches_filer(r: Row) -> list[tuple[str, str, str]] | None:
    """The CVR entity code agrees with the filer type (the SOS asks for the individual
    name fields when the cover says CAO).
    Source: [ISP-CONF]"""
    entity = r.up("Entity_Cd")
    if entity == "CAO" and "Filer_NamF" in r.ix and not r.has("Filer_NamF") and \
            r.ctx.cmtte != "C":
        return r.say("Filer_NamF", "The cover says the filer is a candidate or officeholder "
                     "(CAO) but gives no first name.",
                     "Enter the candidate's first name, or use the committee's entity code "
                     "(CTL, RCP, BMC).")
    ctype = r.ctx.cmtte
    if entity == "CTL" and ctype in ("G", "B") and r.ctx.form in PERIODIC:
        return r.say("Entity_Cd", "The cover says the filer is a controlled committee "
                     f"(CTL) but the committee type is {ctype}.",
                     "Make the entity code and the committee type agree.")
    return None


_EFS_001 = owner(
    "EFS-001", severity="warning", forms=("F460",), doc="""SOS warning on the F460 cover:
    "Candidate/Officeholder's last name is missing. Field: 49" (and first name 50, address
    53, city 55, state 56, ZIP 57). Meaningful only for committees controlled by a
    candidate, so the spec table asks for them only when Cmtte_Type is C.
    Source: [ISP-WARN][ISP-CONF]""")

_EFS_002 = owner(
    "EFS-002", severity="warning", forms=("F460",), doc="""SOS warning on the F460 cover:
    "Support/Oppose is missing. Field: 70". Meaningful only for primarily formed committees
    (Cmtte_Type P, or B that is primarily formed), so the spec table asks only them.
    Source: [ISP-WARN][ISP-CONF]""")


RULES = collect(globals())
