"""Run the rules over a frozen snapshot: a full check, or an incremental one for some rows.

Speed: a statement may hold 100,000 rows, and editing one row must re-check it while
the treasurer types. Everything that depends only on a record's layout is worked out
once per layout (a :class:`~.context.Plan`: field index, padding, the spec fields to
check), and once per statement for the committee and the rule set (an :class:`Active`
plan: the spec checks that apply, the record rules switched on). Per row the engine then
pads the values once and runs only the record rules of that layout; in a full check a rule
with a ``screen`` runs only on the rows its screen picks out of the layout's rows (the
others would give nothing: ``ruleset``). Schedule, statement
and across rules run once per statement over indexes built lazily in
:class:`~.context.Ctx`. The rule set is a value (``rules=``, :class:`~.ruleset.RuleSet`);
the engine stamps each rule's id and severity on what it reports.

A full check also screens the required-field checks column by column (``spec_screen``):
only the rows that may miss a required field are checked row by row, and a row that no
screen picked and whose layout has no unscreened rule is not visited at all. With
``screen=False`` every rule and every required-field check runs on every row: the
reference the screens are tested against (tests/speed/test_full_check.py). Automatic
garbage collection is paused during a check (``gc_pause``): it holds no cycles, and
walking a 100,000-row snapshot again and again cost a third of the time.
"""

from __future__ import annotations

import datetime as dt
import operator
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from calaccess_desktop.cal.layouts import FieldSpec
from calaccess_desktop.domain.snapshot import StatementSnapshot
from calaccess_desktop.forms.applicability import cover_field_applies
from calaccess_desktop.gc_pause import gc_paused
from calaccess_desktop.validation import conditions, words
from calaccess_desktop.validation.conditions import NEVER, Need
from calaccess_desktop.validation.context import Ctx, Plan, Row, row_of
from calaccess_desktop.validation.findings import Finding, Location, blocking, sort_key
from calaccess_desktop.validation.rules import DEFAULT, server
from calaccess_desktop.validation.ruleset import Rule, RuleSet, level_severity
from calaccess_desktop.validation.spec_screen import spec_candidates

__all__ = ["validate", "validate_records", "validate_only", "blocking", "rules_for",
           "CHUNK", "Step"]

REQUIRED_LEVELS = ("Rx", "R", "Cx", "C")
CHUNK = 2000  # rows checked between two calls of ``step``
Step = Callable[[int, int], None]  # (steps done, steps in all); may raise to stop the check
SpecCheck = tuple[int, FieldSpec, conditions.Entry]


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
    plain: tuple[Rule, ...]  # ``rules`` without the screened ones
    plain_unitemized: tuple[Rule, ...]


class Run:
    """One validation: the context, the rule set and which rules are on (cached)."""

    __slots__ = ("ctx", "rules", "_on", "picked", "spec_picked")

    def __init__(self, ctx: Ctx, rules: RuleSet) -> None:
        self.ctx = ctx
        self.rules = rules
        self._on: dict[str, bool] = {}
        # Full check: ids of the rows some screen picked (they run every rule); the other
        # rows run only the unscreened rules. None: every row runs every rule.
        self.picked: set[int] | None = None
        # Full check: ids of the rows that may miss a required field (``spec_screen``);
        # None: every row is checked.
        self.spec_picked: set[int] | None = None

    def on(self, r: Rule) -> bool:
        """Whether a rule's ``forms``/``when`` let it run on this statement."""
        on = self._on.get(r.key)
        if on is None:
            ctx = self.ctx
            on = self._on[r.key] = (not r.forms or ctx.form in r.forms) and (
                r.when is None or r.when(ctx))
        return on

    def check(self, r: Rule, out: list[Finding]) -> None:
        """Run one schedule/statement/across rule; stamp its id and severity."""
        if r.fn is not None and self.on(r):
            rid, sev = r.id, r.severity
            out.extend(Finding(rid, sev, loc, message, fix) for loc, message, fix in r.fn(self.ctx))


def _spec_of(plan: Plan) -> tuple[SpecCheck, ...]:
    """The layout's required fields with their entries in the conditions table."""
    spec: tuple[SpecCheck, ...] | None = plan.cache.get(_spec_of)
    if spec is None:
        spec = plan.cache[_spec_of] = tuple(
            (i, f, conditions.needs_for(plan.rec_type, f.name))
            for i, f in enumerate(plan.fields) if f.level in REQUIRED_LEVELS)
    return spec


