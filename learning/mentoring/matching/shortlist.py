"""A new leader's shortlist of mentors, and requests for one.

The shortlist picks by the same fit as a matching run, with a penalty for
mentors already busy or asked, and a fixed per-leader shuffle among mentors
of nearly equal fit, so that the same few mentors are not shown to everyone;
those picked are shown best fit first.
A request is a proposal that HR or the new leader's manager then decides.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

import numpy as np
from sqlalchemy import Row
from sqlalchemy.ext.asyncio import AsyncSession

from backend.api.errors import DomainError, ErrorCode
from backend.auth.viewer import Viewer
from backend.db import utcnow
from backend.identity import policy
from backend.identity import repository as identity
from learning.mentoring import matching, notify, rules, runs
from learning.mentoring import mentorship_repository as mentorship_repo
from learning.mentoring import messages as _messages  # noqa: F401  (registers texts)
from learning.mentoring import repository as repo
from learning.mentoring.models import MatchProposal, ProposalSource, ProposalStatus

MAX_SHORTLIST = 10
# How much a full mentor loses, and the width of the shuffle.
LOAD_PENALTY = 0.5
SHUFFLE = 0.05


@dataclass(frozen=True)
class Candidate:
    profile_id: int
    mentor_id: int
    fit: float
    score: float
    explanation: dict[str, Any]


GOLDEN = (5**0.5 - 1) / 2


def _shuffle(mentee_id: int, mentor_ids: list[int]) -> np.ndarray:
    """A fixed offset in [0, SHUFFLE) per (mentee, mentor).

    Each mentor gets a place on a circle (evenly spaced, ordered by a hash of
    its id) and each mentee a
    starting point (its id times the golden ratio, so that leaders of a
    cohort start far apart); the offset is the distance round the circle.
    Among mentors of nearly equal fit a leader thus sees the ones just after
    their own starting point: the same list on every visit, and different
    lists for leaders with equal needs, spread evenly over the mentors.
    """
    places = (
        np.array(
            [
                int.from_bytes(hashlib.blake2b(str(m).encode(), digest_size=4).digest(), "big")
                for m in mentor_ids
            ],
            np.float64,
        )
        / 2**32
    )
    start = (mentee_id * GOLDEN) % 1.0
    return ((places + start) % 1.0) * SHUFFLE


async def _candidates(
    session: AsyncSession, leader: Viewer
) -> tuple[list[Candidate], list[Row[Any]]]:
    need_rows = await repo.open_needs(session, leader.organisation_id, [leader.membership_id])
    if not need_rows:
        raise DomainError(ErrorCode.RULE_VIOLATED, "mentoring.no_need")
    organisations = await repo.pool_organisations(session, leader.organisation_id)
    mentors = [
        row
        for row in await repo.available_mentors(session, organisations, None)
        if row[0].capacity > int(row.load)
    ]
    if not mentors:
        return [], mentors
    problem = await runs.problem_for(
        session, need_rows, mentors, matching.Weights(), utcnow().date()
    )
    fit = matching.fits(problem, np.array([0]), np.arange(len(mentors)))[0].astype(np.float64)
    mentor_ids = [row[0].membership_id for row in mentors]
    pending = await repo.pending_requests(session, mentor_ids)
    load = np.array(
        [
            (int(row.load) + pending.get(row[0].membership_id, 0)) / max(row[0].capacity, 1)
            for row in mentors
        ]
    )
    allowed = np.flatnonzero(np.isfinite(fit))
    finite = np.where(np.isfinite(fit), fit, 0.0)
    # A full mentor keeps half its fit; the shuffle reorders near-equals only.
    score = finite * (1 - LOAD_PENALTY * np.minimum(load, 1.0)) + _shuffle(
        leader.membership_id, mentor_ids
    )
    order = allowed[np.argsort(-score[allowed], kind="stable")]
    explanations = matching.explain(problem, np.zeros(len(order), np.int64), order)
    wish = need_rows[0][0].area_preference
    return [
        Candidate(
            profile_id=mentors[j][0].id,
            mentor_id=mentors[j][0].membership_id,
            fit=float(fit[j]),
            score=float(score[j]),
            explanation={**e.as_dict(), "areaWish": wish},
        )
        for j, e in zip(order.tolist(), explanations, strict=True)
    ], mentors


async def shortlist(session: AsyncSession, viewer: Viewer | None, size: int = 5) -> list[Candidate]:
    """Ranked mentors a new leader may ask for, load spread (see the module text)."""
    leader = policy.require_viewer(viewer)
    if not 1 <= size <= MAX_SHORTLIST:
        raise DomainError(
            ErrorCode.INVALID, "mentoring.shortlist_size", field=["first"], maximum=MAX_SHORTLIST
        )
    found, _mentors = await _candidates(session, leader)
    # Who is shown spreads the load (the score); how they are shown is best fit first.
    # Equal fits keep the load order: the one with room first.
    return sorted(found[:size], key=lambda c: (-round(c.fit, 4), -c.score))


async def request_mentor(
    session: AsyncSession, viewer: Viewer | None, profile_id: int
) -> MatchProposal:
    """A new leader asks for a mentor; HR or their manager then approves."""
    leader = policy.require_viewer(viewer)
    field = ["mentorProfileId"]
    profile = next(iter(await repo.profiles_by_ids(session, [profile_id])), None)
    if profile is None:
        raise DomainError(ErrorCode.NOT_FOUND, "error.not_found", field=field)
    await rules.check_pair(session, leader.membership_id, profile.membership_id, field)
    if not profile.is_available:
        raise DomainError(ErrorCode.RULE_VIOLATED, "mentoring.profile_unavailable", field=field)
    if (
        await mentorship_repo.occupying_mentorship_of_mentee(session, leader.membership_id)
        is not None
    ):
        raise DomainError(ErrorCode.CONFLICT, "mentoring.already_mentored", field=field)
    if await repo.open_proposals_of(session, leader.membership_id, profile.membership_id):
        raise DomainError(ErrorCode.DUPLICATE, "mentoring.already_requested", field=field)
    load = (await repo.load_of_mentors(session, [profile.membership_id])).get(
        profile.membership_id, 0
    )
    if load >= profile.capacity:
        raise DomainError(
            ErrorCode.RULE_VIOLATED,
            "mentoring.over_capacity",
            field=field,
            capacity=profile.capacity,
        )
    found, _mentors = await _candidates(session, leader)
    candidate = next((c for c in found if c.profile_id == profile_id), None)
    if candidate is None:  # a rule of the optimiser's input excluded the pair
        raise DomainError(ErrorCode.RULE_VIOLATED, "mentoring.rule.organisation", field=field)
    proposal = MatchProposal(
        organisation_id=leader.organisation_id,
        run_id=None,
        source=ProposalSource.REQUEST.value,
        mentee_id=leader.membership_id,
        mentor_id=profile.membership_id,
        mentor_profile_id=profile.id,
        fit=candidate.fit,
        explanation=candidate.explanation,
        status=ProposalStatus.PROPOSED.value,
    )
    session.add(proposal)
    await session.flush()
    manager = await identity.membership(session, leader.membership_id)
    if manager is not None and manager.manager_id is not None:
        await notify.requested(session, proposal, manager.manager_id)
    return proposal
