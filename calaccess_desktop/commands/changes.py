"""``changes STATEMENT [--json]``: what an amendment changes from the version it amends."""

from __future__ import annotations

import argparse
import json
from typing import Any

from calaccess_desktop.cal.labels import a_or_an, entry_noun, label_for
from calaccess_desktop.cal.layouts import FieldSpec, fields_for
from calaccess_desktop.cal.parties import listed_name
from calaccess_desktop.commands.common import EXIT_OK, add_command, open_store, row_id
from calaccess_desktop.db.orm import Statement
from calaccess_desktop.domain.changes import FieldChange, RecordChange
from calaccess_desktop.domain.money import (
    AmountError,
    format_cal_amount,
    format_display,
    parse_cal_amount,
)
from calaccess_desktop.domain.snapshot import SnapRecord
from calaccess_desktop.forms.registry import find_part, spec_for
from calaccess_desktop.services.amendments import AmendmentChanges, changes_since_filed, who
from calaccess_desktop.services.entry_fields import choices_for
from calaccess_desktop.services.profile_fields import FIELDS as PROFILE_FIELDS

BLANK = "(blank)"
KIND_WORDS = {"added": "added", "changed": "changed", "removed": "removed"}
PAGES = {"CVR3": "the verification", "CVR2": "the cover page", "TEXT": "a memo",
         "SPLT": "a split of an entry"}


def _field(change: FieldChange) -> dict[str, Any]:
    return {"number": change.number, "field": change.name, "before": change.before,
            "after": change.after}


def as_json(changes: AmendmentChanges) -> dict[str, Any]:
    """The changes as plain data (amounts as decimal strings)."""
    def money(cents: int | None) -> str | None:
        return None if cents is None else format_cal_amount(cents)

    return {
        "statement": changes.statement_id,
        "amends": changes.amends_id,
        "cover": [_field(c) for c in changes.cover],
        "records": [{"change": c.kind, "rec_type": c.record.rec_type,
                     "form_type": c.record.form_type, "tran_id": c.record.tran_id,
                     "who": who(c.record), "fields": [_field(f) for f in c.fields]}
                    for c in changes.records],
        "lines": {line: {"a": [money(a0), money(a1)], "b": [money(b0), money(b1)]}
                  for line, a0, a1, b0, b1 in changes.lines},
    }


def show_value(spec: FieldSpec | None, rec_type: str, value: str) -> str:
    """A stored value as people write it: '$1,250.00', '03/20/2026', a code in words."""
    if not value:
        return BLANK
    kind = spec.kind if spec is not None else "text"
    if kind == "amount":
        try:
            return _dollars(parse_cal_amount(value))
        except AmountError:
            return value
    if kind == "date" and len(value) == 8 and value.isdigit():
        return f"{value[4:6]}/{value[6:]}/{value[:4]}"
    if kind in ("checkbox", "yesno"):
        return {"X": "Yes", "Y": "Yes", "N": "No"}.get(value.upper(), value)
    if spec is not None:
        words = dict(choices_for(spec.name, rec_type)).get(value.upper())
        if words:
            return f"{words} ({value})"
    return value


def _dollars(cents: int) -> str:
    text = format_display(abs(cents))
    return f"-${text}" if cents < 0 else f"${text}"


def _spec(fields: tuple[FieldSpec, ...], name: str) -> FieldSpec | None:
    low = name.lower()
    return next((f for f in fields if f.name.lower() == low), None)


def field_text(rec: SnapRecord, change: FieldChange) -> str:
    """'Amount $500.00 -> $750.00', with the field's label."""
    spec = _spec(rec.fields, change.name)
    return (f"{label_for(change.name, rec.rec_type, rec.form_type)} "
            f"{show_value(spec, rec.rec_type, change.before)} -> "
            f"{show_value(spec, rec.rec_type, change.after)}")


