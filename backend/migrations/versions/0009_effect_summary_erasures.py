"""effect summary erasures: a kept summary is served only while no erasure came after it

An erasure drops the organisation's kept summaries of learning effect, but a
summary read before the erasure committed could be stored after it, holding
the erased person's part, and be served for minutes. Now each organisation
counts its erasures (``effect_summary_erasures``, written in the erasure's
transaction) and a summary notes the count it saw before reading anything
(``effect_summary_snapshot.erasures``); it is served only while the count is
the same (``learning.effect.summary.repository.fresh``). Kept summaries are a
cache: they start from 0 (no erasure counted yet), as the table does.

Revision ID: 0009_effect_summary_erasures
Revises: 0008_effect_summary_snapshot
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009_effect_summary_erasures"
down_revision: str | Sequence[str] | None = "0008_effect_summary_snapshot"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
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
    op.add_column(
        "effect_summary_snapshot",
        sa.Column("erasures", sa.Integer(), server_default="0", nullable=False),
    )


def downgrade() -> None:
    with op.batch_alter_table("effect_summary_snapshot") as batch:
        batch.drop_column("erasures")
    op.drop_table("effect_summary_erasures")
