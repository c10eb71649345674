"""The organisation's people: every member lists them; HR creates them and
changes their names and e-mails, their memberships (unit, job title, roles,
leaving) and reporting lines."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from backend.api.errors import DomainError, DomainErrors, ErrorCode
from backend.api.pagination import Connection, PageRequest, paginate
from backend.auth.viewer import Viewer
from backend.i18n import Locale
from backend.identity import policy, repository
from backend.identity.models import Membership, Organisation, Person, Role
from backend.identity.people import repository as people_repository
from backend.identity.repository import AnyRow
from backend.identity.service import (
    KEEP,
    Keep,
    R,
    ToNode,
    clean_text,
    member_in,
    normalise_email,
    unit_in,
    valid_email,
)
from backend.identity.signin import repository as signin_repository
from backend.identity.signin.service import MIN_PASSWORD_LENGTH, hash_password
from backend.settings import Settings

SEARCH_LENGTH = 200


async def people(
    session: AsyncSession,
    viewer: Viewer | None,
    settings: Settings,
    page: PageRequest,
    to_node: ToNode[R],
    *,
    search: str | None = None,
    unit_id: int | None = None,
    role: Role | None = None,
    include_inactive: bool = False,
) -> Connection[R]:
    signed_in = policy.require_member(viewer)
    if include_inactive:
        policy.require_hr(signed_in)
    listing = people_repository.people_listing(
        signed_in.organisation_id,
        search=(search or "").strip()[:SEARCH_LENGTH] or None,
        unit_id=unit_id,
        role=role,
        include_inactive=include_inactive,
    )
    return await paginate(session, listing.statement, listing.keys, page, settings, to_node)


@dataclass(frozen=True)
class NewPerson:
    email: str
    name: str
    locale: Locale = Locale.DA
    unit_id: int | None = None
    job_title: str = ""
    manager_person_id: int | None = None
    leader_since: date | None = None
    roles: frozenset[Role] = frozenset()


async def create_person(session: AsyncSession, viewer: Viewer | None, new: NewPerson) -> AnyRow:
    """A person and their membership of the viewer's organisation."""
    signed_in = policy.require_hr(viewer)
    roles = sorted(role.value for role in new.roles)
    policy.require_may_change_roles(signed_in, set(), set(roles))
    email, name = _person_fields(new.email, new.name)
    if await repository.person_id_by_email(session, email) is not None:
        # Also when the person belongs to another organisation only: joining
        # them here would let this organisation rename or take over them there.
        raise DomainError(ErrorCode.DUPLICATE, "identity.email_taken", field=["email"])
    if new.unit_id is not None:
        await unit_in(session, signed_in, new.unit_id, "unitId")
    manager = None
    if new.manager_person_id is not None:
        manager = await _manager(session, signed_in, new.manager_person_id)
    person = Person(email=email, name=name, locale=new.locale.value)
    session.add(person)
    await _flush_person(session)
    session.add(
        Membership(
            organisation_id=signed_in.organisation_id,
            person_id=person.id,
            unit_id=new.unit_id,
            manager_id=manager.id if manager else None,
            job_title=clean_text(new.job_title, "jobTitle", required=False),
            leader_since=new.leader_since,
            roles=roles,
        )
    )
    await session.flush()
    return await member_in(session, signed_in, person.id, "id")


async def update_person(
    session: AsyncSession,
    viewer: Viewer | None,
    person_id: int,
    name: str | Keep = KEEP,
    email: str | Keep = KEEP,
    locale: Locale | Keep = KEEP,
) -> AnyRow:
    """The person's own fields: name, e-mail, language."""
    signed_in = policy.require_hr(viewer)
    await member_in(session, signed_in, person_id, "id")
    if await repository.other_organisations_of(session, person_id, signed_in.organisation_id):
        # Name and e-mail are shared with the other organisation; changing the
        # e-mail there would hand this organisation the person's sign-in.
        raise DomainError(ErrorCode.FORBIDDEN, "identity.person_shared", field=["id"])
    person = await session.get(Person, person_id)
    assert person is not None
    errors: list[DomainError] = []
    if not isinstance(email, Keep):
        email = normalise_email(email)
        if not valid_email(email):
            errors.append(DomainError(ErrorCode.INVALID, "identity.email_invalid", ["email"]))
        elif await repository.person_id_by_email(session, email) not in (None, person_id):
            errors.append(DomainError(ErrorCode.DUPLICATE, "identity.email_taken", ["email"]))
        else:
            person.email = email
    if not isinstance(name, Keep):
        try:
            person.name = clean_text(name, "name")
        except DomainError as error:
            errors.append(error)
    if errors:
        raise DomainErrors(errors)
    if not isinstance(locale, Keep):
        person.locale = locale.value
    await _flush_person(session)
    return await member_in(session, signed_in, person_id, "id")


async def set_own_locale(session: AsyncSession, viewer: Viewer | None, locale: Locale) -> AnyRow:
    """The signed-in person's own language: the app's texts, numbers and dates,
    and the mails sent to them. Anyone signed in may choose their own; the
    language is the person's, so it holds in every organisation they belong to."""
    signed_in = policy.require_viewer(viewer)
    person = await session.get(Person, signed_in.person_id)
    assert person is not None
    person.locale = locale.value
    await session.flush()
    return await member_in(session, signed_in, signed_in.person_id, "locale")


