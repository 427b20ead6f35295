"""Real CAL-ACCESS filings (the shared sample) imported and printed: long names, many
related committees, memos and per-election amounts all land on the right pages."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from calaccess_desktop.domain.money import format_display
from calaccess_desktop.forms.f460 import print_layout as lay
from calaccess_desktop.services.importer import import_file
from calaccess_desktop.services.printing import load_document
from calaccess_desktop.services.store import Store
from calaccess_desktop.services.summaries import summarize
from tests.pdf.conftest import page_count, page_texts, title_of
from tests.support.samplecal import write_filing

MONEY = re.compile(r"-?\d[\d,]*\.\d\d")


def test_sample_form_460_prints_every_row_and_line(sample_dir: Path, tmp_path: Path,
                                                   store: Store) -> None:
    source = write_filing(sample_dir, "F460", tmp_path / "f460.cal")
    sid = import_file(store, source).statement_id
    with store.read() as session:
        snap, summary = summarize(session, sid)
    data = load_document(store, sid).render()
    pages = page_texts(data)
    assert len(pages) == page_count(data) > 20
    for k, text in enumerate(pages, start=1):
        assert f"Page {k} of {len(pages)}" in text and snap.committee.filer_id in text
    summary_page = next(p for p in pages if title_of(p) == "SUMMARY PAGE")
    for _line, (a, b) in summary.lines.items():
        assert format_display(a) in summary_page
        if b is not None:
            assert format_display(b) in summary_page
    for sec in lay.SECTIONS:
        rows = [r for r in snap.schedule(*sec.select) if r.itemized and not r.lump]
        text = "\n".join(p for p in pages if title_of(p) == sec.title)
        if not rows:
            continue
        shown = Counter(MONEY.findall(text))
        field = next(c.total[0] for c in sec.columns if c.total) if sec.key != "G" else "Amount"
        wanted = Counter(format_display(r.cents(field)) for r in rows if r.get(field))
        missing = wanted - shown
        assert not missing, (sec.key, list(missing.items())[:5])
