"""Bad input gets a clear, coded error in the payload and nothing partial is saved."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from backend.api.relay import to_global_id
from learning.programmes import service
from learning.programmes.enrolments import service as enrolments
from learning.programmes.models import ActivityKind, ActivityProgress, ManagerCheckpoint
from tests.support.factories import viewer_of
from tests.support.graphql_client import GraphQLClient
from tests.support.operations import operation
from tests.support.programme_content import content
from tests.support.programme_world import World


def _errors(response: Any, field: str) -> list[tuple[str, list[str] | None]]:
    assert response.errors == [], response.errors
    return [(e["code"], e["field"]) for e in response.data[field]["errors"]]


async def _other_programme_activity(session: AsyncSession, world: World) -> str:
    hr = viewer_of(world.hr)
    programme, version = await service.create_programme(
        session, hr, content(world.goal_ids, title="Andet forløb"), world.settings
    )
    from learning.programmes import repository

    activities = await repository.activities_of_versions(session, [version.id])
    await session.commit()
    return to_global_id("Activity", activities[0].id)


async def test_progress_on_an_activity_of_another_programme_is_refused(
    api: GraphQLClient, world: World, session: AsyncSession
) -> None:
    other = await _other_programme_activity(session, world)
    response = await api.execute(
        operation("StartActivity"),
        {"input": {"enrolmentId": world.enrolment_gid, "activityId": other}},
        token=world.token(world.leader),
    )
    assert _errors(response, "startActivity") == [("INVALID", ["input", "activityId"])]
    count = await session.scalar(
        select(func.count())
        .select_from(ActivityProgress)
        .where(ActivityProgress.enrolment_id == world.enrolment_id)
    )
    assert count == 0


async def test_progress_on_someone_elses_enrolment_is_refused(
    api: GraphQLClient, world: World
) -> None:
    response = await api.execute(
        operation("StartActivity"),
        {
            "input": {
                "enrolmentId": world.enrolment_gid,
                "activityId": world.activity_gid(ActivityKind.KNOWLEDGE),
            }
        },
        token=world.token(world.colleague),
    )
    assert _errors(response, "startActivity") == [("NOT_FOUND", ["input", "enrolmentId"])]


async def test_a_reflection_activity_is_completed_only_after_writing(
    api: GraphQLClient, world: World
) -> None:
    response = await api.execute(
        operation("CompleteActivity"),
        {
            "input": {
                "enrolmentId": world.enrolment_gid,
                "activityId": world.activity_gid(ActivityKind.REFLECTION),
            }
        },
        token=world.token(world.leader),
    )
    assert _errors(response, "completeActivity")[0][0] == "RULE_VIOLATED"


async def _request_upload(api: GraphQLClient, world: World, content_type: str, size: int) -> Any:
    return await api.execute(
        operation("RequestEvidenceUpload"),
        {
            "input": {
                "enrolmentId": world.enrolment_gid,
                "activityId": world.activity_gid(ActivityKind.ACTION),
                "filename": "bevis.bin",
                "contentType": content_type,
                "byteSize": size,
            }
        },
        token=world.token(world.leader),
    )


async def test_an_upload_of_the_wrong_type_is_refused(api: GraphQLClient, world: World) -> None:
    response = await _request_upload(api, world, "text/html", 100)
    assert _errors(response, "requestEvidenceUpload") == [("INVALID", ["input", "contentType"])]


async def test_an_upload_too_large_is_refused(api: GraphQLClient, world: World) -> None:
    response = await _request_upload(api, world, "image/png", 200 * 1024 * 1024)
    errors = response.data["requestEvidenceUpload"]["errors"]
    assert errors[0]["code"] == "INVALID" and "MB" in errors[0]["message"]


async def test_evidence_is_checked_against_what_was_really_uploaded(
    api: GraphQLClient, world: World
) -> None:
    response = await _request_upload(api, world, "application/pdf", 10)
    ticket = response.data["requestEvidenceUpload"]["upload"]
    record = {
        "enrolmentId": world.enrolment_gid,
        "activityId": world.activity_gid(ActivityKind.ACTION),
        "text": "Se vedhæftet",
        "objectKey": ticket["objectKey"],
    }
    # Not uploaded yet.
    missing = await api.execute(
        operation("RecordActionEvidence"), {"input": record}, token=world.token(world.leader)
    )
    assert _errors(missing, "recordActionEvidence") == [("INVALID", ["input", "objectKey"])]
    # A key of another activity or organisation.
    foreign = {**record, "objectKey": "org/1/evidence/1/1/x/y.pdf"}
    stolen = await api.execute(
        operation("RecordActionEvidence"), {"input": foreign}, token=world.token(world.leader)
    )
    assert _errors(stolen, "recordActionEvidence") == [("INVALID", ["input", "objectKey"])]


async def test_a_checkpoint_by_someone_who_is_not_the_direct_manager_is_refused(
    api: GraphQLClient, world: World, session: AsyncSession
) -> None:
    variables = {
        "input": {
            "enrolmentId": world.enrolment_gid,
            "kind": "BEFORE",
            "practiceAgreed": "Fredage",
            "developmentGoals": [{"title": "Delegere", "organisationGoalId": world.goal_gid()}],
        }
    }
    for who, code in (
        (world.director, "FORBIDDEN"),
        (world.hr, "FORBIDDEN"),
        (world.leader, "FORBIDDEN"),
        (world.colleague, "NOT_FOUND"),
        (world.outsider_hr, "NOT_FOUND"),
    ):
        response = await api.execute(
            operation("CompleteCheckpoint"), variables, token=world.token(who)
        )
        assert [c for c, _ in _errors(response, "completeCheckpoint")] == [code], who.id
    open_ = await session.scalar(
        select(func.count())
        .select_from(ManagerCheckpoint)
        .where(
            ManagerCheckpoint.enrolment_id == world.enrolment_id,
            ManagerCheckpoint.completed_at.is_not(None),
        )
    )
    assert open_ == 0


async def test_checkpoints_are_held_in_order_and_after_rates_every_goal(
    api: GraphQLClient, world: World
) -> None:
    manager = world.token(world.manager)

    async def hold(**input: Any) -> list[tuple[str, list[str] | None]]:
        response = await api.execute(
            operation("CompleteCheckpoint"),
            {"input": {"enrolmentId": world.enrolment_gid, **input}},
            token=manager,
        )
        return _errors(response, "completeCheckpoint")

    assert await hold(kind="DURING", notes="x") == [("RULE_VIOLATED", ["input", "kind"])]
    assert await hold(kind="BEFORE", practiceAgreed="Fredage") == [
        ("RULE_VIOLATED", ["input", "developmentGoals"])  # the input's own name for them
    ]
    assert await hold(kind="BEFORE") == [("REQUIRED", ["input", "practiceAgreed"])]
    goals = [{"title": "Delegere", "organisationGoalId": world.goal_gid()}]
    assert await hold(kind="BEFORE", practiceAgreed="Fredage", developmentGoals=goals) == []
    assert await hold(kind="BEFORE", practiceAgreed="Igen") == [
        ("RULE_VIOLATED", ["input", "kind"])
    ]
    assert await hold(kind="DURING", notes="Godt på vej") == []
    assert await hold(kind="AFTER", feedback="Flot", ratings=[]) == [
        ("INVALID", ["input", "ratings"])  # the empty list, not an index it does not have
    ]


async def test_goals_are_locked_once_agreed(
    api: GraphQLClient, world: World, session: AsyncSession
) -> None:
    from learning.programmes.checkpoints import service as checkpoints

    await enrolments.set_development_goals(
        session,
        viewer_of(world.leader),
        world.enrolment_id,
        [enrolments.GoalDraft("Delegere", world.goal_ids[0])],
    )
    await checkpoints.complete_checkpoint(
        session,
        viewer_of(world.manager),
        checkpoints.CheckpointCommand(
            world.enrolment_id, checkpoints.CheckpointKind.BEFORE, practice_agreed="Fredage"
        ),
    )
    await session.commit()
    response = await api.execute(
        operation("SetDevelopmentGoals"),
        {"input": {"enrolmentId": world.enrolment_gid, "goals": []}},
        token=world.token(world.leader),
    )
    assert _errors(response, "setDevelopmentGoals") == [("RULE_VIOLATED", ["input", "goals"])]
