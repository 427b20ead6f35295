"""With Spanish chosen, the named screens show Spanish: every action, menu, label,
button, group, tab, page, table header, placeholder and accessible name of the main
window, the statement list, the Form 460 editor (cover, every schedule and its entry
form, summary), the findings panel and the first-run screen."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QWidget

from calaccess_desktop.db.orm import Committee, Statement
from calaccess_desktop.services.store import Store
from calaccess_desktop.ui.main_window import MainWindow
from tests.i18n.catalog import messages, tool
from tests.i18n.walk import plain, texts

ACCELERATOR = re.compile(r"&([^&\s])")
# Words that mark English left in a Spanish window ("Total", "Error", "No" are Spanish too).
ENGLISH = re.compile(r"\b(the|and|of|to|for|with|from|this|your|is|are|not|New|Save|Delete|"
                     r"Add|Show|Hide|Enter|Clear|Check|Schedule|Statements?|Committee|Cover|"
                     r"Summary|Page|Date|Amount|Filing|Period|Payments?|Contributions?|"
                     r"entry|entries|Draft|Due|Ready)\b")


def english_sources() -> set[str]:
    """Every source text whose Spanish differs from it, as a window would show it."""
    return {plain(m.source) for m in messages(tool().ts_file("es"))
            if m.finished and plain(m.translation) != plain(m.source)}


def settle(window: QWidget) -> None:
    """Finish the window's work and delete the pages it replaced."""
    if isinstance(window, MainWindow):
        window.ctx.ops.wait_idle()
    QApplication.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


def english_left(window: QWidget, data: list[str]) -> list[tuple[str, str]]:
    """(kind, text) still in English: a source text shown untranslated, or English words
    once the data file's own values (names, addresses) are taken out."""
    sources = english_sources()
    data = sorted((d for d in data if d), key=len, reverse=True)
    left = []
    for kind, text in sorted(set(texts(window))):
        without_data = text
        for value in data:
            without_data = without_data.replace(value, "")
        if text in sources or ENGLISH.search(without_data):
            left.append((kind, text))
    return left


def test_the_main_window_and_the_460_editor_are_in_spanish(spanish, make_window, demo_ids,
                                                          db_path: Path) -> None:
    cid, sids = demo_ids
    store = Store.open(db_path)
    with store.read() as session:
        sid = next(i for i in sids if session.get(Statement, i).form_type == "F460")
        committee = session.get(Committee, cid)
        data = [committee.name, *(str(v) for v in committee.profile.values()),
                 str(db_path.parent)]  # the start page names the data file's folder
    store.close()
    window = make_window()
    window.show_statement(sid)
    for key in list(window.editor.keys):  # every page: cover, summary, Schedules A to I
        window.editor.select_tab(key)
    window.editor.select_tab("A")
    window.findings.run()
    settle(window)
    assert window.editor.info is not None and window.editor.info.form == "F460"
    assert window.findings.model.rowCount() > 0  # the findings and their panel are shown
    undo = {plain(window.act_undo.text()), plain(window.act_redo.text())}  # the core's label
    left = [item for item in english_left(window, data) if item[1] not in undo]
    assert left == []
    menus = [plain(a.text()) for a in window.menuBar().actions()]
    assert menus[:5] == ["Archivo", "Editar", "Ir", "Declaración", "Ayuda"]
    pages = [window.editor.pages.item(i).text() for i in range(window.editor.pages.count())]
    assert pages[:3] == ["Portada", "Página de resumen", "A  Contribuciones (10)"]
    assert window.findings.english.isVisible()  # the findings say they stay in English
    assert "inglés" in window.findings.english.text()


def test_the_first_run_screen_is_in_spanish(spanish, make_window) -> None:
    window = make_window()  # an empty data file: the welcome
    settle(window)
    start = window.editor.stack.widget(0)
    assert start is not None and start.isVisible()
    folder = str(Path(window.ctx.store.location).parent)  # the data file's folder, named
    assert english_left(start, [folder]) == []
    assert "Bienvenido" in " ".join(text for _kind, text in texts(start))


def test_in_english_the_same_screens_show_their_source_words(make_window, demo_ids) -> None:
    _cid, sids = demo_ids
    window = make_window()
    window.show_statement(sids[0])
    settle(window)
    shown = {text for _kind, text in texts(window)}
    assert {"File", "Edit", "Statement", "Cover page", "Check statement (F5)"} <= shown
    assert not window.findings.english.isVisible()


def test_each_spanish_menu_has_one_accelerator_per_letter(spanish, make_window) -> None:
    window = make_window()
    menus = {}
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        keys = [ACCELERATOR.search(a.text()) for a in (menu.actions() if menu else [])]
        letters = [m.group(1).lower() for m in keys if m is not None]
        menus[plain(menu_action.text())] = len(letters) == len(set(letters))
    assert set(menus) == {"Archivo", "Editar", "Ir", "Declaración", "Ayuda"}
    assert all(menus.values()), menus

