"""The entry form of one transaction: fields from the layouts, checks as you type,
contact autocomplete, cumulative-to-date, Enter to save. Typed values are never
lost: a refused save keeps them in the form with the problem shown at the field."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCompleter,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from calaccess_desktop.cal.labels import entry_noun, party_word
from calaccess_desktop.domain.money import format_cal_amount, parse_cal_amount
from calaccess_desktop.forms.constants import threshold
from calaccess_desktop.forms.f460.balances import balance_for, computed_balance
from calaccess_desktop.forms.f460.itemize import CUMULATIVE
from calaccess_desktop.services.concurrency.conflicts import EditConflict
from calaccess_desktop.services.contact_choices import ContactChoice, party_values
from calaccess_desktop.services.contacts import party_of
from calaccess_desktop.services.contributor_details import after_save, apply_details, kinds_of
from calaccess_desktop.services.cumulative import contributor_threshold, year_total_before
from calaccess_desktop.services.entries import EntryData, load_entry, save_entry
from calaccess_desktop.services.entry_check import check_entry
from calaccess_desktop.services.entry_fields import MEMO_TEXT, entry_groups
from calaccess_desktop.ui.context import AppContext, Changes
from calaccess_desktop.ui.controllers.entry_rules import EntryRules
from calaccess_desktop.ui.formatting import money
from calaccess_desktop.ui.i18n import data_words
from calaccess_desktop.ui.widgets.contributor_prompt import ContributorPrompt
from calaccess_desktop.ui.widgets.fields import ERROR_STYLE, FieldEditor
from calaccess_desktop.validation import Finding

OK_STYLE = "color: #1f6f2b;"


class EntryForm(QWidget):
    """Add or edit one record of one kind (a contribution, a payment, the verification)."""

    saved = Signal(int)  # record id
    save_failed = Signal()  # a save was refused: the typing is still in the form
    draft_changed = Signal()

    def __init__(self, ctx: AppContext, statement_id: int, rec_type: str, form_type: str,
                 cvr_form: str = "F460", *, keep_after_add: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.statement_id = statement_id
        self.rec_type, self.form_type, self.cvr_form = rec_type, form_type, cvr_form
        self.keep_after_add = keep_after_add
        self.record_id: int | None = None
        self.tran_id = ""
        self.read_only = False
        self.contacts: list[ContactChoice] = []
        self._before_total: int | None = None
        self._threshold: int | None = None  # the committee's officers' itemization threshold
        self._filling = False
        self.dirty = False
        self.party = party_of(rec_type)
        self.what = party_word(rec_type, form_type)
        self._to_finish: list[Finding] = []  # empty fields the check asks for, at save
        self.editors: dict[str, FieldEditor] = {}
        self.loaded: EntryData | None = None  # the stored entry the typing started from
        self.who_words = data_words(self.what)  # 'Contributor', in the window's language
        self.setAccessibleName(self.tr("{who} entry form").format(who=self.who_words))

        self.heading = QLabel()
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setAccessibleName(self.tr("Entry form message"))
        self.cumulative = QLabel()
        self.cumulative.setWordWrap(True)
        self.cumulative.setStyleSheet("background: #eef4fb; padding: 4px;")
        self.cumulative.setAccessibleName(self.tr("Calendar-year total"))
        self.cumulative.setVisible((rec_type, form_type) in CUMULATIVE)

        self.prompt = ContributorPrompt()
        self.prompt.fill.connect(self._fill_details)
        self.prompt.skipped.connect(lambda words: self.set_banner(words))
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.banner)
        layout.addWidget(self.prompt)
        layout.addWidget(self.cumulative)
        for group in entry_groups(rec_type, form_type, cvr_form):
            layout.addWidget(self._group_box(group.title, group.fields, group.folded))
        layout.addLayout(self._buttons())
        layout.addStretch(1)
        self._completer_for_party()
        self.balance = balance_for(rec_type, form_type)
        if self.balance is not None and self.balance.result in self.editors:
            self.editors[self.balance.result].set_computed(
                self.tr("Computed: {how}.").format(how=data_words(self.balance.words)))
        self._cum_timer = QTimer(self)
        self._cum_timer.setSingleShot(True)
        self._cum_timer.setInterval(250)
        self._cum_timer.timeout.connect(self._ask_cumulative)
        self._chain_tab_order()
        self.rules = EntryRules(self)  # the check's own rules, as values are typed
        self.new_entry()

    # ------------------------------------------------------------------ building

    def _group_box(self, title: str, fields: Any, folded: bool) -> QWidget:
        title = data_words(title)
        box = QGroupBox(title)
        box.setAccessibleName(title)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # Each label above its field: long labels read whole in a narrow form.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        for info in fields:
            editor = FieldEditor(info)
            label = QLabel(data_words(info.label) + ("" if not info.required else " *"))
            label.setBuddy(editor.input)
            form.addRow(label, editor)
            editor.changed.connect(self._on_changed)
            editor.committed.connect(lambda name=info.name: self._on_committed(name))
            self.editors[info.name] = editor
        if not folded:
            return box
        wrapper = QWidget()
        v = QVBoxLayout(wrapper)
        v.setContentsMargins(0, 0, 0, 0)
        toggle = QToolButton()
        show, hide = (self.tr("Show {group}").format(group=title.lower()),
                      self.tr("Hide {group}").format(group=title.lower()))
        toggle.setText(show)
        toggle.setCheckable(True)
        toggle.setAccessibleName(show)
        toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toggle.setArrowType(Qt.ArrowType.RightArrow)
        box.setVisible(False)

        def flip(on: bool) -> None:
            box.setVisible(on)
            toggle.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)
            toggle.setText(hide if on else show)

        toggle.toggled.connect(flip)
        self._more_toggle = toggle
        v.addWidget(toggle)
        v.addWidget(box)
        return wrapper

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save (Enter)"))
        self.save_button.setAccessibleName(
            self.tr("Save {who} entry").format(who=self.who_words.lower()))
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("Clear"))
        self.revert_button.setAccessibleName(self.tr("Clear the form without saving"))
        self.revert_button.setToolTip(
            self.tr("Clear the form, or go back to the saved values (Esc)"))
        self.revert_button.clicked.connect(self.revert)
        row.addWidget(self.save_button)
        row.addWidget(self.revert_button)
        row.addStretch(1)
        return row

    def _chain_tab_order(self) -> None:
        widgets = [e.input for e in self.editors.values()] + [self.save_button,
                                                              self.revert_button]
        for a, b in zip(widgets, widgets[1:], strict=False):
            QWidget.setTabOrder(a, b)

    def _completer_for_party(self) -> None:
        self.completer_model = QStringListModel(self)
        self.completer: QCompleter | None = None
        if self.party is None or self.party.last not in self.editors:
            return
        editor = self.editors[self.party.last].input
        if not isinstance(editor, QLineEdit):
            return
        completer = QCompleter(self.completer_model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.activated[str].connect(self._contact_chosen)  # type: ignore[index]
        popup = completer.popup()
        if popup is not None:
            popup.setAccessibleName(self.tr("Known {who}s matching the name").format(
                who=self.who_words.lower()))
        editor.setCompleter(completer)
        self.completer = completer

    # ------------------------------------------------------------------ loading

    def set_contacts(self, contacts: list[ContactChoice]) -> None:
        """Known contacts offered while typing the name."""
        self.contacts = list(contacts)
        self.completer_model.setStringList([c.label for c in self.contacts])

    def new_entry(self, defaults: dict[str, str] | None = None, heading: str = "") -> None:
        """Empty the form for a new entry (optionally pre-filled)."""
        self.record_id, self.tran_id = None, ""
        self.loaded = None
        self._fill({"Entity_Cd": "IND"} if self.party and "Entity_Cd" in self.editors and
                   self.rec_type != "CVR3" else {}, defaults or {})
        self.heading.setText(heading or self.tr("New {noun}").format(noun=self.noun()))
        self._before_total = None
        self._update_cumulative()
        if self.completer is not None and not self.read_only:
            self.set_banner(self.tr("Start typing a name: a {who} you entered before is "
                                    "offered with their details. Press Enter to save.").format(
                                        who=self.who_words.lower()))

    def load_record(self, record_id: int, on_loaded: Any = None) -> None:
        """Load a stored record into the form."""
        def done(entry: EntryData) -> None:
            self.show_entry(entry)
            if on_loaded is not None:
                on_loaded()
        self.ctx.ops.read(lambda s: load_entry(s, record_id), done, owner=self)

    def show_entry(self, entry: EntryData, *, keep_banner: bool = False) -> None:
        """Show a loaded record."""
        banner = (self.banner.text(), self.banner.styleSheet()) if keep_banner else None
        self.record_id, self.tran_id = entry.record_id, entry.tran_id
        self.loaded = entry
        self._fill({}, {**entry.fields, MEMO_TEXT: entry.memo_text})
        parent = entry.fields.get("BakRef_TID", "")
        suffix = self.tr(" (sub-item of {id})").format(id=parent) if parent else ""
        noun = self.noun()
        self.heading.setText(f"{noun[:1].upper()}{noun[1:]} {entry.tran_id}{suffix}")
        self.set_banner("")
        if banner is not None and banner[0]:
            self.banner.setText(banner[0])
            self.banner.setStyleSheet(banner[1])
            self.banner.setVisible(True)
        self._before_total = None
        self._ask_cumulative()
        self.check_rules()  # what F5 would say about it, at its fields

    def refresh(self) -> None:
        """Show the stored values of the entry again (after an undo or redo)."""
        record_id = self.record_id
        if record_id is None:
            return

        def done(entry: EntryData) -> None:
            if self.record_id == record_id and not self.dirty:
                self.show_entry(entry, keep_banner=True)
        self.ctx.ops.read(lambda s: load_entry(s, record_id), done, owner=self)

    def _fill(self, base: dict[str, str], values: dict[str, str]) -> None:
        self._filling = True
        try:
            merged = {**base, **values}
            for name, editor in self.editors.items():
                editor.set_value(merged.get(name, ""))
            self._update_balance()
        finally:
            self._filling = False
        self.dirty = False
        self.set_banner("")

    def noun(self) -> str:
        """What one entry of this kind is ('contribution')."""
        return data_words(entry_noun(self.rec_type, self.form_type)[0])

    # ------------------------------------------------------------------ saving

    def values(self) -> dict[str, str]:
        """The typed values in CAL form (raises ValueError on a bad date or amount)."""
        return {name: e.value() for name, e in self.editors.items() if name != MEMO_TEXT}

    def typed(self) -> dict[str, str]:
        """The typed text of every field (what a draft keeps)."""
        return {name: e.text() for name, e in self.editors.items() if e.text()}

    def save(self) -> bool:
        """Check and save; returns False when a field needs fixing first."""
        if self.read_only:
            return False
        bad = [name for name, e in self.editors.items() if e.check()]
        if not bad and self.rules.context is None:  # the check's facts first (read once)
            self.rules.load(self.save)
            return True
        bad += [f.location.field for f in self.check_rules() if f.severity == "error"]
        if bad:
            self.editors[bad[0]].input.setFocus()
            self.set_banner(self.tr("Please fix the fields marked in red, then save again."),
                            error=True)
            self.save_failed.emit()
            return False
        self._to_finish = self._empty_field_findings()
        values = self.values()
        memo = self.editors[MEMO_TEXT].value() if MEMO_TEXT in self.editors else None
        sid, rt, ft, rid = self.statement_id, self.rec_type, self.form_type, self.record_id
        loaded = self.loaded
        seen = loaded if loaded is not None and loaded.record_id == rid else None
        self.ctx.ops.write(
            lambda s: save_entry(s, sid, rt, ft, values, record_id=rid, memo_text=memo,
                                 seen=seen),
            lambda new_id: self._saved(new_id, rid is None), self._refused, owner=self)
        return True

    def scroll_to_top(self) -> None:
        """Show the top of the form (its heading and message) in the scroll area."""
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if isinstance(parent, QScrollArea):
            parent.verticalScrollBar().setValue(0)

    def _saved(self, record_id: int, added: bool) -> None:
        who = self._who()
        self.dirty = False
        self.ctx.hub.changed.emit(Changes(self.statement_id, schedules=frozenset(
            {(self.rec_type, self.form_type)}), record_id=record_id))
        to_finish = self._finish_words()
        if added and not self.keep_after_add:
            self.new_entry()
            next_words = to_finish or self.tr("Enter the next one, or pick a row to change it.")
            self.set_banner(self.tr("Saved {who}.").format(who=who) + " " + next_words)
            first = next(iter(self.editors.values()), None)
            if self.party and self.party.last in self.editors:
                first = self.editors[self.party.last]
            if first is not None:
                first.input.setFocus()
        else:
            self.record_id = record_id
            self.set_banner((self.tr("Saved {who}.").format(who=who) + " " + to_finish).strip())
        self.scroll_to_top()
        self.saved.emit(record_id)
        self.draft_changed.emit()
        self._ask_about_contributor(record_id)
        self.scroll_to_top()  # after the table reloaded and the cursor moved

    def _ask_about_contributor(self, record_id: int) -> None:
        """Right after a save: occupation and employer once the contributor reaches $100,
        or the same details on their other entries."""
        if self.party is None or self.rec_type == "CVR3":
            return
        self.ctx.ops.read(lambda s: after_save(s, record_id), self.prompt.ask, owner=self)

    def _fill_details(self, record_id: int, details: dict[str, str],
                      others: tuple[int, ...]) -> None:
        def done(changed: int) -> None:
            self.ctx.hub.changed.emit(Changes(self.statement_id, schedules=frozenset(
                kinds_of(self.rec_type, self.form_type)), record_id=self.record_id))
            if details:
                self.set_banner(self.tr("Saved the occupation and employer."))
                self._ask_about_contributor(record_id)  # their other entries, maybe
            else:
                self.set_banner(
                    self.tr("Updated the details on 1 other entry. Ctrl+Z undoes it.")
                    if changed == 1 else self.tr("Updated the details on {n} other entries. "
                                                 "Ctrl+Z undoes it.").format(n=changed))
        self.ctx.ops.write(lambda s: apply_details(s, record_id, details, others), done,
                           lambda exc: self.set_banner(
                               self.tr("Not saved: {why}").format(why=exc), error=True),
                           owner=self)

    def _who(self) -> str:
        name = ""
        if self.party and self.party.last in self.editors:
            last = self.editors[self.party.last].text()
            first = self.editors[self.party.first].text() if self.party.first in self.editors \
                else ""
            name = f"{first} {last}".strip()
        amount = self.editors["Amount"].text() if "Amount" in self.editors else ""
        return ", ".join(p for p in (name, f"${amount.lstrip('$')}" if amount else "") if p) \
            or self.noun()

    def _refused(self, exc: BaseException) -> None:
        if isinstance(exc, EditConflict):  # someone else saved first: keep the typing
            taken = self._take_their_changes(exc.current)
            if exc.gone:  # they deleted it: the next save adds it anew
                self.record_id, self.tran_id = None, ""
            more = self.tr(" Their changes to fields you had not touched are filled in.")
            self.set_banner(str(exc) + (more if taken else ""), error=True)
            self.save_failed.emit()
            return
        message = str(exc)
        for name, problem in getattr(exc, "problems", {}).items():
            if name in self.editors:
                self.editors[name].set_error(problem)
        self.set_banner(self.tr("Not saved: {why}").format(why=message), error=True)
        self.save_failed.emit()

    def _take_their_changes(self, current: EntryData | None) -> int:
        """After a refused save: fields this person left as loaded take the other
        person's new values; what they typed stays. The stored entry becomes the base
        of the next save. Returns how many fields were filled in."""
        if current is None:  # deleted, or not known yet: the next save finds out
            return 0
        base, self.loaded = self.loaded, current
        if base is None:
            return 0
        before = {**base.fields, MEMO_TEXT: base.memo_text}
        now = {**current.fields, MEMO_TEXT: current.memo_text}
        taken = 0
        for name, editor in self.editors.items():
            try:
                untouched = editor.value() == before.get(name, "")
            except ValueError:
                untouched = False
            if untouched and now.get(name, "") != before.get(name, ""):
                editor.set_value(now.get(name, ""))
                taken += 1
        return taken

    def _empty_field_findings(self) -> list[Finding]:
        """What the check says about fields left empty (e.g. a self-employed contributor's
        business name): while typing these wait, at save they are shown at their fields."""
        context = self.rules.context
        if context is None or self.read_only:
            return []
        values = {}
        for name, editor in self.editors.items():
            try:
                values[name] = editor.value() if name != MEMO_TEXT else ""
            except ValueError:
                values[name] = ""
        found = [f for f in check_entry(context, self.rec_type, self.form_type,
                                        {k: v for k, v in values.items() if k != MEMO_TEXT},
                                        self.record_id)
                 if f.location.field in self.editors and not values.get(f.location.field)]
        for f in found:
            self.editors[f.location.field].show_finding(f"{f.message} {f.fix}".strip(),
                                                        error=f.severity == "error")
        return found

    def _finish_words(self) -> str:
        """'Still to do: ...' for the empty fields the check asked for at this save."""
        found, self._to_finish = self._to_finish, []
        if not found:
            return ""
        first = found[0]
        more = self.tr(" (and {n} more: F5 lists them)").format(n=len(found) - 1) \
            if len(found) > 1 else ""
        return self.tr("Still to do: {what}").format(
            what=f"{first.message} {first.fix}".strip()) + more

    def revert(self) -> None:
        """Drop unsaved typing: reload the stored record, or empty a new entry."""
        if self.record_id is not None:
            self.load_record(self.record_id)
        else:
            self.new_entry()
        self.draft_changed.emit()

    def set_read_only(self, read_only: bool) -> None:
        """Filed statements are shown but not changed."""
        self.read_only = read_only
        for editor in self.editors.values():
            editor.input.setEnabled(not read_only)
        self.save_button.setVisible(not read_only)
        self.revert_button.setVisible(not read_only)

    def focus_field(self, name: str) -> bool:
        """Put the cursor in a field (unfolding 'more details' if needed)."""
        editor = self.editors.get(name)
        if editor is None:
            return False
        if not editor.isVisibleTo(self) and hasattr(self, "_more_toggle"):
            self._more_toggle.setChecked(True)
        editor.input.setFocus(Qt.FocusReason.OtherFocusReason)
        editor.highlight()
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(editor)
        return True

    def set_banner(self, text: str, *, error: bool = False) -> None:
        """A line above the fields: what just happened, or what is wrong."""
        self.banner.setText(text)
        self.banner.setStyleSheet(ERROR_STYLE if error else OK_STYLE)
        self.banner.setVisible(bool(text))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.save()
            event.accept()
            return
        if key == Qt.Key.Key_Escape:
            self.revert()
            event.accept()
            return
        super().keyPressEvent(event)

    # ------------------------------------------------------------------ contacts & totals

    def _contact_chosen(self, label: str) -> None:
        choice = next((c for c in self.contacts if c.label == label), None)
        if choice is None:
            return

        def apply() -> None:
            for name, value in party_values(choice, self.rec_type).items():
                if name in self.editors:
                    self.editors[name].set_value(value)
            self._on_changed()
            self._ask_cumulative()
            after = [n for n in ("Rcpt_Date", "Expn_Date", "Loan_Date1", "Ctrib_Date", "Amount")
                     if n in self.editors]
            if after:
                self.editors[after[0]].input.setFocus()
        QTimer.singleShot(0, self, apply)

    def check_rules(self) -> list[Finding]:
        """Run the check's record rules on the entry now, shown at the fields."""
        return self.rules.check()

    def rule_findings(self) -> list[Finding]:
        """What the check's record rules say about the values typed so far."""
        return self.rules.findings()

    def _on_changed(self) -> None:
        if self._filling:
            return
        self._update_balance()
        self.rules.timer.start()
        self.dirty = True
        self._update_cumulative()
        self.draft_changed.emit()

    def _on_committed(self, name: str) -> None:
        self.check_rules()
        if self.party and name in (self.party.last, self.party.first, self.party.zip4,
                                   self.party.city):
            self._cum_timer.start()

    def _ask_cumulative(self) -> None:
        if (self.rec_type, self.form_type) not in CUMULATIVE or self.party is None:
            return
        p = self.party
        get = {n: (self.editors[n].text() if n in self.editors else "")
               for n in (p.last, p.first, p.zip4, p.city)}
        sid, rid = self.statement_id, self.record_id

        def done(found: tuple[int, int]) -> None:
            self._before_total, self._threshold = found
            self._update_cumulative()
        self.ctx.ops.read(lambda s: (year_total_before(
            s, sid, last=get[p.last], first=get[p.first], zip4=get[p.zip4], city=get[p.city],
            exclude_record_id=rid), contributor_threshold(s, sid)), done, owner=self)

    def _update_balance(self) -> None:
        """Keep the computed balance (a loan's, an unpaid bill's) in step as you type."""
        balance = self.balance
        if balance is None or balance.result not in self.editors:
            return

        def get(name: str) -> str:
            editor = self.editors.get(name)
            try:
                return editor.value() if editor is not None else ""
            except ValueError:
                return "?"  # not an amount yet: leave the balance as it is
        total = computed_balance(balance, get)
        if total is not None:
            self.editors[balance.result].set_value(format_cal_amount(total))

    def _amount(self) -> int:
        name = "Loan_Amt1" if self.rec_type == "LOAN" else "Amount"
        editor = self.editors.get(name)
        try:
            value = editor.value() if editor else ""
            return parse_cal_amount(value) if value else 0
        except ValueError:
            return 0

    def _update_cumulative(self) -> None:
        if not self.cumulative.isVisible() and (self.rec_type, self.form_type) not in CUMULATIVE:
            return
        memo = "Memo_Code" in self.editors and self.editors["Memo_Code"].text() == "X"
        total = (self._before_total or 0) + (0 if memo else self._amount())
        who = self.who_words.lower()
        if not total:
            self.cumulative.setText(self.tr("Year to date from this {who}: shown once you "
                                            "type a name and amount.").format(who=who))
            return
        limit = self._threshold or threshold("itemize_contributor")
        rule = self.tr("itemized (listed by name): {limit} or more this year") \
            if total >= limit else \
            self.tr("not itemized: under {limit} this year, counted in the unitemized total")
        self.cumulative.setText(self.tr("Year to date from this {who}, including this entry: "
                                        "{total} - {rule}.").format(
            who=who, total=money(total), rule=rule.format(limit=money(limit))))
