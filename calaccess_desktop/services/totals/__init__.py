"""A statement's computed totals (its SMRY lines), kept in ``statement_totals`` apart
from the entered records: ``stored`` reads and writes the table, ``grouped`` sums the
records into the groups the summary is computed from, ``incremental`` moves the lines by
what one change (or records only added) adds and takes away."""
