"""The rule registry: ``@rule(id, severity=, scope=, applies_to=)`` on small pure functions.

Scopes:
- ``record``: called once per row with a :class:`~.context.Row`; returns ``None`` or a
  list of issues ``(field, message, fix)``. Must be cheap (it runs for every row) and
  must look only at that row and the statement-level facts of ``row.ctx``.
- ``schedule``, ``statement``, ``across``: called once per statement with the
  :class:`~.context.Ctx`; yield :class:`~.findings.Finding` objects. ``across`` rules
  compare with the committee's other statements (``snapshot.history``).

``applies_to`` lists ``(rec_type, form_type)`` pairs a record rule runs on (``"*"``: any
Form_Type); ``forms`` limits any rule to filings of those CVR forms. ``when`` is an
optional predicate on the context (committee type, statement type ...), evaluated once
per statement. Each rule's docstring states the rule and ends with ``Source: [...]``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from calaccess_desktop.validation.findings import ERROR, SEVERITIES, WARNING

if TYPE_CHECKING:
    from calaccess_desktop.validation.context import Ctx

SCOPES = ("record", "schedule", "statement", "across")
Issue = tuple[str, str, str]  # (field, message, fix)


@dataclass(frozen=True, slots=True)
class Rule:
    """One registered rule."""

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
    key: str = ""  # registry key: the id, or "<id>#<part>" for a rule's second check

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


RULES: dict[str, Rule] = {}


def rule(rule_id: str, *, severity: str, scope: str,
         applies_to: Iterable[tuple[str, str]] = (), forms: Iterable[str] = (),
         when: Callable[[Ctx], bool] | None = None, unitemized: bool = False,
         owns: Iterable[str] = (), part: int = 1
         ) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Register the decorated function as rule ``rule_id`` (``part`` > 1: a further check
    of the same rule in another scope, e.g. a record check plus a schedule check)."""
    if severity not in SEVERITIES:
        raise ValueError(f"{rule_id}: severity must be one of {SEVERITIES}")
    if scope not in SCOPES:
        raise ValueError(f"{rule_id}: scope must be one of {SCOPES}")

    key = rule_id if part == 1 else f"{rule_id}#{part}"

    def deco(fn: Callable[..., Any]) -> Callable[..., Any]:
        if key in RULES:
            raise ValueError(f"rule {key} registered twice")
        if part > 1 and RULES.get(rule_id) is None:
            raise ValueError(f"rule {rule_id}: register part 1 first")
        if part > 1 and RULES[rule_id].severity != severity:
            raise ValueError(f"rule {rule_id}: every part has the rule's severity")
        if not fn.__doc__ or "Source:" not in fn.__doc__:
            raise ValueError(f"rule {rule_id} needs a docstring ending with 'Source: ...'")
        RULES[key] = Rule(
            rule_id, severity, scope, fn, tuple(applies_to), frozenset(forms), when,
            unitemized, tuple(owns), fn.__doc__, key,
        )
        return fn

    return deco


def owner(rule_id: str, *, severity: str, doc: str, forms: Iterable[str] = ()) -> None:
    """Register a rule whose only check is the spec table (fields it owns there)."""
    if rule_id in RULES:
        raise ValueError(f"rule {rule_id} registered twice")
    RULES[rule_id] = Rule(rule_id, severity, "record", None, (), frozenset(forms), None,
                          False, (), doc, rule_id)


def catalog_rules() -> dict[str, Rule]:
    """One entry per rule id (first part), for documentation."""
    return {r.id: r for r in RULES.values() if r.key == r.id}


def level_severity(level: str) -> str:
    """Rx/Cx: the SOS rejects the filing (error); R/C: it accepts it (warning)."""
    return ERROR if level.endswith("x") else WARNING
