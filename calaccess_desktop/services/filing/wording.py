"""A filing server's messages in the app's own words.

A server names a place by line, record and field number (``LOAN B1``, ``field #11
Loan_Adr2``). The treasurer knows the schedule, the entry (its transaction ID and who
it is about) and the label the entry form shows. ``in_app_words`` finds the record at
that line in the exact bytes that were sent, and says the place that way; the server's
own words stay with every finding (``ServerFinding.details``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from calaccess_desktop.cal.layouts import FieldSpec
from calaccess_desktop.cal.model import CalRecord
from calaccess_desktop.cal.reader import read_cal
from calaccess_desktop.efile.protocol import Message
from calaccess_desktop.forms.f460.labels import SCHEDULE_LINES
from calaccess_desktop.forms.f460.spec import SPEC as F460
from calaccess_desktop.forms.registry import find_part, spec_for
from calaccess_desktop.services import profile_fields
from calaccess_desktop.services.entry_fields import label_for
from calaccess_desktop.validation.words import field_label, party_name

PLACES = {
    "CVR": "the cover page", "CVR2": "the cover page (other names)",
    "CVR3": "the verification (who signs)", "SMRY": "the summary page",
    "TEXT": "a memo text", "SPLT": "an allocation", "HDR": "the file's header",
    "F495": "the Form 495 page",
}
_LEVEL_CODE = re.compile(r" \((?:R|C|Cx)\)|(?<=\()Cx: ")  # the spec's field levels
_FIELD_NUMBER = re.compile(r"\bfield #(\d+)(?: ([A-Za-z0-9_]+))?")


@dataclass(frozen=True)
class ServerFinding:
    """One server message: in the app's words, and the server's own (``details``)."""

    level: str
    text: str
    details: str
    line: int = 0
    tran_id: str = ""
    field_name: str = ""

    @property
    def is_error(self) -> bool:
        """An error blocks filing; anything else is a warning."""
        return self.level == "error"


def place_words(rec: CalRecord, cvr_form: str = "") -> str:
    """'Schedule B Part 1 (Loans Received)', 'the cover page', 'Form 497 Part 1 (...)'."""
    if rec.rec_type == "SMRY":
        return _summary_line(rec, cvr_form)
    found = find_part(rec.rec_type, rec.form_type, cvr_form)
    if found is not None:
        spec, part = found
        title, _, what = part.title.partition(" - ")
        if not title.startswith("Schedule"):  # "Part 1": say whose
            title = f"{spec.short_name} {title}"
        return f"{title} ({what})" if what else title
    return PLACES.get(rec.rec_type, f"a {rec.rec_type} record")


def _summary_line(rec: CalRecord, cvr_form: str = "") -> str:
    """'the summary page, line 5 (TOTAL CONTRIBUTIONS RECEIVED)', or a schedule's summary."""
    line = rec.get("Line_Item").strip() if rec.has_field("Line_Item") else ""
    part = rec.form_type
    spec = spec_for(cvr_form) if cvr_form else F460
    if part in (spec.code, ""):
        name = spec.line_names.get(line, "")
        where = "the summary page"
    else:
        name = SCHEDULE_LINES.get(part, {}).get(line, "")
        sched = F460.part(part)
        title = (sched.title if sched else f"Schedule {part}").partition(" - ")[0]
        where = f"the summary of {title}"
    if not line:
        return where
    return f"{where}, line {line}" + (f" ({name})" if name else "")


def field_words(rec_type: str, form_type: str, name: str,
                spec: FieldSpec | None = None) -> str:
    """The label the app shows for a field: the entry form's, the committee profile's,
    else the check's own words."""
    if rec_type in ("CVR", "CVR2") and name in profile_fields.FIELDS:
        return profile_fields.FIELDS[name].label
    if rec_type not in ("CVR", "CVR2", "HDR", "SMRY"):
        label = label_for(name, rec_type, form_type)
        if label != name.replace("_", " "):
            return label
    return field_label(rec_type, form_type, spec, name)


