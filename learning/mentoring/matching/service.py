"""Matching runs and the shortlist: the database side of the optimiser in
``matching.py`` and of the ranking in ``shortlist.py``.

HR starts a run (``start_run``); it is written to the outbox with the run, so
the Celery task ``mentoring.run_matching`` computes it only once the run is
committed (``execute_run``). A new leader reads a shortlist of mentors and
asks for one (``request_mentor``): a proposal that HR or their manager then
decides (``mentorships.service``).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

import numpy as np
from sqlalchemy import Row
from sqlalchemy.ext.asyncio import AsyncSession

from backend.api.errors import DomainError, ErrorCode
from backend.auth.viewer import Viewer
from backend.db import utcnow
from backend.identity import policy
from backend.identity import repository as identity
from backend.jobs.outbox import enqueue
from learning.mentoring import repository as repo
from learning.mentoring.matching import matching
from learning.mentoring.matching import repository as matching_repo
from learning.mentoring.matching import shortlist as ranking
from learning.mentoring.mentorships import notify
from learning.mentoring.mentorships import repository as mentorships_repo
from learning.mentoring.mentorships import service as mentorships
from learning.mentoring.models import (
    AreaPreference,
    MatchingRun,
    MatchProposal,
    MentorProfile,
    ProposalSource,
    ProposalStatus,
    RunStatus,
)
from learning.mentoring.service import focus_keys

RUN_TASK = "mentoring.run_matching"
MAX_CANDIDATES = 64

_WISH = {
    AreaPreference.ANY.value: matching.AreaWish.ANY,
    AreaPreference.SAME_AREA.value: matching.AreaWish.SAME,
    AreaPreference.OTHER_AREA.value: matching.AreaWish.OTHER,
}


@dataclass(frozen=True)
class RunCommand:
    weights: matching.Weights = matching.Weights()
    mentee_ids: Sequence[int] | None = None
    mentor_ids: Sequence[int] | None = None
    use_shared_pool: bool = False
    candidates_per_mentee: int = matching.DEFAULT_CANDIDATES


# --- building the problem --------------------------------------------------------------------


def _years(since: date | None, today: date) -> float:
    return 0.0 if since is None else max(0.0, (today - since).days / 365.25)


def _mentee(row: Row[Any]) -> matching.MenteeInput:
    need = row[0]
    return matching.MenteeInput(
        focus=focus_keys(need.competency_ids or [], need.tags or []),
        language=need.language or None,
        location=need.location or None,
        area=need.area or None,
        area_wish=_WISH.get(need.area_preference, matching.AreaWish.ANY),
        group=0,
        person=row.person_id,
        unit=row.unit_id,
    )


def _mentor(row: Row[Any], today: date, capacity: int) -> matching.MentorInput:
    profile = row[0]
    return matching.MentorInput(
        strengths=focus_keys(profile.competency_ids or [], profile.tags or []),
        languages=profile.languages or [],
        location=profile.location or None,
        areas=profile.areas or [],
        experience_years=_years(row.leader_since, today),
        capacity=capacity,
        group=0,
        person=row.person_id,
        unit=row.unit_id,
    )


async def problem_for(
    session: AsyncSession,
    needs: list[Row[Any]],
    mentors: list[Row[Any]],
    weights: matching.Weights,
    today: date,
) -> matching.Problem:
    """Arrays of the optimiser; hard rules go in here, as its input filter:
    the mentor rows are already of the allowed organisations, capacities are
    what is left, and every mentor in a mentee's reporting line is a
    forbidden pair."""
    mentee_index = {row[0].membership_id: i for i, row in enumerate(needs)}
    mentor_index = {row[0].membership_id: j for j, row in enumerate(mentors)}
    lines = await matching_repo.reporting_lines(session, list(mentee_index))
    forbidden = [
        (mentee_index[origin], mentor_index[above])
        for origin, above in lines
        if above in mentor_index
    ]
    return matching.build_problem(
        [_mentee(row) for row in needs],
        [_mentor(row, today, max(0, row[0].capacity - int(row.load))) for row in mentors],
        weights,
        forbidden,
    )


# --- runs ------------------------------------------------------------------------------------


async def start_run(
    session: AsyncSession, viewer: Viewer | None, command: RunCommand
) -> MatchingRun:
    hr = policy.require_hr(viewer)
    try:
        command.weights.normalised()
    except ValueError:
        raise DomainError(ErrorCode.INVALID, "mentoring.weights", field=["weights"]) from None
    if not 1 <= command.candidates_per_mentee <= MAX_CANDIDATES:
        raise DomainError(
            ErrorCode.INVALID,
            "mentoring.too_many",
            field=["candidatesPerMentee"],
            maximum=MAX_CANDIDATES,
        )
    for name, ids in (("menteeIds", command.mentee_ids), ("mentorIds", command.mentor_ids)):
        if ids is not None:
            organisations = (
                await repo.pool_organisations(session, hr.organisation_id)
                if name == "mentorIds" and command.use_shared_pool
                else [hr.organisation_id]
            )
            found = await repo.people(session, ids)
            if len(found) != len(set(ids)) or any(
                p.organisation_id not in organisations for p in found
            ):
                raise DomainError(ErrorCode.INVALID, "mentoring.member_unknown", field=[name])
    weights = command.weights
    run = MatchingRun(
        organisation_id=hr.organisation_id,
        started_by_id=hr.membership_id,
        status=RunStatus.PENDING.value,
        weights={
            "focus": weights.focus,
            "experience": weights.experience,
            "language": weights.language,
            "location": weights.location,
            "area": weights.area,
        },
        mentee_ids=sorted(set(command.mentee_ids)) if command.mentee_ids is not None else None,
        mentor_ids=sorted(set(command.mentor_ids)) if command.mentor_ids is not None else None,
        use_shared_pool=command.use_shared_pool,
        candidates_per_mentee=command.candidates_per_mentee,
    )
    session.add(run)
    await session.flush()
    enqueue(session, RUN_TASK, {"run_id": run.id})
    return run


async def execute_run(
    session: AsyncSession, run_id: int, today: date | None = None
) -> MatchingRun | None:
    """Compute a run and write its proposals (the Celery task, and the seed)."""
    run = await matching_repo.run(session, run_id)
    if run is None or run.status in (RunStatus.COMPLETED.value, RunStatus.FAILED.value):
        return run
    started = time.perf_counter()
    today = today or utcnow().date()
    run.status = RunStatus.RUNNING.value
    organisations = (
        await repo.pool_organisations(session, run.organisation_id)
        if run.use_shared_pool
        else [run.organisation_id]
    )
    needs = await matching_repo.open_needs(session, run.organisation_id, run.mentee_ids)
    mentors = await matching_repo.available_mentors(session, organisations, run.mentor_ids)
    problem = await problem_for(session, needs, mentors, matching.Weights(**run.weights), today)
    k = run.candidates_per_mentee
    # CPU work off the event loop; the arrays are the worker's own. One scan
    # gives both the optimiser's candidates and the greedy baseline.
    best = await asyncio.to_thread(matching.optimise, problem, k)
    baseline = best.greedy or matching.greedy(problem)
    chosen = np.flatnonzero(best.mentor >= 0)
    explanations = matching.explain(problem, chosen, best.mentor[chosen])
    now = utcnow()
    mentee_ids = [needs[int(i)][0].membership_id for i in chosen]
    for proposal in await matching_repo.open_run_proposals(session, mentee_ids):
        proposal.status = ProposalStatus.SUPERSEDED.value
    rows = []
    for i, explanation in zip(chosen.tolist(), explanations, strict=True):
        need, mentor = needs[i][0], mentors[int(best.mentor[i])][0]
        rows.append(
            {
                "organisation_id": run.organisation_id,
                "run_id": run.id,
                "source": ProposalSource.RUN.value,
                "mentee_id": need.membership_id,
                "mentor_id": mentor.membership_id,
                "mentor_profile_id": mentor.id,
                "fit": float(best.fit[i]),
                "explanation": {**explanation.as_dict(), "areaWish": need.area_preference},
                "status": ProposalStatus.PROPOSED.value,
                "decision_note": "",
                "created_at": now,
                "updated_at": now,
            }
        )
    await matching_repo.add_proposals(session, rows)
    run.status = RunStatus.COMPLETED.value
    run.finished_at = utcnow()
    run.result = {
        "mentees": len(needs),
        "mentors": len(mentors),
        "matched": best.matched,
        "unmatched": len(needs) - best.matched,
        "totalFit": round(best.total_fit, 4),
        "greedyTotalFit": round(baseline.total_fit, 4),
        "candidateEdges": best.candidate_edges,
        "optimiserSeconds": round(best.seconds, 3),
        "seconds": round(time.perf_counter() - started, 3),
    }
    await session.flush()
    return run


async def visible_runs(
    session: AsyncSession, viewer: Viewer | None, ids: Sequence[int]
) -> list[MatchingRun]:
    signed_in = policy.require_viewer(viewer)
    if not policy.is_hr(signed_in):
        return []
    return await matching_repo.RUNS.by_ids(session, signed_in.organisation_id, ids)


def runs_listing(viewer: Viewer | None) -> repo.Listing:
    return matching_repo.runs_listing(policy.require_hr(viewer).organisation_id)


def proposals_listing(
    viewer: Viewer | None, run: MatchingRun, status: ProposalStatus | None
) -> repo.Listing:
    hr = policy.require_hr(viewer)
    if run.organisation_id != hr.organisation_id:
        raise policy.forbid()
    return matching_repo.proposals_listing(run.id, status.value if status else None)


# --- the shortlist and requests ------------------------------------------------------------


async def _candidates(
    session: AsyncSession, leader: Viewer
) -> tuple[list[ranking.Candidate], list[Row[Any]]]:
    need_rows = await matching_repo.open_needs(
        session, leader.organisation_id, [leader.membership_id]
    )
    if not need_rows:
        raise DomainError(ErrorCode.RULE_VIOLATED, "mentoring.no_need")
    organisations = await repo.pool_organisations(session, leader.organisation_id)
    mentors = [
        row
        for row in await matching_repo.available_mentors(session, organisations, None)
        if row[0].capacity > int(row.load)
    ]
    if not mentors:
        return [], mentors
    problem = await problem_for(session, need_rows, mentors, matching.Weights(), utcnow().date())
    fit = matching.fits(problem, np.array([0]), np.arange(len(mentors)))[0].astype(np.float64)
    mentor_ids = [row[0].membership_id for row in mentors]
    pending = await matching_repo.pending_requests(session, mentor_ids)
    load = np.array(
        [
            (int(row.load) + pending.get(row[0].membership_id, 0)) / max(row[0].capacity, 1)
            for row in mentors
        ]
    )
    order, score = ranking.scores(fit, load, leader.membership_id, mentor_ids)
    explanations = matching.explain(problem, np.zeros(len(order), np.int64), order)
    wish = need_rows[0][0].area_preference
    return [
        ranking.Candidate(
            profile_id=mentors[j][0].id,
            mentor_id=mentors[j][0].membership_id,
            fit=float(fit[j]),
            score=float(score[j]),
            explanation={**e.as_dict(), "areaWish": wish},
        )
        for j, e in zip(order.tolist(), explanations, strict=True)
    ], mentors


async def shortlist(
    session: AsyncSession, viewer: Viewer | None, size: int = 5
) -> list[ranking.Candidate]:
    """Ranked mentors a new leader may ask for, load spread (see the module text)."""
    leader = policy.require_viewer(viewer)
    if not 1 <= size <= ranking.MAX_SHORTLIST:
        raise DomainError(
            ErrorCode.INVALID,
            "mentoring.shortlist_size",
            field=["first"],
            maximum=ranking.MAX_SHORTLIST,
        )
    found, _mentors = await _candidates(session, leader)
    # Who is shown spreads the load (the score); how they are shown is best fit first.
    # Equal fits keep the load order: the one with room first.
    return sorted(found[:size], key=lambda c: (-round(c.fit, 4), -c.score))


async def shortlisted_profiles(
    session: AsyncSession, found: Sequence[ranking.Candidate]
) -> dict[int, MentorProfile]:
    """The profiles of a shortlist's candidates, by id."""
    profiles = await repo.profiles_by_ids(session, [c.profile_id for c in found])
    return {p.id: p for p in profiles}


async def request_mentor(
    session: AsyncSession, viewer: Viewer | None, profile_id: int
) -> MatchProposal:
    """A new leader asks for a mentor; HR or their manager then approves."""
    leader = policy.require_viewer(viewer)
    field = ["mentorProfileId"]
    profile = next(iter(await repo.profiles_by_ids(session, [profile_id])), None)
    if profile is None:
        raise DomainError(ErrorCode.NOT_FOUND, "error.not_found", field=field)
    await mentorships.check_pair(session, leader.membership_id, profile.membership_id, field)
    if not profile.is_available:
        raise DomainError(ErrorCode.RULE_VIOLATED, "mentoring.profile_unavailable", field=field)
    if (
        await mentorships_repo.occupying_mentorship_of_mentee(session, leader.membership_id)
        is not None
    ):
        raise DomainError(ErrorCode.CONFLICT, "mentoring.already_mentored", field=field)
    if await matching_repo.open_proposals_of(session, leader.membership_id, profile.membership_id):
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
