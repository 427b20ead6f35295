"""Contacts offered while typing a name: a contributor typed once is reused with their
address, occupation and employer."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from calaccess_desktop.db.orm import Contact
from calaccess_desktop.services.contacts import party_of


@dataclass(frozen=True, slots=True)
class ContactChoice:
    """One known contact, as plain values."""

    id: int
    entity_cd: str
    last: str
    first: str
    adr1: str
    adr2: str
    city: str
    state: str
    zip4: str
    employer: str
    occupation: str
    self_employed: bool
    cmte_id: str

    @property
    def label(self) -> str:
        """What the completer lists: 'Okafor, Grace - Sacramento 95811'."""
        name = f"{self.last}, {self.first}" if self.first else self.last
        place = " ".join(p for p in (self.city, self.zip4[:5]) if p)
        return f"{name} - {place}" if place else name


def contact_choices(session: Session, committee_id: int) -> list[ContactChoice]:
    """The committee's contacts by name."""
    rows = session.scalars(
        select(Contact).where(Contact.committee_id == committee_id)
        .order_by(Contact.last_name, Contact.first_name, Contact.id)
    )
    return [
        ContactChoice(c.id, c.entity_cd, c.last_name, c.first_name, c.adr1, c.adr2, c.city,
                      c.state, c.zip4, c.employer, c.occupation, c.self_employed, c.cmte_id)
        for c in rows
    ]


def party_values(choice: ContactChoice, rec_type: str) -> dict[str, str]:
    """The record fields a contact fills, by the record type's spec field names."""
    party = party_of(rec_type)
    if party is None:
        return {}
    pairs = {
        party.last: choice.last, party.first: choice.first, party.adr1: choice.adr1,
        party.adr2: choice.adr2, party.city: choice.city, party.state: choice.state,
        party.zip4: choice.zip4, party.employer: choice.employer,
        party.occupation: choice.occupation,
        party.self_employed: "X" if choice.self_employed else "",
        party.cmte_id: choice.cmte_id, "Entity_Cd": choice.entity_cd,
    }
    return {k: v for k, v in pairs.items() if k}
