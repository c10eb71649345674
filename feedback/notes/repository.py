"""Every query of feedback notes.

Who may read a note is one SQL condition (``visible_to``): the leader the
thread is about, a member of the thread's audience, or, for a thread of
visibility SUBJECT (comments on a published philosophy, organisation-internal),
any member of the note's organisation. Unread counts only the threads one
takes part in. Unread counts and the home list are one statement each.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Any, NamedTuple

from sqlalchemy import (
    BigInteger,
    Integer,
    Row,
    and_,
    bindparam,
    exists,
    func,
    insert,
    or_,
    select,
    union,
)
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased
from sqlalchemy.sql.elements import ColumnElement

from backend.identity.models import Membership, Person
from feedback.notes.models import (
    FeedbackNote,
    FeedbackNoteAudience,
    FeedbackNoteRead,
    Visibility,
)

AnyRow = Row[*tuple[Any, ...]]


class Listing(NamedTuple):
    """A statement for ``paginate``: its leading columns are ``keys``."""

    statement: Any  # Select of any columns
    keys: list[Any]  # column expressions


def root_of() -> ColumnElement[int]:
    return func.coalesce(FeedbackNote.parent_id, FeedbackNote.id)


def taking_part(membership_id: int) -> ColumnElement[bool]:
    """The leader the thread is about, or one it was shared with."""
    in_audience = select(FeedbackNoteAudience.note_id).where(
        FeedbackNoteAudience.membership_id == membership_id
    )
    return or_(FeedbackNote.leader_id == membership_id, root_of().in_(in_audience))


def visible_to(membership_id: int, organisation_id: int) -> ColumnElement[bool]:
    return or_(
        taking_part(membership_id),
        and_(
            FeedbackNote.visibility == Visibility.SUBJECT.value,
            FeedbackNote.organisation_id == organisation_id,
        ),
    )


def taking_part_ids(membership_id: int | ColumnElement[int]) -> Any:
    """The ids of the notes ``taking_part`` selects, as a union that indexes serve.

    ``coalesce(parent_id, id) IN (audience)`` OR'ed with ``leader_id`` is a scan
    of every note; split into its three cases (the leader's threads, roots shared
    with one, replies to those roots), each branch is an index lookup: on
    ``leader_id``, the audience's key, and ``parent_id``."""
    note = aliased(FeedbackNote)
    audience = FeedbackNoteAudience
    return union(
        select(note.id).where(note.leader_id == membership_id),
        select(note.id)
        .join(audience, audience.note_id == note.id)
        .where(audience.membership_id == membership_id, note.parent_id.is_(None)),
        select(note.id)
        .join(audience, audience.note_id == note.parent_id)
        .where(audience.membership_id == membership_id),
    )


def _unread(membership_id: int | ColumnElement[int]) -> ColumnElement[bool]:
    read = exists().where(
        FeedbackNoteRead.note_id == FeedbackNote.id,
        FeedbackNoteRead.membership_id == membership_id,
    )
    return and_(
        FeedbackNote.id.in_(taking_part_ids(membership_id)),
        FeedbackNote.hidden_at.is_(None),
        or_(FeedbackNote.author_id.is_(None), FeedbackNote.author_id != membership_id),
        ~read,
    )


async def notes_by_ids(session: AsyncSession, ids: Sequence[int]) -> list[FeedbackNote]:
    rows = await session.scalars(select(FeedbackNote).where(FeedbackNote.id.in_(list(ids))))
    return list(rows)


async def visible_notes(
    session: AsyncSession, membership_id: int, organisation_id: int, ids: Sequence[int]
) -> list[FeedbackNote]:
    rows = await session.scalars(
        select(FeedbackNote).where(
            FeedbackNote.id.in_(list(ids)), visible_to(membership_id, organisation_id)
        )
    )
    return list(rows)


