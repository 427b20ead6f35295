"""Dates anywhere the reader accepts (0001-01-01 to 9999-12-31) never crash the check,
the late-report rules, a file's validation, or after import ``validate N`` and
``late-reports N``."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from calaccess_desktop.cal.values import format_date
from calaccess_desktop.cal.writer import write_cal
from calaccess_desktop.cli import main
from calaccess_desktop.services.late_reports import LATE_REPORT_RULES
from calaccess_desktop.services.validation import rule_set, validate_cal_bytes
from calaccess_desktop.validation import validate, validate_only
from tests.support.calfiles import cover, expn, rcpt
from tests.validation.builder import GRACE, PRINTER, Stmt
from tests.validation.cases import f496, f497

SHORT_YEAR = re.compile(r"\b\d{2}/\d{2}/\d{1,3}\b")
EDGES = [dt.date.min, dt.date.max, dt.date(1, 1, 7), dt.date(9999, 12, 25)]
# Any date, with the ends of the calendar and the days next to them drawn often.
DATES = st.one_of(st.sampled_from(EDGES), st.dates())
MAYBE = st.one_of(st.none(), DATES)
BASES = {"f460": Stmt.f460, "pac": Stmt.pac, "measure": Stmt.measure,
         "primarily": Stmt.primarily_formed, "f497": f497, "f496": f496}
TYPES = ["SA", "PE", "QT", "SE", "SY", "TS", ""]


def _d(day: dt.date | None) -> str:
    return format_date(day)


@st.composite
def statements(draw: st.DrawFn) -> tuple[Stmt, dt.date]:
    s = BASES[draw(st.sampled_from(sorted(BASES)))]()
    s.set(From_Date=_d(draw(MAYBE)), Thru_Date=_d(draw(MAYBE)), Elect_Date=_d(draw(MAYBE)),
          Stmt_Type=draw(st.sampled_from(TYPES)), Rpt_Date=_d(draw(MAYBE)))
    for item in s.items:
        for name in ("Rcpt_Date", "Expn_Date", "Ctrib_Date", "Exp_Date", "Sig_Date",
                     "Elec_Date"):
            if item.rec.has_field(name) and item.rec.get(name):
                item.rec.set(name, _d(draw(DATES)))
    if s.form == "F460":
        for _ in range(draw(st.integers(0, 3))):
            s.add("RCPT", "A", contact=7, **dict(GRACE, Rcpt_Date=_d(draw(DATES)),
                                                 Amount=draw(st.sampled_from(
                                                     ["150.00", "1500.00", "6000.00"]))))
        if draw(st.booleans()):
            s.add("EXPN", "E", contact=8, **dict(PRINTER, Expn_Date=_d(draw(DATES))))
        if draw(st.booleans()):
            s.add("LOAN", "B1", contact=9, Entity_Cd="IND", Lndr_NamL="Okafor",
                  Lndr_NamF="Grace", Loan_Date1=_d(draw(DATES)), Loan_Date2=_d(draw(MAYBE)),
                  Loan_Amt1="2000.00", Loan_Amt2="2000.00", Loan_Amt3="2000.00")
    for _ in range(draw(st.integers(0, 2))):
        start, end = sorted((draw(DATES), draw(DATES)))
        s.brief(draw(st.sampled_from(["F460", "F450", "F497"])), _d(start), _d(end),
                report_num=draw(st.sampled_from([0, 1])),
                status=draw(st.sampled_from(["filed", "draft"])))
    return s, draw(DATES)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(statements())
def test_check_and_late_reports_survive_any_date(made: tuple[Stmt, dt.date]) -> None:
    stmt, today = made
    snap = stmt.snapshot()
    findings = validate(snap, rules=rule_set(), today=today)
    late = validate_only(snap, LATE_REPORT_RULES, rules=rule_set(), today=today)
    for f in (*findings, *late):
        assert f.message and f.fix and f.severity in ("error", "warning")
        for text in (f.message, f.fix):  # dates keep a four-digit year (01/01/0001)
            assert not SHORT_YEAR.search(text), text
    assert {f.rule_id for f in late} <= {f.rule_id for f in findings} | set(LATE_REPORT_RULES)


def _edge_file(cvr: dict[str, str], day: str) -> bytes:
    return write_cal(cover(**cvr), [rcpt("A1", Rcpt_Date=day),
                                    rcpt("A2", "1500.00", Rcpt_Date=day, Ctrib_NamL="Chen"),
                                    expn("E1", Expn_Date=day)])


COVERS = [
    {"From_Date": "00010101", "Thru_Date": "99991231", "Elect_Date": "00010101",
     "Stmt_Type": "PE"},
    {"From_Date": "99991231", "Thru_Date": "99991231", "Elect_Date": "99991231",
     "Stmt_Type": "PE"},
    {"From_Date": "00010101", "Thru_Date": "00010101", "Elect_Date": "00010101",
     "Stmt_Type": "SA"},
    {"From_Date": "00010101", "Thru_Date": "99991231", "Elect_Date": "99991231",
     "Stmt_Type": "QT"},
]
CASES = [(c, d) for c in COVERS for d in ("00010101", "99991231")]


@pytest.mark.parametrize(("cvr", "day"), CASES)
def test_validate_file_at_the_ends_of_the_calendar(cvr: dict[str, str], day: str) -> None:
    findings = validate_cal_bytes(_edge_file(cvr, day), "edge.cal")
    assert all(f.message and f.fix for f in findings)
    # A date on the period's own first or last day is inside it; after it is an error,
    # before it a warning.
    after = [f for f in findings if f.rule_id in ("F460-A-010", "F460-E-006")]
    before = [f for f in findings if f.rule_id == "APP-DATE-001"]
    assert bool(after) == (day > cvr["Thru_Date"]), [f.message for f in after]
    assert bool(before) == (day < cvr["From_Date"]), [f.message for f in before]
    assert all(f.severity == "error" for f in after)


@pytest.mark.parametrize(("cvr", "day"), [CASES[0], CASES[3], CASES[5]])
def test_import_then_validate_and_late_reports(tmp_path: Path, cvr: dict[str, str], day: str,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "edge.cal"
    source.write_bytes(_edge_file(cvr, day))
    db = str(tmp_path / "d.sqlite")
    assert main(["--db", db, "import", str(source)]) == 0
    statement = capsys.readouterr().out.split()[-1]
    for command in (["validate", statement], ["late-reports", statement],
                    ["late-reports", statement, "--json"], ["list", "--json"]):
        assert main(["--db", db, *command]) in (0, 1), command
        err = capsys.readouterr().err
        assert "Traceback" not in err and "did not expect" not in err, (command, err)
