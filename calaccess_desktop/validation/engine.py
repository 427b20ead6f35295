"""Run the rules over a frozen snapshot: a full check, or an incremental one for some rows.

Speed: a statement may hold 100,000 rows, and editing one row must re-check it while
the treasurer types. Everything that depends only on a record's layout is worked out
once per layout (a :class:`Plan`: field index, padding, the spec fields to check, the
record rules that apply), and once per statement for the committee (an
:class:`Active` plan). Per row the engine then pads the values once and runs only the
record rules of that layout; schedule, statement and across rules run once per
statement over indexes built lazily in :class:`~.context.Ctx`.
"""

from __future__ import annotations

import datetime as dt
import operator
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from calaccess_desktop.cal.layouts import FieldSpec
from calaccess_desktop.cal.model import layout_for
from calaccess_desktop.domain.snapshot import SnapRecord, StatementSnapshot
from calaccess_desktop.forms.applicability import cover_field_applies
from calaccess_desktop.validation import conditions, words
from calaccess_desktop.validation.conditions import NEVER, Need
from calaccess_desktop.validation.context import Ctx, Row, schedule_name
from calaccess_desktop.validation.findings import Finding, Location, blocking, sort_key
from calaccess_desktop.validation.registry import RULES, Rule, level_severity
from calaccess_desktop.validation.rules import server

__all__ = ["validate", "validate_records", "blocking", "Plan", "row_of"]

REQUIRED_LEVELS = ("Rx", "R", "Cx", "C")


@dataclass(slots=True)
class Plan:
    """What is known about every record of one layout."""

    rec_type: str
    form_type: str
    schedule: str
    fields: tuple[FieldSpec, ...]
    ix: dict[str, int]
    n: int
    pad: tuple[str, ...]
    amount_field: str
    spec: tuple[tuple[int, FieldSpec, conditions.Entry], ...]
    rules: tuple[Rule, ...]
    amounts: tuple[int, ...]  # positions of amount fields
    maxlens: tuple[int, ...]  # each field's maximum length
    memo_i: int  # position of Memo_Code (-1: none)
    bakref_i: int  # position of BakRef_TID (-1: none)
    cache: dict[Any, Any]  # per-layout facts rules work out once (code fields ...)


Check = tuple[int, FieldSpec, "Need | None", str, str]  # index, spec, need, rule id, severity


@dataclass(slots=True)
class Active:
    """A plan for one statement: spec checks resolved for the committee, rules switched on.

    ``take`` pulls every checked value out of a row in one C-level call, so a row whose
    required fields are all filled costs one ``all()``. Checks sharing a condition are
    grouped so the condition is evaluated at most once per row.
    """

    checks: tuple[Check, ...]
    take: Callable[[tuple[str, ...]], tuple[str, ...]]  # every checked value of a row
    always: tuple[int, ...]  # positions (in ``checks``) of unconditional checks
    always_take: Callable[[tuple[str, ...]], tuple[str, ...]]
    groups: tuple[tuple[Callable[[Row], bool], tuple[int, ...],
                        Callable[[tuple[str, ...]], tuple[str, ...]]], ...]
    rules: tuple[Rule, ...]
    unitemized_rules: tuple[Rule, ...]


_PLANS: dict[tuple[str, str, str, str], Plan] = {}


def _plan_key(values: tuple[str, ...], cvr_form: str) -> tuple[str, str, str, str]:
    rec = values[0]
    variant = values[16] if rec.upper() == "RCPT" and len(values) > 16 else ""
    if rec.upper() == "CVR" and len(values) > 40:
        variant = values[40]
    return (cvr_form, rec, values[1] if len(values) > 1 else "", variant)


def plan_for(values: tuple[str, ...], cvr_form: str) -> Plan:
    """The (cached) plan of a record's layout."""
    key = _plan_key(values, cvr_form)
    plan = _PLANS.get(key)
    if plan is None:
        plan = _PLANS[key] = _make_plan(values, cvr_form)
    return plan


def _make_plan(values: tuple[str, ...], cvr_form: str) -> Plan:
    fields = layout_for(values, cvr_form)
    rec_type = values[0].upper()
    form_type = values[1].upper() if len(values) > 1 else ""
    if rec_type == "CVR":
        form_type = form_type or cvr_form
    ix: dict[str, int] = {}
    for i, spec in enumerate(fields):
        ix.setdefault(spec.name, i)
    spec_checks = tuple(
        (i, spec, conditions.needs_for(rec_type, spec.name))
        for i, spec in enumerate(fields)
        if spec.level in REQUIRED_LEVELS
    )
    rules = tuple(
        r for r in RULES.values()
        if r.scope == "record" and r.fn is not None and r.matches(rec_type, form_type)
    )
    return Plan(
        rec_type, form_type, schedule_name(rec_type, form_type), fields, ix, len(fields),
        ("",) * len(fields), words.main_amount_field(rec_type, form_type), spec_checks, rules,
        tuple(i for i, f in enumerate(fields) if f.kind == "amount"),
        tuple(f.max_len for f in fields), ix.get("Memo_Code", -1), ix.get("BakRef_TID", -1),
        {},
    )


