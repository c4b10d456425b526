"""assessment year: the year each assessment is for (Common Era), filled for existing rows

Revision ID: 0003
Revises: 0001

Existing assessments get the year of their assessment date, else of their creation.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | Sequence[str] | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("assessment", schema=None) as batch_op:
        batch_op.add_column(sa.Column("assessment_year", sa.Integer(), nullable=True))
    op.execute(
        "UPDATE assessment SET assessment_year = CAST(strftime('%Y', "
        "COALESCE(assessment_date, created_at)) AS INTEGER)"
    )
    with op.batch_alter_table("assessment", schema=None) as batch_op:
        batch_op.alter_column("assessment_year", existing_type=sa.Integer(), nullable=False)


def downgrade() -> None:
    with op.batch_alter_table("assessment", schema=None) as batch_op:
        batch_op.drop_column("assessment_year")
