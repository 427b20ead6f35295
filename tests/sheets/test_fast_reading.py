"""The fast way of reading rows (what a file repeats worked out once) gives exactly what
reading each row plainly gives: the same values, problems in the same order with the same
words, the same contact matches and fingerprint content, whatever the rows repeat."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from calaccess_desktop.services.contacts import match_key
from calaccess_desktop.services.sheets.cleaning import clean_cells, clean_text
from calaccess_desktop.services.sheets.columns import SCHEDULES
from calaccess_desktop.services.sheets.mapping import Mapping
from calaccess_desktop.services.sheets.rows import Plan, PreviewRow, RowReader

POOLS = {
    "name": ["Okafor, Grace", "Grace Okafor", " Dr. Grace A. Okafor Jr. ", "Sutter Health Inc",
             "Friends of Ana", "Cruz, Maria de la", "X" * 60, 'Bob "B" Smith', "", "Lee",
             "Smith, John, Jr.", ",Kim", "Kim,", "José Núñez", "Gra Okafor", "Okafor, Gra"],
    "last": ["Okafor", "Chen", "", "Y" * 250, 'Sm"ith', "de la Cruz", "Sutter Health Inc"],
    "first": ["Grace", "Gra", "", "Z" * 50, "Ana"],
    "entity": ["IND", "Individual", "committee", "xyz", "", "PTY"],
    "adr1": ["1 J Street", "", "A" * 60, "PO Box 5"],
    "city": ["Sacramento", "", "C" * 35, "Davis"],
    "state": ["CA", "California", "Neverland", "", "ny"],
    "zip": ["95814", "95814-1234", "958141234", "2134", "abcde", "", "90001"],
    "employer": ["Sutter Health", "", "E" * 210],
    "occupation": ["Nurse", "", "O" * 70],
    "self_employed": ["X", "no", "maybe", ""],
    "committee_id": ["1234567", "", "12345678901"],
    "date": ["1/5/2026", "Jan 5 2026", "2026-01-05", "46027", "13/45/2001", "", "2/30/2026"],
    "amount": ["$1,234.56", "(25.00)", "25-", "abc", "", "1.234", "9999999999999", "0"],
    "description": ["Food", "", "D" * 120, 'a "quoted" gift'],
    "check_no": ["101", "", "c" * 40],
    "expense_code": ["LIT", "", "ZZZ"],
    "date_due": ["12/31/2026", "", "never"],
    "rate": ["5%", ""],
    "external_id": ["T1", "T2", ""],
}
LAYOUTS = {
    "A": ["name", "adr1", "city", "state", "zip", "employer", "occupation", "self_employed",
          "date", "amount", "entity", "committee_id"],
    "C": ["last", "first", "city", "state", "zip", "date", "amount", "description",
          "external_id"],
    "E": ["name", "adr1", "city", "zip", "date", "amount", "check_no", "expense_code",
          "description"],
    "B": ["name", "city", "zip", "date", "amount", "date_due", "rate"],
    "CONTACTS": ["last", "first", "entity", "adr1", "city", "state", "zip", "employer",
                 "self_employed", "committee_id"],
}
# Contacts entered before (for exact and near matches).
KNOWN = [(7, "Okafor", "Grace", "95814", "Sacramento"), (8, "Okafor", "Grace", "90001", ""),
         (9, "Chen", "Ana", "", "Davis")]


def _reader(code: str) -> RowReader:
    sched = SCHEDULES[code]
    targets = LAYOUTS[code]
    mapping = Mapping([t.title() for t in targets], list(targets), "test", "x")
    contacts = {match_key(last, first, zip4, city): cid
                for cid, last, first, zip4, city in KNOWN}
    by_last: dict[str, list[tuple[int, str, str, str]]] = {}
    for cid, last, first, zip4, city in KNOWN:
        by_last.setdefault(last.upper(), []).append(
            (cid, first.upper(), zip4[:5] or city.upper(), f"{first} {last}"))
    return RowReader(sched, Plan.of(sched, "F460"), mapping, contacts, by_last)


def _cells(code: str) -> st.SearchStrategy[list[str]]:
    # Mostly good cells (the first of each pool), so that many rows have no problem and
    # get matched; now and then any text at all.
    text = st.text(st.characters(codec="utf-8"), max_size=12).map(clean_text)
    cell = {t: st.one_of(*[st.sampled_from(POOLS[t][:1] * 12 + POOLS[t])] * 9, text)
            for t in LAYOUTS[code]}
    return st.tuples(*(cell[t] for t in LAYOUTS[code])).map(list)


def _state(row: PreviewRow) -> tuple[object, ...]:
    return (row.problems, row.values, row.content, row.contact_key, row.contact_id,
            row.near, row.link)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), code=st.sampled_from(sorted(LAYOUTS)))
def test_the_fast_way_reads_every_row_as_the_plain_way(data: st.DataObject, code: str) -> None:
    fast, plain = _reader(code), _reader(code)
    assert fast.fast
    distinct = data.draw(st.lists(_cells(code), min_size=1, max_size=8))
    # Rows repeat (the same contributor, the same cells) in any order, as files do.
    picks = data.draw(st.lists(st.integers(0, len(distinct) - 1), min_size=1, max_size=30))
    for n, pick in enumerate(picks, start=3):
        cells = list(distinct[pick])
        ours, theirs = PreviewRow(n, list(cells)), PreviewRow(n, list(cells))
        fast.read(ours)
        plain.read_plain(theirs)
        assert _state(ours) == _state(theirs), cells


def test_a_row_is_read_again_the_same_after_a_fix() -> None:
    reader = _reader("A")
    row = PreviewRow(3, ["Grace Okafor", "1 J Street", "Sacramento", "CA", "95814",
                         "Sutter Health", "Nurse", "", "abc", "lots", "", ""])
    reader.read(row)
    assert [p.column for p in row.problems] == ["Date", "Amount"]
    row.cells[8], row.cells[9] = "1/5/2026", "$5.00"
    reader.read(row)
    assert row.problems == [] and row.contact_id == 7


def test_contributors_seen_again_are_matched_as_the_plain_way_matches_them() -> None:
    rows = [["Grace Okafor", "1 J Street", "Sacramento", "CA", "95814", "", "", "",
             "1/5/2026", "$5.00", "", ""],  # contact 7 exactly
            ["Okafor, Grace", "1 J Street", "Sacramento", "CA", "95814", "", "", "",
             "1/6/2026", "$6.00", "", ""],  # the same, written the other way
            ["Gra Okafor", "1 J Street", "Sacramento", "CA", "95814", "", "", "",
             "1/7/2026", "$7.00", "", ""],  # near contact 7 (same place, close name)
            ["Grace Okafor", "9 K Street", "Davis", "CA", "95616", "", "", "",
             "1/8/2026", "$8.00", "", ""]]  # near 7 and 8 (same name, elsewhere)
    fast, plain = _reader("A"), _reader("A")
    for cells in rows * 2:
        ours, theirs = PreviewRow(3, list(cells)), PreviewRow(3, list(cells))
        fast.read(ours)
        plain.read_plain(theirs)
        assert _state(ours) == _state(theirs)
    assert [(r.contact_id, [n.contact_id for n in r.near]) for r in [ours]] == [(None, [7, 8])]
    first = PreviewRow(3, list(rows[0]))
    fast.read(first)
    assert first.contact_id == 7 and first.contact_key == "OKAFOR|GRACE|95814"


def test_headers_that_repeat_are_read_the_plain_way() -> None:
    sched = SCHEDULES["A"]
    mapping = Mapping(["Name", "Amount", "Date", "Amount"], ["name", "amount", "date", ""],
                      "test", "x")
    reader = RowReader(sched, Plan.of(sched, "F460"), mapping, {}, {})
    assert not reader.fast
    row = PreviewRow(2, ["Grace Okafor", "oops", "1/5/2026", "9"])
    reader.read(row)
    assert [(p.column, p.message[:6]) for p in row.problems] == [("Amount", "'oops'")]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(st.sampled_from(" a\u00a0\t\n|\x00b\u2007 \u202fé\r"), max_size=6),
                max_size=6))
def test_a_row_of_cells_is_cleaned_as_each_cell_is(cells: list[str]) -> None:
    assert clean_cells(list(cells)) == [clean_text(c) for c in cells]


@given(st.integers(min_value=-(10**12) + 1, max_value=10**12 - 1))
def test_every_amount_the_parser_writes_passes_the_amount_check(cents: int) -> None:
    """The fast way checks an amount it wrote only as every field is checked (length,
    spaces, quotes): the CAL amount check passes on whatever ``amount_text`` writes,
    for every amount it accepts (under 10**12 cents)."""
    from calaccess_desktop.cal.values import check_amount
    from calaccess_desktop.domain.money import format_cal_amount
    from calaccess_desktop.services.sheets.cleaning import amount_text

    written = format_cal_amount(cents)
    assert check_amount(written) is None
    assert amount_text(written) == written  # read again, the same amount
