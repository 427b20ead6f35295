"""How a preview reads its rows: each mapped cell cleaned and checked against its CAL
field, one-column names split, the contributor matched to the committee's contacts.

A file repeats itself (one person gives many times, on few days), so ``RowReader.read``
works out each distinct contributor's columns once and each distinct date or amount
once. ``RowReader.read_plain`` does the same row by row with nothing kept: it is used
when a file's headers repeat (problems, which name a column by its header, could not be
told apart), and it is the reference the fast way is tested against.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from operator import itemgetter
from typing import Any

from calaccess_desktop.cal.layouts import FieldSpec, fields_for
from calaccess_desktop.cal.values import check_common, check_field, format_date, value_problems
from calaccess_desktop.services.contacts import match_key
from calaccess_desktop.services.entry_fields import too_long
from calaccess_desktop.services.sheets import cleaning as cl
from calaccess_desktop.services.sheets.columns import Schedule, target_label
from calaccess_desktop.services.sheets.mapping import Mapping

TRAN_ID_TO_COME = "CD0-0"  # stands in for the Tran_ID the import assigns
CONTACT_LIMITS = {"last_name": 200, "first_name": 45, "title": 10, "suffix": 10, "adr1": 55,
                  "adr2": 55, "city": 30, "state": 2, "zip4": 10, "employer": 200,
                  "occupation": 60, "self_employed": 1, "cmte_id": 9, "entity_cd": 3}
# What a row says about its entry; every other target is about the contributor.
ENTRY_TARGETS = frozenset({"date", "amount", "description", "check_no", "expense_code",
                           "date_due", "rate", "external_id"})
CACHE_LIMIT = 200_000  # distinct values kept per column (a file of all-different cells)


@lru_cache(maxsize=8192)
def _date_text(text: str) -> str:
    """A cell's date as CCYYMMDD (a file repeats few dates)."""
    return format_date(cl.parse_date(text))


PARSERS: dict[str, Callable[[str], str]] = {
    "date": _date_text,
    "date_due": _date_text,
    "amount": cl.amount_text,
    "zip": cl.clean_zip,
    "state": cl.clean_state,
    "self_employed": cl.clean_box,
    "entity": cl.clean_entity,
}


@dataclass(frozen=True, slots=True)
class RowProblem:
    """What is wrong with one cell of one row."""

    row: int
    column: str
    message: str

    def render(self, path: str) -> str:
        """``FILE:row N: column NAME: message``."""
        return f"{path}:row {self.row}: column {self.column}: {self.message}"


@dataclass(frozen=True)
class NearMatch:
    """A contact entered before who may be the same person (to confirm)."""

    contact_id: int
    words: str  # 'Grace Okafor, 95816'


@dataclass(slots=True)
class PreviewRow:
    """One row of the file and what it becomes."""

    row: int
    cells: list[str]
    problems: list[RowProblem] = field(default_factory=list)
    values: list[str] = field(default_factory=list)  # the CAL record (or contact) values
    content: str = ""  # what identifies the row's data (for its fingerprint)
    fingerprint: str = ""
    contact_key: str | None = None
    contact_id: int | None = None  # an existing contact it matches exactly
    near: list[NearMatch] = field(default_factory=list)
    link: int | None = None  # the near match confirmed as the same person
    already: bool = False  # imported before
    skipped: bool = False

    @property
    def status(self) -> str:
        """'skipped', 'already' (imported before), 'problem' or 'new'."""
        if self.skipped:
            return "skipped"
        if self.already:
            return "already"
        return "problem" if self.problems else "new"


