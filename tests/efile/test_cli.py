"""The e-filing commands: submit, outbox (list, --retry, --log, --json), exit codes."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from calaccess_desktop.cli import main
from calaccess_desktop.efile.practice_server import PracticeServer
from calaccess_desktop.services.editing import create_committee, create_statement
from calaccess_desktop.services.store import Store
from tests.efile.helpers import PASSWORD, accepted_filings


def run(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        *argv: str) -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_queue_offline_then_send_from_the_outbox(
        demo: Store, db_path: Path, practice: PracticeServer, config_dir: Path,
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    db = str(db_path)
    code, out, _ = run(capsys, monkeypatch, "submit", "3", "--server", practice.url,
                       "--queue-only", "--db", db)
    assert code == 0 and "frozen for filing as submission 1" in out
    code, out, _ = run(capsys, monkeypatch, "outbox", "--db", db)
    assert "waiting to send" in out and "F497" in out
    assert accepted_filings(practice) == []

    code, out, _ = run(capsys, monkeypatch, "outbox", "--retry", "--password-stdin", "--db", db)
    assert code == 0 and "Accepted: statement 3 was filed as CA-9000001" in out
    code, out, _ = run(capsys, monkeypatch, "outbox", "--json", "--db", db)
    [row] = json.loads(out)
    assert (row["state"], row["filing_id"], row["statement"]) == ("accepted", "CA-9000001", 3)
    code, out, _ = run(capsys, monkeypatch, "outbox", "--log", "1", "--db", db)
    assert "Filing ID:       CA-9000001" in out and "ACCEPTED as filing CA-9000001" in out
    code, out, _ = run(capsys, monkeypatch, "list", "--json", "--db", db)
    statuses = [s["status"] for s in json.loads(out)["committees"][0]["statements"]]
    assert statuses == ["draft", "draft", "filed"]
    code, out, _ = run(capsys, monkeypatch, "outbox", "--retry", "--password-stdin", "--db", db)
    assert code == 0 and "Nothing to send" in out
    code, out, _ = run(capsys, monkeypatch, "outbox", "--retry", "1", "--password-stdin",
                       "--db", db)
    assert code == 0 and "submission 1 is finished" in out, out
    code, out, err = run(capsys, monkeypatch, "outbox", "--retry", "99", "--password-stdin",
                         "--db", db)
    assert code == 1 and "there is no submission 99" in err and "Nothing to send" not in out
    assert len(accepted_filings(practice)) == 1


def test_server_down_leaves_it_queued_with_exit_3(
        demo: Store, db_path: Path, config_dir: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    config_dir.mkdir()
    (config_dir / "settings.json").write_text(json.dumps(
        {"version": 1, "retry_base_seconds": 0.01, "retry_max_seconds": 0.02}))
    code, out, _ = run(capsys, monkeypatch, "submit", "1", "--server", "http://127.0.0.1:9",
                       "--password-stdin", "--db", str(db_path))
    assert code == 3
    assert "Not filed yet: submission 1 is waiting to send" in out
    assert "connection refused" in out and "outbox --retry" in out


def test_filing_needs_a_filer_id(store: Store, db_path: Path, practice: PracticeServer,
                                 config_dir: Path, capsys: pytest.CaptureFixture[str],
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    with store.transaction() as session:
        cid = create_committee(session, "Friends of the Park")
        sid = create_statement(session, cid, "F497")
    code, _, err = run(capsys, monkeypatch, "submit", str(sid), "--server", practice.url,
                       "--password-stdin", "--db", str(db_path))
    assert code == 1 and "the committee has no filer ID yet" in err


def test_practice_server_refuses_a_bad_fault_plan(capsys: pytest.CaptureFixture[str],
                                                  tmp_path: Path) -> None:
    code = main(["practice-server", "--port", "0", "--data", str(tmp_path),
                 "--faults", "meltdown"])
    assert code == 2 and "unknown fault 'meltdown'" in capsys.readouterr().err
