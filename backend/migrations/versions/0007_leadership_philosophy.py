"""leadership philosophy: each leader's philosophy, its versions and the
leader's items for the next version

Revision ID: 0007_leadership_philosophy
Revises: 0002_identity
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import backend.db

revision: str = "0007_leadership_philosophy"
down_revision: str | None = "0002_identity"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
# leadership_philosophy and philosophy_version point at each other: the
# pointer to the current version is added once both tables exist.
CURRENT_VERSION_FK = "fk_leadership_philosophy_current_version_id_philosophy_version"


def _timestamps() -> list[sa.Column]:  # type: ignore[type-arg]
    return [
        sa.Column("id", ID, autoincrement=True, nullable=False),
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
    ]


def upgrade() -> None:
    op.create_table(
        "leadership_philosophy",
        sa.Column("organisation_id", ID, nullable=False),
        sa.Column("membership_id", ID, nullable=False),
        sa.Column("slug", sa.String(length=120), nullable=False),
        sa.Column("visibility", sa.String(length=20), nullable=False),
        sa.Column("private_notes", sa.Text(), nullable=False),
        sa.Column("current_version_id", ID, nullable=True),
        *_timestamps(),
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
    with op.batch_alter_table("leadership_philosophy", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_leadership_philosophy_organisation_id"),
            ["organisation_id"],
            unique=False,
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
        sa.Column("requested_at", backend.db.UTCDateTime(timezone=True), nullable=True),
        sa.Column("published_at", backend.db.UTCDateTime(timezone=True), nullable=True),
        sa.Column("html_key", sa.String(length=512), nullable=True),
        sa.Column("pdf_key", sa.String(length=512), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        *_timestamps(),
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
    with op.batch_alter_table("philosophy_version", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_philosophy_version_organisation_id"), ["organisation_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_philosophy_version_philosophy_id"), ["philosophy_id"], unique=False
        )

    with op.batch_alter_table("leadership_philosophy", schema=None) as batch_op:
        batch_op.create_foreign_key(
            CURRENT_VERSION_FK,
            "philosophy_version",
            ["current_version_id"],
            ["id"],
            ondelete="SET NULL",
        )

    op.create_table(
        "philosophy_item",
        sa.Column("organisation_id", ID, nullable=False),
        sa.Column("philosophy_id", ID, nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("source_note_id", ID, nullable=True),
        sa.Column("done_at", backend.db.UTCDateTime(timezone=True), nullable=True),
        *_timestamps(),
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
    with op.batch_alter_table("philosophy_item", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_philosophy_item_organisation_id"), ["organisation_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_philosophy_item_philosophy_id"), ["philosophy_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("philosophy_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_philosophy_item_philosophy_id"))
        batch_op.drop_index(batch_op.f("ix_philosophy_item_organisation_id"))
    op.drop_table("philosophy_item")

    with op.batch_alter_table("leadership_philosophy", schema=None) as batch_op:
        batch_op.drop_constraint(CURRENT_VERSION_FK, type_="foreignkey")

    with op.batch_alter_table("philosophy_version", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_philosophy_version_philosophy_id"))
        batch_op.drop_index(batch_op.f("ix_philosophy_version_organisation_id"))
    op.drop_table("philosophy_version")

    with op.batch_alter_table("leadership_philosophy", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_leadership_philosophy_organisation_id"))
    op.drop_table("leadership_philosophy")
