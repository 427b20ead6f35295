"""Filer credentials: the password (given or from the keyring), vendor ID and PIN."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from calaccess_desktop import secrets
from calaccess_desktop.efile.protocol import Credentials, Signer
from calaccess_desktop.settings import Settings


def credentials(filer_id: str, password: str, settings: Settings) -> Credentials:
    """Credentials for a filer: the password given, the vendor ID from the settings and
    the vendor PIN from the keyring ('' when none is saved)."""
    pin = secrets.get_vendor_pin(settings.vendor_id, allow_weak=settings.allow_weak_keyring)
    return Credentials(filer_id.strip().upper(), password, settings.vendor_id, pin)


@dataclass(frozen=True)
class SavedCredentials:
    """What the keyring gave: credentials, or why the password must be asked for and
    whether a typed password can be saved there."""

    creds: Credentials | None
    why: str = ""
    can_save: bool = False


def saved_credentials(filer_id: str, settings: Settings) -> SavedCredentials:
    """The filer's credentials from the keyring, or why the password must be asked."""
    try:
        password = secrets.get_password(filer_id, allow_weak=settings.allow_weak_keyring)
    except secrets.SecretsUnavailableError as exc:
        return SavedCredentials(None, f"no secure keyring is available ({exc}), so the "
                                "password is not saved and is asked at each send")
    if password is None:
        return SavedCredentials(None, f"no e-filing password is saved yet for filer "
                                f"{filer_id}", True)
    return SavedCredentials(credentials(filer_id, password, settings))


def remember_password(filer_id: str, password: str, settings: Settings) -> str:
    """Save the password in the keyring; returns what happened, in words."""
    try:
        secrets.set_password(filer_id, password, allow_weak=settings.allow_weak_keyring)
    except secrets.SecretsUnavailableError as exc:
        return f"the password was not saved ({exc}); it will be asked again next time"
    state = secrets.info(allow_weak=settings.allow_weak_keyring)
    return f"the password was saved in the system keyring ({state.backend})"


def forget_password(filer_id: str, settings: Settings) -> bool:
    """Remove a saved password (after the server refused it)."""
    try:
        return secrets.delete_password(filer_id, allow_weak=settings.allow_weak_keyring)
    except secrets.SecretsUnavailableError:
        return False


def _signer_key(signer_id: str) -> str:
    # Kept through the keyring's filer entries under a name no filer ID can have.
    return f"SIGNER-PIN {signer_id.strip().upper()}"


def saved_signer_pin(signer_id: str, settings: Settings) -> str | None:
    """A signer's PIN from the keyring (None when none is saved or no keyring works)."""
    try:
        return secrets.get_password(_signer_key(signer_id),
                                    allow_weak=settings.allow_weak_keyring)
    except secrets.SecretsUnavailableError:
        return None


def remember_signer_pin(signer_id: str, pin: str, settings: Settings) -> bool:
    """Save a signer's PIN in the keyring; False when no keyring can keep it."""
    try:
        secrets.set_password(_signer_key(signer_id), pin, allow_weak=settings.allow_weak_keyring)
    except secrets.SecretsUnavailableError:
        return False
    return True


def with_signers(creds: Credentials, signer_ids: Sequence[str],
                 pin_for: Callable[[str], str | None]) -> Credentials:
    """The credentials with each signer's ID and PIN (``pin_for(signer_id)``)."""
    return replace(creds, signers=tuple(Signer(s, pin_for(s) or "") for s in signer_ids))
