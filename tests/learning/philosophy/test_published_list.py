"""The leaders who have published, for any member of the organisation: staff
and colleagues find a philosophy to read and comment on. Only published
ones, only the viewer's own organisation, and only for someone signed in."""

from __future__ import annotations

from typing import Any

from backend.db import Database
from backend.identity.models import Membership
from tests.support.graphql_client import GraphQLClient, payload
from tests.support.operations import operation
from tests.support.philosophy_world import World, write_and_publish


async def published(
    gql: GraphQLClient, world: World, who: Membership | None, **variables: Any
) -> Any:
    token = world.token(who) if who is not None else None
    return await gql.execute(operation("PublishedPhilosophies"), variables, token=token)


def names(found: dict[str, Any]) -> list[str]:
    return [n["leader"]["person"]["name"] for n in found["nodes"]]


async def test_any_member_lists_the_leaders_who_have_published(
    gql: GraphQLClient, world: World, database: Database
) -> None:
    for who in (world.staff, world.colleague, world.manager, world.hr):
        assert names(payload(await published(gql, world, who), "publishedPhilosophies")) == []
    await write_and_publish(database, world)
    for who in (world.staff, world.staff2, world.colleague, world.manager, world.leader):
        found = payload(await published(gql, world, who), "publishedPhilosophies")
        assert names(found) == ["Lise Ærø-Leder"]
        [lise] = found["nodes"]
        assert lise["versionNumber"] == 1 and lise["publishedAt"]
        assert lise["leader"]["id"]  # what the app opens: leadershipPhilosophy(leaderId)


async def test_another_organisation_and_the_signed_out_see_none_of_it(
    gql: GraphQLClient, world: World, database: Database
) -> None:
    await write_and_publish(database, world)
    outsider = payload(await published(gql, world, world.outsider), "publishedPhilosophies")
    assert names(outsider) == []
    assert (await published(gql, world, None)).codes == ["UNAUTHENTICATED"]


async def test_pages_by_name(gql: GraphQLClient, world: World, database: Database) -> None:
    await write_and_publish(database, world)
    first = payload(await published(gql, world, world.staff, first=1), "publishedPhilosophies")
    assert names(first) == ["Lise Ærø-Leder"] and first["pageInfo"]["hasNextPage"] is False
