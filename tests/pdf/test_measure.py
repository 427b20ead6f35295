"""Row heights are measured without drawing (so "Page x of y" is known up front); the
quick count must always equal the number of lines actually drawn."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from calaccess_desktop.forms.f460 import print_layout as lay
from calaccess_desktop.pdf.cells import RowContext
from calaccess_desktop.pdf.frame import DocInfo
from calaccess_desktop.pdf.sections import TablePart
from tests.pdf.conftest import record

INFO = DocInfo("460", "FPPC Form 460", "Test", "1234567", (), "", ("DRAFT",), True)
WORDS = st.text(alphabet=st.sampled_from("abcdefghij WXYZ0123456789&,.-ñé—"), max_size=70)
BY_KIND = {
    "amount": st.one_of(st.just(""), st.decimals(-10**6, 10**9, places=2).map(str)),
    "date": st.sampled_from(["", "20260115", "20261231"]),
    "code": st.sampled_from(["", "IND", "COM", "S", "O", "X", "MON", "CCM", "CIT"]),
}
SECTIONS = {s.key: s for s in lay.SECTIONS}


@settings(max_examples=200, deadline=None)
@given(key=st.sampled_from(sorted(SECTIONS)), data=st.data())
def test_measured_lines_equal_drawn_lines(key: str, data: st.DataObject) -> None:
    section = SECTIONS[key]
    rec_type, form_type = section.select
    layout = record(rec_type, form_type, {}).fields[3:]
    rows = []
    for n in range(data.draw(st.integers(1, 5))):
        values = {f.name: data.draw(BY_KIND.get(f.kind, st.one_of(st.just(""), WORDS)))
                  for f in layout}
        values["Memo_Code"] = data.draw(st.sampled_from(["", "X"]))
        rows.append(record(rec_type, form_type, values, n))
    part = TablePart(section, rows, INFO, RowContext())
    drawn = [min(max(1, max(map(len, part._row_cells(r)))), part.max_lines) for r in rows]
    assert part.heights() == drawn
