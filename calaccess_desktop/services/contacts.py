"""Contacts: the people and organisations a committee deals with, matched across records."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial

from sqlalchemy import select
from sqlalchemy.orm import Session

from calaccess_desktop.cal.layouts import FieldSpec
from calaccess_desktop.cal.model import name_index, per_layout
from calaccess_desktop.cal.parties import PARTIES, PartyFields
from calaccess_desktop.db.bulk import insert_many
from calaccess_desktop.db.orm import Contact


def party_of(rec_type: str) -> PartyFields | None:
    """The party field names of a record type (None for records without a party)."""
    return PARTIES.get(rec_type)


def match_key(last: str, first: str, zip4: str, city: str) -> str:
    """How two records are recognised as the same contact: name plus ZIP (or city)."""
    place = zip4[:5] if zip4 else city.upper()
    return f"{' '.join(last.upper().split())}|{' '.join(first.upper().split())}|{place}"


_COLUMNS = ("last_name", "first_name", "title", "suffix", "adr1", "adr2", "city", "state",
            "zip4", "employer", "occupation", "self_employed", "cmte_id", "entity_cd")
def _find(party: PartyFields, fields: tuple[FieldSpec, ...]) -> tuple[int | None, ...]:
    names = (party.last, party.first, party.title, party.suffix, party.adr1, party.adr2,
             party.city, party.state, party.zip4, party.employer, party.occupation,
             party.self_employed, party.cmte_id, "Entity_Cd")
    idx = name_index(fields)
    return tuple(idx.get(n.lower()) if n else None for n in names)


def _positions(fields: tuple[FieldSpec, ...], party: PartyFields) -> tuple[int | None, ...]:
    return per_layout(fields, party.last, partial(_find, party))


def contact_key(values: Sequence[str], fields: tuple[FieldSpec, ...],
                party: PartyFields) -> str | None:
    """The match key of a record's party (None when it has no name): cheap, so that a
    contact seen before costs no more than this."""
    pos = _positions(fields, party)
    n = len(values)
    i = pos[0]
    last = values[i] if i is not None and i < n else ""
    if not last:
        return None
    i = pos[1]
    first = values[i] if i is not None and i < n else ""
    i = pos[8]
    zip4 = values[i] if i is not None and i < n else ""
    i = pos[6]
    city = values[i] if i is not None and i < n and not zip4 else ""
    return match_key(last, first, zip4, city)


def contact_row(values: Sequence[str], fields: tuple[FieldSpec, ...],
                party: PartyFields) -> dict[str, object]:
    """Contact columns taken from a record's values (``fields``: its layout)."""
    n = len(values)
    row: dict[str, object] = {
        col: (values[i] if i is not None and i < n else "")
        for col, i in zip(_COLUMNS, _positions(fields, party), strict=True)
    }
    row["self_employed"] = str(row["self_employed"]).upper() == "X"
    row["match_key"] = match_key(str(row["last_name"]), str(row["first_name"]),
                                 str(row["zip4"]), str(row["city"]))
    return row


class ContactMatcher:
    """Finds or creates contacts for a committee, in bulk."""

    def __init__(self, session: Session, committee_id: int) -> None:
        self.session = session
        self.committee_id = committee_id
        rows = session.execute(
            select(Contact.match_key, Contact.id).where(Contact.committee_id == committee_id)
        )
        self.known: dict[str, int] = {k: i for k, i in rows}
        self.pending: dict[str, dict[str, object]] = {}

    def want(self, values: Sequence[str], fields: tuple[FieldSpec, ...],
             party: PartyFields) -> str | None:
        """Remember a record's party; returns its key (resolved to an id by ``flush``), or
        None when the record names nobody."""
        key = contact_key(values, fields, party)
        if key is not None and key not in self.known and key not in self.pending:
            self.pending[key] = {**contact_row(values, fields, party),
                                 "committee_id": self.committee_id}
        return key

    def flush(self) -> dict[str, int]:
        """Insert the new contacts; returns every key's id."""
        if self.pending:
            new = list(self.pending.values())
            insert_many(self.session.connection(), Contact.__table__, list(new[0]),
                        [tuple(row.values()) for row in new])
            rows = self.session.execute(
                select(Contact.match_key, Contact.id).where(
                    Contact.committee_id == self.committee_id
                )
            )
            self.known = {k: i for k, i in rows}
            self.pending.clear()
        return self.known
