"""Which column holds what: guessed from the headers (a payment processor's export is
recognised by its header set), shown for confirmation, and remembered by the file's
layout (the fingerprint of its header set) for the next file like it."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from sqlalchemy.orm import Session

from calaccess_desktop.db.orm import SheetLayout
from calaccess_desktop.errors import UserError
from calaccess_desktop.services.sheets.columns import (
    IGNORE,
    SYNONYMS,
    TARGETS,
    Schedule,
    cal_name_target,
    header_words,
    target_label,
)

# Headers that hold something we read when no word matches exactly (first match wins).
_CONTAINS = (("zip", "zip"), ("postal", "zip"), ("amount", "amount"), ("amt", "amount"),
             ("employer", "employer"),
             ("occupation", "occupation"), ("city", "city"), ("date", "date"),
             ("first name", "first"), ("last name", "last"), ("street", "adr1"),
             ("address", "adr1"))
# Headers that mention a target word but are not it (a fee is not the contribution).
_NOT = ("fee", "net", "refund", "currency", "status", "email", "phone", "country", "time",
        "recurring", "update", "count")


@dataclass
class Mapping:
    """Each column's target ('' = not read), where the guess came from, and the layout's
    fingerprint."""

    headers: list[str]
    columns: list[str]
    source: str  # 'remembered', a processor's name, or 'guessed from the headers'
    fingerprint: str

    def column_of(self, target: str) -> int | None:
        """The column holding a target (None when no column does)."""
        return self.columns.index(target) if target in self.columns else None

    def lines(self) -> list[str]:
        """'Donor First Name -> First name' for each column."""
        return [f"{h} -> {target_label(t)}" for h, t in zip(self.headers, self.columns,
                                                             strict=True)]

    def set(self, column: int, target: str) -> None:
        """Change one column's target (a target sits in one column only)."""
        if target and target not in TARGETS:
            raise UserError(f"{target!r} is not something a column can hold")
        if target:
            self.columns = [IGNORE if t == target else t for t in self.columns]
        self.columns[column] = target


def fingerprint(headers: list[str]) -> str:
    """The layout of a file: its header set, in order, as compared."""
    text = "\x1f".join(header_words(h) for h in headers)
    return hashlib.sha256(text.encode()).hexdigest()


@cache
def processors() -> tuple[dict[str, Any], ...]:
    """The payment processors' exports we recognise (``processors.json``)."""
    text = resources.files("calaccess_desktop.services.sheets").joinpath(
        "processors.json").read_text(encoding="utf-8")
    return tuple(json.loads(text)["processors"])


def recognise(headers: list[str]) -> dict[str, Any] | None:
    """The processor whose export has these headers (all of its signature), if any."""
    have = {header_words(h) for h in headers}
    for proc in processors():
        if all(header_words(h) in have for h in proc["signature"]):
            return proc
    return None


def _guess_one(words: str) -> str:
    if words in SYNONYMS:
        return SYNONYMS[words]
    tokens = set(words.split())
    if any(bad in tokens for bad in _NOT):
        return IGNORE
    for part, target in _CONTAINS:
        if f" {part} " in f" {words} ":
            return target
    return IGNORE


def guess(headers: list[str], sched: Schedule) -> Mapping:
    """Each column's target from its header words (a known export's own columns first);
    targets that mean nothing on the schedule are left out, each target used once."""
    proc = recognise(headers)
    own = {header_words(k): v for k, v in (proc["columns"] if proc else {}).items()}
    allowed = set(sched.targets)
    columns: list[str] = []
    for header in headers:
        words = header_words(header)
        target = own.get(words) or cal_name_target(header, sched) or _guess_one(words)
        columns.append(target if target in allowed and target not in columns else IGNORE)
    if "name" in columns and "last" in columns:  # separate name columns win over one
        columns[columns.index("name")] = IGNORE
    source = proc["name"] if proc else "guessed from the headers"
    return Mapping(list(headers), columns, source, fingerprint(headers))


def mapping_for(session: Session, headers: list[str], sched: Schedule) -> Mapping:
    """The mapping remembered for this layout, else a guess."""
    key = fingerprint(headers)
    layout = session.get(SheetLayout, key)
    if layout is not None and layout.schedule == sched.code:
        columns = list(layout.mapping.get("columns") or [])
        if len(columns) == len(headers):
            return Mapping(list(headers), columns, "remembered", key)
    return guess(headers, sched)


def remember(session: Session, mapping: Mapping, sched: Schedule) -> None:
    """Keep the mapping for the next file of this layout."""
    layout = session.get(SheetLayout, mapping.fingerprint)
    data = {"headers": list(mapping.headers), "columns": list(mapping.columns)}
    if layout is None:
        session.add(SheetLayout(fingerprint=mapping.fingerprint, schedule=sched.code,
                                mapping=data))
    else:
        layout.schedule = sched.code
        layout.mapping = data