def _activate(plan: Plan, run: Run) -> Active:
    ctx = run.ctx
    act: Active | None = ctx.active_plans.get(id(plan))
    if act is not None:
        return act
    checks = []
    for i, spec, entry in _spec_of(plan):
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
    rules = tuple(r for r in run.rules.record_rules(plan.rec_type, plan.form_type)
                  if run.on(r))
    always = tuple(k for k, c in enumerate(checks) if c[2] is None or c[2].test is None)
    by_test: dict[int, tuple[Callable[[Row], bool], list[int]]] = {}
    for k, c in enumerate(checks):
        need = c[2]
        if need is not None and need.test is not None:
            by_test.setdefault(id(need.test), (need.test, []))[1].append(k)
    groups = tuple((test, tuple(ks), _taker([checks[k][0] for k in ks]))
                   for test, ks in by_test.values())
    unitemized = tuple(r for r in rules if r.unitemized)
    act = Active(tuple(checks), _taker([c[0] for c in checks]), always,
                 _taker([checks[k][0] for k in always]), groups, rules, unitemized,
                 tuple(r for r in rules if r.screen is None),
                 tuple(r for r in unitemized if r.screen is None))
    ctx.active_plans[id(plan)] = act
    return act


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
    if severity == "error":  # the committee's own filing officer (the SOS by default)
        officer = row.ctx.snap.officer_name
        fix += f" {officer[:1].upper()}{officer[1:]} rejects a filing without it."
    return Finding(rule_id, severity, _loc(row, spec.name),
                   f"{label} is missing ({row.where()}).", fix)


def _loc(row: Row, field_name: str) -> Location:
    rec = row.rec
    ctx = row.ctx
    tid = row.get("Tran_ID") if "Tran_ID" in row.ix else ""
    return Location(ctx.statement_id, row.plan.schedule, rec.record_id, tid, field_name,
                    rec.seq if ctx.is_file else 0,
                    label=row.label(field_name) if field_name else "")


def _pick(run: Run) -> set[int]:
    """Ids of the rows a screened rule could report on (``Run.picked``)."""
    picked: set[int] = set()
    for group in run.ctx.by_plan.values():
        act = _activate(group[0].plan, run)
        screens = {r.screen for r in act.rules if r.screen is not None}  # shared: once
        for screen in screens:
            picked.update(map(id, screen(group)))
    return picked


def _spec_pick(run: Run) -> set[int]:
    """Ids of the rows that may miss a required field (``Run.spec_picked``)."""
    picked: set[int] = set()
    ctx = run.ctx
    for group in ctx.by_plan.values():
        plan = group[0].plan
        act = _activate(plan, run)
        if not act.checks:
            continue
        checks = act.checks
        found = spec_candidates(
            group, ctx.columns(plan), [checks[k][0] for k in act.always],
            [(test, [checks[k][0] for k in ks]) for test, ks, _take in act.groups])
        picked.update(id(group[k]) for k in found)
    return picked


def _to_visit(run: Run, rows: list[Row]) -> list[int]:
    """Positions (in ``rows``) of the rows a screened full check must visit, in order:
    those a screen picked, and every row of a layout with a rule no screen covers."""
    assert run.picked is not None and run.spec_picked is not None
    picked = run.picked | run.spec_picked
    busy = set()
    for group in run.ctx.by_plan.values():
        act = _activate(group[0].plan, run)
        if act.plain or act.plain_unitemized:
            busy.add(id(group[0].plan))
    return [k for k, r in enumerate(rows) if id(r.plan) in busy or id(r) in picked]


def _run_record(row: Row, run: Run, out: list[Finding]) -> None:
    act: Active = row.ctx.active_plans.get(id(row.plan)) or _activate(row.plan, run)
    start = len(out)
    every = run.picked is None or id(row) in run.picked
    if row.rec.itemized:
        if run.spec_picked is None or id(row) in run.spec_picked:
            _spec_findings(row, act, out)
        rules = act.rules if every else act.plain
    else:
        rules = act.unitemized_rules if every else act.plain_unitemized
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


