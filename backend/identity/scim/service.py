"""SCIM Users as the directory provisions them (Entra ID, Okta): each change an
audited, idempotent update of a person, their membership, unit and manager.

The wire format is scim2-models' ``User[EnterpriseUser]``; the last document
the directory sent is kept, so it reads back what it wrote, and the domain
fields follow from it: e-mail (primary ``emails`` value, else ``userName``),
name, ``active``, ``title``, and the enterprise extension's ``department``
(a unit of that name, made when missing) and ``manager`` (the reporting line).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError
from scim2_models import Context, EnterpriseUser, PatchOp, SCIMException, User
from sqlalchemy.ext.asyncio import AsyncSession

from backend.auth.tokens import hash_secret, new_secret
from backend.db import utcnow
from backend.identity.models import Membership, Person, Unit
from backend.identity.scim import repository
from backend.identity.scim.dialects import entra_quirks, patch_quirks
from backend.identity.scim.models import ScimGroup, ScimToken, ScimUser
from backend.identity.service import normalise_email, valid_email

log = logging.getLogger("ledelyst.scim")

ScimUserModel = User[EnterpriseUser]
MAX_PAGE = 200
_FILTER = re.compile(r'^\s*(userName|externalId)\s+eq\s+"((?:[^"\\]|\\.)*)"\s*$', re.I)


class ScimProblem(Exception):
    """A request the SCIM client must fix: an HTTP status, a scimType, a text."""

    def __init__(self, status: int, key: str, scim_type: str | None = None, **params: Any):
        super().__init__(key)
        self.status, self.key, self.scim_type, self.params = status, key, scim_type, params


@dataclass(frozen=True)
class Page:
    total: int
    start_index: int
    users: list[ScimUser]


async def issue_token(session: AsyncSession, organisation_id: int) -> str:
    """A new bearer token for the organisation; earlier ones stop working."""
    await repository.revoke_tokens(session, organisation_id, utcnow())
    secret = new_secret()
    session.add(ScimToken(organisation_id=organisation_id, token_hash=hash_secret(secret)))
    await session.flush()
    return secret


async def issue_token_for(session: AsyncSession, slug: str) -> str | None:
    organisation_id = await repository.organisation_id(session, slug)
    return None if organisation_id is None else await issue_token(session, organisation_id)


async def organisation_of(session: AsyncSession, token: str) -> int | None:
    return await repository.organisation_of_token(session, hash_secret(token))


def parse(payload: Any, context: Context) -> Any:
    try:
        return ScimUserModel.model_validate(entra_quirks(payload), scim_ctx=context)
    except (ValidationError, SCIMException, ValueError, TypeError) as error:
        raise ScimProblem(400, "scim.invalid", "invalidValue", detail=_short(error)) from None


async def create(session: AsyncSession, organisation_id: int, payload: Any) -> ScimUser:
    model = parse(payload, Context.RESOURCE_CREATION_REQUEST)
    holder = await repository.user_by_user_name(session, organisation_id, model.user_name)
    if holder is not None and holder.deleted_at is None:
        raise ScimProblem(409, "scim.user_name_taken", "uniqueness")
    email = _email_of(model)
    person = await repository.person_by_email(session, email)
    if person is None:
        person = Person(email=email, name=_name_of(model))
        session.add(person)
        await session.flush()
    membership = await repository.membership(session, organisation_id, person.id)
    earlier = None
    if membership is None:
        membership = Membership(organisation_id=organisation_id, person_id=person.id, roles=[])
        session.add(membership)
        await session.flush()
    else:
        earlier = await repository.user_by_membership(session, membership.id)
        if earlier is not None and earlier.deleted_at is None:
            raise ScimProblem(409, "scim.person_taken", "uniqueness")
    if holder is not None and holder is not earlier:
        # A deleted user's name, given to someone else: the deleted row lets go of it.
        holder.user_name = f"~deleted-{holder.id}~{holder.user_name}"[:320]
        await session.flush()
    user = _revived(earlier) if earlier is not None else None
    if user is None:
        user = ScimUser(
            organisation_id=organisation_id,
            membership_id=membership.id,
            user_name=model.user_name,
            external_id=model.external_id,
            document={},
            version=1,
        )
        session.add(user)
        await session.flush()
    changed = await _apply(session, organisation_id, user, model, person, membership)
    repository.record(session, organisation_id, user.id, "CREATE", changed)
    return user


def _revived(user: ScimUser) -> ScimUser:
    """A deleted user created again (the person left and came back): the same
    resource and membership, so their history and audit trail stay theirs."""
    user.deleted_at = None
    user.version += 1
    user.updated_at = utcnow()
    log.info("SCIM user %s created again after its deletion", user.id)
    return user


async def get(session: AsyncSession, organisation_id: int, scim_id: str) -> ScimUser:
    found = await repository.user(session, organisation_id, _id(scim_id))
    if found is None:
        raise ScimProblem(404, "scim.not_found")
    return found


async def replace(
    session: AsyncSession, organisation_id: int, scim_id: str, payload: Any, if_match: str | None
) -> ScimUser:
    user = await _for_change(session, organisation_id, scim_id, if_match)
    model = parse(payload, Context.RESOURCE_REPLACEMENT_REQUEST)
    return await _save(session, organisation_id, user, model, "REPLACE")


async def patch(
    session: AsyncSession, organisation_id: int, scim_id: str, payload: Any, if_match: str | None
) -> ScimUser:
    user = await _for_change(session, organisation_id, scim_id, if_match)
    model = patched(ScimUserModel, user.document, payload)
    return await _save(session, organisation_id, user, model, "PATCH")


async def delete(
    session: AsyncSession, organisation_id: int, scim_id: str, if_match: str | None
) -> None:
    """Deactivates, never removes: the person's 360 history and reporting
    lines stay; the SCIM resource answers 404 from now on (RFC 7644 3.6)."""
    user = await _for_change(session, organisation_id, scim_id, if_match)
    membership = await session.get(Membership, user.membership_id)
    assert membership is not None
    membership.is_active = False
    user.deleted_at = utcnow()
    user.version += 1
    repository.record(session, organisation_id, user.id, "DELETE", ["active"])
    log.info("SCIM deleted user %s: membership %s deactivated", user.id, membership.id)


async def search(
    session: AsyncSession,
    organisation_id: int,
    filter_: str | None,
    start_index: int | None,
    count: int | None,
) -> Page:
    attribute, value = equality(_FILTER, filter_)
    start, limit = bounds(start_index, count)
    total, found = await repository.users(
        session,
        organisation_id,
        user_name=value if attribute == "username" else None,
        external_id=value if attribute == "externalid" else None,
        offset=start - 1,
        limit=limit,
    )
    return Page(total, start, found)


# --- applying a document ---------------------------------------------------------------


async def _for_change(
    session: AsyncSession, organisation_id: int, scim_id: str, if_match: str | None
) -> ScimUser:
    user = await get(session, organisation_id, scim_id)
    check_version(user, if_match)
    return user


async def _save(
    session: AsyncSession, organisation_id: int, user: ScimUser, model: Any, operation: str
) -> ScimUser:
    if model.user_name.lower() != user.user_name.lower():
        other = await repository.user_by_user_name(session, organisation_id, model.user_name)
        if other is not None and other.id != user.id:
            raise ScimProblem(409, "scim.user_name_taken", "uniqueness")
    membership = await session.get(Membership, user.membership_id)
    assert membership is not None
    person = await session.get(Person, membership.person_id)
    assert person is not None
    changed = await _apply(session, organisation_id, user, model, person, membership)
    if changed:  # the same request again changes nothing: idempotent
        user.version += 1
        user.updated_at = utcnow()
        repository.record(session, organisation_id, user.id, operation, changed)
    return user


async def _apply(
    session: AsyncSession,
    organisation_id: int,
    user: ScimUser,
    model: Any,
    person: Person,
    membership: Membership,
) -> list[str]:
    """Brings person, membership and the stored document in step with
    ``model``; the names of what changed (for the audit trail)."""
    changed: list[str] = []
    document = model.model_dump(scim_ctx=Context.RESOURCE_CREATION_REQUEST)
    # A person who also belongs to another organisation is that one's too:
    # this directory may not change their address (where their sign-in links
    # go) nor their name.
    shared = await repository.other_memberships(session, person.id, organisation_id) > 0
    email = _email_of(model)
    if email != person.email:
        if shared:
            raise ScimProblem(409, "scim.person_shared", "uniqueness")
        if await repository.person_by_email(session, email) is not None:
            raise ScimProblem(409, "scim.email_taken", "uniqueness")
        person.email = email
        changed.append("email")
    name = _name_of(model)
    if name != person.name and not shared:
        person.name = name
        changed.append("name")
    active = model.active is not False
    if active != membership.is_active:
        membership.is_active = active
        changed.append("active")
    title = (model.title or "")[:200]
    if title != membership.job_title:
        membership.job_title = title
        changed.append("title")
    enterprise = model[EnterpriseUser]
    unit_id = await _unit_id(session, organisation_id, enterprise)
    if unit_id != membership.unit_id:
        membership.unit_id = unit_id
        changed.append("department")
    manager_id = await _manager_membership(session, organisation_id, user, enterprise)
    if manager_id != membership.manager_id:
        membership.manager_id = manager_id
        changed.append("manager")
    if model.user_name != user.user_name or model.external_id != user.external_id:
        changed.append("userName/externalId")
    user.user_name = model.user_name
    user.external_id = model.external_id
    if document != user.document:
        user.document = document
        if not changed:
            changed.append("document")
    await session.flush()
    return changed


async def _unit_id(session: AsyncSession, organisation_id: int, enterprise: Any) -> int | None:
    department = (getattr(enterprise, "department", None) or "").strip()[:200]
    if not department:
        return None
    unit = await repository.unit_by_name(session, organisation_id, department)
    if unit is None:
        unit = Unit(organisation_id=organisation_id, name=department)
        session.add(unit)
        await session.flush()
    return unit.id


async def _manager_membership(
    session: AsyncSession, organisation_id: int, user: ScimUser, enterprise: Any
) -> int | None:
    manager = getattr(enterprise, "manager", None)
    value = getattr(manager, "value", None) if manager is not None else None
    if not value:
        return None
    found = await repository.manager_candidate(session, organisation_id, str(value))
    if found is None:
        raise ScimProblem(400, "scim.unknown_manager", "invalidValue")
    # The reporting line must stay a tree: walk up from the manager.
    seen = {user.membership_id}
    current: int | None = found.membership_id
    while current is not None:
        if current in seen:
            raise ScimProblem(400, "scim.own_manager", "invalidValue")
        seen.add(current)
        above = await session.get(Membership, current)
        current = above.manager_id if above is not None else None
    return found.membership_id


def _email_of(model: Any) -> str:
    candidates = sorted(model.emails or [], key=lambda e: not e.primary)
    for candidate in [*(e.value for e in candidates), model.user_name]:
        email = normalise_email(str(candidate or ""))
        if valid_email(email):
            return email
    raise ScimProblem(400, "scim.no_email", "invalidValue")


def _name_of(model: Any) -> str:
    name = model.name
    parts = [getattr(name, "given_name", None), getattr(name, "family_name", None)]
    joined = " ".join(p for p in parts if p)
    text = model.display_name or getattr(name, "formatted", None) or joined or model.user_name
    return str(text)[:200]


# --- shared by Users and Groups (``group_service``) -------------------------------------


def patched(model_type: Any, document: dict[str, Any], payload: Any) -> Any:
    """``document`` (a stored resource of ``model_type``) with the PatchOp
    ``payload`` applied (RFC 7644 3.5.2)."""
    model = model_type.model_validate(document)
    try:
        operations = PatchOp[model_type].model_validate(
            patch_quirks(payload), scim_ctx=Context.RESOURCE_PATCH_REQUEST
        )
        operations.patch(model)
    except SCIMException as error:
        raise ScimProblem(
            error.status, "scim.invalid", error.scim_type or None, detail=_short(error)
        ) from None
    except (ValidationError, ValueError, TypeError) as error:
        raise ScimProblem(400, "scim.invalid", "invalidValue", detail=_short(error)) from None
    return model


def equality(pattern: re.Pattern[str], filter_: str | None) -> tuple[str | None, str | None]:
    """The attribute (lower case) and value of an ``attr eq "value"`` filter
    that ``pattern`` admits; (None, None) without a filter."""
    if not filter_:
        return None, None
    matched = pattern.match(filter_)
    if matched is None:
        raise ScimProblem(400, "scim.invalid_filter", "invalidFilter")
    value = matched.group(2).replace('\\"', '"').replace("\\\\", "\\")
    return matched.group(1).lower(), value


def bounds(start_index: int | None, count: int | None) -> tuple[int, int]:
    """The page's 1-based start and its size, at most ``MAX_PAGE``."""
    start = max(1, start_index or 1)  # RFC 7644 3.4.2.4: below 1 means 1
    return start, min(MAX_PAGE, max(0, count if count is not None else MAX_PAGE))


def etag(resource: ScimUser | ScimGroup) -> str:
    return f'W/"{resource.version}"'


def check_version(resource: ScimUser | ScimGroup, if_match: str | None) -> None:
    """A change under ``If-Match`` only applies to the version it names."""
    if if_match and if_match.strip() != "*" and etag(resource) not in _tags(if_match):
        raise ScimProblem(412, "scim.version_mismatch")


def _tags(header: str) -> set[str]:
    return {tag.strip() for tag in header.split(",")}


def _id(scim_id: str, status: int = 404) -> int:
    if not scim_id.isdigit() or len(scim_id) > 18:
        raise ScimProblem(status, "scim.not_found" if status == 404 else "scim.unknown_manager")
    return int(scim_id)


def _short(error: Exception) -> str:
    return " ".join(str(error).split())[:300]
