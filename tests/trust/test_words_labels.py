"""One label table (``cal.labels``): the entry form, the check's findings, the service's
refusals and the filing server's messages name a field in the same words, and a form
package's own entry fields (``FormSpec.entry_groups``) are what its entry form shows."""

from __future__ import annotations

import pytest

from calaccess_desktop.cal.labels import PARTY_WORD, field_label, lower_first
from calaccess_desktop.cal.layouts import fields_for
from calaccess_desktop.forms.registry import all_forms
from calaccess_desktop.services.contacts import party_of
from calaccess_desktop.services.entry_fields import GROUPS, MEMO_TEXT, entry_groups
from calaccess_desktop.services.filing.wording import field_words
from tests.validation.builder import Stmt


def shown(rec_type: str, form_type: str, cvr_form: str = "F460") -> dict[str, str]:
    """Field name -> the label the entry form shows."""
    return {f.name: f.label for g in entry_groups(rec_type, form_type, cvr_form)
            for f in g.fields}


@pytest.mark.parametrize("name", ["Ctrib_NamL", "Ctrib_City", "Ctrib_ZIP4", "Ctrib_Occ",
                                  "Ctrib_Emp", "Rcpt_Date"])
def test_a_finding_names_the_field_as_the_entry_form_does(name: str) -> None:
    s = Stmt.f460()
    s.edit(s.first("RCPT", "A"), **{name: ""})
    found = [f for f in s.findings() if f.location.field == name]
    assert found, name
    label = shown("RCPT", "A")[name]
    assert any(lower_first(label) in lower_first(f.message) for f in found), (
        label, [f.message for f in found])


@pytest.mark.parametrize("kind", sorted(GROUPS))
def test_the_server_s_words_for_a_field_are_the_entry_form_s(kind: tuple[str, str]) -> None:
    rec_type, form_type = kind
    cvr = "F497" if rec_type == "S497" else "F460"
    layout = {f.name: f for f in fields_for(rec_type, form_type, cvr_form=cvr)}
    for name, label in shown(rec_type, form_type, cvr).items():
        if name == MEMO_TEXT:
            continue
        assert field_words(rec_type, form_type, name, layout[name]) == label, name
        assert field_label(rec_type, form_type, layout[name]) == label, name


@pytest.mark.parametrize("kind", sorted(PARTY_WORD))
def test_who_an_entry_is_about_is_named_alike(kind: tuple[str, str]) -> None:
    """The group title, the entry's noun and the name field's label agree."""
    rec_type, form_type = kind
    party = party_of(rec_type)
    assert party is not None
    cvr = next((f.code for f in all_forms() if kind in f.entry_groups),
               "F497" if rec_type == "S497" else "F460")
    labels = shown(rec_type, form_type, cvr)
    who = PARTY_WORD[kind]
    if party.last in labels:
        assert labels[party.last].startswith(f"{who}'s "), labels[party.last]
    assert f"Type of {who.lower()}" in labels.get("Entity_Cd", f"Type of {who.lower()}")


def _forms_with_entry_groups() -> list[tuple[str, tuple[str, str]]]:
    return [(f.code, key) for f in all_forms() for key in f.entry_groups]


@pytest.mark.parametrize(("code", "kind"), _forms_with_entry_groups())
def test_a_form_package_declares_its_own_entry_fields(code: str,
                                                      kind: tuple[str, str]) -> None:
    spec = next(f for f in all_forms() if f.code == code)
    declared = spec.entry_groups[kind]
    groups = entry_groups(*kind, code)
    assert [g.title for g in groups] == [title for title, _names, _folded in declared]
    assert [g.folded for g in groups] == [folded for _t, _n, folded in declared]
    layout = {f.name.lower() for f in fields_for(*kind, cvr_form=code)}
    for group, (_title, names, _folded) in zip(groups, declared, strict=True):
        wanted = [n for n in names if n.lower() in layout or n.lower() == MEMO_TEXT]
        assert [f.name.lower() for f in group.fields] == [n.lower() for n in wanted]


def test_without_a_form_s_own_fields_the_built_in_groups_are_used() -> None:
    assert [g.title for g in entry_groups("RCPT", "A", "F460")] == [
        t for t, _n, _f in GROUPS[("RCPT", "A")]]
    unknown = entry_groups("RCPT", "A", "F999")  # a form nobody registered
    assert [g.title for g in unknown] == [t for t, _n, _f in GROUPS[("RCPT", "A")]]
