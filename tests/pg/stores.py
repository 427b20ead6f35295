"""Which tests run against both stores (a SQLite file and a PostgreSQL database).

A test runs on both when its module is listed in ``BOTH_STORES`` (or sets
``BOTH_STORES = True`` itself) and it uses the ``db_path`` or ``store`` fixture (through
``store_kind``); it can also ask for itself with
``@pytest.mark.parametrize("store_kind", STORE_KINDS, indirect=True)``. Tests of what
only a data file has (its bytes, its folder, SQLite's own checks and locks) are named in
``FILE_ONLY`` and run on SQLite alone. The ids say which: ``test_x[postgresql]``.
"""

from __future__ import annotations

import pytest

STORE_KINDS = ("sqlite", "postgresql")
# A test of the server alone (its ``store``/``db_path`` are a PostgreSQL database).
on_postgres = pytest.mark.parametrize("store_kind", ["postgresql"], indirect=True)

# Suites of the store, services, validation, import, export, amendments, backups and
# e-filing (chosen to keep the PostgreSQL run to a few minutes).
BOTH_STORES = frozenset({
    "tests/pg/",
    # the store, services and import/export
    "tests/db/test_bulk.py",
    "tests/db/test_store.py",
    "tests/db/test_editing.py",
    "tests/db/test_roundtrip_sample.py",
    "tests/db/test_summary_paths.py",
    "tests/db/test_import_progress.py",
    "tests/db/test_late_reports.py",
    "tests/db/test_cli.py",
    "tests/totals/test_incremental_totals.py",
    # validation
    "tests/validation/test_store.py",
    # amendments
    "tests/db/test_amendment_changes.py",
    "tests/efile/test_amendments.py",
    # e-filing
    "tests/efile/test_outbox_service.py",
    "tests/efile/test_fault_modes.py",
    # many writers, users and the audit trail
    "tests/writers/test_counters_and_imports.py",
    "tests/users/test_accounts.py",
    "tests/audit/test_trail.py",
    # the window (entering, checking, filing; two windows at once)
    "tests/gui/test_treasurer_flow.py",
    "tests/writers/window/test_window_at_once.py",
})

# Tests, in the modules above, of what only a SQLite data file has.
FILE_ONLY = frozenset({
    # WAL, SQLite's file copy before migrating, the bytes of a refused file, sqlite3 itself
    # (their PostgreSQL counterparts are in tests/pg/test_pg_store.py)
    "tests/db/test_store.py::test_new_file_is_created_at_head_with_wal_and_foreign_keys",
    "tests/db/test_store.py::test_older_file_is_backed_up_then_upgraded",
    "tests/db/test_store.py::test_backup_is_taken_before_migrating",
    "tests/db/test_store.py::test_file_from_a_newer_version_is_refused_and_untouched",
    "tests/db/test_store.py::test_deleted_row_ids_are_never_reused",
})


def wants_both(metafunc: pytest.Metafunc) -> bool:
    """Whether this test should run once per store kind."""
    if "store_kind" not in metafunc.fixturenames:
        return False
    for marker in metafunc.definition.iter_markers("parametrize"):
        names = marker.args[0] if marker.args else ""
        if "store_kind" in (names.split(",") if isinstance(names, str) else names):
            return False  # the test chose its kinds itself
    rel = _relative(metafunc)
    if f"{rel}::{metafunc.definition.name}" in FILE_ONLY or rel in FILE_ONLY:
        return False
    if getattr(metafunc.module, "BOTH_STORES", False) is True:
        return True
    return any(rel == entry or (entry.endswith("/") and rel.startswith(entry))
               for entry in BOTH_STORES)


def _relative(metafunc: pytest.Metafunc) -> str:
    path = metafunc.definition.path
    root = metafunc.config.rootpath
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()
