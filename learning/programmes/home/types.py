"""GraphQL types of ``home``: everything a leader's start screen shows, in
one round trip (what other slices provide arrives as plain summaries)."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

import strawberry

from backend.api.context import Info
from backend.api.relay import to_global_id
from learning.programmes.checkpoints.types import ManagerCheckpoint
from learning.programmes.enrolments.types import Enrolment
from learning.programmes.home import service
from learning.programmes.progress.types import ActivityStatus
from learning.programmes.types import Activity


@strawberry.type(description="An activity to do next.")
class DueActivity:
    enrolment: Enrolment
    activity: Activity
    due_on: date
    overdue: bool
    status: ActivityStatus


@strawberry.type
class MentorInfo:
    membership_pk: strawberry.Private[int]
    name: str
    job_title: str

    @strawberry.field
    def membership_id(self) -> strawberry.ID:
        return to_global_id("Membership", self.membership_pk)


@strawberry.type
class FeedbackNoteSummary:
    id: strawberry.ID
    title: str
    author_name: str | None
    created_at: datetime


@strawberry.enum(description="What an open 360 task asks of the viewer.")
class Pending360TaskKind(StrEnum):
    NOMINATE_RATERS = "NOMINATE_RATERS"
    APPROVE_NOMINATIONS = "APPROVE_NOMINATIONS"
    GIVE_SELF_ASSESSMENT = "GIVE_SELF_ASSESSMENT"
    GIVE_MANAGER_ASSESSMENT = "GIVE_MANAGER_ASSESSMENT"
    RATE_OTHER = "RATE_OTHER"
    READ_REPORT = "READ_REPORT"


@strawberry.type(
    description="An open 360 task. A GIVE_* or RATE_OTHER task opens its form in the app "
    "with openMyRaterForm(evaluationId), which returns a rater token for raterForm."
)
class PendingTaskSummary:
    id: strawberry.ID = strawberry.field(description="Distinct per task.")
    kind: Pending360TaskKind
    evaluation_id: strawberry.ID = strawberry.field(description="The Evaluation's global ID.")
    title: str
    due_at: datetime | None


@strawberry.type(description="Everything a leader's start screen shows, in one round trip.")
class Home:
    enrolments: list[Enrolment]
    next_activities: list[DueActivity]
    open_checkpoints: list[ManagerCheckpoint] = strawberry.field(
        description="The viewer's own checkpoints not yet held."
    )
    checkpoints_to_hold: list[ManagerCheckpoint] = strawberry.field(
        description="Checkpoints of the viewer's direct reports, due within two weeks."
    )
    mentor: MentorInfo | None
    unread_feedback: list[FeedbackNoteSummary]
    pending_360_tasks: list[PendingTaskSummary]

    @strawberry.field(
        description="How many mentor proposals wait for the viewer's decision "
        "(Query.matchProposalsToDecide): their direct reports' for a manager, all for HR."
    )
    async def proposals_to_decide(self, info: Info) -> int:
        return await service.proposals_to_decide(info.context.session, info.context.viewer)
