"""Which payment codes each schedule's entry form offers."""

from __future__ import annotations

from calaccess_desktop.services.entry_fields import choices_for


def _codes(form_type: str) -> set[str]:
    return {code for code, _words in choices_for("Expn_Code", "EXPN", form_type)}


def test_form_450_part_5_takes_payments_of_every_kind() -> None:
    codes = _codes("F450P5")
    assert {"CMP", "LIT", "PRT", "CTB"} <= codes  # payments made, as the form's footnote lists
    assert {"MON", "IKD"} <= codes  # and contributions made


def test_schedule_d_takes_only_the_three_kinds_of_contribution() -> None:
    assert _codes("D") == {"MON", "IKD", "IND"}


def test_schedule_e_has_no_contribution_codes() -> None:
    codes = _codes("E")
    assert "LIT" in codes and not codes & {"MON", "IKD", "LON"}
