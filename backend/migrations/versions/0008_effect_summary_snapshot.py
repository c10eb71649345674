"""effect summary snapshot: a viewer's phone summary of learning effect, kept a few minutes

Computing the summary reads the whole area (~300 ms for 5,000 leaders below
at national scale); a leader of leaders opens it again and again. The figures
one viewer's summary showed, as the release rule let them out, are kept per
viewer and view and served again to that viewer until they are too old, a
cycle closes or the day changes (``learning.effect.summary.service``).
Nothing to backfill: a summary is kept when it is next opened.

An erasure drops the organisation's kept summaries, but a summary read before
the erasure committed could be stored after it, holding the erased person's
part. So each organisation counts its erasures (``effect_summary_erasures``,
written in the erasure's transaction), a summary notes the count it saw before
reading anything (``erasures``), and it is served only while the count is the
same (``learning.effect.summary.repository.fresh``). Closes likewise: a
summary notes how many of the organisation's cycles had closed and the latest
close (``closed_cycles``, ``latest_close``), as a close's moment is taken
before it commits.

Revision ID: 0008_effect_summary_snapshot
Revises: 0007_effect_pair_read_models
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008_effect_summary_snapshot"
down_revision: str | Sequence[str] | None = "0007_effect_pair_read_models"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "effect_summary_snapshot",
        sa.Column("organisation_id", ID, nullable=False),
        sa.Column("viewer_id", ID, nullable=False),
        sa.Column("view", sa.String(length=300), nullable=False),
        sa.Column("as_of", sa.Date(), nullable=False),
        sa.Column("computed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("figures", sa.JSON(), nullable=False),
        sa.Column("erasures", sa.Integer(), server_default="0", nullable=False),
        sa.Column("closed_cycles", sa.Integer(), server_default="0", nullable=False),
        sa.Column("latest_close", sa.DateTime(timezone=True), nullable=True),
        sa.Column("id", ID, autoincrement=True, nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_effect_summary_snapshot_organisation_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["viewer_id"],
            ["membership.id"],
            name=op.f("fk_effect_summary_snapshot_viewer_id_membership"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_effect_summary_snapshot")),
        sa.UniqueConstraint(
            "viewer_id", "view", name=op.f("uq_effect_summary_snapshot_viewer_id_view")
        ),
    )
    op.create_table(
        "effect_summary_erasures",
        sa.Column("organisation_id", ID, nullable=False),
        sa.Column("erasures", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_effect_summary_erasures_organisation_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("organisation_id", name=op.f("pk_effect_summary_erasures")),
    )
    op.create_index(
        op.f("ix_effect_summary_snapshot_organisation_id"),
        "effect_summary_snapshot",
        ["organisation_id"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_table("effect_summary_erasures")
    op.drop_index(
        op.f("ix_effect_summary_snapshot_organisation_id"), table_name="effect_summary_snapshot"
    )
    op.drop_table("effect_summary_snapshot")
