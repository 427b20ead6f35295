"""Damaged and hostile bundles: each is refused with plain words (exit 1, no traceback),
nothing is imported and nothing is written outside the data file (nothing at all)."""

from __future__ import annotations

import io
import json
import stat
import zipfile
from pathlib import Path
from typing import Any

import pytest

from calaccess_desktop.cli import main
from calaccess_desktop.services.bundle import archive


@pytest.fixture(scope="module")
def good(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    home = tmp_path_factory.mktemp("good")
    db = home / "source.sqlite"
    assert main(["demo", "--db", str(db)]) == 0
    out = home / "good.zip"
    assert main(["bundle", "1", "-o", str(out), "--db", str(db)]) == 0
    return out.read_bytes()


def _members(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return {n: zf.read(n) for n in zf.namelist()}


def _zip(members: dict[str, bytes], extra: list[zipfile.ZipInfo] | None = None) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, body in members.items():
            zf.writestr(name, body)
        for info in extra or []:
            zf.writestr(info, b"/etc/passwd")
    return out.getvalue()


def _with_payload(good: bytes, change: object) -> bytes:
    """The good bundle with its rows changed by ``change`` and the manifest's sums fixed,
    so only the rows themselves are hostile."""
    members = _members(good)
    payload = json.loads(members["committee.json"])
    change(payload)  # type: ignore[operator]
    manifest = json.loads(members.pop("manifest.json"))
    members.pop("committee.json")
    return archive.write(manifest, payload, members)


def _link(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name)
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    return info


def _bomb() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("manifest.json", b"{}")
        zf.writestr("committee.json", b" " * (50 << 20))  # 50 MB of spaces: ~50 KB packed
    return out.getvalue()


def _set(path: list[object], value: object) -> object:
    def change(payload: dict[str, object]) -> None:
        here: object = payload
        for step in path[:-1]:
            here = here[step]  # type: ignore[index]
        here[path[-1]] = value  # type: ignore[index]
    return change


CASES: dict[str, tuple[object, str]] = {
    "not a zip": (b"hello, not a bundle", "not a hand-off bundle"),
    "empty": (b"", "not a hand-off bundle"),
    "cut off": ("cut", "not a hand-off bundle"),
    "zip slip": ({"../../evil.txt": b"x"}, "reach outside"),
    "absolute": ({"/tmp/evil.txt": b"x"}, "absolute path"),
    "drive": ({"C:/evil.txt": b"x"}, "absolute path"),
    "backslash": ({"..\\evil.txt": b"x"}, "backslash"),
    "symlink": ("link", "symbolic link"),
    "bomb": ("bomb", "zip bomb"),
    "no manifest": ({"committee.json": b"{}"}, "no manifest.json"),
    "other zip": ({"manifest.json": b'{"format": "something else"}'}, "not a hand-off bundle"),
    "newer format": ({"manifest.json": json.dumps({"format": archive.FORMAT,
                                                   "format_version": 99}).encode()},
                     "newer version"),
    "tampered": ("tamper", "do not match"),
    "missing member": ("missing", "missing from it"),
    "rows not json": ("notjson", "damaged"),
    "two committees": (_set(["tables", "committees"], []), "exactly one committee"),
    "text for a number": (_set(["tables", "records", 0, "amount_cents"], "lots"),
                          "not a whole number"),
    "bad date": (_set(["tables", "statements", 0, "period_from"], "2026-13-45"),
                 "is not a date"),
    "link to nowhere": (_set(["tables", "records", 0, "statement_id"], 999999),
                        "not in the bundle"),
    "row not object": (_set(["tables", "contacts", 0], [1, 2, 3]), "not a set of named"),
    "newer schema": ("schema", "newer version"),
    "same id twice": ("twice", "the same number"),
    "unknown status": (_set(["tables", "statements", 0, "status"], "hacked"),
                       "not one this program knows"),
    "huge name": (_set(["tables", "committees", 0, "name"], "x" * 50_000), "far longer"),
    "same Tran_ID twice": ("trans", "same transaction ID"),
    "values of numbers": (_set(["tables", "records", 0, "values"], [1] * 66),
                          "not a list of CAL fields"),
    "values of lists": (_set(["tables", "records", 0, "values"], [[["x"]]] * 66),
                        "not a list of CAL fields"),
    "no values": (_set(["tables", "records", 0, "values"], []), "names its type and form"),
    "empty cover": (_set(["tables", "statements", 0, "cover"], []), "names its type and form"),
    "cover of numbers": (_set(["tables", "statements", 0, "cover"], [7] * 70),
                         "not a list of CAL fields"),
    "no name": ("noname", "lacks name"),
}


def _build(good: bytes, how: object) -> bytes:
    if isinstance(how, bytes):
        return how
    if isinstance(how, dict):
        return _zip(how)
    members = _members(good)
    if how == "cut":
        return good[: len(good) // 2]
    if how == "link":
        return _zip(members, [_link("filed/statement.cal")])
    if how == "bomb":
        return _bomb()
    if how == "tamper":
        members["committee.json"] = members["committee.json"].replace(b"Lopez", b"Lopes")
        return _zip(members)
    if how == "missing":
        members.pop("committee.json")
        return _zip(members)
    if how == "notjson":
        return _zip({**members, "committee.json": b"{not json"})
    if how == "trans":
        def clash(p: dict[str, Any]) -> None:
            first, second = p["tables"]["records"][:2]
            # The Tran_ID is read from the values (the columns are derived from them).
            for key in ("statement_id", "rec_type", "form_type", "tran_id", "values"):
                second[key] = first[key]
        return _with_payload(good, clash)
    if how == "twice":
        return _with_payload(good, lambda p: p["tables"]["records"].append(
            dict(p["tables"]["records"][0])))
    if how == "noname":
        return _with_payload(good, lambda p: p["tables"]["committees"][0].pop("name"))
    if how == "schema":
        manifest = json.loads(members["manifest.json"])
        manifest["schema"] = "9999"
        members["manifest.json"] = json.dumps(manifest).encode()
        return _zip(members)
    return _with_payload(good, how)


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_hostile_bundle_is_refused_in_words(case: str, good: bytes, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    how, words = CASES[case]
    data = _build(good, how)
    bundle = tmp_path / "in" / "bundle.zip"
    bundle.parent.mkdir()
    bundle.write_bytes(data)
    db = tmp_path / "data" / "target.sqlite"
    db.parent.mkdir()
    assert main(["demo", "--db", str(db)]) == 0
    before = db.read_bytes()
    around = sorted(p.name for p in tmp_path.rglob("*"))
    capsys.readouterr()
    for preview in (["--preview"], []):
        code = main(["import-bundle", str(bundle), *preview, "--db", str(db)])
        err = capsys.readouterr().err
        assert code == 1, (case, err)
        assert words in err, (case, err)
        assert "Traceback" not in err
        assert "othing was imported" in err or "install it" in err, (case, err)
    assert db.read_bytes() == before
    assert sorted(p.name for p in tmp_path.rglob("*")) == around
    assert not (tmp_path.parent / "evil.txt").exists()


def test_a_missing_bundle_and_a_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "d.sqlite"
    assert main(["import-bundle", str(tmp_path / "nope.zip"), "--db", str(db)]) == 1
    assert "no such file" in capsys.readouterr().err
    assert main(["import-bundle", str(tmp_path), "--db", str(db)]) == 1
    assert "folder" in capsys.readouterr().err


def test_a_bundles_amount_is_read_from_its_values(good: bytes, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    """An entry's amount column that its values do not say (2**62 cents) is not taken:
    the entry comes in with the amount its CAL values give, and its totals add up."""
    import sqlite3

    payload = json.loads(_members(good)["committee.json"])
    record = next(r for r in payload["tables"]["records"] if r["amount_cents"])
    honest = record["amount_cents"]

    def inflate(p: dict[str, Any]) -> None:
        for r in p["tables"]["records"]:
            if r["id"] == record["id"]:
                r["amount_cents"] = 2**62

    bundle = tmp_path / "inflated.zip"
    bundle.write_bytes(_with_payload(good, inflate))
    db = tmp_path / "empty.sqlite"
    assert main(["import-bundle", str(bundle), "--db", str(db)]) == 0, capsys.readouterr().err
    con = sqlite3.connect(db)
    try:
        amounts = [row[0] for row in con.execute(
            "select amount_cents from records where tran_id = ?", (record["tran_id"],))]
    finally:
        con.close()
    assert amounts and all(a == honest for a in amounts), amounts
    capsys.readouterr()
    assert main(["summary", "1", "--db", str(db)]) == 0
    assert "Traceback" not in capsys.readouterr().err
