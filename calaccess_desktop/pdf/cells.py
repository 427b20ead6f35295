"""Cell kinds for printed schedules: how a column turns a CAL record into lines of text.

A cell is data (field names); ``compile(layout, ctx)`` binds it to one record layout
and returns a fast ``values -> list[str]`` function. Compiled functions receive the
record's values padded by ``Layout.pad`` (so every field position exists).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from operator import itemgetter
from typing import Any, ClassVar, Protocol

from calaccess_desktop.cal.layouts import FieldSpec, codes
from calaccess_desktop.cal.model import name_index
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


class Layout:
    """Field positions of one record layout. ``pad(values)`` gives a tuple with every
    position present and one extra blank slot that absent field names read."""

    def __init__(self, fields: tuple[FieldSpec, ...]) -> None:
        self.index = name_index(fields)
        self.size = len(fields)
        self._tails = [("",) * (self.size + 1 - n) for n in range(self.size + 1)]

    def pad(self, values: Sequence[str]) -> tuple[str, ...]:
        """The values, padded (or cut) to the layout plus the blank slot."""
        vals = values if isinstance(values, tuple) else tuple(values)
        n = len(vals)
        if n <= self.size:
            return vals + self._tails[n]
        return vals[: self.size] + ("",)

    def pos(self, name: str) -> int:
        """Position of a field (the blank slot when the layout has no such field)."""
        return self.index.get(name.lower(), self.size)

    def get(self, name: str) -> Getter:
        """A fast reader of one field of padded values."""
        return itemgetter(self.pos(name))

    def many(self, *names: str) -> Callable[[Values], Any]:
        """A fast reader of several fields at once (returns a tuple)."""
        return itemgetter(*(self.pos(n) for n in names), self.size)


Counter = Callable[[Values], int]
Fit = Callable[[str], int]  # lines one text takes in the column (wrapping included)


class Cell(Protocol):
    """Anything that can be bound to a layout. A cell may also offer
    ``counter(layout, safe, fit) -> values -> int``: its number of lines without
    building them, or -1 when unsure (then the lines are built and measured)."""

    def compile(self, layout: Layout, ctx: RowContext) -> LinesFn: ...


def _unsure(values: Values) -> int:
    return -1


def _fitted(fn: LinesFn, safe: int, fit: Fit) -> Counter:
    """Count the lines of a cell function, wrapping included."""
    def count(v: Values) -> int:
        return sum(1 if len(s) <= safe and s.isascii() else fit(s) for s in fn(v))

    return count


@cache
def _code_names(list_name: str) -> dict[str, str]:
    return codes(list_name)


@dataclass(frozen=True)
class Text:
    """One field as one (wrapped) line."""

    name: str
    prefix: str = ""

    def compile(self, layout: Layout, ctx: RowContext) -> LinesFn:
        g, prefix = layout.get(self.name), self.prefix
        if prefix:
            return lambda v: [prefix + x] if (x := g(v)) else []
        return lambda v: [x] if (x := g(v)) else []

    def counter(self, layout: Layout, safe: int, fit: Fit) -> Counter:
        """Line count without building the lines."""
        g, prefix = layout.get(self.name), self.prefix

        def count(v: Values) -> int:
            x = g(v)
            if not x:
                return 0
            return 1 if len(x) + len(prefix) <= safe and x.isascii() else fit(prefix + x)

        return count


@dataclass(frozen=True)
class Code:
    """A short code (Entity_Cd, Expn_Code, ...): one line that never wraps."""

    name: str
    single: ClassVar[bool] = True

    def compile(self, layout: Layout, ctx: RowContext) -> LinesFn:
        g = layout.get(self.name)
        return lambda v: [x] if (x := g(v)) else []


@dataclass(frozen=True)
class Date:
    """A CAL date field as MM/DD/YYYY."""

    name: str
    prefix: str = ""
    single: ClassVar[bool] = True  # never more than one short line

    def compile(self, layout: Layout, ctx: RowContext) -> LinesFn:
        g, prefix = layout.get(self.name), self.prefix
        return lambda v: [prefix + text.date(x)] if (x := g(v)) else []


@dataclass(frozen=True)
class Money:
    """A CAL amount field with thousands separators and two decimals."""

    name: str
    suffix: str = ""
    single: ClassVar[bool] = True

    def compile(self, layout: Layout, ctx: RowContext) -> LinesFn:
        g, suffix = layout.get(self.name), self.suffix
        return lambda v: [text.money(x) + suffix] if (x := g(v)) else []


@dataclass(frozen=True)
class Stack:
    """Several cells one under the other."""

    parts: tuple[Cell, ...]

    def compile(self, layout: Layout, ctx: RowContext) -> LinesFn:
        fns = [p.compile(layout, ctx) for p in self.parts]

        def lines(values: Values) -> list[str]:
            out: list[str] = []
            for fn in fns:
                out += fn(values)
            return out

        return lines

    def counter(self, layout: Layout, safe: int, fit: Fit) -> Counter:
        """Sum of the parts' counts (-1 if any part is unsure)."""
        counters: list[Counter] = []
        for part in self.parts:
            make = getattr(part, "counter", None)
            if make is not None:
                counters.append(make(layout, safe, fit))
            elif getattr(part, "single", False):
                counters.append(_fitted(part.compile(layout, RowContext()), safe, fit))
            else:
                return _unsure

        def count(v: Values) -> int:
            total = 0
            for c in counters:
                n = c(v)
                if n < 0:
                    return -1
                total += n
            return total

        return count


