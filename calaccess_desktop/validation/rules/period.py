"""This project's own rules on amounts and dates (beyond the guide's catalog): a negative
amount where the form has no place for one, and an item dated before the period."""

from __future__ import annotations

from calaccess_desktop.validation.checks import Issues, date_field
from calaccess_desktop.validation.context import Row, cents, sdate
from calaccess_desktop.validation.ruleset import collect, rule
from calaccess_desktop.validation.words import mdy

_NO_NEGATIVE = (("RCPT", "A"), ("RCPT", "C"), ("EXPN", "E"))
_FIX = {
    "A": "A contribution you gave back is entered as a Schedule E payment with code RFD "
         "(returned contribution); to correct an amount reported on an earlier statement, "
         "amend that statement.",
    "C": "Enter the fair market value as a positive amount; to correct a value reported "
         "on an earlier statement, amend that statement.",
    "E": "Money that came back to the committee (a refund or a returned deposit) goes on "
         "Schedule I; to correct a payment reported on an earlier statement, amend that "
         "statement.",
}
_WHAT = {"A": "A contribution", "C": "A nonmonetary contribution's value",
         "E": "A payment"}


def _negative(rows: list[Row]) -> list[Row]:
    """The rows whose amount is below zero (each distinct amount read once)."""
    i = rows[0].ix.get("Amount")
    if i is None:
        return []
    texts = rows[0].ctx.column(rows, i)
    bad = {text for text in set(texts) if text and cents(text) < 0}
    return [r for r, text in zip(rows, texts, strict=True) if text in bad] if bad else []


@rule("APP-NEG-001", severity="error", scope="record", applies_to=_NO_NEGATIVE,
      unitemized=True, screen=_negative)
def no_negative_amount(r: Row) -> Issues:
    """Schedules A, C and E have no place for a negative amount: a returned contribution
    is a payment (code RFD) and a correction is an amendment of the earlier statement.
    Source: [RWC-8][RWC-15][RWC-20][M2-23-411]"""
    if r.cents("Amount") >= 0:
        return None
    schedule = r.form_type
    return r.say("Amount", f"{_WHAT.get(schedule, 'This amount')} cannot be negative "
                 f"({r.where()}).", _FIX.get(schedule, _FIX["A"]))


_DATED = (("RCPT", "A"), ("RCPT", "C"), ("EXPN", "E"), ("RCPT", "I"), ("EXPN", "D"),
          ("RCPT", "F496P3"))


def _date_name(r: Row) -> str:
    return "Expn_Date" if r.rec_type == "EXPN" else date_field(r)


def _before_period(rows: list[Row]) -> list[Row]:
    """The rows dated before the period's first day (CCYYMMDD text sorts as dates)."""
    first = rows[0]
    i, pf = first.ix.get(_date_name(first)), first.ctx.pf
    if i is None or not pf:
        return []
    days = first.ctx.column(rows, i)
    if min(filter(None, days), default=pf) >= pf:
        return []
    return [r for r, day in zip(rows, days, strict=True) if day and day < pf]


@rule("APP-DATE-001", severity="warning", scope="record", applies_to=_DATED,
      unitemized=True, screen=_before_period)
def dated_before_period(r: Row) -> Issues:
    """A current-period item dated before the period's first day is reported on the
    statement whose period includes that date, by amending it when it is filed.
    Source: [RWC-8][CP20-555][M2-23-386]"""
    name = _date_name(r)
    i = r.ix.get(name)
    day = r.v[i] if i is not None else ""
    ctx = r.ctx
    if not day or not ctx.pf or day >= ctx.pf or not r.counts:
        return None
    when = sdate(day)
    if when is None:
        return None
    return r.say(name, f"The date {mdy(when)} is before this statement's period "
                 f"({ctx.period_words()}) ({r.where()}).",
                 f"Report an item of {mdy(when)} on the statement whose period includes "
                 "that date (amend it if it is already filed, and say so in the amendment's "
                 "explanation); if the date is a typing mistake, correct it.")


RULES = collect(globals())
