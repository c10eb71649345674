"""Signing in: passwords, magic links, refresh tokens and OpenID Connect people.

Every refusal reads the same whether or not the account exists, and takes
about as long (an unknown e-mail still costs one argon2 verification).
Failed password attempts are counted per (account, address) pair and per
address, which refuse, and per account, which only delays (never locks).

A refusal rolls the mutation back, yet what it must remember (a failed
attempt, a family revoked because a token was reused) has to stay: that is
written in a transaction of its own, always before the request's own session
has written anything, so SQLite's single writer is never waited for.
"""

from __future__ import annotations

import asyncio
import logging
import secrets
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import lru_cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy.ext.asyncio import AsyncSession

from backend.api.errors import DomainError, ErrorCode
from backend.auth.tokens import hash_secret, issue_access_token, new_secret
from backend.auth.viewer import Viewer
from backend.db import utcnow
from backend.i18n import Locale
from backend.identity import policy
from backend.identity.models import MagicLink, RefreshToken
from backend.identity.repository import AnyRow
from backend.identity.service import normalise_email, valid_email
from backend.identity.signin import repository
from backend.mail import queue_mail
from backend.settings import Settings

log = logging.getLogger(__name__)

MIN_PASSWORD_LENGTH = 12
# argon2 hashes whatever it is given; a megabyte "password" is a denial of service.
MAX_PASSWORD_LENGTH = 1000


@lru_cache
def _hasher() -> PasswordHasher:
    # argon2id with the RFC 9106 low-memory profile (argon2-cffi's default).
    return PasswordHasher()


@lru_cache
def _dummy_hash() -> str:
    return _hasher().hash(new_secret())


def hash_password(password: str) -> str:
    return _hasher().hash(password)


async def _verify(password_hash: str, password: str) -> bool:
    def verify() -> bool:
        try:
            return _hasher().verify(password_hash, password)
        except (VerificationError, InvalidHashError):
            return False

    # ~50 ms of CPU: off the event loop, so other requests go on meanwhile.
    return await asyncio.to_thread(verify)


@dataclass(frozen=True)
class Tokens:
    access_token: str
    access_token_expires_at: datetime
    refresh_token: str
    refresh_token_expires_at: datetime


@asynccontextmanager
async def own_transaction(session: AsyncSession) -> AsyncIterator[AsyncSession]:
    async with AsyncSession(session.bind, expire_on_commit=False) as own, own.begin():
        yield own


def _refused(key: str = "identity.sign_in_failed") -> DomainError:
    return DomainError(ErrorCode.UNAUTHENTICATED, key)


# --- passwords -------------------------------------------------------------------------


async def sign_in(
    session: AsyncSession,
    settings: Settings,
    email: str,
    password: str,
    address: str,
    organisation: str | None = None,
) -> Tokens:
    """Tokens for an e-mail and password (in ``organisation``, a slug, when
    the person belongs to several; else their first)."""
    email = normalise_email(email)
    reserved = await _check_rate(session, settings, email, address)
    account = await repository.account(session, email)
    password = password[:MAX_PASSWORD_LENGTH]
    membership = None
    if account is not None and account.password_hash and account.is_active:
        if await _verify(account.password_hash, password):
            membership = await membership_of(session, account.id, organisation)
    else:
        await _verify(_dummy_hash(), password)  # as slow as a real check
    if account is None or membership is None:
        raise _refused()  # the reserved attempt stays a failure
    if _hasher().check_needs_rehash(account.password_hash):
        await repository.set_password_hash(session, account.id, hash_password(password))
    await repository.forget_attempts(session, reserved)
    repository.add_attempts(session, [f"email:{email}", _pair(email, address)], succeeded=True)
    return await _issue(session, settings, account, membership)


async def change_password(
    session: AsyncSession,
    settings: Settings,
    viewer: Viewer | None,
    current: str | None,
    new: str,
    address: str,
) -> None:
    """The viewer's own password; the current one is asked for when there is one.

    Every device of the person is signed out (their refresh tokens revoked, in
    the same transaction): whoever knew the old password, or holds a device,
    keeps no session. Access tokens live until they expire, minutes later; the
    app signs its own device in again with the new password."""
    signed_in = policy.require_viewer(viewer)
    account = await repository.account_by_id(session, signed_in.person_id)
    if account is None:
        raise _refused()
    if len(new) < MIN_PASSWORD_LENGTH:
        raise DomainError(
            ErrorCode.INVALID,
            "identity.password_too_short",
            ["newPassword"],
            minimum=MIN_PASSWORD_LENGTH,
        )
    if len(new) > MAX_PASSWORD_LENGTH:
        raise DomainError(
            ErrorCode.TOO_LONG, "error.too_long", ["newPassword"], maximum=MAX_PASSWORD_LENGTH
        )
    if account.password_hash:
        reserved = await _check_rate(session, settings, account.email, address)
        if not await _verify(account.password_hash, (current or "")[:MAX_PASSWORD_LENGTH]):
            raise DomainError(ErrorCode.INVALID, "identity.password_wrong", ["currentPassword"])
        await repository.forget_attempts(session, reserved)
    await repository.set_password_hash(session, account.id, hash_password(new))
    await repository.revoke_person_tokens(session, account.id)


