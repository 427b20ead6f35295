"""Import a committee's earlier statements (.CAL files from other software) as its history.

Files are given one by one or as a folder; they are imported in the order of their
periods (then report date and amendment number), not of their names, each in its own
transaction, so one bad file is reported (file, line, field) and the others still
import. A file whose statement is already in the store (same committee, form, period,
election and amendment number) is skipped. The importer keeps the files' Tran_IDs,
builds the contacts (so a contributor's calendar-year total on the next statement counts
these), and links each amendment to the version it amends, whichever came first. As a
history the statements are filed ones: "filed", or "amended" once a later version is in.
A file without summary records gets its summary computed from the statement before it.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from calaccess_desktop.cal.model import CalRecord
from calaccess_desktop.cal.problems import CalFormatError
from calaccess_desktop.cal.reader import decode, read_cal
from calaccess_desktop.cal.values import parse_date, parse_whole
from calaccess_desktop.db.orm import Statement
from calaccess_desktop.errors import UserError
from calaccess_desktop.fileio import read_input
from calaccess_desktop.forms.registry import spec_for
from calaccess_desktop.gc_pause import gc_paused
from calaccess_desktop.services.backups import before_risky
from calaccess_desktop.services.importer import find_committee, import_parsed, report_versions
from calaccess_desktop.services.statements import title_of
from calaccess_desktop.services.store import Store
from calaccess_desktop.services.summaries import refresh_smry

CAL_SUFFIX = ".cal"
SHOWN_PROBLEMS = 20  # problems of one failed file listed in the report


class NoCalFiles(UserError):
    """A folder with no .CAL file in it, or no path at all."""


@dataclass(frozen=True)
class FileOutcome:
    """What became of one file: 'imported', 'skipped' (already there) or 'failed'."""

    path: Path
    outcome: str
    why: str = ""  # plain words: the statement made or found, or why it failed
    statement_id: int | None = None
    records: int = 0
    problems: tuple[str, ...] = ()  # 'file:line: record TYPE field #N Name: message'
    warnings: tuple[str, ...] = ()


@dataclass
class HistoryReport:
    """Every file's outcome, in the order the files were imported."""

    files: list[FileOutcome] = field(default_factory=list)

    def count(self, outcome: str) -> int:
        """How many files were 'imported', 'skipped' or 'failed'."""
        return sum(1 for f in self.files if f.outcome == outcome)

    @property
    def statement_ids(self) -> list[int]:
        """The statements made, in import order."""
        return [f.statement_id for f in self.files
                if f.outcome == "imported" and f.statement_id is not None]

    def summary(self) -> str:
        """'imported 3, skipped (already there) 1, failed 1'."""
        return (f"imported {self.count('imported')}, skipped (already there) "
                f"{self.count('skipped')}, failed {self.count('failed')}")


Progress = Callable[[int, int, str], None]  # (files done, files, file name); may raise


def cal_files(paths: Iterable[str | Path]) -> list[Path]:
    """The files to import: each file as given, and the .CAL files directly inside each
    folder (by name; hidden files aside). A path that is neither stays in the list: its
    import fails with the reason."""
    out: list[Path] = []
    for given in paths:
        path = Path(given).expanduser()
        if path.is_dir():
            found = sorted(p for p in path.iterdir()
                           if p.suffix.lower() == CAL_SUFFIX and not p.name.startswith(".")
                           and p.is_file())
            if not found:
                raise NoCalFiles(f"{path} has no .CAL files in it; nothing was imported.")
            out.extend(found)
        else:
            out.append(path)
    if not out:
        raise NoCalFiles("no .CAL files were given; nothing was imported.")
    return list(dict.fromkeys(out))


@dataclass(frozen=True, order=True)
class _Place:
    """Where a file goes in the import order."""

    day: dt.date
    start: dt.date
    report_num: int
    name: str


def cover_of(data: bytes) -> CalRecord | None:
    """A file's CVR record, read from its first lines only (None if it has none there)."""
    text, _why = decode(data[:1 << 16])
    if text is None:
        return None
    try:
        for n, values in enumerate(csv.reader(io.StringIO(text, newline=""))):
            if values and values[0].strip().upper() == "CVR":
                rec = CalRecord([v.strip() for v in values])
                rec.cvr_form = rec.form_type
                return rec
            if n > 5:
                break
    except csv.Error:
        return None
    return None


def _place(path: Path) -> _Place:
    """Order by the period's end (else the report date), its start, the amendment number;
    a file that cannot be read goes last (its import then says why)."""
    late = dt.date.max
    try:
        cover = cover_of(read_input(path))
    except (OSError, UserError):
        cover = None
    if cover is None:
        return _Place(late, late, 0, path.name)
    day = (parse_date(cover.get("Thru_Date")) or parse_date(cover.get("Rpt_Date"))
           or parse_date(cover.get("Elect_Date")) or late)
    start = parse_date(cover.get("From_Date")) or day
    return _Place(day, start, parse_whole(cover.get("Report_Num")) or 0, path.name)


def in_date_order(paths: Sequence[Path]) -> list[Path]:
    """The files in the order of their statements' periods (see ``_place``)."""
    return sorted(paths, key=_place)


