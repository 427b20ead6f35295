"""The Spanish translation: compiled, complete for the named screens, well formed."""

from __future__ import annotations

import ast
import datetime as dt
import json
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QMessageBox

from calaccess_desktop.services.statement_list import STATUS_WORDS, StatementItem
from calaccess_desktop.ui import app, i18n
from tests.i18n.catalog import NAMED, REPO, messages, shape, tool


def test_the_shipped_qm_is_compiled_from_the_ts(tmp_path: Path) -> None:
    t = tool()
    fresh = tmp_path / "calaccess_es.qm"
    t.lrelease(t.ts_file("es"), fresh)
    assert t.qm_file("es").read_bytes() == fresh.read_bytes()
    assert t.qm_file("es") == i18n.qm_file("es")  # where the app loads it from


def test_every_string_of_the_named_screens_is_translated(tmp_path: Path) -> None:
    t = tool()
    fresh = tmp_path / "calaccess_es.ts"
    shutil.copyfile(t.ts_file("es"), fresh)
    t.lupdate(fresh)  # the code's strings now, merged with the committed translations
    found = messages(fresh)
    assert {m.context for m in found} >= NAMED  # every named screen has its strings
    unfinished = [(m.context, m.source) for m in found
                  if m.context in NAMED and not m.finished]
    assert unfinished == []


def test_translations_keep_placeholders_tags_and_one_accelerator() -> None:
    bad = [(m.context, m.source, m.translation)
           for m in messages(tool().ts_file("es"))
           if m.finished and shape(m.source) != shape(m.translation)]
    assert bad == []


def test_the_core_words_include_every_status_and_the_460_pages() -> None:
    words = set(tool().core_words())
    assert set(STATUS_WORDS.values()) <= words
    assert {"Schedule A - Monetary Contributions Received", "Contributions",
            "Contributor's occupation", "Date received"} <= words


@pytest.mark.parametrize(("choice", "locale", "shown"), [
    ("system", "es_MX", "es"), ("system", "es_US", "es"), ("system", "en_US", "en"),
    ("system", "fr_FR", "en"), (None, "es_ES", "es"), ("en", "es_MX", "en"),
    ("es", "en_US", "es"), ("klingon", "es_MX", "es"),
])
def test_the_language_follows_the_choice_else_the_system(choice: str | None, locale: str,
                                                         shown: str) -> None:
    assert i18n.resolve(choice, QLocale(locale)) == shown


def test_installing_spanish_translates_and_english_undoes_it(qapp) -> None:
    try:
        assert i18n.install("es", qapp) == "es" and i18n.current() == "es"
        assert QCoreApplication.translate("MainWindow", "&File") == "&Archivo"
        assert i18n.data_words("Ready to file") == "Lista para presentar"
        assert i18n.english_note().startswith("Las observaciones")
        box = QMessageBox()  # Qt's own buttons come from Qt's translation (qtbase_es.qm)
        box.setStandardButtons(QMessageBox.StandardButton.Save
                               | QMessageBox.StandardButton.Cancel)
        assert sorted(b.text() for b in box.buttons()) == ["Cancelar", "Guardar"]
    finally:
        assert i18n.install("en", qapp) == "en"
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"
    assert i18n.data_words("Ready to file") == "Ready to file"


def test_dates_and_statement_titles_in_spanish(qapp) -> None:
    item = StatementItem(1, 1, "F460", dt.date(2026, 1, 1), dt.date(2026, 6, 30), "SA",
                         "draft", 1, dt.date(2026, 7, 31))
    english = item.title
    try:
        i18n.install("es", qapp)
        assert i18n.month_day_year(dt.date(2026, 7, 31)) == "31 jul 2026"
        assert i18n.statement_title(item) == \
            "Formulario 460 semestral, 1 ene - 30 jun 2026 (enmienda 1)"
    finally:
        i18n.install("en", qapp)
    assert i18n.statement_title(item) == english == \
        "Form 460 Semi-annual, Jan 1 - Jun 30, 2026 (amendment 1)"


def test_start_up_reads_the_language_from_settings(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CALACCESS_CONFIG_DIR", str(tmp_path))
    assert app.language_choice() == "system"  # no settings file yet
    (tmp_path / "settings.json").write_text(json.dumps({"version": 1, "language": "es"}))
    assert app.language_choice() == "es"
    (tmp_path / "settings.json").write_text("{not json")
    assert app.language_choice() == "system"  # an unusable file: the defaults


def test_every_context_is_one_qt_looks_up() -> None:
    """``self.tr`` looks a string up under the object's class name; ``translate(c, ...)``
    under ``c``. A string filed under a variable's name (``window.tr``) never shows."""
    classes = {node.name for path in (REPO / "calaccess_desktop" / "ui").rglob("*.py")
               for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
               if isinstance(node, ast.ClassDef)}
    contexts = {m.context for m in messages(tool().ts_file("es"))}
    assert contexts - classes - {"app", "i18n", "data"} == set()
