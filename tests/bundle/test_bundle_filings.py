"""A committee with a filing (over real HTTP to the practice server) and an amendment:
the bundle carries the filed .CAL bytes, the submission and its attempt log, and the
amendment's link to its original, into an empty data file."""

from __future__ import annotations

import io
import json
import sqlite3
import subprocess
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from calaccess_desktop.cli import main
from calaccess_desktop.efile.practice_server import PracticeServer
from calaccess_desktop.efile.protocol import Credentials
from calaccess_desktop.services import filing
from calaccess_desktop.services.bundle import import_bundle, make_bundle
from calaccess_desktop.services.demo import create_demo
from calaccess_desktop.services.store import Store
from tests.efile.helpers import FAST, FILER, PASSWORD


@pytest.fixture
def practice(tmp_path: Path) -> Iterator[PracticeServer]:
    server = PracticeServer(tmp_path / "server").start()
    yield server
    server.stop()


def _rows(db: Path, query: str) -> list[tuple[object, ...]]:
    con = sqlite3.connect(db)
    try:
        return list(con.execute(query))
    finally:
        con.close()


def test_filings_and_their_logs_travel_with_the_committee(store: Store, tmp_path: Path,
                                                         practice: PracticeServer) -> None:
    with store.transaction() as session:
        create_demo(session)
    with store.transaction() as session:
        sub_id = filing.queue_statement(session, 1, server_url=practice.url)
    report = filing.send(store, sub_id, Credentials(FILER, PASSWORD, "CALDESK", ""),
                         policy=FAST, sleep=lambda _s: None)
    assert report.submission.state == "accepted"
    with store.transaction() as session:
        amendment = filing.amend(session, 1, "Corrected an employer")
    made = make_bundle(store, FILER)
    with zipfile.ZipFile(io.BytesIO(made.data)) as zf:
        filed = [n for n in zf.namelist() if n.startswith("filed/")]
        assert len(filed) == 1 and filed[0].endswith(".cal")
        (frozen,) = _rows(Path(store.location), "select cal_bytes from submissions")
        assert zf.read(filed[0]) == frozen[0]
        manifest = json.loads(zf.read("manifest.json"))
    assert manifest["counts"]["submissions"] == 1
    assert manifest["counts"]["submission_events"] >= 2
    bundle = tmp_path / "handoff.zip"
    bundle.write_bytes(made.data)
    target = Store.open(tmp_path / "next-treasurer.sqlite")
    try:
        import_bundle(target, bundle)
    finally:
        target.close()
    old, new = Path(store.location), tmp_path / "next-treasurer.sqlite"
    query = ("select s.form_type, st.status, st.filing_id, s.cal_bytes, s.sha256, "
             "s.idempotency_key, s.state, s.filing_id from submissions s join statements st "
             "on st.id = s.statement_id")
    assert _rows(old, query) == _rows(new, query)
    events = ("select e.attempt, e.at, e.action, e.outcome, e.http_status, e.answer from "
              "submission_events e order by e.id")
    assert _rows(old, events) == _rows(new, events) and _rows(new, events)
    link = ("select a.form_type, a.status, o.filing_id from statements a join statements o "
            "on o.id = a.amends_statement_id")
    assert _rows(old, link) == _rows(new, link) == [("F460", "draft", "CA-9000001")]
    assert amendment == 4
    texts = []
    for db in (old, new):  # the proof of filing is rebuilt from them: the same receipt
        pdf = tmp_path / f"receipt-{db.stem}.pdf"
        assert main(["receipt", "1", "-o", str(pdf), "--db", str(db)]) == 0
        texts.append(subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True,
                                    capture_output=True, text=True).stdout)
    assert texts[0] == texts[1] and "CA-9000001" in texts[0]


def test_a_bundle_never_touches_another_committees_filing(store: Store,
                                                          tmp_path: Path) -> None:
    from calaccess_desktop.services import editing
    from calaccess_desktop.services.bundle import BundleError, archive

    with store.transaction() as session:
        create_demo(session)
    with store.transaction() as session:
        filing.queue_statement(session, 1, server_url="http://127.0.0.1:9")
        editing.create_committee(session, "Other Committee", filer_id="999")
    made = make_bundle(store, FILER)  # the demo's, turned into "Other Committee"'s
    with zipfile.ZipFile(io.BytesIO(made.data)) as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    payload = json.loads(members.pop("committee.json"))
    manifest = json.loads(members.pop("manifest.json"))
    payload["tables"]["committees"][0].update(filer_id="999", name="Other Committee")
    bundle = tmp_path / "hostile.zip"
    bundle.write_bytes(archive.write(manifest, payload, members))
    before = _rows(Path(store.location), "select * from submissions")
    with pytest.raises(BundleError, match="another committee"):
        import_bundle(store, bundle)
    assert _rows(Path(store.location), "select * from submissions") == before
    assert _rows(Path(store.location),
                 "select count(*) from statements where committee_id = 2") == [(0,)]
