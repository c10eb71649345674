"""rater_token: its nomination's deletion cascades by a trigger, not a foreign key

The foreign key from ``rater_token.nomination_id`` to ``nomination`` cost a
check per inserted token: an index look-up of the nomination and a lock on its
row (FOR KEY SHARE, which writes the row's header and a WAL record). Inviting a
cohort inserts every token in one statement, and the checks were 40-60 % of
that statement (100,000 tokens: 2.1-2.8 s with the key, 1.2-1.3 s without, in
psql; bench/NOTES.md, seventh round). What the key did besides is kept: the
tokens of a nomination are deleted with it, by a trigger, whatever deletes it
(the nomination service, or a cascade from its evaluation, organisation or
rater). On PostgreSQL the trigger runs once per statement over the deleted
rows (a transition table), on SQLite once per row.

What is given up: a token is no longer refused for a nomination that does not
exist. Tokens are written only for nominations read in the same transaction
(delivery: invitations, reminders, a rater's own link); a nomination deleted
concurrently between that read and the insert leaves a token no link can use
(every look-up joins the nomination) and that names no person.

Revision ID: 0003_token_cascade_by_trigger
Revises: 0002_nomination_fillfactor_50
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0003_token_cascade_by_trigger"
down_revision: str | Sequence[str] | None = "0002_nomination_fillfactor_50"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FOREIGN_KEY = "fk_rater_token_nomination_id_nomination"
TRIGGER = "trg_nomination_deletes_rater_tokens"
FUNCTION = "nomination_deletes_rater_tokens"


def _postgres() -> bool:
    return op.get_bind().dialect.name == "postgresql"


def upgrade() -> None:
    if _postgres():
        op.drop_constraint(FOREIGN_KEY, "rater_token", type_="foreignkey")
        op.execute(
            f"""CREATE FUNCTION {FUNCTION}() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                DELETE FROM rater_token WHERE nomination_id IN (SELECT id FROM deleted);
                RETURN NULL;
            END $$"""
        )
        op.execute(
            f"CREATE TRIGGER {TRIGGER} AFTER DELETE ON nomination "
            f"REFERENCING OLD TABLE AS deleted FOR EACH STATEMENT EXECUTE FUNCTION {FUNCTION}()"
        )
    else:
        with op.batch_alter_table("rater_token") as batch_op:
            batch_op.drop_constraint(FOREIGN_KEY, type_="foreignkey")
        op.execute(
            f"CREATE TRIGGER {TRIGGER} AFTER DELETE ON nomination FOR EACH ROW "
            "BEGIN DELETE FROM rater_token WHERE nomination_id = OLD.id; END"
        )


def downgrade() -> None:
    op.execute(f"DROP TRIGGER {TRIGGER}" + (" ON nomination" if _postgres() else ""))
    if _postgres():
        op.execute(f"DROP FUNCTION {FUNCTION}()")
    # A token left by the race the docstring names would fail the key.
    op.execute(
        "DELETE FROM rater_token WHERE NOT EXISTS "
        "(SELECT 1 FROM nomination WHERE nomination.id = rater_token.nomination_id)"
    )
    with op.batch_alter_table("rater_token") as batch_op:
        batch_op.create_foreign_key(
            FOREIGN_KEY, "nomination", ["nomination_id"], ["id"], ondelete="CASCADE"
        )
