"""Make a committee's hand-off bundle: every row that belongs to it, read in one read
transaction (a consistent picture), with each submission's filed .CAL bytes as a file."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from calaccess_desktop import __version__
from calaccess_desktop.db.orm import Committee
from calaccess_desktop.errors import UserError
from calaccess_desktop.services.bundle import archive
from calaccess_desktop.services.bundle.rows import committee_tables, owner_column, to_json
from calaccess_desktop.services.store import Store


class NoSuchCommittee(UserError):
    """The committee named is not in the data file."""


def find_committee(session: Session, given: str) -> Committee:
    """The committee a user named: its number, its filer ID or its name."""
    text = given.strip()
    found: list[Committee] = []
    if text.isdigit() and len(text) < 19:
        one = session.get(Committee, int(text))
        found = [one] if one is not None else []
    if not found:
        found = list(session.scalars(select(Committee).where(or_(
            Committee.filer_id == text, func.lower(Committee.name) == text.lower()))))
    if len(found) > 1:
        raise NoSuchCommittee(f"{len(found)} committees are called {given!r}; give its number "
                              "instead (calaccess-desktop list shows them).")
    if not found:
        raise NoSuchCommittee(f"There is no committee {given!r} in the data file; give its "
                              "number, filer ID or name (calaccess-desktop list shows them).")
    return found[0]


@dataclass(frozen=True, slots=True)
class Made:
    """A bundle made: its bytes and what it holds."""

    data: bytes
    committee: str
    counts: dict[str, int]


def make_bundle(store: Store, committee: str | int) -> Made:
    """The bundle of one committee (see the package)."""
    from calaccess_desktop.db.upgrade import head_revision

    with store.read() as session:
        target = find_committee(session, str(committee))
        tables, files = _rows(session, target.id)
        name, filer_id = target.name, target.filer_id
    counts = {t: len(r) for t, r in tables.items()}
    manifest = {"format": archive.FORMAT, "format_version": archive.FORMAT_VERSION,
                "app_version": __version__, "schema": head_revision(),
                "made_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                "committee": {"name": name, "filer_id": filer_id}, "counts": counts}
    data = archive.write(manifest, {"tables": tables}, files)
    return Made(data, name, counts)


def _rows(session: Session, committee_id: int) -> tuple[dict[str, list[dict[str, Any]]],
                                                         dict[str, bytes]]:
    ids: dict[str, list[int]] = {"committees": [committee_id]}
    out: dict[str, list[dict[str, Any]]] = {}
    files: dict[str, bytes] = {}
    for table in committee_tables():
        owner = owner_column(table)
        if owner is None:
            query = select(table).where(table.c.id == committee_id)
        else:
            column, parent = owner
            query = select(table).where(table.c[column].in_(ids.get(parent, [])))
        if "id" in table.c:
            query = query.order_by(table.c.id)
        names = [str(c.name) for c in table.columns]
        rows = []
        for values in session.execute(query):
            row = dict(zip(names, values, strict=True))
            for key, value in row.items():
                if isinstance(value, bytes):
                    member = _member_name(table.name, row, key)
                    files[member] = value
                    row[key] = to_json(value, member)
                elif isinstance(value, dt.date):
                    row[key] = value.isoformat()
            rows.append(row)
        out[str(table.name)] = rows
        if "id" in table.c:
            ids[str(table.name)] = [r["id"] for r in rows]
    return out, files


def _member_name(table: str, row: Any, column: str) -> str:
    if table == "submissions" and column == "cal_bytes":
        return (f"filed/statement-{row['statement_id']}-{row['form_type']}-"
                f"submission-{row['id']}.cal")
    return f"files/{table}-{row.get('id', 'row')}-{column}.bin"


def write_bundle(store: Store, committee: str | int, output: str | Path) -> Made:
    """Make the bundle and write it to ``output`` (whole, or not at all)."""
    from calaccess_desktop.fileio import output_target, write_file

    output_target(output)  # a folder, FIFO or device is refused before any work
    made = make_bundle(store, committee)
    write_file(output, made.data)
    return made
