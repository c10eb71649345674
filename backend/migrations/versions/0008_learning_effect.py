"""learning effect: leaders' ratings of activities, and exports of the figures

Revision ID: 0008_learning_effect
Revises: 0003_programmes (activity_rating points at programme_activity)
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import backend.db

revision: str = "0008_learning_effect"
down_revision: str | None = "0003_programmes"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def _id_and_timestamps() -> list[sa.Column]:  # type: ignore[type-arg]
    return [
        sa.Column("id", ID, autoincrement=True, nullable=False),
        sa.Column(
            "created_at",
            backend.db.UTCDateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            backend.db.UTCDateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
    ]


def upgrade() -> None:
    op.create_table(
        "effect_export",
        sa.Column("organisation_id", ID, nullable=False),
        sa.Column("requested_by_id", ID, nullable=False),
        sa.Column("scope", sa.String(length=20), nullable=False),
        sa.Column("format", sa.String(length=10), nullable=False),
        sa.Column("locale", sa.String(length=2), nullable=False),
        sa.Column("filter", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("object_key", sa.String(length=500), nullable=True),
        sa.Column("as_of", sa.Date(), nullable=True),
        sa.Column("finished_at", backend.db.UTCDateTime(timezone=True), nullable=True),
        *_id_and_timestamps(),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_effect_export_organisation_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["requested_by_id"],
            ["membership.id"],
            name=op.f("fk_effect_export_requested_by_id_membership"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_effect_export")),
    )
    with op.batch_alter_table("effect_export", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_effect_export_organisation_id"), ["organisation_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_effect_export_requested_by_id"), ["requested_by_id"], unique=False
        )

    op.create_table(
        "activity_rating",
        sa.Column("organisation_id", ID, nullable=False),
        sa.Column("membership_id", ID, nullable=False),
        sa.Column("activity_id", ID, nullable=False),
        sa.Column("rating", sa.SmallInteger(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        *_id_and_timestamps(),
        sa.CheckConstraint("rating BETWEEN 1 AND 5", name=op.f("ck_activity_rating_rating_range")),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["programme_activity.id"],
            name=op.f("fk_activity_rating_activity_id_programme_activity"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["membership_id"],
            ["membership.id"],
            name=op.f("fk_activity_rating_membership_id_membership"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_activity_rating_organisation_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activity_rating")),
        sa.UniqueConstraint(
            "membership_id",
            "activity_id",
            name=op.f("uq_activity_rating_membership_id_activity_id"),
        ),
    )
    with op.batch_alter_table("activity_rating", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_activity_rating_activity_id"), ["activity_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_activity_rating_membership_id"), ["membership_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_activity_rating_organisation_id"), ["organisation_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("activity_rating", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_activity_rating_organisation_id"))
        batch_op.drop_index(batch_op.f("ix_activity_rating_membership_id"))
        batch_op.drop_index(batch_op.f("ix_activity_rating_activity_id"))
    op.drop_table("activity_rating")
    with op.batch_alter_table("effect_export", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_effect_export_requested_by_id"))
        batch_op.drop_index(batch_op.f("ix_effect_export_organisation_id"))
    op.drop_table("effect_export")
