"""The e-filing password (and vendor PIN) in the operating system's keyring.

Nothing else in the app stores a secret: not the database, the settings file or a
log, not even encoded. When no secure keyring exists (a headless Linux machine,
or only ``keyrings.alt``'s file backends, which keep passwords in a plain or
merely encoded file) ``usable()`` says why, and the app asks for the password at
send time instead. ``allow_weak=True`` (the ``allow_weak_keyring`` setting)
accepts a file backend: for practice machines and tests only.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

SERVICE = "calaccess-desktop e-filing"
WEAK_MODULES = ("keyrings.alt", "keyring.backends.fail", "keyring.backends.null")


class SecretsUnavailableError(Exception):
    """No keyring can hold the secret; ``str(exc)`` says why in plain words."""


@dataclass(frozen=True)
class KeyringInfo:
    """Which keyring would be used, and whether it may be."""

    usable: bool
    backend: str
    why: str = ""


def _name(backend: Any) -> str:
    return f"{type(backend).__module__}.{type(backend).__name__}"


def _weak(backend: Any) -> bool:
    module = type(backend).__module__
    return module.startswith(WEAK_MODULES) or getattr(backend, "priority", 1) <= 0


def _first(backend: Any) -> Any:
    """The backend that would store a secret (the first of a chain)."""
    chained = getattr(backend, "backends", None)
    if isinstance(chained, list | tuple):
        return chained[0] if chained else None
    return backend


def info(*, allow_weak: bool = False) -> KeyringInfo:
    """The keyring that would store secrets, and if it may."""
    import keyring

    try:
        backend = keyring.get_keyring()
    except Exception:  # e.g. a keyring named by PYTHON_KEYRING_BACKEND that cannot load
        return KeyringInfo(False, "none", "the system keyring could not be loaded (if "
                           "PYTHON_KEYRING_BACKEND is set, check the keyring it names)")
    target = _first(backend)
    name = _name(target if target is not None else backend)
    if target is None or type(target).__module__.startswith(
            ("keyring.backends.fail", "keyring.backends.null")):
        return KeyringInfo(False, name, "no keyring service was found on this computer "
                           "(such as GNOME Keyring, KWallet, macOS Keychain or Windows "
                           "Credential Manager)")
    if _weak(target) and not allow_weak:
        return KeyringInfo(False, name, f"the only keyring found ({type(target).__name__}) "
                           "keeps passwords in a plain file, where this app does not put them")
    return KeyringInfo(True, name)


def _username(filer_id: str) -> str:
    return f"filer:{filer_id.strip().upper()}"


def _vendor(vendor_id: str) -> str:
    return f"vendor-pin:{vendor_id.strip().upper()}"


def _call(method: str, *args: str, allow_weak: bool) -> Any:
    import keyring
    from keyring.errors import KeyringError

    state = info(allow_weak=allow_weak)
    if not state.usable:
        raise SecretsUnavailableError(state.why)
    from keyring.errors import PasswordDeleteError

    try:
        return getattr(keyring, method)(SERVICE, *args)
    except PasswordDeleteError:
        raise
    except KeyringError as exc:
        raise SecretsUnavailableError(
            f"the keyring did not answer ({type(exc).__name__})") from None
    except Exception:  # a backend's own failure (D-Bus gone, a locked store ...)
        raise SecretsUnavailableError("the keyring did not answer (it may be locked, or "
                                      "its service stopped)") from None


def get_password(filer_id: str, *, allow_weak: bool = False) -> str | None:
    """The saved e-filing password of a filer, or None when none is saved."""
    value = _call("get_password", _username(filer_id), allow_weak=allow_weak)
    return str(value) if value else None


def set_password(filer_id: str, password: str, *, allow_weak: bool = False) -> None:
    """Save a filer's e-filing password in the keyring."""
    _call("set_password", _username(filer_id), password, allow_weak=allow_weak)


def delete_password(filer_id: str, *, allow_weak: bool = False) -> bool:
    """Forget a filer's password; False when none was saved."""
    from keyring.errors import PasswordDeleteError

    try:
        _call("delete_password", _username(filer_id), allow_weak=allow_weak)
    except PasswordDeleteError:
        return False
    return True


def get_vendor_pin(vendor_id: str, *, allow_weak: bool = False) -> str:
    """The vendor PIN saved for a vendor ID ('' when none, or no keyring)."""
    try:
        value = _call("get_password", _vendor(vendor_id), allow_weak=allow_weak)
    except SecretsUnavailableError:
        return ""
    return str(value or "")


def set_vendor_pin(vendor_id: str, pin: str, *, allow_weak: bool = False) -> None:
    """Save the vendor PIN in the keyring."""
    _call("set_password", _vendor(vendor_id), pin, allow_weak=allow_weak)