def _activate(plan: Plan, ctx: Ctx) -> Active:
    act: Active | None = ctx.active_plans.get(id(plan))
    if act is not None:
        return act
    checks = []
    for i, spec, entry in plan.spec:
        if plan.rec_type == "CVR" and not cover_field_applies(ctx.form, ctx.cmtte, spec.number):
            continue
        if entry:
            form = ctx.form if plan.rec_type in ("CVR", "CVR2", "CVR3") else plan.form_type
            need = conditions.pick(entry, form, ctx)
            if need is None or need.why == NEVER:
                continue
        elif spec.level.startswith("C"):
            continue  # a C/Cx field without a condition in the table is never required
        else:
            need = None
        rule_id = (need.rule if need else "") or f"SPEC-{plan.rec_type}-{spec.number:02d}"
        severity = (need.severity if need else "") or level_severity(spec.level)
        checks.append((i, spec, need, rule_id, severity))
    rules = tuple(r for r in plan.rules if ctx.rule_on(r.key))
    always = tuple(k for k, c in enumerate(checks) if c[2] is None or c[2].test is None)
    by_test: dict[int, tuple[Callable[[Row], bool], list[int]]] = {}
    for k, c in enumerate(checks):
        need = c[2]
        if need is not None and need.test is not None:
            by_test.setdefault(id(need.test), (need.test, []))[1].append(k)
    groups = tuple((test, tuple(ks), _taker([checks[k][0] for k in ks]))
                   for test, ks in by_test.values())
    act = Active(tuple(checks), _taker([c[0] for c in checks]), always,
                 _taker([checks[k][0] for k in always]), groups, rules,
                 tuple(r for r in rules if r.unitemized))
    ctx.active_plans[id(plan)] = act
    return act


def row_of(rec: SnapRecord, ctx: Ctx) -> Row:
    """A record as rules see it (values padded to the layout's field count)."""
    plan = plan_for(rec.values, ctx.form)
    v = rec.values
    if len(v) < plan.n:
        v = v + plan.pad[len(v):]
    return Row(rec, v, plan, ctx)


def _taker(indexes: list[int]) -> Callable[[tuple[str, ...]], tuple[str, ...]]:
    if not indexes:
        return lambda v: ()
    if len(indexes) == 1:
        i = indexes[0]
        return lambda v: (v[i],)
    return operator.itemgetter(*indexes)


def _spec_findings(row: Row, act: Active, out: list[Finding]) -> None:
    v = row.v
    if all(act.take(v)):
        return
    checks = act.checks
    if not all(act.always_take(v)):
        for k in act.always:
            if not v[checks[k][0]]:
                out.append(_missing(row, *checks[k][1:]))
    for test, ks, take in act.groups:
        if all(take(v)) or not test(row):
            continue
        for k in ks:
            if not v[checks[k][0]]:
                out.append(_missing(row, *checks[k][1:]))


def _missing(row: Row, spec: FieldSpec, need: Need | None, rule_id: str,
             severity: str) -> Finding:
    label = words.field_label(row.rec_type, row.form_type, spec)
    lower = words.lower_first(label)
    fix = f"Fill in {lower}" if lower.startswith("the ") else f"Enter the {lower}"
    if need is not None and need.why:
        fix += f" (required {need.why})"
    fix += "."
    if severity == "error":
        fix += " The Secretary of State rejects a filing without it."
    return Finding(rule_id, severity, _loc(row, spec.name),
                   f"{label} is missing ({row.where()}).", fix)


def _loc(row: Row, field_name: str) -> Location:
    rec = row.rec
    ctx = row.ctx
    tid = row.get("Tran_ID") if "Tran_ID" in row.ix else ""
    return Location(ctx.statement_id, row.plan.schedule, rec.record_id, tid, field_name,
                    rec.seq if ctx.is_file else 0)


