"""Form 465, the Supplemental Independent Expenditure Report: the filer (Part 1), the one
candidate or measure (Part 2, on the cover), the expenditures (Part 3, EXPN F465P3), the
summary (Part 4, SMRY F465), the filing officers (Part 5, CVR2) and the verification
(Part 6, CVR3). Filed with the statements of the period, where the candidate or measure
committee files."""
