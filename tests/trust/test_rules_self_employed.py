"""A self-employed contributor without a business name is told to enter the business
name (form-rules F460-A-004), however "self-employed" is written, and only once."""

from __future__ import annotations

import pytest

from calaccess_desktop.forms.f460.rules.receipts import is_self_employed
from tests.validation.builder import Stmt

SELF = ["Self-employed", "SELF", "Self Employed.", "self employed consultant",
        "Self-Employed (own business)", "Own business", "Freelance", "Sole proprietor"]
NAMED = ["Okafor Consulting", "Self Storage Inc", "Owner's Realty", "Sutter Health",
         "Independent Pharmacy of Davis"]


@pytest.mark.parametrize("text", SELF)
def test_self_employed_words(text: str) -> None:
    assert is_self_employed(text)


@pytest.mark.parametrize("text", NAMED)
def test_business_names_are_not_self_employed(text: str) -> None:
    assert not is_self_employed(text)


@pytest.mark.parametrize("fields", [
    {"Ctrib_Emp": "Self-employed"},
    {"Ctrib_Occ": "Self-employed", "Ctrib_Emp": ""},
    {"Ctrib_Occ": "Self employed", "Ctrib_Emp": "Self employed"},
    {"Ctrib_Self": "X", "Ctrib_Emp": ""},
    {"Ctrib_Self": "X", "Ctrib_Emp": "none"},
])
def test_told_to_enter_the_business_name_once(fields: dict[str, str]) -> None:
    s = Stmt.f460()
    s.edit(s.first("RCPT", "A"), **fields)
    hits = [f for f in s.findings() if f.location.field == "Ctrib_Emp"]
    assert len(hits) == 1, [f.message for f in hits]
    assert hits[0].rule_id == "F460-A-004"
    assert "business" in hits[0].message and "name of the contributor's business" in hits[0].fix


def test_named_business_with_the_box_is_fine() -> None:
    s = Stmt.f460()
    s.edit(s.first("RCPT", "A"), Ctrib_Self="X", Ctrib_Emp="Okafor Consulting",
           Ctrib_Occ="Self-employed designer")
    assert not [f for f in s.findings() if f.location.field in ("Ctrib_Emp", "Ctrib_Occ")]
