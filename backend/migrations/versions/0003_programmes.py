"""programmes: versioned programmes with modules and activities, cohorts,
enrolments with development goals, progress, reflections, action evidence,
offline progress events, manager checkpoints and reminders

Revision ID: 0003_programmes
Revises: 0002_identity
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import backend.db

revision: str = "0003_programmes"
down_revision: str | None = "0002_identity"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "programme",
        sa.Column(
            "organisation_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column(
            "created_by_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True
        ),
        sa.Column("archived_at", backend.db.UTCDateTime(timezone=True), nullable=True),
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
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
        sa.ForeignKeyConstraint(
            ["created_by_id"],
            ["membership.id"],
            name=op.f("fk_programme_created_by_id_membership"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_programme_organisation_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_programme")),
    )
    with op.batch_alter_table("programme", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_programme_organisation_id"), ["organisation_id"], unique=False
        )

    op.create_table(
        "programme_reminder",
        sa.Column(
            "organisation_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column(
            "membership_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("sent_on", sa.Date(), nullable=False),
        sa.Column("activity_count", sa.Integer(), nullable=False),
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["membership_id"],
            ["membership.id"],
            name=op.f("fk_programme_reminder_membership_id_membership"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_programme_reminder_organisation_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_programme_reminder")),
        sa.UniqueConstraint(
            "membership_id", "sent_on", name=op.f("uq_programme_reminder_membership_id_sent_on")
        ),
    )
    with op.batch_alter_table("programme_reminder", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_programme_reminder_membership_id"), ["membership_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_programme_reminder_organisation_id"), ["organisation_id"], unique=False
        )

    op.create_table(
        "programme_version",
        sa.Column(
            "organisation_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column(
            "programme_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("audience", sa.String(length=30), nullable=False),
        sa.Column("published_at", backend.db.UTCDateTime(timezone=True), nullable=True),
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
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
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_programme_version_organisation_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["programme_id"],
            ["programme.id"],
            name=op.f("fk_programme_version_programme_id_programme"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_programme_version")),
        sa.UniqueConstraint(
            "programme_id", "version", name=op.f("uq_programme_version_programme_id_version")
        ),
    )
    with op.batch_alter_table("programme_version", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_programme_version_organisation_id"), ["organisation_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_programme_version_programme_id"), ["programme_id"], unique=False
        )

    op.create_table(
        "programme_cohort",
        sa.Column(
            "organisation_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column(
            "programme_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column(
            "version_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
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
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_programme_cohort_organisation_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["programme_id"],
            ["programme.id"],
            name=op.f("fk_programme_cohort_programme_id_programme"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["version_id"],
            ["programme_version.id"],
            name=op.f("fk_programme_cohort_version_id_programme_version"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_programme_cohort")),
    )
    with op.batch_alter_table("programme_cohort", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_programme_cohort_organisation_id"), ["organisation_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_programme_cohort_programme_id"), ["programme_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_programme_cohort_version_id"), ["version_id"], unique=False
        )

    op.create_table(
        "programme_module",
        sa.Column(
            "organisation_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column(
            "version_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("introduction", sa.Text(), nullable=False),
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_programme_module_organisation_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["version_id"],
            ["programme_version.id"],
            name=op.f("fk_programme_module_version_id_programme_version"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_programme_module")),
        sa.UniqueConstraint(
            "version_id", "position", name=op.f("uq_programme_module_version_id_position")
        ),
    )
    with op.batch_alter_table("programme_module", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_programme_module_organisation_id"), ["organisation_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_programme_module_version_id"), ["version_id"], unique=False
        )

    op.create_table(
        "programme_version_goal",
        sa.Column(
            "version_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("goal_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["goal_id"],
            ["organisation_goal.id"],
            name=op.f("fk_programme_version_goal_goal_id_organisation_goal"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["version_id"],
            ["programme_version.id"],
            name=op.f("fk_programme_version_goal_version_id_programme_version"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("version_id", "goal_id", name=op.f("pk_programme_version_goal")),
    )
    with op.batch_alter_table("programme_version_goal", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_programme_version_goal_goal_id"), ["goal_id"], unique=False
        )

    op.create_table(
        "programme_activity",
        sa.Column(
            "organisation_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column(
            "version_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column(
            "module_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("media", sa.JSON(), nullable=False),
        sa.Column("estimated_minutes", sa.Integer(), nullable=False),
        sa.Column("due_offset_days", sa.Integer(), nullable=False),
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["module_id"],
            ["programme_module.id"],
            name=op.f("fk_programme_activity_module_id_programme_module"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_programme_activity_organisation_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["version_id"],
            ["programme_version.id"],
            name=op.f("fk_programme_activity_version_id_programme_version"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_programme_activity")),
        sa.UniqueConstraint(
            "module_id", "position", name=op.f("uq_programme_activity_module_id_position")
        ),
    )
    with op.batch_alter_table("programme_activity", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_programme_activity_module_id"), ["module_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_programme_activity_organisation_id"), ["organisation_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_programme_activity_version_id"), ["version_id"], unique=False
        )

    op.create_table(
        "programme_enrolment",
        sa.Column(
            "organisation_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column(
            "programme_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column(
            "version_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("cohort_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True),
        sa.Column(
            "membership_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column(
            "enrolled_by_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True
        ),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("completed_at", backend.db.UTCDateTime(timezone=True), nullable=True),
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
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
        sa.ForeignKeyConstraint(
            ["cohort_id"],
            ["programme_cohort.id"],
            name=op.f("fk_programme_enrolment_cohort_id_programme_cohort"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["enrolled_by_id"],
            ["membership.id"],
            name=op.f("fk_programme_enrolment_enrolled_by_id_membership"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["membership_id"],
            ["membership.id"],
            name=op.f("fk_programme_enrolment_membership_id_membership"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_programme_enrolment_organisation_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["programme_id"],
            ["programme.id"],
            name=op.f("fk_programme_enrolment_programme_id_programme"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["version_id"],
            ["programme_version.id"],
            name=op.f("fk_programme_enrolment_version_id_programme_version"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_programme_enrolment")),
        sa.UniqueConstraint(
            "membership_id",
            "programme_id",
            name=op.f("uq_programme_enrolment_membership_id_programme_id"),
        ),
    )
    with op.batch_alter_table("programme_enrolment", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_programme_enrolment_cohort_id"), ["cohort_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_programme_enrolment_membership_id"), ["membership_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_programme_enrolment_organisation_id"), ["organisation_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_programme_enrolment_programme_id"), ["programme_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_programme_enrolment_version_id"), ["version_id"], unique=False
        )

    op.create_table(
        "action_evidence",
        sa.Column(
            "organisation_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column(
            "enrolment_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column(
            "activity_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("object_key", sa.String(length=500), nullable=True),
        sa.Column("content_type", sa.String(length=100), nullable=True),
        sa.Column("byte_size", sa.Integer(), nullable=True),
        sa.Column("recorded_at", backend.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
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
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["programme_activity.id"],
            name=op.f("fk_action_evidence_activity_id_programme_activity"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["enrolment_id"],
            ["programme_enrolment.id"],
            name=op.f("fk_action_evidence_enrolment_id_programme_enrolment"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_action_evidence_organisation_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_action_evidence")),
        sa.UniqueConstraint(
            "enrolment_id", "activity_id", name=op.f("uq_action_evidence_enrolment_id_activity_id")
        ),
    )
    with op.batch_alter_table("action_evidence", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_action_evidence_activity_id"), ["activity_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_action_evidence_enrolment_id"), ["enrolment_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_action_evidence_organisation_id"), ["organisation_id"], unique=False
        )

    op.create_table(
        "activity_progress",
        sa.Column(
            "organisation_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column(
            "enrolment_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column(
            "activity_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("started_at", backend.db.UTCDateTime(timezone=True), nullable=True),
        sa.Column("completed_at", backend.db.UTCDateTime(timezone=True), nullable=True),
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["programme_activity.id"],
            name=op.f("fk_activity_progress_activity_id_programme_activity"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["enrolment_id"],
            ["programme_enrolment.id"],
            name=op.f("fk_activity_progress_enrolment_id_programme_enrolment"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_activity_progress_organisation_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activity_progress")),
        sa.UniqueConstraint(
            "enrolment_id",
            "activity_id",
            name=op.f("uq_activity_progress_enrolment_id_activity_id"),
        ),
    )
    with op.batch_alter_table("activity_progress", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_activity_progress_activity_id"), ["activity_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_activity_progress_enrolment_id"), ["enrolment_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_activity_progress_organisation_id"), ["organisation_id"], unique=False
        )

    op.create_table(
        "development_goal",
        sa.Column(
            "organisation_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column(
            "enrolment_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column(
            "organisation_goal_id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            nullable=False,
        ),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("agreed_at", backend.db.UTCDateTime(timezone=True), nullable=True),
        sa.Column("attainment_rating", sa.Integer(), nullable=True),
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
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
        sa.ForeignKeyConstraint(
            ["enrolment_id"],
            ["programme_enrolment.id"],
            name=op.f("fk_development_goal_enrolment_id_programme_enrolment"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_goal_id"],
            ["organisation_goal.id"],
            name=op.f("fk_development_goal_organisation_goal_id_organisation_goal"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_development_goal_organisation_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_development_goal")),
    )
    with op.batch_alter_table("development_goal", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_development_goal_enrolment_id"), ["enrolment_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_development_goal_organisation_goal_id"),
            ["organisation_goal_id"],
            unique=False,
        )
        batch_op.create_index(
            batch_op.f("ix_development_goal_organisation_id"), ["organisation_id"], unique=False
        )

    op.create_table(
        "manager_checkpoint",
        sa.Column(
            "organisation_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column(
            "enrolment_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("completed_at", backend.db.UTCDateTime(timezone=True), nullable=True),
        sa.Column(
            "completed_by_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True
        ),
        sa.Column("goals_agreed", sa.Boolean(), nullable=False),
        sa.Column("practice_agreed", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("feedback", sa.Text(), nullable=False),
        sa.Column("reminded_on", sa.Date(), nullable=True),
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
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
        sa.ForeignKeyConstraint(
            ["completed_by_id"],
            ["membership.id"],
            name=op.f("fk_manager_checkpoint_completed_by_id_membership"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["enrolment_id"],
            ["programme_enrolment.id"],
            name=op.f("fk_manager_checkpoint_enrolment_id_programme_enrolment"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_manager_checkpoint_organisation_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_manager_checkpoint")),
        sa.UniqueConstraint(
            "enrolment_id", "kind", name=op.f("uq_manager_checkpoint_enrolment_id_kind")
        ),
    )
    with op.batch_alter_table("manager_checkpoint", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_manager_checkpoint_enrolment_id"), ["enrolment_id"], unique=False
        )
        batch_op.create_index(
            "ix_manager_checkpoint_open_due", ["completed_at", "due_on"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_manager_checkpoint_organisation_id"), ["organisation_id"], unique=False
        )

    op.create_table(
        "progress_event",
        sa.Column(
            "organisation_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column(
            "enrolment_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("client_event_id", sa.String(length=128), nullable=False),
        sa.Column(
            "activity_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("type", sa.String(length=30), nullable=False),
        sa.Column("occurred_at", backend.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("received_at", backend.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["programme_activity.id"],
            name=op.f("fk_progress_event_activity_id_programme_activity"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["enrolment_id"],
            ["programme_enrolment.id"],
            name=op.f("fk_progress_event_enrolment_id_programme_enrolment"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_progress_event_organisation_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_progress_event")),
        sa.UniqueConstraint(
            "enrolment_id",
            "client_event_id",
            name=op.f("uq_progress_event_enrolment_id_client_event_id"),
        ),
    )
    with op.batch_alter_table("progress_event", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_progress_event_activity_id"), ["activity_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_progress_event_organisation_id"), ["organisation_id"], unique=False
        )

    op.create_table(
        "reflection",
        sa.Column(
            "organisation_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column(
            "enrolment_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column(
            "activity_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("shared_with_manager", sa.Boolean(), nullable=False),
        sa.Column("shared_with_mentor", sa.Boolean(), nullable=False),
        sa.Column("written_at", backend.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
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
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["programme_activity.id"],
            name=op.f("fk_reflection_activity_id_programme_activity"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["enrolment_id"],
            ["programme_enrolment.id"],
            name=op.f("fk_reflection_enrolment_id_programme_enrolment"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_reflection_organisation_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reflection")),
        sa.UniqueConstraint(
            "enrolment_id", "activity_id", name=op.f("uq_reflection_enrolment_id_activity_id")
        ),
    )
    with op.batch_alter_table("reflection", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_reflection_activity_id"), ["activity_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_reflection_enrolment_id"), ["enrolment_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_reflection_organisation_id"), ["organisation_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("reflection", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_reflection_organisation_id"))
        batch_op.drop_index(batch_op.f("ix_reflection_enrolment_id"))
        batch_op.drop_index(batch_op.f("ix_reflection_activity_id"))

    op.drop_table("reflection")
    with op.batch_alter_table("progress_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_progress_event_organisation_id"))
        batch_op.drop_index(batch_op.f("ix_progress_event_activity_id"))

    op.drop_table("progress_event")
    with op.batch_alter_table("manager_checkpoint", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_manager_checkpoint_organisation_id"))
        batch_op.drop_index("ix_manager_checkpoint_open_due")
        batch_op.drop_index(batch_op.f("ix_manager_checkpoint_enrolment_id"))

    op.drop_table("manager_checkpoint")
    with op.batch_alter_table("development_goal", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_development_goal_organisation_id"))
        batch_op.drop_index(batch_op.f("ix_development_goal_organisation_goal_id"))
        batch_op.drop_index(batch_op.f("ix_development_goal_enrolment_id"))

    op.drop_table("development_goal")
    with op.batch_alter_table("activity_progress", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_activity_progress_organisation_id"))
        batch_op.drop_index(batch_op.f("ix_activity_progress_enrolment_id"))
        batch_op.drop_index(batch_op.f("ix_activity_progress_activity_id"))

    op.drop_table("activity_progress")
    with op.batch_alter_table("action_evidence", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_action_evidence_organisation_id"))
        batch_op.drop_index(batch_op.f("ix_action_evidence_enrolment_id"))
        batch_op.drop_index(batch_op.f("ix_action_evidence_activity_id"))

    op.drop_table("action_evidence")
    with op.batch_alter_table("programme_enrolment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_programme_enrolment_version_id"))
        batch_op.drop_index(batch_op.f("ix_programme_enrolment_programme_id"))
        batch_op.drop_index(batch_op.f("ix_programme_enrolment_organisation_id"))
        batch_op.drop_index(batch_op.f("ix_programme_enrolment_membership_id"))
        batch_op.drop_index(batch_op.f("ix_programme_enrolment_cohort_id"))

    op.drop_table("programme_enrolment")
    with op.batch_alter_table("programme_activity", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_programme_activity_version_id"))
        batch_op.drop_index(batch_op.f("ix_programme_activity_organisation_id"))
        batch_op.drop_index(batch_op.f("ix_programme_activity_module_id"))

    op.drop_table("programme_activity")
    with op.batch_alter_table("programme_version_goal", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_programme_version_goal_goal_id"))

    op.drop_table("programme_version_goal")
    with op.batch_alter_table("programme_module", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_programme_module_version_id"))
        batch_op.drop_index(batch_op.f("ix_programme_module_organisation_id"))

    op.drop_table("programme_module")
    with op.batch_alter_table("programme_cohort", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_programme_cohort_version_id"))
        batch_op.drop_index(batch_op.f("ix_programme_cohort_programme_id"))
        batch_op.drop_index(batch_op.f("ix_programme_cohort_organisation_id"))

    op.drop_table("programme_cohort")
    with op.batch_alter_table("programme_version", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_programme_version_programme_id"))
        batch_op.drop_index(batch_op.f("ix_programme_version_organisation_id"))

    op.drop_table("programme_version")
    with op.batch_alter_table("programme_reminder", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_programme_reminder_organisation_id"))
        batch_op.drop_index(batch_op.f("ix_programme_reminder_membership_id"))

    op.drop_table("programme_reminder")
    with op.batch_alter_table("programme", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_programme_organisation_id"))

    op.drop_table("programme")
