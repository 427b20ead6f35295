"""Validation: rules as pure functions over a frozen statement snapshot.

``validate(snapshot, rules=...)`` runs a rule set (``rules.DEFAULT``, the built-in rules,
unless told otherwise); ``validate_records(snapshot, ids)`` re-checks some rows while a
treasurer types; ``blocking(findings)`` says whether filing is blocked. Rules never
touch the database or the GUI; form packages write theirs with :mod:`.api`.
"""

from calaccess_desktop.validation.engine import validate, validate_only, validate_records
from calaccess_desktop.validation.findings import Finding, Location, blocking
from calaccess_desktop.validation.rules import DEFAULT
from calaccess_desktop.validation.ruleset import RuleSet

__all__ = ["DEFAULT", "Finding", "Location", "RuleSet", "blocking", "validate",
           "validate_only", "validate_records"]
