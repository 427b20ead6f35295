"""Form 497, the 24-Hour/10-Day Contribution Report: Part 1 (contributions received) and
Part 2 (contributions made), its report number, amendments and print layout."""
