"""Import a hand-off bundle: first what it would add or change, then all of it in one
transaction (after a backup), or nothing.

The committee is matched by filer ID (else by name). A new committee comes in whole. An
existing one is merged: a statement is matched by form, period, election, amendment
number and order; one only in the bundle is added, an identical one left alone, and one
that differs is replaced by the bundle's version only when that version is the newer
(its last change is later). When the data file's version is newer, the import stops and
says which (``keep_newer`` imports the rest and keeps those as they are): newer data is
never overwritten silently. Contacts are matched by their name-and-ZIP key, submissions
by their idempotency key. Row numbers are given afresh; every link is carried over.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Table, UniqueConstraint, delete, func, insert, select, text, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from calaccess_desktop.db.orm import Base
from calaccess_desktop.errors import UserError
from calaccess_desktop.services.bundle import archive
from calaccess_desktop.services.bundle.archive import BundleError
from calaccess_desktop.services.bundle.audit_rows import TABLES as AUDIT_TABLES
from calaccess_desktop.services.bundle.audit_rows import import_trail
from calaccess_desktop.services.bundle.cal_rows import check_cal_rows
from calaccess_desktop.services.bundle.rows import committee_tables, from_json, links, owner_column
from calaccess_desktop.services.store import Store

Row = dict[str, Any]
KNOWN = ("committees", "contacts", "statements", "records", "submissions",
         "submission_events", *AUDIT_TABLES)


class BundleConflict(UserError):
    """The data file holds newer versions of statements in the bundle; nothing changed."""


@dataclass
class Plan:
    """What importing the bundle does (``lines``) and what it refuses (``newer``)."""

    shown: str
    committee: str
    new_committee: bool
    lines: list[str] = field(default_factory=list)
    newer: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    actions: dict[int, tuple[str, int | None]] = field(default_factory=dict)  # stmt id

    def words(self) -> list[str]:
        """The plan, one line each."""
        out = list(self.lines)
        if self.newer:
            out.append(f"{len(self.newer)} statement{'s are' if len(self.newer) > 1 else ' is'}"
                       " newer in your data file than in the bundle (kept as they are):")
            out.extend(f"  ! {w}" for w in self.newer)
        return out


# --------------------------------------------------------------------------- reading

def read_bundle(path: str | Path) -> archive.Bundle:
    """Read and check a bundle file (BundleError in words otherwise)."""
    from calaccess_desktop.db.upgrade import head_revision
    from calaccess_desktop.fileio import read_input

    shown = str(path)
    try:
        data = read_input(path, "a hand-off bundle (made by `calaccess-desktop bundle`)")
    except FileNotFoundError as exc:
        raise BundleError(f"{shown}: there is no such file.") from exc
    except OSError as exc:
        raise BundleError(f"{shown}: cannot be read ({exc.strerror or exc}).") from exc
    bundle = archive.read(data, shown)
    schema = bundle.manifest.get("schema")
    if not isinstance(schema, str) or schema > head_revision():
        raise BundleError(f"{shown}: this bundle was made by a newer version of "
                          f"calaccess-desktop (data version {str(schema)[:20]}); install it "
                          "to import the bundle. Nothing was imported.")
    return bundle


@dataclass
class Rows:
    """The bundle's rows by table, decoded and checked for links that lead nowhere."""

    by_table: dict[str, list[Row]]

    def of(self, table: str) -> list[Row]:
        """The rows of ``table`` (none when the bundle has none)."""
        return self.by_table.get(table, [])


