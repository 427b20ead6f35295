"""A spreadsheet cell's mess cleaned up: stray spaces, dates as text in the usual US forms,
amounts with ``$``, commas and parentheses, one-column names, ZIP+4, state names.

Each parser returns the clean value or raises ``CellProblem`` with plain words.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation, localcontext
from functools import lru_cache

from calaccess_desktop.cal.values import INVISIBLE
from calaccess_desktop.domain.money import format_cal_amount


class CellProblem(ValueError):
    """A cell that cannot be read; the message says why in plain words."""


def shown(text: str) -> str:
    """A cell's text as a message quotes it: shortened when it is long."""
    return repr(text if len(text) <= 40 else f"{text[:30]}... ({len(text):,} characters)")


_SPACES = re.compile(r"[\s\u00a0\u2007\u202f]+")


_ODD_SPACE = re.compile(r"\s\s|[^\S ]|[\u00a0\u2007\u202f]")


_HIDDEN = re.compile(f"[{INVISIBLE}]")


def clean_text(text: str) -> str:
    """Stray, doubled and non-breaking spaces (and tabs, line breaks) gone, and the
    invisible characters text copied from a web page or a PDF brings (zero-width spaces,
    direction marks, a BOM), which a CAL field may not hold."""
    if not text.isprintable():
        text = _HIDDEN.sub("", text)
    text = text.strip()
    return _SPACES.sub(" ", text).strip() if _ODD_SPACE.search(text) else text


def clean_cells(cells: list[str]) -> list[str]:
    """``clean_text`` of each cell; the same list when every cell is clean already, which
    a few string checks of the joined row tell (no space but single ones between words:
    every other kind of space is not printable)."""
    joined = "|".join(cells)
    if joined.isprintable() and "  " not in joined and " |" not in joined \
            and "| " not in joined and joined[:1] != " " and joined[-1:] != " ":
        return cells
    return [clean_text(c) for c in cells]


# ------------------------------------------------------------------ dates

_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august",
                "september", "october", "november", "december")
_TIME = (r"(?:[ T]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:[AaPp]\.?[Mm]\.?)?"
         r"(?:Z|[+-]\d{2}:?\d{2})?(?:\s*[A-Z]{3})?)?")
_ISO = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})" + _TIME)
_US = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})" + _TIME)
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})")
_MONTH_FIRST = re.compile(r"([A-Za-z]{3,9})\.? +(\d{1,2})(?:st|nd|rd|th)?,? +(\d{4}|\d{2})" + _TIME)
_DAY_FIRST = re.compile(r"(\d{1,2})[- ]([A-Za-z]{3,9})\.?[- ,]+(\d{4}|\d{2})" + _TIME)
_SERIAL = re.compile(r"(\d{5})(?:\.0+)?|(\d{5})\.\d+")
_WEEKDAY = re.compile(r"^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,? +",
                      re.IGNORECASE)  # 'Mon, Jan 5, 2026'
_EXCEL_EPOCH = dt.date(1899, 12, 30)
SERIAL_RANGE = (20_000, 80_000)  # Excel day numbers of 1954 to 2119


def _year(text: str) -> int:
    year = int(text)
    if len(text) == 2:  # 01-05-26 is 2026; 99 is 1999
        year += 2000 if year < 70 else 1900
    return year


def _month(word: str) -> int:
    low = word.lower()
    low = "sep" if low == "sept" else low
    for number, name in enumerate(_MONTH_NAMES, start=1):
        if len(low) >= 3 and name.startswith(low):
            return number
    raise CellProblem(f"{shown(word)} is not the name of a month")


def _made(year: int, month: int, day: int, text: str) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError:
        if month > 12 and day <= 12:
            raise CellProblem(f"{shown(text)} is not a date: dates are read month first "
                              "(1/5/2026 is January 5, 2026)") from None
        raise CellProblem(f"{shown(text)} is not a real calendar date") from None


