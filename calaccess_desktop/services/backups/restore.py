"""Restore a backup over the data file: what would change first (committees and
statements added, removed or changed), then the restore itself, which keeps the current
file as a backup before a byte of it is replaced.

The backup is checked before anything is written (a SQLite file of this app, whole by
``integrity_check``, not from a newer version). It is written into the data file with
SQLite's online backup, so a window that has the file open sees the restored contents
(it should reopen: ``ui/controllers/backups_dialog.py`` does). A data file too damaged
for that is kept byte for byte in ``backups/`` and replaced whole.
"""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from calaccess_desktop.db import backup_index, content_check, health
from calaccess_desktop.db.engine import sqlite_file
from calaccess_desktop.errors import UserError
from calaccess_desktop.services.backups import BackupFailed, take_file


class RestoreError(UserError):
    """The backup cannot be restored (the message says why); nothing was changed."""


@dataclass(frozen=True, slots=True)
class Item:
    """A committee or statement as compared: its words and a fingerprint of its data."""

    key: int
    words: str
    fingerprint: tuple[object, ...]


@dataclass
class RestorePlan:
    """What restoring ``backup`` over ``data_file`` changes."""

    data_file: Path
    backup: Path
    added: list[str] = field(default_factory=list)  # in the backup, not in the file
    removed: list[str] = field(default_factory=list)  # in the file, not in the backup
    changed: list[str] = field(default_factory=list)
    current_readable: bool = True
    # Filings the data file knows and the backup does not (statement words, filing ID):
    # after the restore the statement looks unfiled, and filing it again files it twice.
    forgotten: list[tuple[str, str]] = field(default_factory=list)

    @property
    def nothing(self) -> bool:
        """The backup holds what the file holds."""
        return self.current_readable and not (self.added or self.removed or self.changed)

    def lines(self) -> list[str]:
        """The plan in words, one line each."""
        if not self.current_readable:
            head = [f"The data file {self.data_file} cannot be read (damaged or missing); "
                    "restoring puts the backup's contents in its place:"]
            return head + [f"  + {w}" for w in self.added]
        if self.nothing:
            return ["The backup holds the same committees and statements as the data file: "
                    "restoring changes nothing you entered."]
        out = [f"! {words} was filed as {filing} after this backup was taken. The backup "
               "does not know it: after the restore the statement looks unfiled. Do not "
               "file it again as an original (that would file it twice); file an "
               "amendment of it instead." for words, filing in self.forgotten]
        for sign, title, items in (("+", "comes back (only in the backup)", self.added),
                                   ("-", "goes (not in the backup)", self.removed),
                                   ("~", "goes back to the backup's version", self.changed)):
            if items:
                out.append(f"{len(items)} {title}:")
                out.extend(f"  {sign} {w}" for w in items)
        return out


def _items(path: Path) -> dict[str, dict[int, Item]]:
    from calaccess_desktop.forms.registry import spec_for

    con = sqlite3.connect(health.readonly_uri(path, immutable=not health.wal_present(path)),
                          uri=True)
    try:
        committees = {
            cid: Item(cid, f"committee {name}" + (f" (filer ID {fid})" if fid else ""),
                      (name, fid, profile))
            for cid, name, fid, profile in con.execute(
                "SELECT id, name, filer_id, profile FROM committees")}
        counts = {sid: (n, total, top) for sid, n, total, top in con.execute(
            "SELECT statement_id, count(*), total(amount_cents), max(id) FROM records "
            "GROUP BY statement_id")}
        statements = {}
        for sid, cid, form, start, end, vote, status, updated, cover in con.execute(
                "SELECT id, committee_id, form_type, period_from, period_through, "
                "election_date, status, updated_at, cover FROM statements"):
            name = committees[cid].words.removeprefix("committee ") if cid in committees else ""
            period = (f" {start} to {end}" if start and end else
                      f", election {vote}" if vote else f" {end or start or ''}")
            words = (f"statement {sid}: {spec_for(form).short_name}{period.rstrip()} "
                     f"({status}) of {name}")
            statements[sid] = Item(sid, words, (status, updated, cover, counts.get(sid)))
        return {"committee": committees, "statement": statements}
    finally:
        con.close()