def threads_listing(
    membership_id: int,
    organisation_id: int,
    leader_id: int | None,
    kind: str | None,
    subject_id: int | None,
    taking_part_only: bool = False,
) -> Listing:
    """Root notes the viewer may read, newest first; with ``taking_part_only``
    only the threads the viewer takes part in (those the unread count counts)."""
    readable = (
        taking_part(membership_id)
        if taking_part_only
        else visible_to(membership_id, organisation_id)
    )
    statement = select((-FeedbackNote.id).label("sort"), FeedbackNote.id, FeedbackNote).where(
        FeedbackNote.parent_id.is_(None), readable
    )
    if leader_id is not None:
        statement = statement.where(FeedbackNote.leader_id == leader_id)
    if kind is not None:
        statement = statement.where(FeedbackNote.subject_kind == kind)
    if subject_id is not None:
        statement = statement.where(FeedbackNote.subject_id == subject_id)
    return Listing(statement, [-FeedbackNote.id, FeedbackNote.id])


async def replies_of(session: AsyncSession, root_ids: Sequence[int]) -> list[FeedbackNote]:
    rows = await session.scalars(
        select(FeedbackNote)
        .where(FeedbackNote.parent_id.in_(list(root_ids)))
        .order_by(FeedbackNote.id)
    )
    return list(rows)


async def audience_of(session: AsyncSession, root_ids: Sequence[int]) -> list[tuple[int, int]]:
    rows = await session.execute(
        select(FeedbackNoteAudience.note_id, FeedbackNoteAudience.membership_id).where(
            FeedbackNoteAudience.note_id.in_(list(root_ids))
        )
    )
    return [(row[0], row[1]) for row in rows]


async def add_audience(session: AsyncSession, note_id: int, membership_ids: Sequence[int]) -> None:
    if membership_ids:
        await session.execute(
            insert(FeedbackNoteAudience),
            [{"note_id": note_id, "membership_id": m} for m in sorted(set(membership_ids))],
        )


async def read_by(session: AsyncSession, membership_id: int, note_ids: Sequence[int]) -> set[int]:
    rows = await session.scalars(
        select(FeedbackNoteRead.note_id).where(
            FeedbackNoteRead.membership_id == membership_id,
            FeedbackNoteRead.note_id.in_(list(note_ids)),
        )
    )
    return set(rows.all())


async def add_receipts(session: AsyncSession, membership_id: int, note_ids: Sequence[int]) -> None:
    if note_ids:
        await session.execute(
            insert(FeedbackNoteRead),
            [{"note_id": n, "membership_id": membership_id} for n in sorted(set(note_ids))],
        )


def count_unread_statement(membership_id: int) -> Any:
    return select(func.count()).select_from(FeedbackNote).where(_unread(membership_id))


async def count_unread(session: AsyncSession, membership_id: int) -> int:
    return int(await session.scalar(count_unread_statement(membership_id)) or 0)


@cache
def _unread_statement() -> Any:
    """Built once, with the member and the limit as parameters: building it for
    every request (three selects on an alias, a union, an EXISTS) was about 8% of
    home's CPU time under load; the SQL sent is the same."""
    return (
        select(FeedbackNote, Person.name.label("author_name"))
        .outerjoin(Membership, Membership.id == FeedbackNote.author_id)
        .outerjoin(Person, Person.id == Membership.person_id)
        .where(_unread(bindparam("member", type_=BigInteger)))
        .order_by(FeedbackNote.id.desc())
        .limit(bindparam("limit", type_=Integer))
    )


async def unread(session: AsyncSession, membership_id: int, limit: int) -> list[AnyRow]:
    """(note, author's name) of unread notes, newest first, in one statement."""
    parameters = {"member": membership_id, "limit": limit}
    return list((await session.execute(_unread_statement(), parameters)).all())


async def names(session: AsyncSession, membership_ids: Sequence[int]) -> dict[int, AnyRow]:
    """(id, name, email, locale) of members, for notes and mails."""
    rows = await session.execute(
        select(Membership.id, Person.name, Person.email, Person.locale)
        .join(Person, Person.id == Membership.person_id)
        .where(Membership.id.in_(list(set(membership_ids))))
    )
    return {row.id: row for row in rows}