@lru_cache(maxsize=4096)
def parse_date(text: str) -> dt.date:
    """A date written 1/5/2026, 01-05-26, Jan 5 2026, January 5, 2026, 5-Jan-2026,
    2026-01-05, 20260105, or an Excel day number (46027)."""
    text = _WEEKDAY.sub("", clean_text(text))
    if not text:
        raise CellProblem("the date is blank")
    if m := _ISO.fullmatch(text):
        return _made(int(m[1]), int(m[2]), int(m[3]), text)
    if m := _US.fullmatch(text):
        return _made(_year(m[3]), int(m[1]), int(m[2]), text)
    if m := _COMPACT.fullmatch(text):
        return _made(int(m[1]), int(m[2]), int(m[3]), text)
    if m := _MONTH_FIRST.fullmatch(text):
        return _made(_year(m[3]), _month(m[1]), int(m[2]), text)
    if m := _DAY_FIRST.fullmatch(text):
        return _made(_year(m[3]), _month(m[2]), int(m[1]), text)
    if m := _SERIAL.fullmatch(text):
        serial = int(m[1] or m[2])
        if SERIAL_RANGE[0] <= serial <= SERIAL_RANGE[1]:
            return _EXCEL_EPOCH + dt.timedelta(days=serial)
    raise CellProblem(f"{shown(text)} is not a date (write it like 1/5/2026, Jan 5 2026 "
                      "or 2026-01-05)")


# ------------------------------------------------------------------ amounts

_CURRENCY = re.compile(r"^(?:USD|US\$|\$)|(?:USD)$", re.IGNORECASE)
_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d*)?|\d+(?:\.\d*)?|\.\d+")


_PLAIN_AMOUNT = re.compile(r"\$? ?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{0,2}))?")


def parse_amount(text: str) -> int:
    """Cents from $1,234.56, (25.00) or -25 or 25- (negative), 1234, USD 10."""
    if len(text) > 40:
        raise CellProblem(f"{shown(text)} is not an amount of money")
    plain = _PLAIN_AMOUNT.fullmatch(text)
    if plain is not None:  # the usual 1,234.56 or $25: whole cents at once
        whole, cents = plain.group(1, 2)
        result = int(whole.replace(",", "")) * 100 + int((cents or "").ljust(2, "0"))
        if result < 10**12:
            return result
    raw = clean_text(text)
    if not raw:
        raise CellProblem("the amount is blank")
    body = raw.replace(" ", "")
    signs = 0  # (25.00), -25.00, 25.00- and $-25.00 each say negative: one of them may
    if body.startswith("(") and body.endswith(")"):
        signs, body = signs + 1, body[1:-1]
    if body.startswith("-") or body.startswith("\u2212"):
        signs, body = signs + 1, body[1:]
    elif body.endswith("-"):
        signs, body = signs + 1, body[:-1]
    bare = _CURRENCY.sub("", body)
    if bare != body and bare.startswith("-"):  # $-25.00
        signs, bare = signs + 1, bare[1:]
    body = bare
    if signs > 1:
        raise CellProblem(f"{shown(raw)} says negative twice; write a refund or a negative "
                          "amount like -25.00 or (25.00)")
    negative = signs == 1
    if not _GROUPED.fullmatch(body):
        raise CellProblem(f"{shown(raw)} is not an amount of money (write it like 1,234.56)")
    try:
        value = Decimal(body.replace(",", ""))
    except InvalidOperation:
        raise CellProblem(f"{shown(raw)} is not an amount of money") from None
    with localcontext(prec=80):  # exact for the 40 characters an amount may have
        cents = value * 100
    if cents != cents.to_integral_value():
        raise CellProblem(f"{shown(raw)} has more than two digits after the decimal point")
    result = int(cents)
    if result >= 10**12:
        raise CellProblem(f"{shown(raw)} is too large an amount")
    return -result if negative else result


