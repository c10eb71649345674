"""decline reasons apart from the invitation: a table of reasons per cycle,
without the rater, the evaluation or a time; the column on nomination goes

Revision ID: 0011_decline_reasons_apart
Revises: 0010_release_audit
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011_decline_reasons_apart"
down_revision: str | Sequence[str] | None = "0010_release_audit"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def _random_key() -> str:
    # 128 random bits as 32 hex digits, like the application's keys.
    if op.get_bind().dialect.name == "postgresql":
        return "replace(gen_random_uuid()::text, '-', '')"
    return "lower(hex(randomblob(16)))"


def upgrade() -> None:
    op.create_table(
        "decline_reason",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("organisation_id", ID, nullable=False),
        sa.Column("cycle_id", ID, nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["cycle_id"],
            ["evaluation_cycle.id"],
            name=op.f("fk_decline_reason_cycle_id_evaluation_cycle"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_decline_reason_organisation_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_decline_reason")),
    )
    with op.batch_alter_table("decline_reason", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_decline_reason_cycle_id"), ["cycle_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_decline_reason_organisation_id"), ["organisation_id"], unique=False
        )
    # Reasons given so far move over, without whose they were (random keys,
    # so not even the order of insertion follows the invitations).
    op.execute(
        "INSERT INTO decline_reason (id, organisation_id, cycle_id, reason) "
        f"SELECT {_random_key()}, n.organisation_id, e.cycle_id, n.decline_reason "
        "FROM nomination n JOIN evaluation e ON e.id = n.evaluation_id "
        "WHERE n.declined AND n.decline_reason IS NOT NULL AND n.decline_reason <> ''"
    )
    with op.batch_alter_table("nomination", schema=None) as batch_op:
        batch_op.drop_column("decline_reason")


def downgrade() -> None:
    # The column comes back empty: a reason was never tied to its invitation
    # after the upgrade, so it cannot be put back on one.
    with op.batch_alter_table("nomination", schema=None) as batch_op:
        batch_op.add_column(sa.Column("decline_reason", sa.Text(), nullable=True))
    with op.batch_alter_table("decline_reason", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_decline_reason_organisation_id"))
        batch_op.drop_index(batch_op.f("ix_decline_reason_cycle_id"))
    op.drop_table("decline_reason")
