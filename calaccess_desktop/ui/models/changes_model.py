"""What an amendment changes, as read-only tables: records added, changed and removed,
cover-page fields, and summary lines (column A), in plain words and amounts as people
write them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtGui import QBrush, QColor, QFont

from calaccess_desktop.cal.layouts import FieldSpec, fields_for
from calaccess_desktop.cal.parties import listed_name
from calaccess_desktop.domain.changes import FieldChange, RecordChange
from calaccess_desktop.domain.money import AmountError, parse_cal_amount
from calaccess_desktop.domain.snapshot import SnapRecord
from calaccess_desktop.forms.registry import find_part, spec_for
from calaccess_desktop.services.amendments import AmendmentChanges, who
from calaccess_desktop.services.entry_fields import choices_for, label_for
from calaccess_desktop.services.profile_fields import FIELDS as PROFILE_FIELDS
from calaccess_desktop.ui import roles
from calaccess_desktop.ui.formatting import money, show_cal_date
from calaccess_desktop.ui.models.list_model import Index, ListTableModel

BLANK = "(blank)"
KIND_WORDS = {"added": "Added", "changed": "Changed", "removed": "Removed"}
KIND_COLORS = {"added": QBrush(QColor("#1b6e2a")), "changed": QBrush(QColor("#1d4f91")),
               "removed": QBrush(QColor("#7a7a7a"))}
GREY = KIND_COLORS["removed"]
OTHER_PAGES = {"CVR3": "Verification", "CVR2": "Cover page", "TEXT": "Memo text",
               "SPLT": "Split"}
COVER_LABELS = {"stmt_type": "Type of statement", "from_date": "Period from",
                "thru_date": "Period through", "elect_date": "Date of election",
                "date_thru": "Period through"}


def show_value(spec: FieldSpec | None, rec_type: str, value: str) -> str:
    """A stored value as people write it: '$1,250.00', '03/20/2026', code words."""
    if not value:
        return BLANK
    kind = spec.kind if spec is not None else "text"
    if kind == "amount":
        try:
            return money(parse_cal_amount(value))
        except AmountError:
            return value
    if kind == "date":
        return show_cal_date(value)
    if kind in ("checkbox", "yesno"):
        return {"X": "Yes", "Y": "Yes", "N": "No"}.get(value.upper(), value)
    if spec is not None:
        words = dict(choices_for(spec.name, rec_type)).get(value.upper())
        if words:
            return f"{words} ({value})"
    return value


def _spec(rec: SnapRecord, name: str) -> FieldSpec | None:
    low = name.lower()
    return next((f for f in rec.fields if f.name.lower() == low), None)


def field_text(rec: SnapRecord, change: FieldChange) -> str:
    """'Amount: $500.00 → $750.00' with the field's plain label."""
    spec = _spec(rec, change.name)
    label = label_for(change.name, rec.rec_type, rec.form_type)
    return (f"{label}: {show_value(spec, rec.rec_type, change.before)} → "
            f"{show_value(spec, rec.rec_type, change.after)}")


def brief(rec: SnapRecord) -> str:
    """An added or removed record in a few words: its amount and date (or its text)."""
    parts = []
    amounts = [f for f in rec.fields if f.kind == "amount" and rec.get(f.name)]
    amount = next((f for f in amounts if f.name.lower() == "amount"), None) or \
        next(iter(amounts), None)
    date = next((f for f in rec.fields if f.kind == "date" and rec.get(f.name)), None)
    for spec in (amount, date):
        if spec is not None:
            parts.append(f"{label_for(spec.name, rec.rec_type, rec.form_type)} "
                         f"{show_value(spec, rec.rec_type, rec.get(spec.name))}")
    if not parts:
        text = rec.get("Text4000")
        if text:
            parts.append(text if len(text) <= 60 else text[:57] + "...")
    return ", ".join(parts)


def schedule_words(rec_type: str, form_type: str) -> tuple[str, str]:
    """('Schedule B Part 1', full title) of a record's page."""
    found = find_part(rec_type, form_type)
    if found is not None:
        part = found[1]
        head = part.title.split(" - ")[0]
        return (head if head.startswith("Schedule") else part.short_title), part.title
    words = OTHER_PAGES.get(rec_type) or OTHER_PAGES.get(form_type) or \
        f"{rec_type} {form_type}".strip()
    return words, words


def party(rec: SnapRecord) -> str:
    """Who the record is about ('Okafor, Grace'; the signer of a verification)."""
    name = who(rec)
    if name or rec.rec_type != "CVR3":
        return name
    return listed_name(rec.get("Sig_NamL"), rec.get("Sig_NamF"))


