"""The same demo on a SQLite file and on a PostgreSQL database: the list, every
statement's summary, findings and .CAL export are identical, byte for byte."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.pg.server import Cluster
from tests.pg.test_pg_store import run


def _everything(capsys: pytest.CaptureFixture[str], db: str, out: Path) -> dict[str, object]:
    code, listed, err = run(capsys, "list", "--json", "--db", db)
    assert code == 0, err
    seen: dict[str, object] = {"list": json.loads(listed)}
    ids = [s["id"] for c in seen["list"]["committees"] for s in c["statements"]]  # type: ignore[index]
    assert len(ids) >= 10
    for sid in ids:
        code, summary, err = run(capsys, "summary", str(sid), "--json", "--db", db)
        seen[f"summary {sid}"] = (code, json.loads(summary) if code == 0 else err)
        code, findings, _ = run(capsys, "validate", str(sid), "--json", "--db", db)
        seen[f"validate {sid}"] = (code, json.loads(findings))
        target = out / f"{sid}.cal"
        code, _, err = run(capsys, "export", str(sid), "-o", str(target), "--db", db)
        seen[f"export {sid}"] = (code, target.read_bytes() if code == 0 else err)
    return seen


def test_the_demo_is_the_same_on_both_stores(pg_cluster: Cluster, tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    file_db = str(tmp_path / "demo.sqlite")
    server_db = pg_cluster.fresh_database()
    for db in (file_db, server_db):
        code, _, err = run(capsys, "demo", "--all-forms", "--db", db)
        assert code == 0, err
    (tmp_path / "f").mkdir()
    (tmp_path / "p").mkdir()
    on_file = _everything(capsys, file_db, tmp_path / "f")
    on_server = _everything(capsys, server_db, tmp_path / "p")
    assert on_file.keys() == on_server.keys()
    for key in on_file:
        assert on_file[key] == on_server[key], key
    for kind, at_least in (("export", 8), ("summary", 5)):
        done = [v for k, v in on_file.items() if k.startswith(kind)]
        assert sum(1 for code, _ in done if code == 0) >= at_least, kind  # type: ignore[misc]
    pg_cluster.drop(server_db)
