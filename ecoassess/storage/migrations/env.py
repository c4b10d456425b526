"""Alembic environment: runs on the connection handed over by ecoassess.storage.migrate."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, create_engine

import ecoassess.storage.estate_models  # noqa: F401 - the estate tables join the metadata
from ecoassess.storage.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    engine = create_engine(config.get_main_option("sqlalchemy.url") or "sqlite://")
    with engine.begin() as conn:
        _run(conn)


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite alters tables by copy-and-move
        transaction_per_migration=False,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()