@dataclass(frozen=True)
class MembershipChanges:
    unit_id: int | None | Keep = KEEP
    job_title: str | Keep = KEEP
    leader_since: date | None | Keep = KEEP
    roles: frozenset[Role] | Keep = KEEP
    is_active: bool | Keep = KEEP


async def update_membership(
    session: AsyncSession, viewer: Viewer | None, person_id: int, changes: MembershipChanges
) -> AnyRow:
    """Where the person sits in the viewer's organisation, and their roles."""
    signed_in = policy.require_hr(viewer)
    member = await member_in(session, signed_in, person_id, "personId")  # the input's name
    row = await repository.MEMBERSHIPS.by_id(session, signed_in.organisation_id, member.id)
    assert row is not None
    if not isinstance(changes.roles, Keep):
        roles = sorted(role.value for role in changes.roles)
        policy.require_may_change_roles(signed_in, set(row.roles), set(roles))
        row.roles = roles
    if not isinstance(changes.unit_id, Keep):
        if changes.unit_id is not None:
            await unit_in(session, signed_in, changes.unit_id, "unitId")
        row.unit_id = changes.unit_id
    if not isinstance(changes.job_title, Keep):
        row.job_title = clean_text(changes.job_title, "jobTitle", required=False)
    if not isinstance(changes.leader_since, Keep):
        row.leader_since = changes.leader_since
    if not isinstance(changes.is_active, Keep):
        if row.is_active and not changes.is_active:
            # Someone who leaves loses their sessions with it.
            await signin_repository.revoke_person_tokens(
                session, person_id, signed_in.organisation_id
            )
        row.is_active = changes.is_active
    await session.flush()
    return await member_in(session, signed_in, person_id, "personId")


async def set_reporting_line(
    session: AsyncSession, viewer: Viewer | None, person_id: int, manager_person_id: int | None
) -> AnyRow:
    """Make ``manager_person_id`` the person's manager (None: no manager)."""
    signed_in = policy.require_hr(viewer)
    member = await member_in(session, signed_in, person_id, "personId")
    manager_id = None
    if manager_person_id is not None:
        manager = await _manager(session, signed_in, manager_person_id)
        if manager.id == member.id:
            raise DomainError(ErrorCode.RULE_VIOLATED, "identity.manager_self", ["managerId"])
        if member.id in await repository.managers_above(session, manager.id):
            raise DomainError(ErrorCode.RULE_VIOLATED, "identity.reporting_cycle", ["managerId"])
        manager_id = manager.id
    row = await repository.MEMBERSHIPS.by_id(session, signed_in.organisation_id, member.id)
    assert row is not None
    row.manager_id = manager_id
    await session.flush()
    return await member_in(session, signed_in, person_id, "personId")


async def _manager(session: AsyncSession, viewer: Viewer, person_id: int) -> AnyRow:
    """A manager is a member of the same organisation: a person elsewhere is
    as unknown here as one who does not exist."""
    found = await repository.member(session, viewer.organisation_id, person_id)
    if found is None or not found.is_active:
        raise DomainError(ErrorCode.NOT_FOUND, "identity.manager_not_found", field=["managerId"])
    return found


async def _flush_person(session: AsyncSession) -> None:
    try:
        await session.flush()
    except IntegrityError:
        # The same e-mail, written by a request running at the same time.
        raise DomainError(ErrorCode.DUPLICATE, "identity.email_taken", field=["email"]) from None


def _person_fields(email: str, name: str) -> tuple[str, str]:
    errors: list[DomainError] = []
    email = normalise_email(email)
    if not valid_email(email):
        errors.append(DomainError(ErrorCode.INVALID, "identity.email_invalid", field=["email"]))
    try:
        name = clean_text(name, "name")
    except DomainError as error:
        errors.append(error)
    if errors:
        raise DomainErrors(errors)
    return email, name


async def bootstrap_admin(
    session: AsyncSession,
    organisation_slug: str,
    organisation_name: str | None,
    email: str,
    name: str,
    password: str,
) -> str:
    """``ledelyst create-admin``, run by an operator, so with no viewer: the
    organisation if it is missing, the person if they are missing, the
    administrator role and a password. Says what it did."""
    email, name = _person_fields(email, name)
    if len(password) < MIN_PASSWORD_LENGTH:
        raise DomainError(
            ErrorCode.INVALID, "identity.password_too_short", minimum=MIN_PASSWORD_LENGTH
        )
    organisation_id = await signin_repository.organisation_id_by_slug(session, organisation_slug)
    done = []
    if organisation_id is None:
        organisation = Organisation(
            slug=organisation_slug, name=organisation_name or organisation_slug
        )
        session.add(organisation)
        await session.flush()
        organisation_id = organisation.id
        done.append(f"created organisation {organisation_slug}")
    person_id = await repository.person_id_by_email(session, email)
    if person_id is None:
        person = Person(email=email, name=name)
        session.add(person)
        await session.flush()
        person_id = person.id
        done.append(f"created {email}")
    member = await repository.member(session, organisation_id, person_id)
    if member is None:
        session.add(
            Membership(
                organisation_id=organisation_id, person_id=person_id, roles=[Role.ADMIN.value]
            )
        )
    else:
        row = await repository.MEMBERSHIPS.by_id(session, organisation_id, member.id)
        assert row is not None
        row.roles = sorted({*row.roles, Role.ADMIN.value})
        row.is_active = True
    await signin_repository.set_password_hash(session, person_id, hash_password(password))
    await session.flush()
    return "; ".join([*done, f"{email} is an administrator of {organisation_slug}"])
