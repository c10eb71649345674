"""baseline: the whole schema as the models declare it

Nothing had been released when the history was started again, so this one
migration creates every table; later changes follow it, one migration each.
It was made by autogenerate against an empty database and reviewed by hand:
keys are BIGINT on PostgreSQL and INTEGER on SQLite (which only
autoincrements an INTEGER key), timestamps carry their time zone, creation
times default to the database's clock (``now()``: ``CURRENT_TIMESTAMP`` on
SQLite), and every constraint and index has its name from the naming
convention in ``backend.db`` (so later migrations can drop them by name).
The one cycle (a philosophy points at its current version) is closed once
both tables exist. Compared with the thirteen migrations it replaces, the
schema is the same on both databases but for two defaults: ``now()`` instead
of ``CURRENT_TIMESTAMP`` on PostgreSQL (the same clock), and
``membership.is_active`` without the server default an earlier migration gave
it to fill existing rows (the model sets it; nothing inserts without it).
Those migrations inserted no data of their own.

Revision ID: 0001_baseline
Revises:
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001_baseline"
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# BIGINT keys on PostgreSQL; SQLite only autoincrements a plain INTEGER key.
ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
# backend.db.UTCDateTime as the database stores it.
UTC_DATETIME = sa.DateTime(timezone=True)
# leadership_philosophy.current_version_id: added after both tables (a cycle).
CURRENT_VERSION_FK = "fk_leadership_philosophy_current_version_id_philosophy_version"


def upgrade() -> None:
    op.create_table(
        "mentoring_pool",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("id", ID, autoincrement=True, nullable=False),
        sa.Column("created_at", UTC_DATETIME, server_default=sa.func.now(), nullable=False),
        sa.Column("updated_at", UTC_DATETIME, server_default=sa.func.now(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mentoring_pool")),
    )
    op.create_table(
        "organisation",
        sa.Column("slug", sa.String(length=80), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("id", ID, autoincrement=True, nullable=False),
        sa.Column("created_at", UTC_DATETIME, server_default=sa.func.now(), nullable=False),
        sa.Column("updated_at", UTC_DATETIME, server_default=sa.func.now(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organisation")),
        sa.UniqueConstraint("slug", name=op.f("uq_organisation_slug")),
    )
    op.create_table(
        "outbox_message",
        sa.Column("task", sa.String(length=200), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("created_at", UTC_DATETIME, nullable=False),
        sa.Column("available_at", UTC_DATETIME, nullable=False),
        sa.Column("relayed_at", UTC_DATETIME, nullable=True),
        sa.Column("done_at", UTC_DATETIME, nullable=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("id", ID, autoincrement=True, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outbox_message")),
    )
    op.create_index(
        op.f("ix_outbox_message_available_at"), "outbox_message", ["available_at"], unique=False
    )
    op.create_index(
        op.f("ix_outbox_message_relayed_at"), "outbox_message", ["relayed_at"], unique=False
    )
    op.create_table(
        "person",
        sa.Column("email", sa.String(length=320), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("locale", sa.String(length=2), nullable=False),
        sa.Column("is_active", sa.Boolean(), nullable=False),
        sa.Column("password_hash", sa.String(length=200), nullable=True),
        sa.Column("oidc_subject", sa.String(length=255), nullable=True),
        sa.Column("id", ID, autoincrement=True, nullable=False),
        sa.Column("created_at", UTC_DATETIME, server_default=sa.func.now(), nullable=False),
        sa.Column("updated_at", UTC_DATETIME, server_default=sa.func.now(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person")),
        sa.UniqueConstraint("email", name=op.f("uq_person_email")),
        sa.UniqueConstraint("oidc_subject", name=op.f("uq_person_oidc_subject")),
    )
    op.create_table(
        "sign_in_attempt",
        sa.Column("subject", sa.String(length=400), nullable=False),
        sa.Column("attempted_at", UTC_DATETIME, nullable=False),
        sa.Column("succeeded", sa.Boolean(), nullable=False),
        sa.Column("id", ID, autoincrement=True, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sign_in_attempt")),
    )
    op.create_index(
        op.f("ix_sign_in_attempt_attempted_at"), "sign_in_attempt", ["attempted_at"], unique=False
    )
    op.create_index(
        op.f("ix_sign_in_attempt_subject"), "sign_in_attempt", ["subject"], unique=False
    )
    op.create_table(
        "competency_framework",
        sa.Column("organisation_id", ID, nullable=False),
        sa.Column("family", sa.String(length=80), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("name_da", sa.String(length=200), nullable=False),
        sa.Column("name_en", sa.String(length=200), nullable=False),
        sa.Column("description_da", sa.Text(), nullable=False),
        sa.Column("description_en", sa.Text(), nullable=False),
        sa.Column("scale_labels", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("published_at", UTC_DATETIME, nullable=True),
        sa.Column("id", ID, autoincrement=True, nullable=False),
        sa.Column("created_at", UTC_DATETIME, server_default=sa.func.now(), nullable=False),
        sa.Column("updated_at", UTC_DATETIME, server_default=sa.func.now(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_competency_framework_organisation_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_competency_framework")),
        sa.UniqueConstraint(
            "organisation_id",
            "family",
            "version",
            name=op.f("uq_competency_framework_organisation_id_family_version"),
        ),
    )
    op.create_index(
        op.f("ix_competency_framework_organisation_id"),
        "competency_framework",
        ["organisation_id"],
        unique=False,
    )
    op.create_table(
        "idempotency_key",
        sa.Column("person_id", ID, nullable=False),
        sa.Column("key", sa.String(length=128), nullable=False),
        sa.Column("mutation", sa.String(length=100), nullable=False),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column("result", sa.JSON(), nullable=False),
        sa.Column("created_at", UTC_DATETIME, nullable=False),
        sa.Column("id", ID, autoincrement=True, nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_idempotency_key_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_idempotency_key")),
        sa.UniqueConstraint("person_id", "key", name=op.f("uq_idempotency_key_person_id_key")),
    )
    op.create_index(
        op.f("ix_idempotency_key_created_at"), "idempotency_key", ["created_at"], unique=False
    )
    op.create_index(
        op.f("ix_idempotency_key_person_id"), "idempotency_key", ["person_id"], unique=False
    )
    op.create_table(
        "leadership_foundation",
        sa.Column("organisation_id", ID, nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("introduction", sa.Text(), nullable=False),
        sa.Column("published_at", UTC_DATETIME, nullable=True),
        sa.Column("id", ID, autoincrement=True, nullable=False),
        sa.Column("created_at", UTC_DATETIME, server_default=sa.func.now(), nullable=False),
        sa.Column("updated_at", UTC_DATETIME, server_default=sa.func.now(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_leadership_foundation_organisation_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_leadership_foundation")),
        sa.UniqueConstraint(
            "organisation_id",
            "version",
            name=op.f("uq_leadership_foundation_organisation_id_version"),
        ),
    )
    op.create_index(
        op.f("ix_leadership_foundation_organisation_id"),
        "leadership_foundation",
        ["organisation_id"],
        unique=False,
    )
    op.create_table(
        "magic_link",
        sa.Column("person_id", ID, nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("created_at", UTC_DATETIME, nullable=False),
        sa.Column("expires_at", UTC_DATETIME, nullable=False),
        sa.Column("used_at", UTC_DATETIME, nullable=True),
        sa.Column("id", ID, autoincrement=True, nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_magic_link_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_magic_link")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_magic_link_token_hash")),
    )
    op.create_index(op.f("ix_magic_link_person_id"), "magic_link", ["person_id"], unique=False)
    op.create_table(
        "mentoring_pool_member",
        sa.Column("organisation_id", ID, nullable=False),
        sa.Column("pool_id", ID, nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_mentoring_pool_member_organisation_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["pool_id"],
            ["mentoring_pool.id"],
            name=op.f("fk_mentoring_pool_member_pool_id_mentoring_pool"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("organisation_id", name=op.f("pk_mentoring_pool_member")),
    )
    op.create_index(
        op.f("ix_mentoring_pool_member_pool_id"), "mentoring_pool_member", ["pool_id"], unique=False
    )
    op.create_table(
        "organisation_goal",
        sa.Column("organisation_id", ID, nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=True),
        sa.Column("period_end", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("id", ID, autoincrement=True, nullable=False),
        sa.Column("created_at", UTC_DATETIME, server_default=sa.func.now(), nullable=False),
        sa.Column("updated_at", UTC_DATETIME, server_default=sa.func.now(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_organisation_goal_organisation_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organisation_goal")),
    )
    op.create_index(
        op.f("ix_organisation_goal_organisation_id"),
        "organisation_goal",
        ["organisation_id"],
        unique=False,
    )
    op.create_table(
        "privacy_audit_entry",
        sa.Column("organisation_id", ID, nullable=False),
        sa.Column("actor_id", ID, nullable=True),
        sa.Column("subject_id", ID, nullable=False),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("object_kind", sa.String(length=40), nullable=False),
        sa.Column("object_id", ID, nullable=True),
        sa.Column("at", UTC_DATETIME, nullable=False),
        sa.Column("id", ID, autoincrement=True, nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_privacy_audit_entry_organisation_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_privacy_audit_entry")),
    )
    op.create_index(
        "ix_privacy_audit_entry_org_at",
        "privacy_audit_entry",
        ["organisation_id", "at", "id"],
        unique=False,
    )
    op.create_index(
        "ix_privacy_audit_entry_subject_at",
        "privacy_audit_entry",
        ["subject_id", "at", "id"],
        unique=False,
    )
    op.create_table(
        "refresh_token",
        sa.Column("person_id", ID, nullable=False),
        sa.Column("organisation_id", ID, nullable=False),
        sa.Column("family", sa.String(length=64), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("created_at", UTC_DATETIME, nullable=False),
        sa.Column("expires_at", UTC_DATETIME, nullable=False),
        sa.Column("replaced_at", UTC_DATETIME, nullable=True),
        sa.Column("revoked_at", UTC_DATETIME, nullable=True),
        sa.Column("id", ID, autoincrement=True, nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_refresh_token_organisation_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_refresh_token_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_refresh_token")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_refresh_token_token_hash")),
    )
    op.create_index(op.f("ix_refresh_token_family"), "refresh_token", ["family"], unique=False)
    op.create_index(
        op.f("ix_refresh_token_person_id"), "refresh_token", ["person_id"], unique=False
    )
    op.create_table(
        "released_figure",
        sa.Column("organisation_id", ID, nullable=False),
        sa.Column("measure", sa.String(length=200), nullable=False),
        sa.Column("contributors_key", sa.String(length=64), nullable=False),
        sa.Column("contributors", sa.JSON(), nullable=False),
        sa.Column("at", UTC_DATETIME, nullable=False),
        sa.Column("id", ID, autoincrement=True, nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_released_figure_organisation_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_released_figure")),
        sa.UniqueConstraint(
            "organisation_id",
            "measure",
            "contributors_key",
            name="uq_released_figure_organisation_id_measure_contributors_key",
        ),
    )
    op.create_table(
        "scim_token",
        sa.Column("organisation_id", ID, nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("created_at", UTC_DATETIME, nullable=False),
        sa.Column("revoked_at", UTC_DATETIME, nullable=True),
        sa.Column("id", ID, autoincrement=True, nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_scim_token_organisation_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_scim_token")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_scim_token_token_hash")),
    )
    op.create_index(
        op.f("ix_scim_token_organisation_id"), "scim_token", ["organisation_id"], unique=False
    )
    op.create_table(
        "structure_import",
        sa.Column("organisation_id", ID, nullable=False),
        sa.Column("started_by_id", ID, nullable=True),
        sa.Column("object_key", sa.String(length=500), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("result", sa.JSON(), nullable=True),
        sa.Column("id", ID, autoincrement=True, nullable=False),
        sa.Column("created_at", UTC_DATETIME, server_default=sa.func.now(), nullable=False),
        sa.Column("updated_at", UTC_DATETIME, server_default=sa.func.now(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_structure_import_organisation_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["started_by_id"],
            ["person.id"],
            name=op.f("fk_structure_import_started_by_id_person"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_structure_import")),
    )
    op.create_index(
        op.f("ix_structure_import_organisation_id"),
        "structure_import",
        ["organisation_id"],
        unique=False,
    )
    op.create_table(
        "unit",
        sa.Column("organisation_id", ID, nullable=False),
        sa.Column("parent_id", ID, nullable=True),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("id", ID, autoincrement=True, nullable=False),
        sa.Column("created_at", UTC_DATETIME, server_default=sa.func.now(), nullable=False),
        sa.Column("updated_at", UTC_DATETIME, server_default=sa.func.now(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_unit_organisation_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["parent_id"], ["unit.id"], name=op.f("fk_unit_parent_id_unit"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_unit")),
    )
    op.create_index(op.f("ix_unit_organisation_id"), "unit", ["organisation_id"], unique=False)
    op.create_index(op.f("ix_unit_parent_id"), "unit", ["parent_id"], unique=False)
    op.create_table(
        "competency",
        sa.Column("framework_id", ID, nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title_da", sa.String(length=200), nullable=False),
        sa.Column("title_en", sa.String(length=200), nullable=False),
        sa.Column("description_da", sa.Text(), nullable=False),
        sa.Column("description_en", sa.Text(), nullable=False),
        sa.Column("id", ID, autoincrement=True, nullable=False),
        sa.ForeignKeyConstraint(
            ["framework_id"],
            ["competency_framework.id"],
            name=op.f("fk_competency_framework_id_competency_framework"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_competency")),
    )
    op.create_index(
        op.f("ix_competency_framework_id"), "competency", ["framework_id"], unique=False
    )
    op.create_table(
        "foundation_principle",
        sa.Column("foundation_id", ID, nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("id", ID, autoincrement=True, nullable=False),
        sa.ForeignKeyConstraint(
            ["foundation_id"],
            ["leadership_foundation.id"],
            name=op.f("fk_foundation_principle_foundation_id_leadership_foundation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_foundation_principle")),
    )
    op.create_index(
        op.f("ix_foundation_principle_foundation_id"),
        "foundation_principle",
        ["foundation_id"],
        unique=False,
    )
    op.create_table(
        "membership",
        sa.Column("organisation_id", ID, nullable=False),
        sa.Column("person_id", ID, nullable=False),
        sa.Column("unit_id", ID, nullable=True),
        sa.Column("manager_id", ID, nullable=True),
        sa.Column("job_title", sa.String(length=200), nullable=False),
        sa.Column("leader_since", sa.Date(), nullable=True),
        sa.Column("roles", sa.JSON(), nullable=False),
        sa.Column("is_active", sa.Boolean(), nullable=False),
        sa.Column("joined_at", UTC_DATETIME, nullable=False),
        sa.Column("id", ID, autoincrement=True, nullable=False),
        sa.Column("created_at", UTC_DATETIME, server_default=sa.func.now(), nullable=False),
        sa.Column("updated_at", UTC_DATETIME, server_default=sa.func.now(), nullable=False),
        sa.ForeignKeyConstraint(
            ["manager_id"],
            ["membership.id"],
            name=op.f("fk_membership_manager_id_membership"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_membership_organisation_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_membership_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["unit_id"], ["unit.id"], name=op.f("fk_membership_unit_id_unit"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_membership")),
        sa.UniqueConstraint(
            "organisation_id", "person_id", name=op.f("uq_membership_organisation_id_person_id")
        ),
    )
    op.create_index(op.f("ix_membership_manager_id"), "membership", ["manager_id"], unique=False)
    op.create_index(
        op.f("ix_membership_organisation_id"), "membership", ["organisation_id"], unique=False
    )
    op.create_index(op.f("ix_membership_person_id"), "membership", ["person_id"], unique=False)
    op.create_index(op.f("ix_membership_unit_id"), "membership", ["unit_id"], unique=False)
    op.create_table(
        "open_question",
        sa.Column("framework_id", ID, nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text_da", sa.Text(), nullable=False),
        sa.Column("text_en", sa.Text(), nullable=False),
        sa.Column("id", ID, autoincrement=True, nullable=False),
        sa.ForeignKeyConstraint(
            ["framework_id"],
            ["competency_framework.id"],
            name=op.f("fk_open_question_framework_id_competency_framework"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_open_question")),
    )
    op.create_index(
        op.f("ix_open_question_framework_id"), "open_question", ["framework_id"], unique=False
    )
    op.create_table(
        "organisation_goal_unit",
        sa.Column("goal_id", ID, nullable=False),
        sa.Column("unit_id", ID, nullable=False),
        sa.ForeignKeyConstraint(
            ["goal_id"],
            ["organisation_goal.id"],
            name=op.f("fk_organisation_goal_unit_goal_id_organisation_goal"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["unit_id"],
            ["unit.id"],
            name=op.f("fk_organisation_goal_unit_unit_id_unit"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("goal_id", "unit_id", name=op.f("pk_organisation_goal_unit")),
    )
    op.create_index(
        op.f("ix_organisation_goal_unit_unit_id"),
        "organisation_goal_unit",
        ["unit_id"],
        unique=False,
    )
    op.create_table(
        "scim_group",
        sa.Column("organisation_id", ID, nullable=False),
        sa.Column("display_name", sa.String(length=200), nullable=False),
        sa.Column("external_id", sa.String(length=255), nullable=True),
        sa.Column("unit_id", ID, nullable=True),
        sa.Column("role", sa.String(length=20), nullable=True),
        sa.Column("members", sa.JSON(), nullable=False),
        sa.Column("document", sa.JSON(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", UTC_DATETIME, nullable=False),
        sa.Column("updated_at", UTC_DATETIME, nullable=False),
        sa.Column("deleted_at", UTC_DATETIME, nullable=True),
        sa.Column("id", ID, autoincrement=True, nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_scim_group_organisation_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["unit_id"], ["unit.id"], name=op.f("fk_scim_group_unit_id_unit"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_scim_group")),
    )
    op.create_index(op.f("ix_scim_group_external_id"), "scim_group", ["external_id"], unique=False)
    op.create_index(
        op.f("ix_scim_group_organisation_id"), "scim_group", ["organisation_id"], unique=False
    )
    op.create_index(op.f("ix_scim_group_unit_id"), "scim_group", ["unit_id"], unique=False)
    op.create_table(
        "competency_item",
        sa.Column("competency_id", ID, nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text_da", sa.Text(), nullable=False),
        sa.Column("text_en", sa.Text(), nullable=False),
        sa.Column("required", sa.Boolean(), nullable=False),
        sa.Column("id", ID, autoincrement=True, nullable=False),
        sa.ForeignKeyConstraint(
            ["competency_id"],
            ["competency.id"],
            name=op.f("fk_competency_item_competency_id_competency"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_competency_item")),
    )
    op.create_index(
        op.f("ix_competency_item_competency_id"), "competency_item", ["competency_id"], unique=False
    )
    op.create_table(
        "effect_export",
        sa.Column("organisation_id", ID, nullable=False),
        sa.Column("requested_by_id", ID, nullable=False),
        sa.Column("scope", sa.String(length=20), nullable=False),
        sa.Column("format", sa.String(length=10), nullable=False),
        sa.Column("locale", sa.String(length=2), nullable=False),
        sa.Column("filter", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("object_key", sa.String(length=500), nullable=True),
        sa.Column("as_of", sa.Date(), nullable=True),
        sa.Column("finished_at", UTC_DATETIME, nullable=True),
        sa.Column("id", ID, autoincrement=True, nullable=False),
        sa.Column("created_at", UTC_DATETIME, server_default=sa.func.now(), nullable=False),
        sa.Column("updated_at", UTC_DATETIME, server_default=sa.func.now(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_effect_export_organisation_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["requested_by_id"],
            ["membership.id"],
            name=op.f("fk_effect_export_requested_by_id_membership"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_effect_export")),
    )
    op.create_index(
        op.f("ix_effect_export_organisation_id"), "effect_export", ["organisation_id"], unique=False
    )
    op.create_index(
        op.f("ix_effect_export_requested_by_id"), "effect_export", ["requested_by_id"], unique=False
    )
    op.create_table(
        "evaluation_cycle",
        sa.Column("organisation_id", ID, nullable=False),
        sa.Column("framework_id", ID, nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("purpose", sa.String(length=20), nullable=False),
        sa.Column("baseline_cycle_id", ID, nullable=True),
        sa.Column("profile", sa.String(length=40), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("opens_at", UTC_DATETIME, nullable=False),
        sa.Column("closes_at", UTC_DATETIME, nullable=False),
        sa.Column("closed_at", UTC_DATETIME, nullable=True),
        sa.Column("min_peer", sa.SmallInteger(), nullable=False),
        sa.Column("min_direct_report", sa.SmallInteger(), nullable=False),
        sa.Column("min_external", sa.SmallInteger(), nullable=False),
        sa.Column("min_all_raters", sa.SmallInteger(), nullable=False),
        sa.Column("min_comments", sa.SmallInteger(), nullable=False),
        sa.Column("min_employees_for_report", sa.SmallInteger(), nullable=False),
        sa.Column("reminder_days_before_close", sa.JSON(), nullable=False),
        sa.Column("nomination_limits", sa.JSON(), nullable=False),
        sa.Column("created_by_id", ID, nullable=True),
        sa.Column("id", ID, autoincrement=True, nullable=False),
        sa.Column("created_at", UTC_DATETIME, server_default=sa.func.now(), nullable=False),
        sa.Column("updated_at", UTC_DATETIME, server_default=sa.func.now(), nullable=False),
        sa.ForeignKeyConstraint(
            ["baseline_cycle_id"],
            ["evaluation_cycle.id"],
            name=op.f("fk_evaluation_cycle_baseline_cycle_id_evaluation_cycle"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["created_by_id"],
            ["membership.id"],
            name=op.f("fk_evaluation_cycle_created_by_id_membership"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["framework_id"],
            ["competency_framework.id"],
            name=op.f("fk_evaluation_cycle_framework_id_competency_framework"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_evaluation_cycle_organisation_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_evaluation_cycle")),
    )
    op.create_index(
        op.f("ix_evaluation_cycle_baseline_cycle_id"),
        "evaluation_cycle",
        ["baseline_cycle_id"],
        unique=False,
    )
    op.create_index(
        op.f("ix_evaluation_cycle_closes_at"), "evaluation_cycle", ["closes_at"], unique=False
    )
    op.create_index(
        op.f("ix_evaluation_cycle_framework_id"), "evaluation_cycle", ["framework_id"], unique=False
    )
    op.create_index(
        op.f("ix_evaluation_cycle_organisation_id"),
        "evaluation_cycle",
        ["organisation_id"],
        unique=False,
    )
    op.create_index(
        op.f("ix_evaluation_cycle_status"), "evaluation_cycle", ["status"], unique=False
    )
    op.create_table(
        "feedback_note",
        sa.Column("organisation_id", ID, nullable=False),
        sa.Column("subject_kind", sa.String(length=30), nullable=False),
        sa.Column("subject_id", ID, nullable=True),
        sa.Column("leader_id", ID, nullable=False),
        sa.Column("author_id", ID, nullable=True),
        sa.Column("parent_id", ID, nullable=True),
        sa.Column("visibility", sa.String(length=20), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("hidden_at", UTC_DATETIME, nullable=True),
        sa.Column("hidden_by_id", ID, nullable=True),
        sa.Column("id", ID, autoincrement=True, nullable=False),
        sa.Column("created_at", UTC_DATETIME, server_default=sa.func.now(), nullable=False),
        sa.Column("updated_at", UTC_DATETIME, server_default=sa.func.now(), nullable=False),
        sa.ForeignKeyConstraint(
            ["author_id"],
            ["membership.id"],
            name=op.f("fk_feedback_note_author_id_membership"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["hidden_by_id"],
            ["membership.id"],
            name=op.f("fk_feedback_note_hidden_by_id_membership"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["leader_id"],
            ["membership.id"],
            name=op.f("fk_feedback_note_leader_id_membership"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_feedback_note_organisation_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["parent_id"],
            ["feedback_note.id"],
            name=op.f("fk_feedback_note_parent_id_feedback_note"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_feedback_note")),
    )
    op.create_index(
        op.f("ix_feedback_note_author_id"), "feedback_note", ["author_id"], unique=False
    )
    op.create_index(
        op.f("ix_feedback_note_leader_id"), "feedback_note", ["leader_id"], unique=False
    )
    op.create_index(
        op.f("ix_feedback_note_organisation_id"), "feedback_note", ["organisation_id"], unique=False
    )
    op.create_index(
        op.f("ix_feedback_note_parent_id"), "feedback_note", ["parent_id"], unique=False
    )
    op.create_index(
        "ix_feedback_note_subject",
        "feedback_note",
        ["organisation_id", "subject_kind", "subject_id"],
        unique=False,
    )
    op.create_table(
        "leadership_philosophy",
        sa.Column("organisation_id", ID, nullable=False),
        sa.Column("membership_id", ID, nullable=False),
        sa.Column("slug", sa.String(length=120), nullable=False),
        sa.Column("visibility", sa.String(length=20), nullable=False),
        sa.Column("private_notes", sa.Text(), nullable=False),
        sa.Column("current_version_id", ID, nullable=True),
        sa.Column("id", ID, autoincrement=True, nullable=False),
        sa.Column("created_at", UTC_DATETIME, server_default=sa.func.now(), nullable=False),
        sa.Column("updated_at", UTC_DATETIME, server_default=sa.func.now(), nullable=False),
        sa.ForeignKeyConstraint(
            ["membership_id"],
            ["membership.id"],
            name=op.f("fk_leadership_philosophy_membership_id_membership"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_leadership_philosophy_organisation_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_leadership_philosophy")),
        sa.UniqueConstraint("membership_id", name=op.f("uq_leadership_philosophy_membership_id")),
        sa.UniqueConstraint(
            "organisation_id", "slug", name=op.f("uq_leadership_philosophy_organisation_id_slug")
        ),
    )
    op.create_index(
        op.f("ix_leadership_philosophy_organisation_id"),
        "leadership_philosophy",
        ["organisation_id"],
        unique=False,
    )
    op.create_table(
        "matching_run",
        sa.Column("organisation_id", ID, nullable=False),
        sa.Column("started_by_id", ID, nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("weights", sa.JSON(), nullable=False),
        sa.Column("mentee_ids", sa.JSON(), nullable=True),
        sa.Column("mentor_ids", sa.JSON(), nullable=True),
        sa.Column("use_shared_pool", sa.Boolean(), nullable=False),
        sa.Column("candidates_per_mentee", sa.Integer(), nullable=False),
        sa.Column("result", sa.JSON(), nullable=True),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("finished_at", UTC_DATETIME, nullable=True),
        sa.Column("id", ID, autoincrement=True, nullable=False),
        sa.Column("created_at", UTC_DATETIME, server_default=sa.func.now(), nullable=False),
        sa.Column("updated_at", UTC_DATETIME, server_default=sa.func.now(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_matching_run_organisation_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["started_by_id"],
            ["membership.id"],
            name=op.f("fk_matching_run_started_by_id_membership"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_matching_run")),
    )
    op.create_index(
        op.f("ix_matching_run_organisation_id"), "matching_run", ["organisation_id"], unique=False
    )
    op.create_index(
        op.f("ix_matching_run_started_by_id"), "matching_run", ["started_by_id"], unique=False
    )
    op.create_table(
        "mentor_profile",
        sa.Column("organisation_id", ID, nullable=False),
        sa.Column("membership_id", ID, nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=False),
        sa.Column("competency_ids", sa.JSON(), nullable=False),
        sa.Column("tags", sa.JSON(), nullable=False),
        sa.Column("areas", sa.JSON(), nullable=False),
        sa.Column("languages", sa.JSON(), nullable=False),
        sa.Column("location", sa.String(length=120), nullable=False),
        sa.Column("availability", sa.Text(), nullable=False),
        sa.Column("is_available", sa.Boolean(), nullable=False),
        sa.Column("id", ID, autoincrement=True, nullable=False),
        sa.Column("created_at", UTC_DATETIME, server_default=sa.func.now(), nullable=False),
        sa.Column("updated_at", UTC_DATETIME, server_default=sa.func.now(), nullable=False),
        sa.ForeignKeyConstraint(
            ["membership_id"],
            ["membership.id"],
            name=op.f("fk_mentor_profile_membership_id_membership"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_mentor_profile_organisation_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mentor_profile")),
        sa.UniqueConstraint("membership_id", name=op.f("uq_mentor_profile_membership_id")),
    )
    op.create_index(
        op.f("ix_mentor_profile_organisation_id"),
        "mentor_profile",
        ["organisation_id"],
        unique=False,
    )
    op.create_table(
        "mentoring_need",
        sa.Column("organisation_id", ID, nullable=False),
        sa.Column("membership_id", ID, nullable=False),
        sa.Column("competency_ids", sa.JSON(), nullable=False),
        sa.Column("tags", sa.JSON(), nullable=False),
        sa.Column("area", sa.String(length=120), nullable=False),
        sa.Column("area_preference", sa.String(length=20), nullable=False),
        sa.Column("language", sa.String(length=10), nullable=False),
        sa.Column("location", sa.String(length=120), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("id", ID, autoincrement=True, nullable=False),
        sa.Column("created_at", UTC_DATETIME, server_default=sa.func.now(), nullable=False),
        sa.Column("updated_at", UTC_DATETIME, server_default=sa.func.now(), nullable=False),
        sa.ForeignKeyConstraint(
            ["membership_id"],
            ["membership.id"],
            name=op.f("fk_mentoring_need_membership_id_membership"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_mentoring_need_organisation_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mentoring_need")),
        sa.UniqueConstraint("membership_id", name=op.f("uq_mentoring_need_membership_id")),
    )
    op.create_index(
        op.f("ix_mentoring_need_organisation_id"),
        "mentoring_need",
        ["organisation_id"],
        unique=False,
    )
    op.create_table(
        "personal_data_export",
        sa.Column("organisation_id", ID, nullable=False),
        sa.Column("membership_id", ID, nullable=False),
        sa.Column("requested_by_id", ID, nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("object_key", sa.String(length=500), nullable=True),
        sa.Column("finished_at", UTC_DATETIME, nullable=True),
        sa.Column("id", ID, autoincrement=True, nullable=False),
        sa.Column("created_at", UTC_DATETIME, server_default=sa.func.now(), nullable=False),
        sa.Column("updated_at", UTC_DATETIME, server_default=sa.func.now(), nullable=False),
        sa.ForeignKeyConstraint(
            ["membership_id"],
            ["membership.id"],
            name=op.f("fk_personal_data_export_membership_id_membership"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_personal_data_export_organisation_id_organisation"),
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
    op.create_index(
        op.f("ix_personal_data_export_membership_id"),
        "personal_data_export",
        ["membership_id"],
        unique=False,
    )
    op.create_index(
        op.f("ix_personal_data_export_organisation_id"),
        "personal_data_export",
        ["organisation_id"],
        unique=False,
    )
    op.create_index(
        op.f("ix_personal_data_export_requested_by_id"),
        "personal_data_export",
        ["requested_by_id"],
        unique=False,
    )
    op.create_table(
        "programme",
        sa.Column("organisation_id", ID, nullable=False),
        sa.Column("created_by_id", ID, nullable=True),
        sa.Column("archived_at", UTC_DATETIME, nullable=True),
        sa.Column("id", ID, autoincrement=True, nullable=False),
        sa.Column("created_at", UTC_DATETIME, server_default=sa.func.now(), nullable=False),
        sa.Column("updated_at", UTC_DATETIME, server_default=sa.func.now(), nullable=False),
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
    op.create_index(
        op.f("ix_programme_organisation_id"), "programme", ["organisation_id"], unique=False
    )
    op.create_table(
        "programme_reminder",
        sa.Column("organisation_id", ID, nullable=False),
        sa.Column("membership_id", ID, nullable=False),
        sa.Column("sent_on", sa.Date(), nullable=False),
        sa.Column("activity_count", sa.Integer(), nullable=False),
        sa.Column("id", ID, autoincrement=True, nullable=False),
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
    op.create_index(
        op.f("ix_programme_reminder_membership_id"),
        "programme_reminder",
        ["membership_id"],
        unique=False,
    )
    op.create_index(
        op.f("ix_programme_reminder_organisation_id"),
        "programme_reminder",
        ["organisation_id"],
        unique=False,
    )
    op.create_table(
        "scim_user",
        sa.Column("organisation_id", ID, nullable=False),
        sa.Column("membership_id", ID, nullable=False),
        sa.Column("user_name", sa.String(length=320), nullable=False),
        sa.Column("external_id", sa.String(length=255), nullable=True),
        sa.Column("document", sa.JSON(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", UTC_DATETIME, nullable=False),
        sa.Column("updated_at", UTC_DATETIME, nullable=False),
        sa.Column("deleted_at", UTC_DATETIME, nullable=True),
        sa.Column("id", ID, autoincrement=True, nullable=False),
        sa.ForeignKeyConstraint(
            ["membership_id"],
            ["membership.id"],
            name=op.f("fk_scim_user_membership_id_membership"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_scim_user_organisation_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_scim_user")),
        sa.UniqueConstraint("membership_id", name=op.f("uq_scim_user_membership_id")),
        sa.UniqueConstraint(
            "organisation_id", "user_name", name=op.f("uq_scim_user_organisation_id_user_name")
        ),
    )
    op.create_index(op.f("ix_scim_user_external_id"), "scim_user", ["external_id"], unique=False)
    op.create_index(
        op.f("ix_scim_user_organisation_id"), "scim_user", ["organisation_id"], unique=False
    )
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
    op.create_index(
        op.f("ix_decline_reason_cycle_id"), "decline_reason", ["cycle_id"], unique=False
    )
    op.create_index(
        op.f("ix_decline_reason_organisation_id"),
        "decline_reason",
        ["organisation_id"],
        unique=False,
    )
    op.create_table(
        "evaluation",
        sa.Column("organisation_id", ID, nullable=False),
        sa.Column("cycle_id", ID, nullable=False),
        sa.Column("leader_id", ID, nullable=False),
        sa.Column("manager_id", ID, nullable=True),
        sa.Column("nomination_state", sa.String(length=30), nullable=False),
        sa.Column("frozen_results", sa.JSON(), nullable=True),
        sa.Column("employee_count", sa.Integer(), nullable=True),
        sa.Column("report_status", sa.String(length=20), nullable=False),
        sa.Column("report_object_key", sa.String(length=500), nullable=True),
        sa.Column("id", ID, autoincrement=True, nullable=False),
        sa.Column("created_at", UTC_DATETIME, server_default=sa.func.now(), nullable=False),
        sa.Column("updated_at", UTC_DATETIME, server_default=sa.func.now(), nullable=False),
        sa.ForeignKeyConstraint(
            ["cycle_id"],
            ["evaluation_cycle.id"],
            name=op.f("fk_evaluation_cycle_id_evaluation_cycle"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["leader_id"],
            ["membership.id"],
            name=op.f("fk_evaluation_leader_id_membership"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["manager_id"],
            ["membership.id"],
            name=op.f("fk_evaluation_manager_id_membership"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_evaluation_organisation_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_evaluation")),
        sa.UniqueConstraint("cycle_id", "leader_id", name=op.f("uq_evaluation_cycle_id_leader_id")),
    )
    op.create_index(op.f("ix_evaluation_cycle_id"), "evaluation", ["cycle_id"], unique=False)
    op.create_index(op.f("ix_evaluation_leader_id"), "evaluation", ["leader_id"], unique=False)
    op.create_index(op.f("ix_evaluation_manager_id"), "evaluation", ["manager_id"], unique=False)
    op.create_index(
        op.f("ix_evaluation_organisation_id"), "evaluation", ["organisation_id"], unique=False
    )
    op.create_table(
        "feedback_note_audience",
        sa.Column("note_id", ID, nullable=False),
        sa.Column("membership_id", ID, nullable=False),
        sa.ForeignKeyConstraint(
            ["membership_id"],
            ["membership.id"],
            name=op.f("fk_feedback_note_audience_membership_id_membership"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["note_id"],
            ["feedback_note.id"],
            name=op.f("fk_feedback_note_audience_note_id_feedback_note"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("note_id", "membership_id", name=op.f("pk_feedback_note_audience")),
    )
    op.create_index(
        op.f("ix_feedback_note_audience_membership_id"),
        "feedback_note_audience",
        ["membership_id"],
        unique=False,
    )
    op.create_table(
        "feedback_note_read",
        sa.Column("note_id", ID, nullable=False),
        sa.Column("membership_id", ID, nullable=False),
        sa.Column("read_at", UTC_DATETIME, nullable=False),
        sa.ForeignKeyConstraint(
            ["membership_id"],
            ["membership.id"],
            name=op.f("fk_feedback_note_read_membership_id_membership"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["note_id"],
            ["feedback_note.id"],
            name=op.f("fk_feedback_note_read_note_id_feedback_note"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("note_id", "membership_id", name=op.f("pk_feedback_note_read")),
    )
    op.create_index(
        op.f("ix_feedback_note_read_membership_id"),
        "feedback_note_read",
        ["membership_id"],
        unique=False,
    )
    op.create_table(
        "match_proposal",
        sa.Column("organisation_id", ID, nullable=False),
        sa.Column("run_id", ID, nullable=True),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("mentee_id", ID, nullable=False),
        sa.Column("mentor_id", ID, nullable=False),
        sa.Column("mentor_profile_id", ID, nullable=False),
        sa.Column("fit", sa.Float(), nullable=False),
        sa.Column("explanation", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("decided_by_id", ID, nullable=True),
        sa.Column("decided_at", UTC_DATETIME, nullable=True),
        sa.Column("decision_note", sa.Text(), nullable=False),
        sa.Column("id", ID, autoincrement=True, nullable=False),
        sa.Column("created_at", UTC_DATETIME, server_default=sa.func.now(), nullable=False),
        sa.Column("updated_at", UTC_DATETIME, server_default=sa.func.now(), nullable=False),
        sa.ForeignKeyConstraint(
            ["decided_by_id"],
            ["membership.id"],
            name=op.f("fk_match_proposal_decided_by_id_membership"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["mentee_id"],
            ["membership.id"],
            name=op.f("fk_match_proposal_mentee_id_membership"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["mentor_id"],
            ["membership.id"],
            name=op.f("fk_match_proposal_mentor_id_membership"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["mentor_profile_id"],
            ["mentor_profile.id"],
            name=op.f("fk_match_proposal_mentor_profile_id_mentor_profile"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_match_proposal_organisation_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["run_id"],
            ["matching_run.id"],
            name=op.f("fk_match_proposal_run_id_matching_run"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_match_proposal")),
    )
    op.create_index(
        op.f("ix_match_proposal_decided_by_id"), "match_proposal", ["decided_by_id"], unique=False
    )
    op.create_index(
        "ix_match_proposal_mentee_status", "match_proposal", ["mentee_id", "status"], unique=False
    )
    op.create_index(
        op.f("ix_match_proposal_mentor_id"), "match_proposal", ["mentor_id"], unique=False
    )
    op.create_index(
        op.f("ix_match_proposal_mentor_profile_id"),
        "match_proposal",
        ["mentor_profile_id"],
        unique=False,
    )
    op.create_index(
        op.f("ix_match_proposal_organisation_id"),
        "match_proposal",
        ["organisation_id"],
        unique=False,
    )
    op.create_index(op.f("ix_match_proposal_run_id"), "match_proposal", ["run_id"], unique=False)
    op.create_table(
        "philosophy_item",
        sa.Column("organisation_id", ID, nullable=False),
        sa.Column("philosophy_id", ID, nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("source_note_id", ID, nullable=True),
        sa.Column("done_at", UTC_DATETIME, nullable=True),
        sa.Column("id", ID, autoincrement=True, nullable=False),
        sa.Column("created_at", UTC_DATETIME, server_default=sa.func.now(), nullable=False),
        sa.Column("updated_at", UTC_DATETIME, server_default=sa.func.now(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_philosophy_item_organisation_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["philosophy_id"],
            ["leadership_philosophy.id"],
            name=op.f("fk_philosophy_item_philosophy_id_leadership_philosophy"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_philosophy_item")),
    )
    op.create_index(
        op.f("ix_philosophy_item_organisation_id"),
        "philosophy_item",
        ["organisation_id"],
        unique=False,
    )
    op.create_index(
        op.f("ix_philosophy_item_philosophy_id"), "philosophy_item", ["philosophy_id"], unique=False
    )
    op.create_table(
        "philosophy_version",
        sa.Column("organisation_id", ID, nullable=False),
        sa.Column("philosophy_id", ID, nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("sections", sa.JSON(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("locale", sa.String(length=2), nullable=False),
        sa.Column("requested_at", UTC_DATETIME, nullable=True),
        sa.Column("published_at", UTC_DATETIME, nullable=True),
        sa.Column("html_key", sa.String(length=512), nullable=True),
        sa.Column("pdf_key", sa.String(length=512), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("id", ID, autoincrement=True, nullable=False),
        sa.Column("created_at", UTC_DATETIME, server_default=sa.func.now(), nullable=False),
        sa.Column("updated_at", UTC_DATETIME, server_default=sa.func.now(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_philosophy_version_organisation_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["philosophy_id"],
            ["leadership_philosophy.id"],
            name=op.f("fk_philosophy_version_philosophy_id_leadership_philosophy"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_philosophy_version")),
        sa.UniqueConstraint(
            "philosophy_id", "number", name=op.f("uq_philosophy_version_philosophy_id_number")
        ),
    )
    op.create_index(
        op.f("ix_philosophy_version_organisation_id"),
        "philosophy_version",
        ["organisation_id"],
        unique=False,
    )
    op.create_index(
        op.f("ix_philosophy_version_philosophy_id"),
        "philosophy_version",
        ["philosophy_id"],
        unique=False,
    )
    # A philosophy and its versions point at each other: the pointer to the
    # current version comes once both tables exist (batch: SQLite has no
    # ALTER TABLE ... ADD CONSTRAINT, so there the table is copied).
    with op.batch_alter_table("leadership_philosophy") as batch_op:
        batch_op.create_foreign_key(
            CURRENT_VERSION_FK,
            "philosophy_version",
            ["current_version_id"],
            ["id"],
            ondelete="SET NULL",
        )
    op.create_table(
        "programme_version",
        sa.Column("organisation_id", ID, nullable=False),
        sa.Column("programme_id", ID, nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("audience", sa.String(length=30), nullable=False),
        sa.Column("published_at", UTC_DATETIME, nullable=True),
        sa.Column("id", ID, autoincrement=True, nullable=False),
        sa.Column("created_at", UTC_DATETIME, server_default=sa.func.now(), nullable=False),
        sa.Column("updated_at", UTC_DATETIME, server_default=sa.func.now(), nullable=False),
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
    op.create_index(
        op.f("ix_programme_version_organisation_id"),
        "programme_version",
        ["organisation_id"],
        unique=False,
    )
    op.create_index(
        op.f("ix_programme_version_programme_id"),
        "programme_version",
        ["programme_id"],
        unique=False,
    )
    op.create_table(
        "scim_event",
        sa.Column("organisation_id", ID, nullable=False),
        sa.Column("scim_user_id", ID, nullable=True),
        sa.Column("operation", sa.String(length=20), nullable=False),
        sa.Column("changed", sa.JSON(), nullable=False),
        sa.Column("at", UTC_DATETIME, nullable=False),
        sa.Column("id", ID, autoincrement=True, nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_scim_event_organisation_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["scim_user_id"],
            ["scim_user.id"],
            name=op.f("fk_scim_event_scim_user_id_scim_user"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_scim_event")),
    )
    op.create_index(
        op.f("ix_scim_event_organisation_id"), "scim_event", ["organisation_id"], unique=False
    )
    op.create_index(
        op.f("ix_scim_event_scim_user_id"), "scim_event", ["scim_user_id"], unique=False
    )
    op.create_table(
        "evaluation_competency_sums",
        sa.Column("evaluation_id", ID, nullable=False),
        sa.Column("competency_id", ID, nullable=False),
        sa.Column("rater_group", sa.String(length=20), nullable=False),
        sa.Column("lineage_id", ID, nullable=False),
        sa.Column("raters", sa.Integer(), nullable=False),
        sa.Column("answers", sa.Integer(), nullable=False),
        sa.Column("total", sa.Integer(), nullable=False),
        sa.Column("total_sq", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["competency_id"],
            ["competency.id"],
            name=op.f("fk_evaluation_competency_sums_competency_id_competency"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["evaluation_id"],
            ["evaluation.id"],
            name=op.f("fk_evaluation_competency_sums_evaluation_id_evaluation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "evaluation_id",
            "competency_id",
            "rater_group",
            name=op.f("pk_evaluation_competency_sums"),
        ),
    )
    op.create_index(
        op.f("ix_evaluation_competency_sums_lineage_id"),
        "evaluation_competency_sums",
        ["lineage_id"],
        unique=False,
    )
    op.create_table(
        "evaluation_response",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("organisation_id", ID, nullable=False),
        sa.Column("evaluation_id", ID, nullable=False),
        sa.Column("rater_group", sa.String(length=20), nullable=False),
        sa.ForeignKeyConstraint(
            ["evaluation_id"],
            ["evaluation.id"],
            name=op.f("fk_evaluation_response_evaluation_id_evaluation"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_evaluation_response_organisation_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_evaluation_response")),
    )
    op.create_index(
        op.f("ix_evaluation_response_evaluation_id"),
        "evaluation_response",
        ["evaluation_id"],
        unique=False,
    )
    op.create_index(
        op.f("ix_evaluation_response_organisation_id"),
        "evaluation_response",
        ["organisation_id"],
        unique=False,
    )
    op.create_table(
        "evaluation_share",
        sa.Column("evaluation_id", ID, nullable=False),
        sa.Column("membership_id", ID, nullable=False),
        sa.Column("shared_at", UTC_DATETIME, nullable=False),
        sa.ForeignKeyConstraint(
            ["evaluation_id"],
            ["evaluation.id"],
            name=op.f("fk_evaluation_share_evaluation_id_evaluation"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["membership_id"],
            ["membership.id"],
            name=op.f("fk_evaluation_share_membership_id_membership"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("evaluation_id", "membership_id", name=op.f("pk_evaluation_share")),
    )
    op.create_index(
        op.f("ix_evaluation_share_membership_id"),
        "evaluation_share",
        ["membership_id"],
        unique=False,
    )
    op.create_table(
        "mentorship",
        sa.Column("organisation_id", ID, nullable=False),
        sa.Column("proposal_id", ID, nullable=True),
        sa.Column("mentor_id", ID, nullable=False),
        sa.Column("mentee_id", ID, nullable=False),
        sa.Column("mentor_profile_id", ID, nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("mentor_accepted_at", UTC_DATETIME, nullable=True),
        sa.Column("mentee_accepted_at", UTC_DATETIME, nullable=True),
        sa.Column("starts_on", sa.Date(), nullable=True),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("goals", sa.Text(), nullable=False),
        sa.Column("meeting_frequency", sa.String(length=200), nullable=False),
        sa.Column("agreed_at", UTC_DATETIME, nullable=True),
        sa.Column("mentor_seen_at", UTC_DATETIME, nullable=True),
        sa.Column("ended_at", UTC_DATETIME, nullable=True),
        sa.Column("end_reason", sa.Text(), nullable=False),
        sa.Column("id", ID, autoincrement=True, nullable=False),
        sa.Column("created_at", UTC_DATETIME, server_default=sa.func.now(), nullable=False),
        sa.Column("updated_at", UTC_DATETIME, server_default=sa.func.now(), nullable=False),
        sa.ForeignKeyConstraint(
            ["mentee_id"],
            ["membership.id"],
            name=op.f("fk_mentorship_mentee_id_membership"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["mentor_id"],
            ["membership.id"],
            name=op.f("fk_mentorship_mentor_id_membership"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["mentor_profile_id"],
            ["mentor_profile.id"],
            name=op.f("fk_mentorship_mentor_profile_id_mentor_profile"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_mentorship_organisation_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["proposal_id"],
            ["match_proposal.id"],
            name=op.f("fk_mentorship_proposal_id_match_proposal"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mentorship")),
        sa.UniqueConstraint("proposal_id", name=op.f("uq_mentorship_proposal_id")),
    )
    op.create_index(op.f("ix_mentorship_ends_on"), "mentorship", ["ends_on"], unique=False)
    op.create_index(op.f("ix_mentorship_mentee_id"), "mentorship", ["mentee_id"], unique=False)
    op.create_index(
        op.f("ix_mentorship_mentor_profile_id"), "mentorship", ["mentor_profile_id"], unique=False
    )
    op.create_index(
        "ix_mentorship_mentor_status", "mentorship", ["mentor_id", "status"], unique=False
    )
    op.create_index(
        op.f("ix_mentorship_organisation_id"), "mentorship", ["organisation_id"], unique=False
    )
    op.create_table(
        "nomination",
        sa.Column("organisation_id", ID, nullable=False),
        sa.Column("evaluation_id", ID, nullable=False),
        sa.Column("rater_group", sa.String(length=20), nullable=False),
        sa.Column("rater_id", ID, nullable=True),
        sa.Column("rater_name", sa.String(length=200), nullable=False),
        sa.Column("rater_email", sa.String(length=320), nullable=False),
        sa.Column("locale", sa.String(length=2), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("created_at", UTC_DATETIME, nullable=False),
        sa.Column("invited_at", UTC_DATETIME, nullable=True),
        sa.Column("reminders_sent", sa.SmallInteger(), nullable=False),
        sa.Column("last_reminded_on", sa.Date(), nullable=True),
        sa.Column("declined", sa.Boolean(), nullable=False),
        sa.Column("responded", sa.Boolean(), nullable=False),
        sa.Column("draft", sa.JSON(), nullable=True),
        sa.Column("id", ID, autoincrement=True, nullable=False),
        sa.ForeignKeyConstraint(
            ["evaluation_id"],
            ["evaluation.id"],
            name=op.f("fk_nomination_evaluation_id_evaluation"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_nomination_organisation_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["rater_id"],
            ["membership.id"],
            name=op.f("fk_nomination_rater_id_membership"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_nomination")),
    )
    op.create_index(
        op.f("ix_nomination_evaluation_id"), "nomination", ["evaluation_id"], unique=False
    )
    op.create_index(
        op.f("ix_nomination_organisation_id"), "nomination", ["organisation_id"], unique=False
    )
    op.create_index(op.f("ix_nomination_rater_id"), "nomination", ["rater_id"], unique=False)
    op.create_table(
        "programme_cohort",
        sa.Column("organisation_id", ID, nullable=False),
        sa.Column("programme_id", ID, nullable=False),
        sa.Column("version_id", ID, nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("id", ID, autoincrement=True, nullable=False),
        sa.Column("created_at", UTC_DATETIME, server_default=sa.func.now(), nullable=False),
        sa.Column("updated_at", UTC_DATETIME, server_default=sa.func.now(), nullable=False),
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
    op.create_index(
        op.f("ix_programme_cohort_organisation_id"),
        "programme_cohort",
        ["organisation_id"],
        unique=False,
    )
    op.create_index(
        op.f("ix_programme_cohort_programme_id"), "programme_cohort", ["programme_id"], unique=False
    )
    op.create_index(
        op.f("ix_programme_cohort_version_id"), "programme_cohort", ["version_id"], unique=False
    )
    op.create_table(
        "programme_module",
        sa.Column("organisation_id", ID, nullable=False),
        sa.Column("version_id", ID, nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("introduction", sa.Text(), nullable=False),
        sa.Column("id", ID, autoincrement=True, nullable=False),
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
    op.create_index(
        op.f("ix_programme_module_organisation_id"),
        "programme_module",
        ["organisation_id"],
        unique=False,
    )
    op.create_index(
        op.f("ix_programme_module_version_id"), "programme_module", ["version_id"], unique=False
    )
    op.create_table(
        "programme_version_goal",
        sa.Column("version_id", ID, nullable=False),
        sa.Column("goal_id", ID, nullable=False),
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
    op.create_index(
        op.f("ix_programme_version_goal_goal_id"),
        "programme_version_goal",
        ["goal_id"],
        unique=False,
    )
    op.create_table(
        "mentoring_meeting",
        sa.Column("organisation_id", ID, nullable=False),
        sa.Column("mentorship_id", ID, nullable=False),
        sa.Column("starts_at", UTC_DATETIME, nullable=False),
        sa.Column("place", sa.String(length=200), nullable=False),
        sa.Column("agenda", sa.Text(), nullable=False),
        sa.Column("created_by_id", ID, nullable=True),
        sa.Column("id", ID, autoincrement=True, nullable=False),
        sa.Column("created_at", UTC_DATETIME, server_default=sa.func.now(), nullable=False),
        sa.Column("updated_at", UTC_DATETIME, server_default=sa.func.now(), nullable=False),
        sa.ForeignKeyConstraint(
            ["created_by_id"],
            ["membership.id"],
            name=op.f("fk_mentoring_meeting_created_by_id_membership"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["mentorship_id"],
            ["mentorship.id"],
            name=op.f("fk_mentoring_meeting_mentorship_id_mentorship"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_mentoring_meeting_organisation_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mentoring_meeting")),
    )
    op.create_index(
        op.f("ix_mentoring_meeting_created_by_id"),
        "mentoring_meeting",
        ["created_by_id"],
        unique=False,
    )
    op.create_index(
        "ix_mentoring_meeting_mentorship_starts",
        "mentoring_meeting",
        ["mentorship_id", "starts_at"],
        unique=False,
    )
    op.create_index(
        op.f("ix_mentoring_meeting_organisation_id"),
        "mentoring_meeting",
        ["organisation_id"],
        unique=False,
    )
    op.create_table(
        "mentoring_observation",
        sa.Column("organisation_id", ID, nullable=False),
        sa.Column("mentorship_id", ID, nullable=False),
        sa.Column("observed_on", sa.Date(), nullable=False),
        sa.Column("setting", sa.String(length=30), nullable=False),
        sa.Column("situation", sa.Text(), nullable=False),
        sa.Column("went_well", sa.Text(), nullable=False),
        sa.Column("to_develop", sa.Text(), nullable=False),
        sa.Column("suggestion", sa.Text(), nullable=False),
        sa.Column("ratings", sa.JSON(), nullable=False),
        sa.Column("shared_with_mentee", sa.Boolean(), nullable=False),
        sa.Column("author_id", ID, nullable=True),
        sa.Column("id", ID, autoincrement=True, nullable=False),
        sa.Column("created_at", UTC_DATETIME, server_default=sa.func.now(), nullable=False),
        sa.Column("updated_at", UTC_DATETIME, server_default=sa.func.now(), nullable=False),
        sa.ForeignKeyConstraint(
            ["author_id"],
            ["membership.id"],
            name=op.f("fk_mentoring_observation_author_id_membership"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["mentorship_id"],
            ["mentorship.id"],
            name=op.f("fk_mentoring_observation_mentorship_id_mentorship"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_mentoring_observation_organisation_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mentoring_observation")),
    )
    op.create_index(
        op.f("ix_mentoring_observation_author_id"),
        "mentoring_observation",
        ["author_id"],
        unique=False,
    )
    op.create_index(
        op.f("ix_mentoring_observation_mentorship_id"),
        "mentoring_observation",
        ["mentorship_id"],
        unique=False,
    )
    op.create_index(
        op.f("ix_mentoring_observation_organisation_id"),
        "mentoring_observation",
        ["organisation_id"],
        unique=False,
    )
    op.create_table(
        "mentorship_assessment",
        sa.Column("organisation_id", ID, nullable=False),
        sa.Column("mentorship_id", ID, nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("author_id", ID, nullable=True),
        sa.Column("ratings", sa.JSON(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("id", ID, autoincrement=True, nullable=False),
        sa.Column("created_at", UTC_DATETIME, server_default=sa.func.now(), nullable=False),
        sa.Column("updated_at", UTC_DATETIME, server_default=sa.func.now(), nullable=False),
        sa.ForeignKeyConstraint(
            ["author_id"],
            ["membership.id"],
            name=op.f("fk_mentorship_assessment_author_id_membership"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["mentorship_id"],
            ["mentorship.id"],
            name=op.f("fk_mentorship_assessment_mentorship_id_mentorship"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_mentorship_assessment_organisation_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mentorship_assessment")),
        sa.UniqueConstraint(
            "mentorship_id", "kind", name=op.f("uq_mentorship_assessment_mentorship_id_kind")
        ),
    )
    op.create_index(
        op.f("ix_mentorship_assessment_author_id"),
        "mentorship_assessment",
        ["author_id"],
        unique=False,
    )
    op.create_index(
        op.f("ix_mentorship_assessment_organisation_id"),
        "mentorship_assessment",
        ["organisation_id"],
        unique=False,
    )
    op.create_table(
        "programme_activity",
        sa.Column("organisation_id", ID, nullable=False),
        sa.Column("version_id", ID, nullable=False),
        sa.Column("module_id", ID, nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("media", sa.JSON(), nullable=False),
        sa.Column("estimated_minutes", sa.Integer(), nullable=False),
        sa.Column("due_offset_days", sa.Integer(), nullable=False),
        sa.Column("id", ID, autoincrement=True, nullable=False),
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
    op.create_index(
        op.f("ix_programme_activity_module_id"), "programme_activity", ["module_id"], unique=False
    )
    op.create_index(
        op.f("ix_programme_activity_organisation_id"),
        "programme_activity",
        ["organisation_id"],
        unique=False,
    )
    op.create_index(
        op.f("ix_programme_activity_version_id"), "programme_activity", ["version_id"], unique=False
    )
    op.create_table(
        "programme_enrolment",
        sa.Column("organisation_id", ID, nullable=False),
        sa.Column("programme_id", ID, nullable=False),
        sa.Column("version_id", ID, nullable=False),
        sa.Column("cohort_id", ID, nullable=True),
        sa.Column("membership_id", ID, nullable=False),
        sa.Column("enrolled_by_id", ID, nullable=True),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("completed_at", UTC_DATETIME, nullable=True),
        sa.Column("id", ID, autoincrement=True, nullable=False),
        sa.Column("created_at", UTC_DATETIME, server_default=sa.func.now(), nullable=False),
        sa.Column("updated_at", UTC_DATETIME, server_default=sa.func.now(), nullable=False),
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
    op.create_index(
        op.f("ix_programme_enrolment_cohort_id"), "programme_enrolment", ["cohort_id"], unique=False
    )
    op.create_index(
        op.f("ix_programme_enrolment_membership_id"),
        "programme_enrolment",
        ["membership_id"],
        unique=False,
    )
    op.create_index(
        op.f("ix_programme_enrolment_organisation_id"),
        "programme_enrolment",
        ["organisation_id"],
        unique=False,
    )
    op.create_index(
        op.f("ix_programme_enrolment_programme_id"),
        "programme_enrolment",
        ["programme_id"],
        unique=False,
    )
    op.create_index(
        op.f("ix_programme_enrolment_version_id"),
        "programme_enrolment",
        ["version_id"],
        unique=False,
    )
    op.create_table(
        "rater_token",
        sa.Column("nomination_id", ID, nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("expires_at", UTC_DATETIME, nullable=False),
        sa.Column("id", ID, autoincrement=True, nullable=False),
        sa.ForeignKeyConstraint(
            ["nomination_id"],
            ["nomination.id"],
            name=op.f("fk_rater_token_nomination_id_nomination"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rater_token")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_rater_token_token_hash")),
    )
    op.create_index(
        op.f("ix_rater_token_nomination_id"), "rater_token", ["nomination_id"], unique=False
    )
    op.create_table(
        "response_answer",
        sa.Column("response_id", sa.String(length=32), nullable=False),
        sa.Column("item_id", ID, nullable=False),
        sa.Column("value", sa.SmallInteger(), nullable=True),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["competency_item.id"],
            name=op.f("fk_response_answer_item_id_competency_item"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["response_id"],
            ["evaluation_response.id"],
            name=op.f("fk_response_answer_response_id_evaluation_response"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("response_id", "item_id", name=op.f("pk_response_answer")),
    )
    op.create_index(
        op.f("ix_response_answer_item_id"), "response_answer", ["item_id"], unique=False
    )
    op.create_table(
        "response_comment",
        sa.Column("response_id", sa.String(length=32), nullable=False),
        sa.Column("question_id", ID, nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["question_id"],
            ["open_question.id"],
            name=op.f("fk_response_comment_question_id_open_question"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["response_id"],
            ["evaluation_response.id"],
            name=op.f("fk_response_comment_response_id_evaluation_response"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("response_id", "question_id", name=op.f("pk_response_comment")),
    )
    op.create_index(
        op.f("ix_response_comment_question_id"), "response_comment", ["question_id"], unique=False
    )
    op.create_table(
        "action_evidence",
        sa.Column("organisation_id", ID, nullable=False),
        sa.Column("enrolment_id", ID, nullable=False),
        sa.Column("activity_id", ID, nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("object_key", sa.String(length=500), nullable=True),
        sa.Column("content_type", sa.String(length=100), nullable=True),
        sa.Column("byte_size", sa.Integer(), nullable=True),
        sa.Column("recorded_at", UTC_DATETIME, nullable=False),
        sa.Column("id", ID, autoincrement=True, nullable=False),
        sa.Column("created_at", UTC_DATETIME, server_default=sa.func.now(), nullable=False),
        sa.Column("updated_at", UTC_DATETIME, server_default=sa.func.now(), nullable=False),
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
    op.create_index(
        op.f("ix_action_evidence_activity_id"), "action_evidence", ["activity_id"], unique=False
    )
    op.create_index(
        op.f("ix_action_evidence_enrolment_id"), "action_evidence", ["enrolment_id"], unique=False
    )
    op.create_index(
        op.f("ix_action_evidence_organisation_id"),
        "action_evidence",
        ["organisation_id"],
        unique=False,
    )
    op.create_table(
        "activity_progress",
        sa.Column("organisation_id", ID, nullable=False),
        sa.Column("enrolment_id", ID, nullable=False),
        sa.Column("activity_id", ID, nullable=False),
        sa.Column("started_at", UTC_DATETIME, nullable=True),
        sa.Column("completed_at", UTC_DATETIME, nullable=True),
        sa.Column("id", ID, autoincrement=True, nullable=False),
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
    op.create_index(
        op.f("ix_activity_progress_activity_id"), "activity_progress", ["activity_id"], unique=False
    )
    op.create_index(
        op.f("ix_activity_progress_enrolment_id"),
        "activity_progress",
        ["enrolment_id"],
        unique=False,
    )
    op.create_index(
        op.f("ix_activity_progress_organisation_id"),
        "activity_progress",
        ["organisation_id"],
        unique=False,
    )
    op.create_table(
        "activity_rating",
        sa.Column("organisation_id", ID, nullable=False),
        sa.Column("membership_id", ID, nullable=False),
        sa.Column("activity_id", ID, nullable=False),
        sa.Column("rating", sa.SmallInteger(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("id", ID, autoincrement=True, nullable=False),
        sa.Column("created_at", UTC_DATETIME, server_default=sa.func.now(), nullable=False),
        sa.Column("updated_at", UTC_DATETIME, server_default=sa.func.now(), nullable=False),
        sa.CheckConstraint("rating BETWEEN 1 AND 5", name=op.f("ck_activity_rating_rating_range")),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["programme_activity.id"],
            name=op.f("fk_activity_rating_activity_id_programme_activity"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["membership_id"],
            ["membership.id"],
            name=op.f("fk_activity_rating_membership_id_membership"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_activity_rating_organisation_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activity_rating")),
        sa.UniqueConstraint(
            "membership_id",
            "activity_id",
            name=op.f("uq_activity_rating_membership_id_activity_id"),
        ),
    )
    op.create_index(
        op.f("ix_activity_rating_activity_id"), "activity_rating", ["activity_id"], unique=False
    )
    op.create_index(
        op.f("ix_activity_rating_membership_id"), "activity_rating", ["membership_id"], unique=False
    )
    op.create_index(
        op.f("ix_activity_rating_organisation_id"),
        "activity_rating",
        ["organisation_id"],
        unique=False,
    )
    op.create_table(
        "development_goal",
        sa.Column("organisation_id", ID, nullable=False),
        sa.Column("enrolment_id", ID, nullable=False),
        sa.Column("organisation_goal_id", ID, nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("agreed_at", UTC_DATETIME, nullable=True),
        sa.Column("attainment_rating", sa.Integer(), nullable=True),
        sa.Column("id", ID, autoincrement=True, nullable=False),
        sa.Column("created_at", UTC_DATETIME, server_default=sa.func.now(), nullable=False),
        sa.Column("updated_at", UTC_DATETIME, server_default=sa.func.now(), nullable=False),
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
    op.create_index(
        op.f("ix_development_goal_enrolment_id"), "development_goal", ["enrolment_id"], unique=False
    )
    op.create_index(
        op.f("ix_development_goal_organisation_goal_id"),
        "development_goal",
        ["organisation_goal_id"],
        unique=False,
    )
    op.create_index(
        op.f("ix_development_goal_organisation_id"),
        "development_goal",
        ["organisation_id"],
        unique=False,
    )
    op.create_table(
        "manager_checkpoint",
        sa.Column("organisation_id", ID, nullable=False),
        sa.Column("enrolment_id", ID, nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("completed_at", UTC_DATETIME, nullable=True),
        sa.Column("completed_by_id", ID, nullable=True),
        sa.Column("goals_agreed", sa.Boolean(), nullable=False),
        sa.Column("practice_agreed", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("feedback", sa.Text(), nullable=False),
        sa.Column("reminded_on", sa.Date(), nullable=True),
        sa.Column("id", ID, autoincrement=True, nullable=False),
        sa.Column("created_at", UTC_DATETIME, server_default=sa.func.now(), nullable=False),
        sa.Column("updated_at", UTC_DATETIME, server_default=sa.func.now(), nullable=False),
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
    op.create_index(
        op.f("ix_manager_checkpoint_enrolment_id"),
        "manager_checkpoint",
        ["enrolment_id"],
        unique=False,
    )
    op.create_index(
        "ix_manager_checkpoint_open_due",
        "manager_checkpoint",
        ["completed_at", "due_on"],
        unique=False,
    )
    op.create_index(
        op.f("ix_manager_checkpoint_organisation_id"),
        "manager_checkpoint",
        ["organisation_id"],
        unique=False,
    )
    op.create_table(
        "mentoring_meeting_note",
        sa.Column("organisation_id", ID, nullable=False),
        sa.Column("meeting_id", ID, nullable=False),
        sa.Column("author_id", ID, nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("shared", sa.Boolean(), nullable=False),
        sa.Column("id", ID, autoincrement=True, nullable=False),
        sa.Column("created_at", UTC_DATETIME, server_default=sa.func.now(), nullable=False),
        sa.Column("updated_at", UTC_DATETIME, server_default=sa.func.now(), nullable=False),
        sa.ForeignKeyConstraint(
            ["author_id"],
            ["membership.id"],
            name=op.f("fk_mentoring_meeting_note_author_id_membership"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["mentoring_meeting.id"],
            name=op.f("fk_mentoring_meeting_note_meeting_id_mentoring_meeting"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_mentoring_meeting_note_organisation_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mentoring_meeting_note")),
        sa.UniqueConstraint(
            "meeting_id", "author_id", name=op.f("uq_mentoring_meeting_note_meeting_id_author_id")
        ),
    )
    op.create_index(
        op.f("ix_mentoring_meeting_note_author_id"),
        "mentoring_meeting_note",
        ["author_id"],
        unique=False,
    )
    op.create_index(
        op.f("ix_mentoring_meeting_note_organisation_id"),
        "mentoring_meeting_note",
        ["organisation_id"],
        unique=False,
    )
    op.create_table(
        "progress_event",
        sa.Column("organisation_id", ID, nullable=False),
        sa.Column("enrolment_id", ID, nullable=False),
        sa.Column("client_event_id", sa.String(length=128), nullable=False),
        sa.Column("activity_id", ID, nullable=False),
        sa.Column("type", sa.String(length=30), nullable=False),
        sa.Column("occurred_at", UTC_DATETIME, nullable=False),
        sa.Column("received_at", UTC_DATETIME, nullable=False),
        sa.Column("id", ID, autoincrement=True, nullable=False),
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
    op.create_index(
        op.f("ix_progress_event_activity_id"), "progress_event", ["activity_id"], unique=False
    )
    op.create_index(
        op.f("ix_progress_event_organisation_id"),
        "progress_event",
        ["organisation_id"],
        unique=False,
    )
    op.create_table(
        "reflection",
        sa.Column("organisation_id", ID, nullable=False),
        sa.Column("enrolment_id", ID, nullable=False),
        sa.Column("activity_id", ID, nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("shared_with_manager", sa.Boolean(), nullable=False),
        sa.Column("shared_with_mentor", sa.Boolean(), nullable=False),
        sa.Column("written_at", UTC_DATETIME, nullable=False),
        sa.Column("id", ID, autoincrement=True, nullable=False),
        sa.Column("created_at", UTC_DATETIME, server_default=sa.func.now(), nullable=False),
        sa.Column("updated_at", UTC_DATETIME, server_default=sa.func.now(), nullable=False),
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
    op.create_index(op.f("ix_reflection_activity_id"), "reflection", ["activity_id"], unique=False)
    op.create_index(
        op.f("ix_reflection_enrolment_id"), "reflection", ["enrolment_id"], unique=False
    )
    op.create_index(
        op.f("ix_reflection_organisation_id"), "reflection", ["organisation_id"], unique=False
    )


def downgrade() -> None:
    with op.batch_alter_table("leadership_philosophy") as batch_op:
        batch_op.drop_constraint(CURRENT_VERSION_FK, type_="foreignkey")
    op.drop_index(op.f("ix_reflection_organisation_id"), table_name="reflection")
    op.drop_index(op.f("ix_reflection_enrolment_id"), table_name="reflection")
    op.drop_index(op.f("ix_reflection_activity_id"), table_name="reflection")
    op.drop_table("reflection")
    op.drop_index(op.f("ix_progress_event_organisation_id"), table_name="progress_event")
    op.drop_index(op.f("ix_progress_event_activity_id"), table_name="progress_event")
    op.drop_table("progress_event")
    op.drop_index(
        op.f("ix_mentoring_meeting_note_organisation_id"), table_name="mentoring_meeting_note"
    )
    op.drop_index(op.f("ix_mentoring_meeting_note_author_id"), table_name="mentoring_meeting_note")
    op.drop_table("mentoring_meeting_note")
    op.drop_index(op.f("ix_manager_checkpoint_organisation_id"), table_name="manager_checkpoint")
    op.drop_index("ix_manager_checkpoint_open_due", table_name="manager_checkpoint")
    op.drop_index(op.f("ix_manager_checkpoint_enrolment_id"), table_name="manager_checkpoint")
    op.drop_table("manager_checkpoint")
    op.drop_index(op.f("ix_development_goal_organisation_id"), table_name="development_goal")
    op.drop_index(op.f("ix_development_goal_organisation_goal_id"), table_name="development_goal")
    op.drop_index(op.f("ix_development_goal_enrolment_id"), table_name="development_goal")
    op.drop_table("development_goal")
    op.drop_index(op.f("ix_activity_rating_organisation_id"), table_name="activity_rating")
    op.drop_index(op.f("ix_activity_rating_membership_id"), table_name="activity_rating")
    op.drop_index(op.f("ix_activity_rating_activity_id"), table_name="activity_rating")
    op.drop_table("activity_rating")
    op.drop_index(op.f("ix_activity_progress_organisation_id"), table_name="activity_progress")
    op.drop_index(op.f("ix_activity_progress_enrolment_id"), table_name="activity_progress")
    op.drop_index(op.f("ix_activity_progress_activity_id"), table_name="activity_progress")
    op.drop_table("activity_progress")
    op.drop_index(op.f("ix_action_evidence_organisation_id"), table_name="action_evidence")
    op.drop_index(op.f("ix_action_evidence_enrolment_id"), table_name="action_evidence")
    op.drop_index(op.f("ix_action_evidence_activity_id"), table_name="action_evidence")
    op.drop_table("action_evidence")
    op.drop_index(op.f("ix_response_comment_question_id"), table_name="response_comment")
    op.drop_table("response_comment")
    op.drop_index(op.f("ix_response_answer_item_id"), table_name="response_answer")
    op.drop_table("response_answer")
    op.drop_index(op.f("ix_rater_token_nomination_id"), table_name="rater_token")
    op.drop_table("rater_token")
    op.drop_index(op.f("ix_programme_enrolment_version_id"), table_name="programme_enrolment")
    op.drop_index(op.f("ix_programme_enrolment_programme_id"), table_name="programme_enrolment")
    op.drop_index(op.f("ix_programme_enrolment_organisation_id"), table_name="programme_enrolment")
    op.drop_index(op.f("ix_programme_enrolment_membership_id"), table_name="programme_enrolment")
    op.drop_index(op.f("ix_programme_enrolment_cohort_id"), table_name="programme_enrolment")
    op.drop_table("programme_enrolment")
    op.drop_index(op.f("ix_programme_activity_version_id"), table_name="programme_activity")
    op.drop_index(op.f("ix_programme_activity_organisation_id"), table_name="programme_activity")
    op.drop_index(op.f("ix_programme_activity_module_id"), table_name="programme_activity")
    op.drop_table("programme_activity")
    op.drop_index(
        op.f("ix_mentorship_assessment_organisation_id"), table_name="mentorship_assessment"
    )
    op.drop_index(op.f("ix_mentorship_assessment_author_id"), table_name="mentorship_assessment")
    op.drop_table("mentorship_assessment")
    op.drop_index(
        op.f("ix_mentoring_observation_organisation_id"), table_name="mentoring_observation"
    )
    op.drop_index(
        op.f("ix_mentoring_observation_mentorship_id"), table_name="mentoring_observation"
    )
    op.drop_index(op.f("ix_mentoring_observation_author_id"), table_name="mentoring_observation")
    op.drop_table("mentoring_observation")
    op.drop_index(op.f("ix_mentoring_meeting_organisation_id"), table_name="mentoring_meeting")
    op.drop_index("ix_mentoring_meeting_mentorship_starts", table_name="mentoring_meeting")
    op.drop_index(op.f("ix_mentoring_meeting_created_by_id"), table_name="mentoring_meeting")
    op.drop_table("mentoring_meeting")
    op.drop_index(op.f("ix_programme_version_goal_goal_id"), table_name="programme_version_goal")
    op.drop_table("programme_version_goal")
    op.drop_index(op.f("ix_programme_module_version_id"), table_name="programme_module")
    op.drop_index(op.f("ix_programme_module_organisation_id"), table_name="programme_module")
    op.drop_table("programme_module")
    op.drop_index(op.f("ix_programme_cohort_version_id"), table_name="programme_cohort")
    op.drop_index(op.f("ix_programme_cohort_programme_id"), table_name="programme_cohort")
    op.drop_index(op.f("ix_programme_cohort_organisation_id"), table_name="programme_cohort")
    op.drop_table("programme_cohort")
    op.drop_index(op.f("ix_nomination_rater_id"), table_name="nomination")
    op.drop_index(op.f("ix_nomination_organisation_id"), table_name="nomination")
    op.drop_index(op.f("ix_nomination_evaluation_id"), table_name="nomination")
    op.drop_table("nomination")
    op.drop_index(op.f("ix_mentorship_organisation_id"), table_name="mentorship")
    op.drop_index("ix_mentorship_mentor_status", table_name="mentorship")
    op.drop_index(op.f("ix_mentorship_mentor_profile_id"), table_name="mentorship")
    op.drop_index(op.f("ix_mentorship_mentee_id"), table_name="mentorship")
    op.drop_index(op.f("ix_mentorship_ends_on"), table_name="mentorship")
    op.drop_table("mentorship")
    op.drop_index(op.f("ix_evaluation_share_membership_id"), table_name="evaluation_share")
    op.drop_table("evaluation_share")
    op.drop_index(op.f("ix_evaluation_response_organisation_id"), table_name="evaluation_response")
    op.drop_index(op.f("ix_evaluation_response_evaluation_id"), table_name="evaluation_response")
    op.drop_table("evaluation_response")
    op.drop_index(
        op.f("ix_evaluation_competency_sums_lineage_id"), table_name="evaluation_competency_sums"
    )
    op.drop_table("evaluation_competency_sums")
    op.drop_index(op.f("ix_scim_event_scim_user_id"), table_name="scim_event")
    op.drop_index(op.f("ix_scim_event_organisation_id"), table_name="scim_event")
    op.drop_table("scim_event")
    op.drop_index(op.f("ix_programme_version_programme_id"), table_name="programme_version")
    op.drop_index(op.f("ix_programme_version_organisation_id"), table_name="programme_version")
    op.drop_table("programme_version")
    op.drop_index(op.f("ix_philosophy_version_philosophy_id"), table_name="philosophy_version")
    op.drop_index(op.f("ix_philosophy_version_organisation_id"), table_name="philosophy_version")
    op.drop_table("philosophy_version")
    op.drop_index(op.f("ix_philosophy_item_philosophy_id"), table_name="philosophy_item")
    op.drop_index(op.f("ix_philosophy_item_organisation_id"), table_name="philosophy_item")
    op.drop_table("philosophy_item")
    op.drop_index(op.f("ix_match_proposal_run_id"), table_name="match_proposal")
    op.drop_index(op.f("ix_match_proposal_organisation_id"), table_name="match_proposal")
    op.drop_index(op.f("ix_match_proposal_mentor_profile_id"), table_name="match_proposal")
    op.drop_index(op.f("ix_match_proposal_mentor_id"), table_name="match_proposal")
    op.drop_index("ix_match_proposal_mentee_status", table_name="match_proposal")
    op.drop_index(op.f("ix_match_proposal_decided_by_id"), table_name="match_proposal")
    op.drop_table("match_proposal")
    op.drop_index(op.f("ix_feedback_note_read_membership_id"), table_name="feedback_note_read")
    op.drop_table("feedback_note_read")
    op.drop_index(
        op.f("ix_feedback_note_audience_membership_id"), table_name="feedback_note_audience"
    )
    op.drop_table("feedback_note_audience")
    op.drop_index(op.f("ix_evaluation_organisation_id"), table_name="evaluation")
    op.drop_index(op.f("ix_evaluation_manager_id"), table_name="evaluation")
    op.drop_index(op.f("ix_evaluation_leader_id"), table_name="evaluation")
    op.drop_index(op.f("ix_evaluation_cycle_id"), table_name="evaluation")
    op.drop_table("evaluation")
    op.drop_index(op.f("ix_decline_reason_organisation_id"), table_name="decline_reason")
    op.drop_index(op.f("ix_decline_reason_cycle_id"), table_name="decline_reason")
    op.drop_table("decline_reason")
    op.drop_index(op.f("ix_scim_user_organisation_id"), table_name="scim_user")
    op.drop_index(op.f("ix_scim_user_external_id"), table_name="scim_user")
    op.drop_table("scim_user")
    op.drop_index(op.f("ix_programme_reminder_organisation_id"), table_name="programme_reminder")
    op.drop_index(op.f("ix_programme_reminder_membership_id"), table_name="programme_reminder")
    op.drop_table("programme_reminder")
    op.drop_index(op.f("ix_programme_organisation_id"), table_name="programme")
    op.drop_table("programme")
    op.drop_index(
        op.f("ix_personal_data_export_requested_by_id"), table_name="personal_data_export"
    )
    op.drop_index(
        op.f("ix_personal_data_export_organisation_id"), table_name="personal_data_export"
    )
    op.drop_index(op.f("ix_personal_data_export_membership_id"), table_name="personal_data_export")
    op.drop_table("personal_data_export")
    op.drop_index(op.f("ix_mentoring_need_organisation_id"), table_name="mentoring_need")
    op.drop_table("mentoring_need")
    op.drop_index(op.f("ix_mentor_profile_organisation_id"), table_name="mentor_profile")
    op.drop_table("mentor_profile")
    op.drop_index(op.f("ix_matching_run_started_by_id"), table_name="matching_run")
    op.drop_index(op.f("ix_matching_run_organisation_id"), table_name="matching_run")
    op.drop_table("matching_run")
    op.drop_index(
        op.f("ix_leadership_philosophy_organisation_id"), table_name="leadership_philosophy"
    )
    op.drop_table("leadership_philosophy")
    op.drop_index("ix_feedback_note_subject", table_name="feedback_note")
    op.drop_index(op.f("ix_feedback_note_parent_id"), table_name="feedback_note")
    op.drop_index(op.f("ix_feedback_note_organisation_id"), table_name="feedback_note")
    op.drop_index(op.f("ix_feedback_note_leader_id"), table_name="feedback_note")
    op.drop_index(op.f("ix_feedback_note_author_id"), table_name="feedback_note")
    op.drop_table("feedback_note")
    op.drop_index(op.f("ix_evaluation_cycle_status"), table_name="evaluation_cycle")
    op.drop_index(op.f("ix_evaluation_cycle_organisation_id"), table_name="evaluation_cycle")
    op.drop_index(op.f("ix_evaluation_cycle_framework_id"), table_name="evaluation_cycle")
    op.drop_index(op.f("ix_evaluation_cycle_closes_at"), table_name="evaluation_cycle")
    op.drop_index(op.f("ix_evaluation_cycle_baseline_cycle_id"), table_name="evaluation_cycle")
    op.drop_table("evaluation_cycle")
    op.drop_index(op.f("ix_effect_export_requested_by_id"), table_name="effect_export")
    op.drop_index(op.f("ix_effect_export_organisation_id"), table_name="effect_export")
    op.drop_table("effect_export")
    op.drop_index(op.f("ix_competency_item_competency_id"), table_name="competency_item")
    op.drop_table("competency_item")
    op.drop_index(op.f("ix_scim_group_unit_id"), table_name="scim_group")
    op.drop_index(op.f("ix_scim_group_organisation_id"), table_name="scim_group")
    op.drop_index(op.f("ix_scim_group_external_id"), table_name="scim_group")
    op.drop_table("scim_group")
    op.drop_index(op.f("ix_organisation_goal_unit_unit_id"), table_name="organisation_goal_unit")
    op.drop_table("organisation_goal_unit")
    op.drop_index(op.f("ix_open_question_framework_id"), table_name="open_question")
    op.drop_table("open_question")
    op.drop_index(op.f("ix_membership_unit_id"), table_name="membership")
    op.drop_index(op.f("ix_membership_person_id"), table_name="membership")
    op.drop_index(op.f("ix_membership_organisation_id"), table_name="membership")
    op.drop_index(op.f("ix_membership_manager_id"), table_name="membership")
    op.drop_table("membership")
    op.drop_index(op.f("ix_foundation_principle_foundation_id"), table_name="foundation_principle")
    op.drop_table("foundation_principle")
    op.drop_index(op.f("ix_competency_framework_id"), table_name="competency")
    op.drop_table("competency")
    op.drop_index(op.f("ix_unit_parent_id"), table_name="unit")
    op.drop_index(op.f("ix_unit_organisation_id"), table_name="unit")
    op.drop_table("unit")
    op.drop_index(op.f("ix_structure_import_organisation_id"), table_name="structure_import")
    op.drop_table("structure_import")
    op.drop_index(op.f("ix_scim_token_organisation_id"), table_name="scim_token")
    op.drop_table("scim_token")
    op.drop_table("released_figure")
    op.drop_index(op.f("ix_refresh_token_person_id"), table_name="refresh_token")
    op.drop_index(op.f("ix_refresh_token_family"), table_name="refresh_token")
    op.drop_table("refresh_token")
    op.drop_index("ix_privacy_audit_entry_subject_at", table_name="privacy_audit_entry")
    op.drop_index("ix_privacy_audit_entry_org_at", table_name="privacy_audit_entry")
    op.drop_table("privacy_audit_entry")
    op.drop_index(op.f("ix_organisation_goal_organisation_id"), table_name="organisation_goal")
    op.drop_table("organisation_goal")
    op.drop_index(op.f("ix_mentoring_pool_member_pool_id"), table_name="mentoring_pool_member")
    op.drop_table("mentoring_pool_member")
    op.drop_index(op.f("ix_magic_link_person_id"), table_name="magic_link")
    op.drop_table("magic_link")
    op.drop_index(
        op.f("ix_leadership_foundation_organisation_id"), table_name="leadership_foundation"
    )
    op.drop_table("leadership_foundation")
    op.drop_index(op.f("ix_idempotency_key_person_id"), table_name="idempotency_key")
    op.drop_index(op.f("ix_idempotency_key_created_at"), table_name="idempotency_key")
    op.drop_table("idempotency_key")
    op.drop_index(
        op.f("ix_competency_framework_organisation_id"), table_name="competency_framework"
    )
    op.drop_table("competency_framework")
    op.drop_index(op.f("ix_sign_in_attempt_subject"), table_name="sign_in_attempt")
    op.drop_index(op.f("ix_sign_in_attempt_attempted_at"), table_name="sign_in_attempt")
    op.drop_table("sign_in_attempt")
    op.drop_table("person")
    op.drop_index(op.f("ix_outbox_message_relayed_at"), table_name="outbox_message")
    op.drop_index(op.f("ix_outbox_message_available_at"), table_name="outbox_message")
    op.drop_table("outbox_message")
    op.drop_table("organisation")
    op.drop_table("mentoring_pool")
