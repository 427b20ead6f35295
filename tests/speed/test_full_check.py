"""The screened full check finds exactly what the reference check finds.

``validate`` screens its rows column by column (rule screens, the required-field screen of
``validation.spec_screen``) and visits only the rows a screen picked; ``screen=False``
runs every record rule and every required-field check on every row (the reference). On
generated statements (hypothesis) both give the same findings, in the same order, and the
record rules' findings equal ``validate_records`` over every row. The conditions' declared
reads (``conditions.base.reads_of``), which the screen relies on, are checked too.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from calaccess_desktop.cal.model import CalRecord
from calaccess_desktop.cal.reader import read_cal
from calaccess_desktop.cal.writer import write_cal
from calaccess_desktop.domain.snapshot import SnapRecord, StatementSnapshot
from calaccess_desktop.services.checking import check_snapshot
from calaccess_desktop.services.validation import rule_set, snapshot_from_cal
from calaccess_desktop.validation import validate, validate_records
from calaccess_desktop.validation.conditions import TABLE
from calaccess_desktop.validation.conditions.base import reads_of
from calaccess_desktop.validation.context import Ctx, Row, row_of
from tests.support.calfiles import cover, expn, rcpt

TODAY = dt.date(2026, 7, 20)

# Values that switch the conditions and rules on and off (blank, odd, too wide ...).
RCPT_CHOICES = {
    "Entity_Cd": ["IND", "COM", "RCP", "OTH", "PTY", "SCC", "", "ind", "ZZZ"],
    "Ctrib_NamF": ["", "Grace", "Grace and Ben"],
    "Ctrib_NamL": ["", "Okafor", "Anonymous", "Okafor Holdings LLC"],
    "Ctrib_Emp": ["", "Sutter Health", "Self-employed"],
    "Ctrib_Occ": ["", "Nurse", "RN", "Requested"],
    "Ctrib_City": ["", "Sacramento", "S" * 40],
    "Ctrib_ST": ["", "CA", "CAL"],
    "Cmte_ID": ["", "1234567"],
    "Tres_NamL": ["", "Lee"],
    "Tran_Type": ["", "I", "X", "R"],
    "Intr_NamL": ["", "Mid"],
    "Intr_City": ["", "Davis"],
    "Amount": ["", "50.00", "150.00", "1,200.00", "-25.00", "6000.00"],
    "Cum_YTD": ["", "90.00", "150.00", "6000.00"],
    "Rcpt_Date": ["", "20260315", "20251230", "20260805", "2026"],
    "Memo_Code": ["", "X"],
    "BakRef_TID": ["", "A1", "NOPE"],
}
EXPN_CHOICES = {
    "Entity_Cd": ["OTH", "IND", "COM", "RCP", "", "XYZ"],
    "Payee_NamF": ["", "Ann"],
    "Payee_NamL": ["", "Capitol Print & Mail"],
    "Payee_City": ["", "Sacramento", "S" * 40],
    "Cmte_ID": ["", "1234567"],
    "Tres_NamL": ["", "Lee"],
    "Expn_Code": ["", "LIT", "CTB", "IND", "IKD", "ZZZ"],
    "Expn_Dscr": ["", "Mailers"],
    "Cand_NamL": ["", "Lopez"],
    "Bal_Name": ["", "Measure K"],
    "Amount": ["", "300.00", "12.345"],
    "Memo_Code": ["", "X"],
    "Office_Cd": ["", "OTH", "ZZZ"],
    "Juris_Cd": ["", "CIT", "SEN"],
}


def _overrides(choices: dict[str, list[str]]) -> st.SearchStrategy[dict[str, str]]:
    return st.dictionaries(st.sampled_from(sorted(choices)), st.integers(0, 99),
                           max_size=6).map(
        lambda picked: {k: choices[k][n % len(choices[k])] for k, n in picked.items()})


ROW = st.tuples(st.booleans(), _overrides(RCPT_CHOICES), _overrides(EXPN_CHOICES),
                st.booleans())


def _statement(rows: list[tuple[bool, dict[str, str], dict[str, str], bool]],
               committee: dict[str, str]) -> StatementSnapshot:
    records: list[CalRecord] = []
    itemized: list[bool] = []
    for n, (receipt, r_fields, e_fields, item) in enumerate(rows):
        records.append(rcpt(f"A{n}", **r_fields) if receipt else expn(f"E{n}", **e_fields))
        itemized.append(item or not receipt)
    base = snapshot_from_cal(read_cal(write_cal(cover(**committee), []), "gen.cal"))
    return dataclasses.replace(base, records=tuple(
        SnapRecord(tuple(r.values), n, n, "F460", item)
        for n, (r, item) in enumerate(zip(records, itemized, strict=True), start=10)))


COMMITTEES = st.sampled_from([{}, {"Cmtte_Type": "C", "Entity_Cd": "CTL"},
                              {"Cmtte_Type": "B", "Flag1_YN": "Y"},
                              {"Stmt_Type": "PE", "Report_Num": "001"}])


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.lists(ROW, min_size=1, max_size=25), COMMITTEES)
def test_the_screened_check_finds_what_the_reference_finds(rows, committee) -> None:
    snap = _statement(rows, committee)
    rules = rule_set()
    fast = validate(snap, rules=rules, today=TODAY)
    reference = validate(snap, rules=rules, today=TODAY, screen=False)
    assert fast == reference
    # Record rules alone (no rule that also has a statement-level part): as the per-row
    # check of every row finds them.
    whole = {r.id for r in rules.checks}
    each = validate_records(snap, [r.record_id for r in snap.records], rules=rules,
                            today=TODAY)
    assert ([f for f in fast if f.location.record_id and f.rule_id not in whole]
            == [f for f in each if f.rule_id not in whole])
    # The check in steps (the window's) visits the same rows.
    assert check_snapshot(snap, today=TODAY, chunk=4) == fast


def test_generated_statements_reach_the_required_field_checks() -> None:
    """The generator above does produce missing required fields of several kinds (else
    the comparison would prove little about the required-field screen)."""
    rows = [(True, {"Ctrib_NamF": "", "Entity_Cd": "IND"}, {}, True),
            (True, {"Tran_Type": "X"}, {}, True),
            (True, {"Entity_Cd": "COM", "Ctrib_NamF": ""}, {}, True),
            (False, {}, {"Expn_Code": "", "Expn_Dscr": ""}, True),
            (False, {}, {"Expn_Code": "CTB", "Expn_Dscr": ""}, True),
            (True, {"Ctrib_Occ": "", "Amount": "150.00", "Cum_YTD": "150.00"}, {}, True),
            (True, {"Ctrib_NamF": ""}, {}, False)]  # not itemized: no required fields
    snap = _statement(rows, {})
    fast = validate(snap, rules=rule_set(), today=TODAY)
    assert fast == validate(snap, rules=rule_set(), today=TODAY, screen=False)
    missing = {(f.location.tran_id, f.location.field) for f in fast
               if "is missing" in f.message}
    assert {("A0", "Ctrib_NamF"), ("A1", "Int_CmteId"), ("E3", "Expn_Code"),
            ("E4", "Expn_Dscr"), ("A5", "Ctrib_Occ")} <= missing, missing
    assert not {t for t, _ in missing if t == "A6"}
    assert ("A2", "Ctrib_NamF") not in missing  # a committee has no first name


class _Watched(Row):
    """A row that notes every field a condition asks it for."""

    __slots__ = ("asked",)

    def __init__(self, row: Row) -> None:
        super().__init__(row.rec, row.v, row.plan, row.ctx)
        self.asked: set[str] = set()

    @property
    def entity(self) -> str:
        self.asked.add("Entity_Cd")
        return super().entity

    def get(self, name: str) -> str:
        self.asked.add(name)
        return super().get(name)

    def up(self, name: str) -> str:
        self.asked.add(name)
        return super().up(name)

    def has(self, name: str) -> bool:
        self.asked.add(name)
        return super().has(name)

    def cents(self, name: str) -> int:
        self.asked.add(name)
        return super().cents(name)


def test_each_condition_reads_only_the_fields_it_declares() -> None:
    """A condition asks a row only for the fields it declares, and changing any other
    field never changes its answer."""
    snap = _statement([(True, {}, {}, True), (False, {}, {}, True)], {})
    ctx = Ctx(snap, today=TODAY)
    rng = random.Random(16)
    samples = ["", "IND", "COM", "CAO", "X", "Y", "CTB", "150.00", "50.00", "20260315"]
    tests = {id(n.test): (rec, n.test) for (rec, _f), entry in TABLE.items()
             for n in entry if n.test is not None}
    assert len(tests) > 20
    for rec_type, test in tests.values():
        names = reads_of(test)
        assert names is not None, (rec_type, test)
        form = {"RCPT": "A", "EXPN": "E", "LOAN": "B1", "DEBT": "F"}.get(rec_type, "F460")
        base = row_of(SnapRecord((rec_type, form), 1, 1, "F460"), ctx).v  # every field
        for n in range(300):
            values = [rng.choice(samples) if i > 1 else v for i, v in enumerate(base)]
            row = _Watched(row_of(SnapRecord(tuple(values), 1, 1, "F460"), ctx))
            answer = test(row)
            assert row.asked <= set(names), (rec_type, test, row.asked - set(names))
            if n % 10:
                continue
            for i, spec in enumerate(row.fields):
                if i < 2 or spec.name in names:
                    continue
                changed = list(row.v)
                changed[i] = rng.choice(samples)
                other = row_of(SnapRecord(tuple(changed), 1, 1, "F460"), ctx)
                if other.fields is row.fields:  # (a field choosing the layout: not asked)
                    assert test(other) == answer, (rec_type, test, spec.name)
