"""database identity (UUID, application id) and times in UTC

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-04 21:30:00

Every database gets a UUID of its own (table `ecoassess_meta`) and SQLite's `application_id`
("ECOA"), so that the app can tell its files from any other SQLite file and a write-ahead log
from the database it belongs to (every write transaction also counts itself in `writes`, so that
each log carries the page that holds the UUID). Stored times become UTC with the offset; the naive times written
before were local wall-clock times of this computer and are converted as such.
"""

import uuid
from collections.abc import Callable, Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

APPLICATION_ID = 0x45434F41  # "ECOA"; the same number as ecoassess.fileio.APPLICATION_ID
TIMESTAMPS = {
    "factory": ("created_at", "updated_at"),
    "assessment": ("created_at", "updated_at"),
    "answer": ("updated_at",),
    "evidence": ("imported_at",),
    "action": ("created_at",),
    "history": ("changed_at",),
}


def _to_utc(text: str) -> str:
    value = datetime.fromisoformat(text)
    return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f") + "+00:00"


def _to_local(text: str) -> str:
    value = datetime.fromisoformat(text)
    if value.tzinfo is not None:
        value = value.astimezone().replace(tzinfo=None)
    return value.strftime("%Y-%m-%d %H:%M:%S.%f")


def _convert(change: Callable[[str], str]) -> None:
    bind = op.get_bind()
    for table, columns in TIMESTAMPS.items():
        for column in columns:
            rows = bind.execute(sa.text(
                f"SELECT rowid, {column} FROM {table} WHERE {column} IS NOT NULL")).all()
            for rowid, text in rows:
                bind.execute(sa.text(f"UPDATE {table} SET {column} = :v WHERE rowid = :r"),
                             {"v": change(str(text)), "r": rowid})


def upgrade() -> None:
    op.create_table(
        "ecoassess_meta",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.get_bind().execute(
        sa.text("INSERT INTO ecoassess_meta (key, value) VALUES ('database_uuid', :u), ('writes', '0')"),
        {"u": str(uuid.uuid4())})
    _convert(_to_utc)
    op.execute(f"PRAGMA application_id = {APPLICATION_ID}")


def downgrade() -> None:
    _convert(_to_local)
    op.drop_table("ecoassess_meta")
    op.execute("PRAGMA application_id = 0")
