"""Messy spreadsheets built from real CAL-ACCESS Schedule A rows (``data/``): a title row,
a blank line, stray spaces, one name column written two ways, dates as text in several US
forms, amounts with ``$``, commas and parentheses, ZIP+4 written several ways, state names,
blank lines between entries, and a few broken rows whose file row numbers are known."""

from __future__ import annotations

import csv
import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

SAMPLE = Path(__file__).parent / "data" / "rcpt_a_sample.tsv"
HEADERS = ["  Contributor Name ", "City", "State", "Zip Code", "Employer", "Occupation",
           "Date Received", "Amount ($)"]
# sample index -> (column, broken value)
BROKEN = {4: (7, "abc"), 9: (6, "13/45/2001"), 13: (0, "   "), 17: (7, ""),
          22: (6, "Febtember 3, 2002")}
REFUND = 11  # this row's amount is written in parentheses: a returned contribution


@dataclass
class Messy:
    """The rows of a messy file and what a correct import of it gives."""

    rows: list[list[Any]]  # every line of the file, title and blank lines included
    broken: set[int] = field(default_factory=set)  # file row numbers of the broken rows
    good: int = 0  # rows that import
    total: Decimal = Decimal(0)  # their amounts' sum (Schedule A, line 1)


def sample() -> list[dict[str, str]]:
    """The real rows."""
    with SAMPLE.open(newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def _date(text: str) -> dt.date:
    return dt.datetime.strptime(text.split()[0], "%m/%d/%Y").date()


def _date_text(day: dt.date, i: int) -> str:
    forms = [f"{day.month}/{day.day}/{day.year}", day.strftime("%m-%d-%y"),
             day.strftime("%b %d %Y"), day.isoformat(), day.strftime("%B %d, %Y").replace(
                 " 0", " "), f" {day.month}/{day.day}/{day.year} "]
    return forms[i % len(forms)]


def _amount_text(amount: Decimal, i: int) -> str:
    if i == REFUND:
        return f"(${amount:,.2f})"
    return [f"${amount:,.2f}", f"{amount}", f" {amount:,.2f} ", f"$ {amount}"][i % 4]


def _zip_text(zip4: str, i: int) -> str:
    digits = zip4.replace("-", "")
    if i % 5 == 1 and len(digits) == 5:
        return f"{digits}-0001"
    if i % 5 == 2 and len(digits) == 9:
        return digits
    return zip4


def build(kind: str = "csv") -> Messy:
    """The messy file's rows: text for a CSV; for an XLSX ("xlsx") some dates are real
    date cells or Excel day numbers and plain amounts are numbers, as a spreadsheet
    program saves them."""
    out = Messy([["Contributions received - export from our old spreadsheet"], [],
                 list(HEADERS)])
    for i, rec in enumerate(sample()):
        first, last = rec["CTRIB_NAMF"], rec["CTRIB_NAML"]
        name = f" {last},  {first}" if i % 2 else f"{first}  {last} "
        day = _date(rec["RCPT_DATE"])
        amount = Decimal(rec["AMOUNT"])
        state = "California" if rec["CTRIB_ST"].upper() == "CA" and i % 7 == 3 else \
            rec["CTRIB_ST"]
        row: list[Any] = [name, rec["CTRIB_CITY"] + "  ", state, _zip_text(rec["CTRIB_ZIP4"], i),
                          rec["CTRIB_EMP"], f" {rec['CTRIB_OCC']}", _date_text(day, i),
                          _amount_text(amount, i)]
        if kind == "xlsx":
            if i % 3 == 0:
                row[6] = dt.datetime(day.year, day.month, day.day)
            elif i % 3 == 1:
                row[6] = (day - dt.date(1899, 12, 30)).days
            if i % 4 == 1 and i != REFUND:
                row[7] = float(amount)
        if i in BROKEN:
            col, value = BROKEN[i]
            row[col] = value
        out.rows.append(row)
        if i in BROKEN:
            out.broken.add(len(out.rows))
        else:
            out.good += 1
            out.total += -amount if i == REFUND else amount
        if i % 8 == 7:
            out.rows.append([])  # a blank line between entries
    return out


def write_csv(messy: Messy, path: Path, *, encoding: str = "utf-8",
              delimiter: str = ",") -> Path:
    """The rows as a CSV file."""
    with path.open("w", newline="", encoding=encoding) as fh:
        csv.writer(fh, delimiter=delimiter).writerows(messy.rows)
    return path


def write_xlsx(messy: Messy, path: Path) -> Path:
    """The rows as an XLSX workbook (one sheet)."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for n, row in enumerate(messy.rows, start=1):
        for c, value in enumerate(row, start=1):
            if value != "" and value is not None:
                cell = sheet.cell(row=n, column=c, value=value)
                if isinstance(value, dt.datetime):
                    cell.number_format = "m/d/yyyy"
    book.save(path)
    return path
