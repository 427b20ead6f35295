"""A statement's computed totals (its SMRY lines), kept in ``statement_totals`` apart
from the entered records: ``stored`` reads and writes the table, ``incremental`` moves
them by what one change adds and takes away."""
