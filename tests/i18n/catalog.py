"""Reading the translation sources (.ts) the way the tests need them."""

from __future__ import annotations

import importlib.util
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

REPO = Path(__file__).resolve().parents[2]

# The contexts of the screens issue #14 names: main window, statement list, Form 460
# editor (cover, schedules, entry form, summary), findings, first-run screen, and the
# core's fixed words they show ("data").
NAMED = frozenset({
    "MainWindow", "app", "i18n", "data", "CommitteePane", "CommitteeListModel",
    "StatementListModel", "StatementEditor", "CoverTab", "SummaryTab", "SummaryModel",
    "ScheduleTab", "ScheduleTableModel", "EntryForm", "FieldEditor", "ContributorPrompt",
    "LateBanner", "FindingsPanel", "FindingsModel", "StartPage",
})


@dataclass(frozen=True)
class Message:
    """One source string and its translation."""

    context: str
    source: str
    translation: str
    finished: bool


def tool() -> ModuleType:
    """tools/translations.py as a module (lupdate, lrelease, the file names)."""
    spec = importlib.util.spec_from_file_location("translations_tool",
                                                  REPO / "tools" / "translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def messages(ts: Path) -> list[Message]:
    """Every message of a .ts file (a plural one by its first form)."""
    out = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text or "" for f in translation.iter("numerusform")]
            text = forms[0] if forms else (translation.text or "")
            finished = translation.get("type") not in ("unfinished", "vanished", "obsolete")
            out.append(Message(name, message.findtext("source") or "", text,
                               finished and bool(text)))
    return out


PLACEHOLDER = re.compile(r"\{\w*\}|%n|%\d")
TAG = re.compile(r"</?([a-zA-Z0-9]+)")
ACCELERATOR = re.compile(r"&(?!(?:[a-z]+|#\d+);)(?=\S)")


def shape(text: str) -> tuple[list[str], list[str], int]:
    """What a translation must keep: placeholders, HTML tags, one '&' accelerator."""
    return (sorted(PLACEHOLDER.findall(text)), sorted(TAG.findall(text)),
            len(ACCELERATOR.findall(text)))
