"""One filing officer (frozen): who it is, how it takes filings, its own rules."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from calaccess_desktop.domain.money import Cents
from calaccess_desktop.domain.snapshot import LocalLimit, OfficerFacts, pick_limit

SOS_CODE = "SOS"
OTHER_CODE = "OTHER"
LEVELS = ("state", "county", "city")
METHODS = ("sos", "netfile", "paper", "email")
# Ways a statement can be delivered on paper or by e-mail.
WAYS = ("personal", "overnight", "mail", "email", "fax", "online")
# Which statements a delivery rule is about.
WHEN = ("all", "pre_election_2", "late_report")
WAY_WORDS = {"personal": "personal delivery", "overnight": "guaranteed overnight delivery",
             "mail": "mail", "email": "e-mail", "fax": "fax", "online": "online filing"}


@dataclass(frozen=True, slots=True)
class DeliveryRule:
    """How statements of one kind may reach the officer (``when``: all, pre_election_2 =
    the second pre-election statement, late_report = Forms 497 and 496 on paper)."""

    when: str
    ways: tuple[str, ...]
    words: str  # the rule in plain words for the filing packet

    def ways_words(self) -> str:
        """'personal delivery or guaranteed overnight delivery'."""
        names = [WAY_WORDS.get(w, w) for w in self.ways]
        return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]


@dataclass(frozen=True, slots=True)
class Officer:
    """A filing officer. ``method`` is how it takes filings: ``sos`` (the SOS's e-filing),
    ``netfile`` (NetFile's vendor API; ``netfile_agency`` is its agency code), ``paper``
    or ``email`` (the filing packet: ``address`` / ``email`` and ``delivery``).
    Rule fields left None or empty mean the state's rules apply."""

    code: str
    name: str  # "San Francisco Ethics Commission"
    jurisdiction: str  # "City and County of San Francisco"
    level: str  # state | county | city
    method: str  # sos | netfile | paper | email
    netfile_agency: str = ""
    address: tuple[str, ...] = ()  # postal / delivery address lines
    email: str = ""
    phone: str = ""
    website: str = ""
    delivery: tuple[DeliveryRule, ...] = ()
    signers_required: bool = False  # NetFile signer IDs and PINs
    itemize_threshold: Cents | None = None
    late_threshold: Cents | None = None
    limits: tuple[LocalLimit, ...] = ()
    extra_forms: tuple[str, ...] = ()
    example: bool = False  # our example data: check it with the office before relying on it
    practice: bool = False  # a made-up jurisdiction for training (no real filings)
    notes: str = ""
    src: str = ""

    @property
    def is_sos(self) -> bool:
        """Files with the Secretary of State's e-filing system."""
        return self.method == "sos"

    @property
    def efiles(self) -> bool:
        """Takes electronic filings through a transport (SOS or NetFile)."""
        return self.method in ("sos", "netfile")

    @property
    def the_name(self) -> str:
        """The name in a sentence: 'the Secretary of State', 'the City Clerk of Fresno'."""
        return self.name if self.name[:4].lower() == "the " else "the " + self.name

    def delivery_for(self, when: str) -> tuple[DeliveryRule, ...]:
        """The delivery rules about statements of kind ``when`` (and those for all)."""
        return tuple(r for r in self.delivery if r.when in (when, "all"))

    def facts(self) -> OfficerFacts:
        """What the rules need (carried on the statement snapshot)."""
        return OfficerFacts(self.code, self.the_name, self.level, self.method,
                            self.itemize_threshold, self.late_threshold, self.limits,
                            self.extra_forms)

    def local_limit(self, office: str, contributor: str = "IND",
                    on: dt.date | None = None) -> LocalLimit | None:
        """The lowest of this officer's own limits on gifts to ``office`` (None: none)."""
        return pick_limit(self.limits, office, contributor, on)

    def to_choice(self) -> dict[str, object]:
        """The officer as stored in a committee profile (``filing_officers``): its code,
        or the whole dict for "other"."""
        if self.code != OTHER_CODE:
            return {"code": self.code}
        return {"code": OTHER_CODE, "name": self.name, "email": self.email,
                "address": list(self.address), "jurisdiction": self.jurisdiction,
                "level": self.level}

    @classmethod
    def other(cls, name: str, *, email: str = "", address: str | tuple[str, ...] = (),
              jurisdiction: str = "", level: str = "city", phone: str = "") -> Officer:
        """A filing officer not in the list, with its own details: e-mail filing when an
        address is given for e-mail, else paper. The state's rules apply to it."""
        lines = tuple(part.strip() for part in (
            address.replace(";", "\n").splitlines() if isinstance(address, str) else address)
            if part.strip())
        method = "email" if email.strip() else "paper"
        return cls(OTHER_CODE, name.strip(), jurisdiction.strip() or name.strip(),
                   level if level in LEVELS else "city", method, address=lines,
                   email=email.strip(), phone=phone.strip(),
                   notes="A filing officer entered by hand: check its rules with the office.")