async def _check_rate(
    session: AsyncSession, settings: Settings, email: str, address: str
) -> list[int]:
    """Refuses an (account, address) pair or an address that failed too often;
    an account that failed from anywhere is only slowed down, never locked, so
    a stranger who knows a leader's address cannot lock the leader out.

    The attempt is written as a failure before it is counted (and before its
    password is checked), so attempts sent at once cannot outrun the limits;
    the caller forgets it (the ids returned) when the password is right, and
    an attempt refused here is forgotten at once."""
    minutes = settings.sign_in_window_minutes
    since = utcnow() - timedelta(minutes=minutes)
    async with own_transaction(session) as own:
        reserved = await repository.reserve_attempts(
            own, [f"email:{email}", _pair(email, address), f"ip:{address}"]
        )
    # Counted in a short session of its own, closed before any delay, so a
    # delayed attempt holds no database connection while it waits. Each
    # count includes this attempt.
    async with AsyncSession(session.bind) as counting:
        pair = await repository.failures_since(counting, _pair(email, address), since)
        from_address = await repository.failures_since(counting, f"ip:{address}", since)
        of_account = await repository.failures_since(counting, f"email:{email}", since)
    if (
        pair > settings.sign_in_max_failures_per_pair
        or from_address > settings.sign_in_max_failures_per_address
    ):
        async with own_transaction(session) as own:
            await repository.forget_attempts(own, reserved)
        raise DomainError(ErrorCode.RATE_LIMITED, "identity.rate_limited", minutes=minutes)
    delay = sign_in_delay(settings, of_account - 1)
    if delay > 0:
        await asyncio.sleep(delay)
    return reserved


def sign_in_delay(settings: Settings, failures: int) -> float:
    """Seconds to wait before checking a password, doubling with each failure
    for the account past the free ones, up to the maximum."""
    over = failures - settings.sign_in_free_failures_per_account
    if over < 0:
        return 0.0
    return min(
        settings.sign_in_delay_seconds * 2 ** min(over, 30), settings.sign_in_max_delay_seconds
    )


def _pair(email: str, address: str) -> str:
    # The e-mail first, so the privacy rules find it by prefix.
    return f"email:{email}|ip:{address}"


# --- magic links -----------------------------------------------------------------------


async def request_magic_link(
    session: AsyncSession, settings: Settings, email: str, address: str
) -> None:
    """Mail a sign-in link if the e-mail belongs to someone who may sign in.
    The answer is the same either way."""
    email = normalise_email(email)
    if not valid_email(email):
        raise DomainError(ErrorCode.INVALID, "identity.email_invalid", field=["email"])
    minutes = settings.sign_in_window_minutes
    since = utcnow() - timedelta(minutes=minutes)
    # Each request sends a mail: limited per account (no mail bombing of one
    # person) and per address (no spraying many people from one place).
    if (
        await repository.attempts_since(session, f"magic:{email}", since)
        >= settings.magic_links_per_account
        or await repository.attempts_since(session, f"magic-ip:{address}", since)
        >= settings.sign_in_max_failures_per_address
    ):
        raise DomainError(ErrorCode.RATE_LIMITED, "identity.rate_limited", minutes=minutes)
    repository.add_attempts(session, [f"magic:{email}", f"magic-ip:{address}"], True)
    account = await repository.account(session, email)
    if account is None or not account.is_active:
        return
    if not await repository.active_memberships(session, account.id):
        return
    secret = new_secret()
    session.add(
        MagicLink(
            person_id=account.id,
            token_hash=hash_secret(secret),
            expires_at=utcnow() + timedelta(minutes=settings.magic_link_minutes),
        )
    )
    # The secret travels in the URL's fragment: browsers never send it to a
    # server, so it is in no access log, and opening the link consumes
    # nothing (mail scanners open every link); the app posts it.
    url = f"{settings.base_url.rstrip('/')}/sign-in#token={secret}"
    context = {"name": account.name, "url": url, "minutes": settings.magic_link_minutes}
    queue_mail(session, account.email, "magic_link", account.locale, context)


