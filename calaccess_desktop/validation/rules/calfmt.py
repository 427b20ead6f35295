"""Cal Format checks on the records themselves (form-rules.md §6.24): amounts, codes,
widths, Tran_IDs and parent references, per-election splits.

A .CAL file's own format problems (unreadable lines, wrong field counts, bad dates) are
found by ``cal.reader`` and reported as ``CAL-FMT-*`` findings by
``services.validation``; these rules check what a snapshot (from a file or the store)
holds.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import cache

from calaccess_desktop.cal.layouts import codes, fields_for
from calaccess_desktop.cal.values import check_amount
from calaccess_desktop.validation.checks import Issues
from calaccess_desktop.validation.context import Ctx, Plan, Row
from calaccess_desktop.validation.ruleset import Found, Rule, Screen, collect, rule

ALL = (("CVR", "*"), ("CVR2", "*"), ("CVR3", "*"), ("RCPT", "*"), ("EXPN", "*"), ("LOAN", "*"),
       ("DEBT", "*"), ("SPLT", "*"), ("TEXT", "*"), ("S496", "*"), ("S497", "*"),
       ("S498", "*"), ("S401", "*"), ("F495", "*"))  # SMRY amounts: F460-SUM-025
SPLT_PARENTS = frozenset({"A", "B1", "B2", "C", "D", "H", "F450P5"})
_AMOUNT_OK: dict[str, bool] = {}
_CODE = re.compile(r"\[([A-Z|]+)\]|\b([A-Z]{3})\s*-")


def _amount_ok(text: str) -> bool:
    ok = _AMOUNT_OK.get(text)
    if ok is None:
        ok = check_amount(text) is None
        if len(_AMOUNT_OK) < 100_000:
            _AMOUNT_OK[text] = ok
    return ok


def _rows_holding(rows: list[Row], i: int, wrong: Callable[[str], bool]) -> list[Row]:
    """The rows whose value at position ``i`` is wrong (each distinct value judged once)."""
    texts = rows[0].ctx.column(rows, i)
    bad = {text for text in set(texts) if text and wrong(text)}
    return [r for r, text in zip(rows, texts, strict=True) if text in bad] if bad else []


def _bad_amounts(rows: list[Row]) -> list[Row]:
    return [r for i in rows[0].plan.amounts
            for r in _rows_holding(rows, i, lambda text: not _amount_ok(text))]


@rule("CAL-002", severity="error", scope="record", applies_to=ALL, screen=_bad_amounts)
def amount_format(r: Row) -> Issues:
    """Monetary amounts use an explicit decimal point followed by 1 or 2 digits, no more;
    no commas or dollar signs (the SOS rejects them).
    Source: [CAL-220-VDOC]"""
    v = r.v
    out = None
    for i in r.plan.amounts:
        text = v[i]
        if text and not _amount_ok(text):
            spec = r.plan.fields[i]
            out = out or []
            out.append((spec.name, f"{r.label(spec.name)}: {check_amount(text)} "
                        f"({r.where()}).", "Write the amount as digits with a decimal point "
                        "and at most two decimals, e.g. 1234.50."))
    return out


def _fits(plan: Plan) -> Callable[[str], object]:
    """One regular expression per layout: every value (joined by NULs) within its width."""
    fits = plan.cache.get("fits")
    if fits is None:
        fits = plan.cache["fits"] = re.compile(
            "\x00".join(f"[^\x00]{{0,{m}}}" for m in plan.maxlens)).fullmatch
    return fits


def _too_wide(rows: list[Row]) -> list[Row]:
    """The rows with a value wider than its field, column by column: a column whose
    values together fit in the width needs no look at each (the blank ones)."""
    ctx, wide = rows[0].ctx, set[int]()
    for i, most in enumerate(rows[0].plan.maxlens):
        texts = ctx.column(rows, i)
        if len("".join(texts)) > most and max(map(len, texts)) > most:
            wide.update(k for k, text in enumerate(texts) if len(text) > most)
    return [rows[k] for k in sorted(wide)]


@rule("CAL-008", severity="warning", scope="record", applies_to=ALL, screen=_too_wide)
def widths(r: Row) -> Issues:
    """Text fields fit the CAL column widths (last or organization name 200, first name
    45, city 30, state 2, ZIP+4 10, occupation 60, employer 200 ...).
    Source: [RAW-CAMP][CAL-201]"""
    if _fits(r.plan)("\x00".join(r.v)) is not None:
        return None
    out = []
    for value, spec in zip(r.v, r.plan.fields, strict=False):
        if len(value) > spec.max_len:
            out.append((spec.name, f"{r.label(spec.name)} is {len(value)} characters long; "
                        f"at most {spec.max_len} fit ({r.where()}).", "Shorten it."))
    return out


@cache
def _allowed(rec_type: str, form_type: str, name: str) -> frozenset[str]:
    """Codes the spec allows in a code field: its code list plus codes its text names."""
    lists = {"Entity_Cd": {"CVR": "entity_cvr", "CVR2": "entity_cvr2", "CVR3": "entity_cvr3"}
             .get(rec_type, "entity_schedule"),
             "Office_Cd": "office", "Juris_Cd": "jurisdiction", "Off_S_H_Cd": "office_sought_held",
             "Tran_Type": "tran_type", "Elec_Code": "elec_code", "Item_Cd": "item_cvr2"}
    found: set[str] = set(codes(lists[name])) if name in lists else set()
    for spec in fields_for(rec_type, form_type):
        if spec.name == name:
            for group, single in _CODE.findall(spec.description):
                found.update(p for p in (group.split("|") if group else [single]) if p)
    if name == "Sup_Opp_Cd":
        found = {"S", "O"}
    if name == "G_From_E_F":
        found = {"E", "F"}
    return frozenset(found)


def _bad_code(r: Row, name: str) -> str:
    value = r.up(name)
    if not value or name not in r.ix:
        return ""
    allowed = _allowed(r.rec_type, r.form_type, name)
    return value if allowed and value not in allowed else ""


def _code_fields(r: Row, names: tuple[str, ...]) -> tuple[tuple[int, str, frozenset[str]], ...]:
    """(position, name, allowed codes) of a layout's code fields, worked out once."""
    found = r.plan.cache.get(names)
    if found is None:
        found = r.plan.cache[names] = tuple(
            (r.ix[n], n, _allowed(r.rec_type, r.form_type, n)) for n in names
            if n in r.ix and _allowed(r.rec_type, r.form_type, n)
        )
    return found


