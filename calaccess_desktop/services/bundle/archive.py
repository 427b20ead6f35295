"""The bundle file: a zip holding ``manifest.json``, ``committee.json`` (the rows) and
``filed/*.cal`` (the frozen bytes of each submission), read with suspicion.

Nothing in a bundle is ever written out as a file: its members are read into memory,
checked against the manifest's sizes and SHA-256 sums, and their contents go into the
data file. A member whose name could reach outside a folder (``..``, an absolute path, a
drive letter, a backslash), a link, an encrypted or oversized member, too many members
or a zip bomb are refused in words before anything is read.
"""

from __future__ import annotations

import hashlib
import io
import json
import stat
import zipfile
from dataclasses import dataclass
from typing import Any

import orjson

from calaccess_desktop.errors import UserError

FORMAT = "calaccess-desktop hand-off bundle"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
PAYLOAD = "committee.json"
MAX_MEMBERS = 20_000
MAX_MEMBER = 1 << 30  # 1 GiB once unpacked
MAX_TOTAL = 4 << 30
MAX_RATIO = 200  # unpacked / packed, for members over a megabyte


class BundleError(UserError):
    """The bundle cannot be used (the message names the file and says why)."""


@dataclass(frozen=True, slots=True)
class Bundle:
    """A bundle read and checked: its manifest, its rows and its member files."""

    manifest: dict[str, Any]
    payload: dict[str, Any]
    files: dict[str, bytes]


def write(manifest: dict[str, Any], payload: dict[str, Any], files: dict[str, bytes]) -> bytes:
    """The zip bytes: the manifest lists every other member with its size and SHA-256."""
    body = orjson.dumps(payload, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS)
    members = {PAYLOAD: body, **files}
    manifest = {**manifest, "members": {
        name: {"size": len(data), "sha256": hashlib.sha256(data).hexdigest()}
        for name, data in members.items()}}
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(MANIFEST, json.dumps(manifest, indent=1, sort_keys=True))
        for name, data in members.items():
            zf.writestr(name, data)
    return out.getvalue()


def bad_name(name: str) -> str:
    """Why a member name is refused ('' when it is a plain relative name)."""
    if not name or "\x00" in name:
        return "has an empty or broken name"
    if "\\" in name:
        return "has a backslash in its name"
    if name.startswith("/") or (len(name) > 1 and name[1] == ":"):
        return "has an absolute path"
    if any(part in ("..", ".") for part in name.split("/")):
        return "has '..' or '.' in its path (it would reach outside its folder)"
    return ""


def read(data: bytes, shown: str) -> Bundle:
    """Check and read a bundle's bytes (``shown``: its name in messages)."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise BundleError(f"{shown}: this is not a hand-off bundle (not a zip file, or a "
                          "damaged one). Nothing was imported.") from exc
    with zf:
        infos = zf.infolist()
        _check_members(infos, shown)
        names = {i.filename: i for i in infos if not i.is_dir()}
        if MANIFEST not in names:
            raise BundleError(f"{shown}: this zip file is not a hand-off bundle (it has no "
                              f"{MANIFEST}). Nothing was imported.")
        manifest = _json(_member(zf, names[MANIFEST], shown), MANIFEST, shown)
        if manifest.get("format") != FORMAT:
            raise BundleError(f"{shown}: this zip file is not a hand-off bundle. Nothing was "
                              "imported.")
        version = manifest.get("format_version")
        if not isinstance(version, int) or version > FORMAT_VERSION:
            raise BundleError(f"{shown}: this bundle was made by a newer version of "
                              "calaccess-desktop (bundle format "
                              f"{str(version)[:20]}); install it to import the bundle.")
        listed = manifest.get("members")
        if not isinstance(listed, dict) or PAYLOAD not in listed:
            raise BundleError(f"{shown}: the bundle's list of contents is missing or damaged. "
                              "Nothing was imported.")
        files: dict[str, bytes] = {}
        for name, facts in listed.items():
            info = names.get(name)
            if info is None or not isinstance(facts, dict):
                raise BundleError(f"{shown}: {name}: listed in the bundle but missing from it "
                                  "(the bundle is incomplete). Nothing was imported.")
            body = _member(zf, info, shown)
            if len(body) != facts.get("size") or \
                    hashlib.sha256(body).hexdigest() != facts.get("sha256"):
                raise BundleError(f"{shown}: {name}: damaged (its contents do not match the "
                                  "bundle's list). Nothing was imported.")
            files[name] = body
    payload = _json(files.pop(PAYLOAD), PAYLOAD, shown)
    return Bundle(manifest, payload, files)


def _check_members(infos: list[zipfile.ZipInfo], shown: str) -> None:
    if len(infos) > MAX_MEMBERS:
        raise BundleError(f"{shown}: the bundle holds {len(infos):,} files, more than a "
                          f"bundle ever does ({MAX_MEMBERS:,}). Nothing was imported.")
    total, seen = 0, set()
    for info in infos:
        name = info.filename
        why = bad_name(name)
        kind = stat.S_IFMT(info.external_attr >> 16)
        if not why and kind == stat.S_IFLNK:
            why = "is a symbolic link"
        if not why and info.flag_bits & 0x1:
            why = "is encrypted"
        if not why and name in seen:
            why = "appears twice"
        if not why and info.file_size > MAX_MEMBER:
            why = f"is too large ({info.file_size:,} bytes unpacked)"
        if not why and info.file_size > 1 << 20 and \
                info.file_size > MAX_RATIO * max(info.compress_size, 1):
            why = "unpacks to far more than its packed size (a zip bomb)"
        if why:
            raise BundleError(f"{shown}: the member {name[:80]!r} {why}; the bundle is refused "
                              "and nothing was imported or written.")
        seen.add(name)
        total += info.file_size
    if total > MAX_TOTAL:
        raise BundleError(f"{shown}: the bundle unpacks to {total:,} bytes, more than a "
                          "bundle ever holds. Nothing was imported.")


def _member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, shown: str) -> bytes:
    try:
        with zf.open(info) as f:
            body = f.read(MAX_MEMBER + 1)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, RuntimeError,
            NotImplementedError) as exc:
        raise BundleError(f"{shown}: {info.filename}: cannot be read ({exc}); the bundle is "
                          "damaged. Nothing was imported.") from exc
    except Exception as exc:  # zlib.error and the like: a damaged member
        raise BundleError(f"{shown}: {info.filename}: cannot be read; the bundle is damaged. "
                          "Nothing was imported.") from exc
    if len(body) > MAX_MEMBER:
        raise BundleError(f"{shown}: {info.filename} is too large. Nothing was imported.")
    return body


def _json(body: bytes, name: str, shown: str) -> dict[str, Any]:
    try:
        value = orjson.loads(body)
    except (orjson.JSONDecodeError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise BundleError(f"{shown}: {name} is damaged (not readable JSON). Nothing was "
                          "imported.") from exc
    if not isinstance(value, dict):
        raise BundleError(f"{shown}: {name} is damaged (not a JSON object). Nothing was "
                          "imported.")
    return value
