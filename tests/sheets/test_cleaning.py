"""A cell's mess cleaned up: dates, amounts, names, ZIP codes, states."""

from __future__ import annotations

import datetime as dt

import pytest

from calaccess_desktop.services.sheets.cleaning import (
    CellProblem,
    clean_state,
    clean_text,
    clean_zip,
    parse_amount,
    parse_date,
    split_name,
)

JAN5 = dt.date(2026, 1, 5)


@pytest.mark.parametrize("text", ["1/5/2026", "01/05/2026", "01-05-26", "1-5-2026",
                                  "Jan 5 2026", "Jan 5, 2026", "January 5, 2026",
                                  "5-Jan-2026", "05-Jan-26", "2026-01-05", "2026/01/05",
                                  "20260105", "46027", "46027.0", " 1/5/2026 ",
                                  "1/5/2026 12:00:00 AM", "2026-01-05T09:30:00Z",
                                  "2026-01-05 09:30:00", "Mon, Jan 5, 2026",
                                  "Monday, January 5th, 2026", "1/5/26"])
def test_dates_in_the_usual_us_forms(text: str) -> None:
    assert parse_date(text) == JAN5


@pytest.mark.parametrize(("text", "words"), [
    ("13/45/2001", "not a real calendar date"), ("2/30/2026", "not a real calendar date"),
    ("13/1/2026", "month first"), ("Febtember 3, 2002", "not the name of a month"),
    ("soon", "not a date"), ("", "blank"), ("123", "not a date")])
def test_what_is_not_a_date_says_why(text: str, words: str) -> None:
    with pytest.raises(CellProblem, match=words):
        parse_date(text)


@pytest.mark.parametrize(("text", "cents"), [
    ("$1,234.56", 123456), ("1234.5", 123450), (" $ 25 ", 2500), ("(25.00)", -2500),
    ("($1,000.00)", -100000), ("-25", -2500), ("25-", -2500), ("$-5", -500),
    ("USD 10", 1000), ("0.07", 7), (".5", 50), ("1,000,000", 100000000)])
def test_amounts_with_dollar_signs_commas_and_parentheses(text: str, cents: int) -> None:
    assert parse_amount(text) == cents


@pytest.mark.parametrize("text", ["abc", "1,23", "12.345", "$", "1.2.3", "--5", ""])
def test_what_is_not_an_amount_is_refused(text: str) -> None:
    with pytest.raises(CellProblem):
        parse_amount(text)


@pytest.mark.parametrize(("text", "words"), [
    ("(-5)", "negative twice"), ("-$-5", "negative twice"), ("(5-)", "negative twice"),
    ("($-5.00)", "negative twice"),
    ("1.0000000000000000000000000000001", "more than two digits"),
    ("0.99999999999999999999999999999", "more than two digits")])
def test_an_amount_that_says_two_things_is_refused(text: str, words: str) -> None:
    """Two minus signs (which made a refund a gift), and digits past the cents that the
    arithmetic's 28 digits used to round away."""
    with pytest.raises(CellProblem, match=words):
        parse_amount(text)


@pytest.mark.parametrize(("text", "parts"), [
    ("Okafor, Grace", ("Okafor", "Grace", "", "")),
    (" Okafor,  Grace A. ", ("Okafor", "Grace A.", "", "")),
    ("Grace Okafor", ("Okafor", "Grace", "", "")),
    ("Dr. Grace A. Okafor Jr.", ("Okafor", "Grace A.", "Dr.", "Jr.")),
    ("Okafor Jr., Grace", ("Okafor", "Grace", "", "Jr.")),
    ("Sutter Health Inc", ("Sutter Health Inc", "", "", "")),
    ("Friends of Ana Chen", ("Friends of Ana Chen", "", "", "")),
    ("Cher", ("Cher", "", "", "")),
    ("Maria de la Cruz", ("de la Cruz", "Maria", "", "")),
    ("Ludwig van Beethoven", ("van Beethoven", "Ludwig", "", ""))])
def test_one_name_column_either_way(text: str, parts: tuple[str, str, str, str]) -> None:
    assert split_name(text) == parts


def test_a_payee_name_without_a_comma_stays_whole() -> None:
    assert split_name("Kinko Copies", person=False) == ("Kinko Copies", "", "", "")


@pytest.mark.parametrize(("text", "clean"), [
    ("95814", "95814"), ("95814-1234", "95814-1234"), ("958141234", "95814-1234"),
    ("95814 1234", "95814-1234"), ("2134", "02134"), ("95814.0", "95814"),
    ("95503-", "95503"), ("", "")])
def test_zip_codes(text: str, clean: str) -> None:
    assert clean_zip(text) == clean


def test_a_zip_code_of_letters_is_refused() -> None:
    with pytest.raises(CellProblem, match="not a ZIP code"):
        clean_zip("ABCDE")


def test_states_and_spaces() -> None:
    assert [clean_state(s) for s in ("ca", "California", "Calif.", " NY ")] == \
        ["CA", "CA", "CA", "NY"]
    assert clean_text("  Grace \u00a0 Okafor\t") == "Grace Okafor"
    with pytest.raises(CellProblem):
        clean_state("Atlantis")


def test_invisible_characters_copied_from_a_page_are_dropped() -> None:
    """Zero-width spaces, direction marks and a BOM (which a CAL field may not hold) go,
    in a cell read on its own or in a row; what shows is kept."""
    from calaccess_desktop.services.sheets.cleaning import clean_cells, clean_text

    assert clean_text("\ufeffGrace\u200b Okafor\u202e ") == "Grace Okafor"
    assert clean_text("Sutter\u2060 Health\u200f") == "Sutter Health"
    assert clean_cells(["Chen\u200b", "Amy", "95814\u202c"]) == ["Chen", "Amy", "95814"]
    assert clean_text("Peña Nieto") == "Peña Nieto"
