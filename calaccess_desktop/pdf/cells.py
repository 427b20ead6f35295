"""Cell kinds for printed schedules: how a column turns a CAL record into lines of text.

A cell is data (field names); ``compile(index, ctx)`` binds it to one record layout
(field name -> position) and returns a fast ``values -> list[str]`` function.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import ClassVar, Protocol

from calaccess_desktop.cal.layouts import codes
from calaccess_desktop.pdf import text

Values = Sequence[str]
LinesFn = Callable[[Values], list[str]]
Getter = Callable[[Values], str]


@dataclass(frozen=True)
class RowContext:
    """What cells may need beyond the record: per-election amounts by (schedule, Tran_ID)."""

    splits: Mapping[tuple[str, str], tuple[tuple[str, str, str], ...]] = field(
        default_factory=dict
    )
    form_type: str = ""


class Cell(Protocol):
    """Anything that can be bound to a layout."""

    def compile(self, index: Mapping[str, int], ctx: RowContext) -> LinesFn: ...


def getter(index: Mapping[str, int], name: str) -> Getter:
    """A function reading one named field from a record's values ('' when absent)."""
    i = index.get(name.lower())
    if i is None:
        return _blank

    def get(values: Values, i: int = i) -> str:
        return values[i] if i < len(values) else ""

    return get


def _blank(values: Values) -> str:
    return ""


@cache
def _code_names(list_name: str) -> dict[str, str]:
    return codes(list_name)


@dataclass(frozen=True)
class Text:
    """One field as one (wrapped) line."""

    name: str
    prefix: str = ""

    def compile(self, index: Mapping[str, int], ctx: RowContext) -> LinesFn:
        g, prefix = getter(index, self.name), self.prefix
        if prefix:
            return lambda v: [prefix + x] if (x := g(v)) else []
        return lambda v: [x] if (x := g(v)) else []


@dataclass(frozen=True)
class Date:
    """A CAL date field as MM/DD/YYYY."""

    name: str
    prefix: str = ""
    single: ClassVar[bool] = True  # never more than one short line

    def compile(self, index: Mapping[str, int], ctx: RowContext) -> LinesFn:
        g, prefix = getter(index, self.name), self.prefix
        return lambda v: [prefix + text.date(x)] if (x := g(v)) else []


@dataclass(frozen=True)
class Money:
    """A CAL amount field with thousands separators and two decimals."""

    name: str
    suffix: str = ""
    single: ClassVar[bool] = True

    def compile(self, index: Mapping[str, int], ctx: RowContext) -> LinesFn:
        g, suffix = getter(index, self.name), self.suffix
        return lambda v: [text.money(x) + suffix] if (x := g(v)) else []


@dataclass(frozen=True)
class Stack:
    """Several cells one under the other."""

    parts: tuple[Cell, ...]

    def compile(self, index: Mapping[str, int], ctx: RowContext) -> LinesFn:
        fns = [p.compile(index, ctx) for p in self.parts]

        def lines(values: Values) -> list[str]:
            out: list[str] = []
            for fn in fns:
                out += fn(values)
            return out

        return lines


@dataclass(frozen=True)
class Party:
    """Full name, street, city/state/ZIP, committee ID and intermediary of a party."""

    name: str  # name field prefix: Ctrib, Payee, Lndr, Enty
    adr: str = ""  # address field prefix when different (Loan)
    id_field: str = "Cmte_ID"

    def compile(self, index: Mapping[str, int], ctx: RowContext) -> LinesFn:
        n, a = self.name, self.adr or self.name
        last, first, title, suffix = (getter(index, f"{n}_Nam{x}") for x in "LFTS")
        adr1, adr2 = getter(index, f"{a}_Adr1"), getter(index, f"{a}_Adr2")
        city, st, zip4 = (getter(index, f"{a}_{x}") for x in ("City", "ST", "ZIP4"))
        cmte = getter(index, self.id_field)
        intr = getter(index, "Intr_NamL")
        intr_first = getter(index, "Intr_NamF")

        def lines(v: Values) -> list[str]:
            out = [text.person(last(v), first(v), title(v), suffix(v))]
            if s := text.street(adr1(v), adr2(v)):
                out.append(s)
            if c := text.city_line(city(v), st(v), zip4(v)):
                out.append(c)
            if i := cmte(v):
                out.append(f"I.D. # {i}")
            if i := intr(v):
                out.append("Intermediary: " + text.person(i, intr_first(v)))
            return out

        return lines