def decode(bundle: archive.Bundle, shown: str) -> Rows:
    """Every row as column values, with each link checked to lead to a row of the bundle."""
    tables = bundle.payload.get("tables")
    if not isinstance(tables, dict):
        raise BundleError(f"{shown}: the bundle's rows are missing. Nothing was imported.")
    out: dict[str, list[Row]] = {}
    for table in committee_tables():
        rows = tables.get(table.name, [])
        if not isinstance(rows, list):
            raise BundleError(f"{shown}: the rows of {table.name} are damaged.")
        try:
            out[table.name] = [from_json(table, r, bundle.files, shown) for r in rows]
        except BundleError as exc:
            raise BundleError(f"{exc}. The bundle is damaged; nothing was imported.") from exc
    try:
        check_cal_rows(out, shown)
    except BundleError as exc:
        raise BundleError(f"{exc}. The bundle is damaged; nothing was imported.") from exc
    if len(out["committees"]) != 1:
        raise BundleError(f"{shown}: a bundle holds exactly one committee; this one holds "
                          f"{len(out['committees'])}. Nothing was imported.")
    ids = {name: {r["id"] for r in rows if "id" in r} for name, rows in out.items()}
    for name, rows in out.items():
        if len(ids[name]) != sum(1 for r in rows if "id" in r):
            raise BundleError(f"{shown}: two rows of {name} have the same number (the bundle "
                              "is damaged). Nothing was imported.")
    for table in committee_tables():
        _check_unique(table, out[table.name], shown)
        for row in out[table.name]:
            for column, parent in links(table).items():
                value = row.get(column)
                if value is not None and parent in ids and value not in ids[parent]:
                    raise BundleError(
                        f"{shown}: {table.name} row {row.get('id')}: {column} points to "
                        f"{parent} row {value}, which is not in the bundle (the bundle is "
                        "damaged). Nothing was imported.")
    return Rows(out)


def _check_unique(table: Table, rows: list[Row], shown: str) -> None:
    """Rows that would break one of the table's unique rules (two entries of a statement
    with one transaction ID): refused before anything is written, preview too."""
    rules = [tuple(str(c.name) for c in index.columns)
             for index in table.indexes if index.unique]
    rules += [tuple(str(c.name) for c in con.columns) for con in table.constraints
              if isinstance(con, UniqueConstraint)]
    for columns in rules:
        seen: set[tuple[Any, ...]] = set()
        for row in rows:
            key = tuple(row.get(c) for c in columns)
            if None in key:
                continue
            if key in seen:
                words = ", ".join(f"{c} {v}" for c, v in zip(columns, key, strict=True))
                raise BundleError(f"{shown}: two rows of {table.name} have the same {words} "
                                  "(for example two entries of one statement with the same "
                                  "transaction ID): the bundle is damaged. Nothing was "
                                  "imported.")
            seen.add(key)


# --------------------------------------------------------------------------- matching

def _keys(statements: list[Row]) -> dict[int, tuple[Any, ...]]:
    """Each statement's identity: form, period, election, amendment number, order."""
    by_id = {s["id"]: s for s in statements}

    def depth(s: Row) -> int:
        n, seen = 0, set()
        while s.get("amends_statement_id") in by_id and s["id"] not in seen:
            seen.add(s["id"])
            s, n = by_id[s["amends_statement_id"]], n + 1
        return n

    base = {s["id"]: (s.get("form_type"), s.get("period_from"), s.get("period_through"),
                      s.get("election_date"), depth(s)) for s in statements}
    seen: dict[tuple[Any, ...], int] = defaultdict(int)
    out = {}
    for sid in sorted(base):
        out[sid] = (*base[sid], seen[base[sid]])
        seen[base[sid]] += 1
    return out


STATEMENT_FIELDS = ("form_type", "period_from", "period_through", "election_date",
                    "stmt_type", "report_num", "original_filing_id", "amendment_reason",
                    "status", "filing_id", "locked", "cover", "carry_in")
RECORD_FIELDS = ("seq", "rec_type", "form_type", "tran_id", "entity_cd", "amount_cents",
                 "tran_date", "memo", "bakref_tid", "itemize", "values")


def _fingerprint(statement: Row, records: list[Row]) -> tuple[Any, ...]:
    rows = sorted((tuple(_hashable(r.get(f)) for f in RECORD_FIELDS) for r in records),
                  key=lambda t: (t[0], repr(t)))
    return (tuple(_hashable(statement.get(f)) for f in STATEMENT_FIELDS), tuple(rows))


def _hashable(value: Any) -> Any:
    if isinstance(value, dict):
        return tuple(sorted((k, _hashable(v)) for k, v in value.items()))
    if isinstance(value, list):
        return tuple(_hashable(v) for v in value)
    return value


def _words(s: Row, records: int) -> str:
    from calaccess_desktop.forms.registry import spec_for

    start, end = s.get("period_from"), s.get("period_through")
    when = (f" {start} to {end}" if start and end else
            f", election {s['election_date']}" if s.get("election_date") else "")
    amend = " (amendment)" if s.get("amends_statement_id") else ""
    return (f"{spec_for(str(s.get('form_type'))).short_name}{when}{amend}, "
            f"{s.get('status')}, {records} entr{'y' if records == 1 else 'ies'}")


