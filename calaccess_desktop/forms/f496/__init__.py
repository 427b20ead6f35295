"""Form 496, the 24-Hour/10-Day Independent Expenditure Report: the one candidate or
measure it is about (Part 1, on the cover), the expenditures (Part 2, S496) with their
cumulative total, and the contributions of $100 or more received (Part 3, RCPT F496P3)."""
