"""Itemized schedules as data (columns, summary block, legend) and the engine that
paginates their rows onto continuation pages and draws them on a bare canvas.

Row heights are known before drawing, so the page count of the whole document is
known up front ("Page x of y") and any page can be drawn on its own.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from calaccess_desktop.domain.money import Cents, format_display
from calaccess_desktop.domain.snapshot import SnapRecord
from calaccess_desktop.pdf import frame, text
from calaccess_desktop.pdf.cells import Cell, Layout, RowContext
from calaccess_desktop.pdf.fonts import COND, COND_BOLD, SANS_BOLD
from calaccess_desktop.pdf.frame import X0, X1, DocInfo

SIZE, LEADING, PAD_Y, PAD_X = 7.2, 8.3, 4.0, 2.5
HEAD_SIZE, HEAD_LEADING = 5.6, 6.3
SUB_H = 13.0
BOX_SIZE, BOX_LEADING = 7.2, 8.6
MEMO_SIZE, MEMO_LEADING = 7.5, 9.2
CHUNK = 8192  # rows measured at a time


@dataclass(frozen=True)
class Column:
    """One column of a schedule: header text, width in points, cell, alignment and
    the money field its page subtotal adds up (if any)."""

    header: str
    width: float
    cell: Cell
    align: str = "L"
    total: tuple[str, ...] = ()


@dataclass(frozen=True)
class SummaryLine:
    """One line of a schedule's summary block; ``source`` names the amount:
    ``("A", "1")`` is ``summary.schedules["A"]["1"]``, ``("line", "17")`` summary line 17."""

    number: str
    text: str
    source: tuple[str, str]
    total_label: str = ""


@dataclass(frozen=True)
class Section:
    """An itemized schedule (or report part) as data."""

    key: str
    title: str
    subtitle: str
    select: tuple[str, str]  # (Rec_Type, Form_Type) of its rows
    columns: tuple[Column, ...]
    summary_title: str = ""
    summary: tuple[SummaryLine, ...] = ()
    legend: tuple[str, ...] = ()
    banner: tuple[str, ...] = ()  # heading line, then entries laid out in 4 columns
    mark: int = 1  # column that receives memo notes (the name column)
    note: str = ""
    empty_text: str = "No itemized entries this period."


@dataclass(frozen=True)
class Memo:
    """A TEXT record printed after its schedule."""

    ref: str
    about: str
    text: str


@dataclass
class _Plan:
    rows: tuple[int, int] = (0, 0)
    table: bool = False
    empty_note: bool = False
    summary: bool = False
    memo: tuple[int, int] = (0, 0)


def _unsure(values: Sequence[str]) -> int:
    return -1


@dataclass
class _Compiled:
    fields: Any
    cells: Callable[[Sequence[str]], list[list[str]]]
    measure_many: Callable[[list[tuple[str, ...]]], list[int]]
    totals: list[tuple[Callable[[Sequence[str]], str], ...]]
    memo: Callable[[Sequence[str]], str]
    bakref: Callable[[Sequence[str]], str]
    pad: Callable[[Sequence[str]], tuple[str, ...]]


@dataclass
class TablePart:
    """One schedule of one document: its rows, summary amounts and memos, paginated."""

    section: Section
    rows: Sequence[SnapRecord]
    info: DocInfo
    ctx: RowContext
    amounts: Sequence[Cents] = ()  # one per summary line
    memos: Sequence[Memo] = ()
    _fns: dict[int, _Compiled] = field(default_factory=dict, repr=False)
    pages: list[_Plan] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        sec = self.section
        self.fitter = text.Fitter(COND, SIZE)
        self.head_fitter = text.Fitter(COND_BOLD, HEAD_SIZE)
        self.box_fitter = text.Fitter(COND, BOX_SIZE)
        self.memo_fitter = text.Fitter(COND, MEMO_SIZE)
        xs = [X0]
        for col in sec.columns:
            xs.append(xs[-1] + col.width)
        self.xs = xs
        self.totals = [i for i, col in enumerate(sec.columns) if col.total]
        self.heads = [self._head_lines(col) for col in sec.columns]
        head_lines = max((len(h) for h in self.heads), default=0)
        self.head_h = head_lines * HEAD_LEADING + 5 if sec.columns else 0.0
        self.banner_h = (1 + -(-(len(sec.banner) - 1) // 3)) * 7.0 + 6 if sec.banner else 0.0
        legend_h = 7 * len(sec.legend) + 4 if sec.legend else 0
        self.bottom = frame.CONTENT_BOTTOM + legend_h
        self.body_top = frame.CONTENT_TOP - self.banner_h
        self.rows_top = self.body_top - self.head_h
        self.max_lines = max(1, int((self.rows_top - self.bottom - SUB_H - PAD_Y) // LEADING))
        self.summary_lines = [self._summary_text(line) for line in sec.summary]
        self.memo_lines = self._memo_lines()
        self.paginate()

    # ----- measuring -------------------------------------------------------------------

    def _head_lines(self, col: Column) -> list[str]:
        out: list[str] = []
        for part in col.header.split("\n"):
            out += self.head_fitter.lines(part, col.width - 2 * PAD_X)
        return out

    def _compiled(self, rec: SnapRecord) -> _Compiled:
        fields = rec.fields
        hit = self._fns.get(id(fields))
        if hit is not None and hit.fields is fields:
            return hit
        layout = Layout(fields)
        pad = layout.pad
        cols = self.section.columns
        fns = [col.cell.compile(layout, self.ctx) for col in cols]
        mark = self.section.mark  # the column that also shows memo notes is measured
        single = [getattr(col.cell, "single", False) and k != mark for k, col in enumerate(cols)]
        wrap = [(col.width - 2 * PAD_X, self.fitter.safe_chars(col.width - 2 * PAD_X))
                for col in cols]
        memo, memo_ref = layout.get("Memo_Code"), layout.get("Memo_RefNo")
        lines_of, count = self.fitter.lines, self.fitter.count

        def notes(v: Sequence[str]) -> list[str]:
            extra = ["MEMO ENTRY (not in totals)"] if memo(v).upper() == "X" else []
            if ref := memo_ref(v):
                extra.append(f"See memo {ref}")
            return extra

        def cells(values: Sequence[str]) -> list[list[str]]:
            v = pad(values)
            out = []
            for fn, (width, safe), one in zip(fns, wrap, single, strict=True):
                lines = fn(v)
                if not one and lines and (max(map(len, lines)) > safe
                                          or not "".join(lines).isascii()):
                    lines = [x for s2 in lines for x in lines_of(s2, width, safe)]
                out.append(lines)
            if memo(v) or memo_ref(v):
                out[mark] = out[mark] + notes(v)
            return out

        multi = []
        for k, col in enumerate(cols):
            if not single[k]:
                counter = getattr(col.cell, "counter", None)
                width, safe = wrap[k]
                quick = (counter(layout, safe, partial(count, width=width, safe=safe))
                         if counter else _unsure)
                multi.append((quick, fns[k], width, safe))
        memo_pos, ref_pos = layout.pos("Memo_Code"), layout.pos("Memo_RefNo")
        marked = next((j for j, k in enumerate(k for k in range(len(cols)) if not single[k])
                       if k == mark), None)

        def measure_many(padded: list[tuple[str, ...]]) -> list[int]:
            """Lines of each row (padded values), column by column."""
            columns = []
            for quick, fn, width, safe in multi:
                counts = list(map(quick, padded))
                if -1 in counts:
                    for j, n in enumerate(counts):
                        if n < 0:
                            counts[j] = sum(count(s, width, safe) for s in fn(padded[j]))
                columns.append(counts)
            flagged = [j for j, v in enumerate(padded) if v[memo_pos] or v[ref_pos]]
            if flagged and marked is not None:
                for j in flagged:
                    columns[marked][j] += len(notes(padded[j]))
            if not columns:
                return [1] * len(padded)
            most = columns[0] if len(columns) == 1 else list(map(max, *columns))
            return [n if n > 0 else 1 for n in most]

        def getters(names: tuple[str, ...]) -> tuple[Callable[[Sequence[str]], str], ...]:
            return tuple(layout.get(name) for name in names)

        totals = [getters(cols[i].total) for i in self.totals]
        hit = _Compiled(fields, cells, measure_many, totals, memo, layout.get("BakRef_TID"), pad)
        self._fns[id(fields)] = hit
        return hit

    def _row_cells(self, rec: SnapRecord) -> list[list[str]]:
        return self._compiled(rec).cells(rec.values)

    def heights(self) -> list[int]:
        """Lines per row (capped to what fits on one page), measured in bulk per layout."""
        rows = self.rows
        layouts = [r.fields for r in rows]
        groups: dict[int, list[int]] = {}
        if layouts and layouts.count(layouts[0]) == len(layouts):
            groups[0] = list(range(len(rows)))
        else:
            for i, f in enumerate(layouts):
                groups.setdefault(id(f), []).append(i)
        out = [1] * len(rows)
        cap = self.max_lines
        for idx in groups.values():
            comp = self._compiled(rows[idx[0]])
            for at in range(0, len(idx), CHUNK):  # bounded memory for padded copies
                chunk = idx[at:at + CHUNK]
                padded = list(map(comp.pad, (rows[i].values for i in chunk)))
                for i, n in zip(chunk, comp.measure_many(padded), strict=True):
                    out[i] = n if n <= cap else cap
        return out

    def _summary_text(self, line: SummaryLine) -> list[str]:
        width = X1 - X0 - 150
        return self.box_fitter.lines(line.text, width)

    def _memo_lines(self) -> list[str]:
        out: list[str] = []
        for memo in self.memos:
            head = f"Memo {memo.ref}" if memo.ref else "Memo"
            if memo.about:
                head += f" (re: {memo.about})"
            for k, para in enumerate(memo.text.splitlines() or [""]):
                para = f"{head}: {para}" if k == 0 else para
                out += self.memo_fitter.lines(para, X1 - X0 - 8)
        return out

    def _summary_h(self) -> float:
        if not self.section.summary:
            return 0.0
        lines = sum(len(x) for x in self.summary_lines)
        return 16 + lines * BOX_LEADING + 4 * len(self.summary_lines) + 4

    # ----- pagination ------------------------------------------------------------------

    def paginate(self) -> None:
        """Split rows, summary block and memo lines into pages."""
        heights = self.heights()
        pages: list[_Plan] = []
        avail = self.rows_top - self.bottom - SUB_H
        i, n = 0, len(heights)
        y = self.rows_top
        if n == 0 and self.section.columns:
            pages.append(_Plan(table=True, empty_note=True))
            y = self.rows_top - (LEADING + PAD_Y)
        elif n == 0:
            pages.append(_Plan())
            y = self.body_top
        while i < n:
            start, used = i, 0.0
            while i < n and used + heights[i] * LEADING + PAD_Y <= avail:
                used += heights[i] * LEADING + PAD_Y
                i += 1
            pages.append(_Plan(rows=(start, i), table=True))
            y = self.rows_top - used - SUB_H
        self._heights = heights
        if self.section.summary:
            need = self._summary_h() + 6
            if y - need < self.bottom:
                pages.append(_Plan())
                y = self.body_top
            pages[-1].summary = True
            y -= need
        if self.memo_lines:
            k, total = 0, len(self.memo_lines)
            while k < total:
                room = int((y - self.bottom - 18) // MEMO_LEADING)
                if room <= 0:
                    pages.append(_Plan())
                    y = self.body_top
                    continue
                take = min(room, total - k)
                pages[-1].memo = (k, k + take)
                k += take
                y -= 18 + take * MEMO_LEADING
        self.pages = pages

    @property
    def key(self) -> str:
        """The section's key (schedule letter)."""
        return self.section.key

    def page_count(self) -> int:
        """Pages this part takes."""
        return len(self.pages)

    # ----- drawing ---------------------------------------------------------------------

    def _static(self, c: Any) -> None:
        sec = self.section
        frame.draw_header(c, self.info, sec.title, sec.subtitle, sec.note)
        if sec.banner:
            top = frame.CONTENT_TOP - 2
            c.setFont(COND_BOLD, 6)
            c.drawString(X0 + 2, top - 6, sec.banner[0])
            entries = sec.banner[1:]
            rows = -(-len(entries) // 3)
            for i, entry in enumerate(entries):
                x = X0 + 2 + (i // rows) * (X1 - X0) / 3
                frame.label(c, x, top - 13 - (i % rows) * 7.0, entry, 5.8)
        frame.draw_footer(c, self.info, sec.legend)

    def _columns(self, c: Any) -> None:
        c.setLineWidth(frame.LINE_W)
        top = self.body_top
        c.setFillGray(0.93)
        c.rect(X0, self.rows_top, X1 - X0, self.head_h, stroke=1, fill=1)
        c.setFillGray(0)
        c.setFont(COND_BOLD, HEAD_SIZE)
        for k, (col, lines) in enumerate(zip(self.section.columns, self.heads, strict=True)):
            left, right = self.xs[k], self.xs[k + 1]
            y = top - 2 - HEAD_SIZE
            for s in lines:
                if col.align == "R":
                    c.drawRightString(right - PAD_X, y, s)
                else:
                    c.drawString(left + PAD_X, y, s)
                y -= HEAD_LEADING

    def draw(self, c: Any, k: int, number: int, total: int) -> None:
        """Draw page ``k`` of this part as page ``number`` of ``total``."""
        plan = self.pages[k]
        if self.info.draft:
            frame.watermark(c)
        frame.form_once(c, f"cd-head-{self.section.key}", self._static)
        frame.draw_page_number(c, number, total)
        y = self.body_top
        if plan.table:
            frame.form_once(c, f"cd-cols-{self.section.key}", self._columns)
            y = self._draw_rows(c, plan)
        if plan.summary:
            y = self._draw_summary(c, y - 6)
        if plan.memo[1] > plan.memo[0]:
            self._draw_memo(c, plan, y - 4)

    def _draw_rows(self, c: Any, plan: _Plan) -> float:
        cols = self.section.columns
        xs = self.xs
        top = self.rows_top
        y = top
        t = c.beginText()
        t.setFont(COND, SIZE, LEADING)
        width = self.fitter.width
        aligns = [col.align for col in cols]
        rules = []
        sums = [0] * len(self.totals)
        if plan.empty_note:
            t.setTextOrigin(X0 + 6, y - PAD_Y / 2 - SIZE)
            t.textLine(self.section.empty_text)
            y -= LEADING + PAD_Y
        start, end = plan.rows
        for i in range(start, end):
            rec = self.rows[i]
            comp = self._compiled(rec)
            values = rec.values
            cells = comp.cells(values)
            h = self._heights[i]
            base = y - PAD_Y / 2 - SIZE * 0.95
            for k, lines in enumerate(cells):
                if not lines:
                    continue
                if len(lines) > h:
                    lines = lines[: h - 1] + [lines[h - 1] + " …"]
                align = aligns[k]
                if align == "L":  # one origin per cell, then line feeds (T*)
                    t.setTextOrigin(xs[k] + PAD_X, base)
                    for s in lines:
                        t.textLine(s)
                    continue
                yy = base
                for s in lines:
                    if align == "R":
                        t.setTextOrigin(xs[k + 1] - PAD_X - width(s), yy)
                    else:
                        t.setTextOrigin((xs[k] + xs[k + 1] - width(s)) / 2, yy)
                    t.textLine(s)
                    yy -= LEADING
            if comp.totals:
                v = comp.pad(values)
                if comp.memo(v).upper() != "X" and not comp.bakref(v):
                    for j, gets in enumerate(comp.totals):
                        for g in gets:
                            sums[j] += text.cents(g(v)) or 0
            y -= h * LEADING + PAD_Y
            rules.append((X0, y, X1, y))
        c.drawText(t)
        c.setLineWidth(0.35)
        c.lines(rules)
        c.setLineWidth(frame.LINE_W)
        bottom = y
        if self.totals and not plan.empty_note:
            bottom = self._draw_subtotal(c, y, sums)
        c.lines([(x, top, x, bottom) for x in (xs if not plan.empty_note else (X0, X1))])
        c.line(X0, bottom, X1, bottom)
        return bottom

    def _draw_subtotal(self, c: Any, y: float, sums: list[int]) -> float:
        bottom = y - SUB_H
        first = self.totals[0]
        c.setFont(COND_BOLD, 7.5)
        c.drawRightString(self.xs[first] - 4, bottom + 4, "SUBTOTAL $")
        for j, k in enumerate(self.totals):
            c.drawRightString(self.xs[k + 1] - PAD_X, bottom + 4, format_display(sums[j]))
        return bottom

    def _draw_summary(self, c: Any, y: float) -> float:
        sec = self.section
        h = self._summary_h()
        c.setLineWidth(frame.LINE_W)
        c.rect(X0, y - h, X1 - X0, h)
        c.setFillGray(0.93)
        c.rect(X0, y - 13, X1 - X0, 13, stroke=1, fill=1)
        c.setFillGray(0)
        c.setFont(SANS_BOLD, 8)
        c.drawString(X0 + 4, y - 9.5, sec.summary_title)
        yy = y - 16
        amount_x = X1 - 6
        for line, lines, cents in zip(sec.summary, self.summary_lines, self.amounts, strict=True):
            yy -= BOX_LEADING
            c.setFont(COND_BOLD, BOX_SIZE)
            c.drawString(X0 + 6, yy, f"{line.number}.")
            c.setFont(COND, BOX_SIZE)
            for k, s in enumerate(lines):
                c.drawString(X0 + 20, yy - k * BOX_LEADING, s)
            last = yy - (len(lines) - 1) * BOX_LEADING
            c.setFont(COND_BOLD if line.total_label else COND, BOX_SIZE + 0.6)
            if line.total_label:
                c.drawRightString(amount_x - 92, last, line.total_label)
            c.drawString(amount_x - 86, last, "$")
            c.drawRightString(amount_x, last, format_display(cents))
            c.setLineWidth(0.35)
            c.line(amount_x - 88, last - 2, amount_x + 2, last - 2)
            yy = last - 4
        return y - h

    def _draw_memo(self, c: Any, plan: _Plan, y: float) -> None:
        start, end = plan.memo
        title = f"Memo text - {self.section.title.title()}"
        c.setFont(SANS_BOLD, 8)
        c.drawString(X0, y - 9, title if start == 0 else title + " (continued)")
        y -= 14
        t = c.beginText()
        t.setFont(COND, MEMO_SIZE)
        for s in self.memo_lines[start:end]:
            y -= MEMO_LEADING
            t.setTextOrigin(X0 + 4, y + 2)
            t.textOut(s)
        c.drawText(t)


def summary_amounts(section: Section, schedules: Mapping[str, Mapping[str, Cents]],
                    lines: Mapping[str, tuple[Cents, Cents | None]]) -> list[Cents]:
    """The amounts of a section's summary block, from a computed summary."""
    out = []
    for line in section.summary:
        kind, key = line.source
        out.append(lines[key][0] if kind == "line" else schedules[kind][key])
    return out


Key = tuple[str, str]


def group(records: Iterable[SnapRecord]) -> dict[Key, list[SnapRecord]]:
    """Records by (Rec_Type, Form_Type), in statement order (one pass)."""
    out: dict[Key, list[SnapRecord]] = defaultdict(list)
    for r in records:
        v = r.values
        out[(v[0].upper(), v[1].upper() if len(v) > 1 else "")].append(r)
    return out


def splits_of(groups: dict[Key, list[SnapRecord]]) -> dict[Key, tuple[tuple[str, str, str], ...]]:
    """Per-election amounts (SPLT) by (schedule, Tran_ID of the row they belong to)."""
    out: dict[Key, list[tuple[str, str, str]]] = defaultdict(list)
    for key, recs in groups.items():
        if key[0] != "SPLT":
            continue
        for r in recs:
            out[(r.get("Pform_Type").upper(), r.get("Ptran_Id"))].append(
                (r.get("Elec_Code"), r.get("Elec_Date"), r.get("Elec_Amount")))
    return {k: tuple(v) for k, v in out.items()}
