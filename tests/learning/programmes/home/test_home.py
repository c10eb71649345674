"""``home``: everything for the start screen in one round trip, at a fixed
number of SQL statements whatever the number of enrolments and activities;
every field it shows answers at once, from what home read or read ahead."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import pytest
from graphql import (
    FieldNode,
    GraphQLObjectType,
    InlineFragmentNode,
    SelectionSetNode,
    get_named_type,
    parse,
)
from sqlalchemy.ext.asyncio import AsyncSession

from backend.api import loaders
from backend.api.schema import build_schema
from backend.settings import Settings
from learning.programmes import service
from learning.programmes.enrolments import service as enrolments
from learning.programmes.home import api as home_api
from learning.programmes.models import ActivityKind, Enrolment, EnrolmentStatus
from tests.support.factories import make_mentorship, make_person, viewer_of
from tests.support.graphql_client import GraphQLClient
from tests.support.operations import operation
from tests.support.programme_content import content
from tests.support.programme_world import World
from tests.support.statements import count_statements


async def _busy_leader(session: AsyncSession, world: World, count: int) -> Any:
    leader = await make_person(session, world.organisation, roles=["LEADER"], manager=world.manager)
    hr = viewer_of(world.hr)
    for i in range(count):
        programme, _ = await service.create_programme(
            session,
            hr,
            content(world.goal_ids, modules=2, title=f"Forløb {i}", extra=2),
            world.settings,
        )
        await service.publish_programme(session, hr, programme.id)
        await enrolments.enrol_leader(
            session,
            hr,
            enrolments.EnrolCommand(
                programme.id, leader.id, starts_on=date.today() - timedelta(days=i)
            ),
        )
    await session.commit()
    return leader


async def _count(api: GraphQLClient, database: Any, token: str) -> tuple[int, dict[str, Any]]:
    with count_statements(database.engine) as log:
        response = await api.execute(operation("Home"), token=token)
    assert response.errors == [], response.errors
    return log.count, response.data["home"]


async def test_home_statement_count_is_constant(
    api: GraphQLClient,
    world: World,
    session: AsyncSession,
    database: Any,
    record_property: Callable[[str, object], None],
) -> None:
    busy = await _busy_leader(session, world, 20)
    one, home_one = await _count(api, database, world.token(world.leader))
    many, home_many = await _count(api, database, world.token(busy))
    assert len(home_one["enrolments"]) == 1 and len(home_many["enrolments"]) == 20
    assert sum(e["progress"]["total"] for e in home_many["enrolments"]) == 20 * 2 * 5
    assert len(home_many["nextActivities"]) == 5
    assert one == many, (one, many)
    # The manager of both: checkpoints of 21 enrolments, same cost again.
    managing, home_manager = await _count(api, database, world.token(world.manager))
    assert len(home_manager["checkpointsToHold"]) == 21
    assert managing <= many
    record_property("statements", {"1 enrolment": one, "20 enrolments": many, "manager": managing})


async def test_home_shows_what_other_slices_provide(
    api: GraphQLClient, world: World, session: AsyncSession
) -> None:
    response = await api.execute(operation("Home"), token=world.token(world.leader))
    assert response.data["home"]["mentor"] is None
    await make_mentorship(session, world.mentor, world.leader)
    await session.commit()
    response = await api.execute(operation("Home"), token=world.token(world.leader))
    assert response.data["home"]["mentor"]["name"] == "Mette Mentor"


async def test_a_completed_enrolment_stays_on_home_without_activities_due(
    api: GraphQLClient, world: World, session: AsyncSession
) -> None:
    enrolment = await session.get(Enrolment, world.enrolment_id)
    assert enrolment is not None
    enrolment.status = EnrolmentStatus.COMPLETED.value
    await session.commit()
    response = await api.execute(operation("Home"), token=world.token(world.leader))
    home = response.data["home"]
    assert [(e["id"], e["status"]) for e in home["enrolments"]] == [
        (world.enrolment_gid, "COMPLETED")
    ]
    assert home["nextActivities"] == []
    # It exists: an upload to it says it is closed, not that it is missing.
    upload = {
        "input": {
            "enrolmentId": world.enrolment_gid,
            "activityId": world.activity_gid(ActivityKind.ACTION),
            "filename": "bevis.png",
            "contentType": "image/png",
            "byteSize": 10,
        }
    }
    response = await api.execute(
        operation("RequestEvidenceUpload"), upload, token=world.token(world.leader)
    )
    [error] = response.data["requestEvidenceUpload"]["errors"]
    assert (error["code"], error["field"]) == ("RULE_VIOLATED", ["input", "enrolmentId"])


async def test_home_needs_a_signed_in_viewer(api: GraphQLClient) -> None:
    response = await api.execute(operation("Home"))
    assert response.codes == ["UNAUTHENTICATED"]


@pytest.fixture
def awaited(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """What a field had to await a loader for (``BatchLoader.resolve``'s and
    ``then``'s slow paths)."""
    found: list[object] = []
    resolve_later = loaders.BatchLoader._resolve_later
    then_later = loaders._then_later

    def counted(self: loaders.BatchLoader[Any, Any], key: object, convert: Any) -> Any:
        found.append(key)
        return resolve_later(self, key, convert)

    def counted_then(value: Any, convert: Any) -> Any:
        found.append(value)
        return then_later(value, convert)

    monkeypatch.setattr(loaders.BatchLoader, "_resolve_later", counted)
    monkeypatch.setattr(loaders, "_then_later", counted_then)
    return found


def _async_fields(type_: GraphQLObjectType, selection_set: SelectionSetNode) -> list[str]:
    """The fields of a selection whose resolvers are coroutine functions."""
    found = []
    for selection in selection_set.selections:
        if isinstance(selection, InlineFragmentNode):
            found += _async_fields(type_, selection.selection_set)
            continue
        assert isinstance(selection, FieldNode)
        field = type_.fields[selection.name.value]
        if inspect.iscoroutinefunction(field.resolve):
            found.append(f"{type_.name}.{selection.name.value}")
        below = get_named_type(field.type)
        if selection.selection_set is not None and isinstance(below, GraphQLObjectType):
            found += _async_fields(below, selection.selection_set)
    return found


def test_no_field_the_app_asks_of_home_is_async(settings: Settings) -> None:
    """An async field costs a coroutine, a task and a gather per object even
    when its value is already here; home's are answered from what it read."""
    schema = build_schema(settings)._schema
    [query] = parse(operation("Home")).definitions
    [home] = query.selection_set.selections  # type: ignore[attr-defined]
    home_type = get_named_type(schema.query_type.fields["home"].type)  # type: ignore[union-attr]
    assert isinstance(home_type, GraphQLObjectType)
    assert _async_fields(home_type, home.selection_set) == []


async def _goals(session: AsyncSession, world: World) -> None:
    await enrolments.set_development_goals(
        session,
        viewer_of(world.leader),
        world.enrolment_id,
        [
            enrolments.GoalDraft("Lede gennem forandring", world.goal_ids[0]),
            enrolments.GoalDraft("Give feedback", world.goal_ids[0]),
        ],
    )
    await session.commit()


async def _home(
    api: GraphQLClient, database: Any, token: str
) -> tuple[dict[str, Any], list[tuple[str, str]]]:
    """The answer, and the statements with their parameters."""
    with count_statements(database.engine) as log:
        response = await api.execute(operation("Home"), token=token)
    assert response.errors == [], response.errors
    statements = zip(log.statements, map(repr, log.parameters), strict=True)
    return response.data["home"], sorted(statements)


async def test_home_answers_at_once_what_its_loaders_answer_later(
    api: GraphQLClient,
    world: World,
    session: AsyncSession,
    database: Any,
    awaited: list[object],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Home reads ahead what the query shows (the enrolments' goals, the
    checkpoints to hold with their enrolments, leaders and programmes) through
    the fields' own loaders: no field awaits, and the answer and the statements
    are the ones the fields would have had reading through those loaders."""
    await _goals(session, world)
    leader, leader_statements = await _home(api, database, world.token(world.leader))
    manager, manager_statements = await _home(api, database, world.token(world.manager))
    assert awaited == []
    assert [g["title"] for g in leader["enrolments"][0]["developmentGoals"]] == [
        "Lede gennem forandring",
        "Give feedback",
    ]
    [held] = manager["checkpointsToHold"]
    assert held["enrolment"]["leader"]["name"] == "Lise Leder"
    assert held["enrolment"]["programme"]["title"]

    async def nothing_ahead(*_args: object) -> None:
        return None

    monkeypatch.setattr(home_api, "_read_ahead", nothing_ahead)
    assert await _home(api, database, world.token(world.leader)) == (leader, leader_statements)
    assert await _home(api, database, world.token(world.manager)) == (manager, manager_statements)
    assert awaited  # through the loaders, the fields awaited them


AHEAD = """
query Ahead($goals: Boolean!, $held: Boolean!) {
  home { ...Shown }
}
fragment Shown on Home {
  enrolments { id ... on Enrolment { developmentGoals @include(if: $goals) { title } } }
  checkpointsToHold { id enrolment @skip(if: $held) { leader { name } } }
}
"""


async def test_home_reads_ahead_only_what_the_query_shows(
    api: GraphQLClient, world: World, session: AsyncSession, database: Any, awaited: list[object]
) -> None:
    """Fragments and @include/@skip as graphql-core applies them: what is left out
    is not read (the goals, the held enrolments and their leaders)."""
    await _goals(session, world)

    async def statements(token: str, goals: bool, held: bool) -> int:
        with count_statements(database.engine) as log:
            response = await api.execute(AHEAD, {"goals": goals, "held": held}, token=token)
        assert response.errors == [], response.errors
        return log.count

    leader = world.token(world.leader)
    manager = world.token(world.manager)
    assert await statements(leader, goals=False, held=False) == (
        await statements(leader, goals=True, held=False) - 1
    )
    assert await statements(manager, goals=False, held=True) == (
        await statements(manager, goals=False, held=False) - 2
    )
    assert awaited == []
