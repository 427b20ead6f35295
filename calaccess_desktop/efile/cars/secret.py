"""The CARS client secret in the OS keyring (``secrets.py``'s service and its rules:
no plain-file keyrings unless ``allow_weak``)."""

from __future__ import annotations

from calaccess_desktop import secrets


def _username(tenant_id: str, client_id: str) -> str:
    return f"cars-client:{tenant_id.strip().lower()}:{client_id.strip().lower()}"


def load_client_secret(tenant_id: str, client_id: str, *, allow_weak: bool = False
                       ) -> str | None:
    """The saved client secret, or None (raises ``secrets.SecretsUnavailableError``)."""
    state = secrets.info(allow_weak=allow_weak)
    if not state.usable:
        raise secrets.SecretsUnavailableError(state.why)
    import keyring

    try:
        value = keyring.get_password(secrets.SERVICE, _username(tenant_id, client_id))
    except Exception:  # a backend's own failure (locked, stopped)
        raise secrets.SecretsUnavailableError("the keyring did not answer (it may be "
                                              "locked, or its service stopped)") from None
    return str(value) if value else None


def save_client_secret(tenant_id: str, client_id: str, secret: str, *,
                       allow_weak: bool = False) -> None:
    """Save the client secret in the keyring."""
    state = secrets.info(allow_weak=allow_weak)
    if not state.usable:
        raise secrets.SecretsUnavailableError(state.why)
    import keyring

    try:
        keyring.set_password(secrets.SERVICE, _username(tenant_id, client_id), secret)
    except Exception:
        raise secrets.SecretsUnavailableError("the keyring did not answer (it may be "
                                              "locked, or its service stopped)") from None
