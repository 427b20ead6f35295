"""Fixtures: the demo committees and the reg forms' demo statements in a real file (built
once per run into a template file, then copied for each test)."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from calaccess_desktop.forms.registry import form
from calaccess_desktop.services.demo_forms import create_committees
from calaccess_desktop.services.store import Store


@pytest.fixture(scope="session")
def _reg_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    path = tmp_path_factory.mktemp("reg") / "template.sqlite"
    store = Store.open(path)
    with store.transaction() as session:
        committees, _base = create_committees(session)
        made: dict[str, Any] = {"committees": committees}
        for code in ("F410", "F470", "F501"):
            spec = form(code)
            assert spec is not None and spec.demo is not None
            ids = spec.demo(session, committees)
            made[code] = ids[0]
            if code == "F410":
                made["F410_PAC"] = ids[1]  # the PAC's: a general purpose committee
    store.close()
    return path, made


@pytest.fixture
def reg_demo(_reg_template: tuple[Path, dict[str, Any]], db_path: Path) -> dict[str, Any]:
    """Demo committees plus the Form 410, 470 and 501 demo statements: ids by form."""
    template, made = _reg_template
    for suffix in ("", "-wal", "-shm"):
        src = Path(f"{template}{suffix}")
        if src.exists():
            shutil.copyfile(src, f"{db_path}{suffix}")
    return dict(made)
