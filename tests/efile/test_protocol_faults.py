"""Protocol values and the fault plan of the practice server (no network)."""

from __future__ import annotations

import pytest

from calaccess_desktop.efile.faults import Faults, parse
from calaccess_desktop.efile.outbox import Policy
from calaccess_desktop.efile.protocol import (
    Credentials,
    JobStatus,
    Message,
    check_endpoint,
    normalize_filing_id,
)
from calaccess_desktop.efile.transport import redact


def test_job_status_round_trip_and_plain_messages() -> None:
    msg = Message("error", 2, "CVR", 9, "is 003, but amendment 002 has not been received",
                  "Report_Num")
    job = JobStatus("j1", "rejected", "key", "abc", filing_id="9000001", messages=(msg,))
    back = JobStatus.from_json(job.to_json())
    assert back.filing_id == "CA-9000001" and back.messages == (msg,)
    assert msg.plain() == ("Error (line 2, record CVR, field #9 Report_Num): is 003, but "
                           "amendment 002 has not been received")
    with pytest.raises(ValueError):
        JobStatus.from_json({"status": "accepted"})


def test_credentials_hide_their_secrets() -> None:
    creds = Credentials("1449876", "s3cret-pw", "CALDESK", "pin-77")
    assert "s3cret" not in repr(creds) and "pin-77" not in repr(creds)
    text = redact('{"echo": "s3cret-pw", "auth": "MTQ0OTg3NjpzM2NyZXQtcHc="}', creds.secrets())
    assert "s3cret" not in text and "MTQ0OTg3NjpzM2NyZXQtcHc=" not in text


def test_endpoints_and_filing_ids() -> None:
    assert check_endpoint("https://efile.sos.ca.gov/") == "https://efile.sos.ca.gov"
    assert normalize_filing_id("ca-123") == "CA-123" == normalize_filing_id("123")


def test_fault_plan_is_used_in_order_and_counted() -> None:
    faults = Faults("503=2*2,drop,processing*2")
    assert [getattr(faults.take("request"), "kind", "") for _ in range(2)] == ["503", "503"]
    assert faults.take("request") is None
    assert faults.take("stored").kind == "drop"  # type: ignore[union-attr]
    assert faults.take("stored") is None
    assert faults.take("poll") is not None and faults.take("poll") is not None
    assert faults.take("poll") is None and faults.describe() == ""


def test_slow_is_unlimited_unless_counted() -> None:
    assert Faults("slow=0.5").delay() == 0.5 == Faults("slow=0.5").delay()
    counted = Faults("slow=0.5*1")
    assert counted.delay() == 0.5 and counted.delay() == 0


def test_chaos_is_reproducible_with_a_seed() -> None:
    def run(seed: int) -> list[str]:
        f = Faults("chaos=0.5", seed)
        return [getattr(f.take(s), "kind", "-") for s in ["request", "stored", "poll"] * 10]

    assert run(7) == run(7) and set(run(7)) - {"-"}


@pytest.mark.parametrize("spec", ["boom", "503=x", "chaos=2", "drop*0"])
def test_bad_fault_specs_are_named(spec: str) -> None:
    with pytest.raises(ValueError, match=spec.split("=")[0].split("*")[0]):
        parse(spec)


def test_backoff_grows_to_a_cap_and_honours_retry_after() -> None:
    p = Policy(base_delay=1, max_delay=10, jitter=0)
    assert [p.delay(n) for n in range(6)] == [1, 2, 4, 8, 10, 10]
    assert p.delay(0, retry_after=7) == 7
