"""Form 410 from the committee profile: the initial statement, amendments that say what
changed, and the termination (each one user action inside the caller's transaction).

The 410's cover and the names it lists (assistant treasurer, principal officer,
controlling candidate, measure, sponsor) are built from the profile
(``forms/f410/from_profile``); names the treasurer adds on the 410's own page stay as
entered. After the profile is saved, ``offer`` says whether the committee's latest 410
no longer matches it, and what changed; ``amend_410`` makes the amendment only when the
user agrees.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from calaccess_desktop.cal.model import CalRecord
from calaccess_desktop.db.orm import Committee, Record, Statement
from calaccess_desktop.forms.f410 import from_profile, profile_diff
from calaccess_desktop.forms.f410.profile_diff import Change
from calaccess_desktop.forms.f470 import spec as f470_spec
from calaccess_desktop.forms.f501 import fields as f501_fields
from calaccess_desktop.forms.f501 import spec as f501_spec
from calaccess_desktop.forms.registry import spec_for
from calaccess_desktop.forms.spec import FormSpec
from calaccess_desktop.services.editing import (
    EDITABLE,
    EditError,
    add_transaction,
    amend_statement,
    create_statement,
    delete_transaction,
    editable_statement,
    update_transaction,
)
from calaccess_desktop.services.undo import Recorder

FORM = "F410"


@dataclass(frozen=True, slots=True)
class Offer:
    """The latest 410 differs from the profile: which statement, and what changed."""

    statement_id: int
    draft: bool  # True: the latest 410 is a draft (it is brought up to date, not amended)
    changes: tuple[Change, ...]

    def words(self) -> str:
        """The question asked after the profile is saved, with the changes listed."""
        listed = "\n".join(f"  - {c.words()}" for c in self.changes)
        if self.draft:
            return (f"Your draft Form 410 (statement {self.statement_id}) lists other "
                    f"registration facts than the profile now does:\n{listed}\n\n"
                    "Bring the draft up to date?")
        return (f"These changes are registration facts on your filed Form 410 "
                f"(statement {self.statement_id}):\n{listed}\n\nAn amended Form 410 is due "
                "within 10 days of the change. Create the amendment now?")


def _committee(session: Session, committee_id: int) -> Committee:
    committee = session.get(Committee, committee_id)
    if committee is None:
        raise EditError(f"There is no committee {committee_id}.")
    return committee


def _draft_of(session: Session, statement_id: int, spec: FormSpec) -> Statement:
    """A statement that can be changed, of this form (refused in words otherwise)."""
    stmt = editable_statement(session, statement_id)
    if spec_for(stmt.form_type) is not spec:
        raise EditError(f"Statement {statement_id} is not a {spec.short_name}.")
    return stmt


def latest_410(session: Session, committee_id: int) -> Statement | None:
    """The committee's newest Form 410 (highest amendment, then newest), or None."""
    return session.scalars(
        select(Statement).where(Statement.committee_id == committee_id,
                                Statement.form_type == FORM)
        .order_by(Statement.report_num.desc(), Statement.id.desc()).limit(1)
    ).first()


def names_of(session: Session, statement_id: int, *, profile_only: bool = True
             ) -> list[list[str]]:
    """The CVR2 values of a 410 (only those made from the profile, by default)."""
    rows = session.scalars(
        select(Record.values).where(Record.statement_id == statement_id,
                                    Record.rec_type == "CVR2")
        .order_by(Record.seq, Record.id))
    out = [list(v) for v in rows]
    if profile_only:
        out = [v for v in out if len(v) > 2 and v[2] in from_profile.PROFILE_TRAN_IDS]
    return out


def pending_changes(session: Session, statement_id: int) -> list[Change]:
    """What a 410 says that the committee profile no longer says (cover and names)."""
    stmt = session.get(Statement, statement_id)
    if stmt is None:
        raise EditError(f"There is no statement {statement_id}.")
    committee = _committee(session, stmt.committee_id)
    now_cover = from_profile.cover_values(
        committee, report_num=stmt.report_num,
        kept=from_profile.kept_fields(list(stmt.cover)))
    return profile_diff.diff(list(stmt.cover), names_of(session, stmt.id),
                             now_cover, from_profile.names_records(committee))


def offer(session: Session, committee_id: int) -> Offer | None:
    """After a profile change: the latest 410 and what changed, or None (no 410 yet, an
    imported one, or nothing on it changed)."""
    latest = latest_410(session, committee_id)
    if latest is None or latest.source_file:
        return None
    changes = pending_changes(session, latest.id)
    if not changes:
        return None
    return Offer(latest.id, latest.status in EDITABLE and not latest.locked, tuple(changes))


