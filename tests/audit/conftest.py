"""Audit and role fixtures: the demo committee on a real data file with three users, a
practice server on loopback, an empty settings folder."""

from __future__ import annotations

import pytest

from calaccess_desktop.services.store import Store
from calaccess_desktop.services.users import accounts
from tests.efile.conftest import config_dir, demo, practice  # noqa: F401  (one home)

PASSWORDS = {"Admin": "admin-password-42", "Pat": "pat-preparer-pw", "Lee": "lee-treasurer-pw"}
ROLES = {"Admin": "administrator", "Pat": "preparer", "Lee": "treasurer"}


@pytest.fixture
def office(demo: Store) -> Store:  # noqa: F811 - the fixture imported above
    """The demo data file with an administrator, a preparer (Pat) and a treasurer (Lee);
    nobody logged in on this store."""
    with demo.transaction() as session:
        for name in ("Admin", "Pat", "Lee"):
            accounts.add_user(session, name, ROLES[name], PASSWORDS[name])
    return demo
