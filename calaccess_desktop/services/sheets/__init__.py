"""Spreadsheet import: contributions, payments, loans and contacts from CSV and XLSX.

``read_sheet`` reads the file (``reading``), ``prepare`` guesses or recalls the column
mapping (``mapping``) and builds the preview (``preview``: every row with its problems,
nothing written), and ``importing.import_preview`` writes it as one undoable action.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session

from calaccess_desktop.gc_pause import gc_paused
from calaccess_desktop.services.sheets.columns import known_header, schedule
from calaccess_desktop.services.sheets.importing import SheetImport, import_preview
from calaccess_desktop.services.sheets.mapping import Mapping, mapping_for
from calaccess_desktop.services.sheets.preview import Preview, Progress, build_preview
from calaccess_desktop.services.sheets.reading import Table, read_table
from calaccess_desktop.services.store import Store


def read_sheet(path: str | Path) -> Table:
    """The table of a CSV or XLSX file (header row found under any title rows)."""
    with gc_paused():  # a million cells, none of them in a cycle
        return read_table(path, known_header)


def prepare(session: Session, statement_id: int, table: Table, schedule_code: str = "A",
            mapping: Mapping | None = None, *, progress: Progress | None = None) -> Preview:
    """The preview of importing ``table`` into a statement, with the mapping given or
    the one remembered for the file's layout (else guessed from its headers)."""
    sched = schedule(schedule_code)
    mapping = mapping or mapping_for(session, table.headers, sched)
    with gc_paused():
        return build_preview(session, statement_id, table, sched, mapping, progress=progress)


__all__ = ["Mapping", "Preview", "SheetImport", "Table", "prepare", "read_sheet", "run_import"]


def run_import(store: Store, preview: Preview, *, skip_bad: bool = False,
               progress: Progress | None = None) -> SheetImport:
    """Import a preview as one transaction (one undo entry), after a backup of the data
    file when there is something new to write; nothing is written when every row was
    imported before."""
    if preview.count("new") and (skip_bad or not preview.count("problem")):
        _backup_first(store)
    with store.transaction() as session:
        return import_preview(session, preview, skip_bad=skip_bad, progress=progress)


def _backup_first(store: Store) -> None:
    from calaccess_desktop.services.backups import before_risky

    before_risky(store, "import")  # a checked copy beside the data file first
