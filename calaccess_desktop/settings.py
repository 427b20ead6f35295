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
from typing import Any, Literal

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

    model_config = ConfigDict(extra="ignore", validate_assignment=True, strict=True,
                              allow_inf_nan=False)

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
    connect_timeout: float = Field(default=10.0, gt=0, le=3600, title="Connect timeout (seconds)")
    read_timeout: float = Field(default=90.0, gt=0, le=3600, title="Answer timeout (seconds)")
    retry_base_seconds: float = Field(default=5.0, gt=0, le=86400,
                                      title="First wait before a retry",
                                      description="Seconds; doubles on each retry.")
    retry_max_seconds: float = Field(default=900.0, gt=0, le=7 * 86400,
                                     title="Longest wait between retries")
    poll_first_seconds: float = Field(default=1.0, gt=0, le=3600,
                                      title="First wait for the server's answer")
    language: Literal["system", "en", "es"] = Field(
        default="system", title="Language",
        description="The language of the window: the system's (Spanish when the system is "
        "in Spanish, else English), English or Spanish. Used from the next start.")
    check_for_updates: bool = Field(
        default=False, title="Check for a newer version",
        description="When online, read the project's small release feed (nothing about you "
        "is sent) and say in the status bar when a newer version exists. Never during the "
        "last 7 days before a filing is due; never installs anything.")
    counter_mode: bool = Field(
        default=False, title="Counter mode",
        description="For a public counter: a clean start screen for each visitor, a lock "
        "after idle time, and nothing of one visitor's committee left for the next.")
    counter_idle_minutes: int = Field(
        default=5, ge=1, le=240, title="Lock after (minutes without use)",
        description="Counter mode: the window locks after this many minutes without use.")

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


FIX = "Correct it, or delete the file to use the default settings."


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number JSON allows")


def _json_kind(value: Any) -> str:
    """What a JSON value is, in words."""
    if isinstance(value, bool) or value is None:
        return json.dumps(value)
    kinds = {list: "a list", str: "text", int: "a number", float: "a number"}
    return kinds.get(type(value), "something else")


def _read(path: Path) -> dict[str, Any] | None:
    """The file's JSON object (None when there is no file); SettingsError otherwise."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except IsADirectoryError:
        raise SettingsError(f"{path}: cannot be read: it is a folder, not a settings file. "
                            "Remove or rename the folder to use the default settings.") from None
    except PermissionError:
        raise SettingsError(f"{path}: cannot be read: permission denied. Allow your user to "
                            "read it, or delete it to use the default settings.") from None
    except UnicodeDecodeError:
        raise SettingsError(f"{path}: cannot be read: it is not a text file. {FIX}") from None
    except OSError as exc:
        from calaccess_desktop.boundary import os_message

        reason = os_message(OSError(exc.errno, exc.strerror))  # the reason, not the name again
        raise SettingsError(f"{path}: cannot be read: {reason} Or delete it to use the default "
                            "settings.") from None
    try:
        doc = json.loads(text, parse_constant=_refuse_constant)
    except json.JSONDecodeError as exc:
        raise SettingsError(f"{path}: cannot be read: it is not valid JSON (line {exc.lineno}, "
                            f"column {exc.colno}: {exc.msg}). {FIX}") from None
    except (ValueError, RecursionError) as exc:
        raise SettingsError(f"{path}: cannot be read: it is not valid JSON ({exc}). "
                            f"{FIX}") from None
    if not isinstance(doc, dict):
        raise SettingsError(f"{path}: is not a settings file: it must hold one JSON object "
                            f"({{...}}), not {_json_kind(doc)}. {FIX}")
    return doc


def _version(path: Path, doc: dict[str, Any]) -> int:
    """The file's settings version (0 when it has none)."""
    version = doc.get("version", 0)
    if type(version) is not int or version < 0:
        raise SettingsError(f"{path}: version: must be a whole number such as "
                            f"{SETTINGS_VERSION}, not {json.dumps(version)[:40]}. {FIX}")
    return version


def _problem(error: Any) -> str:
    """One pydantic finding as 'key (label): what is wrong'."""
    loc = ".".join(map(str, error["loc"])) or "settings"
    field = Settings.model_fields.get(str(error["loc"][0])) if error["loc"] else None
    label = f" ({field.title})" if field is not None and field.title else ""
    msg = str(error["msg"]).removeprefix("Value error, ")
    return f"{loc}{label}: {msg}"


def load(path: Path | None = None) -> Settings:
    """The saved settings (defaults when there is no file). A file that cannot be used
    raises SettingsError naming the file, the key and what to do."""
    path = path or settings_path()
    doc = _read(path)
    if doc is None:
        return Settings()
    version = _version(path, doc)
    for step in range(version, SETTINGS_VERSION):
        doc = UPGRADES[step](doc)
    newer = version > SETTINGS_VERSION
    doc["version"] = version if newer else SETTINGS_VERSION
    try:
        return Settings.model_validate(doc)
    except ValidationError as exc:
        problems = "; ".join(_problem(e) for e in exc.errors())
        raise SettingsError(f"{path}: {problems}. {FIX}") from None


def load_or_defaults(path: Path | None = None) -> tuple[Settings, str | None]:
    """The saved settings, or the defaults with the reason when the file cannot be used
    (for the window, which must start anyway and can save good settings over it)."""
    try:
        return load(path), None
    except SettingsError as exc:
        return Settings(), f"{exc} Until then the default settings are used."


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
