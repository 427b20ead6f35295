"""Form 460's rule modules as they were before their speed work: the row-by-row
reference of tests/speed/test_f460_statement_rules.py (not part of the app)."""
