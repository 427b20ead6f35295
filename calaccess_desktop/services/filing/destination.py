"""Where a statement is e-filed: the protocol, server, filer ID and send options, from the
committee's filing officer (``services/officers.primary_officer``) unless overridden.

A NetFile agency knows the committee by its own filer ID (``ABC-123456``), takes a
reply e-mail and, for some agencies, each signer's ID and PIN. Those (without the PINs:
they live in the keyring) are remembered per officer in the committee's profile under
``efile_accounts`` (``{"PRAC": {"filer_id": ..., "email": ..., "signer_ids": [...]}}``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session

from calaccess_desktop.cal.model import CalRecord
from calaccess_desktop.db.orm import Committee
from calaccess_desktop.efile import adapters
from calaccess_desktop.officers.model import Officer
from calaccess_desktop.services.filing.common import FilingError, _get_statement
from calaccess_desktop.services.officers import primary_officer

ACCOUNTS_KEY = "efile_accounts"


class NeedsAccount(FilingError):
    """The agency's filer ID (or a signer ID it requires) is not known yet; ``what`` is
    "filer_id" or "signer_ids" (the window asks for it, the CLI says which option)."""

    def __init__(self, message: str, what: str) -> None:
        super().__init__(message)
        self.what = what

PROTOCOL_OF_METHOD = {"sos": "practice", "netfile": "netfile"}


@dataclass(frozen=True)
class Destination:
    """Where and how one statement is e-filed."""

    protocol: str
    server_url: str
    officer_code: str
    officer_name: str
    filer_id: str = ""  # '' = the committee's SOS filer ID (from the cover page)
    email: str = ""
    signer_ids: tuple[str, ...] = ()
    signers_required: bool = False

    def options(self) -> dict[str, object]:
        """The non-secret send options kept with the submission."""
        out: dict[str, object] = {}
        if self.email:
            out["email"] = self.email
        if self.signer_ids:
            out["signer_ids"] = list(self.signer_ids)
        return out


def account(committee: Committee, officer_code: str) -> dict[str, object]:
    """The committee's remembered account at an officer (filer ID, e-mail, signer IDs)."""
    accounts = (committee.profile or {}).get(ACCOUNTS_KEY) or {}
    found = accounts.get(officer_code) if isinstance(accounts, dict) else None
    return dict(found) if isinstance(found, dict) else {}


def destination_for(session: Session, statement_id: int, *, default_url: str,
                    protocol: str | None = None, server_url: str | None = None,
                    filer_id: str | None = None, email: str | None = None,
                    signer_ids: Sequence[str] | None = None, remember: bool = True
                    ) -> Destination:
    """Where this statement goes: its committee's primary officer's protocol (``protocol``
    and the rest override it). ``default_url`` is the practice protocol's server (the
    settings' endpoint). The NetFile filer ID, e-mail and signer IDs given are remembered
    for the committee (``remember``)."""
    stmt = _get_statement(session, statement_id)
    committee = stmt.committee
    officer = primary_officer(session, committee.id)
    chosen = protocol or PROTOCOL_OF_METHOD.get(officer.method)
    if chosen is None:
        raise FilingError(f"{officer.the_name[:1].upper()}{officer.the_name[1:]} takes "
                          f"statements {'by e-mail' if officer.method == 'email' else 'on paper'}"
                          ", not by e-filing: print the filing packet (calaccess-desktop "
                          f"packet {statement_id}) and mark it filed when delivered")
    try:
        adapter = adapters.adapter(chosen)
    except adapters.UnknownProtocolError as exc:
        raise FilingError(str(exc)) from None
    # A practice officer's filings never go to the real service by default.
    real = chosen != "practice" and not officer.practice
    url = server_url or (adapter.default_url if real else default_url) or default_url
    if chosen != "netfile":
        return Destination(chosen, url, officer.code, officer.name)
    return _netfile(committee, stmt.cover, officer, url, filer_id, email, signer_ids,
                    remember)


def _netfile(committee: Committee, cover: list[str], officer: Officer, url: str,
             filer_id: str | None, email: str | None, signer_ids: Sequence[str] | None,
             remember: bool) -> Destination:
    known = account(committee, officer.code)
    fid = (filer_id or str(known.get("filer_id") or "")).strip().upper()
    if not fid:
        raise NeedsAccount(f"{officer.the_name} knows the committee by its own filer ID (it "
                           "looks like ABC-123456); give it once (submit --filer-id) and it "
                           "is remembered", "filer_id")
    reply = (email if email is not None else str(known.get("email") or "")).strip()
    if not reply:
        reply = CalRecord(list(cover)).get("Tres_Email") or CalRecord(list(cover)).get(
            "File_Email") or ""
    saved = known.get("signer_ids")
    given = signer_ids if signer_ids is not None else saved if isinstance(saved, list) else ()
    signers = tuple(str(s).strip().upper() for s in given if str(s).strip())
    if officer.signers_required and not signers:
        raise NeedsAccount(f"{officer.the_name} requires each signer's signer ID and PIN; give "
                           "the treasurer's (and the candidate's) signer ID once (submit "
                           "--signer ID) and it is remembered", "signer_ids")
    entry = {"filer_id": fid, "email": reply, "signer_ids": list(signers)}
    if remember and known != entry:  # the profile is written only when something changed
        accounts = dict((committee.profile or {}).get(ACCOUNTS_KEY) or {})
        accounts[officer.code] = entry
        committee.profile = {**(committee.profile or {}), ACCOUNTS_KEY: accounts}
    return Destination("netfile", url, officer.code, officer.name, fid, reply, signers,
                       officer.signers_required)