@dataclass(frozen=True)
class Party:
    """Full name, street, city/state/ZIP, committee ID and intermediary of a party."""

    name: str  # name field prefix: Ctrib, Payee, Lndr, Enty
    adr: str = ""  # address field prefix when different (Loan)
    id_field: str = "Cmte_ID"

    def compile(self, layout: Layout, ctx: RowContext) -> LinesFn:
        n, a = self.name, self.adr or self.name
        fields = layout.many(
            f"{n}_NamL", f"{n}_NamF", f"{n}_NamT", f"{n}_NamS", f"{a}_Adr1", f"{a}_Adr2",
            f"{a}_City", f"{a}_ST", f"{a}_ZIP4", self.id_field, "Intr_NamL", "Intr_NamF")
        person, street, city_line = text.person, text.street, text.city_line

        def lines(v: Values) -> list[str]:
            last, first, title, suffix, adr1, adr2, city, st, zip4, cmte, intr, intr_f, _ = (
                fields(v))
            out = [person(last, first, title, suffix) if first or title or suffix else last]
            if adr1 or adr2:
                out.append(street(adr1, adr2))
            if city or st or zip4:
                out.append(city_line(city, st, zip4))
            if cmte:
                out.append(f"I.D. # {cmte}")
            if intr:
                out.append("Intermediary: " + person(intr, intr_f))
            return out

        return lines

    def counter(self, layout: Layout, safe: int, fit: Fit) -> Counter:
        """Line count without building the lines (-1 when a line may need wrapping)."""
        n, a = self.name, self.adr or self.name
        fields = layout.many(
            f"{n}_NamL", f"{n}_NamF", f"{n}_NamT", f"{n}_NamS", f"{a}_Adr1", f"{a}_Adr2",
            f"{a}_City", f"{a}_ST", f"{a}_ZIP4", self.id_field, "Intr_NamL", "Intr_NamF")

        def count(v: Values) -> int:
            f = fields(v)
            last, first, title, suffix, adr1, adr2, city, st, zip4, cmte, intr, intr_f, _ = f
            if (len(last) + len(first) + len(title) + len(suffix) + 4 > safe
                    or len(adr1) + len(adr2) + 2 > safe
                    or len(city) + len(st) + len(zip4) + 3 > safe
                    or len(cmte) + 7 > safe
                    or (intr and len(intr) + len(intr_f) + 16 > safe)
                    or not "".join(f).isascii()):
                return -1
            return (1 + (adr1 != "" or adr2 != "") + (city != "" or st != "" or zip4 != "")
                    + (cmte != "") + (intr != ""))

        return count


