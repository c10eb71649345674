"""The sign-in queries: accounts, attempts, refresh tokens and magic links."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import delete, func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from backend.db import utcnow
from backend.identity.models import (
    MagicLink,
    Membership,
    Organisation,
    Person,
    RefreshToken,
    SignInAttempt,
)
from backend.identity.repository import AnyRow

ACCOUNT_COLUMNS = (
    Person.id,
    Person.email,
    Person.name,
    Person.password_hash,
    Person.locale,
    Person.is_active,
    Person.oidc_subject,
)


async def account(session: AsyncSession, email: str) -> AnyRow | None:
    """The sign-in columns of the person with this e-mail."""
    return (await session.execute(select(*ACCOUNT_COLUMNS).where(Person.email == email))).first()


async def account_by_id(session: AsyncSession, person_id: int) -> AnyRow | None:
    return (await session.execute(select(*ACCOUNT_COLUMNS).where(Person.id == person_id))).first()


async def account_by_subject(session: AsyncSession, subject: str) -> AnyRow | None:
    statement = select(*ACCOUNT_COLUMNS).where(Person.oidc_subject == subject)
    return (await session.execute(statement)).first()


async def link_subject(session: AsyncSession, person_id: int, subject: str) -> None:
    """Remember the OpenID Connect subject of a person found by e-mail, unless
    the person already has one."""
    await session.execute(
        update(Person)
        .where(Person.id == person_id, Person.oidc_subject.is_(None))
        .values(oidc_subject=subject)
        .execution_options(synchronize_session=False)
    )


async def set_password_hash(session: AsyncSession, person_id: int, password_hash: str) -> None:
    await session.execute(
        update(Person)
        .where(Person.id == person_id)
        .values(password_hash=password_hash)
        .execution_options(synchronize_session=False)
    )


async def active_memberships(
    session: AsyncSession, person_id: int, organisation_id: int | None = None
) -> list[AnyRow]:
    """(id, organisation_id, roles, slug) of a person's active memberships, oldest first."""
    statement = (
        select(Membership.id, Membership.organisation_id, Membership.roles, Organisation.slug)
        .join(Organisation, Organisation.id == Membership.organisation_id)
        .where(Membership.person_id == person_id, Membership.is_active.is_(True))
        .order_by(Membership.id)
    )
    if organisation_id is not None:
        statement = statement.where(Membership.organisation_id == organisation_id)
    return list((await session.execute(statement)).all())


async def organisation_id_by_slug(session: AsyncSession, slug: str) -> int | None:
    return await session.scalar(select(Organisation.id).where(Organisation.slug == slug))


# --- attempts ---------------------------------------------------------------------


def add_attempts(session: AsyncSession, subjects: Sequence[str], succeeded: bool) -> None:
    now = utcnow()
    session.add_all(
        SignInAttempt(subject=subject, attempted_at=now, succeeded=succeeded)
        for subject in subjects
    )


async def reserve_attempts(session: AsyncSession, subjects: Sequence[str]) -> list[int]:
    """Failed attempts written before the password is checked; their ids."""
    now = utcnow()
    rows = [SignInAttempt(subject=s, attempted_at=now, succeeded=False) for s in subjects]
    session.add_all(rows)
    await session.flush()
    return [row.id for row in rows]


async def forget_attempts(session: AsyncSession, ids: Sequence[int]) -> None:
    await session.execute(delete(SignInAttempt).where(SignInAttempt.id.in_(ids)))


async def failures_since(session: AsyncSession, subject: str, since: datetime) -> int:
    """Failed attempts in the window, counted from the last success: a person
    who got in is not locked out by their earlier typos."""
    last_success = (
        select(func.max(SignInAttempt.attempted_at))
        .where(SignInAttempt.subject == subject, SignInAttempt.succeeded.is_(True))
        .scalar_subquery()
    )
    statement = select(func.count()).where(
        SignInAttempt.subject == subject,
        SignInAttempt.succeeded.is_(False),
        SignInAttempt.attempted_at > since,
        or_(last_success.is_(None), SignInAttempt.attempted_at > last_success),
    )
    return int(await session.scalar(statement) or 0)


async def attempts_since(session: AsyncSession, subject: str, since: datetime) -> int:
    statement = select(func.count()).where(
        SignInAttempt.subject == subject, SignInAttempt.attempted_at > since
    )
    return int(await session.scalar(statement) or 0)


# --- refresh tokens -----------------------------------------------------------------


async def refresh_token(session: AsyncSession, token_hash: str) -> RefreshToken | None:
    return await session.scalar(select(RefreshToken).where(RefreshToken.token_hash == token_hash))


async def mark_replaced(session: AsyncSession, token_id: int) -> bool:
    """Replace a token unless it was replaced or revoked already; a single
    conditional UPDATE, so of two requests racing with one token, one wins
    and the other counts as reuse."""
    outcome = await session.execute(
        update(RefreshToken)
        .where(
            RefreshToken.id == token_id,
            RefreshToken.replaced_at.is_(None),
            RefreshToken.revoked_at.is_(None),
        )
        .values(replaced_at=utcnow())
        .execution_options(synchronize_session=False)
    )
    return bool(outcome.rowcount)  # type: ignore[attr-defined]


async def revoke_family(session: AsyncSession, family: str) -> None:
    await session.execute(
        update(RefreshToken)
        .where(RefreshToken.family == family, RefreshToken.revoked_at.is_(None))
        .values(revoked_at=utcnow())
        .execution_options(synchronize_session=False)
    )


async def revoke_person_tokens(
    session: AsyncSession, person_id: int, organisation_id: int | None = None
) -> None:
    statement = update(RefreshToken).where(
        RefreshToken.person_id == person_id, RefreshToken.revoked_at.is_(None)
    )
    if organisation_id is not None:
        statement = statement.where(RefreshToken.organisation_id == organisation_id)
    await session.execute(
        statement.values(revoked_at=utcnow()).execution_options(synchronize_session=False)
    )


# --- magic links --------------------------------------------------------------------


async def use_magic_link(session: AsyncSession, token_hash: str) -> int | None:
    """Spend a valid link and return its person, or None; one conditional
    UPDATE, so a link opened twice at once signs in only once."""
    now = utcnow()
    person_id = await session.scalar(
        update(MagicLink)
        .where(
            MagicLink.token_hash == token_hash,
            MagicLink.used_at.is_(None),
            MagicLink.expires_at > now,
        )
        .values(used_at=now)
        .returning(MagicLink.person_id)
        .execution_options(synchronize_session=False)
    )
    return int(person_id) if person_id is not None else None


# --- clean-up -----------------------------------------------------------------------


async def forget_stale(session: AsyncSession, attempts_before: datetime) -> int:
    """Attempts older than the rate-limit window, and tokens and links that
    can no longer be used."""
    now = utcnow()
    removed = 0
    for statement in (
        delete(SignInAttempt).where(SignInAttempt.attempted_at < attempts_before),
        delete(RefreshToken).where(RefreshToken.expires_at < now),
        delete(MagicLink).where(or_(MagicLink.expires_at < now, MagicLink.used_at.is_not(None))),
    ):
        outcome = await session.execute(statement.execution_options(synchronize_session=False))
        removed += outcome.rowcount or 0  # type: ignore[attr-defined]
    return removed


async def set_membership_roles(session: AsyncSession, membership_id: int, roles: list[str]) -> None:
    """The roles an identity provider's group claim gives a membership."""
    await session.execute(
        update(Membership)
        .where(Membership.id == membership_id)
        .values(roles=roles)
        .execution_options(synchronize_session=False)
    )