def validate(snapshot: StatementSnapshot, *, rules: RuleSet = DEFAULT,
             today: dt.date | None = None, is_file: bool = False,
             step: Step | None = None, chunk: int = CHUNK,
             screen: bool = True) -> list[Finding]:
    """Every rule of ``rules`` on one statement; findings sorted by location.

    With ``step``, the check runs in steps (the cover, the rows ``chunk`` at a time, then
    each statement-level rule) and ``step(done, total)`` is called after each; it may
    raise to stop the check. ``screen=False``: no screens, every check on every row (the
    reference; the same findings, slower)."""
    ctx = Ctx(snapshot, today=today, is_file=is_file)
    with gc_paused():
        try:
            return _validate(Run(ctx, rules), step, chunk, screen)
        finally:
            ctx.close()


def _validate(run: Run, step: Step | None, chunk: int, screen: bool) -> list[Finding]:
    rules, snapshot = run.rules, run.ctx.snap
    ctx = run.ctx
    out: list[Finding] = []
    cover = _cover_row(ctx)
    if cover is not None:
        _run_record(cover, run, out)
    rows = ctx.rows
    if screen:
        run.picked = _pick(run)
        run.spec_picked = _spec_pick(run)
        visit = _to_visit(run, rows)
    else:
        visit = list(range(len(rows)))
    if step is None:
        for k in visit:
            _run_record(rows[k], run, out)
        for r in rules.checks:
            run.check(r, out)
        return _sorted(out, snapshot)
    checks = rules.checks
    total = 1 + max(1, -(-len(rows) // chunk)) + len(checks)
    done = 1
    step(done, total)
    # Steps count the statement's rows (progress reads as rows checked); the rows visited
    # in each step are those of its slice the screens left in.
    at = 0
    for begin in range(0, max(len(rows), 1), chunk):
        end = begin + chunk
        while at < len(visit) and visit[at] < end:
            _run_record(rows[visit[at]], run, out)
            at += 1
        done += 1
        step(done, total)
    for r in checks:
        run.check(r, out)
        done += 1
        step(done, total)
    return _sorted(out, snapshot)


def validate_only(snapshot: StatementSnapshot, rule_ids: Iterable[str], *,
                  rules: RuleSet = DEFAULT, today: dt.date | None = None) -> list[Finding]:
    """Some statement- and across-scope rules by id (every part of each, when it applies
    to this statement), sorted by location."""
    wanted = set(rule_ids)
    unknown = wanted - rules.ids
    if unknown:
        raise KeyError(f"no such rule: {', '.join(sorted(unknown))}")
    run = Run(Ctx(snapshot, today=today), rules)
    out: list[Finding] = []
    for r in rules.checks:
        if r.id in wanted:
            run.check(r, out)
    return _sorted(out, snapshot)


def validate_records(snapshot: StatementSnapshot, record_ids: Iterable[int], *,
                     rules: RuleSet = DEFAULT, today: dt.date | None = None,
                     is_file: bool = False) -> list[Finding]:
    """Record-scope rules (spec fields included) for some rows only; 0 is the cover."""
    wanted = set(record_ids)
    run = Run(Ctx(snapshot, today=today, is_file=is_file), rules)
    out: list[Finding] = []
    if 0 in wanted:
        cover = _cover_row(run.ctx)
        if cover is not None:
            _run_record(cover, run, out)
        wanted.discard(0)
    if wanted:
        for rec in snapshot.records:
            if rec.record_id in wanted and not rec.lump:
                _run_record(row_of(rec, run.ctx), run, out)
    return _sorted(out, snapshot)


def _sorted(findings: list[Finding], snapshot: StatementSnapshot) -> list[Finding]:
    unique = _without_echoes(list(dict.fromkeys(findings)), snapshot)
    ids = {f.location.record_id for f in unique if f.location.record_id}
    seq = {r.record_id: r.seq for r in snapshot.records if r.record_id in ids} if ids else {}
    return sorted(unique, key=lambda f: sort_key(f, seq.get(f.location.record_id, 0)))


ECHOES = frozenset({"APP-SOS-001", "APP-SOS-002"})  # rules/server.py


def _without_echoes(findings: list[Finding], snapshot: StatementSnapshot) -> list[Finding]:
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
    system = server.system_of(snapshot)
    return out + [server.combine(group, system) for group in notices.values()]


def rules_for(snapshot: StatementSnapshot, rules: RuleSet = DEFAULT) -> list[Rule]:
    """The rules of ``rules`` that would run on this statement (for documentation/UI)."""
    run = Run(Ctx(snapshot), rules)
    return [r for r in rules if run.on(r)]