def _run_record(row: Row, out: list[Finding]) -> None:
    act: Active = row.ctx.active_plans.get(id(row.plan)) or _activate(row.plan, row.ctx)
    start = len(out)
    if row.rec.itemized:
        _spec_findings(row, act, out)
        rules = act.rules
    else:
        rules = act.unitemized_rules
    spec_end = len(out)
    for r in rules:
        issues = r.fn(row)  # type: ignore[misc]
        if issues:
            for fld, message, fix in issues:
                out.append(Finding(r.id, r.severity, _loc(row, fld), message, fix))
    if spec_end > start and len(out) > spec_end:
        # A rule that says more about a missing field than "is missing" replaces it.
        said = {(f.rule_id, f.location.field) for f in out[spec_end:]}
        out[start:spec_end] = [f for f in out[start:spec_end]
                               if (f.rule_id, f.location.field) not in said]


def _cover_row(ctx: Ctx) -> Row | None:
    cover = ctx.snap.cover
    if not cover.values:
        return None
    return row_of(cover, ctx)


def validate(snapshot: StatementSnapshot, *, today: dt.date | None = None,
             is_file: bool = False) -> list[Finding]:
    """Every rule on one statement; findings sorted by location."""
    ctx = Ctx(snapshot, today=today, is_file=is_file)
    out: list[Finding] = []
    cover = _cover_row(ctx)
    if cover is not None:
        _run_record(cover, out)
    for row in ctx.rows:
        _run_record(row, out)
    for r in RULES.values():
        if r.scope != "record" and r.fn is not None and ctx.rule_on(r.key):
            out.extend(r.fn(ctx))
    return _sorted(out, snapshot)


def validate_only(snapshot: StatementSnapshot, rule_ids: Iterable[str], *,
                  today: dt.date | None = None) -> list[Finding]:
    """Some statement- and across-scope rules by id (every part of each, when it applies
    to this statement), sorted by location."""
    wanted = set(rule_ids)
    unknown = wanted - {r.id for r in RULES.values()}
    if unknown:
        raise KeyError(f"no such rule: {', '.join(sorted(unknown))}")
    ctx = Ctx(snapshot, today=today)
    out: list[Finding] = []
    for r in RULES.values():
        if r.id in wanted and r.scope != "record" and r.fn is not None and ctx.rule_on(r.key):
            out.extend(r.fn(ctx))
    return _sorted(out, snapshot)


def validate_records(snapshot: StatementSnapshot, record_ids: Iterable[int], *,
                     today: dt.date | None = None, is_file: bool = False) -> list[Finding]:
    """Record-scope rules (spec fields included) for some rows only; 0 is the cover."""
    wanted = set(record_ids)
    ctx = Ctx(snapshot, today=today, is_file=is_file)
    out: list[Finding] = []
    if 0 in wanted:
        cover = _cover_row(ctx)
        if cover is not None:
            _run_record(cover, out)
        wanted.discard(0)
    if wanted:
        for rec in snapshot.records:
            if rec.record_id in wanted and not rec.lump:
                _run_record(row_of(rec, ctx), out)
    return _sorted(out, snapshot)


def _sorted(findings: list[Finding], snapshot: StatementSnapshot) -> list[Finding]:
    unique = _without_echoes(list(dict.fromkeys(findings)))
    ids = {f.location.record_id for f in unique if f.location.record_id}
    seq = {r.record_id: r.seq for r in snapshot.records if r.record_id in ids} if ids else {}
    return sorted(unique, key=lambda f: sort_key(f, seq.get(f.location.record_id, 0)))


ECHOES = frozenset({"APP-SOS-001", "APP-SOS-002"})  # rules/server.py


def _without_echoes(findings: list[Finding]) -> list[Finding]:
    """Drop a server-gap finding (``ECHOES``) where another finding already speaks about
    the same field of the same record (an error, for a gap that rejects the filing), and
    join a record's remaining warnings in one."""
    if not any(f.rule_id in ECHOES for f in findings):
        return findings

    def spot(f: Finding) -> tuple[int, int, str, str]:
        return f.location.record_id, f.location.line, f.location.schedule, f.location.field

    spoken = {spot(f) for f in findings if f.rule_id not in ECHOES}
    errors = {spot(f) for f in findings if f.rule_id not in ECHOES and f.severity == "error"}
    out: list[Finding] = []
    notices: dict[tuple[int, int, str], list[Finding]] = {}
    for f in findings:
        if f.rule_id not in ECHOES:
            out.append(f)
        elif f.rule_id == "APP-SOS-002":  # the SOS rejects: only an error says as much
            if spot(f) not in errors:
                out.append(f)
        elif spot(f) not in spoken:
            notices.setdefault(spot(f)[:3], []).append(f)
    return out + [server.combine(group) for group in notices.values()]


def rules_for(snapshot: StatementSnapshot) -> list[Rule]:
    """The registered rules that would run on this statement (for documentation/UI)."""
    ctx = Ctx(snapshot)
    return [r for r in RULES.values() if ctx.rule_on(r.key)]
