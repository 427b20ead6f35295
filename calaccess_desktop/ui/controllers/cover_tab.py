"""Cover page of the open statement: period and type, committee data, verification."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from calaccess_desktop.cal.layouts import codes
from calaccess_desktop.cal.values import parse_date
from calaccess_desktop.forms import calendar
from calaccess_desktop.forms.registry import spec_for
from calaccess_desktop.forms.spec import FormSpec
from calaccess_desktop.services.concurrency.conflicts import EditConflict
from calaccess_desktop.services.covers import PeriodSeen, load_period, save_period
from calaccess_desktop.services.entries import EntryData, StatementInfo
from calaccess_desktop.services.entry_fields import FieldInfo
from calaccess_desktop.services.statement_list import STATUS_WORDS
from calaccess_desktop.ui.context import AppContext, Changes
from calaccess_desktop.ui.controllers.entry_form import OK_STYLE, EntryForm
from calaccess_desktop.ui.controllers.report_subject import SubjectBox, has_subject
from calaccess_desktop.ui.i18n import data_words
from calaccess_desktop.ui.models.committee_model import due_words
from calaccess_desktop.ui.widgets.fields import ERROR_STYLE, FieldEditor

TREASURER_ROLES = ("TRE", "ATR", "OFF")
CANDIDATE_ROLES = ("CAO", "PRO", "SPO")


def statement_type_choices(form: str) -> tuple[tuple[str, str], ...]:
    """(code, words) of the statement types a form takes (``FormSpec.statement_types``)."""
    words = codes("statement_type")
    return tuple((c, words.get(c, c).split(" (")[0]) for c in spec_for(form).statement_types)


def signer_group(entity_cd: str) -> str:
    """Which verification on the cover a signer's role belongs to: "treasurer"
    (treasurer, assistant treasurer, responsible officer), "candidate" (candidate or
    officeholder, proponent, sponsor), or "" for a role the cover does not show."""
    code = (entity_cd or "").upper()
    if code in TREASURER_ROLES:
        return "treasurer"
    if code in CANDIDATE_ROLES:
        return "candidate"
    return ""


def signers_of(spec: FormSpec, committee_type: str) -> tuple[bool, bool]:
    """Whether the treasurer and whether the candidate sign a statement of this form on
    its cover (``FormSpec.signers``; by default the treasurer, and the candidate of a
    controlled committee on periodic and registration forms)."""
    if spec.signers is None:
        return True, committee_type == "C" and spec.kind in ("periodic", "registration")
    return (any(r in TREASURER_ROLES for r in spec.signers),
            any(r in CANDIDATE_ROLES for r in spec.signers))


def _date_info(name: str, label: str) -> FieldInfo:
    return FieldInfo(name, label, "date", 8, False, label)


class CoverTab(QWidget):
    """Part 1 of the cover page; the committee part comes from the profile."""

    edit_profile = Signal()

    def __init__(self, ctx: AppContext, info: StatementInfo) -> None:
        super().__init__()
        self.ctx = ctx
        self.info = info
        # The period as loaded with the statement's version: a save is checked against
        # it (someone else's later change is never overwritten). ``_shown``: the stored
        # values last put on screen, so what the person typed is told from the rest.
        self.seen: PeriodSeen | None = None
        self._shown: dict[str, str] = {}
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self._statement_box())
        layout.addWidget(self._committee_box())
        if has_subject(info.form):  # the candidate or measure a 496 / 465 is about
            layout.addWidget(SubjectBox(ctx, info.id, info.form))
        self.verification = EntryForm(ctx, info.id, "CVR3", info.form, info.form,
                                      keep_after_add=True)
        self.verification.setAccessibleName(self.tr("Treasurer's verification"))
        layout.addWidget(self.verification)
        # A candidate-controlled committee's statement is verified by the candidate too.
        self.candidate = EntryForm(ctx, info.id, "CVR3", info.form, info.form,
                                   keep_after_add=True)
        self.candidate.setAccessibleName(self.tr("Candidate's verification"))
        layout.addWidget(self.candidate)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.show_info(info)

    def _statement_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Statement"))
        form = QFormLayout(box)
        self.form_label = QLabel()
        form.addRow(self.tr("Form"), self.form_label)
        kind = self.tr("Type of statement")
        self.type_editor = FieldEditor(FieldInfo("Stmt_Type", kind, "code", 2, True, kind,
                                                 statement_type_choices(self.info.form)))
        self.from_editor = FieldEditor(_date_info("From_Date", self.tr("Period from")))
        self.thru_editor = FieldEditor(_date_info("Thru_Date", self.tr("Period through")))
        self.elect_editor = FieldEditor(_date_info(
            "Elect_Date", self.tr("Date of election (pre-election only)")))
        self.period_rows = []
        for editor in (self.type_editor, self.from_editor, self.thru_editor, self.elect_editor):
            label = QLabel(editor.info.label)
            label.setBuddy(editor.input)
            form.addRow(label, editor)
            if editor is not self.elect_editor:
                self.period_rows.append((label, editor))
        self.amend_label = QLabel()
        self.amend_label.setWordWrap(True)
        form.addRow(self.tr("Amendment"), self.amend_label)
        row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save period and type"))
        self.save_button.setAccessibleName(self.tr("Save statement period and type"))
        self.save_button.clicked.connect(self.save_statement)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Statement message"))
        row.addWidget(self.save_button)
        row.addStretch(1)
        form.addRow(row)
        form.addRow(self.message)  # a whole row: a long message wraps, never cut
        return box

    def _committee_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Committee (from the committee profile)"))
        v = QVBoxLayout(box)
        self.committee_text = QLabel()
        self.committee_text.setWordWrap(True)
        self.committee_text.setAccessibleName(self.tr("Committee information on the cover page"))
        button = QPushButton(self.tr("Edit committee profile..."))
        button.setAccessibleName(self.tr("Edit committee profile"))
        button.clicked.connect(self.edit_profile)
        v.addWidget(self.committee_text)
        v.addWidget(button)
        return box

    def show_info(self, info: StatementInfo) -> None:
        """Show (or refresh) the statement's cover data."""
        self.info = info
        due = due_words(info.due, info.status)
        self.form_label.setText(f"{data_words(spec_for(info.form).title)}  ·  "
                                f"{data_words(STATUS_WORDS.get(info.status, info.status))}"
                                + ("  ·  " + self.tr("due {day}").format(day=due)
                                   if due else ""))
        self._put_period({"Stmt_Type": info.stmt_type, "From_Date": _cal(info.period_from),
                          "Thru_Date": _cal(info.period_through),
                          "Elect_Date": _cal(info.election_date)})
        sid = info.id
        self.ctx.ops.read(lambda s: load_period(s, sid), self._seen_loaded,
                          lambda _exc: None, owner=self)  # gone: the editor closes it
        self.amend_label.setText(
            self.tr("Amendment {n}: {reason}").format(n=info.report_num,
                                                      reason=info.amendment_reason)
            if info.report_num else self.tr("Original statement (not an amendment)"))
        for editor in (self.type_editor, self.from_editor, self.thru_editor, self.elect_editor):
            editor.input.setEnabled(info.editable)
        spec = spec_for(info.form)
        periodic = spec.kind == "periodic"  # others have no period or type
        typed = periodic and any(spec.statement_types)  # a 461 has no statement type
        for label, editor in self.period_rows:
            shown = typed if editor is self.type_editor else periodic
            label.setVisible(shown)
            editor.setVisible(shown)
        self.save_button.setText(self.tr("Save period and type") if periodic
                                 else self.tr("Save election date"))
        self.save_button.setEnabled(info.editable)
        p = info.profile
        lines = [
            f"<b>{info.committee_name}</b>  ("
            + (self.tr("ID {id}").format(id=info.filer_id) if info.filer_id
               else self.tr("ID pending")) + ")",
            ", ".join(x for x in (p.get("Filer_Adr1"), p.get("Filer_City"), p.get("Filer_ST"),
                                  p.get("Filer_ZIP4")) if x)
            or "<i>" + self.tr("No street address yet") + "</i>",
        ]
        treasurer_signs, candidate_signs = signers_of(spec, info.committee_type)
        treasurer = " ".join(x for x in (p.get("Tres_NamF"), p.get("Tres_NamL")) if x)
        if treasurer or treasurer_signs:
            lines.append(self.tr("Treasurer:") + " "
                         + (treasurer or "<i>" + self.tr("missing") + "</i>"))
        if p.get("atr_naml"):
            lines.append(self.tr("Assistant treasurer:")
                         + f" {p.get('atr_namf', '')} {p['atr_naml']}")
        if p.get("Cand_NamL"):
            lines.append(self.tr("Candidate:") + f" {p.get('Cand_NamF', '')} {p['Cand_NamL']}")
        if p.get("Bal_Name"):
            lines.append(self.tr("Ballot measure:") + f" {p['Bal_Name']}")
        if p.get("bank_name"):
            lines.append(self.tr("Bank:") + f" {p['bank_name']}")
        self.committee_text.setText("<br>".join(lines))
        self.verification.setVisible(treasurer_signs)
        if treasurer_signs:
            self._show_signer(self.verification, info.signer(TREASURER_ROLES),
                              self.tr("treasurer"), {
                "Entity_Cd": "TRE", "Sig_NamL": str(p.get("Tres_NamL", "")),
                "Sig_NamF": str(p.get("Tres_NamF", ""))}, info.editable)
        self.candidate.setVisible(candidate_signs)
        if candidate_signs:
            self._show_signer(self.candidate, info.signer(CANDIDATE_ROLES),
                              self.tr("candidate"), {
                "Entity_Cd": "CAO", "Sig_NamL": str(p.get("Cand_NamL", "")),
                "Sig_NamF": str(p.get("Cand_NamF", ""))}, info.editable)

    def period_editors(self) -> dict[str, FieldEditor]:
        """The period part's editors by CVR name."""
        return {"Stmt_Type": self.type_editor, "From_Date": self.from_editor,
                "Thru_Date": self.thru_editor, "Elect_Date": self.elect_editor}

    def typed(self) -> set[str]:
        """The period fields the person changed since the stored values were shown."""
        out = set()
        for name, editor in self.period_editors().items():
            try:
                same = editor.value() == self._shown.get(name, "")
            except ValueError:
                same = False
            if name in self._shown and not same:
                out.add(name)
        return out

    def _put_period(self, values: dict[str, str]) -> int:
        """Show stored period values; a field the person typed in keeps the typing.
        Returns how many fields took a new value."""
        typed, first = self.typed(), not self._shown
        taken = 0
        for name, editor in self.period_editors().items():
            new = values.get(name, "")
            if name in typed or (name in self._shown and self._shown[name] == new):
                continue  # the person's typing, or nothing new
            editor.set_value(new)
            taken += 0 if first else 1
        self._shown = dict(values)
        return taken

    def _seen_loaded(self, seen: PeriodSeen) -> None:
        if seen.statement_id != self.info.id:
            return
        if self.seen is None or self.seen.statement_id != seen.statement_id \
                or not self.typed():
            self.seen = seen  # a save is checked against what is on screen now
        self._put_period(seen.values)

    def _show_signer(self, form: EntryForm, entry: EntryData | None, who: str,
                     defaults: dict[str, str], editable: bool) -> None:
        p = self.info.profile
        if entry is not None:
            form.show_entry(entry)
            form.heading.setText(self.tr("Verification: signed by the {who}").format(who=who))
        else:
            name = " ".join(x for x in (defaults["Sig_NamF"], defaults["Sig_NamL"]) if x)
            place = ", ".join(x for x in (p.get("Filer_City"), p.get("Filer_ST")) if x)
            form.new_entry({**defaults, "Sig_Loc": place},
                           heading=self.tr("Verification: not signed yet by the {who}"
                                           "{name}. Fill in the date signed and save.").format(
                               who=who, name=f" ({name})" if name else ""))
        form.set_read_only(not editable)

    def signer_forms(self) -> dict[str, EntryForm]:
        """The verifications the cover shows, by group ("treasurer", "candidate")."""
        forms = {}
        if self.verification.isVisibleTo(self):
            forms["treasurer"] = self.verification
        if self.candidate.isVisibleTo(self):
            forms["candidate"] = self.candidate
        return forms

    def signer_form(self, record_id: int | None, entity_cd: str = "") -> EntryForm:
        """The verification a finding is about: the one showing its record, else the one
        of the signer it names (by role), else the first not signed yet."""
        forms = self.signer_forms()
        for form in forms.values():
            if record_id and form.record_id == record_id:
                return form
        named = forms.get(signer_group(entity_cd))
        if named is not None:
            return named
        unsigned = [f for f in forms.values() if f.record_id is None]
        return unsigned[0] if unsigned else next(iter(forms.values()), self.verification)

    def focus_signer(self, record_id: int | None, entity_cd: str, field: str) -> EntryForm:
        """Scroll to a signer's verification and put the cursor in ``field``."""
        form = self.signer_form(record_id, entity_cd)
        name = field if field in form.editors else "Sig_Date"
        scroll = self.findChild(QScrollArea)
        if scroll is not None:
            scroll.ensureWidgetVisible(form)
        form.focus_field(name)
        return form

    def save_statement(self) -> None:
        """Save period, type and election date."""
        problems = [e.check() for e in (self.type_editor, self.from_editor, self.thru_editor,
                                        self.elect_editor)]
        if any(problems):
            self._say(self.tr("Please fix the dates marked in red."), error=True)
            return
        start, end = parse_date(self.from_editor.value()), parse_date(self.thru_editor.value())
        election = parse_date(self.elect_editor.value())
        kind, sid = self.type_editor.value(), self.info.id

        periodic = spec_for(self.info.form).kind == "periodic"
        problem = calendar.period_problem(kind, start, end, election) if periodic else ""

        def done(_r: object) -> None:
            self._say(self.tr("Saved. Note: {problem}").format(problem=problem) if problem
                      else self.tr("Saved."), error=bool(problem))
            self.ctx.hub.changed.emit(Changes(sid, committees=True))
        seen = self.seen if self.seen is not None and self.seen.statement_id == sid else None
        self.ctx.ops.write(lambda s: save_period(
            s, sid, period_from=start, period_through=end, stmt_type=kind,
            election_date=election, seen=seen), done, self._refused, owner=self)

    def _refused(self, exc: BaseException) -> None:
        """A refused save: someone else's change is shown and taken in where nothing
        was typed; what this person typed stays for the next save."""
        if isinstance(exc, EditConflict) and isinstance(exc.current, PeriodSeen):
            taken = self._put_period(exc.current.values)
            self.seen = exc.current
            more = self.tr(" Their changes to fields you had not touched are filled in.")
            self._say(str(exc) + (more if taken else ""), error=True)
            # the header and the list show their change too (the typing stays)
            self.ctx.hub.changed.emit(Changes(self.info.id, committees=True))
            return
        self._say(str(exc), error=True)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(ERROR_STYLE if error else OK_STYLE)


def _cal(value: dt.date | None) -> str:
    return value.strftime("%Y%m%d") if value else ""