def _when(value: Any) -> str:
    if isinstance(value, dt.datetime):
        return value.astimezone().strftime("%Y-%m-%d %H:%M")
    return str(value or "-")


def _aware(value: Any) -> dt.datetime:
    if not isinstance(value, dt.datetime):
        return dt.datetime.min.replace(tzinfo=dt.UTC)
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)


def _by(rows: list[Row], column: str) -> dict[Any, list[Row]]:
    out: dict[Any, list[Row]] = defaultdict(list)
    for r in rows:
        out[r.get(column)].append(r)
    return out


def _existing(session: Session, committee: Row) -> int | None:
    from calaccess_desktop.db.orm import Committee

    filer = str(committee.get("filer_id") or "").strip()
    query = select(Committee.id).where(
        Committee.filer_id == filer if filer else
        func.lower(Committee.name) == str(committee.get("name", "")).lower())
    return session.scalars(query.order_by(Committee.id)).first()


def _table(name: str) -> Table:
    return Base.metadata.tables[name]


def _file_rows(session: Session, table: str, column: str, values: list[Any]) -> list[Row]:
    t = _table(table)
    out: list[Row] = []
    for chunk in _chunks(values):
        out.extend(dict(r) for r in session.execute(
            select(t).where(t.c[column].in_(chunk))).mappings())
    return out


def _ids_of(session: Session, table: str, column: str, values: list[Any]) -> list[int]:
    t = _table(table)
    return [r[0] for chunk in _chunks(values)
            for r in session.execute(select(t.c.id).where(t.c[column].in_(chunk)))]


def _chunks(values: list[Any], size: int = 900) -> Iterator[list[Any]]:
    for n in range(0, len(values), size):
        yield values[n:n + size]


def plan_import(session: Session, rows: Rows, shown: str) -> Plan:
    """What importing ``rows`` into the data file of ``session`` would do (reads only)."""
    committee = rows.of("committees")[0]
    name = str(committee.get("name"))
    records = _by(rows.of("records"), "statement_id")
    target = _existing(session, committee)
    plan = Plan(shown, name, target is None)
    plan.counts = {t: len(rows.of(t)) for t in KNOWN}
    if target is None:
        plan.lines.append(f"+ committee {name} (new in this data file), with:")
        for s in rows.of("statements"):
            plan.lines.append(f"  + {_words(s, len(records[s['id']]))}")
            plan.actions[s["id"]] = ("add", None)
        plan.lines.append(f"  + {len(rows.of('contacts'))} contacts, "
                          f"{len(rows.of('submissions'))} filings with their attempt logs")
        return plan
    plan.lines.append(f"committee {name} is already in this data file (number {target}): the "
                      "bundle is merged into it")
    mine = _file_rows(session, "statements", "committee_id", [target])
    my_records = _by(_file_rows(session, "records", "statement_id",
                                [s["id"] for s in mine]), "statement_id")
    theirs_key = _keys(rows.of("statements"))
    mine_by_key = {k: sid for sid, k in _keys(mine).items()}
    mine_by_id = {s["id"]: s for s in mine}
    for s in rows.of("statements"):
        sid = s["id"]
        words = _words(s, len(records[sid]))
        match = mine_by_key.get(theirs_key[sid])
        if match is None:
            plan.actions[sid] = ("add", None)
            plan.lines.append(f"+ {words}")
            continue
        here = mine_by_id[match]
        if _fingerprint(here, my_records[match]) == _fingerprint(s, records[sid]):
            plan.actions[sid] = ("same", match)
            continue
        frozen = bool(here.get("locked")) or here.get("status") not in ("draft", "ready")
        if frozen and not s.get("locked") and s.get("status") in ("draft", "ready"):
            plan.actions[sid] = ("keep", match)  # filed here: never back to a draft
            plan.newer.append(f"statement {match}: {_words(here, len(my_records[match]))}: "
                              "filed (or queued) in your file, a draft in the bundle")
            continue
        if _aware(here.get("updated_at")) > _aware(s.get("updated_at")):
            plan.actions[sid] = ("keep", match)
            plan.newer.append(f"statement {match}: {_words(here, len(my_records[match]))}: "
                              f"changed {_when(here.get('updated_at'))} in your file, "
                              f"{_when(s.get('updated_at'))} in the bundle")
            continue
        plan.actions[sid] = ("change", match)
        plan.lines.append(f"~ statement {match}: replaced by the bundle's newer version: "
                          f"{words} (changed {_when(s.get('updated_at'))}; yours "
                          f"{_when(here.get('updated_at'))})")
    same = sum(1 for a, _m in plan.actions.values() if a == "same")
    if same:
        plan.lines.append(f"= {same} statement{'s' if same != 1 else ''} already the same")
    plan.lines.extend(_kept_differences(session, target, committee, rows))
    keys = {c["match_key"] for c in _file_rows(session, "contacts", "committee_id", [target])}
    fresh = sum(1 for c in rows.of("contacts") if c.get("match_key") not in keys)
    mine_keys = {r["idempotency_key"] for r in _file_rows(
        session, "submissions", "statement_id", [s["id"] for s in mine])}
    filings = sum(1 for r in rows.of("submissions")
                  if r.get("idempotency_key") not in mine_keys
                  and plan.actions.get(r["statement_id"], ("", None))[0] != "keep")
    if fresh or filings:
        plan.lines.append(f"+ {fresh} contact{'s' if fresh != 1 else ''}, {filings} "
                          f"filing{'s' if filings != 1 else ''} with their attempt logs")
    return plan


