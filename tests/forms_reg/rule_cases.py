"""Which tests prove the Form 410, 470 and 501 rules (read by tests/validation/ledger.py
for docs/RULES.md)."""

_T = "tests/forms_reg/"
RULE_TESTS = {
    "F410-GEN-001": [f"{_T}test_registration.py::"
                     "test_termination_carries_its_date_and_waits_for_other_filings"],
    "F410-AMD-001": [f"{_T}test_registration.py::"
                     "test_profile_change_offers_an_amendment_listing_it"],
    "F470-SUP-001": [f"{_T}test_registration.py::test_470_supplement_gives_the_threshold_date"],
    "F501-P2-001": [f"{_T}test_reg_forms.py::test_501_rules_fire_when_earned"],
    "F501-P3-001": [f"{_T}test_reg_forms.py::test_501_rules_fire_when_earned"],
    "F501-BNK-001": [f"{_T}test_reg_forms.py::test_501_rules_fire_when_earned"],
    "F501-P1-001": [f"{_T}test_reg_forms.py::test_501_part1_missing_is_named"],
}
