"""The list of filing officers is data, checked when it is read; an officer carries how
it takes filings and its jurisdiction's own rules."""

from __future__ import annotations

import datetime as dt
import json
from importlib import resources

import pytest

from calaccess_desktop.domain.snapshot import LocalLimit, OfficerFacts, StatementSnapshot
from calaccess_desktop.forms.f460.itemize import Entry, contributor_threshold, decide
from calaccess_desktop.officers import Officer, OfficerError, all_officers, officer, resolve
from calaccess_desktop.officers.catalog import chosen, load, search

TEXT = (resources.files("calaccess_desktop.officers") / "officers.json").read_text("utf-8")


def _with(change) -> str:
    data = json.loads(TEXT)
    change(data)
    return json.dumps(data)


def test_the_list_has_the_sos_first_and_the_practice_city() -> None:
    officers = all_officers()
    assert officers[0].code == "SOS" and officers[0].is_sos
    assert officers[0].the_name == "the Secretary of State"
    prac = officer("prac")
    assert (prac.method, prac.netfile_agency, prac.practice) == ("netfile", "PRAC", True)
    assert prac.signers_required and prac.itemize_threshold == 2500
    assert officer("SFO").netfile_agency == "SFO"
    # Only the codes we were given are NetFile agency codes; the rest are examples.
    agencies = {o.netfile_agency for o in officers if o.netfile_agency}
    assert agencies == {"SFO", "PRAC"}
    assert all(o.example for o in officers
               if o.method == "netfile" and not o.netfile_agency)
    assert {o.level for o in officers} == {"state", "county", "city"}
    assert {o.method for o in officers} == {"sos", "netfile", "paper", "email"}


def test_paper_officers_get_the_delivery_rules_for_the_second_pre_election() -> None:
    paper = officer("PRAC-CO")
    rules = paper.delivery_for("pre_election_2")
    assert [r.when for r in rules] == ["pre_election_2", "all"]
    assert set(rules[0].ways) == {"personal", "overnight", "online"}
    assert "mail" not in rules[0].ways
    assert rules[0].ways_words() == ("personal delivery, guaranteed overnight delivery or "
                                     "online filing")
    late = paper.delivery_for("late_report")[0]
    assert "mail" not in late.ways and "regular mail is not allowed" in late.words
    # An e-mail officer's own rule replaces the default one for all statements.
    email = officer("PRAC-EM")
    assert [r.ways for r in email.delivery if r.when == "all"] == [("email",)]


def test_a_local_limit_for_the_office_beats_the_jurisdictions_general_one() -> None:
    prac = officer("PRAC")
    assert prac.local_limit("CCM").cents == 50000
    assert prac.local_limit("MAY").cents == 100000  # not the general $750
    assert prac.local_limit("CAT").cents == 75000
    assert officer("SOS").local_limit("CCM") is None


def test_limits_in_force_by_date() -> None:
    lim = LocalLimit("", 50000, "election", "x", start=dt.date(2025, 1, 1),
                     end=dt.date(2026, 12, 31))
    assert lim.applies("CCM", "IND", dt.date(2026, 5, 1))
    assert not lim.applies("CCM", "IND", dt.date(2027, 1, 1))
    assert not LocalLimit("MAY", 1, "election", "x").applies("CCM", "IND", None)
    assert not LocalLimit("", 1, "election", "x", "SCC").applies("CCM", "IND", None)


def test_the_contributor_threshold_is_the_lowest_officers_else_the_states() -> None:
    assert contributor_threshold(10000, [None]) == 10000
    assert contributor_threshold(10000, [None, 2500, 5000]) == 2500
    entries = [Entry("RCPT", "A", "auto", 1, 3000), Entry("EXPN", "E", "auto", 2, 3000)]
    at_state = decide(entries, {}, 10000)
    at_city = decide(entries, {}, 2500, None, 10000)
    assert [d.itemized for d in at_state] == [False, False]
    assert [d.itemized for d in at_city] == [True, False]  # payments keep the state's $100


def test_snapshot_facts_default_to_the_sos() -> None:
    field = StatementSnapshot.__dataclass_fields__["officers"]
    assert field.default[0].code == "SOS"
    facts = officer("PRAC").facts()
    assert isinstance(facts, OfficerFacts) and facts.name == "the Practice City Clerk"
    assert facts.itemize_threshold == 2500 and facts.late_threshold == 50000


@pytest.mark.parametrize(("change", "words"), [
    (lambda d: d["officers"][1].update(method="fax"), "'method' must be one of"),
    (lambda d: d["officers"][1].update(netfile_agency=""), "needs its 'netfile_agency'"),
    (lambda d: d["officers"][2].update(itemize_threshold_cents=25.0), "whole number of cents"),
    (lambda d: d["officers"][2].update(itemize_threshold_cents=True), "whole number of cents"),
    (lambda d: d["officers"][2]["limits"][0].update(per="month"), "election or year"),
    (lambda d: d["officers"][3].update(address=[]), "needs its 'address'"),
    (lambda d: d["officers"][4].update(email=""), "needs its 'email'"),
    (lambda d: d["officers"][5].update(code="SOS"), "is used twice"),
    (lambda d: d["officers"][1].update(code="bad code"), "capital letters"),
    (lambda d: d["officers"].pop(0), "Secretary of State"),
    (lambda d: d["officers"].pop(2), "practice city"),
    (lambda d: d["delivery_defaults"][0].update(ways=["pigeon"]), "delivery 'ways'"),
])
def test_a_broken_list_is_refused_naming_the_entry(change, words: str) -> None:
    with pytest.raises(OfficerError) as caught:
        load(_with(change))
    assert words in str(caught.value)
    assert "officers.json" in str(caught.value)


def test_unreadable_json_is_refused_in_words() -> None:
    with pytest.raises(OfficerError, match="not readable JSON"):
        load("{", "officers.json")


def test_other_officer_and_stored_choices() -> None:
    other = Officer.other("City Clerk of Arcata", email="clerk@arcata.example",
                          address="736 F Street; Arcata, CA 95521")
    assert other.method == "email" and other.address == ("736 F Street", "Arcata, CA 95521")
    assert resolve(other.to_choice()) == other
    assert Officer.other("Town Clerk").method == "paper"
    assert resolve({"code": "sfo"}).code == "SFO" and resolve("PRAC").code == "PRAC"
    with pytest.raises(OfficerError, match="no filing officer with the code 'XYZ'"):
        officer("XYZ")
    assert [o.code for o in chosen({})] == ["SOS"]
    assert [o.code for o in chosen({"filing_officers": [{"code": "PRAC"}, "SOS"]})] == \
        ["PRAC", "SOS"]
    # An entry the list no longer has is left out, never a traceback.
    assert [o.code for o in chosen({"filing_officers": [{"code": "GONE"}]})] == ["SOS"]
    assert [o.code for o in chosen({"filing_officers": 7})] == ["SOS"]
    assert {o.code for o in search("san francisco")} == {"SFO"}
