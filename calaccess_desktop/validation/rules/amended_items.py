"""Rules that compare an amendment with the version it amends (when that version is in
the store: ``StatementSnapshot.amended_items``)."""

from __future__ import annotations

from collections.abc import Iterator

from calaccess_desktop.cal.parties import MAIN_AMOUNT_DATE
from calaccess_desktop.domain.money import cents_or_none
from calaccess_desktop.domain.snapshot import AmendedItem
from calaccess_desktop.validation.context import Ctx
from calaccess_desktop.validation.ruleset import Found, collect, rule
from calaccess_desktop.validation.words import mdy, money


@rule("AMD-004", severity="warning", scope="across",
      when=lambda c: c.report_num > 0 and bool(c.snap.amended_items))
def tran_ids_kept(ctx: Ctx) -> Iterator[Found]:
    """Transaction IDs are permanent: an amended item keeps the Tran_ID it had in the
    original. An item of the amendment that matches an item of the amended version (same
    schedule, contributor or payee, amount and date) whose Tran_ID is gone is that item
    under a new ID, and the filing officer (``snap.officer_name``) would count it twice.
    Source: [NETFILE-API][RAW-CAMP]"""
    old = ctx.snap.amended_items
    present = {r.rec.tran_id.upper() for r in ctx.rows if r.rec.tran_id}
    gone: dict[AmendedItem, str] = {}
    for tid, item in sorted(old.items()):
        if tid not in present:
            gone.setdefault(item, tid)
    if not gone:
        return
    for r in ctx.rows:
        rec = r.rec
        tid = rec.tran_id.upper()
        if not tid or tid in old or rec.rec_type not in MAIN_AMOUNT_DATE:
            continue
        amount_field, date_field = MAIN_AMOUNT_DATE[rec.rec_type]
        amount = cents_or_none(rec.get(amount_field)) if amount_field else None
        day = rec.date(date_field) if date_field else None
        was = gone.pop((rec.rec_type, rec.form_type, rec.contact_id, amount, day), None)
        if was is None:
            continue
        yield (ctx.at(rec, "Tran_ID"),
            f"Transaction {rec.tran_id} looks like {was} of the filed report "
            f"({r.name or 'the same party'}, {money(amount or 0)}"
            f"{f', {mdy(day)}' if day else ''}) under a new transaction ID; "
            f"{ctx.snap.officer_name} would count it twice.",
            f"Give it back its original transaction ID {was}: an amended item keeps the ID it "
            "was first filed with.")


RULES = collect(globals())
