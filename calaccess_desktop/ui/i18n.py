"""The window's language: Qt translators for the app's own words and for Qt's.

The language is the Settings choice (``language``: ``system``, ``en`` or ``es``);
``system`` follows QLocale (Spanish when the system is in Spanish, else English). The
app's words are compiled ``.qm`` files in ``ui/translations/`` (package data), built
from ``resources/translations/*.ts`` by ``tools/translations.py``. Findings and printed
forms stay in English, as the FPPC's forms are (``english_note``).
"""

from __future__ import annotations

import datetime as dt
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QTranslator

if TYPE_CHECKING:
    from calaccess_desktop.forms.filing_calendar import DueItem
    from calaccess_desktop.services.statement_list import StatementItem

translate = QCoreApplication.translate  # lupdate finds translate("context", "text")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for lupdate in ``context`` without translating it yet (Qt's own
    marker, typed as text); ``translate(context, text)`` shows it later."""
    del context
    return text


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
    return [("system", translate("i18n", "As the system")),
            ("en", "English"), ("es", "Español")]


def english_note() -> str:
    """What stays in English whatever the language (Settings, findings panel)."""
    return QCoreApplication.translate(
        "i18n", "Findings and printed forms stay in English, as the FPPC's forms are.")


# ---------------------------------------------------------------- words the core makes
# The core (services, forms) speaks English and never imports Qt; the window translates
# its fixed words here. ``tools/translations.py`` lists them for lupdate from the same
# tables (statuses, statement types, the forms' page titles, field labels), so a new
# word appears in the .ts to translate.

DATA = "data"


def data_words(text: str) -> str:
    """A fixed word or phrase of the core (a status, a page title, a field label) in the
    window's language; unknown text is shown as it is."""
    return QCoreApplication.translate(DATA, text) if text else text


def month_day_year(value: dt.date | None) -> str:
    """'Jul 31, 2026' in English, '31 jul 2026' in Spanish ('' for None)."""
    if value is None:
        return ""
    if _current == SOURCE_LANGUAGE:
        from calaccess_desktop.forms.filing_calendar import short_day

        return short_day(value)  # English whatever the machine's locale
    month = QLocale(_locale_name()).monthName(value.month, QLocale.FormatType.ShortFormat)
    return f"{value.day} {month.rstrip('.')} {value.year}"


def period_words(start: dt.date, end: dt.date) -> str:
    """'Jan 1 - Jun 30, 2026' / '1 ene - 30 jun 2026' (a year on both ends only when
    they differ)."""
    if _current == SOURCE_LANGUAGE:
        from calaccess_desktop.services.statement_list import period_words as english

        return english(start, end)
    first = month_day_year(start)
    if start.year == end.year:
        first = first.rsplit(" ", 1)[0]
    return f"{first} - {month_day_year(end)}"


def form_words(name: str) -> str:
    """A form's name as people say it ('Form 460' -> 'Formulario 460')."""
    if _current == SOURCE_LANGUAGE or not name.startswith("Form "):
        return name
    return translate("i18n", "Form") + name[len("Form"):]


def statement_title(item: StatementItem) -> str:
    """The list's and header's name of a statement ('Form 460 Semi-annual, Jan 1 - Jun
    30, 2026 (amendment 1)'), in the window's language."""
    from calaccess_desktop.services.statement_list import TYPE_WORDS, form_name

    if _current == SOURCE_LANGUAGE:
        return item.title
    form = form_words(form_name(item.form))
    kind = data_words(TYPE_WORDS.get(item.stmt_type, ""))
    kind = kind[:1].lower() + kind[1:]  # an adjective after the noun: "Formulario 460 semestral"
    text = f"{form} {kind}".strip()
    if item.period_from and item.period_through:
        text += f", {period_words(item.period_from, item.period_through)}"
    elif item.election_date:
        text += ", " + translate("i18n", "election {day}").format(
            day=month_day_year(item.election_date))
    if item.report_num:
        text += " " + translate("i18n", "(amendment {n})").format(n=item.report_num)
    return text


