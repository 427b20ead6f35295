"""Form 461, Major Donor and Independent Expenditure Committee Campaign Statement
(form-rules.md §3.5)."""
