"""The one-pattern check of a record agrees with the field-by-field checks: the same
problems, and ``clean`` exactly when there are none and every Rx field is filled."""

from __future__ import annotations

from hypothesis import event, given, settings
from hypothesis import strategies as st

from calaccess_desktop.cal import layouts
from calaccess_desktop.cal.model import trimmed
from calaccess_desktop.cal.values import check_value, layout_checks, value_problems

RCPT_A = layouts.fields_for("RCPT", "A", cvr_form="F460")
EXPN_E = layouts.fields_for("EXPN", "E", cvr_form="F460")
LOAN_B1 = layouts.fields_for("LOAN", "B1", cvr_form="F460")
LAYOUTS = [RCPT_A, EXPN_E, LOAN_B1]

# Values near every edge the checks care about: digits, dates, amounts, Y/N/X, spaces,
# quotes, control characters, non-ASCII digits, and lengths around each limit.
_ALPHABET = st.sampled_from(list("0123456789.-,$ XxYyNnAz\"\t\x1f\x7f\u0663é\u200b\u202e\ufeff"))
_SHAPED = st.one_of(
    st.just(""),
    st.text(_ALPHABET, max_size=14),
    st.dates().map(lambda d: d.strftime("%Y%m%d")),
    st.tuples(st.integers(1990, 2099), st.integers(0, 19), st.integers(0, 39)).map(
        lambda ymd: "{:04d}{:02d}{:02d}".format(*ymd)),
    st.tuples(st.integers(-10**13, 10**13),
              st.sampled_from(["", ".", ".5", ".05", ".005"])).map(lambda nf: f"{nf[0]}{nf[1]}"),
    st.sampled_from(["X", "x", "Y", "N", "n", " X", "XX", "Yes"]),
    st.integers(0, 210).map(lambda n: "a" * n),
)


def slow(values: list[str], fields: tuple) -> list[tuple[int, str]]:
    return [(i, msg) for i, v in enumerate(values)
            if v and (msg := check_value(v, fields[i].kind, fields[i].max_len))]


def _full(fields: tuple) -> list[str]:
    """A clean record with every field filled with a well-formed value."""
    sample = {"date": "20260315", "amount": "-12.50", "yesno": "Y", "checkbox": "X"}
    return [sample.get(spec.kind, "Ab9"[: spec.max_len]) for spec in fields]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(LAYOUTS), st.data())
def test_pattern_agrees_with_field_checks(fields: tuple, data: st.DataObject) -> None:
    values = _full(fields)
    changes = data.draw(st.lists(st.tuples(st.integers(0, len(fields) - 1),
                                           st.one_of(st.just(""), _SHAPED)), max_size=6))
    for i, value in changes:
        values[i] = value
    assert value_problems(values, fields) == slow(values, fields)
    expected = not slow(values, fields) and all(
        values[i] for i, spec in enumerate(fields) if spec.level == "Rx")
    event(f"clean: {expected}")
    assert layout_checks(fields).clean(values) == expected


def test_each_kind_of_bad_value_is_found() -> None:
    good = ["RCPT", "A", "A1"] + [""] * (len(RCPT_A) - 3)
    assert value_problems(good, RCPT_A) == []
    names = {f.name: i for i, f in enumerate(RCPT_A)}
    cases = {
        "Rcpt_Date": ("20250230", "not a real calendar date"),
        "Amount": ("1,000.00", "contains a comma"),
        "Memo_Code": ("Y", "must be X or blank"),
        "Ctrib_NamL": (" Smith", "starts with a space"),
        "Ctrib_City": ('Los "Angeles"', "double quote"),
        "Ctrib_Occ": ("x" * 61, "at most 60 allowed"),
        "Ctrib_NamF": ("Gr\u202eace", "invisible character"),  # a direction override
        "Ctrib_Emp": ("Sutter\u200bHealth", "invisible character"),
    }
    for name, (value, words) in cases.items():
        values = list(good)
        values[names[name]] = value
        found = value_problems(values, RCPT_A)
        assert [i for i, _ in found] == [names[name]], name
        assert words in found[0][1], (name, found)


@given(st.lists(st.sampled_from(["", "a", "\x00", " "]), max_size=12))
def test_trimmed_drops_only_trailing_blanks(values: list[str]) -> None:
    end = len(values)
    while end and not values[end - 1]:
        end -= 1
    assert trimmed(values) == values[:end]