# A statement's kind by the calendar's words for it (DueItem.notes[0], else its type).
STATEMENT_KINDS = {
    "first pre-election": QT_TRANSLATE_NOOP("i18n", "First pre-election statement"),
    "second pre-election": QT_TRANSLATE_NOOP("i18n", "Second pre-election statement"),
    "quarterly": QT_TRANSLATE_NOOP("i18n", "Quarterly statement"),
    "semi-annual": QT_TRANSLATE_NOOP("i18n", "Semi-annual statement"),
    "SA": QT_TRANSLATE_NOOP("i18n", "Semi-annual statement"),
    "S1": QT_TRANSLATE_NOOP("i18n", "Semi-annual statement"),
    "S2": QT_TRANSLATE_NOOP("i18n", "Semi-annual statement"),
    "QT": QT_TRANSLATE_NOOP("i18n", "Quarterly statement"),
    "PE": QT_TRANSLATE_NOOP("i18n", "Pre-election statement"),
    "SY": QT_TRANSLATE_NOOP("i18n", "Special odd-year statement"),
    "SE": QT_TRANSLATE_NOOP("i18n", "Supplemental pre-election statement"),
}
WINDOWS = {"F497": QT_TRANSLATE_NOOP("i18n", "24-hour late contribution reports"),
           "F496": QT_TRANSLATE_NOOP("i18n", "24-hour late independent expenditure reports")}


def due_sentence(item: DueItem, today: dt.date | None = None) -> str:
    """A filing-calendar line in words (``DueItem.sentence``) in the window's language:
    periodic statements and 24-hour windows; other kinds (registrations, conditional
    statements) keep the calendar's English words."""
    if _current == SOURCE_LANGUAGE:
        return item.sentence(today)
    form = form_words(f"Form {item.form.removeprefix('F')}")
    if item.kind == "window" and item.form in WINDOWS:
        return translate("i18n", "{what} ({form}): from {start} through {end}, each one due "
                         "within 24 hours").format(
            what=translate("i18n", WINDOWS[item.form]), form=form,
            start=month_day_year(item.period_from), end=month_day_year(item.period_through))
    what = due_words(item)
    if what == item.words:  # a kind the window does not put in other words
        return item.sentence(today)
    if item.election is not None:
        what += " " + translate("i18n", "for the {day} election").format(
            day=month_day_year(item.election))
    span = period_words(item.period_from, item.period_through)
    if item.due is None:
        return f"{what}, {span}"
    late = today is not None and item.due < today
    due = (translate("i18n", "was due {day}") if late
           else translate("i18n", "due {day}")).format(day=weekday_date(item.due))
    return f"{what}, {span}, {due}"


def due_words(item: DueItem) -> str:
    """What a filing-calendar line is ('Semi-annual statement (Form 460)', ``DueItem.words``)
    in the window's language; a kind it has no words for keeps the calendar's."""
    key = item.notes[0] if item.notes else item.statement_type or ""
    form = form_words(f"Form {item.form.removeprefix('F')}")
    if _current == SOURCE_LANGUAGE:
        return item.words
    if item.kind == "window" and item.form in WINDOWS:
        return translate("i18n", "{kind} ({form})").format(
            kind=translate("i18n", WINDOWS[item.form]), form=form)
    if item.kind != "statement" or key not in STATEMENT_KINDS:
        return item.words
    if item.words != f"{STATEMENT_KINDS[key]} (Form {item.form.removeprefix('F')})":
        return item.words  # the calendar words this form's line its own way: kept
    return translate("i18n", "{kind} ({form})").format(
        kind=translate("i18n", STATEMENT_KINDS[key]), form=form)


def weekday_date(value: dt.date) -> str:
    """'Thursday, September 24, 2026' / 'jueves, 24 de septiembre de 2026'."""
    if _current == SOURCE_LANGUAGE:
        from calaccess_desktop.forms.filing_calendar import long_day

        return long_day(value)
    day = QDate(value.year, value.month, value.day)
    return QLocale(_locale_name()).toString(day, "dddd, d 'de' MMMM 'de' yyyy")


def _locale_name() -> str:
    """The Qt locale for month and day names: Mexican Spanish for ``es`` (California's)."""
    return {"es": "es_MX"}.get(_current, _current)
