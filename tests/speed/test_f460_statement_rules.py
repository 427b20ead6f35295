"""Form 460's faster rules find exactly what their row-by-row versions found.

The statement rules now sum a schedule once from its columns (``forms/f460/rules/
tallies.py``), sift rows by distinct values first and skip what cannot speak, and the
Schedule E record rules have screens. ``f460_before`` holds the four rule modules as they
were before; on generated statements (hypothesis draws the seed of a generator that mixes
contributions, loans, payments with sub-items, credit cards, bills, support of others and
summary lines, linked to a few contacts) the full check with today's rules gives the same
findings as with the old ones, and the generator trips every rule that changed.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from types import MappingProxyType

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from calaccess_desktop.cal.model import CalRecord
from calaccess_desktop.cal.reader import read_cal
from calaccess_desktop.cal.writer import write_cal
from calaccess_desktop.domain.money import format_cal_amount
from calaccess_desktop.domain.snapshot import SnapRecord, StatementSnapshot
from calaccess_desktop.forms.f460.smry import smry_values
from calaccess_desktop.forms.f460.summary import compute
from calaccess_desktop.services.validation import rule_set, snapshot_from_cal
from calaccess_desktop.validation import validate
from calaccess_desktop.validation.ruleset import RuleSet
from calaccess_desktop.validation.words import cents_of
from tests.speed.f460_before import limits, payments, receipts, summary
from tests.support.calfiles import cover

TODAY = dt.date(2026, 7, 20)
OLD = {r.key: r for m in (limits, payments, receipts, summary) for r in m.RULES}
NEW = rule_set()
BEFORE = RuleSet(OLD.get(r.key, r) for r in NEW)

# The rules whose code changed (each must be tripped by the generator).
CHANGED = {
    "F460-A-001", "F460-A-005", "F460-A-006", "F460-A-011", "F460-A-013", "F460-A-014",
    "F460-A-018", "F460-A-019", "F460-D-004", "F460-E-001", "F460-E-002", "F460-E-003",
    "F460-E-005", "F460-E-006", "F460-E-007", "F460-E-008", "F460-E-009", "F460-E-011",
    "F460-E-012", "F460-E-013", "F460-E-015", "F460-E-017", "F460-F-005", "F460-G-004",
    "F460-B-010", "F460-SUM-019",
}

NAMES = ["Okafor", "Chen", "Lopez", "Visa", "Capitol Print & Mail", "Okafor Holdings LLC",
         "Mr and Mrs Chen", "Anonymous", "Sacramento Savings"]
FIRST = ["", "Grace", "Maria", "Carlos", "Grace and", "Ben & Ann"]
JOBS = ["", "RN", "Nurse", "Requested", "Sutter Health", "Self-employed"]
MONEY = ["", "0.00", "40.00", "99.99", "100.00", "150.00", "350.00", "800.00", "2500.00",
         "6000.00", "-25.00", "12.345"]
DAYS = ["", "20260115", "20260315", "20260704", "20251230"]
DSCR = ["", "Mailers", "Transfer to savings", "Reimbursed stamps", "cd purchase",
        "Money market"]
CODES = ["", "LIT", "CTB", "IND", "TRC", "MTG", "MON", "ZZZ", "IKD"]


def _rec(kind: tuple[str, str], **fields: str) -> CalRecord:
    rec = CalRecord(list(kind), cvr_form="F460")
    for name, value in fields.items():
        if rec.has_field(name):
            rec.set(name, value)
    return rec


def _row(rng: random.Random, n: int, parents: list[str]) -> CalRecord:
    c = rng.choice
    kind = c(["A", "A", "A", "A", "C", "B1", "E", "E", "E", "E", "G", "F", "D"])
    tid = f"T{n}"
    if kind in ("A", "C"):
        amount = c(MONEY)
        return _rec(("RCPT", kind), Tran_ID=tid, Entity_Cd=c(["IND", "IND", "COM", "PTY", ""]),
                    Ctrib_NamL=c(NAMES), Ctrib_NamF=c(FIRST), Ctrib_Adr1=c(["", "1 J St"]),
                    Ctrib_City="Sacramento", Ctrib_ST="CA", Ctrib_ZIP4="95811",
                    Ctrib_Emp=c(JOBS), Ctrib_Occ=c(JOBS), Rcpt_Date=c(DAYS), Amount=amount,
                    Cum_YTD=c([amount, amount, "", "90.00", "6000.00", "20000.00"]),
                    Tran_Type=c(["", "", "F", "T"]), Memo_Code=c(["", "", "", "X"]),
                    Ctrib_Dscr=c(["", "Food"]))
    if kind == "B1":
        return _rec(("LOAN", "B1"), Tran_ID=c([tid, tid, "T1"]), Entity_Cd="IND",
                    Lndr_NamL=c(NAMES), Lndr_NamF=c(FIRST), Loan_Amt1=c(MONEY),
                    Loan_Amt2=c(MONEY), Loan_Amt3=c(MONEY), Loan_Date1=c(DAYS),
                    Loan_Amt5=c(MONEY), Loan_Amt7=c(MONEY))
    if kind == "F":
        return _rec(("DEBT", "F"), Tran_ID=tid, Entity_Cd="OTH", Payee_NamL=c(NAMES),
                    Beg_Bal=c(MONEY), Amt_Incur=c(MONEY), Amt_Paid=c(MONEY),
                    End_Bal=c(MONEY), Expn_Code=c(CODES))
    if kind == "D":
        return _rec(("EXPN", "D"), Tran_ID=tid, Entity_Cd="COM", Payee_NamL=c(NAMES),
                    Cand_NamL=c(["", "Lee"]), Expn_Code=c(["MON", "IKD", "IND"]),
                    Amount=c(MONEY), Cum_YTD=c(MONEY), Expn_Date=c(DAYS))
    sub = parents and rng.random() < 0.3
    return _rec(("EXPN", kind), Tran_ID=tid, Entity_Cd=c(["OTH", "IND", ""]),
                Payee_NamL=c(NAMES), Payee_NamF=c(FIRST),
                Payee_Adr1=c(["1700 I Street", "P.O. Box 12", ""]), Payee_City="Sacramento",
                Payee_ST="CA", Payee_ZIP4="95811", Amount=c(MONEY), Expn_Code=c(CODES),
                Expn_Dscr=c(DSCR), Expn_Date=c(DAYS), Memo_Code="X" if sub else "",
                BakRef_TID=c(parents) if sub or kind == "G" and parents else "")


def statement(seed: int) -> StatementSnapshot:
    """A generated Form 460: 1 to 40 rows, some linked to five contacts, its summary
    lines computed and then some of them spoilt."""
    rng = random.Random(seed)
    committee = rng.choice([
        {"Cmtte_Type": "C", "Entity_Cd": "CTL", "Cand_NamL": "Lopez", "Cand_NamF": "Maria",
         "Office_Cd": "CCM", "Juris_Cd": "CIT"},
        {"Cmtte_Type": "C", "Entity_Cd": "CTL", "Cand_NamL": "Lopez", "Cand_NamF": "Maria",
         "Office_Cd": "ASM", "Juris_Cd": "ASM"},
        {"Cmtte_Type": "G"}, {}])
    base = snapshot_from_cal(read_cal(write_cal(cover(**committee), []), "gen.cal"))
    records: list[SnapRecord] = []
    parents: list[str] = []
    agents = 0  # the itemized Schedule G total
    for n in range(rng.randint(1, 40)):
        rec = _row(rng, n, parents)
        itemized = rng.random() < 0.85
        if rec.values[0] == "EXPN" and rec.values[1] == "E" and not rec.get("BakRef_TID"):
            parents.append(rec.get("Tran_ID"))
        if rec.values[:2] == ["EXPN", "G"] and itemized:
            agents += cents_of(rec.get("Amount"))
        contact = rng.choice([None, 1, 2, 3, 4, 5])
        records.append(SnapRecord(tuple(rec.values), n + 10, n + 10, "F460", itemized,
                                  contact))
    ytd = MappingProxyType({c: rng.choice([0, 5000, 600000]) for c in (1, 2)})
    snap = dataclasses.replace(base, records=tuple(records), ytd_before=ytd)
    smry = []
    for k, values in enumerate(smry_values(compute(snap))):
        v = list(values)
        if rng.random() < 0.15:
            v[3] = rng.choice(MONEY)  # a spoilt summary amount
        elif v[1:3] == ["E", "1"] and rng.random() < 0.5:  # the agents' payments added
            v[3] = format_cal_amount(cents_of(v[3]) + agents)
        smry.append(SnapRecord(tuple(v), 100 + k, 100 + k, "F460"))
    return dataclasses.replace(snap, records=snap.records + tuple(smry))


@settings(max_examples=300, deadline=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(0, 2**32 - 1))
def test_the_faster_rules_find_what_the_old_ones_found(seed: int) -> None:
    snap = statement(seed)
    assert validate(snap, rules=NEW, today=TODAY) == validate(snap, rules=BEFORE, today=TODAY)
    assert validate(snap, rules=NEW, today=TODAY) == validate(snap, rules=NEW, today=TODAY,
                                                             screen=False)


def test_the_generator_trips_every_changed_rule() -> None:
    """Else the comparison above would prove little about a rule that never spoke."""
    assert set(OLD) >= {r for r in CHANGED}  # every changed rule has its old version
    said: set[str] = set()
    for seed in range(400):
        said |= {f.rule_id for f in validate(statement(seed), rules=NEW, today=TODAY)}
    assert said >= CHANGED, sorted(CHANGED - said)
