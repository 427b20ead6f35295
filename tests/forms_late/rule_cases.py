"""Which tests of this folder check which rules (read by tests/validation/ledger.py)."""

RULE_TESTS = {
    "F497-X-001": ["tests/forms_late/test_late_services.py::"
                   "test_a_497_line_missing_from_the_next_460_is_named"],
    "F496-TRG-001": ["tests/forms_late/test_late_services.py::"
                     "test_an_expenditure_on_a_496_is_not_owed_again",
                     "tests/forms_late/test_gui_late.py::"
                     "test_an_independent_expenditure_is_listed_on_a_496_from_the_banner"],
    "F496-P3-001": ["tests/forms_late/test_late_services.py::"
                    "test_part_3_runs_through_the_expenditure_date"],
    "F497-HDR-003": ["tests/forms_late/test_late_services.py::"
                     "test_a_measure_contribution_of_5000_asks_for_part_1"],
}