def check_backup(backup: Path, data_file: Path | None = None) -> None:
    """Refuse (RestoreError) a file that is not a whole backup this version can open."""
    from calaccess_desktop.db.orm import Base
    from calaccess_desktop.db.revisions import (
        head_revision,
        known_revisions,
        unknown_revision_words,
    )

    if not backup.is_file():
        raise RestoreError(f"{backup}: there is no backup file there. `calaccess-desktop "
                           "backups` lists the backups of your data file.")
    if data_file is not None and data_file.exists() and backup.resolve() == data_file.resolve():
        raise RestoreError(f"{backup} is the data file itself; choose one of its backups.")
    try:
        state = health.examine(backup, head_revision(), frozenset(Base.metadata.tables))
    except health.StoreError as exc:
        raise RestoreError(f"This backup cannot be restored: {exc}") from exc
    if state.revision is None:
        raise RestoreError(f"{backup} holds no data file (no tables); nothing was changed.")
    if state.revision not in known_revisions():
        raise RestoreError(f"{backup} {unknown_revision_words(state.revision)}. Nothing was "
                           "changed.")
    if health.latest_good_backup([backup]) is None:
        raise RestoreError(f"{backup} fails SQLite's full check (integrity_check): it is "
                           "damaged. Nothing was changed; choose another backup.")
    if state.revision == head_revision():
        lacking = content_check.missing_columns(backup)
        if lacking:
            raise RestoreError(f"{backup} lacks part of what a data file of this version "
                               f"holds ({', '.join(lacking[:5])}): the backup is damaged. "
                               "Nothing was changed; choose another backup.")
    problem = content_check.first_unreadable(backup)
    if problem is not None:
        raise RestoreError(f"{backup} holds a value this program cannot read ({problem}): "
                           "the backup is damaged. Nothing was changed; choose another "
                           "backup.")


def plan_restore(location: str | Path, backup: str | Path) -> RestorePlan:
    """What restoring ``backup`` over the data file at ``location`` would change."""
    data_file = _data_file(location)
    source = Path(backup).expanduser()
    check_backup(source, data_file)
    new = _items(source)
    plan = RestorePlan(data_file, source)
    try:
        old = _items(data_file) if data_file.exists() else None
    except sqlite3.Error:
        old = None
    if old is None:
        plan.current_readable = False
        plan.added = [i.words for kind in ("committee", "statement") for i in new[kind].values()]
        return plan
    for kind in ("committee", "statement"):
        for key, item in new[kind].items():
            if key not in old[kind]:
                plan.added.append(item.words)
            elif old[kind][key].fingerprint != item.fingerprint:
                plan.changed.append(item.words)
        plan.removed.extend(i.words for k, i in old[kind].items() if k not in new[kind])
    try:
        known = _filings(source)
        plan.forgotten = [(old["statement"][sid].words if sid in old["statement"]
                           else f"statement {sid}", filing)
                          for filing, sid in sorted(_filings(data_file).items())
                          if filing not in known]
    except sqlite3.Error:
        plan.forgotten = []
    return plan


def _filings(path: Path) -> dict[str, int]:
    """Each filing ID the file knows (a statement filed, a submission accepted) and its
    statement."""
    con = sqlite3.connect(health.readonly_uri(path, immutable=not health.wal_present(path)),
                          uri=True)
    try:
        found = {str(f): int(sid) for f, sid in con.execute(
            "SELECT filing_id, statement_id FROM submissions WHERE state = 'accepted' "
            "AND filing_id != ''")}
        found.update({str(f): int(sid) for f, sid in con.execute(
            "SELECT filing_id, id FROM statements WHERE filing_id != '' "
            "AND status IN ('filed', 'accepted', 'amended')")})
        return found
    finally:
        con.close()