def brief(rec: SnapRecord) -> str:
    """An added or removed entry in a few words: its amount and date (or its text)."""
    amounts = [f for f in rec.fields if f.kind == "amount" and rec.get(f.name)]
    amount = next((f for f in amounts if f.name.lower() == "amount"), None) or \
        next(iter(amounts), None)
    date = next((f for f in rec.fields if f.kind == "date" and rec.get(f.name)), None)
    parts = [f"{label_for(f.name, rec.rec_type, rec.form_type)} "
             f"{show_value(f, rec.rec_type, rec.get(f.name))}"
             for f in (amount, date) if f is not None]
    text = rec.get("Text4000") if not parts else ""
    if text:
        parts.append(repr(text if len(text) <= 60 else text[:57] + "..."))
    return ", ".join(parts)


def page_words(rec: SnapRecord) -> str:
    """'Schedule A', 'Form 497 Part 1', 'the verification'."""
    found = find_part(rec.rec_type, rec.form_type)
    if found is not None:
        spec, part = found
        head = part.title.split(" - ")[0]
        return head if head.startswith("Schedule") else f"{spec.short_name} {head}"
    return PAGES.get(rec.rec_type, f"the {rec.rec_type} record")


def sentence(change: RecordChange) -> str:
    """'changed a contribution from Okafor, Grace on Schedule A (CD1-1): Amount $500.00
    -> $750.00'."""
    rec = change.record
    noun, joined = entry_noun(rec.rec_type, rec.form_type)
    name = who(rec) or (listed_name(rec.get("Sig_NamL"), rec.get("Sig_NamF"))
                        if rec.rec_type == "CVR3" else "")
    page = page_words(rec)
    text = f"{KIND_WORDS[change.kind]} {a_or_an(noun)}" + (f" {joined} {name}" if name else "")
    if not page.startswith(("the ", "a ")):
        text += f" on {page}"
    if rec.tran_id:
        text += f" ({rec.tran_id})"
    if change.kind == "changed":
        details = "; ".join(field_text(rec, f) for f in change.fields)
    else:
        details = brief(rec)
    return f"{text}: {details}" if details else text


def cover_text(change: FieldChange, form: str) -> str:
    """A cover-page field that changes, with the profile's or the check's label."""
    low = change.name.lower()
    label = next((f.label for k, f in PROFILE_FIELDS.items() if k.lower() == low), "") or \
        label_for(change.name, "CVR", form)
    spec = _spec(fields_for("CVR", form, cvr_form=form), change.name)
    return (f"{label} {show_value(spec, 'CVR', change.before)} -> "
            f"{show_value(spec, 'CVR', change.after)}")


def render_text(changes: AmendmentChanges, form: str = "F460") -> str:
    """The changes for people, one line each."""
    filed = f", filing {changes.amends_filing_id}" if changes.amends_filing_id else ""
    version = ("the original statement" if changes.amends_report_num == 0
               else f"amendment {changes.amends_report_num}")
    out = [f"Statement {changes.statement_id} compared with the version it amends "
           f"(statement {changes.amends_id}, {version}{filed})."]
    if changes.nothing:
        out.append("Nothing changes: this amendment would file exactly what was filed.")
        return "\n".join(out)
    if changes.cover:
        out += ["", "Cover page:"] + [f"  {cover_text(c, form)}" for c in changes.cover]
    if changes.records:
        out += ["", f"Records: {changes.count('added')} added, {changes.count('changed')} "
                f"changed, {changes.count('removed')} removed"]
        out += [f"  - {sentence(c)}" for c in changes.records]
    if changes.lines:
        out += ["", "Summary page, column A:"]
        names = spec_for(changes.form).line_names
        for line, a0, a1, _b0, _b1 in changes.lines:
            out.append(f"  {line:<4}{names.get(line, ''):<42}"
                       f"{_dollars(a0):>15} -> {_dollars(a1)}")
    return "\n".join(out)


def run(args: argparse.Namespace) -> int:
    """Print the changes."""
    store = open_store(args)
    try:
        with store.read() as session:
            changes = changes_since_filed(session, args.statement)
            statement = session.get(Statement, args.statement)
            form = statement.form_type if statement is not None else "F460"
    finally:
        store.close()
    print(json.dumps(as_json(changes), indent=1) if args.json else render_text(changes, form))
    return EXIT_OK


def register(sub: Any) -> argparse.ArgumentParser:
    """Add the command."""
    p = add_command(sub, "changes", run,
                    "show what an amendment changes from the version it amends")
    p.add_argument("statement", type=row_id("statement"), metavar="STATEMENT")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    return p
