"""The store as the services see it: an engine plus one-transaction-per-action sessions."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from platformdirs import user_data_dir
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from calaccess_desktop import APP_NAME
from calaccess_desktop.db.upgrade import open_store


def default_db_path() -> Path:
    """The embedded SQLite file in the user's data folder."""
    return Path(user_data_dir(APP_NAME, appauthor=False)) / "calaccess.sqlite"


class Store:
    """An opened, migrated store. Each ``transaction()`` is one user action."""

    def __init__(self, engine: Engine, location: str) -> None:
        self.engine = engine
        self.location = location
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @classmethod
    def open(cls, target: str | Path | None = None) -> Store:
        """Open the store at a path or URL (default: the user's data folder)."""
        location = str(target or default_db_path())
        return cls(open_store(location), location)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose work is committed together, or rolled back on any error."""
        with self._sessions() as session, session.begin():
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading only."""
        with self._sessions() as session:
            yield session

    def close(self) -> None:
        """Release the database connections."""
        self.engine.dispose()
