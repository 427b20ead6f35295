"""Form 460 document: cover page, cover page part 2, summary page, then every schedule
used (A to I) with continuation pages, its summary block and its memo text."""

from __future__ import annotations

from collections import defaultdict
from functools import partial

from calaccess_desktop.domain.snapshot import SnapRecord, StatementSnapshot
from calaccess_desktop.forms.f460 import print_layout as lay
from calaccess_desktop.forms.f460 import print_pages as pages
from calaccess_desktop.forms.f460.summary import Summary, compute
from calaccess_desktop.pdf import text
from calaccess_desktop.pdf.cells import Code, Name, Party, RowContext, Target
from calaccess_desktop.pdf.document import Document, Part, SinglePage, doc_info
from calaccess_desktop.pdf.sections import (
    Column,
    Key,
    Memo,
    Section,
    TablePart,
    group,
    splits_of,
    summary_amounts,
)

COVER_CONTINUATION = Section(
    key="CVR2", title="COVER PAGE - PART 2", subtitle="Continuation: related committees and "
    "candidates", select=("CVR2", "F460"),
    columns=(
        Column("PART", 30, Code("F460_Part"), "C"),
        Column("NAME AND ADDRESS", 190, Party("Enty")),
        Column("NAME OF TREASURER", 110, Name("Tres", id_field="-")),
        Column("CONTROLLED\nCOMMITTEE?", 50, Code("Control_YN"), "C"),
        Column("OFFICE SOUGHT OR HELD,\nOR MEASURE; SUPPORT / OPPOSE", 176, Target()),
    ),
)

STATEMENT_MEMOS = Section(key="TEXT", title="MEMO TEXT", subtitle="Statement memos",
                          select=("TEXT", ""), columns=())


def _who(rec: SnapRecord) -> str:
    for prefix in ("Ctrib", "Payee", "Lndr", "Enty"):
        if last := rec.get(f"{prefix}_NamL"):
            return text.person(last, rec.get(f"{prefix}_NamF"))
    return rec.tran_id


def memos_by_schedule(groups: dict[Key, list[SnapRecord]], rows: dict[str, list[SnapRecord]]
                      ) -> dict[str, list[Memo]]:
    """TEXT records by schedule Form_Type ('' for statement-level memos)."""
    texts = sorted((r for k, v in groups.items() if k[0] == "TEXT" for r in v),
                   key=lambda r: r.seq)
    if not texts:
        return {}
    refs: dict[tuple[str, str], SnapRecord] = {}
    for form, recs in rows.items():
        for r in recs:
            if ref := r.get("Memo_RefNo"):
                refs[(form, ref)] = r
    known = {sec.select[1] for sec in lay.SECTIONS}
    out: dict[str, list[Memo]] = defaultdict(list)
    for r in texts:
        form = r.form_type if r.form_type in known else ""
        ref = r.get("Ref_No")
        row = refs.get((form, ref))
        out[form].append(Memo(ref, _who(row) if row is not None else "", r.get("Text4000")))
    return out


def build(snap: StatementSnapshot, summary: Summary | None = None) -> Document:
    """Lay out a Form 460 statement (nothing is drawn yet)."""
    if summary is None:
        summary = compute(snap)
    period = (("from", text.day(snap.period_from)), ("through", text.day(snap.period_through)))
    info = doc_info(snap, "460", "FPPC Form 460 - Recipient Committee Campaign Statement",
                    period, "Statement covers period")
    groups = group(snap.records)
    ctx = RowContext(splits_of(groups), "F460")
    cvr2 = groups.get(("CVR2", "F460"), [])
    cover = pages.CoverData(snap, summary, info, cvr2, groups.get(("CVR3", "F460"), []))
    parts: list[Part] = [SinglePage(partial(pages.draw_cover, cover), "cover"),
                         SinglePage(partial(pages.draw_cover2, cover), "cover2")]
    overflow = (cover.cvr2_part("5b")[pages.RELATED_ROWS:]
                + cover.cvr2_part("7")[pages.PART7_ROWS:])
    if overflow:
        parts.append(TablePart(COVER_CONTINUATION, overflow, info, ctx))
    parts.append(SinglePage(partial(pages.draw_summary, cover), "summary"))
    rows = {sec.select[1]: [r for r in groups.get(sec.select, []) if r.itemized and not r.lump]
            for sec in lay.SECTIONS}
    memos = memos_by_schedule(groups, rows)
    for sec in lay.SECTIONS:
        amounts = summary_amounts(sec, summary.schedules, summary.lines)
        own_rows, own_memos = rows[sec.select[1]], memos.get(sec.select[1], [])
        if own_rows or any(amounts) or own_memos:
            parts.append(TablePart(sec, own_rows, info, ctx, amounts, own_memos))
    if memos.get(""):
        parts.append(TablePart(STATEMENT_MEMOS, [], info, ctx, (), memos[""]))
    title = (f"Form 460 - {info.filer_name} - {period[0][1]} to {period[1][1]}"
             + (" (DRAFT)" if info.draft else ""))
    return Document(parts, info, title)
