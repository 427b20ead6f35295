"""Every field the entry form marks required (R or Rx in the spec) is enforced by the
check: left blank on a clean statement, it gives a finding at that field (or the notice
of what the SOS's system will warn about names it). Fields the spec marks "N/A (Not
Used)" are not asked for anywhere."""

from __future__ import annotations

import pytest

from calaccess_desktop.cal.labels import field_label
from calaccess_desktop.services.entry_fields import entry_groups
from tests.validation.builder import Stmt
from tests.validation.cases import f496, f497, in_kind, misc

# Filled by the app, never typed: the transaction ID, and the report date (the export
# writes the day of filing into a draft's blank Rpt_Date).
AUTOMATIC = {"Tran_ID", "Rpt_Date"}
BASES = {"f460": Stmt.f460, "pac": Stmt.pac, "measure": Stmt.measure,
         "primarily": Stmt.primarily_formed, "f497": f497, "f496": f496}


def _with_more(s: Stmt) -> Stmt:
    if s.form == "F460":
        in_kind(s)
        misc(s)
        s.add("LOAN", "B1", contact=9, Entity_Cd="IND", Lndr_NamL="Okafor", Lndr_NamF="Grace",
              Loan_Adr1="1901 J Street", Loan_City="Sacramento", Loan_ST="CA",
              Loan_ZIP4="95811", Loan_Date1="20260301", Loan_Date2="20270301",
              Loan_Amt1="2000.00", Loan_Amt2="2000.00", Loan_Amt3="2000.00")
    return s


def _cases() -> list[tuple[str, int, str]]:
    out = []
    for base, make in BASES.items():
        s = _with_more(make())
        targets = [(0, s.cover)] + [(i.record_id, i.rec) for i in s.items]
        for record_id, rec in targets:
            form = s.form if rec.rec_type in ("CVR", "CVR3") else rec.form_type
            for group in entry_groups(rec.rec_type, form, s.form):
                for info in group.fields:
                    if (info.required and rec.has_field(info.name)
                            and info.name not in AUTOMATIC):
                        out.append((base, record_id, info.name))
    return sorted(set(out))


CASES = _cases()


def test_there_are_required_fields_to_check() -> None:
    assert len(CASES) > 100


@pytest.mark.parametrize(("base", "record_id", "name"), CASES,
                         ids=[f"{b}-{r}-{n}" for b, r, n in CASES])
def test_required_field_left_blank_is_found(base: str, record_id: int, name: str) -> None:
    s = _with_more(BASES[base]())
    rec = s.cover if record_id == 0 else next(i.rec for i in s.items
                                              if i.record_id == record_id)
    rec.set(name, "")
    spec = next(f for f in rec.fields if f.name == name)
    label = field_label(rec.rec_type, rec.form_type, spec).lower()
    here = [f for f in s.findings() if f.location.record_id == record_id and (
        f.location.field == name or (f.rule_id == "APP-SOS-001" and label in f.message.lower()))]
    assert here, f"{rec.rec_type} {rec.form_type} {name} ({label}) blank: nothing said"