async def sign_in_with_magic_link(
    session: AsyncSession, settings: Settings, token: str, organisation: str | None = None
) -> Tokens:
    person_id = await repository.use_magic_link(session, hash_secret(token.strip()))
    account = await repository.account_by_id(session, person_id) if person_id else None
    membership = (
        await membership_of(session, account.id, organisation)
        if account is not None and account.is_active
        else None
    )
    if account is None or membership is None:
        raise _refused("identity.magic_link_invalid")
    return await _issue(session, settings, account, membership)


# --- refresh tokens and signing out ------------------------------------------------------


async def refresh(session: AsyncSession, settings: Settings, refresh_token: str) -> Tokens:
    """New tokens for a refresh token, which is spent. A spent token used
    again means someone else has a copy: its whole family is revoked."""
    token = await repository.refresh_token(session, hash_secret(refresh_token.strip()))
    if token is None or token.revoked_at is not None or token.expires_at <= utcnow():
        raise _refused("identity.refresh_invalid")
    account = await repository.account_by_id(session, token.person_id)
    memberships = await repository.active_memberships(
        session, token.person_id, token.organisation_id
    )
    if token.replaced_at is not None or account is None or not account.is_active or not memberships:
        if token.replaced_at is not None:
            log.warning("refresh token reused; family revoked", extra={"person": token.person_id})
        async with own_transaction(session) as own:
            await repository.revoke_family(own, token.family)
        raise _refused("identity.refresh_invalid")
    if not await repository.mark_replaced(session, token.id):
        # Another request spent it a moment ago. Its family is revoked when
        # this copy comes back once more (replaced_at is set by then).
        raise _refused("identity.refresh_invalid")
    return await _issue(session, settings, account, memberships[0], family=token.family)


async def sign_out(
    session: AsyncSession, viewer: Viewer | None, refresh_token: str | None, everywhere: bool
) -> None:
    """Revoke the refresh token's family (this device), or every family of
    the viewer. Access tokens live on until they expire, minutes later."""
    if refresh_token:
        token = await repository.refresh_token(session, hash_secret(refresh_token.strip()))
        if token is not None:
            await repository.revoke_family(session, token.family)
    if everywhere:
        signed_in = policy.require_viewer(viewer)
        await repository.revoke_person_tokens(session, signed_in.person_id)


async def membership_of(
    session: AsyncSession, person_id: int, organisation: str | None
) -> AnyRow | None:
    organisation_id = None
    if organisation:
        organisation_id = await repository.organisation_id_by_slug(session, organisation)
        if organisation_id is None:
            return None
    found = await repository.active_memberships(session, person_id, organisation_id)
    return found[0] if found else None


def viewer_of(account: AnyRow, membership: AnyRow) -> Viewer:
    return Viewer(
        person_id=account.id,
        organisation_id=membership.organisation_id,
        membership_id=membership.id,
        locale=Locale(account.locale) if account.locale in ("da", "en") else Locale.DA,
        roles=frozenset(membership.roles or []),
    )


async def issue_tokens(
    session: AsyncSession, settings: Settings, account: AnyRow, membership: AnyRow
) -> Tokens:
    """A new token family for a person signed in another way (OpenID Connect)."""
    return await _issue(session, settings, account, membership)


async def _issue(
    session: AsyncSession,
    settings: Settings,
    account: AnyRow,
    membership: AnyRow,
    family: str | None = None,
) -> Tokens:
    now = utcnow()
    secret = new_secret()
    expires_at = now + timedelta(days=settings.refresh_token_days)
    session.add(
        RefreshToken(
            person_id=account.id,
            organisation_id=membership.organisation_id,
            family=family or secrets.token_hex(16),
            token_hash=hash_secret(secret),
            expires_at=expires_at,
        )
    )
    await session.flush()
    return Tokens(
        access_token=issue_access_token(viewer_of(account, membership), settings),
        access_token_expires_at=now + timedelta(minutes=settings.access_token_minutes),
        refresh_token=secret,
        refresh_token_expires_at=expires_at,
    )


async def forget_stale(session: AsyncSession, settings: Settings) -> int:
    """For the hourly clean-up: attempts past the window, dead tokens and links."""
    window = timedelta(minutes=settings.sign_in_window_minutes)
    return await repository.forget_stale(session, utcnow() - window)
