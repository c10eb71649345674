"""Erasure by HR: the person's name and address are replaced, their own
texts removed and their sign-ins ended, while frozen 360 results, the
raters' anonymous answers and everyone else's data stay as they were."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from backend.identity.models import Membership, Person, RefreshToken
from backend.jobs.models import OutboxMessage
from backend.mail.outbox import queue_mail
from backend.privacy import exporting, service
from backend.privacy.registry import personal_tables
from backend.settings import Settings
from feedback.evaluations.models import (
    Evaluation,
    EvaluationResponse,
    Nomination,
    ResponseAnswer,
)
from feedback.evaluations.reports import service as reports
from feedback.notes.models import FeedbackNote
from learning.mentoring.models import MentorProfile
from learning.philosophy.models import LeadershipPhilosophy
from learning.programmes.models import Reflection
from tests.backend.privacy.world import OTHER, World
from tests.support.factories import viewer_of
from tests.support.graphql_client import GraphQLClient
from tests.support.operations import gid, operation

ERASE = operation("ErasePerson")


async def _erase(
    api: GraphQLClient, token: str, person_id: int, confirm: str, **extra: Any
) -> dict[str, Any]:
    response = await api.execute(
        ERASE,
        {"input": {"personId": gid("Person", person_id), "confirmEmail": confirm, **extra}},
        token=token,
    )
    assert response.errors == []
    return dict(response.data["erasePerson"])


async def _count(session: AsyncSession, statement: Any) -> int:
    return int(await session.scalar(statement) or 0)


async def test_erasure_keeps_frozen_360_results_and_others_data(
    session: AsyncSession, settings: Settings, world: World, api: GraphQLClient
) -> None:
    evaluation = await session.get(Evaluation, world.evaluation_id)
    assert evaluation is not None
    frozen_before = evaluation.frozen_results
    answers = select(func.count()).select_from(ResponseAnswer)
    responses = select(func.count()).where(EvaluationResponse.evaluation_id == world.evaluation_id)
    answers_before, responses_before = (
        await _count(session, answers),
        await _count(session, responses),
    )
    manager_view = await reports.report_for_viewer(
        session, viewer_of(world.manager), world.evaluation_id, "da"
    )
    await session.commit()

    erased = await _erase(
        api, world.token(world.hr, settings), world.subject.person_id, world.subject_email.upper()
    )
    assert erased["errors"] == []
    assert erased["changedRows"] > 0
    assert {"person", "reflection", "leadership_philosophy", "refresh_token"} <= set(
        erased["tables"]
    )

    session.expire_all()
    person = await session.get(Person, world.subject.person_id)
    assert person is not None
    assert (person.name, person.is_active, person.password_hash) == ("Slettet person", False, None)
    assert person.email.endswith("@erased.invalid")
    member = await session.get(Membership, world.subject.id)
    assert member is not None and not member.is_active and member.roles == []
    # Their own texts are gone; what they wrote to a colleague stays, without words or author.
    assert (
        await _count(
            session,
            select(func.count()).where(Reflection.id == world.reflection_ids[world.subject.id]),
        )
        == 0
    )
    for model in (LeadershipPhilosophy, MentorProfile):
        assert (
            await _count(
                session, select(func.count()).where(model.membership_id == world.subject.id)
            )
            == 0
        )
    note = await session.get(FeedbackNote, world.note_by_subject_id)
    assert note is not None and (note.body, note.author_id) == ("", None)
    assert (
        await _count(
            session, select(func.count()).where(RefreshToken.person_id == world.subject.person_id)
        )
        == 0
    )
    # The colleague's data is untouched.
    theirs = await session.get(Reflection, world.reflection_ids[world.colleague.id])
    assert theirs is not None and theirs.text == OTHER
    assert (
        await _count(
            session, select(func.count()).where(MentorProfile.membership_id == world.colleague.id)
        )
        == 1
    )
    # The frozen 360 results, the anonymous answers and the report stay.
    evaluation = await session.get(Evaluation, world.evaluation_id)
    assert evaluation is not None and evaluation.frozen_results == frozen_before
    assert await _count(session, answers) == answers_before
    assert await _count(session, responses) == responses_before
    after = await reports.report_for_viewer(
        session, viewer_of(world.manager), world.evaluation_id, "da"
    )
    assert after.data == manager_view.data
    assert after.leader_name == "Slettet person"


async def test_an_erased_person_can_no_longer_refresh_a_session(
    settings: Settings, world: World, api: GraphQLClient
) -> None:
    await _erase(api, world.token(world.hr, settings), world.subject.person_id, world.subject_email)
    refreshed = await api.execute(
        operation("RefreshToken"), {"input": {"refreshToken": world.subject_refresh_token}}
    )
    payload = refreshed.data["refreshToken"]
    assert payload["accessToken"] is None
    assert [e["code"] for e in payload["errors"]] == ["UNAUTHENTICATED"]


async def test_erased_files_are_deleted_after_the_commit(
    session: AsyncSession, settings: Settings, world: World, api: GraphQLClient
) -> None:
    own = await service.request_export(session, viewer_of(world.subject), None)
    own.status, own.object_key = "READY", f"org-{world.organisation_id}/privacy/x/file.json"
    await session.commit()
    await _erase(api, world.token(world.hr, settings), world.subject.person_id, world.subject_email)
    queued = await session.scalar(
        select(OutboxMessage)
        .where(OutboxMessage.task == service.DELETE_FILES_TASK)
        .order_by(OutboxMessage.id.desc())
    )
    assert queued is not None and own.object_key in queued.payload["keys"]


async def test_only_hr_erases_and_only_with_the_right_confirmation(
    settings: Settings, world: World, api: GraphQLClient
) -> None:
    hr = world.token(world.hr, settings)
    subject = world.subject.person_id

    async def codes(token: str, person_id: int, confirm: str) -> list[tuple[str, Any]]:
        found = await _erase(api, token, person_id, confirm)
        return [(e["code"], e["field"]) for e in found["errors"]]

    assert await codes(world.token(world.colleague, settings), subject, world.subject_email) == [
        ("FORBIDDEN", None)
    ]
    assert await codes(hr, subject, "someone@else.dk") == [("INVALID", ["input", "confirmEmail"])]
    assert await codes(hr, world.hr.person_id, "x@y.dk") == [
        ("RULE_VIOLATED", ["input", "personId"])
    ]
    assert await codes(world.token(world.stranger, settings), subject, world.subject_email) == [
        ("NOT_FOUND", ["input", "personId"])
    ]
    assert await codes(hr, subject, world.subject_email) == []
    erased_email = f"erased-{subject}@erased.invalid"
    assert await codes(hr, subject, erased_email) == [("CONFLICT", ["input", "personId"])]
    empty = await api.execute(ERASE, {"input": {"personId": "", "confirmEmail": "x"}}, token=hr)
    assert empty.codes == []  # a payload error naming the field, not a nulled response
    assert empty.data["erasePerson"]["errors"][0]["code"] == "INVALID"
    assert empty.data["erasePerson"]["errors"][0]["field"] == ["input", "personId"]
    anonymous = await api.execute(
        ERASE, {"input": {"personId": gid("Person", subject), "confirmEmail": "x"}}
    )
    assert anonymous.data["erasePerson"]["errors"][0]["code"] == "UNAUTHENTICATED"


async def test_mail_waiting_for_the_person_is_exported_and_erased_but_not_anothers(
    session: AsyncSession, world: World
) -> None:
    mine = queue_mail(session, f"Lea <{world.subject_email.upper()}>", "generic_notice", "da", {})
    theirs = queue_mail(session, world.colleague_email, "generic_notice", "da", {})
    await session.commit()
    subject = await exporting.subject_of(session, world.subject.id)
    assert subject is not None
    exported = await personal_tables()["outbox_message"].export(session, subject)
    assert [row["id"] for row in exported] == [mine.id]

    assert await personal_tables()["outbox_message"].erase(session, subject) == 1
    await session.commit()
    assert await session.get(OutboxMessage, mine.id, populate_existing=True) is None
    assert await session.get(OutboxMessage, theirs.id, populate_existing=True) is not None


async def test_erasing_a_rater_keeps_their_answer_anonymous_and_counted(
    session: AsyncSession, settings: Settings, world: World, api: GraphQLClient
) -> None:
    responses = select(func.count()).where(EvaluationResponse.evaluation_id == world.evaluation_id)
    before = await _count(session, responses)
    frozen = (await session.get_one(Evaluation, world.evaluation_id)).frozen_results
    await session.commit()
    erased = await _erase(
        api, world.token(world.hr, settings), world.colleague.person_id, world.colleague_email
    )
    assert "nomination" in erased["tables"]

    session.expire_all()
    nomination = await session.scalar(
        select(Nomination).where(Nomination.rater_id == world.colleague.id)
    )
    assert nomination is not None and nomination.responded
    assert (nomination.rater_name, nomination.draft) == ("", None)
    assert nomination.rater_email == f"erased-{world.colleague.person_id}@erased.invalid"
    assert await _count(session, responses) == before
    evaluation = await session.get(Evaluation, world.evaluation_id)
    assert evaluation is not None and evaluation.frozen_results == frozen
    # The leader they rated keeps everything of their own.
    mine = await session.get(Reflection, world.reflection_ids[world.subject.id])
    assert mine is not None
