"""Personal data of 360 evaluations, and how long raw answers are kept (see
``backend.privacy``).

Erasure keeps what others' data and the frozen figures need: an erased
leader's evaluation keeps its frozen aggregates (cycle results and learning
effect are built from them), and responses stay anonymous as they always
were. What goes is what names the person: their rater rows' name, address
and unsent draft, and their rater links.
"""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import ColumnElement, Text, cast, delete, func, null, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from backend.db import utcnow
from backend.identity.models import Person
from backend.privacy.handlers import (
    all_of,
    delete_rows,
    export_rows,
    keep,
    no_rows,
    of_membership,
    plain_tree,
    update_rows,
)
from backend.privacy.registry import (
    Rows,
    Subject,
    register_no_personal_data,
    register_personal_data,
    register_retention,
)
from backend.settings import Settings
from feedback.evaluations.models import (
    CompetencyChange,
    CompetencySums,
    CycleStatus,
    DeclineReason,
    Evaluation,
    EvaluationCycle,
    EvaluationResponse,
    EvaluationShare,
    LeaderChange,
    Nomination,
    RaterToken,
    ResponseAnswer,
    ResponseComment,
)
from feedback.evaluations.reports.release import exported_report


def _as_rater(subject: Subject) -> object:
    # An internal rater by membership; an external one by address, in this organisation.
    return or_(
        Nomination.rater_id == subject.membership_id,
        (Nomination.organisation_id == subject.organisation_id)
        & (Nomination.rater_id.is_(None))
        & (Nomination.rater_email == subject.email),
    )


def _own_evaluations(subject: Subject) -> ColumnElement[bool]:
    return EvaluationShare.evaluation_id.in_(
        select(Evaluation.id).where(Evaluation.leader_id == subject.membership_id)
    )


_evaluation_rows = export_rows(
    Evaluation,
    of_membership(Evaluation.leader_id),
    # The frozen cells are others' answers (n, sums, sums of squares): never
    # handed over as they are. The report as released stands in their place.
    leave_out=["frozen_results"],
)


async def _export_evaluations(session: AsyncSession, subject: Subject) -> Rows:
    """The person's evaluations, each with its report exactly as the person
    may read it (hidden groups and a withheld report absent)."""
    rows = await _evaluation_rows(session, subject)
    locale = await session.scalar(select(Person.locale).where(Person.id == subject.person_id))
    for row in rows:
        evaluation = await session.get(Evaluation, row["id"])
        cycle = await session.get(EvaluationCycle, row["cycle_id"])
        assert evaluation is not None and cycle is not None
        row["report"] = plain_tree(
            await exported_report(session, evaluation, cycle, str(locale or "da"))
        )
    return rows


async def _erase_links(session: AsyncSession, subject: Subject) -> int:
    """Counted per invitation, not per link: reminders (each with a link of
    its own) go only to raters who have not answered, so a count of links
    would tell HR, in the erasure's changed rows, whether the person answered."""
    invitations = select(Nomination.id).where(_as_rater(subject))  # type: ignore[arg-type]
    with_links = await session.scalar(
        select(func.count(func.distinct(RaterToken.nomination_id))).where(
            RaterToken.nomination_id.in_(invitations)
        )
    )
    await session.execute(delete(RaterToken).where(RaterToken.nomination_id.in_(invitations)))
    return int(with_links or 0)


def _closed_before(settings: Settings) -> object:
    limit = utcnow() - timedelta(days=settings.raw_answer_retention_days)
    return select(EvaluationCycle.id).where(
        EvaluationCycle.status == CycleStatus.CLOSED.value,
        EvaluationCycle.closed_at < limit,
    )


async def delete_raw_answers(session: AsyncSession, settings: Settings) -> int:
    """Raw answers of cycles closed longer ago than the retention period. The
    frozen aggregates on the evaluation (and the rendered report) stay; the
    comments stay too, because the frozen report shows them."""
    evaluations = select(Evaluation.id).where(Evaluation.cycle_id.in_(_closed_before(settings)))  # type: ignore[arg-type]
    responses = select(EvaluationResponse.id).where(
        EvaluationResponse.evaluation_id.in_(evaluations)
    )
    outcome = await session.execute(
        delete(ResponseAnswer)
        .where(ResponseAnswer.response_id.in_(responses))
        .execution_options(synchronize_session=False)
    )
    return int(outcome.rowcount or 0)  # type: ignore[attr-defined]


