"""The open statement: a header saying what it is and what to do next (and which late
reports its entries call for), then tabs for the cover page, the summary page (and, for
an amendment, what it changes since filed) and each schedule."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from calaccess_desktop.forms.registry import spec_for
from calaccess_desktop.services.contact_choices import ContactChoice, contact_choices
from calaccess_desktop.services.entries import StatementInfo, statement_info
from calaccess_desktop.services.officers import officers_of
from calaccess_desktop.services.profile_fields import FIELDS as PROFILE_FIELDS
from calaccess_desktop.services.schedule_rows import schedule_counts
from calaccess_desktop.services.statement_list import StatementItem
from calaccess_desktop.ui.context import AppContext, Changes
from calaccess_desktop.ui.controllers.changes_tab import ChangesTab
from calaccess_desktop.ui.controllers.cover_tab import CoverTab
from calaccess_desktop.ui.controllers.late_banner import LateBanner
from calaccess_desktop.ui.controllers.schedule_tab import ScheduleTab
from calaccess_desktop.ui.controllers.summary_tab import SummaryTab
from calaccess_desktop.ui.i18n import data_words, statement_title
from calaccess_desktop.ui.models.committee_model import due_words


def _loaded(changes: Changes, tab: ScheduleTab) -> bool:
    return changes.everything or (tab.rec_type, tab.form_type) in changes.schedules


class StatementEditor(QWidget):
    """Cover, summary and schedule tabs of one statement."""

    tab_changed = Signal(str)
    record_selected = Signal(object)
    edit_profile = Signal()
    edit_profile_field = Signal(str)
    info_changed = Signal(object)  # StatementInfo
    finding_chosen = Signal(object)  # a Finding to go to (the late-report banner's "Show")

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.statement_id: int | None = None
        self.info: StatementInfo | None = None
        self.cover: CoverTab | None = None
        self.summary: SummaryTab | None = None
        self.changes: ChangesTab | None = None  # an amendment's "Changes since filed"
        self.schedule_tabs: dict[str, ScheduleTab] = {}
        self.keys: list[str] = []
        self.short: dict[str, str] = {}  # part key -> short title
        self.officer_name = "the Secretary of State"  # where the committee files
        self.extra_forms: tuple[str, ...] = ()  # what its officers also want filed
        self.placeholder = QLabel(
            self.tr("<h2>No statement open</h2><p>Choose a committee and one of its statements "
                    "on the left, or start one: <b>File &gt; New statement</b> "
                    "(Ctrl+Shift+N).</p><p>New here? Create your committee first: <b>File &gt; "
                    "New committee</b>.</p>"))
        self.placeholder.setWordWrap(True)
        self.placeholder.setAccessibleName(self.tr("No statement open"))
        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Statement status"))
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setAccessibleName(self.tr("What to do next"))
        self.hint.setStyleSheet("color: #1d4f91;")
        self.late = LateBanner(ctx)
        self.late.show_finding.connect(self.finding_chosen)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Statement pages"))
        self.tabs.tabBar().hide()
        self.tabs.setDocumentMode(True)
        self.tabs.currentChanged.connect(self._tab_shown)
        # All pages listed at once (a tab bar would hide half the schedules).
        self.pages = QListWidget()
        self.pages.setAccessibleName(self.tr("Pages of the statement"))
        self.pages.currentRowChanged.connect(self._page_chosen)
        width = self.fontMetrics().horizontalAdvance("0")
        self.pages.setFixedWidth(width * 22)
        self.pages.setSpacing(2)
        body = QHBoxLayout()
        body.addWidget(self.pages)
        body.addWidget(self.tabs, 1)
        content = QWidget()
        v = QVBoxLayout(content)
        v.setContentsMargins(6, 6, 6, 0)
        v.addWidget(self.title)
        v.addWidget(self.status)
        v.addWidget(self.hint)
        v.addWidget(self.late)
        v.addLayout(body, 1)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    # ------------------------------------------------------------------ opening

    def open(self, statement_id: int, then: Callable[[], None] | None = None) -> None:
        """Open a statement (tabs built once its facts are read)."""
        self.late.follow(statement_id)  # at once: an older statement's result is stale
        def work(session: Any) -> tuple[StatementInfo, dict[Any, int], list[ContactChoice],
                                         WhereFiled]:
            info = statement_info(session, statement_id)
            return info, schedule_counts(session, statement_id), \
                contact_choices(session, info.committee_id), \
                _where_filed(session, info.committee_id)

        def done(result: tuple[StatementInfo, dict[Any, int], list[ContactChoice],
                               WhereFiled]) -> None:
            self.officer_name, self.extra_forms = result[3]
            self._build(*result[:3])
            if then is not None:
                then()
        self.ctx.ops.read(work, done)

    def close_statement(self) -> None:
        """Show the placeholder (no statement open)."""
        self.statement_id, self.info = None, None
        self.late.follow(None)
        self.stack.setCurrentIndex(0)  # first: no page shown (and computed) while clearing
        self._clear()

    def _clear(self) -> None:
        self.tabs.blockSignals(True)
        self.pages.blockSignals(True)
        self.pages.clear()
        while self.tabs.count():
            widget = self.tabs.widget(0)
            self.tabs.removeTab(0)
            if widget is not None:
                widget.deleteLater()
        self.tabs.blockSignals(False)
        self.pages.blockSignals(False)
        self.schedule_tabs.clear()
        self.keys = []

    def _build(self, info: StatementInfo, counts: dict[Any, int],
               contacts: list[ContactChoice]) -> None:
        self._clear()
        self.statement_id, self.info = info.id, info
        self.tabs.blockSignals(True)
        self.cover = CoverTab(self.ctx, info)
        self.cover.edit_profile.connect(self.edit_profile)
        self._add("cover", self.cover, self.tr("Cover page"),
                  self.tr("Cover page: period, committee, signature"))
        spec = spec_for(info.form)
        self.summary = (SummaryTab(self.ctx, info.id, info.form)
                        if spec.summarize is not None else None)
        if self.summary is not None:
            self._add("summary", self.summary, self.tr("Summary page"),
                      self.tr("Summary page (computed)"))
        self.short = {p.key: data_words(p.short_title) for p in spec.parts}
        for part in spec.parts:
            key, rt, ft = part.key, part.rec_type, part.form_type
            tab = ScheduleTab(self.ctx, info.id, rt, ft, info.form, part.title, info.editable)
            tab.set_contacts(contacts)
            tab.record_selected.connect(self.record_selected)
            tab.form.draft_changed.connect(lambda k=key, t=tab: self._draft(k, t))
            self.schedule_tabs[key] = tab
            self._add(key, tab, self._tab_text(key, counts.get((rt, ft), 0)),
                      data_words(part.title))
        # Last, so that Ctrl+1 ... Ctrl+9 open the same pages in every statement.
        self.changes = ChangesTab(self.ctx, info.id, info.form, self.open_change) \
            if info.amends_statement_id is not None else None
        if self.changes is not None:
            self._add("changes", self.changes, self.tr("Changes since filed"),
                      self.tr("What this amendment changes from the report it amends"))
        self.tabs.blockSignals(False)
        self.stack.setCurrentIndex(1)
        self._show_header(info)
        if self.summary is not None:
            self.summary.refresh()
        self.tabs.setCurrentIndex(0)
        self._tab_shown(0)

    def _add(self, key: str, widget: QWidget, text: str, tip: str) -> None:
        i = self.tabs.addTab(widget, text)
        self.tabs.setTabToolTip(i, tip)
        item = QListWidgetItem(text)
        item.setToolTip(tip)
        self.pages.blockSignals(True)
        self.pages.addItem(item)
        self.pages.blockSignals(False)
        self.keys.append(key)

    def _set_text(self, index: int, text: str) -> None:
        self.tabs.setTabText(index, text)
        item = self.pages.item(index)
        if item is not None:
            item.setText(text)

    def _page_chosen(self, row: int) -> None:
        if 0 <= row < self.tabs.count() and row != self.tabs.currentIndex():
            self.tabs.setCurrentIndex(row)

    def _tab_text(self, key: str, count: int) -> str:
        name = self.short.get(key, key)
        label = f"{key}  {name}" if len(key) <= 2 else name
        return f"{label} ({count})" if count else label

    def _show_header(self, info: StatementInfo) -> None:
        item = statement_item_from(info)
        self.title.setText(f"{info.committee_name}: {statement_title(item)}")
        status = data_words(item.status_words)
        due = due_words(info.due, info.status)
        if due:
            status += "  ·  " + self.tr("due {day}").format(day=due)
        if info.imported:
            status += "  ·  " + self.tr("imported from a .CAL file")
        self.status.setText(self.tr("Status: {status}").format(status=status))
        if not info.editable:
            hint = self.tr("This statement is filed and cannot change. To correct it, use "
                           "Statement > Amend filed statement; the original stays as filed.")
        elif info.status == "ready":
            hint = self.tr("Ready to file. Next: print it (Ctrl+P) or file it with "
                           "{officer}.").format(officer=data_words(self.officer_name))
        elif self.changes is not None:
            hint = self.tr("This is an amendment: correct what was wrong on its pages, then "
                           "look at Changes since filed to see exactly what re-filing it "
                           "changes.")
        elif "hint" in spec_for(info.form).notes:
            hint = data_words(spec_for(info.form).notes["hint"])
        else:
            hint = self.tr("Enter each item on its tab, then check the statement (F5).")
        filing = data_words(spec_for(info.form).notes.get("filing", ""))
        if filing and filing not in hint:  # how the form is filed (e.g. on paper)
            hint = f"{hint} {filing}"
        if info.editable and self.extra_forms:  # a city's own forms (officers.json)
            hint = hint + " " + self.tr("Also file: {forms}.").format(
                forms="; ".join(self.extra_forms))
        self.hint.setText(hint)
        self.info_changed.emit(info)

    def _draft(self, key: str, tab: ScheduleTab) -> None:
        """Keep unsaved typing in the session file so a crash loses nothing."""
        form = tab.form
        draft = {"statement_id": self.statement_id, "tab": key, "record_id": form.record_id,
                 "fields": form.typed()} if form.dirty else None
        self.ctx.state.update(draft=draft)

    # ------------------------------------------------------------------ tabs

    def current_key(self) -> str:
        """Key of the shown tab ('cover', 'summary', 'A' ...)."""
        i = self.tabs.currentIndex()
        return self.keys[i] if 0 <= i < len(self.keys) else ""

    def select_tab(self, key: str) -> bool:
        """Show a tab by key."""
        if key in self.keys:
            self.tabs.setCurrentIndex(self.keys.index(key))
            return True
        return False

    def step_tab(self, step: int) -> None:
        """Next (1) or previous (-1) tab, wrapping around."""
        if self.tabs.count():
            self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % self.tabs.count())

    def current_schedule(self) -> ScheduleTab | None:
        """The shown schedule tab, if a schedule is shown."""
        return self.schedule_tabs.get(self.current_key())

    def _tab_shown(self, index: int) -> None:
        key = self.keys[index] if 0 <= index < len(self.keys) else ""
        if self.pages.currentRow() != index:
            self.pages.blockSignals(True)
            self.pages.setCurrentRow(index)
            self.pages.blockSignals(False)
        tab = self.schedule_tabs.get(key)
        if tab is not None and tab.model.index_ is None:
            tab.load()
        self.tab_changed.emit(key)

    def show_record(self, key: str, record_id: int | None, field: str = "",
                    then: Callable[[], None] | None = None) -> None:
        """Go to a schedule, select a record, open it in the form and focus a field."""
        if key in ("cover", "CVR", "CVR3") and self.cover is not None:
            self.select_tab("cover")
            self._focus_cover(record_id, field)
            if then:
                then()
            return
        tab = self.schedule_tabs.get(key)
        if tab is None:
            self.select_tab(key)  # 'summary', 'changes' (or nothing: an unknown key)
            if then:
                then()
            return
        self.select_tab(key)

        def focus() -> None:
            if field:
                tab.form.focus_field(field)
            if then:
                then()

        def select() -> None:
            if record_id is None or not tab.select_record(record_id, then=focus):
                focus()
        if tab.model.index_ is None:
            tab.load(then=select)
        else:
            select()

    def open_change(self, rec_type: str, form_type: str, record_id: int) -> bool:
        """Open a record of the "Changes since filed" page on its own page."""
        if rec_type == "CVR3":
            self.show_record("cover", record_id)
            return True
        key = next((k for k, t in self.schedule_tabs.items()
                    if (t.rec_type, t.form_type) == (rec_type, form_type)), None)
        if key is None:
            return False
        self.show_record(key, record_id)
        return True

    def _focus_cover(self, record_id: int | None, field: str) -> None:
        cover = self.cover
        assert cover is not None
        statement = {"Stmt_Type": cover.type_editor, "From_Date": cover.from_editor,
                     "Thru_Date": cover.thru_editor, "Elect_Date": cover.elect_editor}
        if field in statement:
            statement[field].input.setFocus()
            return
        if field in PROFILE_FIELDS or field.lower() in ("filer_id", "cmtte_type"):
            self.edit_profile_field.emit(field)
            return
        forms = list(cover.signer_forms().values()) or [cover.verification]
        target = next((f for f in forms if record_id and f.record_id == record_id), None)
        if target is None:  # a missing signature: the first form not signed yet
            target = next((f for f in reversed(forms) if f.record_id is None), forms[0])
        target.focus_field(field or "Sig_Date")

    # ------------------------------------------------------------------ changes

    def on_changed(self, changes: Changes) -> None:
        """Refresh what a change touched (only for the open statement)."""
        sid = self.statement_id
        if sid is None or not (changes.everything or changes.statement_id == sid):
            return
        self.late.changed()
        for tab in self.schedule_tabs.values():
            if tab.model.index_ is not None and _loaded(changes, tab):
                tab.load(select_record=changes.record_id)
        if self.summary is not None:
            self.summary.refresh()
        if self.changes is not None:
            self.changes.refresh()

        def work(session: Any) -> tuple[StatementInfo, dict[Any, int], list[ContactChoice],
                                         WhereFiled]:
            info = statement_info(session, sid)
            return info, schedule_counts(session, sid), contact_choices(
                session, info.committee_id), _where_filed(session, info.committee_id)

        def done(result: tuple[StatementInfo, dict[Any, int], list[ContactChoice],
                               WhereFiled]) -> None:
            info, counts, contacts, where = result
            if info.id != self.statement_id:
                return
            self.officer_name, self.extra_forms = where
            editable_changed = self.info is not None and self.info.editable != info.editable
            self.info = info
            if editable_changed:
                self.open(info.id)
                return
            self._show_header(info)
            if self.cover is not None:
                self.cover.show_info(info)
            for key, tab in self.schedule_tabs.items():
                self._set_text(self.keys.index(key), self._tab_text(
                    key, counts.get((tab.rec_type, tab.form_type), 0)))
                tab.set_contacts(contacts)

        def missing(_exc: BaseException) -> None:
            self.close_statement()
        self.ctx.ops.read(work, done, missing)


WhereFiled = tuple[str, tuple[str, ...]]


def _where_filed(session: Any, committee_id: int) -> WhereFiled:
    """The primary officer's name in a sentence and the extra forms its officers want."""
    officers = officers_of(session, committee_id)
    extra = tuple(dict.fromkeys(form for o in officers for form in o.extra_forms))
    return officers[0].the_name, extra


def statement_item_from(info: StatementInfo) -> StatementItem:
    """The list entry for a StatementInfo (its title and status words)."""
    return StatementItem(info.id, info.committee_id, info.form, info.period_from,
                         info.period_through, info.stmt_type, info.status, info.report_num,
                         info.due, info.election_date)
