"""Going places: back to where the user was at start, and to a finding's field."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from calaccess_desktop.db.orm import Record
from calaccess_desktop.forms.registry import is_summary_name

if TYPE_CHECKING:
    from calaccess_desktop.ui.main_window import MainWindow

RESTORED = ("Restored what you were typing when the app closed. Press Enter to save it, "
            "or Esc to clear it.")


def restore_place(window: MainWindow) -> None:
    """Reopen the committee, statement, tab and row of the last session, and any
    unsaved typing (after a crash or power cut too: the state is saved as you go)."""
    state = window.ctx.state.state
    cid, sid, tab, rid = state.committee_id, state.statement_id, state.tab, state.record_id
    draft = dict(state.draft) if state.draft else None
    if cid is None:  # first start: open the first committee's newest statement
        def first() -> None:
            if window.pane.committees.items and window.pane.committee_id is None:
                window.committee_chosen(window.pane.committees.items[0].id)
        window.pane.refresh(first)
        return

    def after_committee() -> None:
        if sid is None or window.pane.statements.row_of(sid) < 0:
            if window.pane.committees.row_of(cid) >= 0:
                window.committee_chosen(cid)
            return
        window.pane.select_statement(sid)
        window.findings.set_statement(sid)
        window.editor.open(sid, after_open)

    def after_open() -> None:
        window.ctx.state.update(committee_id=cid, statement_id=sid)
        if tab:
            window.editor.show_record(tab, rid, then=after_record)

    def after_record() -> None:
        window.ctx.state.update(tab=tab, record_id=rid)
        if draft and draft.get("statement_id") == sid and draft.get("tab") == tab:
            restore_draft(window, draft)

    window.pane.select_committee(cid, after_committee)


def restore_draft(window: MainWindow, draft: dict[str, Any]) -> None:
    """Put unsaved typing back into the entry form."""
    tab = window.editor.schedule_tabs.get(str(draft.get("tab", "")))
    if tab is None:
        return
    form = tab.form
    if draft.get("record_id") != form.record_id:
        if draft.get("record_id") is not None:
            return
        form.new_entry()
    for name, text in dict(draft.get("fields", {})).items():
        if name in form.editors:
            form.editors[name].set_text(str(text))
    form.dirty = True
    form.set_banner(RESTORED)
    window.ctx.state.update(draft=draft)


def go_to_finding(window: MainWindow, finding: Any) -> None:
    """Open the finding's statement, schedule and row, and put the cursor in its field."""
    loc = getattr(finding, "location", None)
    if loc is None:
        return
    sid = getattr(loc, "statement_id", None) or window.editor.statement_id
    record_id = getattr(loc, "record_id", None)
    field = getattr(loc, "field", "") or ""
    schedule = str(getattr(loc, "schedule", "") or "")
    signer = str(getattr(loc, "signer", "") or "")

    def navigate() -> None:
        if record_id:
            def kind(session: Any) -> tuple[str, str, str] | None:
                row = session.execute(select(Record.rec_type, Record.form_type,
                                             Record.entity_cd)
                                      .where(Record.id == record_id)).first()
                return (row[0], row[1], row[2] or "") if row else None
            window.ctx.ops.read(kind, lambda k: _go(window, k, schedule, record_id, field,
                                                   signer))
        else:
            _go(window, None, schedule, None, field, signer)

    if sid is not None and sid != window.editor.statement_id:
        window.open_statement(sid, navigate)
    else:
        navigate()


def _go(window: MainWindow, kind: tuple[str, str, str] | None, schedule: str,
        record_id: int | None, field: str, signer: str = "") -> None:
    editor = window.editor
    key = ""
    if kind is not None:
        if kind[0] == "CVR3":  # a verification: the signer its record names
            _go_signer(window, record_id, signer or kind[2], field)
            return
        for k, tab in editor.schedule_tabs.items():
            if (tab.rec_type, tab.form_type) == kind[:2]:
                key = k
    if not key:
        upper = schedule.upper()
        if upper in editor.schedule_tabs:
            key = upper
        elif upper in ("CVR", "CVR3", "COVER", "CVR2"):
            key = "cover"
            if signer or upper == "CVR3":  # a missing verification: the signer named
                _go_signer(window, None, signer, field)
                return
        elif is_summary_name(upper):
            editor.select_tab("summary")
            return
    if key:
        editor.show_record(key, record_id, field)


def _go_signer(window: MainWindow, record_id: int | None, entity_cd: str, field: str) -> None:
    """Open the cover page at the verification of the signer a finding names."""
    editor = window.editor
    if editor.cover is None:
        editor.show_record("cover", record_id, field)
        return
    editor.select_tab("cover")
    editor.cover.focus_signer(record_id, entity_cd, field)
