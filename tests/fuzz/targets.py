"""Fuzz targets with counts: the .CAL reader and importer, the spreadsheet import, the
bundle import and the practice server's endpoints (hypothesis; ``python -m tests.fuzz``
runs them long, ``tests/fuzz/test_fuzz.py`` short).

Each target takes an input, runs the real code on it and raises AssertionError when it
breaks a promise: no exception but a ``UserError`` (or ``CalFormatError``) whose message
names the file; a refused input leaves the data file exactly as it was; the server
answers every request with a status under 500 and no traceback."""

from __future__ import annotations

import hashlib
import http.client
import io
import shutil
import sqlite3
import tempfile
import zipfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from calaccess_desktop.cal.problems import CalFormatError
from calaccess_desktop.cal.reader import read_cal
from calaccess_desktop.errors import UserError
from tests.db.test_import_fuzz import damaged


def digest(db: Path) -> str:
    """Everything a user would miss: every row of every table, hashed."""
    con = sqlite3.connect(db)
    try:
        h = hashlib.sha256()
        tables = [r[0] for r in con.execute(
            "select name from sqlite_master where type = 'table' order by name")]
        for table in tables:
            for row in con.execute(f'select * from "{table}" order by rowid'):
                h.update(repr(row).encode())
        return h.hexdigest()
    finally:
        con.close()


@dataclass
class Tally:
    """How many inputs a target ran, and how they ended."""

    inputs: int = 0
    outcomes: Counter[str] = field(default_factory=Counter)


class Workspace:
    """A temp folder with a demo data file (and a bundle of it) shared by the targets."""

    def __init__(self) -> None:
        from calaccess_desktop.services.bundle import make_bundle
        from calaccess_desktop.services.demo import create_demo
        from calaccess_desktop.services.store import Store

        self._tmp = tempfile.TemporaryDirectory(prefix="calaccess-fuzz-")
        self.folder = Path(self._tmp.name)
        self.db = self.folder / "data.sqlite"
        self.store = Store.open(self.db)
        with self.store.transaction() as session:
            create_demo(session)
        self.bundle = make_bundle(self.store, "1449876").data
        self.store.close()
        self.pristine = self.folder / "pristine.sqlite"
        shutil.copyfile(self.db, self.pristine)
        self.store = Store.open(self.db)
        self.server: Any = None
        self.imports = 0

    def imported(self) -> None:
        """After an input was imported: every 25 imports, back to the demo file (so the
        data file, and hashing it, stays small however long the run)."""
        from calaccess_desktop.services.store import Store

        self.imports += 1
        if self.imports % 25 == 0:
            self.store.close()
            for suffix in ("-wal", "-shm"):
                Path(f"{self.db}{suffix}").unlink(missing_ok=True)
            shutil.copyfile(self.pristine, self.db)
            self.store = Store.open(self.db)

    def practice_server(self) -> Any:
        if self.server is None:
            from calaccess_desktop.efile.practice_server import PracticeServer

            self.server = PracticeServer(self.folder / "server").start()
        return self.server

    def close(self) -> None:
        if self.server is not None:
            self.server.stop()
        self.store.close()
        self._tmp.cleanup()


def _refused(tally: Tally, exc: Exception, shown: str, before: str, db: Path) -> None:
    text = str(exc)
    assert text.strip(), f"an empty message for {type(exc).__name__}"
    assert "Traceback" not in text
    assert shown in text or Path(shown).name in text, f"the message names no file: {text}"
    assert digest(db) == before, "a refused input changed the data file"
    tally.outcomes["refused"] += 1


# ----------------------------------------------------------------------- the targets
def cal_reader(ws: Workspace, tally: Tally) -> Callable[[bytes], None]:
    def one(data: bytes) -> None:
        tally.inputs += 1
        cal = read_cal(data, "fuzz.cal")
        for problem in cal.problems:
            assert problem.render("fuzz.cal").startswith("fuzz.cal:")
        tally.outcomes["refused" if cal.errors else "read"] += 1
    return one


