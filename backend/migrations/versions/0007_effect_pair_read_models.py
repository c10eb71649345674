"""effect pair read models: per competency, and the latest pair chosen from stored rows

Learning effect's behaviour change read, per request, every chosen leader's
rows of ``evaluation_competency_sums`` (one per evaluation, competency and
rater group: ~140,000 for 5,000 leaders below a leader of leaders) to average
them per competency, and chose each leader's latest closed pair with a window
over evaluation x cycle x baseline evaluation (bench/NOTES.md, "Ninth round").

``evaluation_competency_change`` holds per pair (a follow-up evaluation and its
baseline) and competency lineage the means before and after and the raters,
written when the later of the two cycles closes; ``evaluation_leader_change``
now has a row for every closed pair (a pair that pairs no competency too,
with ``competencies`` 0 and no figures) and the follow-up's leader,
organisation and cycle's ``closed_at``, indexed for "the latest pair of each
of these leaders". The report status is still read from the evaluations.

Both backfilled here from the read model of the closed cycles
(``evaluation_competency_sums``), with the same means and pairing as the
application (``feedback.evaluations.effect.pairs``). Downgrade drops them and
gives ``evaluation_leader_change`` its 0006 shape back, backfilled the same way.

Revision ID: 0007_effect_pair_read_models
Revises: 0006_effect_leader_change
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007_effect_pair_read_models"
down_revision: str | Sequence[str] | None = "0006_effect_leader_change"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
UTC_DATETIME = sa.DateTime(timezone=True)

# Per evaluation and competency lineage: the mean of the answers that count,
# the raters, and the least competency id of the lineage.
_MEANS = """
    SELECT evaluation_id, lineage_id, min(competency_id) AS competency_id,
           CAST(sum(total) AS FLOAT) / sum(answers) AS mean, sum(raters) AS raters
    FROM evaluation_competency_sums
    GROUP BY evaluation_id, lineage_id
    HAVING sum(answers) > 0
"""

# Every pair of two closed cycles.
_PAIRS = """
    SELECT f.id AS follow_up_id, bl.id AS baseline_id, f.leader_id, f.organisation_id,
           fc.closed_at
    FROM evaluation f
    JOIN evaluation_cycle fc ON fc.id = f.cycle_id
    JOIN evaluation bl ON bl.cycle_id = fc.baseline_cycle_id AND bl.leader_id = f.leader_id
    JOIN evaluation_cycle bc ON bc.id = bl.cycle_id
    WHERE fc.purpose = 'FOLLOW_UP' AND fc.status = 'CLOSED' AND bc.status = 'CLOSED'
"""

# The rows of evaluation_competency_change.
COMPETENCY_ROWS = f"""
SELECT p.follow_up_id, p.baseline_id, a.lineage_id, a.competency_id,
       b.mean AS baseline_mean, a.mean AS follow_up_mean, b.raters AS raters_baseline,
       a.raters AS raters_follow_up
FROM ({_PAIRS}) p
JOIN ({_MEANS}) a ON a.evaluation_id = p.follow_up_id
JOIN ({_MEANS}) b ON b.evaluation_id = p.baseline_id AND b.lineage_id = a.lineage_id
"""

# The rows of evaluation_leader_change: those of evaluation_competency_change
# grouped (computed again, as the application does, not read from the table
# just filled, which has no statistics yet), and a row for a pair with none.
LEADER_ROWS = f"""
SELECT p.follow_up_id, p.baseline_id, p.leader_id, p.organisation_id, p.closed_at,
       count(c.lineage_id), avg(c.follow_up_mean - c.baseline_mean), avg(c.baseline_mean),
       avg(c.follow_up_mean), max(c.raters_baseline), max(c.raters_follow_up)
FROM ({_PAIRS}) p
LEFT JOIN ({COMPETENCY_ROWS}) c
  ON c.follow_up_id = p.follow_up_id AND c.baseline_id = p.baseline_id
GROUP BY p.follow_up_id, p.baseline_id, p.leader_id, p.organisation_id, p.closed_at
"""

COMPETENCY_BACKFILL = f"""
INSERT INTO evaluation_competency_change (
    follow_up_id, baseline_id, lineage_id, competency_id, baseline_mean, follow_up_mean,
    raters_baseline, raters_follow_up
)
{COMPETENCY_ROWS}
"""

LEADER_BACKFILL = f"""
INSERT INTO evaluation_leader_change (
    follow_up_id, baseline_id, leader_id, organisation_id, closed_at, competencies, change,
    baseline_mean, follow_up_mean, raters_baseline, raters_follow_up
)
{LEADER_ROWS}
"""

# 0006's: only pairs with a paired competency, without the leader's columns.
LEADER_BACKFILL_0006 = f"""
INSERT INTO evaluation_leader_change (
    follow_up_id, baseline_id, competencies, change, baseline_mean, follow_up_mean,
    raters_baseline, raters_follow_up
)
SELECT p.follow_up_id, p.baseline_id, count(*), avg(a.mean - b.mean), avg(b.mean),
       avg(a.mean), max(b.raters), max(a.raters)
