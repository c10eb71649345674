"""competency lineage: a competency carries the line it continues through its
framework's versions

``competency.lineage_id`` is a competency's own id when it is new, and its
predecessor's lineage when a framework version carries it over (a copied
version, or HR saying a renamed competency continues one of an earlier
version). Learning effect's read model (``evaluation_competency_sums.lineage_id``,
copied from it when a cycle closes) and a follow-up report's baseline pair
competencies by it, never by title.

Backfill: existing competencies get the lineage of today's title rule, the
lowest id among the organisation's competencies with the same lower-cased
Danish title, exactly the ``lineage_id`` the read model already holds for
them, so no figure of existing data changes (learning effect reads the stored
rows; a report's baseline pairs as its title match did, except where two
competencies of one version shared a title). New competencies follow the new
rule from here on. Downgrade drops the column; the read model keeps its rows.

Revision ID: 0005_competency_lineage
Revises: 0004_effect_sums_covering_index
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005_competency_lineage"
down_revision: str | Sequence[str] | None = "0004_effect_sums_covering_index"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.add_column("competency", sa.Column("lineage_id", ID, nullable=True))
    # Today's title rule (``effect.repository`` before this revision), so the
    # line of every existing competency is the one its stored sums carry.
    op.execute(
        """
        UPDATE competency SET lineage_id = (
            SELECT min(other.id)
            FROM competency AS other
            JOIN competency_framework AS other_framework
              ON other_framework.id = other.framework_id
            JOIN competency_framework AS own_framework
              ON own_framework.organisation_id = other_framework.organisation_id
            WHERE own_framework.id = competency.framework_id
              AND lower(other.title_da) = lower(competency.title_da)
        )
        """
    )
    op.create_index(op.f("ix_competency_lineage_id"), "competency", ["lineage_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_competency_lineage_id"), table_name="competency")
    with op.batch_alter_table("competency") as batch:
        batch.drop_column("lineage_id")
