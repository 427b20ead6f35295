"""Validation: rules as pure functions over a frozen statement snapshot.

``validate(snapshot)`` runs every rule; ``validate_records(snapshot, ids)`` re-checks
some rows while a treasurer types; ``blocking(findings)`` says whether filing is
blocked. Rules never touch the database or the GUI.
"""

from calaccess_desktop.validation import rules as _rules  # noqa: F401  (registers rules)
from calaccess_desktop.validation.engine import validate, validate_only, validate_records
from calaccess_desktop.validation.findings import Finding, Location, blocking

__all__ = ["Finding", "Location", "blocking", "validate", "validate_only", "validate_records"]
