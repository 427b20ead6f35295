"""Findings from the validation engine as a table: severity, where, what, how to fix."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QColor

from calaccess_desktop.forms.registry import find_part, is_summary_name, part_by_key
from calaccess_desktop.services.entry_fields import label_for
from calaccess_desktop.services.profile_fields import FIELDS as PROFILE_FIELDS
from calaccess_desktop.ui import roles
from calaccess_desktop.ui.i18n import QT_TRANSLATE_NOOP, data_words
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
        parts.append(translate("FindingsModel", "{signer}'s verification").format(
            signer=translate("FindingsModel", signer)))
    line = getattr(loc, "line", None)
    if line:
        parts.append(translate("FindingsModel", "line {n}").format(n=line))
    tran = getattr(loc, "tran_id", "") or ""
    if tran:
        parts.append(tran)
    field = getattr(loc, "field", "") or ""
    if field:
        parts.append(field_words(schedule, field))
    return ", ".join(parts) or translate("FindingsModel", "Statement")


SIGNER_WORDS = {"TRE": QT_TRANSLATE_NOOP("FindingsModel", "treasurer"),
                "ATR": QT_TRANSLATE_NOOP("FindingsModel", "assistant treasurer"),
                "OFF": QT_TRANSLATE_NOOP("FindingsModel", "responsible officer"),
                "CAO": QT_TRANSLATE_NOOP("FindingsModel", "candidate"),
                "PRO": QT_TRANSLATE_NOOP("FindingsModel", "proponent"),
                "SPO": QT_TRANSLATE_NOOP("FindingsModel", "sponsor")}
COVER_WORDS = {"Rpt_Date": QT_TRANSLATE_NOOP("FindingsModel", "date filed"),
               "From_Date": QT_TRANSLATE_NOOP("FindingsModel", "period from"),
               "Thru_Date": QT_TRANSLATE_NOOP("FindingsModel", "period through"),
               "Elect_Date": QT_TRANSLATE_NOOP("FindingsModel", "election date"),
               "Stmt_Type": QT_TRANSLATE_NOOP("FindingsModel", "statement type"),
               "Report_Num": QT_TRANSLATE_NOOP("FindingsModel", "amendment number")}
translate = QCoreApplication.translate  # lupdate finds translate("context", "text")


def field_words(schedule: str, field: str) -> str:
    """A spec field name in plain words ('Ctrib_Emp' -> 'Employer')."""
    part = part_by_key(schedule) if schedule else None
    if part is not None:
        return data_words(label_for(field, part.rec_type, part.form_type))
    if field in COVER_WORDS:
        return translate("FindingsModel", COVER_WORDS[field])
    if field in PROFILE_FIELDS:
        return data_words(PROFILE_FIELDS[field].label)
    if field.startswith("Sig_"):
        return data_words(label_for(field, "CVR3", "F460"))
    return field


def _schedule_words(schedule: str) -> str:
    text = str(schedule)
    if text.upper() in ("CVR", "COVER"):
        return translate("FindingsModel", "Cover page")
    if is_summary_name(text):
        return translate("FindingsModel", "Summary page")
    if " " in text:
        rec_type, form_type = text.split(" ", 1)
        found = find_part(rec_type, form_type)
        if found is None:
            return text
        part = found[1]
        return (translate("FindingsModel", "Schedule {key}").format(key=part.key)
                if part.title.startswith("Schedule") else data_words(part.short_title))
    return translate("FindingsModel", "Schedule {key}").format(key=text)


class FindingsModel(ListTableModel[Any]):
    """Findings, errors first."""

    HEADERS = ("", QT_TRANSLATE_NOOP("FindingsModel", "Where"),
               QT_TRANSLATE_NOOP("FindingsModel", "Problem"),
               QT_TRANSLATE_NOOP("FindingsModel", "How to fix"))

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
            return (self.tr("Error") if severity == "error" else self.tr("Warning"), where(f),
                    str(getattr(f, "message", "")), str(getattr(f, "fix", "") or ""))[col]
        if role == roles.FOREGROUND and col == 0:
            return RED if severity == "error" else AMBER
        if role in (roles.TOOLTIP, roles.ACCESSIBLE):
            kind = self.tr("Error") if severity == "error" else self.tr("Warning")
            return self.tr("{kind} ({rule}) at {where}: {message}. {fix}").format(
                kind=kind, rule=getattr(f, "rule_id", ""), where=where(f),
                message=getattr(f, "message", ""), fix=getattr(f, "fix", "") or "")
        return None
