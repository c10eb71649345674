"""``home``: a leader's start screen in one round trip, at a fixed cost.

What ``home.service`` read is primed into the loaders the types use, so the
enrolments, their activities and progress are not read a second time; what the
query shows besides (the enrolments' goals, the checkpoints to hold with their
enrolments, leaders and programmes) is read ahead in one batch each through the
loaders the fields use, so every field below ``home`` answers at once instead of
awaiting a loader per object (bench/NOTES.md, "home, answered at once").
"""

from __future__ import annotations

import asyncio
from datetime import date

import strawberry

from backend.api.context import Info
from backend.api.selected import selected_at
from learning.programmes import loaders as ld
from learning.programmes import models as m
from learning.programmes.checkpoints.types import ManagerCheckpoint
from learning.programmes.enrolments.types import Enrolment, read_selected
from learning.programmes.home import service
from learning.programmes.home import types as t
from learning.programmes.progress.types import ActivityStatus, summarise
from learning.programmes.types import Activity


@strawberry.type
class Query:
    @strawberry.field(description="A leader's start screen: one round trip, fixed cost.")
    async def home(self, info: Info) -> t.Home:
        context = info.context
        today = date.today()
        data = await service.home_data(context.session, context.viewer, today)
        for version in data.versions.values():
            context.loaders.get(ld.VersionByIdLoader).prime(version.id, version)
        for cohort in data.cohorts.values():
            context.loaders.get(ld.CohortByIdLoader).prime(cohort.id, cohort)
        for version_id, rows in data.activities.items():
            context.loaders.get(ld.ActivitiesByVersionLoader).prime(version_id, rows)
        for enrolment_id, progress in data.progress.items():
            context.loaders.get(ld.ProgressByEnrolmentLoader).prime(enrolment_id, progress)
        by_id = {e.id: Enrolment.from_row(e) for e in data.enrolments}
        for enrolment in data.enrolments:  # home read them already: no second statement
            context.loaders.get(ld.ProgressSummaryByEnrolmentLoader).prime(
                enrolment.id,
                summarise(
                    data.activities.get(enrolment.version_id, []),
                    data.progress.get(enrolment.id, []),
                ),
            )
        await _read_ahead(info, data.enrolments, data.checkpoints_to_hold)
        return t.Home(
            enrolments=list(by_id.values()),
            next_activities=[
                t.DueActivity(
                    enrolment=by_id[d.enrolment.id],
                    activity=Activity.from_row(d.activity),
                    due_on=d.due_on,
                    overdue=d.due_on < today,
                    status=ActivityStatus.STARTED if d.started else ActivityStatus.NOT_STARTED,
                )
                for d in data.next_activities
            ],
            open_checkpoints=[ManagerCheckpoint.from_row(c) for c in data.open_checkpoints],
            checkpoints_to_hold=[ManagerCheckpoint.from_row(c) for c in data.checkpoints_to_hold],
            mentor=t.MentorInfo(
                membership_pk=data.mentor.membership_id,
                name=data.mentor.name,
                job_title=data.mentor.job_title,
            )
            if data.mentor
            else None,
            unread_feedback=[
                t.FeedbackNoteSummary(
                    id=strawberry.ID(f.reference),
                    title=f.title,
                    author_name=f.author_name,
                    created_at=f.created_at,
                )
                for f in data.unread_feedback
            ],
            pending_360_tasks=[
                t.PendingTaskSummary(
                    id=strawberry.ID(p.reference),
                    kind=t.Pending360TaskKind(p.kind),
                    evaluation_id=strawberry.ID(p.evaluation_reference),
                    title=p.title,
                    due_at=p.due_at,
                )
                for p in data.pending_360_tasks
            ],
        )


async def _read_ahead(
    info: Info, enrolments: list[m.Enrolment], to_hold: list[m.ManagerCheckpoint]
) -> None:
    """What the query selects of home's enrolments and of the checkpoints to hold
    (their enrolments, and what it selects of those), read in one batch each, in
    the rounds the fields' loaders would have batched them: the same statements,
    and each field answers at once (``BatchLoader.resolve``). A read that fails
    leaves its error in its loader, for the fields to raise as before."""
    reads = read_selected(info, selected_at(info, "enrolments"), enrolments)
    held_ids = list(dict.fromkeys(c.enrolment_id for c in to_hold))
    holding = bool(held_ids) and "enrolment" in selected_at(info, "checkpointsToHold")
    if holding:
        reads.append(info.context.loaders.get(ld.EnrolmentByIdLoader).load_many(held_ids))
    if not reads:
        return
    found = await asyncio.gather(*reads, return_exceptions=True)
    if holding and isinstance(found[-1], list):
        held = [row for row in found[-1] if row is not None]
        then = read_selected(info, selected_at(info, "checkpointsToHold", "enrolment"), held)
        if then:
            await asyncio.gather(*then, return_exceptions=True)
