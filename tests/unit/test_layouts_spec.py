"""layouts.json is what the CAL 2.01 spec text says, and the API reads it right."""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from calaccess_desktop.cal import layouts
from tests.conftest import SPEC_TEXT, need_reference

REPO = Path(__file__).resolve().parents[2]
SPEC = SPEC_TEXT
JSON = REPO / "calaccess_desktop" / "cal" / "layouts.json"
SPEC_ROW = r"^\s*(\d{2})\s+(Rx|R|Cx|C|O|N/A)\s+([A-Za-z]\w*)\s+(\d+)\b"


@pytest.fixture(scope="module")
def spec_text() -> str:
    return need_reference(SPEC).read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("gen_layouts", REPO / "tools" / "gen_layouts.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["gen_layouts"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def all_defs() -> Iterator[tuple[str, dict[str, Any]]]:
    """Every field definition in the json, alternatives included."""
    data = json.loads(JSON.read_text(encoding="utf-8"))
    for rec_type, record in data["records"].items():
        for lay in record["layouts"]:
            for slot in lay["fields"]:
                for field in slot.get("alternatives", [slot]):
                    yield rec_type, field


def names(rec_type: str, form_type: str = "", **variant: str) -> list[str]:
    return [f.name for f in layouts.fields_for(rec_type, form_type, variant=variant)]


# (a) the packaged json is exactly what the generator derives from the spec


def test_json_is_regenerated_from_spec(spec_text: str, generator: ModuleType) -> None:
    assert generator.check(SPEC, JSON) == []


# (b) every field stands on a row of the spec text, and no campaign row is missed


def test_every_json_field_is_a_spec_row(spec_text: str) -> None:
    missing = [
        f"{rec} {f['number']} {f['name']}"
        for rec, f in all_defs()
        if not re.search(
            rf"^\s*{f['number']:02d}\s+{re.escape(f['level'])}\s+"
            rf"{re.escape(f['name'])}\s+{f['max_len']}\b",
            spec_text,
            re.MULTILINE,
        )
    ]
    assert missing == []


def test_every_campaign_spec_row_is_in_json(spec_text: str) -> None:
    lobbying = re.search(r"^\s*Section 3 - Lobbyist Disclosure Reports$", spec_text, re.M)
    assert lobbying is not None
    campaign = spec_text[: lobbying.start()]
    rows = {m.groups() for m in re.finditer(SPEC_ROW, campaign, re.MULTILINE)}
    defs = {(f"{f['number']:02d}", f["level"], f["name"], str(f["max_len"])) for _, f in all_defs()}
    assert rows - defs == set()
    assert len(rows) > 500


# (c) spot checks a reviewer can read against the spec pages


def test_hdr() -> None:
    assert len(names("HDR")) == 7
    assert names("HDR")[-1] == "HDRcomment"


def test_cvr_f460() -> None:
    fields = layouts.fields_for("CVR", "F460")
    assert len(fields) == 70
    assert (fields[48].name, fields[48].level, fields[48].max_len) == ("Cand_NamL", "R", 200)
    assert fields[69].name == "Sup_Opp_Cd"


@pytest.mark.parametrize(
    ("form", "count"),
    [("F450", 48), ("F425", 48), ("F497", 48), ("F498", 48), ("F461", 62), ("F401", 53)],
)
def test_cvr_counts_by_form(form: str, count: int) -> None:
    assert layouts.field_count("CVR", form) == count


def test_cvr_f470_and_section_2() -> None:
    assert layouts.field_count("CVR", "F470") == 26
    assert names("CVR", "F470")[-1] == "Date_1000"
    assert layouts.field_count("CVR", "F410") == 59


def test_rcpt() -> None:
    fields = layouts.fields_for("RCPT", "A")
    assert len(fields) == 66
    assert (fields[65].name, fields[65].level) == ("Int_CmteId", "Cx")


@pytest.mark.parametrize(
    ("rec_type", "form", "count", "last"),
    [
        ("EXPN", "E", 54, "XRef_Match"),
        ("DEBT", "F", 34, "XRef_Match"),
        ("LOAN", "B1", 52, "Loan_Amt8"),
        ("SPLT", "", 6, "Elec_Code"),
        ("TEXT", "", 4, "Text4000"),
        ("S497", "F497P1", 36, "Memo_RefNo"),
        ("S496", "F496", 9, "Memo_RefNo"),
        ("SMRY", "F460", 7, "Elec_Dt"),
        ("CVR3", "F460", 10, "Sig_NamS"),
        ("CVR2", "F460", 33, "Sup_Opp_Cd"),
        ("CVR2", "F465", 10, "Mail_ZIP4"),
    ],
)
def test_counts(rec_type: str, form: str, count: int, last: str) -> None:
    assert names(rec_type, form)[-1] == last
    assert len(names(rec_type, form)) == count


def test_loan_middle_fields_41_to_48() -> None:
    assert names("LOAN", "B1")[40:48] == [
        "Intr_City",
        "Intr_ST",
        "Intr_ZIP4",
        "Memo_Code",
        "Memo_RefNo",
        "BakRef_TID",
        "XRef_SchNm",
        "XRef_Match",
    ]


def test_text4000_length() -> None:
    assert layouts.fields_for("TEXT")[3].max_len == 4000


# (d) kinds derived from the spec


@pytest.mark.parametrize(
    ("rec_type", "form", "name", "kind"),
    [
        ("CVR", "F460", "Rpt_Date", "date"),
        ("RCPT", "A", "Amount", "amount"),
        ("CVR", "F460", "Flag1_YN", "yesno"),
        ("RCPT", "A", "Memo_Code", "checkbox"),
        ("RCPT", "A", "Ctrib_Self", "checkbox"),
        ("EXPN", "E", "XRef_Match", "checkbox"),
        ("RCPT", "A", "Entity_Cd", "code"),
        ("RCPT", "A", "Ctrib_NamL", "text"),
    ],
)
def test_kinds(rec_type: str, form: str, name: str, kind: str) -> None:
    index = layouts.field_index(rec_type, form, name)
    assert layouts.fields_for(rec_type, form)[index].kind == kind


# (e) alternatives


def test_rcpt_transfer_alternative() -> None:
    transfer = layouts.fields_for("RCPT", "A", variant={"Tran_Type": "X"})
    assert transfer[17].name == "Trans_Date"
    assert transfer[17].condition == "Tran_Type = X"
    assert layouts.fields_for("RCPT", "A")[17].name == "Rcpt_Date"
    assert layouts.fields_for("RCPT", "A", variant=(("tran_type", "x"),))[18].name == "Contr_Date"


def test_loan_schedule_alternatives() -> None:
    assert names("LOAN", "B2")[34] == "Lender_Name"
    assert names("LOAN", "H")[34] == "Intr_NamL"
    assert layouts.fields_for("LOAN", "B2")[19].level == "N/A"
    assert layouts.fields_for("LOAN", "H")[20].description == "Interest Received Rate"


def test_cvr_committee_type_alternatives() -> None:
    general = layouts.fields_for("CVR", "F450", variant={"Cmtte_Type": "G"})
    assert general[41].description.startswith("Sponsored?")
    assert layouts.fields_for("CVR", "F460")[41].description.startswith("State Candidate")


def test_lookups_are_cached_and_unknowns_empty() -> None:
    assert layouts.fields_for("RCPT", "A") is layouts.fields_for("rcpt", "a")
    assert layouts.fields_for("CVR", "F999") == ()
    assert layouts.is_known_unimplemented("LEXP")
    assert not layouts.is_known_unimplemented("RCPT")


# (f) filing components and SMRY lines


def test_f460_components() -> None:
    parts = layouts.form_components("F460")
    assert ("LOAN", "B1") in parts and ("DEBT", "F") in parts
    assert parts[0] == ("HDR", "CAL")


def test_smry_lines() -> None:
    assert [line for line, _ in layouts.smry_lines("E")] == ["1", "2", "3", "4"]
    f460 = dict(layouts.smry_lines("F460"))
    assert f460["11"] == ("Amount_A", "Amount_B")
    assert f460["19"] == ("Amount_A",)
    assert f460["22Z"] == ("Amount_A", "Elec_Dt")
    assert layouts.smry_lines("401B-1") == (("0", ("Amount_A",)),)


def test_codes() -> None:
    assert layouts.codes("expense")["MON"].startswith("Monetary contribution")
    assert layouts.codes("elec_code") == {
        "P": "Primary",
        "G": "General",
        "S": "Special",
        "R": "Runoff",
    }
    assert layouts.codes("tran_type")["X"] == "Transfer"