CONTACT_FIELDS = ("entity_cd", "title", "suffix", "adr1", "adr2", "city", "state", "zip4",
                  "employer", "occupation", "self_employed", "cmte_id")


def _kept_differences(session: Session, target: int, committee: Row, rows: Rows) -> list[str]:
    """What the bundle says otherwise about the committee and its contacts: the data
    file's is kept (never replaced without a date to say which is newer), and said so."""
    out = []
    (mine,) = _file_rows(session, "committees", "id", [target])
    profile, theirs = mine.get("profile") or {}, committee.get("profile") or {}
    fields = sorted(k for k in set(profile) | set(theirs) if profile.get(k) != theirs.get(k))
    fields += [k for k in ("name", "committee_type", "entity_cd")
               if k in committee and committee[k] != mine.get(k)]
    if fields:
        shown = ", ".join(fields[:8]) + (f" and {len(fields) - 8} more" if len(fields) > 8
                                         else "")
        out.append(f"! the committee's profile differs in {shown}: yours is kept (change it "
                   "in Committee profile if the bundle's is right)")
    have = {c["match_key"]: c for c in _file_rows(session, "contacts", "committee_id",
                                                   [target])}
    differ = [c for c in rows.of("contacts") if c.get("match_key") in have and any(
        f in c and c[f] != have[c["match_key"]].get(f) for f in CONTACT_FIELDS)]
    if differ:
        out.append(f"! {len(differ)} contact{'s' if len(differ) != 1 else ''} (same name and "
                   "ZIP code) differ in address, employer or occupation: yours are kept")
    return out


# --------------------------------------------------------------------------- writing

class _Ids:
    """New row numbers for a table: after the largest ever used (ids are never reused)."""

    def __init__(self, session: Session, table: Table) -> None:
        top = session.scalar(select(func.max(table.c.id))) or 0
        if session.get_bind().dialect.name == "sqlite":
            seq = session.execute(text("SELECT seq FROM sqlite_sequence WHERE name = :n"),
                                  {"n": table.name}).scalar()
            top = max(top, int(seq or 0))
        self.next = top + 1

    def take(self) -> int:
        value, self.next = self.next, self.next + 1
        return value


def apply(session: Session, rows: Rows, plan: Plan) -> int:
    """Write the plan (inside the caller's transaction); returns the committee's number."""
    maps: dict[str, dict[int, int]] = defaultdict(dict)
    committee = rows.of("committees")[0]
    cid = _committee(session, committee, plan, maps)
    _contacts(session, rows.of("contacts"), cid, maps)
    _statements(session, rows, plan, cid, maps)
    _submissions(session, rows, plan, maps)
    for table in committee_tables():
        if table.name not in KNOWN:
            _generic(session, table, rows.of(table.name), maps)
    import_trail(session, rows.of("audit_events"), rows.of("audit_changes"), cid, maps)
    return cid


