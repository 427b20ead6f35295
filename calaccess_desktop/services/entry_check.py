"""The check's own rules on the one entry being typed, before it is saved.

The entry form asks for the statement's facts once (``entry_context``: a snapshot
without its records), then each time a value changes runs the validation engine's
per-row check (``validate_records``) on the typed values alone. There is no second
copy of any rule here: what the form shows is what F5 and the filing check say.
"""

from __future__ import annotations

import dataclasses

from sqlalchemy import false
from sqlalchemy.orm import Session

from calaccess_desktop.cal.model import CalRecord
from calaccess_desktop.domain.snapshot import SnapRecord, StatementSnapshot
from calaccess_desktop.services.snapshots import build_snapshot
from calaccess_desktop.services.validation import rule_set
from calaccess_desktop.validation import Finding, validate_records

TYPED = -1  # the record id of an entry not saved yet (0 means the cover page)


def entry_context(session: Session, statement_id: int) -> StatementSnapshot:
    """The statement's facts (period, committee, history) without its records."""
    return build_snapshot(session, statement_id, records_where=false())


def typed_record(context: StatementSnapshot, rec_type: str, form_type: str,
                 fields: dict[str, str], record_id: int | None = None) -> SnapRecord:
    """The typed values as the record they would be saved as."""
    rec = CalRecord([rec_type.upper(), form_type.upper()], cvr_form=context.form_type)
    for name, value in fields.items():
        if value and rec.has_field(name):
            rec.set(name, value)
    return SnapRecord(tuple(rec.values), record_id or TYPED, 1, context.form_type)


def check_entry(context: StatementSnapshot, rec_type: str, form_type: str,
                fields: dict[str, str], record_id: int | None = None) -> list[Finding]:
    """What the check finds on this one entry (every record rule and spec check),
    errors first."""
    rec = typed_record(context, rec_type, form_type, fields, record_id)
    snapshot = dataclasses.replace(context, records=(rec,))
    found = validate_records(snapshot, [rec.record_id], rules=rule_set())
    return sorted(found, key=lambda f: f.severity != "error")