@dataclass
class Plan:
    """A schedule's record layout and where each target goes in it."""

    sched: Schedule
    fields: tuple[FieldSpec, ...]
    positions: dict[str, int]  # target -> position in the values
    tran_id: int | None = None  # position of the Tran_ID

    @classmethod
    def of(cls, sched: Schedule, cvr_form: str) -> Plan:
        if not sched.rec_type:
            names = list(CONTACT_LIMITS)
            return cls(sched, (), {t: names.index(f) for t, f in sched.fields.items()})
        layout = fields_for(sched.rec_type, sched.form_type, cvr_form=cvr_form)
        index = {f.name.lower(): i for i, f in enumerate(layout)}
        positions = {t: index[f.lower()] for t, f in sched.fields.items()
                     if f and f.lower() in index}
        return cls(sched, layout, positions, index.get("tran_id"))


Contacts = dict[str, int]  # match key -> contact id
ByLast = dict[str, list[tuple[int, str, str, str]]]  # LAST -> (id, first, place, words)
_Problem = tuple[int, int, str, str]  # (step: 0 cell, 1 blank, 2 field; order; column; words)
_Match = tuple[str | None, int | None, tuple[NearMatch, ...]]
_Cell = tuple[str, tuple[_Problem, ...]]  # an entry cell's value and its problems


def _cells_at(cols: list[int]) -> Callable[[list[str]], Any]:
    """A row's cells at these columns, as one value that can be a dictionary key."""
    if not cols:
        return lambda _cells: ()
    return itemgetter(*cols)


@dataclass(slots=True)
class _Party:
    """One distinct contributor's columns, read once."""

    got: dict[str, str]
    problems: list[_Problem]
    template: list[str]  # the record's values with the contributor's filled in
    content: tuple[str, str, str, str]  # LAST, FIRST, ZIP5, ADR1 (for the fingerprint)
    match: _Match | None = None  # worked out when a row without problems needs it


