"""Which tests prove the rules of Forms 450, 425 and 461 (read by tests.validation.ledger
for docs/RULES.md)."""

RULE_TESTS = {
    "F450-ELG-001": [
        "tests/forms_small/test_f450.py::"
        "test_a_contributor_reaching_100_in_the_year_rules_out_the_short_form",
        "tests/forms_small/test_f450.py::test_eligibility_names_the_limit_and_the_amount",
    ],
    "F425-ELG-001": [
        "tests/forms_small/test_f425.py::"
        "test_activity_a_candidate_committee_or_a_wrong_period_are_refused",
    ],
    "F425-ELG-002": [
        "tests/forms_small/test_f425.py::"
        "test_activity_a_candidate_committee_or_a_wrong_period_are_refused",
    ],
    "F425-PER-001": [
        "tests/forms_small/test_f425.py::"
        "test_activity_a_candidate_committee_or_a_wrong_period_are_refused",
    ],
    "F461-P2-001": [
        "tests/forms_small/test_f461.py::test_part_2_and_the_summary_arithmetic_are_checked",
    ],
    "F461-P3-002": [
        "tests/forms_small/test_f461.py::test_part_2_and_the_summary_arithmetic_are_checked",
    ],
    "F461-P3-001": [
        "tests/forms_small/test_f461.py::test_line_4_starts_from_the_previous_statement",
    ],
}