def cal_import(ws: Workspace, tally: Tally) -> Callable[[bytes], None]:
    from calaccess_desktop.services.importer import import_file

    source = ws.folder / "fuzz-in.cal"

    def one(data: bytes) -> None:
        tally.inputs += 1
        source.write_bytes(data)
        before = digest(ws.db)
        try:
            import_file(ws.store, source)
        except (CalFormatError, UserError) as exc:
            _refused(tally, exc, str(source), before, ws.db)
            return
        tally.outcomes["imported"] += 1
        ws.imported()
    return one


HEADERS = ["Contributor Name", "First Name", "Last Name", "Address", "City", "State",
           "Zip", "Employer", "Occupation", "Date", "Amount", "Gift", "Notes", ""]
FULL = ["Contributor Name", "Address", "City", "State", "Zip", "Employer", "Occupation",
        "Date", "Amount"]
CELLS = st.one_of(
    st.sampled_from(["", "Okafor, Grace", "12 J St", "Sacramento", "CA", "95811",
                     "Sutter Health", "Nurse", "2026-03-01", "3/1/2026", "$1,250.00", "25",
                     "-5", "1e9", "=HYPERLINK(\"x\")", "\"", ",", "\n", "N/A",
                     "99999999999999999999", "0.001", "2026-02-30", "13/45/2026"]),
    st.text(max_size=12))


@st.composite
def sheets(draw: st.DrawFn) -> bytes:
    headers = draw(st.one_of(st.just(FULL), st.lists(st.sampled_from(HEADERS), min_size=1,
                                                     max_size=8)))
    rows = draw(st.lists(st.lists(CELLS, min_size=0, max_size=len(headers) + 1),
                         max_size=6))
    buf = io.StringIO()
    import csv
    writer = csv.writer(buf)
    writer.writerow(headers)
    writer.writerows(rows)
    data = buf.getvalue().encode("utf-8", "surrogatepass")
    if draw(st.booleans()):  # a little raw damage now and then
        at = draw(st.integers(0, max(0, len(data) - 1)))
        data = data[:at] + draw(st.sampled_from([b"\x00", b"\xff", b'"', b"\r", b""])) \
            + data[at + 1:]
    return data


def sheet_import(ws: Workspace, tally: Tally) -> Callable[[bytes], None]:
    from calaccess_desktop.services.sheets import prepare, read_sheet, run_import

    source = ws.folder / "fuzz-gifts.csv"

    def one(data: bytes) -> None:
        tally.inputs += 1
        source.write_bytes(data)
        before = digest(ws.db)
        try:
            table = read_sheet(source)
            with ws.store.read() as session:
                preview = prepare(session, 2, table, "A")
            if preview.count("problem"):
                tally.outcomes["rows with problems shown"] += 1
                assert digest(ws.db) == before
                return
            run_import(ws.store, preview)
        except UserError as exc:
            _refused(tally, exc, str(source), before, ws.db)
            return
        tally.outcomes["imported"] += 1
        ws.imported()
    return one


@st.composite
def bundles(draw: st.DrawFn, base: bytes) -> bytes:
    """A real bundle with its zip bytes or one member damaged."""
    if draw(st.booleans()):
        data = bytearray(base)
        for _ in range(draw(st.integers(1, 4))):
            at = draw(st.integers(0, len(data) - 1))
            data[at] = draw(st.integers(0, 255))
        return bytes(data)
    src = zipfile.ZipFile(io.BytesIO(base))
    names = src.namelist()
    victim = draw(st.sampled_from(names))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for name in names:
            body = src.read(name)
            if name == victim:
                how = draw(st.sampled_from(["cut", "noise", "empty", "rename"]))
                if how == "cut":
                    body = body[:draw(st.integers(0, len(body)))]
                elif how == "noise" and body:
                    at = draw(st.integers(0, len(body) - 1))
                    body = body[:at] + draw(st.sampled_from([b"\x00", b"{", b"]", b'"',
                                                             b"null", b"-1"])) + body[at + 1:]
                elif how == "empty":
                    body = b""
                else:
                    name = draw(st.sampled_from(["../../escape.txt", "/etc/passwd",
                                                 "a/../../b", name + "x"]))
            dst.writestr(name, body)
    return out.getvalue()


