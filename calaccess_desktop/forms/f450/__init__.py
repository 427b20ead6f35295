"""Form 450, Recipient Committee Campaign Statement - Short Form (form-rules.md §3.7)."""
