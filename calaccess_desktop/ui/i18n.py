"""The window's language: Qt translators for the app's own words and for Qt's.

The language is the Settings choice (``language``: ``system``, ``en`` or ``es``);
``system`` follows QLocale (Spanish when the system is in Spanish, else English). The
app's words are compiled ``.qm`` files in ``ui/translations/`` (package data), built
from ``resources/translations/*.ts`` by ``tools/translations.py``. Findings and printed
forms stay in English, as the FPPC's forms are (``english_note``).
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

SOURCE_LANGUAGE = "en"
LANGUAGES = ("en", "es")  # the source language first; each other one has a .qm
CHOICES = ("system", *LANGUAGES)

_installed: list[QTranslator] = []  # kept alive while installed
_current = SOURCE_LANGUAGE


def resolve(choice: str | None, locale: QLocale | None = None) -> str:
    """The language to show for a Settings choice: ``system`` (or anything unknown)
    follows the locale's language when the app has it, else English."""
    if choice in LANGUAGES:
        return str(choice)
    name = (locale if locale is not None else QLocale.system()).name()  # "es_MX"
    code = name.split("_", 1)[0].lower()
    return code if code in LANGUAGES else SOURCE_LANGUAGE


def qm_file(language: str) -> Path:
    """The compiled translation of the app's words into ``language``."""
    return Path(str(resources.files("calaccess_desktop.ui") / "translations"
                    / f"calaccess_{language}.qm"))


def _qt_file(language: str) -> Path:
    """Qt's own translation (standard buttons and dialogs)."""
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    return Path(folder) / f"qtbase_{language}.qm"


def install(choice: str | None, app: QCoreApplication | None = None) -> str:
    """Install the translators for a Settings choice (replacing any installed before)
    and return the language shown. Windows made afterwards use it; English needs none.
    A missing Qt translation leaves Qt's own buttons in English, nothing more."""
    global _current
    app = app or QCoreApplication.instance()
    for old in _installed:
        QCoreApplication.removeTranslator(old)
    _installed.clear()
    language = resolve(choice)
    if language != SOURCE_LANGUAGE and app is not None:
        for path in (_qt_file(language), qm_file(language)):
            translator = QTranslator()
            if path.is_file() and translator.load(str(path)):
                QCoreApplication.installTranslator(translator)
                _installed.append(translator)
        if not _installed:
            language = SOURCE_LANGUAGE
    _current = language
    return language


def current() -> str:
    """The language the window shows (``en`` until ``install`` chose another)."""
    return _current


def language_choices() -> list[tuple[str, str]]:
    """(code, words) for the Settings list: each language in its own name."""
    return [("system", QCoreApplication.translate("i18n", "As the system")),
            ("en", "English"), ("es", "Español")]


def english_note() -> str:
    """What stays in English whatever the language (Settings, findings panel)."""
    return QCoreApplication.translate(
        "i18n", "Findings and printed forms stay in English, as the FPPC's forms are.")