def _data_file(location: str | Path) -> Path:
    path = sqlite_file(location)
    if path is None:
        from calaccess_desktop.db.engine import shown_url

        raise RestoreError(
            f"{shown_url(location)}: a database on a server is not restored by this app. "
            "Its administrator restores a pg_dump backup with pg_restore --clean "
            "--dbname=DATABASE FILE; a logical-copy backup (.sqlite) opens as a data file "
            "itself (--db FILE, or Settings).")
    return path


@dataclass(frozen=True, slots=True)
class Restored:
    """The restore done: the plan, and where the file as it was is kept."""

    plan: RestorePlan
    kept: Path | None


class ForgetsFilings(RestoreError):
    """The backup predates filings the data file knows; restoring needs the user's word."""


def restore(location: str | Path, backup: str | Path, *,
            forget_filings: bool = False) -> Restored:
    """Restore ``backup`` over the data file (see the module); then the file is opened
    once, so it is upgraded to this version if the backup is older. A backup that would
    forget filings (``RestorePlan.forgotten``) is refused unless ``forget_filings``."""
    plan = plan_restore(location, backup)
    if plan.forgotten and not forget_filings:
        raise ForgetsFilings("\n".join([
            *(line for line in plan.lines() if line.startswith("! ")),
            "Nothing was changed. To restore this backup anyway, say so (--forget-filings; "
            "in the window, confirm the restore)."]))
    data_file = plan.data_file
    kept = _keep_current(data_file) if data_file.exists() else None
    source = sqlite3.connect(health.readonly_uri(plan.backup, immutable=False), uri=True)
    try:
        if not (plan.current_readable and _write_into(source, data_file)):
            _replace_whole(source, data_file)
    finally:
        source.close()
    from calaccess_desktop.db.upgrade import open_store

    open_store(data_file).dispose()
    return Restored(plan, kept)


def _keep_current(data_file: Path) -> Path:
    """A checked backup of the file as it is; a damaged file is copied byte for byte."""
    try:
        return take_file(data_file, "restore")
    except BackupFailed:
        pass
    from calaccess_desktop.fileio import make_private_dirs

    target = backup_index.backup_path(data_file, "damaged")
    try:
        make_private_dirs(target.parent)
        shutil.copyfile(data_file, target)
        target.chmod(0o600)
        for extra in ("-wal", "-shm"):
            if Path(f"{data_file}{extra}").exists():
                shutil.copyfile(f"{data_file}{extra}", f"{target}{extra}")
    except OSError as exc:
        raise RestoreError(f"{data_file}: the file as it is could not be kept "
                           f"({exc.strerror or exc}), so it was not replaced.") from exc
    return target


def _write_into(source: sqlite3.Connection, data_file: Path) -> bool:
    """The backup's pages into the data file (online backup: other connections see the
    restored contents). False when the data file cannot take them that way."""
    try:
        dest = sqlite3.connect(data_file, timeout=30)
    except sqlite3.Error:
        return False
    try:
        source.backup(dest, pages=-1)
        return bool(dest.execute("PRAGMA quick_check").fetchone()[0] == "ok")
    except sqlite3.Error:
        return False
    finally:
        dest.close()


def _replace_whole(source: sqlite3.Connection, data_file: Path) -> None:
    """A checked copy of the backup renamed over the data file (its -wal and -shm, kept
    in the damaged copy, removed first so SQLite does not apply them to the backup)."""
    from calaccess_desktop.fileio import WriteError, replacing

    try:
        with replacing(data_file, database=True) as partial:
            backup_index.checked_copy(source, partial)
            for extra in ("-wal", "-shm"):
                Path(f"{data_file}{extra}").unlink(missing_ok=True)
    except (backup_index.CopyFailed, WriteError, OSError) as exc:
        raise RestoreError(f"{data_file}: the backup could not be written in its place "
                           f"({exc}). The file as it was is kept in the backups folder.") from exc
