"""release audit: the contributor sets behind every released figure

Revision ID: 0010_release_audit
Revises: 0009_privacy_duties
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import backend.db

revision: str = "0010_release_audit"
down_revision: str | Sequence[str] | None = "0009_privacy_duties"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "released_figure",
        sa.Column("organisation_id", ID, nullable=False),
        sa.Column("measure", sa.String(length=200), nullable=False),
        sa.Column("contributors_key", sa.String(length=64), nullable=False),
        sa.Column("contributors", sa.JSON(), nullable=False),
        sa.Column("at", backend.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("id", ID, autoincrement=True, nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_released_figure_organisation_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_released_figure")),
        sa.UniqueConstraint(
            "organisation_id",
            "measure",
            "contributors_key",
            name="uq_released_figure_organisation_id_measure_contributors_key",
        ),
    )


def downgrade() -> None:
    op.drop_table("released_figure")
