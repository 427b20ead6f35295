"""Contacts: the people and organisations a committee deals with, matched across records."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from calaccess_desktop.cal.parties import PARTIES, PartyFields
from calaccess_desktop.db.orm import Contact


def party_of(rec_type: str) -> PartyFields | None:
    """The party field names of a record type (None for records without a party)."""
    return PARTIES.get(rec_type)


def match_key(last: str, first: str, zip4: str, city: str) -> str:
    """How two records are recognised as the same contact: name plus ZIP (or city)."""
    place = zip4[:5] if zip4 else city.upper()
    return f"{' '.join(last.upper().split())}|{' '.join(first.upper().split())}|{place}"


def contact_row(values: Sequence[str], idx: dict[str, int], party: PartyFields) -> dict[str, object]:
    """Contact columns taken from a record's values (``idx``: field name -> position)."""

    def get(name: str) -> str:
        i = idx.get(name.lower()) if name else None
        return values[i] if i is not None and i < len(values) else ""

    last, first, zip4, city = get(party.last), get(party.first), get(party.zip4), get(party.city)
    return {
        "entity_cd": get("Entity_Cd"),
        "last_name": last,
        "first_name": first,
        "title": get(party.title),
        "suffix": get(party.suffix),
        "adr1": get(party.adr1),
        "adr2": get(party.adr2),
        "city": city,
        "state": get(party.state),
        "zip4": zip4,
        "employer": get(party.employer),
        "occupation": get(party.occupation),
        "self_employed": get(party.self_employed).upper() == "X",
        "cmte_id": get(party.cmte_id),
        "match_key": match_key(last, first, zip4, city),
    }


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

    def want(self, row: dict[str, object]) -> str:
        """Remember a contact row; returns its key (resolved to an id by ``flush``)."""
        key = str(row["match_key"])
        if key not in self.known and key not in self.pending:
            self.pending[key] = {**row, "committee_id": self.committee_id}
        return key

    def flush(self) -> dict[str, int]:
        """Insert the new contacts; returns every key's id."""
        if self.pending:
            result = self.session.execute(
                insert(Contact).returning(Contact.match_key, Contact.id),
                list(self.pending.values()),
            )
            self.known.update({k: i for k, i in result})
            self.pending.clear()
        return self.known
