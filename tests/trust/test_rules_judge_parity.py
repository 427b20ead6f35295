"""Every finding the practice server's judge gives for an export, the app's own check
gives first, at the same record and field, in its own words: over the demo and over
hypothesis-made statements. The judge names fields by their plain label too."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from calaccess_desktop.cal.labels import field_label, label_for, lower_first
from calaccess_desktop.cal.model import CalRecord
from calaccess_desktop.cal.problems import CalFormatError
from calaccess_desktop.domain.snapshot import StatementSnapshot
from calaccess_desktop.efile.judge import judge
from calaccess_desktop.efile.protocol import Message
from calaccess_desktop.services.demo import create_demo
from calaccess_desktop.services.exporter import export_snapshot
from calaccess_desktop.services.snapshots import build_snapshot
from calaccess_desktop.services.store import Store
from calaccess_desktop.services.validation import rule_set
from calaccess_desktop.validation import Finding, validate
from tests.validation.builder import GRACE, PRINTER, TODAY, Stmt
from tests.validation.cases import f496, f497

DAY = dt.date(2026, 7, 31)


def missing_from_check(snap: StatementSnapshot, findings: list[Finding]) -> list[str]:
    """The judge's findings on the snapshot's export that no app finding matches."""
    data = export_snapshot(snap, today=DAY)
    verdict = judge(data, filer_id=snap.committee.filer_id)
    exported = [r for r in snap.records if r.itemized and not r.lump]
    out = []
    for m in verdict.messages:
        assert m.line >= 2 and m.field_name, m  # an export is always readable as CAL
        index = m.line - 3
        record_id = 0 if m.line == 2 else exported[index].record_id
        rec = CalRecord(list(data.decode().split("\r\n")[m.line - 1].split(",")),
                        cvr_form=snap.form_type)
        spec = next(f for f in rec.fields if f.name == m.field_name)
        label = lower_first(field_label(rec.rec_type, rec.form_type, spec))
        here = [f for f in findings if f.location.record_id == record_id and (
            f.location.field == m.field_name or (f.rule_id == "APP-SOS-001"
                                                  and label.lower() in f.message.lower()))]
        if m.level == "error":
            here = [f for f in here if f.severity == "error"]
        if not here:
            out.append(f"line {m.line} {m.record} {m.field_name}: {m.level}: {m.text}")
        assert m.text.lower().startswith(label.lower()), m.text  # plain label first
        assert f"#{m.field}" not in m.text and "(R)" not in m.text, m.text
    return out


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> list[StatementSnapshot]:
    store = Store.open(Path(tmp_path_factory.mktemp("demo")) / "demo.sqlite")
    try:
        with store.transaction() as session:
            _cid, ids = create_demo(session)
        with store.read() as session:
            return [build_snapshot(session, sid) for sid in ids]
    finally:
        store.close()


def test_demo_judge_findings_are_all_in_the_check(demo: list[StatementSnapshot]) -> None:
    judged = 0
    for snap in demo:
        findings = validate(snap, rules=rule_set(), today=DAY)
        assert missing_from_check(snap, findings) == []
        judged += len(judge(export_snapshot(snap, today=DAY),
                            filer_id=snap.committee.filer_id).messages)
    assert judged >= 5  # Loan_Adr2, Sup_Opp_Cd, Elect_Date ... are warned about


def test_judge_messages_use_plain_labels(demo: list[StatementSnapshot]) -> None:
    verdict = judge(export_snapshot(demo[0], today=DAY), filer_id=demo[0].committee.filer_id)
    texts: dict[str, str] = {}
    for m in verdict.messages:
        texts.setdefault(m.field_name, m.text)
    lender = label_for("Loan_Adr2", "LOAN", "B1")  # the app's words for the field
    assert lender.startswith("Lender's") and "Loan" not in lender
    assert texts["Loan_Adr2"].startswith(f"{lender} is empty")
    assert texts["Sup_Opp_Cd"].startswith("Support or oppose is empty")
    assert isinstance(verdict.messages[0], Message)


VARIANT_FIELDS = {"Tran_Type", "Cmtte_Type"}  # they pick the record's layout
BASES = {"f460": Stmt.f460, "pac": Stmt.pac, "measure": Stmt.measure,
         "primarily": Stmt.primarily_formed, "f497": f497, "f496": f496}


@st.composite
def statements(draw: st.DrawFn) -> Stmt:
    s = BASES[draw(st.sampled_from(sorted(BASES)))]()
    if s.form == "F460":
        if draw(st.booleans()):
            s.add("LOAN", draw(st.sampled_from(["B1", "H"])), contact=9, Entity_Cd="IND",
                  Lndr_NamL="Okafor", Lndr_NamF="Grace", Loan_Adr1="1901 J Street",
                  Loan_City="Sacramento", Loan_ST="CA", Loan_ZIP4="95811",
                  Loan_Date1="20260301", Loan_Date2="20270301", Loan_Amt1="2000.00",
                  Loan_Amt2="2000.00", Loan_Amt3="2000.00")
        if draw(st.booleans()):
            s.add("RCPT", "A", contact=7, **dict(GRACE, Ctrib_NamL="Chen",
                                                 Tran_Type=draw(st.sampled_from(["", "X"]))))
        if draw(st.booleans()):
            s.add("EXPN", "E", contact=8, **dict(PRINTER, Expn_Code="IND", Cand_NamL="Lopez"))
        if draw(st.booleans()):
            s.add("DEBT", "F", contact=10, Entity_Cd="OTH", Payee_NamL="Capitol Print & Mail",
                  Beg_Bal="0.00", Amt_Incur="200.00", Amt_Paid="0.00", End_Bal="200.00")
    # Blank any of the fields a treasurer may leave empty (never the Rx ones: the export
    # refuses those and names them).
    targets = [(0, s.cover)] + [(i.record_id, i.rec) for i in s.items]
    for _, rec in targets:
        names = [f.name for f in rec.fields if f.level in ("R", "C", "Cx", "O")
                 and rec.get(f.name) and f.name not in VARIANT_FIELDS]
        for name in draw(st.lists(st.sampled_from(names), max_size=4, unique=True)
                         if names else st.just([])):
            rec.set(name, "")
    return s


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(statements())
def test_hypothesis_judge_findings_are_all_in_the_check(stmt: Stmt) -> None:
    snap = stmt.snapshot()
    try:
        export_snapshot(snap, today=DAY)
    except CalFormatError:
        assume(False)
    assert missing_from_check(snap, validate(snap, rules=rule_set(), today=TODAY)) == []