async def delete_decline_reasons(session: AsyncSession, settings: Settings) -> int:
    """Decline reasons go with the raw answers of the same cycles."""
    outcome = await session.execute(
        delete(DeclineReason)
        .where(DeclineReason.cycle_id.in_(_closed_before(settings)))  # type: ignore[arg-type]
        .execution_options(synchronize_session=False)
    )
    return int(outcome.rowcount or 0)  # type: ignore[attr-defined]


async def delete_unsent_drafts(session: AsyncSession, settings: Settings) -> int:
    """Answers a rater saved but never sent, in the same cycles."""
    evaluations = select(Evaluation.id).where(Evaluation.cycle_id.in_(_closed_before(settings)))  # type: ignore[arg-type]
    outcome = await session.execute(
        update(Nomination)
        .where(
            Nomination.evaluation_id.in_(evaluations),
            # JSON null and SQL NULL both mean "no draft"; only real drafts count.
            func.coalesce(cast(Nomination.draft, Text), "null") != "null",
        )
        .values(draft=null())
        .execution_options(synchronize_session=False)
    )
    return int(outcome.rowcount or 0)  # type: ignore[attr-defined]


def register() -> None:
    """Declare this slice's tables (``backend.composition.compose`` calls it at start-up)."""
    register_personal_data(
        EvaluationCycle,
        export=export_rows(
            EvaluationCycle,
            of_membership(EvaluationCycle.created_by_id),
            leave_out=["nomination_limits", "reminder_days_before_close"],
        ),
        erase=update_rows(
            EvaluationCycle, of_membership(EvaluationCycle.created_by_id), {"created_by_id": None}
        ),
        description="360 cycles the person set up (as HR).",
    )
    register_personal_data(
        Evaluation,
        export=_export_evaluations,
        erase=all_of(
            update_rows(Evaluation, of_membership(Evaluation.manager_id), {"manager_id": None}),
            keep(
                "A closed evaluation's frozen aggregates stay: cycle results and learning "
                "effect are built from them, and they name no rater."
            ),
        ),
        description="The person's 360 evaluations: state, frozen aggregates and report.",
    )
    register_personal_data(
        EvaluationShare,
        export=export_rows(
            EvaluationShare,
            lambda s: or_(EvaluationShare.membership_id == s.membership_id, _own_evaluations(s)),
        ),
        erase=delete_rows(
            EvaluationShare,
            lambda s: or_(EvaluationShare.membership_id == s.membership_id, _own_evaluations(s)),
        ),
        description="Whom the person shared their 360 report with, and whose was shared with them.",
    )
    register_personal_data(
        Nomination,
        # The invitation and the rater's own unsent draft; not whether or when
        # they answered or declined (nor the reminders that imply it): an export
        # HR asks for must not say what the 360 promises nobody sees.
        export=export_rows(
            Nomination,
            _as_rater,  # type: ignore[arg-type]
            leave_out=["responded", "declined", "reminders_sent", "last_reminded_on"],
        ),
        erase=update_rows(
            Nomination,
            _as_rater,  # type: ignore[arg-type]
            {
                "rater_name": "",
                "rater_email": lambda s: f"erased-{s.person_id}@erased.invalid",
                "draft": None,
            },
        ),
        description="Invitations to rate someone, and the person's unsent answers.",
    )
    register_personal_data(
        RaterToken,
        export=no_rows(),  # hashes of link secrets, nothing to read
        erase=_erase_links,
        description="The person's rater links (stored hashed).",
    )
    for model, reason in (
        (
            EvaluationResponse,
            "Anonymous by construction: an evaluation and a rater group, no rater.",
        ),
        (ResponseAnswer, "A value of an anonymous response; deleted after the retention period."),
        (ResponseComment, "A comment of an anonymous response, shown in the frozen report."),
        (
            CompetencySums,
            "The learning-effect read model: sums of others' anonymous answers under the "
            "report's anonymity rules, like the frozen cells on the evaluation (never "
            "exported as they are); deleted with the evaluation.",
        ),
        (
            LeaderChange,
            "The learning-effect read model per leader: each follow-up's change averaged "
            "over competencies, made from the sums above (never exported as it is); "
            "deleted with either evaluation.",
        ),
        (
            CompetencyChange,
            "The learning-effect read model per follow-up and competency: others' means "
            "before and after, made from the sums above (never exported as they are); "
            "deleted with either evaluation.",
        ),
        (
            DeclineReason,
            "Why someone declined, per cycle, with nothing that links it to the rater; "
            "deleted with the raw answers after the retention period.",
        ),
    ):
        register_no_personal_data(model, reason=reason)
    register_retention("feedback.raw_answers", delete_raw_answers)
    register_retention("feedback.decline_reasons", delete_decline_reasons)
    register_retention("feedback.unsent_drafts", delete_unsent_drafts)
