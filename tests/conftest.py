"""Suite-wide fixtures: Qt offscreen, a real SQLite store in a temp folder, sample data."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The user's own folders are never touched by a test run: data, settings, logs and
# caches go to one throw-away folder (subprocesses of the CLI inherit it).
_HOME = Path(tempfile.mkdtemp(prefix="calaccess-tests-"))
for _var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
    os.environ[_var] = str(_HOME / _var.lower())
# Nor the machine's keyring (a desktop session's, locked, would wait for someone to unlock
# it): the default is keyrings.alt's file in the throw-away home, on every machine alike
# (the app itself calls it weak and refuses it unless allowed). Tests that need another
# keyring set their own.
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyrings.alt.file.PlaintextKeyring")

from calaccess_desktop.services.store import Store  # noqa: E402

if TYPE_CHECKING:
    from tests.pg.server import Cluster

REPO = Path(__file__).resolve().parent.parent
REFERENCE = REPO / "reference"  # public documents the tests use (reference/README.md)
SAMPLE = REFERENCE / "calaccess-sample"
SPEC_TEXT = REFERENCE / "spec" / "cal_format_201.txt"


def pytest_unconfigure(config: pytest.Config) -> None:
    """Remove the throw-away home folder of the run."""
    shutil.rmtree(_HOME, ignore_errors=True)


# ----------------------------------------------------------------- stores (postgres)
# A test using db_path or store runs on a SQLite file; the modules named in
# tests/pg/stores.py run once per store kind: a file, and a fresh database on a
# throw-away PostgreSQL cluster started once per run (tests/pg/server.py).


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Run the tests of the suites chosen in tests/pg/stores.py on both stores."""
    from tests.pg.stores import STORE_KINDS, wants_both

    if wants_both(metafunc):
        metafunc.parametrize("store_kind", STORE_KINDS, indirect=True)


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[Cluster]:
    """The run's PostgreSQL cluster (fails, never skips, without PostgreSQL)."""
    from tests.pg.server import Cluster, NoPostgres

    try:
        cluster = Cluster().start()
    except NoPostgres as exc:
        pytest.fail(str(exc), pytrace=False)
    yield cluster
    cluster.stop()


@pytest.fixture
def store_kind(request: pytest.FixtureRequest) -> str:
    """Which store the test runs on: "sqlite" (the default) or "postgresql"."""
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture
def db_path(tmp_path: Path, store_kind: str, request: pytest.FixtureRequest) -> Iterator[Path]:
    """A fresh SQLite data file's path, or (postgresql) a fresh database's address."""
    if store_kind == "sqlite":
        yield tmp_path / "store.sqlite"
        return
    cluster: Cluster = request.getfixturevalue("pg_cluster")
    url = cluster.fresh_database()
    yield url  # type: ignore[misc]  # an address where the tests pass a path
    cluster.drop(url)


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    """An opened, migrated store on a real file (or a real PostgreSQL database)."""
    s = Store.open(db_path)
    yield s
    s.close()


# ----------------------------------------------------------------- end of stores


def need_reference(path: Path) -> Path:
    """A file or folder of ``reference/``: it is part of the repository, so a missing
    one fails the test (never a skip)."""
    if not path.exists():
        pytest.fail(f"{path} is missing from the repository")
    return path


@pytest.fixture
def sample_dir() -> Path:
    """The real CAL-ACCESS sample records."""
    return need_reference(SAMPLE)


def _patient_qtbot() -> None:
    """qtbot's waits default to 20 s instead of 5 s: a window op on a machine whose other
    core runs a heavy test can take longer than 5 s without anything being wrong. Tests
    that mean a shorter limit say so (``timeout=``)."""
    try:
        from pytestqt.qtbot import QtBot
    except ImportError:
        return
    for name in ("waitUntil", "waitSignal", "waitSignals", "waitExposed", "waitActive",
                 "waitCallback"):
        defaults = getattr(getattr(QtBot, name, None), "__kwdefaults__", None)
        if defaults and defaults.get("timeout") == 5000:
            defaults["timeout"] = 20000


_patient_qtbot()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Every test that drives widgets (through ``qtbot``) counts as a window test, marked
    or not, so the collector guard below covers it."""
    for item in items:
        if "qtbot" in getattr(item, "fixturenames", ()) and not item.get_closest_marker("gui"):
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True)
def _collect_on_the_test_thread(request: pytest.FixtureRequest) -> Iterator[None]:
    """In window tests, Python's cyclic collector runs only on the test thread: run by a
    worker thread it can free a Qt object that the GUI thread is using and freeze the run
    (docs/dev/gc-freeze.md). The window does the same itself (ui/gc_guard.py); this also
    covers widgets tested without a window, and collects between tests."""
    import gc

    from calaccess_desktop import gc_pause

    if request.node.get_closest_marker("gui") is None:
        yield
        return
    gc_pause.hold()
    try:
        yield
    finally:
        gc.collect()
        gc_pause.release()