def sync_names(session: Session, statement_id: int) -> None:
    """Make a draft 410's names from the profile match the profile (added, changed,
    removed by Tran_ID; names entered on the 410 itself are left alone)."""
    stmt = session.get(Statement, statement_id)
    assert stmt is not None
    committee = _committee(session, stmt.committee_id)
    stmt.cover = from_profile.build_cover(committee, stmt)
    wanted = {v[2]: v for v in from_profile.names_records(committee)}
    have = {
        (r.values[2] if len(r.values) > 2 else ""): r
        for r in session.scalars(select(Record).where(Record.statement_id == statement_id,
                                                      Record.rec_type == "CVR2"))
    }
    for tid, record in have.items():
        if tid in from_profile.PROFILE_TRAN_IDS and tid not in wanted:
            delete_transaction(session, record.id)
    for tid, values in wanted.items():
        rec = CalRecord(list(values), cvr_form=FORM)
        fields = {f.name: v for f, v in zip(rec.fields, rec.values, strict=False)
                  if f.name not in ("Rec_Type", "Form_Type")}
        if tid in have:
            old = CalRecord(list(have[tid].values), cvr_form=FORM)
            blanked = {f.name: "" for f, v in zip(old.fields, old.values, strict=False)
                       if v and f.name not in fields and f.name not in ("Rec_Type",
                                                                          "Form_Type")}
            if list(have[tid].values) != rec.values:
                update_transaction(session, have[tid].id, {**blanked, **fields,
                                                           "Tran_ID": tid})
        else:
            add_transaction(session, statement_id, "CVR2", FORM,
                            {k: v for k, v in fields.items() if v})


def finish_new_410(session: Session, statement_id: int) -> None:
    """The ``FormSpec.after_create`` hook of Form 410: a second initial 410 is refused in
    words (amend the one on file); the new draft lists the names from the profile."""
    stmt = session.get(Statement, statement_id)
    assert stmt is not None
    other = session.scalars(
        select(Statement.id).where(Statement.committee_id == stmt.committee_id,
                                   Statement.form_type == FORM, Statement.id != stmt.id)
        .limit(1)).first()
    if other is not None:
        raise EditError(f"This committee already has a Form 410 (statement {other}). Change "
                        "the committee profile instead: saving it offers the amended "
                        "Form 410.")
    sync_names(session, statement_id)


def start_410(session: Session, committee_id: int) -> int:
    """The committee's initial Form 410 (a draft built from the profile); returns its id.
    Refused when the committee already has one (amend it instead)."""
    _committee(session, committee_id)
    if latest_410(session, committee_id) is not None:
        raise EditError("This committee already has a Form 410; change the profile and "
                        "amend it instead (Form 410 amendment).")
    sid = create_statement(session, committee_id, FORM)
    sync_names(session, sid)
    return sid


def amend_410(session: Session, committee_id: int, *,
              terminate_on: dt.date | None = None) -> int:
    """An amended (or terminating) Form 410 from the current profile; returns its id.

    The latest 410 filed: a new amendment of it, its reason listing what changed, the
    old signatures dropped (the treasurer signs again). The latest still a draft: that
    draft is brought up to date. No 410 yet: the initial one."""
    latest = latest_410(session, committee_id)
    if latest is None:
        sid = start_410(session, committee_id)
    elif latest.status in EDITABLE and not latest.locked:
        sid = latest.id
    else:
        changes = pending_changes(session, latest.id)
        reason = profile_diff.summary(changes) if changes else (
            "Termination of the committee" if terminate_on else "Amended registration")
        if terminate_on and changes:
            reason = profile_diff.summary([Change("termination date", "",
                                                  terminate_on.isoformat()), *changes])
        sid = amend_statement(session, latest.id, reason)
        session.execute(delete(Record).where(Record.statement_id == sid,
                                             Record.rec_type == "CVR3"))
    stmt = session.get(Statement, sid)
    assert stmt is not None
    if terminate_on is not None:
        stmt.cover = from_profile.termination_cover(list(stmt.cover), terminate_on)
    sync_names(session, sid)
    return sid


def terminate_410(session: Session, committee_id: int, day: dt.date) -> int:
    """The Form 410 termination (an amendment carrying the termination date)."""
    return amend_410(session, committee_id, terminate_on=day)


