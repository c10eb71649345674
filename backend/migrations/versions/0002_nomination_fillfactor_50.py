"""nomination fillfactor 50: marking a cohort invited stays on each row's page

Inviting a cohort updates every one of its nominations in one statement
(``invited_at``), and the rows were inserted together, so they fill the same
pages. At the default fillfactor (100) no page has room for a row's new
version: each update went to another page and added an entry to all four of
nomination's indexes (33 of 1,400,000 updates were HOT on the bench data set).
Half of each page kept free holds a new version of every row on it, so the
mark, which changes no indexed column, is a heap-only (HOT) update: 96 % of
100,000 in the bench probe, against none (bench/NOTES.md, seventh round). The
later updates of a rater's row (reminders, a draft, ``responded``) find the
space again once the old versions are pruned. The price is twice the pages
for nominations not yet invited; once invited, a cohort takes about as many
pages either way, since at 100 every marked row's new version went to a new
page (bench data set, 1,001,457 nominations each invited once: 290 MB at 50,
281 MB at 100). Rows already stored are not moved (a rewrite would lock the
table), so the setting applies to what is inserted from now on.

SQLite has no fillfactor; nothing changes there.

Revision ID: 0002_nomination_fillfactor_50
Revises: 0001_baseline
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0002_nomination_fillfactor_50"
down_revision: str | Sequence[str] | None = "0001_baseline"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _postgres() -> bool:
    return op.get_bind().dialect.name == "postgresql"


def upgrade() -> None:
    if _postgres():
        op.execute("ALTER TABLE nomination SET (fillfactor = 50)")


def downgrade() -> None:
    if _postgres():
        op.execute("ALTER TABLE nomination RESET (fillfactor)")