def _entry_words(rec: CalRecord) -> tuple[str, str]:
    """(', entry CD1-12 (First Bank)' or '', the Tran_ID)."""
    tran_id = rec.get("Tran_ID") if rec.has_field("Tran_ID") else ""
    if not tran_id:
        return "", ""
    who = party_name(rec.rec_type, {f.name: rec.get(f.name) for f in rec.fields})
    return f", entry {tran_id}" + (f" ({who})" if who else ""), tran_id


def _spec(rec: CalRecord | None, number: int, name: str) -> FieldSpec | None:
    if rec is None:
        return None
    for spec in rec.fields:
        if (number and spec.number == number) or (not number and spec.name == name):
            return spec
    return None


def _rename_fields(text: str, rec: CalRecord | None, labels: dict[str, str]) -> str:
    """Field names and numbers in the server's text, as labels."""
    if rec is None:
        return text

    def numbered(m: re.Match[str]) -> str:
        spec = _spec(rec, int(m[1]), "")
        if spec is None:
            return m[0]
        after = "" if m[2] in (None, spec.name) else f" {m[2]}"
        return f"“{labels.get(spec.name) or _label(rec, spec)}”{after}"

    text = _FIELD_NUMBER.sub(numbered, text)
    for spec in rec.fields:
        if "_" in spec.name and spec.name in text:
            label = labels.get(spec.name) or _label(rec, spec)
            text = re.sub(rf"\b{re.escape(spec.name)}\b", f"“{label}”", text)
    return text


def _label(rec: CalRecord, spec: FieldSpec) -> str:
    return field_words(rec.rec_type, rec.form_type, spec.name, spec)


def _with_label(text: str, label: str, check_label: str) -> str:
    """The server's text led by the field's label: its own name for the field (the
    check's words) is replaced, a bare 'is empty' gets the label in front."""
    for said in (f"“{label}”", check_label, label):
        if said and text.lower().startswith(said.lower()):
            return label + text[len(said):]
    if text[:1].islower():
        return f"{label} {text}"
    return f"{label}: {text}"


def _printable(text: str, limit: int = 1000) -> str:
    """A server's text as it may be shown: control characters as spaces, not too long."""
    text = "".join(c if c.isprintable() else " " for c in text)
    return text if len(text) <= limit else text[:limit] + "..."


def translate(msg: Message, rec: CalRecord | None, cvr_form: str = "") -> ServerFinding:
    """One server message in the app's words (``rec``: the record at its line, if known)."""
    msg = replace(msg, text=_printable(msg.text), record=_printable(msg.record, 40),
                  field_name=_printable(msg.field_name, 40))
    kind = "Error" if msg.level == "error" else "Warning"
    details = msg.plain()
    if rec is None:
        return ServerFinding(msg.level, f"{kind}: {msg.text}", details, msg.line,
                             field_name=msg.field_name)
    entry, tran_id = _entry_words(rec)
    spec = _spec(rec, msg.field, msg.field_name)
    name = spec.name if spec is not None else msg.field_name
    label = field_words(rec.rec_type, rec.form_type, name, spec) if name else ""
    text = _rename_fields(_LEVEL_CODE.sub("", msg.text.strip()), rec,
                          {name: label} if name else {})
    where = f"{place_words(rec, cvr_form)}{entry}"
    if label:
        text = _with_label(text, label, field_label(rec.rec_type, rec.form_type, spec, name))
    text = text[:1].upper() + text[1:]
    if not text.endswith("."):
        text += "."
    return ServerFinding(msg.level, f"{kind} on {where}: {text}", details, msg.line,
                         tran_id, name)


def in_app_words(messages: Iterable[Message], sent: bytes) -> list[ServerFinding]:
    """The server's messages about the file ``sent``, in the app's words (errors first)."""
    cal = read_cal(sent, "sent")
    by_line = {r.line: r for r in (cal.header, cal.cover, *cal.records) if r is not None}
    out = [translate(m, by_line.get(m.line), cal.form_type) for m in messages]
    return sorted(out, key=lambda f: (not f.is_error, f.line))