def _not_allowed(allowed: frozenset[str]) -> Callable[[str], bool]:
    return lambda value: value not in allowed and value.upper() not in allowed


def _codes_screen(names_of: Callable[[Row], tuple[str, ...]]) -> Screen:
    """A screen for code fields: the rows holding a code the field does not allow."""
    def screen(rows: list[Row]) -> list[Row]:
        return [r for i, _name, allowed in _code_fields(rows[0], names_of(rows[0]))
                for r in _rows_holding(rows, i, _not_allowed(allowed))]
    return screen


def _bad_codes(r: Row, names: tuple[str, ...]) -> list[tuple[str, str]]:
    out = []
    v = r.v
    for i, name, allowed in _code_fields(r, names):
        value = v[i]
        if value and value not in allowed and value.upper() not in allowed:
            out.append((name, value.upper()))
    return out


RX_ENTITY = (("CVR2", "*"), ("CVR3", "*"), ("S497", "*"))


@rule("CAL-003", severity="error", scope="record", applies_to=RX_ENTITY)
def entity_codes(r: Row) -> Issues:
    """Entity codes come from the published list for each record type (CVR2, CVR3 and
    Form 497 rows must carry one: the field is Rx, so an unknown code is rejected).
    Source: [RAW-CHOICES][CAL-ERRATA-201]"""
    bad = _bad_code(r, "Entity_Cd")
    if bad:
        allowed = ", ".join(sorted(_allowed(r.rec_type, r.form_type, "Entity_Cd")))
        return r.say("Entity_Cd", f"{bad!r} is not an entity code for this record "
                     f"({r.where()}).", f"Use one of {allowed}.")
    return None


