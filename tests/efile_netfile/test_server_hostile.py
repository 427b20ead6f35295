"""The NetFile practice server answers odd and hostile requests in words, never a
traceback, and stores nothing for them."""

from __future__ import annotations

import requests

from calaccess_desktop.efile.netfile.server import NetFilePracticeServer
from tests.efile_netfile.helpers import jobs

API = "/filer/vendor/api"


def submit(server: NetFilePracticeServer, version: str = "v11", **kwargs: object) -> str:
    answer = requests.post(f"{server.url}{API}/{version}/SubmitEfile", timeout=10,
                           **kwargs)  # type: ignore[arg-type]
    assert answer.status_code == 200
    return answer.text


def test_bad_submissions_are_refused_in_words(netfile: NetFilePracticeServer) -> None:
    cases = {
        "The request body is not JSON.": {"data": b"{nope",
                                          "headers": {"Content-Type": "application/json"}},
        "Version 1.1 takes a JSON body": {"data": b"FilerId=x"},
        "VendorId is required.": {"json": {"FilerId": "PRAC-1"}},
        "FilerId is required.": {"json": {"VendorId": "V"}},
        "Base64EncodedEfile is not base64 text.": {"json": {
            "VendorId": "V", "FilerId": "PRAC-1", "Base64EncodedEfile": "***"}},
        "AmendmentSequence must be a whole number": {"json": {
            "VendorId": "V", "FilerId": "PRAC-1", "Base64EncodedEfile": "SERS",
            "AmendmentSequence": "two"}},
        "Signatures must be a list": {"json": {
            "VendorId": "V", "FilerId": "PRAC-1", "Base64EncodedEfile": "SERS",
            "Signatures": "all of us"}},
    }
    for words, kwargs in cases.items():
        text = submit(netfile, **kwargs)
        assert "<accepted>false</accepted>" in text and words in text, (words, text)
    text = submit(netfile, "v10", data={"VendorId": "V", "FilerId": "PRAC-1"})
    assert "Base64EncodedEfile is empty." in text
    many = {f"f{n}": "1" for n in range(25)}  # more fields than version 1.0's form has
    text = submit(netfile, "v10", data=many)
    assert "<accepted>false</accepted>" in text and "more fields" in text, text
    assert jobs(netfile) == []


def test_unknown_addresses_and_jobs(netfile: NetFilePracticeServer) -> None:
    assert requests.get(f"{netfile.url}{API}/v12/CheckJobStatus/x", timeout=10
                        ).status_code == 404
    status = requests.get(f"{netfile.url}{API}/v11/CheckJobStatus/no-such-job", timeout=10)
    assert "<job_status_code>-2</job_status_code>" in status.text
    result = requests.get(f"{netfile.url}{API}/v11/EfilingResult/no-such-job", timeout=10)
    assert "<status>0</status>" in result.text
    too_big = requests.post(f"{netfile.url}{API}/v11/SubmitEfile", timeout=10,
                            headers={"Content-Length": str(10**12)}, data=b"")
    assert too_big.status_code in (400, 413)