@dataclass(frozen=True)
class ChangeRow:
    """One record change as the table shows it."""

    kind: str  # added, changed, removed
    schedule: str
    title: str
    tran_id: str
    who: str
    what: str
    details: str  # one changed field a line (tooltip)
    rec_type: str
    form_type: str
    record_id: int

    @property
    def openable(self) -> bool:
        """A removed record is not in the amendment: there is nothing to open."""
        return self.kind != "removed" and self.record_id > 0


def change_row(change: RecordChange) -> ChangeRow:
    """The table row of a record change."""
    rec = change.record
    schedule, title = schedule_words(rec.rec_type, rec.form_type)
    if change.kind == "changed":
        texts = [field_text(rec, f) for f in change.fields]
        what, details = "; ".join(texts), "\n".join(texts)
    else:
        what = brief(rec)
        details = (f"New in this amendment: {what}" if change.kind == "added" else
                   f"Filed, and not in this amendment: {what}. It cannot be opened.")
    return ChangeRow(change.kind, schedule, title, rec.tran_id, party(rec), what, details,
                     rec.rec_type, rec.form_type, rec.record_id)


@dataclass(frozen=True)
class PairRow:
    """A cover field or summary line: key, words, before, after (and the difference)."""

    key: str
    label: str
    before: str
    after: str
    difference: str = ""


def cover_label(name: str, form: str) -> str:
    """A cover-page field in plain words (the profile's label where there is one)."""
    low = name.lower()
    if low in COVER_LABELS:
        return COVER_LABELS[low]
    for key, fld in PROFILE_FIELDS.items():
        if key.lower() == low:
            return fld.label
    return label_for(name, "CVR", form)


def cover_rows(changes: AmendmentChanges, form: str) -> list[PairRow]:
    """Cover-page fields that change."""
    specs = {f.name.lower(): f for f in fields_for("CVR", form, cvr_form=form)}
    out = []
    for c in changes.cover:
        spec = specs.get(c.name.lower())
        out.append(PairRow(str(c.number), cover_label(c.name, form),
                           show_value(spec, "CVR", c.before), show_value(spec, "CVR", c.after)))
    return out


def line_rows(changes: AmendmentChanges) -> list[PairRow]:
    """Summary lines whose column A (this period) moves."""
    out = []
    names = spec_for(changes.form).line_names
    for line, a0, a1, _b0, _b1 in changes.lines:
        if a0 == a1:
            continue
        diff = a1 - a0
        out.append(PairRow(line, names.get(line, ""), money(a0), money(a1),
                           ("+" if diff > 0 else "") + money(diff)))
    return out


class ChangesModel(ListTableModel[ChangeRow]):
    """Records added, changed and removed; removed ones greyed and struck through."""

    HEADERS = ("Change", "Schedule", "Tran ID", "Who", "What changed")

    def __init__(self) -> None:
        super().__init__()
        self._struck = QFont()
        self._struck.setStrikeOut(True)
        self._bold = QFont()
        self._bold.setBold(True)

    def data(self, index: Index, role: int = roles.DISPLAY) -> Any:
        item, col = self.row_at(index), index.column()
        if item is None:
            return None
        if role in (roles.DISPLAY, roles.ACCESSIBLE):
            text = (KIND_WORDS.get(item.kind, item.kind), item.schedule, item.tran_id,
                    item.who, item.what)[col]
            if role == roles.ACCESSIBLE and col == 0 and item.kind == "removed":
                return "Removed (cannot be opened)"
            return text
        if role == roles.TOOLTIP:
            return item.title if col == 1 else item.details
        if role == roles.FOREGROUND:
            return KIND_COLORS.get(item.kind) if col == 0 or item.kind == "removed" else None
        if role == roles.FONT:
            if item.kind == "removed" and col > 0:
                return self._struck
            return self._bold if col == 0 else None
        return None


class PairModel(ListTableModel[PairRow]):
    """Before and after of cover fields or summary lines: ``columns`` are (header,
    PairRow attribute); with ``right`` the third column on is right-aligned (amounts)."""

    def __init__(self, columns: tuple[tuple[str, str], ...], *, right: bool = False) -> None:
        super().__init__()
        self.HEADERS = tuple(title for title, _attr in columns)
        self.attrs = tuple(attr for _title, attr in columns)
        self.right = right

    def headerData(self, section: int, orientation: Any, role: int = roles.DISPLAY) -> Any:
        if role == roles.ALIGN and orientation == roles.HORIZONTAL and self.right and \
                2 <= section < len(self.HEADERS):
            return roles.RIGHT
        return super().headerData(section, orientation, role)

    def data(self, index: Index, role: int = roles.DISPLAY) -> Any:
        item, col = self.row_at(index), index.column()
        if item is None:
            return None
        attr = self.attrs[col]
        if role in (roles.DISPLAY, roles.ACCESSIBLE):
            return getattr(item, attr)
        if role == roles.ALIGN:
            return roles.RIGHT if self.right and col >= 2 else roles.LEFT
        if role == roles.FOREGROUND and attr == "before":
            return GREY
        return None
