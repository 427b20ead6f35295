"""The vocabulary of the conditions table: :class:`Need`, the row predicates, the form
groups, and :class:`Table` (one per record-type module of this package).

Each predicate says which of the row's fields it reads (``reads_of``; the statement's
facts in ``r.ctx`` are the same for every row), so a full check can ask it once per
distinct combination of those values instead of once per row."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from calaccess_desktop.cal.values import ascii_digits, format_date
from calaccess_desktop.forms.applicability import cover_field_applies

if TYPE_CHECKING:
    from calaccess_desktop.validation.context import Ctx, Row

Test = Callable[["Row"], bool]
_READS = "reads"  # the attribute naming the fields a predicate reads


def reading(*names: str) -> Callable[[Test], Test]:
    """Mark a predicate as reading only these fields of the row (and ``r.ctx``)."""
    def mark(test: Test) -> Test:
        setattr(test, _READS, names)
        return test
    return mark


def reads_of(test: Test) -> tuple[str, ...] | None:
    """The fields a predicate reads (None: not declared, ask it row by row)."""
    names = getattr(test, _READS, None)
    return names if isinstance(names, tuple) else None


def _joined(tests: tuple[Test, ...], combined: Test) -> Test:
    """``combined`` reads what its parts read (undeclared if any part is)."""
    parts = [reads_of(t) for t in tests]
    if all(p is not None for p in parts):
        reading(*dict.fromkeys(n for p in parts for n in p or ()))(combined)
    return combined


@dataclass(frozen=True, slots=True)
class Need:
    """One condition: the field is required on ``forms`` when ``test`` holds."""

    why: str  # the condition in words ('' = always), shown in the fix and in RULES.md
    test: Test | None = None  # None: always required where the entry applies
    forms: frozenset[str] | None = None  # record Form_Types (CVR: the filing's form)
    rule: str = ""  # catalog rule reporting this field ('' = generated SPEC id)
    ctx: Callable[[Ctx], bool] | None = None  # committee/statement condition
    severity: str = ""  # documented override of the level's severity ('' = by level)
    note: str = ""  # why the override or a reading of the spec, for RULES.md


NEVER = "never"  # marker: the field is not required anywhere (reason in note)


def only(*forms: str) -> frozenset[str]:
    return frozenset(forms)


def entity(*codes: str) -> Test:
    @reading("Entity_Cd")
    def test(r: Row) -> bool:
        return r.entity in codes
    return test


def filled(name: str) -> Test:
    @reading(name)
    def test(r: Row) -> bool:
        return r.has(name)
    return test


def blank(name: str) -> Test:
    @reading(name)
    def test(r: Row) -> bool:
        return not r.has(name)
    return test


def equals(name: str, *values: str) -> Test:
    @reading(name)
    def test(r: Row) -> bool:
        return r.up(name) in values
    return test


def all_of(*tests: Test) -> Test:
    if len(tests) == 2:
        first, second = tests

        def both(r: Row) -> bool:
            return first(r) and second(r)
        return _joined(tests, both)

    def test(r: Row) -> bool:
        return all(t(r) for t in tests)
    return _joined(tests, test)


def any_of(*tests: Test) -> Test:
    if len(tests) == 2:
        first, second = tests

        def either(r: Row) -> bool:
            return first(r) or second(r)
        return _joined(tests, either)

    def test(r: Row) -> bool:
        return any(t(r) for t in tests)
    return _joined(tests, test)


IND = entity("IND")
COM_NO_ID = all_of(entity("COM", "RCP"), blank("Cmte_ID"))
COM_NO_TREASURER = all_of(entity("COM", "RCP"), blank("Tres_NamL"))
OFFICE_OTH = equals("Office_Cd", "OTH")
JURIS_NAMED = equals("Juris_Cd", "CIT", "CTY", "LOC", "OTH")
JURIS_DISTRICT = equals("Juris_Cd", "SEN", "ASM", "BOE")
NO_MEASURE = all_of(blank("Bal_Name"), blank("Bal_Num"))
NO_CANDIDATE = blank("Cand_NamL")
HAS_CANDIDATE = filled("Cand_NamL")
NO_CODE = blank("Expn_Code")
EXPLAIN_CODE = equals("Expn_Code", "CTB", "IND", "IKD")


@reading("Entity_Cd", "Cum_YTD", "Amount")
def occupation_due(r: Row) -> bool:
    """Individuals whose calendar-year total reached the occupation threshold ($100)."""
    if r.entity != "IND":
        return False
    total = r.cents("Cum_YTD") or r.cents("Amount")
    return total >= r.ctx.occupation or total == 0


def cover_flag(number: int) -> Test:
    """CVR flags 42-45 apply per form and committee type (forms/applicability.py)."""
    @reading()
    def test(r: Row) -> bool:
        return cover_field_applies(r.ctx.form, r.ctx.cmtte, number)
    return test


def stmt(*types: str) -> Test:
    @reading()
    def test(r: Row) -> bool:
        return r.ctx.stmt_type in types
    return test


@reading()
def amended(r: Row) -> bool:
    return r.ctx.report_num > 0


@reading("Entity_Cd", "EmplBus_CB")
def person_filer(r: Row) -> bool:
    """A candidate or individual filer, or a 461 filer whose employer or business is
    given (EmplBus_CB: a field of the 461's cover only)."""
    return r.entity in ("CAO", "IND") or r.up("EmplBus_CB") == "X"


@reading("Rpt_Date")
def even_year(r: Row) -> bool:
    day = r.get("Rpt_Date") or format_date(r.ctx.today)
    return ascii_digits(day[:4]) and int(day[:4]) % 2 == 0


@reading()
def file_only(r: Row) -> bool:
    return r.ctx.is_file


@reading("Filer_NamF")
def not_person_filer(r: Row) -> bool:
    return not r.has("Filer_NamF")


# --- committee conditions for the cover (forms/applicability.py says which apply) ----
def candidate(c: Ctx) -> bool:
    return c.cmtte == "C"


def primarily_formed_candidate(c: Ctx) -> bool:
    return c.cmtte == "P"


def primarily_formed_measure(c: Ctx) -> bool:
    return c.cmtte == "B" and c.flag1 == "Y"


def primarily_formed(c: Ctx) -> bool:
    return c.primarily_formed


N = Need
PERIODIC = only("F460", "F450", "F425")
LATE = only("F496", "F497", "F498")
ALL_BUT_LATE = only("F401", "F425", "F450", "F460", "F461", "F465", "F470", "F400", "F402", "F410")
E_LIKE = only("E", "G", "F450P5", "F461P5", "F465P3")
CAND_ON_EXPN = only("D", "F450P5", "F461P5")

Entry = tuple[Need, ...]


class Table:
    """One record type's entries: ``add(rec, "Name1 Name2", Need(...), ...)``."""

    def __init__(self) -> None:
        self.entries: dict[tuple[str, str], Entry] = {}

    def add(self, rec: str, names: str | Iterable[str], *needs: Need) -> None:
        for name in names.split() if isinstance(names, str) else names:
            self.entries[(rec, name)] = self.entries.get((rec, name), ()) + tuple(needs)
