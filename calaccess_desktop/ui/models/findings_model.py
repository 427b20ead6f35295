"""Findings from the validation engine as a table: severity, where, what, how to fix."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QBrush, QColor

from calaccess_desktop.forms.registry import find_part, is_summary_name, part_by_key
from calaccess_desktop.services.entry_fields import label_for
from calaccess_desktop.services.profile_fields import FIELDS as PROFILE_FIELDS
from calaccess_desktop.ui import roles
from calaccess_desktop.ui.models.list_model import Index, ListTableModel

RED, AMBER = QBrush(QColor("#a11d1d")), QBrush(QColor("#8a5a00"))


def where(finding: Any) -> str:
    """'Schedule A, CD1-12, Amount' from a finding's location."""
    loc = getattr(finding, "location", None)
    if loc is None:
        return ""
    parts = []
    schedule = getattr(loc, "schedule", "") or ""
    if schedule:
        parts.append(_schedule_words(schedule))
    signer = SIGNER_WORDS.get(str(getattr(loc, "signer", "") or ""), "")
    if signer:
        parts.append(f"{signer}'s verification")
    line = getattr(loc, "line", None)
    if line:
        parts.append(f"line {line}")
    tran = getattr(loc, "tran_id", "") or ""
    if tran:
        parts.append(tran)
    field = getattr(loc, "field", "") or ""
    if field:
        parts.append(field_words(schedule, field))
    return ", ".join(parts) or "Statement"


SIGNER_WORDS = {"TRE": "treasurer", "ATR": "assistant treasurer", "OFF": "responsible officer",
                "CAO": "candidate", "PRO": "proponent", "SPO": "sponsor"}
COVER_WORDS = {"Rpt_Date": "date filed", "From_Date": "period from",
               "Thru_Date": "period through", "Elect_Date": "election date",
               "Stmt_Type": "statement type", "Report_Num": "amendment number"}


def field_words(schedule: str, field: str) -> str:
    """A spec field name in plain words ('Ctrib_Emp' -> 'Employer')."""
    part = part_by_key(schedule) if schedule else None
    if part is not None:
        return label_for(field, part.rec_type, part.form_type)
    if field in COVER_WORDS:
        return COVER_WORDS[field]
    if field in PROFILE_FIELDS:
        return PROFILE_FIELDS[field].label
    if field.startswith("Sig_"):
        return label_for(field, "CVR3", "F460")
    return field


def _schedule_words(schedule: str) -> str:
    text = str(schedule)
    if text.upper() in ("CVR", "COVER"):
        return "Cover page"
    if is_summary_name(text):
        return "Summary page"
    if " " in text:
        rec_type, form_type = text.split(" ", 1)
        found = find_part(rec_type, form_type)
        if found is None:
            return text
        part = found[1]
        return f"Schedule {part.key}" if part.title.startswith("Schedule") else part.short_title
    return f"Schedule {text}"


class FindingsModel(ListTableModel[Any]):
    """Findings, errors first."""

    HEADERS = ("", "Where", "Problem", "How to fix")

    @property
    def findings(self) -> list[Any]:
        """The findings listed (``rows``)."""
        return self.rows

    def set_findings(self, findings: list[Any]) -> None:
        """Show new findings, errors before warnings."""
        self.set_rows(sorted(findings, key=lambda f: getattr(f, "severity", "") != "error"))

    def finding(self, row: int) -> Any:
        """The finding on a row."""
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def counts(self) -> tuple[int, int]:
        """(errors, warnings)."""
        errors = sum(1 for f in self.rows if getattr(f, "severity", "") == "error")
        return errors, len(self.rows) - errors

    def data(self, index: Index, role: int = roles.DISPLAY) -> Any:
        f, col = self.row_at(index), index.column()
        if f is None:
            return None
        severity = getattr(f, "severity", "")
        if role == roles.DISPLAY:
            return ("Error" if severity == "error" else "Warning", where(f),
                    str(getattr(f, "message", "")), str(getattr(f, "fix", "") or ""))[col]
        if role == roles.FOREGROUND and col == 0:
            return RED if severity == "error" else AMBER
        if role in (roles.TOOLTIP, roles.ACCESSIBLE):
            return (f"{'Error' if severity == 'error' else 'Warning'} "
                    f"({getattr(f, 'rule_id', '')}) at {where(f)}: {getattr(f, 'message', '')}. "
                    f"{getattr(f, 'fix', '') or ''}")
        return None