class RowReader:
    """How a preview reads its rows, prepared once per mapping."""

    def __init__(self, sched: Schedule, plan: Plan, mapping: Mapping, contacts: Contacts,
                 by_last: ByLast) -> None:
        self.sched, self.plan, self.mapping = sched, plan, mapping
        self.contacts, self.by_last = contacts, by_last
        self.headers = mapping.headers
        self.width = len(mapping.columns)
        self.steps = [(col, t, PARSERS.get(t)) for col, t in enumerate(mapping.columns) if t]
        self.where = {t: col for col, t, _p in self.steps}
        if "name" in self.where:
            for target in ("last", "first", "title", "suffix"):
                self.where.setdefault(target, self.where["name"])
        if plan.sched.rec_type:
            self.blank = [""] * len(plan.fields)
            self.blank[0], self.blank[1] = plan.sched.rec_type, plan.sched.form_type
            if plan.tran_id is not None:  # given its Tran_ID when imported
                self.blank[plan.tran_id] = TRAN_ID_TO_COME
        else:
            self.blank = [""] * len(CONTACT_LIMITS)
        self.column_of = {pos: self.where[t] for t, pos in plan.positions.items()
                          if t in self.where}
        self.limits = list(CONTACT_LIMITS.values())
        self.fast = (len(set(self.headers)) == len(self.headers)
                     and len(set(plan.positions.values())) == len(plan.positions)
                     and all(t in self.where for t in sched.required))
        if self.fast:
            self._prepare_fast()

    # ------------------------------------------------------------ the fast way

    def _prepare_fast(self) -> None:
        party_steps = [s for s in self.steps if s[1] not in ENTRY_TARGETS]
        self.party_steps = party_steps
        self.party_cells = _cells_at([col for col, _t, _p in party_steps])
        self.person_key = self._person_key(party_steps)
        self.parties: dict[Any, _Party] = {}  # by the contributor's cells
        self.persons: dict[Any, _Party] = {}  # by what they mean
        self.checked: dict[int, dict[str, str | None]] = {pos: {} for pos in self.column_of}
        positions = self.plan.positions
        self.party_positions = [(t, pos) for t, pos in positions.items()
                                if t not in ENTRY_TARGETS]
        self.party_checked = sorted(pos for t, pos in self.party_positions
                                    if pos in self.column_of)
        # Each entry column: (column, target, position or None, its cache of cell texts).
        self.entry_steps: list[tuple[int, str, int | None, dict[str, _Cell]]] = [
            (col, t, positions.get(t) if positions.get(t) in self.column_of
                             else None, {}) for col, t, _p in self.steps if t in ENTRY_TARGETS]
        self.entry_parse = {t: p for _c, t, p in self.steps if t in ENTRY_TARGETS}
        self.entry_required = [
            (i, t, self.where[t], f"the {target_label(t).lower()} is blank")
            for i, t in enumerate(self.sched.required) if t in ENTRY_TARGETS]

    def _person_key(self, party_steps: list[Any]) -> Callable[[list[str]], Any]:
        """What tells two contributors apart: their cells, with a one-column name as it
        splits ('Okafor, Grace' and 'Grace Okafor' are one person)."""
        name_col = self.name_col = next((col for col, t, _p in party_steps if t == "name"),
                                        None)
        others = _cells_at([col for col, t, _p in party_steps if t != "name"])
        if name_col is None:
            return others
        split, person = cl.split_name, self.sched.person_first

        def key(cells: list[str]) -> Any:  # (the name as it splits, the other cells)
            text = cells[name_col]
            return (split(text, person=person) if text else None, others(cells))

        return key

    def _party_of(self, cells: list[str]) -> _Party:
        """The contributor of a row whose cells were not seen before (perhaps someone
        seen before with the name written the other way round)."""
        key = self.person_key(cells)
        party = self.persons.get(key)
        if party is None:
            party = self._party(cells, key[0] if self.name_col is not None else None)
            if len(self.persons) < CACHE_LIMIT:
                self.persons[key] = party
        return party

    def read(self, row: PreviewRow) -> None:
        """Read one row (what the row's contributor and cells give, worked out once)."""
        if not self.fast:
            self.read_plain(row)
            return
        cells = row.cells
        if len(cells) < self.width:
            cells = cells + [""] * (self.width - len(cells))
        seen = self.parties
        key = self.party_cells(cells)
        party = seen.get(key)
        if party is None:
            party = self._party_of(cells)
            if len(seen) < CACHE_LIMIT:
                seen[key] = party
        values = party.template.copy()
        got: dict[str, str] = {}
        more: list[_Problem] | None = None
        for col, target, pos, cache in self.entry_steps:
            text = cells[col]
            if not text:
                continue
            hit = cache.get(text)
            if hit is None:
                hit = self._entry_cell(col, target, pos, text)
                if len(cache) < CACHE_LIMIT:
                    cache[text] = hit
            value, cell_problems = hit
            if cell_problems:
                more = [*more, *cell_problems] if more else list(cell_problems)
                if cell_problems[0][0] == 0:  # the cell cannot be read
                    continue
            got[target] = value
            if pos is not None:
                values[pos] = value
        for i, target, col, words in self.entry_required:
            if not got.get(target) and (more is None or all(
                    p[1] != col or p[0] for p in more)):
                more = [*(more or ()), (1, i, self.headers[col], words)]
        problems = sorted(party.problems + more) if more else party.problems
        row.values = values
        row.near = []
        row.link = None
        if problems:
            row.problems = [RowProblem(row.row, h, m) for _s, _o, h, m in problems]
            row.contact_key = row.contact_id = None
        else:
            row.problems = []
            match = party.match
            if match is None:
                match = party.match = self._match(party.got)
            row.contact_key, row.contact_id, near = match
            if near:
                row.near = list(near)
        own_id = got.get("external_id", "")
        if own_id:  # the file's own ID, on that day for that amount
            row.content = "\x1f".join((self.sched.code, "id", own_id, got.get("date", ""),
                                       got.get("amount", "")))
        else:
            last, first, zip5, adr1 = party.content
            row.content = "\x1f".join((self.sched.code, last, first, zip5,
                                       got.get("date", ""), got.get("amount", ""), adr1,
                                       got.get("description", "")))

    def _entry_cell(self, col: int, target: str, pos: int | None,
                    text: str) -> _Cell:
        """(value, problems): the cell's own (it cannot be read), or its value's in its CAL
        field."""
        parse = self.entry_parse[target]
        if parse is not None:
            try:
                text = parse(text)
            except cl.CellProblem as exc:
                return "", ((0, col, self.headers[col], str(exc)),)
        if pos is None or not text:
            msg = None
        elif target == "amount":  # written by the parser as a CAL amount: its form is right
            msg = self._written_amount_message(pos, text)
        else:
            msg = self._field_message(pos, text)
        if msg is None:
            return text, ()
        assert pos is not None
        return text, ((2, pos, self.headers[self.column_of[pos]], msg),)

    def _field_message(self, pos: int, value: str) -> str | None:
        """What is wrong with a non-empty value in its field (the words of ``read_plain``),
        remembered (a city, an employer, a last name repeat across contributors)."""
        seen = self.checked[pos]
        if value in seen:
            return seen[value]
        msg = self._field_check(pos, value)
        if len(seen) < CACHE_LIMIT:
            seen[value] = msg
        return msg

    def _written_amount_message(self, pos: int, value: str) -> str | None:
        """``_field_check`` of an amount ``cleaning.amount_text`` wrote, whose amount
        check passes by construction (``tests/sheets/test_fast_reading.py`` proves it):
        only what every field shares is left to check."""
        spec = self.plan.fields[pos]
        msg = check_common(value, spec.max_len)
        return (too_long(value, spec.max_len) or msg) if msg else None

    def _field_check(self, pos: int, value: str) -> str | None:
        if not self.plan.sched.rec_type:
            return too_long(value, self.limits[pos])
        spec = self.plan.fields[pos]
        msg = check_field(value, spec)
        return (too_long(value, spec.max_len) or msg) if msg else None

    def _party(self, cells: list[str],
               split: tuple[str, str, str, str] | None = None) -> _Party:
        """One contributor's columns read (``split``: the name column as it splits, when
        the person's key already split it)."""
        headers, where = self.headers, self.where
        got: dict[str, str] = {}
        problems: list[_Problem] = []
        for col, target, parse in self.party_steps:
            text = cells[col]
            if not text:
                continue
            if parse is not None:
                try:
                    text = parse(text)
                except cl.CellProblem as exc:
                    problems.append((0, col, headers[col], str(exc)))
                    continue
            got[target] = text
        self._split_name(got, split)
        entity_col = where.get("entity")
        if "entity" not in got and all(p[1] != entity_col for p in problems):
            got["entity"] = self._entity(got)
        for i, target in enumerate(self.sched.required):
            if target in ENTRY_TARGETS or got.get(target):
                continue
            column = where[target]
            if all(p[2] != headers[column] for p in problems):
                problems.append((1, i, headers[column], self._blank_words(target, column)))
        template = list(self.blank)
        for target, pos in self.party_positions:
            given = got.get(target)
            if given:
                template[pos] = given
        for pos in self.party_checked:
            value = template[pos]
            if value and (msg := self._field_message(pos, value)):
                problems.append((2, pos, headers[self.column_of[pos]], msg))
        content = (got.get("last", "").upper(), got.get("first", "").upper(),
                   got.get("zip", "")[:5], got.get("adr1", "").upper())
        return _Party(got, problems, template, content)

    # ------------------------------------------------------------ shared steps

    def _split_name(self, got: dict[str, str],
                    split: tuple[str, str, str, str] | None = None) -> None:
        if "name" not in got:
            return
        name = got.pop("name")
        last, first, title, suffix = split if split is not None else cl.split_name(
            name, person=self.sched.person_first)
        for target, value in (("last", last), ("first", first), ("title", title),
                              ("suffix", suffix)):
            if value and not got.get(target):
                got[target] = value

    def _entity(self, got: dict[str, str]) -> str:
        if got.get("committee_id"):
            return "COM"
        if got.get("first") or (self.sched.person_first and
                                not cl.looks_like_organization(got.get("last", ""))):
            return "IND"
        return "OTH"

    def _blank_words(self, target: str, column: int) -> str:
        what = "name" if self.mapping.columns[column] == "name" else \
            target_label(target).lower()
        return f"the {what} is blank"

    def _match(self, got: dict[str, str]) -> _Match:
        """(match key, the contact it names, near matches to confirm) of a contributor."""
        last, first = got.get("last", ""), got.get("first", "")
        if not last:
            return None, None, ()
        key = match_key(last, first, got.get("zip", ""), got.get("city", ""))
        contact_id = self.contacts.get(key)
        if contact_id is not None:
            return key, contact_id, ()
        place = got.get("zip", "")[:5] or got.get("city", "").upper()
        first_up = " ".join(first.upper().split())
        near: list[NearMatch] = []
        for cid, their_first, their_place, words in self.by_last.get(
                " ".join(last.upper().split()), ()):
            same_first = their_first == first_up
            close_first = bool(their_first and first_up) and (
                their_first.startswith(first_up) or first_up.startswith(their_first))
            if (same_first and their_place != place) or (close_first and their_place == place):
                near.append(NearMatch(cid, words))
                if len(near) == 3:
                    break
        return key, None, tuple(near)

    # ------------------------------------------------------------ the plain way

    def read_plain(self, row: PreviewRow) -> None:
        """Read one row cell by cell, keeping nothing (the reference for ``read``)."""
        sched, plan, headers, where = self.sched, self.plan, self.headers, self.where
        got: dict[str, str] = {}
        problems: list[RowProblem] = []
        cells = row.cells
        width = len(cells)
        for col, target, parse in self.steps:
            text = cells[col] if col < width else ""
            if not text:
                continue
            if parse is not None:
                try:
                    text = parse(text)
                except cl.CellProblem as exc:
                    problems.append(RowProblem(row.row, headers[col], str(exc)))
                    continue
            got[target] = text
        self._split_name(got)
        if "entity" not in got and (not problems or "entity" not in where or all(
                p.column != headers[where["entity"]] for p in problems)):
            got["entity"] = self._entity(got)
        for target in sched.required:
            if got.get(target):
                continue
            column = where.get(target, where.get("name", 0))
            if all(p.column != headers[column] for p in problems):
                problems.append(RowProblem(row.row, headers[column],
                                           self._blank_words(target, column)))
        values = list(self.blank)
        for target, pos in plan.positions.items():
            given = got.get(target)
            if given:
                values[pos] = given
        problems.extend(self._plain_field_problems(values, row.row))
        row.problems = problems
        row.values = values
        row.contact_key = row.contact_id = None
        row.near = []
        row.link = None
        if not problems:
            row.contact_key, row.contact_id, near = self._match(got)
            row.near = list(near)
        own_id = got.get("external_id", "")
        row.content = "\x1f".join((  # the file's own ID, on that day for that amount
            sched.code, "id", own_id, got.get("date", ""), got.get("amount", ""))) if own_id \
            else "\x1f".join((
                sched.code, got.get("last", "").upper(),
                got.get("first", "").upper(), got.get("zip", "")[:5], got.get("date", ""),
                got.get("amount", ""), got.get("adr1", "").upper(),
                got.get("description", "")))

    def _plain_field_problems(self, values: list[str], number: int) -> list[RowProblem]:
        column_of, headers, plan = self.column_of, self.headers, self.plan
        out = []
        if not plan.sched.rec_type:
            for pos, value in enumerate(values):
                if pos in column_of and (msg := too_long(value, self.limits[pos])):
                    out.append(RowProblem(number, headers[column_of[pos]], msg))
            return out
        for pos, msg in value_problems(values, plan.fields):
            if pos in column_of:
                msg = too_long(values[pos], plan.fields[pos].max_len) or msg
                out.append(RowProblem(number, headers[column_of[pos]], msg))
        return out
