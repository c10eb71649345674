"""The person a verified OpenID Connect token names.

By subject first; else, on a first sign-in, by the e-mail the claim mapping
finds (``email``, ``preferred_username``, ``upn``, ...) under the configured
``email_verified`` policy, and the subject is then remembered; created only
when configured. When a roles claim is configured, the membership's roles
follow the identity provider's groups at each sign-in (those roles the
configured map can give; the others stay as Ledelyst has them).

Each refusal is recorded with a code the client can act on and logged with
its reason (the person's id or the claim's name, never the token).
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from backend.api.errors import DomainError, ErrorCode
from backend.auth.oidc import OidcRefused
from backend.auth.oidc_claims import OidcIdentity, email_is_usable, identity_from_claims
from backend.auth.oidc_code import redeem_code
from backend.auth.refusal import RefusalCode, refuse
from backend.auth.viewer import Viewer
from backend.identity.models import Membership, Person, Role
from backend.identity.repository import AnyRow
from backend.identity.service import normalise_email, valid_email
from backend.identity.signin import repository
from backend.identity.signin.service import (
    Tokens,
    issue_tokens,
    membership_of,
    own_transaction,
    viewer_of,
)
from backend.settings import Settings

log = logging.getLogger(__name__)

_ROLES = frozenset(role.value for role in Role)


async def viewer_for_oidc_claims(
    session: AsyncSession, settings: Settings, claims: dict[str, Any]
) -> Viewer | None:
    identity = identity_from_claims(claims, settings)
    if identity is None:
        refuse(RefusalCode.TOKEN_INVALID, f"no {settings.oidc_subject_claim!r} claim")
        return None
    account = await repository.account_by_subject(session, identity.subject)
    if account is None:
        account = await _first_sign_in(session, settings, identity)
        if account is None:
            return None
    if not account.is_active:
        refuse(RefusalCode.ACCOUNT_DISABLED, f"person {account.id} is deactivated")
        return None
    membership = await membership_of(session, account.id, None)
    if membership is None:
        refuse(RefusalCode.ACCOUNT_DISABLED, f"person {account.id} has no active membership")
        return None
    viewer = viewer_of(account, membership)
    roles = await _follow_roles(session, settings, identity, membership)
    return viewer if roles is None else replace(viewer, roles=frozenset(roles))


async def sign_in_with_oidc_code(
    session: AsyncSession, settings: Settings, code: str, verifier: str, nonce: str
) -> Tokens:
    """The app's own sign-in (``backend.auth.oidc_code``): the code redeemed and
    its ID token verified, then the same person as a bearer token would name."""
    refused = DomainError(ErrorCode.UNAUTHENTICATED, "identity.oidc_refused")
    try:
        claims = await redeem_code(settings, code, verifier, nonce)
    except OidcRefused as error:
        log.info("app OIDC sign-in refused: %s", error)
        raise refused from None
    viewer = await viewer_for_oidc_claims(session, settings, claims)
    if viewer is None:
        raise refused
    account = await repository.account_by_id(session, viewer.person_id)
    membership = await membership_of(session, viewer.person_id, None)
    if account is None or membership is None:
        raise refused
    return await issue_tokens(session, settings, account, membership)


async def _first_sign_in(
    session: AsyncSession, settings: Settings, identity: OidcIdentity
) -> AnyRow | None:
    email = normalise_email(identity.email or "")
    if not valid_email(email):
        refuse(
            RefusalCode.UNKNOWN_PERSON,
            f"unknown subject and no e-mail in {settings.oidc_email_claims}",
        )
        return None
    if not email_is_usable(identity, settings):
        refuse(
            RefusalCode.EMAIL_NOT_VERIFIED,
            f"unknown subject; email_verified is {identity.email_verified} "
            f"under policy {settings.oidc_email_verified!r}",
        )
        return None
    account = await repository.account(session, email)
    if account is not None:
        if account.oidc_subject is not None:
            # Bound to another subject of the issuer: a new account there with
            # the same address must not take this person over.
            refuse(RefusalCode.UNKNOWN_PERSON, f"person {account.id} has another subject")
            return None
        async with own_transaction(session) as own:
            await repository.link_subject(own, account.id, identity.subject)
        log.info(
            "linked person %s to an OpenID Connect subject (by %s)",
            account.id,
            identity.email_claim,
        )
        return account
    if settings.oidc_create_people:
        created = await _create_person(session, settings, identity, email)
        if created is not None:
            return created
    refuse(
        RefusalCode.UNKNOWN_PERSON, f"no person with the address of claim {identity.email_claim!r}"
    )
    return None


async def _create_person(
    session: AsyncSession, settings: Settings, identity: OidcIdentity, email: str
) -> AnyRow | None:
    slug = settings.oidc_organisation
    organisation_id = await repository.organisation_id_by_slug(session, slug) if slug else None
    if organisation_id is None:
        log.warning("oidc_create_people is on, but oidc_organisation names no organisation")
        return None
    name = (identity.name or email.split("@")[0])[:200]
    locale = "en" if (identity.locale or "").startswith("en") else "da"
    roles = sorted((identity.roles or frozenset()) & _ROLES)
    async with own_transaction(session) as own:
        person = Person(email=email, name=name, locale=locale, oidc_subject=identity.subject)
        own.add(person)
        await own.flush()
        own.add(Membership(organisation_id=organisation_id, person_id=person.id, roles=roles))
    log.info("created person %s from OpenID Connect", person.id)
    return await repository.account_by_id(session, person.id)


async def _follow_roles(
    session: AsyncSession, settings: Settings, identity: OidcIdentity, membership: AnyRow
) -> list[str] | None:
    """The roles the identity provider gives now, when a roles claim is
    configured. It governs only the roles its map can give: one no group
    gives (a LEADER set by the structure import) stays as Ledelyst has it."""
    if identity.roles is None:
        return None
    governed = set(settings.oidc_role_map.values()) & _ROLES
    had = sorted(membership.roles or [])
    wanted = sorted((set(had) - governed) | (identity.roles & _ROLES))
    if had != wanted:
        async with own_transaction(session) as own:
            await repository.set_membership_roles(own, membership.id, wanted)
        log.info(
            "membership %s roles %s -> %s from the %r claim",
            membership.id,
            had,
            wanted,
            settings.oidc_roles_claim,
        )
    return wanted
