"""effect leader change read model: each follow-up's change per leader, written at close

The phone's summary of learning effect shows each leader's 360 change
averaged over competencies, never a competency's own. It read every leader's
rows of ``evaluation_competency_sums`` (one per evaluation, competency and
rater group: ~68,000 for an organisation of 2,400 leaders) to average them
per leader on every request. ``evaluation_leader_change`` holds that average
per follow-up evaluation and its baseline, written when the later of the two
cycles closes: the summary reads one row per leader (bench/NOTES.md,
"Eighth round: the phone summary").

Backfilled here from the read model of the closed cycles, with the same
means and pairing as the application (``feedback.evaluations.effect.repository``).

Revision ID: 0006_effect_leader_change
Revises: 0005_competency_lineage
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006_effect_leader_change"
down_revision: str | Sequence[str] | None = "0005_competency_lineage"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")

# Per evaluation and competency lineage: the mean of the answers that count, and raters.
_MEANS = """
    SELECT evaluation_id, lineage_id,
           CAST(sum(total) AS FLOAT) / sum(answers) AS mean, sum(raters) AS raters
    FROM evaluation_competency_sums
    GROUP BY evaluation_id, lineage_id
    HAVING sum(answers) > 0
"""

BACKFILL = f"""
INSERT INTO evaluation_leader_change (
    follow_up_id, baseline_id, competencies, change, baseline_mean, follow_up_mean,
    raters_baseline, raters_follow_up
)
SELECT p.follow_up_id, p.baseline_id, count(*), avg(a.mean - b.mean), avg(b.mean),
       avg(a.mean), max(b.raters), max(a.raters)
FROM (
    SELECT f.id AS follow_up_id, bl.id AS baseline_id
    FROM evaluation f
    JOIN evaluation_cycle fc ON fc.id = f.cycle_id
    JOIN evaluation bl ON bl.cycle_id = fc.baseline_cycle_id AND bl.leader_id = f.leader_id
    JOIN evaluation_cycle bc ON bc.id = bl.cycle_id
    WHERE fc.purpose = 'FOLLOW_UP' AND fc.status = 'CLOSED' AND bc.status = 'CLOSED'
) p
JOIN ({_MEANS}) a ON a.evaluation_id = p.follow_up_id
JOIN ({_MEANS}) b ON b.evaluation_id = p.baseline_id AND b.lineage_id = a.lineage_id
GROUP BY p.follow_up_id, p.baseline_id
"""


def upgrade() -> None:
    op.create_table(
        "evaluation_leader_change",
        sa.Column("follow_up_id", ID, nullable=False),
        sa.Column("baseline_id", ID, nullable=False),
        sa.Column("competencies", sa.Integer(), nullable=False),
        sa.Column("change", sa.Float(), nullable=False),
        sa.Column("baseline_mean", sa.Float(), nullable=False),
        sa.Column("follow_up_mean", sa.Float(), nullable=False),
        sa.Column("raters_baseline", sa.Integer(), nullable=False),
        sa.Column("raters_follow_up", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["follow_up_id"],
            ["evaluation.id"],
            name=op.f("fk_evaluation_leader_change_follow_up_id_evaluation"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["baseline_id"],
            ["evaluation.id"],
            name=op.f("fk_evaluation_leader_change_baseline_id_evaluation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "follow_up_id", "baseline_id", name=op.f("pk_evaluation_leader_change")
        ),
    )
    op.create_index(
        op.f("ix_evaluation_leader_change_baseline_id"),
        "evaluation_leader_change",
        ["baseline_id"],
        unique=False,
    )
    op.execute(BACKFILL)


def downgrade() -> None:
    op.drop_index(
        op.f("ix_evaluation_leader_change_baseline_id"), table_name="evaluation_leader_change"
    )
    op.drop_table("evaluation_leader_change")