def bundle_import(ws: Workspace, tally: Tally) -> Callable[[bytes], None]:
    from calaccess_desktop.services.bundle import import_bundle

    source = ws.folder / "fuzz.calbundle"

    def one(data: bytes) -> None:
        tally.inputs += 1
        source.write_bytes(data)
        before = digest(ws.db)
        try:
            import_bundle(ws.store, source, preview=True)
        except UserError as exc:
            _refused(tally, exc, str(source), before, ws.db)
            return
        assert digest(ws.db) == before  # a preview writes nothing
        tally.outcomes["read"] += 1
        assert not (ws.folder.parent / "escape.txt").exists()
    return one


PATHS = ["/", "/api/v1/health", "/api/v1/filings", "/api/v1/filings/1",
         "/api/v1/filings/CA-1/status", "/practice/filings", "/practice/faults",
         "/api/v1/../../etc/passwd", "/%00", "/api/v1/filings?x=" + "A" * 300]


@st.composite
def requests_(draw: st.DrawFn) -> tuple[str, str, dict[str, str], bytes]:
    method = draw(st.sampled_from(["GET", "POST", "PUT", "DELETE", "HEAD"]))
    path = draw(st.one_of(st.sampled_from(PATHS),
                          st.text("abc/%?=&.0123456789", max_size=30).map(lambda t: "/" + t)))
    headers = {}
    if draw(st.booleans()):
        headers["Authorization"] = draw(st.sampled_from(
            ["Basic MTQ0OTg3NjpwdzE=", "Basic !!!", "Bearer x", "Basic " + "A" * 200]))
    if draw(st.booleans()):
        headers["Content-Type"] = draw(st.sampled_from(
            ["application/json", "text/plain", "multipart/form-data; boundary=x"]))
    body = draw(st.one_of(st.binary(max_size=200), st.sampled_from(
        [b"{}", b"[]", b'{"filer_id": 1}', b'{"cal": null}', b"null", b"{" * 50])))
    return method, path, headers, body


def server_endpoints(ws: Workspace, tally: Tally) -> Callable[
        [tuple[str, str, dict[str, str], bytes]], None]:
    server = ws.practice_server()
    host, port = server.url.split("//", 1)[1].rsplit(":", 1)

    def one(request: tuple[str, str, dict[str, str], bytes]) -> None:
        tally.inputs += 1
        method, path, headers, body = request
        con = http.client.HTTPConnection(host, int(port), timeout=20)
        try:
            con.request(method, path, body=body, headers=headers)
            got = con.getresponse()
            text = got.read()
        finally:
            con.close()
        assert got.status < 500, (got.status, method, path, text[:300])
        assert b"Traceback" not in text
        if method not in ("GET", "POST"):  # 405 in JSON, naming the methods taken
            assert got.status == 405 and got.getheader("Allow") == "GET, POST", got.status
        tally.outcomes[f"{got.status // 100}xx"] += 1
    return one


TARGETS: dict[str, tuple[Callable[[Workspace, Tally], Callable[[Any], None]],
                         Callable[[Workspace], st.SearchStrategy[Any]]]] = {
    "cal-reader": (cal_reader, lambda ws: damaged()),
    "cal-import": (cal_import, lambda ws: damaged()),
    "sheet-import": (sheet_import, lambda ws: sheets()),
    "bundle-import": (bundle_import, lambda ws: bundles(ws.bundle)),
    "server-endpoints": (server_endpoints, lambda ws: requests_()),
}


def run_target(name: str, ws: Workspace, inputs: int, seed: int | None = None) -> Tally:
    """Run one target on ``inputs`` generated inputs; AssertionError on a broken promise."""
    make, strategy = TARGETS[name]
    tally = Tally()
    body = make(ws, tally)

    @settings(max_examples=inputs, deadline=None, database=None, derandomize=seed is None,
              suppress_health_check=list(HealthCheck))
    @given(strategy(ws))
    def check(value: Any) -> None:
        body(value)

    if seed is not None:
        from hypothesis import seed as with_seed
        check = with_seed(seed)(check)
    check()
    return tally