@dataclass(frozen=True)
class Name:
    """A party's full name and committee I.D. (no address)."""

    name: str
    id_field: str = "Cmte_ID"

    def compile(self, index: Mapping[str, int], ctx: RowContext) -> LinesFn:
        parts = [getter(index, f"{self.name}_Nam{x}") for x in "LFTS"]
        cmte = getter(index, self.id_field)

        def lines(v: Values) -> list[str]:
            out = [text.person(*(g(v) for g in parts))]
            if i := cmte(v):
                out.append(f"I.D. # {i}")
            return out

        return lines


@dataclass(frozen=True)
class Work:
    """Occupation and employer of an individual (self-employed noted)."""

    occ: str
    emp: str
    self_flag: str = ""

    def compile(self, index: Mapping[str, int], ctx: RowContext) -> LinesFn:
        occ, emp, own = getter(index, self.occ), getter(index, self.emp), getter(
            index, self.self_flag) if self.self_flag else _blank

        def lines(v: Values) -> list[str]:
            out = [x for x in (occ(v), emp(v)) if x]
            if own(v).upper() == "X":
                out.append("Self-employed")
            return out

        return lines


@dataclass(frozen=True)
class Target:
    """The candidate (office, district) or measure (number, jurisdiction) and support/oppose."""

    def compile(self, index: Mapping[str, int], ctx: RowContext) -> LinesFn:
        cand = [getter(index, f"Cand_Nam{x}") for x in "LFTS"]
        office, office_dscr = getter(index, "Office_Cd"), getter(index, "Offic_Dscr")
        juris, juris_dscr = getter(index, "Juris_Cd"), getter(index, "Juris_Dscr")
        dist, s_h = getter(index, "Dist_No"), getter(index, "Off_S_H_Cd")
        bal_name, bal_num, bal_juris = (getter(index, f"Bal_{x}") for x in ("Name", "Num", "Juris"))
        sup_opp = getter(index, "Sup_Opp_Cd")

        def lines(v: Values) -> list[str]:
            out = []
            if name := text.person(*(g(v) for g in cand)):
                out.append(name)
            if office(v) or office_dscr(v):
                where = juris_dscr(v) or _code_names("jurisdiction").get(juris(v).upper(), "")
                what = office_dscr(v) or _code_names("office").get(office(v).upper(), office(v))
                district = f" District {dist(v)}" if dist(v) else ""
                held = {"S": " (sought)", "H": " (held)"}.get(s_h(v).upper(), "")
                out.append(f"{what}{district}{', ' + where if where else ''}{held}")
            if bal_name(v) or bal_num(v):
                num = f"Measure {bal_num(v)}: " if bal_num(v) else ""
                out.append(num + bal_name(v))
                if bal_juris(v):
                    out.append(bal_juris(v))
            so = {"S": "SUPPORT", "O": "OPPOSE"}.get(sup_opp(v).upper())
            if so:
                out.append(so)
            return out

        return lines


@dataclass(frozen=True)
class CodeName:
    """A code shown with its description (e.g. Schedule D type of payment)."""

    name: str
    names: tuple[tuple[str, str], ...]

    def compile(self, index: Mapping[str, int], ctx: RowContext) -> LinesFn:
        g, names = getter(index, self.name), dict(self.names)
        return lambda v: [names.get(x.upper(), x)] if (x := g(v)) else []


@dataclass(frozen=True)
class PaidForgiven:
    """A loan's repayment column: amount paid and/or forgiven, each marked."""

    paid: str
    forgiven: str

    def compile(self, index: Mapping[str, int], ctx: RowContext) -> LinesFn:
        paid, forgiven = getter(index, self.paid), getter(index, self.forgiven)

        def lines(v: Values) -> list[str]:
            out = []
            for g, mark in ((paid, "PAID"), (forgiven, "FORGIVEN")):
                x = g(v)
                if x and text.cents(x):
                    out += [text.money(x), mark]
            if not out and paid(v):
                out = [text.money(paid(v))]
            return out

        return lines


@dataclass(frozen=True)
class PerElection:
    """Per-election-to-date amounts (SPLT records of the row), e.g. ``P 06/02/2026``."""

    def compile(self, index: Mapping[str, int], ctx: RowContext) -> LinesFn:
        tran, form = getter(index, "Tran_ID"), getter(index, "Form_Type")
        splits = ctx.splits
        if not splits:
            return lambda v: []

        def lines(v: Values) -> list[str]:
            out = []
            for code, when, amount in splits.get((form(v).upper(), tran(v)), ()):
                out += [f"{code} {text.date(when)}".strip(), text.money(amount)]
            return out

        return lines
