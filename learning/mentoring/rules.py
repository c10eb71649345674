"""The hard rules of a pairing, checked again whenever a proposal is approved
or accepted (the optimiser already never proposes a pair that breaks them):
nobody mentors themselves, a mentor is never in the mentee's reporting line
above, a mentor belongs to the mentee's organisation or to one sharing a pool
with it, and a mentor never takes more mentees than their capacity."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from backend.api.errors import DomainError, ErrorCode
from backend.identity import repository as identity
from learning.mentoring import messages as _messages  # noqa: F401  (registers texts)
from learning.mentoring import repository as repo
from learning.mentoring.models import MentorProfile


async def check_pair(
    session: AsyncSession, mentee_id: int, mentor_id: int, field: list[str] | None = None
) -> None:
    mentee = await repo.person(session, mentee_id)
    mentor = await repo.person(session, mentor_id)
    if mentee is None or mentor is None:
        raise DomainError(ErrorCode.NOT_FOUND, "error.not_found", field=field)
    if mentee.person_id == mentor.person_id:
        raise DomainError(ErrorCode.RULE_VIOLATED, "mentoring.rule.self", field=field)
    if mentor.organisation_id not in await repo.pool_organisations(session, mentee.organisation_id):
        raise DomainError(ErrorCode.RULE_VIOLATED, "mentoring.rule.organisation", field=field)
    if mentor_id in await identity.managers_above(session, mentee_id):
        raise DomainError(ErrorCode.RULE_VIOLATED, "mentoring.rule.reporting_line", field=field)


async def take_place(
    session: AsyncSession, profile_id: int, *, counting_self: bool, field: list[str] | None = None
) -> MentorProfile:
    """Lock the mentor's profile and check there is a place.

    ``counting_self``: the mentorship being accepted already takes a place (it
    is PROPOSED), so the load may equal the capacity; a new one needs room.
    """
    profile = await repo.lock_profile(session, profile_id)
    if profile is None:
        raise DomainError(ErrorCode.NOT_FOUND, "error.not_found", field=field)
    load = (await repo.load_of_mentors(session, [profile.membership_id])).get(
        profile.membership_id, 0
    )
    limit = profile.capacity if counting_self else profile.capacity - 1
    if load > limit:
        raise DomainError(
            ErrorCode.RULE_VIOLATED,
            "mentoring.over_capacity",
            field=field,
            capacity=profile.capacity,
        )
    return profile
