"""effect sums covering index: learning effect reads its read model from an index

A learning-effect read sums the read model's rows (``evaluation_competency_sums``)
of every leader's baseline and follow-up per competency lineage. Through the
primary key each row was a heap fetch, and one evaluation's rows lie on as
many pages as it has rows (closing a cycle writes them per rater group): for an
organisation of 2,400 leaders 67,943 rows from 67,487 pages, 140 ms of the
statement's 250-310 ms (bench data set, scale 0.2). An index on (evaluation_id,
lineage_id) that carries the summed columns is read alone (an index-only scan
once the table is vacuumed): 37 ms, the statement 140-170 ms (bench/NOTES.md,
eighth round).

SQLite has no INCLUDE: there it is a plain index on the two columns.

Revision ID: 0004_effect_sums_covering_index
Revises: 0003_token_cascade_by_trigger
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0004_effect_sums_covering_index"
down_revision: str | Sequence[str] | None = "0003_token_cascade_by_trigger"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index(
        "ix_evaluation_competency_sums_evaluation_lineage",
        "evaluation_competency_sums",
        ["evaluation_id", "lineage_id"],
        unique=False,
        postgresql_include=["competency_id", "raters", "answers", "total"],
    )


def downgrade() -> None:
    op.drop_index(
        "ix_evaluation_competency_sums_evaluation_lineage",
        table_name="evaluation_competency_sums",
    )
