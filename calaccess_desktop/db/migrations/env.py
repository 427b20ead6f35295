"""Alembic environment: always run from code with a live connection (see db/upgrade.py)."""

from alembic import context

from calaccess_desktop.db.orm import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only for `alembic` on the command line
    raise RuntimeError("run migrations through calaccess_desktop.db.upgrade")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