def _committee(session: Session, committee: Row, plan: Plan,
               maps: dict[str, dict[int, int]]) -> int:
    t = _table("committees")
    if plan.new_committee:
        new = _Ids(session, t).take()
        session.execute(insert(t), [{**committee, "id": new}])
        maps["committees"][committee["id"]] = new
        return new
    target = _existing(session, committee)
    assert target is not None
    maps["committees"][committee["id"]] = target
    seq = committee.get("next_tran_seq")
    if isinstance(seq, int):
        session.execute(update(t).where(t.c.id == target).values(
            next_tran_seq=func.max(t.c.next_tran_seq, seq)))
    return target


def _contacts(session: Session, contacts: list[Row], cid: int,
              maps: dict[str, dict[int, int]]) -> None:
    t = _table("contacts")
    have = {r["match_key"]: r["id"] for r in _file_rows(session, "contacts", "committee_id",
                                                         [cid])}
    ids, new_rows = _Ids(session, t), []
    for c in contacts:
        if c.get("match_key") in have:
            maps["contacts"][c["id"]] = have[c["match_key"]]
            continue
        new = ids.take()
        maps["contacts"][c["id"]] = new
        have[c.get("match_key")] = new
        new_rows.append({**c, "id": new, "committee_id": cid})
    if new_rows:
        session.execute(insert(t), new_rows)


def _statements(session: Session, rows: Rows, plan: Plan, cid: int,
                maps: dict[str, dict[int, int]]) -> None:
    st, rt = _table("statements"), _table("records")
    ids = _Ids(session, st)
    records = _by(rows.of("records"), "statement_id")
    for s in rows.of("statements"):
        action, match = plan.actions[s["id"]]
        if action == "add":
            maps["statements"][s["id"]] = ids.take()
        elif match is not None:
            maps["statements"][s["id"]] = match
    record_ids = _Ids(session, rt)
    for s in rows.of("statements"):
        action, match = plan.actions[s["id"]]
        new = maps["statements"][s["id"]]
        amends = s.get("amends_statement_id")
        values = {**s, "id": new, "committee_id": cid,
                  "amends_statement_id": maps["statements"].get(amends) if amends else None}
        if action in ("same", "keep"):
            _map_records(session, records[s["id"]], new, maps)
            continue
        if action == "add":
            session.execute(insert(st), [{**values, "amends_statement_id": None}])
        else:
            session.execute(delete(rt).where(rt.c.statement_id == new))
            session.execute(delete(_table("undo_entries")).where(
                _table("undo_entries").c.statement_id == new))
            session.execute(update(st).where(st.c.id == new).values(
                {k: v for k, v in values.items() if k != "id"}))
        batch = []
        for r in records[s["id"]]:
            rid = record_ids.take()
            maps["records"][r["id"]] = rid
            batch.append({**r, "id": rid, "statement_id": new,
                          "contact_id": maps["contacts"].get(r["contact_id"])
                          if r.get("contact_id") is not None else None})
        for chunk in _chunks(batch, 5000):
            session.execute(insert(rt), chunk)
    for s in rows.of("statements"):  # links to earlier statements, once all are there
        if plan.actions[s["id"]][0] == "add" and s.get("amends_statement_id"):
            session.execute(update(st).where(st.c.id == maps["statements"][s["id"]]).values(
                amends_statement_id=maps["statements"].get(s["amends_statement_id"])))


def _map_records(session: Session, theirs: list[Row], statement_id: int,
                 maps: dict[str, dict[int, int]]) -> None:
    mine = sorted(_file_rows(session, "records", "statement_id", [statement_id]),
                  key=lambda r: (r["seq"], r["id"]))
    if len(mine) == len(theirs):
        for a, b in zip(sorted(theirs, key=lambda r: (r["seq"], r["id"])), mine, strict=True):
            maps["records"][a["id"]] = b["id"]


