"""The filer's password, the vendor PIN and the signers' PINs go to the agency and
nowhere else: not into the data file (nor its WAL), the attempt log or the outbox."""

from __future__ import annotations

from pathlib import Path

from calaccess_desktop.efile.netfile.server import NetFilePracticeServer
from calaccess_desktop.efile.protocol import Credentials
from calaccess_desktop.services import filing
from calaccess_desktop.services.store import Store
from tests.efile.test_credentials import forms_of
from tests.efile_netfile.helpers import jobs, queue, send


def test_no_secret_is_kept_by_the_app(city: Store, db_path: Path,
                                      netfile: NetFilePracticeServer,
                                      creds: Credentials) -> None:
    netfile.faults.replace("500")  # an unclear answer first: the attempt log keeps the most
    sub = queue(city, netfile, 1)
    assert send(city, sub, creds).submission.state == "held"
    with city.transaction() as session:
        filing.held_not_received(session, sub)
    assert send(city, sub, creds).submission.state == "accepted"
    with city.read() as session:
        text = filing.attempt_log(session, sub) + repr(filing.submission_detail(session, sub))
    files = b"".join(p.read_bytes() for p in db_path.parent.glob(db_path.name + "*"))
    for secret in (creds.password, creds.vendor_pin, *(s.pin for s in creds.signers)):
        assert secret not in text
        for form in forms_of(secret):
            assert form not in files, f"a form of {secret!r} is in the data file"
    assert creds.signers[0].pin not in repr(creds) and len(jobs(netfile)) == 1
