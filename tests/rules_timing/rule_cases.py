"""Which tests prove the timing rules (read by tests.validation.ledger for docs/RULES.md):
the rules that need outside facts, checked from the calendar, the committee's statements
in the data file and its profile."""

_R = "tests/rules_timing/test_registration_timing.py::"
_I = "tests/rules_timing/test_ie_and_short_forms.py::"
RULE_TESTS = {
    "F410-TIM-001": [f"{_R}test_410_due_10_days_after_qualifying",
                     f"{_R}test_410_timing_silent_without_a_date_or_once_registered"],
    "F410-TIM-002": [f"{_R}test_410_within_24_hours_in_the_16_days_before_the_election",
                     f"{_R}test_410_within_24_hours_when_making_ies_in_the_90_days"],
    "F501-TIM-001": [f"{_R}test_501_before_the_first_contribution"],
    "F465-GEN-001": [f"{_I}test_465_period_on_the_candidates_schedule",
                     f"{_I}test_a_461s_ies_call_for_a_465"],
    "F465-X-001": [f"{_I}test_465_ies_also_on_the_460"],
    "F470-ELG-002": [f"{_I}test_470_is_for_a_candidate_under_2000"],
    "F497-X-002": [f"{_I}test_497_contributor_is_not_a_conduit"],
    "F496-P2-002": [f"{_I}test_496_communication_about_two_candidates_is_divided"],
}
