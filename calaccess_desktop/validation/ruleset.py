"""Rules as values: ``@rule(id, severity=, scope=, ...)`` marks a function, ``collect``
gathers a module's rules, and a :class:`RuleSet` is the explicit set ``validate`` runs.

Scopes:
- ``record``: called once per row with a :class:`~.context.Row`; returns ``None`` or a
  list of issues ``(field, message, fix)``. Must be cheap (it runs for every row) and
  must look only at that row and the statement-level facts of ``row.ctx``.
- ``schedule``, ``statement``, ``across``: called once per statement with the
  :class:`~.context.Ctx`; yield ``(Location, message, fix)``. ``across`` rules compare
  with the committee's other statements (``snapshot.history``).

A record rule may also give a ``screen``: given every row of one layout in a statement,
it returns the rows on which the rule could say anything (a superset, found column by
column: a set of distinct values checked once each). A full check then runs the rule only
on those rows; the check of a few rows runs it on each.

The engine stamps the rule's id and severity on every issue, so a rule body never names
its own id. ``applies_to`` lists ``(rec_type, form_type)`` pairs a record rule runs on
(``"*"``: any Form_Type); ``forms`` limits any rule to filings of those CVR forms.
``when`` is an optional predicate on the context (committee type, statement type ...),
evaluated once per statement. Each rule's docstring states the rule and ends with
``Source: [...]``. Nothing here is global: decorating a function only attaches its
:class:`Rule` (``fn.__rule__``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Any

from calaccess_desktop.validation.findings import ERROR, SEVERITIES, WARNING, Location

if TYPE_CHECKING:
    from calaccess_desktop.validation.context import Ctx, Row

SCOPES = ("record", "schedule", "statement", "across")
Issue = tuple[str, str, str]  # a record rule's (field, message, fix)
Found = tuple[Location, str, str]  # any other rule's (where, message, fix)
# A record rule's screen: the rows of one layout it could report on, out of all of them.
Screen = Callable[[list["Row"]], Iterable["Row"]]


@dataclass(frozen=True, slots=True)
class Rule:
    """One rule: its id, severity, scope, check and where it applies."""

    id: str
    severity: str
    scope: str
    fn: Callable[..., Any] | None
    applies_to: tuple[tuple[str, str], ...] = ()
    forms: frozenset[str] = frozenset()
    when: Callable[[Ctx], bool] | None = None
    unitemized: bool = False  # record rules: also run on rows not itemized
    owns: tuple[str, ...] = ()  # spec fields whose "missing" check this rule reports
    doc: str = ""
    key: str = ""  # the id, or "<id>#<part>" for a rule's further check
    part: int = 1
    screen: Screen | None = None  # record rules: the rows it could speak about

    @property
    def title(self) -> str:
        """First sentence of the docstring."""
        text = " ".join(self.doc.split())
        return text.split(". ")[0].rstrip(".") + "." if text else ""

    @property
    def source(self) -> str:
        """The source keys the docstring cites after 'Source:'."""
        _, _, src = self.doc.partition("Source:")
        return " ".join(src.split())

    def matches(self, rec_type: str, form_type: str) -> bool:
        """Whether a record rule runs on records of this type and schedule."""
        return any(
            rt == rec_type and (ft == "*" or ft == form_type) for rt, ft in self.applies_to
        )


def rule(rule_id: str, *, severity: str, scope: str,
         applies_to: Iterable[tuple[str, str]] = (), forms: Iterable[str] = (),
         when: Callable[[Ctx], bool] | None = None, unitemized: bool = False,
         owns: Iterable[str] = (), part: int = 1, screen: Screen | None = None
         ) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Mark the decorated function as rule ``rule_id`` (``part`` > 1: a further check of
    the same rule in another scope, e.g. a record check plus a schedule check)."""
    _check(rule_id, severity, scope)
    key = rule_id if part == 1 else f"{rule_id}#{part}"

    def deco(fn: Callable[..., Any]) -> Callable[..., Any]:
        if not fn.__doc__ or "Source:" not in fn.__doc__:
            raise ValueError(f"rule {rule_id} needs a docstring ending with 'Source: ...'")
        fn.__rule__ = Rule(  # type: ignore[attr-defined]
            rule_id, severity, scope, fn, tuple(applies_to), frozenset(forms), when,
            unitemized, tuple(owns), fn.__doc__, key, part, screen,
        )
        return fn

    return deco


