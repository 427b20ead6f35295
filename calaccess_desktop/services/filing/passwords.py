"""Filer credentials: the password (given or from the keyring), vendor ID and PIN."""

from __future__ import annotations

from dataclasses import dataclass

from calaccess_desktop import secrets
from calaccess_desktop.efile.protocol import Credentials
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
