"""Form 501, Candidate Intention Statement (no CAL 2.01 layout: filed on paper)."""
