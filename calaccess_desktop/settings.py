"""Non-secret settings: one versioned pydantic model, saved as JSON in the config folder.

The folder is platformdirs' ``user_config_dir("calaccess-desktop")``, or
``$CALACCESS_CONFIG_DIR`` when set (tests, portable installs). Passwords never go
here: they live in the system keyring (``secrets.py``). A file from an older
version is upgraded step by step (``UPGRADES``); a file from a newer version is
read (unknown keys ignored) but never overwritten.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from calaccess_desktop import APP_NAME
from calaccess_desktop.efile.protocol import EndpointError, check_endpoint
from calaccess_desktop.errors import UserError

SETTINGS_VERSION = 1
ENV_DIR = "CALACCESS_CONFIG_DIR"
FILE_NAME = "settings.json"
PRACTICE_ENDPOINT = "http://127.0.0.1:8765"


class SettingsError(UserError):
    """The settings file cannot be used; the message names it and says why."""


class Settings(BaseModel):
    """Every option, declared once with its default and label."""

    model_config = ConfigDict(extra="ignore", validate_assignment=True)

    version: int = SETTINGS_VERSION
    endpoint_url: str = Field(
        default=PRACTICE_ENDPOINT, title="Filing server",
        description="Where statements are e-filed (https; plain http only on this computer). "
        "The default is the practice server: `calaccess-desktop practice-server`.")
    vendor_id: str = Field(default="CALDESK", title="Vendor ID",
                           description="The software vendor's ID sent with each filing.")
    itemization_variant: str | None = Field(
        default=None, title="Itemization variant", description="Reserved for a later version.")
    allow_weak_keyring: bool = Field(
        default=False, title="Allow a file-based keyring",
        description="Store the e-filing password in a keyring that keeps it in a plain file "
        "(keyrings.alt). Only for practice machines and tests.")
    connect_timeout: float = Field(default=10.0, gt=0, title="Connect timeout (seconds)")
    read_timeout: float = Field(default=90.0, gt=0, title="Answer timeout (seconds)")
    retry_base_seconds: float = Field(default=5.0, gt=0, title="First wait before a retry",
                                      description="Seconds; doubles on each retry.")
    retry_max_seconds: float = Field(default=900.0, gt=0, title="Longest wait between retries")
    poll_first_seconds: float = Field(default=1.0, gt=0, title="First wait for the server's answer")

    @field_validator("endpoint_url")
    @classmethod
    def _endpoint(cls, value: str) -> str:
        try:
            return check_endpoint(value)
        except EndpointError as exc:
            raise ValueError(str(exc)) from None


def _from_0(doc: dict[str, Any]) -> dict[str, Any]:
    """Version 0 (no version key, early builds) named the endpoint ``server_url``."""
    if "server_url" in doc and "endpoint_url" not in doc:
        doc["endpoint_url"] = doc.pop("server_url")
    return doc


UPGRADES: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {0: _from_0}


def config_dir() -> Path:
    """The folder holding settings.json."""
    override = os.environ.get(ENV_DIR)
    if override:
        return Path(override).expanduser()
    from platformdirs import user_config_dir

    return Path(user_config_dir(APP_NAME, appauthor=False))


def settings_path() -> Path:
    """The settings file."""
    return config_dir() / FILE_NAME


def load(path: Path | None = None) -> Settings:
    """The saved settings (defaults when there is no file)."""
    path = path or settings_path()
    if not path.exists():
        return Settings()
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise SettingsError(f"{path}: cannot be read ({exc}); fix or delete it") from None
    if not isinstance(doc, dict):
        raise SettingsError(f"{path}: is not a settings file (expected a JSON object)")
    version = int(doc.get("version", 0))
    for step in range(version, SETTINGS_VERSION):
        doc = UPGRADES[step](doc)
    newer = version > SETTINGS_VERSION
    doc["version"] = version if newer else SETTINGS_VERSION
    try:
        return Settings.model_validate(doc)
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
        raise SettingsError(f"{path}: {problems}") from None


def save(settings: Settings, path: Path | None = None) -> Path:
    """Write the settings atomically; refuses to overwrite a newer version's file."""
    path = path or settings_path()
    if settings.version > SETTINGS_VERSION:
        raise SettingsError(f"{path}: written by a newer calaccess-desktop (settings version "
                            f"{settings.version}); not overwritten")
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    tmp.write_text(settings.model_dump_json(indent=2) + "\n", encoding="utf-8")
    tmp.replace(path)
    return path