def amount_text(text: str) -> str:
    """The amount as a CAL amount (``1234.56``)."""
    return format_cal_amount(parse_amount(text))


# ------------------------------------------------------------------ names

_TITLES = {"mr", "mrs", "ms", "miss", "mx", "dr", "rev", "hon", "prof"}
_PARTICLES = {"de", "del", "della", "la", "le", "van", "von", "der", "den", "da", "di", "du",
              "st", "ste", "bin", "al", "el", "mac", "ten", "ter"}
_SUFFIXES = {"jr", "sr", "ii", "iii", "iv", "v", "md", "phd", "esq", "dds"}
_ORG_WORDS = frozenset({
    "inc", "llc", "llp", "lp", "corp", "corporation", "co", "company", "committee", "pac",
    "union", "local", "association", "assn", "party", "fund", "bank", "foundation", "group",
    "services", "partners", "council", "club", "church", "trust", "coalition", "league",
    "society", "federation", "institute", "associates", "enterprises", "holdings", "agency",
    "dept", "department", "of", "for", "the", "and",
})
_ORG_SIGNS = re.compile(r"[&\d]")


def looks_like_organization(name: str) -> bool:
    """'Sutter Health Inc', 'Friends of Ana Chen', 'Local 39': not a person's name."""
    if _ORG_SIGNS.search(name):
        return True
    return any(w.strip(".,").lower() in _ORG_WORDS for w in name.split())


def _word(token: str) -> str:
    return token.strip(".,").lower()


@lru_cache(maxsize=65536)
def split_name(text: str, *, person: bool = True) -> tuple[str, str, str, str]:
    """(last, first, title, suffix) from one name column: 'Okafor, Grace', 'Grace Okafor',
    'Dr. Grace A. Okafor Jr.'. An organization's name (or any name when ``person`` is
    False and there is no comma) is kept whole as the last name."""
    name = clean_text(text)
    if not name:
        return "", "", "", ""
    if "," in name and not looks_like_organization(name.split(",", 1)[0]):
        last, rest = (part.strip() for part in name.split(",", 1))
        tokens = rest.split()
        suffix = ""
        while tokens and _word(tokens[-1]) in _SUFFIXES:  # 'Okafor, Grace, Jr.'
            suffix = tokens.pop().strip(",")
        if "," in last:
            last = last.replace(",", "")
        first_tokens = [t.strip(",") for t in tokens]
        title = ""
        if first_tokens and _word(first_tokens[0]) in _TITLES:
            title = first_tokens.pop(0)
        if suffix == "" and last.split() and _word(last.split()[-1]) in _SUFFIXES:
            *keep, suffix = last.split()
            last = " ".join(keep)
        return last, " ".join(first_tokens), title, suffix
    if not person or looks_like_organization(name):
        return name, "", "", ""
    tokens = name.split()
    title = tokens.pop(0) if len(tokens) > 1 and _word(tokens[0]) in _TITLES else ""
    suffix = tokens.pop() if len(tokens) > 1 and _word(tokens[-1]) in _SUFFIXES else ""
    if len(tokens) == 1:
        return tokens[0], "", title, suffix
    at = len(tokens) - 1
    while at > 1 and _word(tokens[at - 1]) in _PARTICLES:  # 'Maria de la Cruz'
        at -= 1
    return " ".join(tokens[at:]), " ".join(tokens[:at]), title, suffix


# ------------------------------------------------------------------ places

_ZIP = re.compile(r"(\d{4,5})(?:[- ]?(\d{4}))?")


