"""learning effect read model: per evaluation, competency and rater group the
answers that count (n, sum, sum of squares), backfilled for closed cycles

Revision ID: 0013_learning_effect_sums
Revises: 0012_scim_provisioning
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013_learning_effect_sums"
down_revision: str | Sequence[str] | None = "0012_scim_provisioning"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "evaluation_competency_sums",
        sa.Column("evaluation_id", ID, nullable=False),
        sa.Column("competency_id", ID, nullable=False),
        sa.Column("rater_group", sa.String(20), nullable=False),
        sa.Column("lineage_id", ID, nullable=False),
        sa.Column("raters", sa.Integer(), nullable=False),
        sa.Column("answers", sa.Integer(), nullable=False),
        sa.Column("total", sa.Integer(), nullable=False),
        sa.Column("total_sq", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["evaluation_id"], ["evaluation.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["competency_id"], ["competency.id"], ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("evaluation_id", "competency_id", "rater_group"),
    )
    op.create_index(
        "ix_evaluation_competency_sums_lineage_id", "evaluation_competency_sums", ["lineage_id"]
    )
    # Backfill: the released reports of every closed cycle, by the same SQL as a close.
    from feedback.evaluations.effect.repository import insert_statement
    from feedback.evaluations.models import CycleStatus, Evaluation, EvaluationCycle

    closed = sa.select(EvaluationCycle.id).where(EvaluationCycle.status == CycleStatus.CLOSED.value)
    op.get_bind().execute(insert_statement(Evaluation.cycle_id.in_(closed)))


def downgrade() -> None:
    op.drop_index("ix_evaluation_competency_sums_lineage_id", "evaluation_competency_sums")
    op.drop_table("evaluation_competency_sums")
