"""Who has published: HR sees every leader, a leader of leaders everyone
below them, a colleague nothing; the cost does not grow with the page."""

from __future__ import annotations

from typing import Any

from backend.db import Database
from backend.identity.models import Membership
from tests.support.factories import make_person
from tests.support.graphql_client import GraphQLClient, payload
from tests.support.operations import operation
from tests.support.philosophy_world import World, write_and_publish
from tests.support.statements import count_statements


async def overview(gql: GraphQLClient, world: World, who: Membership, **variables: Any) -> Any:
    return await gql.execute(operation("PhilosophyOverview"), variables, token=world.token(who))


def names(found: dict[str, Any]) -> list[str]:
    return [n["leader"]["person"]["name"] for n in found["leaders"]["nodes"]]


async def test_hr_and_leaders_of_leaders_see_who_has_published(
    gql: GraphQLClient, world: World, database: Database
) -> None:
    await write_and_publish(database, world)
    by_hr = payload(await overview(gql, world, world.hr), "philosophyOverview")
    assert by_hr["totalLeaders"] == 4 and by_hr["publishedCount"] == 1
    assert names(by_hr) == ["Dorte Direktør", "Kim Kollega", "Lise Ærø-Leder", "Mads Manager"]
    lise = by_hr["leaders"]["nodes"][2]
    assert lise["versionNumber"] == 1 and lise["publishedAt"] and lise["visibility"] == "INTERNAL"
    assert lise["philosophy"]["address"].endswith("/lise-aeroe-leder")
    assert by_hr["leaders"]["nodes"][0]["publishedAt"] is None
    by_director = payload(await overview(gql, world, world.director), "philosophyOverview")
    assert names(by_director) == ["Kim Kollega", "Lise Ærø-Leder", "Mads Manager"]
    direct = payload(
        await overview(gql, world, world.director, directOnly=True), "philosophyOverview"
    )
    assert names(direct) == ["Mads Manager"] and direct["totalLeaders"] == 1
    not_yet = payload(
        await overview(gql, world, world.manager, published=False), "philosophyOverview"
    )
    assert names(not_yet) == ["Kim Kollega"] and not_yet["publishedCount"] == 1


async def test_a_colleague_or_another_organisation_is_refused(
    gql: GraphQLClient, world: World
) -> None:
    assert (await overview(gql, world, world.colleague)).codes == ["FORBIDDEN"]
    assert (await overview(gql, world, world.staff)).codes == ["FORBIDDEN"]
    outsider = payload(await overview(gql, world, world.outsider), "philosophyOverview")
    assert names(outsider) == ["Anden Organisation"]  # their own organisation, none of ours


async def test_the_overview_costs_the_same_for_more_leaders(
    gql: GraphQLClient, world: World, database: Database, session: Any
) -> None:
    await write_and_publish(database, world)
    with count_statements(database.engine) as few:
        payload(await overview(gql, world, world.hr), "philosophyOverview")
    for n in range(6):
        await make_person(
            session, world.organisation, roles=["LEADER"], manager=world.manager, name=f"Ny {n}"
        )
    await session.commit()
    with count_statements(database.engine) as many:
        found = payload(await overview(gql, world, world.hr), "philosophyOverview")
    assert found["totalLeaders"] == 10
    assert many.count == few.count, many.statements