@lru_cache(maxsize=8192)
def clean_zip(text: str) -> str:
    """95814, 95814-1234 (also 958141234, and 2134 for a ZIP whose leading 0 a spreadsheet
    dropped)."""
    raw = clean_text(text)
    if not raw:
        return ""
    if raw.endswith(".0"):  # a ZIP that went through a number cell
        raw = raw[:-2]
    raw = raw.rstrip("- ")  # '95503-': the +4 left blank
    m = _ZIP.fullmatch(raw)
    if m is None:
        if re.fullmatch(r"\d{8,9}", raw):
            raw = raw.zfill(9)
            return f"{raw[:5]}-{raw[5:]}"
        if re.fullmatch(r"[0-9][0-9 -]{0,9}", raw):
            return raw  # digits as the file has them (a ZIP from elsewhere): kept
        raise CellProblem(f"{shown(raw)} is not a ZIP code (write 95814 or 95814-1234)")
    five = m[1].zfill(5)
    return f"{five}-{m[2]}" if m[2] else five


STATES = {
    "alabama": "AL", "alaska": "AK", "arizona": "AZ", "arkansas": "AR", "california": "CA",
    "colorado": "CO", "connecticut": "CT", "delaware": "DE", "district of columbia": "DC",
    "florida": "FL", "georgia": "GA", "hawaii": "HI", "idaho": "ID", "illinois": "IL",
    "indiana": "IN", "iowa": "IA", "kansas": "KS", "kentucky": "KY", "louisiana": "LA",
    "maine": "ME", "maryland": "MD", "massachusetts": "MA", "michigan": "MI",
    "minnesota": "MN", "mississippi": "MS", "missouri": "MO", "montana": "MT",
    "nebraska": "NE", "nevada": "NV", "new hampshire": "NH", "new jersey": "NJ",
    "new mexico": "NM", "new york": "NY", "north carolina": "NC", "north dakota": "ND",
    "ohio": "OH", "oklahoma": "OK", "oregon": "OR", "pennsylvania": "PA",
    "rhode island": "RI", "south carolina": "SC", "south dakota": "SD", "tennessee": "TN",
    "texas": "TX", "utah": "UT", "vermont": "VT", "virginia": "VA", "washington": "WA",
    "west virginia": "WV", "wisconsin": "WI", "wyoming": "WY", "puerto rico": "PR",
    "guam": "GU", "calif": "CA", "cal": "CA",
}


@lru_cache(maxsize=8192)
def clean_state(text: str) -> str:
    """'CA', 'ca', 'California', 'Calif.' -> 'CA'."""
    raw = clean_text(text).strip(".")
    if not raw:
        return ""
    if len(raw) == 2 and raw.isalpha():
        return raw.upper()
    code = STATES.get(raw.lower())
    if code is None:
        raise CellProblem(f"{shown(raw)} is not a state (write its two letters, e.g. CA)")
    return code


_YES = {"x", "y", "yes", "true", "1", "self", "self-employed", "self employed"}
_NO = {"", "n", "no", "false", "0"}


@lru_cache(maxsize=8192)
def clean_box(text: str) -> str:
    """A check box: 'X' for yes/true/x/1, '' for no/blank."""
    raw = clean_text(text).lower()
    if raw in _YES:
        return "X"
    if raw in _NO:
        return ""
    raise CellProblem(f"{shown(clean_text(text))} is not yes or no")


ENTITY_WORDS = {
    "ind": "IND", "individual": "IND", "person": "IND", "com": "COM", "committee": "COM",
    "recipient committee": "COM", "oth": "OTH", "other": "OTH", "business": "OTH",
    "organization": "OTH", "organisation": "OTH", "company": "OTH", "pty": "PTY",
    "party": "PTY", "political party": "PTY", "scc": "SCC",
    "small contributor committee": "SCC",
}


@lru_cache(maxsize=8192)
def clean_entity(text: str) -> str:
    """'Individual' -> IND, 'Committee' -> COM, 'Business' -> OTH, 'Party' -> PTY."""
    raw = clean_text(text).lower()
    if not raw:
        return ""
    code = ENTITY_WORDS.get(raw)
    if code is None:
        raise CellProblem(f"{shown(clean_text(text))} is not a kind of contributor (individual, "
                          "committee, political party, small contributor committee or other)")
    return code