def _submissions(session: Session, rows: Rows, plan: Plan,
                 maps: dict[str, dict[int, int]]) -> None:
    sub, ev = _table("submissions"), _table("submission_events")
    keys = [r.get("idempotency_key") for r in rows.of("submissions")]
    ours = set(_ids_of(session, "statements", "committee_id",
                       list(maps["committees"].values())))
    have = {}
    for r in _file_rows(session, "submissions", "idempotency_key", keys):
        if r["statement_id"] not in ours:  # another committee's filing: never touched
            raise BundleError(f"{plan.shown}: a filing in the bundle has the key of a filing "
                              "of another committee in your data file; the bundle is "
                              "damaged. Nothing was imported.")
        have[r["idempotency_key"]] = r
    ids, event_ids = _Ids(session, sub), _Ids(session, ev)
    events = _by(rows.of("submission_events"), "submission_id")
    for r in rows.of("submissions"):
        if plan.actions.get(r["statement_id"], ("keep", None))[0] == "keep" and \
                r.get("idempotency_key") not in have:
            continue
        here = have.get(r.get("idempotency_key"))
        if here is not None:
            maps["submissions"][r["id"]] = here["id"]
            if _aware(here.get("updated_at")) >= _aware(r.get("updated_at")):
                continue
            session.execute(update(sub).where(sub.c.id == here["id"]).values(
                {k: v for k, v in r.items() if k not in ("id", "statement_id")}))
            session.execute(delete(ev).where(ev.c.submission_id == here["id"]))
        else:
            new = ids.take()
            maps["submissions"][r["id"]] = new
            session.execute(insert(sub), [{**r, "id": new,
                                           "statement_id": maps["statements"][r["statement_id"]]}])
        batch = [{**e, "id": event_ids.take(), "submission_id": maps["submissions"][r["id"]]}
                 for e in events[r["id"]]]
        if batch:
            session.execute(insert(ev), batch)


def _generic(session: Session, table: Table, theirs: list[Row],
             maps: dict[str, dict[int, int]]) -> None:
    """A table this module knows nothing about: each row whose links can all be carried
    over is added, unless the same row is already there."""
    owner = owner_column(table)
    if owner is None or not theirs:
        return
    column, parent = owner
    present = {tuple(sorted((k, repr(v)) for k, v in r.items() if k != "id"))
               for r in _file_rows(session, table.name, column,
                                   sorted(set(maps[parent].values())))}
    ids = _Ids(session, table) if "id" in table.c else None
    batch = []
    for r in theirs:
        new = dict(r)
        for col, target in links(table).items():
            if r.get(col) is None:
                continue
            mapped = maps[target].get(r[col])
            if mapped is None:
                break
            new[col] = mapped
        else:
            key = tuple(sorted((k, repr(v)) for k, v in new.items() if k != "id"))
            if key in present:
                continue
            present.add(key)
            if ids is not None:
                new["id"] = ids.take()
            batch.append(new)
    if batch:
        session.execute(insert(table), batch)


# --------------------------------------------------------------------------- the use case

def load(path: str | Path) -> Rows:
    """Read, check and decode a bundle file (BundleError in words)."""
    return decode(read_bundle(path), str(path))


def import_bundle(store: Store, path: str | Path, *, preview: bool = False,
                  keep_newer: bool = False, rows: Rows | None = None) -> Plan:
    """Read the bundle (unless its ``rows`` are given), plan, and (unless ``preview``)
    import it in one transaction after a backup. Newer statements in the data file stop
    the import (BundleConflict) unless ``keep_newer``."""
    shown = str(path)
    if rows is None:
        rows = load(path)
    with store.read() as session:
        plan = plan_import(session, rows, shown)
    if preview:
        return plan
    if plan.newer and not keep_newer:
        raise BundleConflict("\n".join([
            f"{shown}: nothing was imported: your data file holds newer versions of "
            f"{len(plan.newer)} statement{'s' if len(plan.newer) > 1 else ''} than the bundle:",
            *(f"  ! {w}" for w in plan.newer),
            "To import the rest and keep your newer versions, import again with "
            "--keep-newer (in the window: Keep mine)."]))
    from calaccess_desktop.services.backups import before_risky

    before_risky(store, "bundle")
    with store.transaction() as session:
        plan = plan_import(session, rows, shown)  # again, under the write lock
        if plan.newer and not keep_newer:
            raise BundleConflict(f"{shown}: the data file changed while the bundle was read; "
                                 "nothing was imported. Try again.")
        from calaccess_desktop.services.audit import trail

        try:
            cid = apply(session, rows, plan)
        except IntegrityError as exc:  # rows that break the data file's rules: refused whole
            raise BundleError(f"{shown}: the bundle is damaged: its rows break the data "
                              "file's rules (for example two entries of one statement with "
                              "the same transaction ID). Nothing was imported.") from exc
        # (refused in words, all of it undone, when users exist and nobody logged in)
        trail.note(session, f"Imported the hand-off bundle {Path(shown).name}",
                   committee_id=cid, kind="import")
    return plan
