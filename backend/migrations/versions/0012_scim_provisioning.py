"""scim provisioning: per-organisation bearer tokens (hashed), the directory's
copy of each provisioned user, and the audit trail of its changes

Revision ID: 0012_scim_provisioning
Revises: 0011_decline_reasons_apart
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from backend.db import UTCDateTime

revision: str = "0012_scim_provisioning"
down_revision: str | Sequence[str] | None = "0011_decline_reasons_apart"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "scim_token",
        sa.Column("id", ID, autoincrement=True, nullable=False),
        sa.Column("organisation_id", ID, nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("created_at", UTCDateTime(timezone=True), nullable=False),
        sa.Column("revoked_at", UTCDateTime(timezone=True), nullable=True),
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
        "scim_user",
        sa.Column("id", ID, autoincrement=True, nullable=False),
        sa.Column("organisation_id", ID, nullable=False),
        sa.Column("membership_id", ID, nullable=False),
        sa.Column("user_name", sa.String(length=320), nullable=False),
        sa.Column("external_id", sa.String(length=255), nullable=True),
        sa.Column("document", sa.JSON(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", UTCDateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", UTCDateTime(timezone=True), nullable=True),
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
    op.create_index(
        op.f("ix_scim_user_organisation_id"), "scim_user", ["organisation_id"], unique=False
    )
    op.create_index(op.f("ix_scim_user_external_id"), "scim_user", ["external_id"], unique=False)
    op.create_table(
        "scim_event",
        sa.Column("id", ID, autoincrement=True, nullable=False),
        sa.Column("organisation_id", ID, nullable=False),
        sa.Column("scim_user_id", ID, nullable=True),
        sa.Column("operation", sa.String(length=20), nullable=False),
        sa.Column("changed", sa.JSON(), nullable=False),
        sa.Column("at", UTCDateTime(timezone=True), nullable=False),
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
        "scim_group",
        sa.Column("id", ID, autoincrement=True, nullable=False),
        sa.Column("organisation_id", ID, nullable=False),
        sa.Column("display_name", sa.String(length=200), nullable=False),
        sa.Column("external_id", sa.String(length=255), nullable=True),
        sa.Column("unit_id", ID, nullable=True),
        sa.Column("role", sa.String(length=20), nullable=True),
        sa.Column("members", sa.JSON(), nullable=False),
        sa.Column("document", sa.JSON(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", UTCDateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", UTCDateTime(timezone=True), nullable=True),
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
    op.create_index(
        op.f("ix_scim_group_organisation_id"), "scim_group", ["organisation_id"], unique=False
    )
    op.create_index(op.f("ix_scim_group_external_id"), "scim_group", ["external_id"], unique=False)
    op.create_index(op.f("ix_scim_group_unit_id"), "scim_group", ["unit_id"], unique=False)


def downgrade() -> None:
    op.drop_table("scim_group")
    op.drop_table("scim_event")
    op.drop_table("scim_user")
    op.drop_table("scim_token")