OFFICE_CODES = ("Office_Cd", "Juris_Cd", "Off_S_H_Cd", "Sup_Opp_Cd")


@rule("CAL-004", severity="warning", scope="record", applies_to=ALL,
      screen=_codes_screen(lambda r: OFFICE_CODES))
def office_codes(r: Row) -> Issues:
    """The office code comes from the list (OTH needs a description); the jurisdiction
    code is one of STW, SEN, ASM, BOE, CIT, CTY, LOC, OTH; sought/held is S or H; support/
    oppose is S or O.
    Source: [RAW-CHOICES][RAW-CAMP]"""
    bad = _bad_codes(r, OFFICE_CODES)
    return [(name, f"{r.label(name)}: {value!r} is not one of the codes ({r.where()}).",
             f"Use one of {', '.join(sorted(_allowed(r.rec_type, r.form_type, name)))}.")
            for name, value in bad] or None


def _other_code_names(r: Row) -> tuple[str, ...]:
    names: tuple[str, ...] = ("Tran_Type", "G_From_E_F", "Item_Cd")
    if (r.rec_type, r.form_type) != ("RCPT", "A") and r.rec_type != "CVR2":
        names += ("Entity_Cd",)
    return names


@rule("CAL-CODE-001", severity="warning", scope="record",
      applies_to=(("CVR", "*"), ("RCPT", "*"), ("EXPN", "*"), ("LOAN", "*"), ("DEBT", "*"),
                  ("S498", "*"), ("CVR2", "*")), screen=_codes_screen(_other_code_names))
def other_codes(r: Row) -> Issues:
    """Other coded fields hold a code the spec defines: the schedules' entity codes (IND,
    COM, OTH, PTY, SCC, RCP), the cover's filer codes, transaction types (F, I, R, T, X),
    G_From_E_F (E or F) and the Form 410 item codes. Codes of Form 460 Schedule A are
    checked by F460-A-003, expense codes by the schedule rules.
    Source: [CAL-201][RAW-CHOICES]"""
    bad = _bad_codes(r, _other_code_names(r))
    return [(name, f"{r.label(name)}: {value!r} is not one of the codes ({r.where()}).",
             f"Use one of {', '.join(sorted(_allowed(r.rec_type, r.form_type, name)))}.")
            for name, value in bad] or None


def _ids_all_in_order(ctx: Ctx) -> bool:
    """Whether no Tran_ID repeats on one kind of record and every child's parent is
    there (CAL-006 then has nothing to say), read column by column."""
    ids: dict[tuple[str, str], list[str]] = {}
    parents: list[str] = []
    for rows in ctx.by_plan.values():
        plan = rows[0].plan
        at = plan.ix.get("Tran_ID")
        if at is not None:
            ids.setdefault((plan.rec_type, plan.form_type), []).extend(
                map(str.upper, filter(None, ctx.column(rows, at))))
        ref = plan.bakref_i if plan.rec_type != "SPLT" else plan.ix.get("Ptran_Id", -1)
        if ref >= 0:
            parents.extend(map(str.upper, filter(None, ctx.column(rows, ref))))
    every: set[str] = set()
    for same_kind in ids.values():
        distinct = set(same_kind)
        if len(distinct) != len(same_kind):
            return False
        every |= distinct
    return every.issuperset(parents)


