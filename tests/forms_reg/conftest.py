"""Fixtures: the demo committees and the reg forms' demo statements in a real file."""

from __future__ import annotations

from pathlib import Path

import pytest

from calaccess_desktop.forms.registry import form
from calaccess_desktop.services.demo_forms import create_committees
from calaccess_desktop.services.store import Store


@pytest.fixture
def reg_demo(db_path: Path) -> dict[str, object]:
    """Demo committees plus the Form 410, 470 and 501 demo statements: ids by form."""
    store = Store.open(db_path)
    with store.transaction() as session:
        committees, _base = create_committees(session)
        made: dict[str, object] = {"committees": committees}
        for code in ("F410", "F470", "F501"):
            spec = form(code)
            assert spec is not None and spec.demo is not None
            ids = spec.demo(session, committees)
            made[code] = ids[0]
            if code == "F410":
                made["F410_PAC"] = ids[1]  # the PAC's: a general purpose committee
    store.close()
    return made
