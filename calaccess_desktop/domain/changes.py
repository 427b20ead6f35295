"""What changed between two versions of a statement (a filed one and its amendment).

Pure functions over snapshots: records are matched by record type, schedule and
Tran_ID (which never change once assigned, and an amendment keeps them), so an
edited contribution shows as "changed" with the fields that differ, not as one
removed and one added. Records without a Tran_ID match only when identical.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from calaccess_desktop.domain.snapshot import SnapRecord

# Cover fields an amendment changes by its nature: not worth showing as changes.
AMENDMENT_COVER_FIELDS = frozenset(
    {"rpt_date", "report_num", "amendexp_1", "amendexp_2", "amendexp_3"}
)


@dataclass(frozen=True, slots=True)
class FieldChange:
    """One field whose value differs (``number`` is the spec's field number)."""

    number: int
    name: str
    before: str
    after: str


@dataclass(frozen=True, slots=True)
class RecordChange:
    """A record added, removed or changed. ``record`` is the new version (the old one
    for a removed record)."""

    kind: str  # 'added', 'removed' or 'changed'
    record: SnapRecord
    fields: tuple[FieldChange, ...] = ()

    @property
    def key(self) -> str:
        """'RCPT A A12': record type, schedule and Tran_ID."""
        return " ".join(v for v in (self.record.rec_type, self.record.form_type,
                                    self.record.tran_id) if v)


def field_changes(before: SnapRecord, after: SnapRecord,
                  skip: Iterable[str] = ()) -> tuple[FieldChange, ...]:
    """Fields of ``after`` whose values differ from ``before`` (by field name, so two
    layouts of the same record type compare correctly)."""
    skipped = {s.lower() for s in skip}
    numbers = {f.name: f.number for f in (*before.fields, *after.fields)}
    out = []
    for name in numbers:
        if name.lower() in skipped:
            continue
        old, new = before.get(name), after.get(name)
        if old != new:
            out.append(FieldChange(numbers[name], name, old, new))
    return tuple(out)


def _key(rec: SnapRecord) -> tuple[str, ...]:
    tid = rec.tran_id.upper()
    if tid:
        return (rec.rec_type, rec.form_type, tid)
    return (rec.rec_type, rec.form_type, "", *rec.values)


def record_changes(before: Sequence[SnapRecord],
                   after: Sequence[SnapRecord]) -> tuple[RecordChange, ...]:
    """Added, changed and removed records, in the new version's order (removed last)."""
    old: dict[tuple[str, ...], list[SnapRecord]] = {}
    for rec in before:
        old.setdefault(_key(rec), []).append(rec)
    out: list[RecordChange] = []
    for rec in after:
        matches = old.get(_key(rec))
        if not matches:
            out.append(RecordChange("added", rec))
            continue
        prev = matches.pop(0)
        if prev.values == rec.values and prev.fields is rec.fields:
            continue  # the common case, compared in C
        diff = field_changes(prev, rec)
        if diff:
            out.append(RecordChange("changed", rec, diff))
    out.extend(RecordChange("removed", rec) for left in old.values() for rec in left)
    return tuple(out)