@dataclass(frozen=True)
class Name:
    """A party's full name and committee I.D. (no address)."""

    name: str
    id_field: str = "Cmte_ID"

    def compile(self, layout: Layout, ctx: RowContext) -> LinesFn:
        n = self.name
        fields = layout.many(f"{n}_NamL", f"{n}_NamF", f"{n}_NamT", f"{n}_NamS", self.id_field)

        def lines(v: Values) -> list[str]:
            last, first, title, suffix, cmte, _ = fields(v)
            out = [text.person(last, first, title, suffix)]
            if cmte:
                out.append(f"I.D. # {cmte}")
            return out

        return lines


SELF_EMPLOYED = "Self-employed"


@dataclass(frozen=True)
class Work:
    """Occupation and employer of an individual (self-employed noted)."""

    occ: str
    emp: str
    self_flag: str = ""

    def compile(self, layout: Layout, ctx: RowContext) -> LinesFn:
        fields = layout.many(self.occ, self.emp, self.self_flag or "-")

        def lines(v: Values) -> list[str]:
            occ, emp, own, _ = fields(v)
            out = [occ, emp] if occ and emp else [occ] if occ else [emp] if emp else []
            if own and own.upper() == "X":
                out.append(SELF_EMPLOYED)
            return out

        return lines

    def counter(self, layout: Layout, safe: int, fit: Fit) -> Counter:
        """Line count without building the lines."""
        fields = layout.many(self.occ, self.emp, self.self_flag or "-")

        own_lines = 1 if len(SELF_EMPLOYED) <= safe else fit(SELF_EMPLOYED)

        def count(v: Values) -> int:
            occ, emp, own, _ = fields(v)
            n = own_lines if own and own.upper() == "X" else 0
            if occ:
                n += 1 if len(occ) <= safe and occ.isascii() else fit(occ)
            if emp:
                n += 1 if len(emp) <= safe and emp.isascii() else fit(emp)
            return n

        return count


@dataclass(frozen=True)
class Target:
    """The candidate (office, district) or measure (number, jurisdiction) and support/oppose."""

    def compile(self, layout: Layout, ctx: RowContext) -> LinesFn:
        cand = [layout.get(f"Cand_Nam{x}") for x in "LFTS"]
        office, office_dscr = layout.get("Office_Cd"), layout.get("Offic_Dscr")
        juris, juris_dscr = layout.get("Juris_Cd"), layout.get("Juris_Dscr")
        dist, s_h = layout.get("Dist_No"), layout.get("Off_S_H_Cd")
        bal_name, bal_num, bal_juris = (layout.get(f"Bal_{x}") for x in ("Name", "Num", "Juris"))
        sup_opp = layout.get("Sup_Opp_Cd")

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

    def counter(self, layout: Layout, safe: int, fit: Fit) -> Counter:
        """0 when the record names no candidate, office or measure; else unsure (-1)."""
        fields = layout.many("Cand_NamL", "Cand_NamF", "Cand_NamT", "Cand_NamS", "Office_Cd",
                             "Offic_Dscr", "Bal_Name", "Bal_Num", "Bal_Juris", "Sup_Opp_Cd")
        return lambda v: -1 if any(fields(v)) else 0


@dataclass(frozen=True)
class CodeName:
    """A code shown with its description (e.g. Schedule D type of payment)."""

    name: str
    names: tuple[tuple[str, str], ...]

    def compile(self, layout: Layout, ctx: RowContext) -> LinesFn:
        g, names = layout.get(self.name), dict(self.names)
        return lambda v: [names.get(x.upper(), x)] if (x := g(v)) else []


@dataclass(frozen=True)
class PaidForgiven:
    """A loan's repayment column: amount paid and/or forgiven, each marked."""

    paid: str
    forgiven: str

    def compile(self, layout: Layout, ctx: RowContext) -> LinesFn:
        paid, forgiven = layout.get(self.paid), layout.get(self.forgiven)

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

    def compile(self, layout: Layout, ctx: RowContext) -> LinesFn:
        tran, form = layout.get("Tran_ID"), layout.get("Form_Type")
        splits = ctx.splits
        if not splits:
            return lambda v: []

        def lines(v: Values) -> list[str]:
            out = []
            for code, when, amount in splits.get((form(v).upper(), tran(v)), ()):
                out += [f"{code} {text.date(when)}".strip(), text.money(amount)]
            return out

        return lines
