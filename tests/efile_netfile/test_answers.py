"""NetFile's XML answers are read safely: hostile XML (entities, DTDs) is refused, never
expanded; a damaged validation report becomes one warning; every filing-context code
has plain words. Real HTTP: a tiny server on loopback answers what each test says."""

from __future__ import annotations

import base64
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from calaccess_desktop.efile.netfile import answers
from calaccess_desktop.efile.netfile.client import NetFileTransport
from calaccess_desktop.efile.protocol import CONTEXT, Credentials, Upload
from calaccess_desktop.efile.transport import JobLostError, RefusedError, UnclearError

LAUGHS = ('<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa">'
          '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;">]>'
          '<response><accepted>true</accepted><job_id>&c;</job_id></response>')
EXTERNAL = ('<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
            '<response><accepted>true</accepted><job_id>&x;</job_id></response>')
CREDS = Credentials("PRAC-1", "pw", "CALDESK", "pin")


class _Answer(BaseHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass

    def _reply(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        status, body = self.server.answers.get(self.path.rsplit("/", 1)[-1]  # type: ignore[attr-defined]
                                               if "Efile" not in self.path else "SubmitEfile",
                                               (404, ""))
        data = body.encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/xml")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    do_GET = do_POST = _reply


@pytest.fixture
def agency() -> Iterator[ThreadingHTTPServer]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Answer)
    server.answers = {}  # type: ignore[attr-defined]
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server
    server.shutdown()
    server.server_close()


def url(server: ThreadingHTTPServer) -> str:
    return f"http://127.0.0.1:{server.server_address[1]}"


@pytest.mark.parametrize("hostile", [LAUGHS, EXTERNAL], ids=["billion-laughs", "external"])
def test_hostile_xml_is_refused_and_unclear(agency: ThreadingHTTPServer, hostile: str) -> None:
    agency.answers["SubmitEfile"] = (200, hostile)  # type: ignore[attr-defined]
    with pytest.raises(UnclearError, match="DTD or entities, which are refused"):
        NetFileTransport(url(agency)).upload(Upload(b"HDR", "k" * 10), CREDS)
    with pytest.raises(answers.AnswerError):
        answers.parse(hostile)


def test_garbled_and_refused_answers(agency: ThreadingHTTPServer) -> None:
    transport = NetFileTransport(url(agency))
    agency.answers["SubmitEfile"] = (200, "<response><accepted>tr")  # type: ignore[attr-defined]
    with pytest.raises(UnclearError, match="not well-formed XML"):
        transport.upload(Upload(b"HDR", "k" * 10), CREDS)
    agency.answers["SubmitEfile"] = (200, "<response><accepted>false</accepted>"  # type: ignore[attr-defined]
                                     "<error_message>The vendor ID or vendor PIN is not "
                                     "correct.</error_message></response>")
    with pytest.raises(RefusedError, match="vendor ID or vendor PIN is not correct") as refused:
        transport.upload(Upload(b"HDR", "k" * 10), CREDS)
    assert not refused.value.auth_refused
    agency.answers["CheckJobStatus"] = (200, "<response><job_status_code>-2</job_status_code>"  # type: ignore[attr-defined]
                                        "</response>")
    with pytest.raises(JobLostError, match="does not know job"):
        transport.job("CheckJobStatus", CREDS)


def test_a_damaged_report_is_one_warning_and_context_codes_have_words() -> None:
    [msg] = answers.report_messages("not base64 at all!")
    assert msg.level == "warning" and "could not be read" in msg.text
    report = ('<validation_report><filing_context>'
              + "".join(f'<error code="{code}">agency words</error>'
                        for code in answers.CONTEXT_WORDS)
              + '<error code="NEW_CODE">something new</error></filing_context><results>'
              '<result severity="W" line="2" record_type="CVR" form_type="F460" '
              'field_number="15" field_name="Elect_Date">is empty</result></results>'
              '</validation_report>')
    got = answers.report_messages(base64.b64encode(report.encode()).decode())
    context = [m for m in got if m.record == CONTEXT]
    assert [m.field_name for m in context] == [*answers.CONTEXT_WORDS, "NEW_CODE"]
    assert all(m.text.endswith("The agency said: agency words") for m in context[:-1])
    assert context[-1].text.startswith("The agency rejected the filing for a reason")
    [field] = [m for m in got if m.record != CONTEXT]
    assert (field.level, field.line, field.record, field.field, field.field_name) == (
        "warning", 2, "CVR F460", 15, "Elect_Date")
    assert answers.filing_date("12/01/2026 08:23:54").startswith("2026-12-01T08:23:54")
    assert answers.filing_date("01/01/0001 00:00:00") == ""
