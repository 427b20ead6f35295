"""``calendar COMMITTEE [--year YYYY] [--json]``: what a committee files in a year, with
periods and due dates (``services/filing_calendar.py``)."""

from __future__ import annotations

import argparse
import datetime as dt
import json
from typing import Any

from calaccess_desktop.commands.common import EXIT_OK, add_command, open_store, whole_number
from calaccess_desktop.forms import calendar
from calaccess_desktop.forms.constants import threshold
from calaccess_desktop.forms.filing_calendar import short_day
from calaccess_desktop.services.filing_calendar import (
    CommitteeYear,
    NextDue,
    Planned,
    committee_year,
    find_committee,
    next_due,
)

FIRST_YEAR, LAST_YEAR = 1900, 2199
KINDS = ("--json items, each {kind, form, statement_type, period_from, period_through, due, "
         "election} (no statement_type for a window or registration): kind 'statement' (a "
         "periodic statement owed), 'window' (the 24-hour Form 497 and 496 window before an "
         "election; due null), 'conditional' (owed only when the committee does something: a "
         "special odd-year report SY, a supplemental pre-election statement SE, a Form 465) "
         "and 'registration' (a Form 410 within 10 days of qualifying, due null until the day "
         "it qualified is known; a Form 501 before any contribution, due null).")


def _line(p: Planned) -> str:
    text = p.item.sentence()
    if p.statement_id is not None:
        text += f" (started: statement {p.statement_id})"
    return f"  - {text}"


def _print(year: CommitteeYear, due: NextDue | None) -> None:
    print(f"Filing calendar {year.year} for {year.name} (committee {year.committee_id})")
    if year.elections:
        print("Elections: " + ", ".join(short_day(e) for e in year.elections))
    else:
        print("No elections on file: pre-election statements and 24-hour windows are "
              "listed once a statement or the committee profile (Elections) names one.")
    for p in year.planned:
        print(_line(p))
    if due is not None:
        today = dt.date.today()
        for item in due.late:
            print(f"Late (not started): {item.sentence(today)}.")
        if due.item is not None:
            print(f"Next: {due.item.sentence(today)}.")
    if year.registered:
        fee = threshold("annual_fee", dt.date(year.year, 1, 1))
        print(f"Also: the committee's annual fee of ${fee // 100} is due by "
              f"{short_day(calendar.next_business_day(dt.date(year.year, 1, 15)))} "
              "(paid to the Secretary of State, not filed).")
    print("Lines that say \"only if\" are owed only when the committee does what they say. "
          "Not listed: a termination statement, and the 10-business-day Forms 497 and 496 "
          "(owed after $5,000 outside the 24-hour windows).")
    print("A deadline on a weekend or state holiday is already moved to the next business "
          "day (never for a 24-hour Form 496, nor a Form 497 due the weekend before the "
          "election).")


def run(args: argparse.Namespace) -> int:
    """Print the calendar."""
    store = open_store(args)
    try:
        with store.read() as session:
            committee = find_committee(session, args.committee)
            this_year = dt.date.today().year
            year = committee_year(session, committee.id, args.year or this_year)
            due = next_due(session, committee.id) if year.year == this_year else None
    finally:
        store.close()
    if args.json:
        print(json.dumps(year.as_json(), indent=1))
    else:
        _print(year, due)
    return EXIT_OK


def register(sub: Any) -> argparse.ArgumentParser:
    """Add the command."""
    p = add_command(sub, "calendar", run,
                    "what a committee files in a year: periods, due dates, 24-hour windows")
    p.epilog = KINDS
    p.add_argument("committee", metavar="COMMITTEE",
                   help="the committee's number (list shows them), ID number or name")
    p.add_argument("--year", type=whole_number("year", FIRST_YEAR, LAST_YEAR),
                   help="the calendar year (default: this year)")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    return p