FROM ({_PAIRS}) p
JOIN ({_MEANS}) a ON a.evaluation_id = p.follow_up_id
JOIN ({_MEANS}) b ON b.evaluation_id = p.baseline_id AND b.lineage_id = a.lineage_id
GROUP BY p.follow_up_id, p.baseline_id
"""


def _pair_keys(table: str) -> list[sa.schema.SchemaItem]:
    return [
        sa.Column("follow_up_id", ID, nullable=False),
        sa.Column("baseline_id", ID, nullable=False),
        sa.ForeignKeyConstraint(
            ["follow_up_id"],
            ["evaluation.id"],
            name=op.f(f"fk_{table}_follow_up_id_evaluation"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["baseline_id"],
            ["evaluation.id"],
            name=op.f(f"fk_{table}_baseline_id_evaluation"),
            ondelete="CASCADE",
        ),
    ]


def _create_leader_change(*, latest: bool) -> None:
    """``evaluation_leader_change``: this revision's shape (``latest``), or 0006's."""
    table = "evaluation_leader_change"
    leader: list[sa.schema.SchemaItem] = [
        sa.Column("leader_id", ID, nullable=False),
        sa.Column("organisation_id", ID, nullable=False),
        sa.Column("closed_at", UTC_DATETIME, nullable=True),
    ]
    op.create_table(
        table,
        *_pair_keys(table),
        *(leader if latest else []),
        sa.Column("competencies", sa.Integer(), nullable=False),
        sa.Column("change", sa.Float(), nullable=latest),
        sa.Column("baseline_mean", sa.Float(), nullable=latest),
        sa.Column("follow_up_mean", sa.Float(), nullable=latest),
        sa.Column("raters_baseline", sa.Integer(), nullable=latest),
        sa.Column("raters_follow_up", sa.Integer(), nullable=latest),
        sa.PrimaryKeyConstraint("follow_up_id", "baseline_id", name=op.f(f"pk_{table}")),
    )
    op.create_index(op.f(f"ix_{table}_baseline_id"), table, ["baseline_id"], unique=False)
    if latest:
        op.create_index(
            "ix_evaluation_leader_change_latest",
            table,
            ["organisation_id", "leader_id", "closed_at", "follow_up_id"],
            unique=False,
        )


def _drop_leader_change(*, latest: bool) -> None:
    table = "evaluation_leader_change"
    if latest:
        op.drop_index("ix_evaluation_leader_change_latest", table_name=table)
    op.drop_index(op.f(f"ix_{table}_baseline_id"), table_name=table)
    op.drop_table(table)


def upgrade() -> None:
    table = "evaluation_competency_change"
    op.create_table(
        table,
        *_pair_keys(table),
        sa.Column("lineage_id", ID, nullable=False),
        sa.Column("competency_id", ID, nullable=False),
        sa.Column("baseline_mean", sa.Float(), nullable=False),
        sa.Column("follow_up_mean", sa.Float(), nullable=False),
        sa.Column("raters_baseline", sa.Integer(), nullable=False),
        sa.Column("raters_follow_up", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["competency_id"],
            ["competency.id"],
            name=op.f(f"fk_{table}_competency_id_competency"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint(
            "follow_up_id", "baseline_id", "lineage_id", name=op.f(f"pk_{table}")
        ),
    )
    op.create_index(op.f(f"ix_{table}_baseline_id"), table, ["baseline_id"], unique=False)
    op.create_index(op.f(f"ix_{table}_competency_id"), table, ["competency_id"], unique=False)
    op.execute(COMPETENCY_BACKFILL)
    _drop_leader_change(latest=False)
    _create_leader_change(latest=True)
    op.execute(LEADER_BACKFILL)


def downgrade() -> None:
    _drop_leader_change(latest=True)
    _create_leader_change(latest=False)
    op.execute(LEADER_BACKFILL_0006)
    table = "evaluation_competency_change"
    op.drop_index(op.f(f"ix_{table}_competency_id"), table_name=table)
    op.drop_index(op.f(f"ix_{table}_baseline_id"), table_name=table)
    op.drop_table(table)