@rule("CAL-006", severity="error", scope="schedule")
def tran_ids(ctx: Ctx) -> Iterator[Found]:
    """A TRAN_ID is unique within the filing (the same item may repeat on another schedule),
    and child records (sub-items, memos, SPLT) point to their parent's TRAN_ID.
    Source: [RAW-CAMP][CALACCESS-SPLT][NETFILE-API]"""
    if _ids_all_in_order(ctx):
        return
    for rows in ctx.tran_ids.values():
        if len(rows) < 2:
            continue
        seen: dict[tuple[str, str], Row] = {}
        for r in rows:
            key = (r.plan.rec_type, r.plan.form_type)
            if key in seen:
                yield (ctx.at(r.rec, "Tran_ID"),
                       f"Transaction ID {r.get('Tran_ID')!r} is used twice on "
                       f"{key[0]} {key[1]} ({r.where()}).",
                       "Give each item its own transaction ID.")
            seen.setdefault(key, r)
    for parent, children in ctx.children.items():
        if parent in ctx.tran_ids:
            continue
        for r in children:
            name = "Ptran_Id" if r.plan.rec_type == "SPLT" else "BakRef_TID"
            yield (ctx.at(r.rec, name),
                   f"This sub-item points at transaction {r.get(name)!r}, which is "
                   f"not in the statement ({r.where()}).",
                   "Point it at the item it belongs to, or remove the reference.")


@rule("CAL-007", severity="error", scope="record", applies_to=(("SPLT", "*"),))
def splits(r: Row) -> Issues:
    """Per-election amounts go in SPLT child records only for Schedules A, B1, B2, C, D, H
    and 450 Part 5, coded P, G, S or R.
    Source: [CALACCESS-SPLT][CAL-ERRATA-201]"""
    parent = r.up("Pform_Type")
    if parent and parent not in SPLT_PARENTS:
        return r.say("Pform_Type", f"Per-election amounts cannot be given for schedule "
                     f"{parent}.", "Only Schedules A, B1, B2, C, D, H and 450 Part 5 have "
                     "per-election amounts.")
    code = r.up("Elec_Code")
    if code and code not in ("P", "G", "S", "R"):
        return r.say("Elec_Code", f"{code!r} is not an election code.",
                     "Use P (primary), G (general), S (special) or R (runoff).")
    return None


def file_rule(rule_id: str, severity: str, doc: str) -> Rule:
    """A check made by the .CAL reader (reported by services.validation)."""
    return Rule(rule_id, severity, "statement", None, (), frozenset(), None, False, (), doc,
                rule_id)


_CAL_001 = file_rule(
    "CAL-001", "error", """The HDR record carries the CAL version, software name and
    version, and state code CA; only the SOS's current Cal Format version is accepted
    (checked by the .CAL reader). Source: [CALACCESS-HDR][SOS-FAQ-GEN]""")
_CAL_FMT_001 = file_rule(
    "CAL-FMT-001", "error", """The file can be read as a .CAL file: text, CSV, an HDR
    record first and the CVR record next. Source: [CAL-201]""")
_CAL_FMT_002 = file_rule(
    "CAL-FMT-002", "error", """Every record type and Form_Type is one the spec
    defines and this filing's form may contain (spec page 19-20 components).
    Source: [CAL-201]""")
_CAL_FMT_003 = file_rule(
    "CAL-FMT-003", "error", """Each record has exactly the number of fields its layout
    defines (spec page 6: count the delimiters). Source: [CAL-201]""")
_CAL_FMT_004 = file_rule(
    "CAL-FMT-004", "error", """Each value fits its field: CCYYMMDD dates, maximum
    length, no leading spaces, no double quotes or control characters, Y/N and X boxes.
    Source: [CAL-201]""")
_CAL_FMT_005 = file_rule(
    "CAL-FMT-005", "error", """A field the spec marks Rx is present (the SOS rejects
    the filing without it). The reader finds it; where the record is checked, the spec
    rule's plainer finding (SPEC-<REC>-<NN> or the catalog rule) replaces it.
    Source: [CAL-201]""")
_CAL_FMT_006 = file_rule(
    "CAL-FMT-006", "warning", """Records the app cannot read yet (lobbying forms) are
    skipped, and a CAL version other than 2.01 is read as 2.01. Source: [CAL-201]""")


RULES = collect(globals())