def import_history(store: Store, paths: Iterable[str | Path], *, filed: bool = True,
                   progress: Progress | None = None,
                   each: Callable[[FileOutcome], None] | None = None) -> HistoryReport:
    """Import .CAL files (or folders of them) in date order, each in its own transaction;
    ``filed``: they are statements filed already (else they stay drafts). ``each`` hears
    every file's outcome as soon as it is known."""
    if filed:  # statements that come in as filed: what only a treasurer records
        from calaccess_desktop.services.users.access import require
        from calaccess_desktop.services.users.roles import FILE

        with store.read() as session:
            require(session, FILE)
    files = in_date_order(cal_files(paths))
    report = HistoryReport()
    backup = _BackupOnce(store)
    for done, path in enumerate(files):
        if progress is not None:
            progress(done, len(files), path.name)
        outcome = _import_one(store, path, filed=filed, backup=backup)
        report.files.append(outcome)
        if each is not None:
            each(outcome)
    if progress is not None:
        progress(len(files), len(files), "")
    return report


class _BackupOnce:
    """A checked backup before the first file is written (BackupFailed stops the import:
    the files before it were only read)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.done = False

    def __call__(self) -> None:
        if not self.done:
            before_risky(self.store, "import")
            self.done = True


def _import_one(store: Store, path: Path, *, filed: bool,
                backup: Callable[[], None]) -> FileOutcome:
    name = path.name
    try:
        data = read_input(path)
    except FileNotFoundError:
        return FileOutcome(path, "failed", "there is no such file")
    except OSError as exc:
        return FileOutcome(path, "failed", f"cannot be read ({exc.strerror or exc})")
    except UserError as exc:
        return FileOutcome(path, "failed", str(exc))
    with gc_paused():
        cal = read_cal(data, str(path))
        if cal.errors:
            failure = CalFormatError(name, cal.problems, cal.more_problems)
            count = len(failure.problems) + failure.more
            shown = tuple(p.render(name) for p in cal.errors[:SHOWN_PROBLEMS])
            if count > len(shown):
                shown += (f"{name}: ... and {count - len(shown)} more problems",)
            return FileOutcome(path, "failed",
                               f"{count} problem{'s' if count != 1 else ''} in the file",
                               problems=shown)
        warnings = tuple(p.render(name) for p in cal.problems if p.severity != "error")
        backup()
        with store.transaction() as session:
            assert cal.cover is not None
            there = already_there(session, cal.cover)
            if there is not None:
                return FileOutcome(path, "skipped", f"already there as statement {there.id} "
                                   f"({title_of(there)})", there.id, warnings=warnings)
            result = import_parsed(session, cal, source=str(path))
            stmt = session.get(Statement, result.statement_id)
            assert stmt is not None
            if not any(r.rec_type == "SMRY" for r in cal.records):
                _summary_from_history(session, stmt)
            if filed:
                _mark_filed(session, stmt)
            return FileOutcome(path, "imported", f"statement {stmt.id} ({title_of(stmt)})",
                               stmt.id, result.records, warnings=warnings)


def _summary_from_history(session: Session, stmt: Statement) -> None:
    """A file without summary records (some programs leave them off): its summary is
    computed, beginning with the previous statement's ending cash and column B, and
    kept (SMRY), so the next statement begins from its ending cash in turn."""
    if spec_for(stmt.form_type).summarize is None:
        return
    stmt.carry_in = {}
    session.flush()
    refresh_smry(session, stmt.id)


def _mark_filed(session: Session, stmt: Statement) -> None:
    """A filed statement of the history: 'amended' when a later version amends it, and
    the version it amends (if filed) is 'amended' now."""
    later = session.scalar(select(Statement.id).where(Statement.amends_statement_id == stmt.id))
    stmt.status = "amended" if later is not None else "filed"
    if stmt.amends_statement_id is not None:
        amended = session.get(Statement, stmt.amends_statement_id)
        if amended is not None and amended.status == "filed":
            amended.status = "amended"


def _cover_value(cover: Sequence[str] | CalRecord, name: str) -> str:
    rec = cover if isinstance(cover, CalRecord) else CalRecord(list(cover))
    return rec.get(name).strip().upper()


def already_there(session: Session, cover: CalRecord) -> Statement | None:
    """The stored statement a file's cover is (same committee, form, period, election,
    amendment number and report number; the report date too when it has no period)."""
    committee = find_committee(session, cover)
    if committee is None:
        return None
    start, end = parse_date(cover.get("From_Date")), parse_date(cover.get("Thru_Date"))
    versions = report_versions(committee.id, cover.form_type, start, end,
                               parse_date(cover.get("Elect_Date")))
    report_num = parse_whole(cover.get("Report_Num")) or 0
    candidates = session.scalars(
        select(Statement).where(versions, Statement.report_num == report_num)
        .order_by(Statement.id)).all()
    keys = ["Rpt_ID_Num"] + ([] if start or end else ["Rpt_Date"])
    for stmt in candidates:
        if all(_cover_value(stmt.cover, k) == _cover_value(cover, k) for k in keys):
            return stmt
    return None


def problem_lines(outcome: FileOutcome) -> list[str]:
    """How a failed file is reported: its reason, then each problem."""
    return [f"{outcome.path.name}: {outcome.why}", *outcome.problems]