def owner(rule_id: str, *, severity: str, doc: str, forms: Iterable[str] = ()) -> Rule:
    """A rule whose only check is the spec table (the fields it owns there)."""
    _check(rule_id, severity, "record")
    return Rule(rule_id, severity, "record", None, (), frozenset(forms), None, False, (),
                doc, rule_id)


def _check(rule_id: str, severity: str, scope: str) -> None:
    if severity not in SEVERITIES:
        raise ValueError(f"{rule_id}: severity must be one of {SEVERITIES}")
    if scope not in SCOPES:
        raise ValueError(f"{rule_id}: scope must be one of {SCOPES}")


def collect(namespace: Mapping[str, Any]) -> tuple[Rule, ...]:
    """The rules a module defines, in definition order: ``RULES = collect(globals())``.

    Takes the functions marked with ``@rule`` that the module itself defines (not ones it
    imports) and the :class:`Rule` values it assigns (``owner(...)``)."""
    module = namespace.get("__name__")
    out: list[Rule] = []
    for value in list(namespace.values()):
        if isinstance(value, Rule):
            out.append(value)
        elif callable(value) and getattr(value, "__module__", None) == module:
            r = getattr(value, "__rule__", None)
            if isinstance(r, Rule):
                out.append(r)
    return tuple(out)


class RuleSet:
    """An explicit, ordered set of rules (built once; lookups cached)."""

    def __init__(self, rules: Iterable[Rule]) -> None:
        by_key: dict[str, Rule] = {}
        for r in rules:
            if r.key in by_key:
                raise ValueError(f"rule {r.key} is in the rule set twice")
            if r.part > 1:
                first = by_key.get(r.id)
                if first is None:
                    raise ValueError(f"rule {r.id}: part 1 must come before part {r.part}")
                if first.severity != r.severity:
                    raise ValueError(f"rule {r.id}: every part has the rule's severity")
            by_key[r.key] = r
        self.rules: tuple[Rule, ...] = tuple(by_key.values())
        self.by_key: dict[str, Rule] = by_key

    @classmethod
    def of(cls, *groups: Iterable[Rule]) -> RuleSet:
        """One set from several groups (a module's ``RULES``, a form's rules ...)."""
        return cls(r for g in groups for r in g)

    def extend(self, *groups: Iterable[Rule]) -> RuleSet:
        """A new set: these rules, then the groups'."""
        return RuleSet.of(self.rules, *groups)

    def without(self, rule_ids: Iterable[str]) -> RuleSet:
        """A new set without these rules (every part of each)."""
        drop = frozenset(rule_ids)
        return RuleSet(r for r in self.rules if r.id not in drop)

    def __len__(self) -> int:
        return len(self.rules)

    def __iter__(self) -> Any:
        return iter(self.rules)

    def __contains__(self, rule_id: object) -> bool:
        return rule_id in self.by_key

    def get(self, rule_id: str) -> Rule | None:
        """The rule (its first part) with this id, or None."""
        return self.by_key.get(rule_id)

    def __getitem__(self, rule_id: str) -> Rule:
        return self.by_key[rule_id]

    @cached_property
    def ids(self) -> frozenset[str]:
        """Every rule id in the set."""
        return frozenset(r.id for r in self.rules)

    @cached_property
    def checks(self) -> tuple[Rule, ...]:
        """Schedule, statement and across rules with a check, in order."""
        return tuple(r for r in self.rules if r.scope != "record" and r.fn is not None)

    @cached_property
    def _record(self) -> dict[tuple[str, str], tuple[Rule, ...]]:
        return {}

    def record_rules(self, rec_type: str, form_type: str) -> tuple[Rule, ...]:
        """Record rules with a check that run on this kind of record (cached)."""
        cache = self._record
        found = cache.get((rec_type, form_type))
        if found is None:
            found = cache[(rec_type, form_type)] = tuple(
                r for r in self.rules
                if r.scope == "record" and r.fn is not None and r.matches(rec_type, form_type))
        return found

    def catalog(self) -> dict[str, Rule]:
        """One entry per rule id (its first part), for documentation."""
        return {r.id: r for r in self.rules if r.key == r.id}


def level_severity(level: str) -> str:
    """Rx/Cx: the SOS rejects the filing (error); R/C: it accepts it (warning)."""
    return ERROR if level.endswith("x") else WARNING
