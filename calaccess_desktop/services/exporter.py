"""Export a statement as a .CAL file (exact to the spec; refuses values that do not fit)."""

from __future__ import annotations

import datetime as dt

from calaccess_desktop.cal.layouts import form_components
from calaccess_desktop.cal.model import CalRecord
from calaccess_desktop.cal.values import format_date
from calaccess_desktop.cal.writer import write_cal
from calaccess_desktop.domain.snapshot import StatementSnapshot
from calaccess_desktop.errors import UserError
from calaccess_desktop.forms.registry import spec_for
from calaccess_desktop.gc_pause import gc_paused
from calaccess_desktop.services.snapshots import build_snapshot
from calaccess_desktop.services.store import Store


class NoCalLayout(UserError):
    """The form is not filed as a .CAL file."""


def _cover_kinds_absent(form: str) -> frozenset[str]:
    """Cover records the app keeps for a statement that its CAL layout has no place for
    (a Form 497's signature, kept as CVR3 for the check and the printout): not written."""
    kinds = {rt for rt, _ft in form_components(form)}
    return frozenset({"CVR2", "CVR3", "F495"} - kinds) if kinds else frozenset()


def export_snapshot(snap: StatementSnapshot, *, target: str = "<export>",
                    today: dt.date | None = None) -> bytes:
    """The .CAL bytes of a snapshot: HDR, CVR, then every itemized record in stored order
    (the app numbers each record by its form's record order, ``FormSpec.order_rank``; an
    imported file keeps its own). A draft's cover gets today's date as Rpt_Date (the date
    the report is filed). A form with no CAL layout (Form 501) is refused in words."""
    spec = spec_for(snap.form_type)
    if not spec.has_cal_layout:
        raise NoCalLayout(spec.notes.get("export") or (
            f"A {spec.short_name} has no electronic (.CAL) format: "
            + spec.notes.get("filing", "it is filed on paper.")))
    cover = CalRecord(list(snap.cover.values))
    if not cover.get("Rpt_Date"):
        cover.set("Rpt_Date", format_date(today or dt.date.today()))
    absent = _cover_kinds_absent(snap.form_type)
    records = [
        CalRecord.laid_out(list(r.values), r.fields, snap.form_type)
        for r in snap.records
        if r.itemized and not r.lump and r.rec_type not in absent
    ]
    return write_cal(cover, records, target=target)


def export_statement(store: Store, statement_id: int, *, target: str = "<export>") -> bytes:
    """Build the statement's snapshot and serialise it."""
    with gc_paused():
        with store.read() as session:
            snap = build_snapshot(session, statement_id)
        return export_snapshot(snap, target=target)