@dataclass(frozen=True, slots=True)
class Amended:
    """What ``amend_if_changed`` or ``terminate`` did."""

    compared: int  # the latest Form 410, which the profile was compared with
    draft: bool  # True: that 410 was a draft, brought up to date (no amendment made)
    changes: tuple[Change, ...]  # what the profile says that it did not
    statement_id: int | None = None  # the amendment or updated draft; None: nothing done
    report_num: int = 0  # the amendment's number (0: the initial 410)
    terminated: dt.date | None = None


def _latest_or_refuse(session: Session, committee_id: int, doing: str) -> Statement:
    committee = _committee(session, committee_id)
    latest = latest_410(session, committee_id)
    if latest is None:
        raise EditError(f"{committee.name} (committee {committee_id}) has no Form 410 yet, "
                        f"so there is nothing to {doing}. Start its initial Form 410 in the "
                        "app (Statement > New statement, Form 410): it is built from the "
                        "committee profile.")
    return latest


def amend_if_changed(session: Session, committee_id: int) -> Amended:
    """The amended Form 410 listing what changed in the profile since the latest 410
    (a draft 410 is brought up to date instead); nothing when nothing changed."""
    latest = _latest_or_refuse(session, committee_id, "amend")
    draft = latest.status in EDITABLE and not latest.locked
    changes = tuple(pending_changes(session, latest.id))
    if not changes:
        return Amended(latest.id, draft, ())
    sid = amend_410(session, committee_id)
    return Amended(latest.id, draft, changes, sid, _report_num(session, sid))


def terminate(session: Session, committee_id: int, day: dt.date) -> Amended:
    """The committee's terminating Form 410 (an amendment with the termination date,
    plus whatever else changed in the profile). Refused when the latest 410 filed
    already terminates the committee."""
    latest = _latest_or_refuse(session, committee_id, "terminate")
    draft = latest.status in EDITABLE and not latest.locked
    ended = CalRecord(list(latest.cover), cvr_form=FORM).get("Term_Date")
    if ended and not draft:
        raise EditError(f"The Form 410 filed as statement {latest.id} already terminates "
                        f"the committee (termination date {ended[4:6]}/{ended[6:]}/"
                        f"{ended[:4]}); there is nothing more to terminate.")
    changes = tuple(pending_changes(session, latest.id))
    sid = terminate_410(session, committee_id, day)
    return Amended(latest.id, draft, changes, sid, _report_num(session, sid), day)


def _report_num(session: Session, statement_id: int) -> int:
    stmt = session.get(Statement, statement_id)
    return stmt.report_num if stmt is not None else 0


# ------------------------------------------------------------------ 470 and 501
def start_470(session: Session, committee_id: int, year: int, *,
              election: dt.date | None = None) -> int:
    """A Form 470 for a calendar year (the period is always the whole year)."""
    return create_statement(session, committee_id, f470_spec.SPEC.code,
                            period_from=dt.date(year, 1, 1),
                            period_through=dt.date(year, 12, 31), election_date=election)


def mark_470_supplement(session: Session, statement_id: int, reached: dt.date) -> None:
    """Make a draft 470 the 470 Supplement: the day $2,000 was reached (Date_1000)."""
    stmt = _draft_of(session, statement_id, f470_spec.SPEC)
    stmt.cover = f470_spec.mark_supplement(list(stmt.cover), reached)


def start_501(session: Session, committee_id: int, election: dt.date) -> int:
    """A Form 501 for one election, built from the candidate's profile."""
    committee = _committee(session, committee_id)
    stmt = Statement(committee=committee, form_type=f501_spec.SPEC.code,
                     election_date=election, status="draft", cover=[])
    session.add(stmt)
    session.flush()
    stmt.cover = f501_spec.build_cover(committee, stmt)
    undo = Recorder(session, "New Form 501", stmt.id)
    undo.changed("statements", None, stmt)
    undo.save()
    return stmt.id


def set_501_fields(session: Session, statement_id: int, values: dict[str, str]) -> None:
    """Set a draft 501's own fields (date and place signed, the "under $2,000"
    statement); the rest comes from the profile."""
    stmt = _draft_of(session, statement_id, f501_spec.SPEC)
    try:
        stmt.cover = f501_fields.with_own(list(stmt.cover), values)
    except ValueError as exc:
        raise EditError(str(exc)) from None
    stmt.cover = f501_spec.build_cover(_committee(session, stmt.committee_id), stmt)
