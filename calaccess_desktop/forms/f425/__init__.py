"""Form 425, Semi-Annual Statement of No Activity (form-rules.md §3.9)."""
