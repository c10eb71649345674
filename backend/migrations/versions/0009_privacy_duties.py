"""privacy duties: exports of a person's data and the privacy audit log; merges the heads

Revision ID: 0009_privacy_duties
Revises: 0004_feedback, 0006_mentoring_feedback_notes,
    0007_leadership_philosophy, 0008_learning_effect (so one head again)
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import backend.db

revision: str = "0009_privacy_duties"
down_revision: str | Sequence[str] | None = (
    "0004_feedback",
    "0006_mentoring_feedback_notes",
    "0007_leadership_philosophy",
    "0008_learning_effect",
)
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def _timestamp(name: str) -> sa.Column:  # type: ignore[type-arg]
    return sa.Column(
        name,
        backend.db.UTCDateTime(timezone=True),
        server_default=sa.text("(CURRENT_TIMESTAMP)"),
        nullable=False,
    )


def upgrade() -> None:
    op.create_table(
        "personal_data_export",
        sa.Column("organisation_id", ID, nullable=False),
        sa.Column("membership_id", ID, nullable=False),
        sa.Column("requested_by_id", ID, nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("object_key", sa.String(length=500), nullable=True),
        sa.Column("finished_at", backend.db.UTCDateTime(timezone=True), nullable=True),
        sa.Column("id", ID, autoincrement=True, nullable=False),
        _timestamp("created_at"),
        _timestamp("updated_at"),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_personal_data_export_organisation_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["membership_id"],
            ["membership.id"],
            name=op.f("fk_personal_data_export_membership_id_membership"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["requested_by_id"],
            ["membership.id"],
            name=op.f("fk_personal_data_export_requested_by_id_membership"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_personal_data_export")),
    )
    with op.batch_alter_table("personal_data_export", schema=None) as batch_op:
        for column in ("organisation_id", "membership_id", "requested_by_id"):
            batch_op.create_index(
                batch_op.f(f"ix_personal_data_export_{column}"), [column], unique=False
            )

    op.create_table(
        "privacy_audit_entry",
        sa.Column("organisation_id", ID, nullable=False),
        sa.Column("actor_id", ID, nullable=True),
        sa.Column("subject_id", ID, nullable=False),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("object_kind", sa.String(length=40), nullable=False),
        sa.Column("object_id", ID, nullable=True),
        sa.Column("at", backend.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("id", ID, autoincrement=True, nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_privacy_audit_entry_organisation_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_privacy_audit_entry")),
    )
    with op.batch_alter_table("privacy_audit_entry", schema=None) as batch_op:
        batch_op.create_index(
            "ix_privacy_audit_entry_org_at", ["organisation_id", "at", "id"], unique=False
        )
        batch_op.create_index(
            "ix_privacy_audit_entry_subject_at", ["subject_id", "at", "id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("privacy_audit_entry", schema=None) as batch_op:
        batch_op.drop_index("ix_privacy_audit_entry_subject_at")
        batch_op.drop_index("ix_privacy_audit_entry_org_at")
    op.drop_table("privacy_audit_entry")
    with op.batch_alter_table("personal_data_export", schema=None) as batch_op:
        for column in ("requested_by_id", "membership_id", "organisation_id"):
            batch_op.drop_index(batch_op.f(f"ix_personal_data_export_{column}"))
    op.drop_table("personal_data_export")
