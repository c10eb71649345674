"""The page at /p/<organisation>/<leader>: the newest published version;
public for anyone, internal for members of the organisation only."""

from __future__ import annotations

import time

from sqlalchemy import select

from backend.api.relay import from_global_id
from backend.db import Database
from backend.jobs.models import OutboxMessage
from backend.jobs.outbox_task import handle_message
from backend.storage import get_storage
from learning.philosophy.drafting.service import SYNC_PUBLIC_TASK
from learning.philosophy.models import Visibility
from learning.philosophy.publishing import addresses
from learning.philosophy.publishing import service as publishing
from learning.philosophy.publishing.tasks import sync_public_copy
from tests.learning.philosophy.xss import assert_safe
from tests.support.graphql_client import GraphQLClient, payload
from tests.support.operations import operation
from tests.support.philosophy_world import World, sections, write_and_publish


def path(world: World) -> str:
    return f"/p/{world.organisation.slug}/lise-aeroe-leder"


async def test_a_public_page_is_served_to_anyone(
    gql: GraphQLClient, world: World, database: Database
) -> None:
    await write_and_publish(database, world, visibility=Visibility.PUBLIC)
    response = await gql.http.get(path(world))
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/html; charset=utf-8"
    policy = response.headers["content-security-policy"]
    assert "default-src 'none'" in policy and "frame-ancestors 'none'" in policy
    assert "script-src" not in policy and "'unsafe-inline'" not in policy
    assert response.headers["cache-control"].startswith("public")
    assert "Lise Ærø-Leders personlige ledelsesgrundlag" in response.text
    assert_safe(response.text, page=True)
    pdf = await gql.http.get(path(world) + "/pdf")
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    assert pdf.headers["content-type"] == "application/pdf"


async def test_an_internal_page_is_for_the_organisation_only(
    gql: GraphQLClient, world: World, database: Database
) -> None:
    await write_and_publish(database, world)
    anonymous = await gql.http.get(path(world))
    assert anonymous.status_code == 401
    assert anonymous.headers["www-authenticate"] == "Bearer"
    assert "Lise" not in anonymous.text
    outsider = await gql.http.get(
        path(world), headers={"authorization": f"Bearer {world.token(world.outsider)}"}
    )
    assert outsider.status_code == 403 and "Lise" not in outsider.text
    member = await gql.http.get(
        path(world), headers={"authorization": f"Bearer {world.token(world.staff)}"}
    )
    assert member.status_code == 200 and "Lise Ærø-Leder" in member.text
    assert member.headers["cache-control"] == "private, no-store"
    forged = await gql.http.get(path(world) + "?expires=9999999999&signature=abc")
    assert forged.status_code == 401
    pdf = await gql.http.get(path(world) + "/pdf")
    assert pdf.status_code == 401


async def test_the_app_opens_an_internal_page_with_a_signed_link(
    gql: GraphQLClient, world: World, database: Database
) -> None:
    await write_and_publish(database, world)
    read = await gql.execute(
        operation("LeadershipPhilosophy"),
        {"leaderId": world.gid("Membership", world.leader.id)},
        token=world.token(world.staff),
    )
    link = payload(read, "leadershipPhilosophy")["pageLink"]
    assert link.startswith(f"http://testserver{path(world)}?expires=")
    opened = await gql.http.get(link)
    assert opened.status_code == 200 and "Lise Ærø-Leder" in opened.text
    other_page = link.replace("lise-aeroe-leder", "kim-kollega")
    assert (await gql.http.get(other_page)).status_code == 404
    old = addresses.signed_page_link(
        world.settings, world.organisation.slug, "lise-aeroe-leder", now=time.time() - 3600
    )
    expired = await gql.http.get(old)
    assert expired.status_code == 403 and "udløbet" in expired.text


async def test_nothing_published_is_not_found(gql: GraphQLClient, world: World) -> None:
    response = await gql.http.get(path(world))
    assert response.status_code == 404
    assert "content-security-policy" in response.headers
    assert (await gql.http.get("/p/findes-ikke/nogen")).status_code == 404


async def test_the_address_serves_the_newest_version_and_visibility_can_change(
    gql: GraphQLClient, world: World, database: Database
) -> None:
    await write_and_publish(database, world, visibility=Visibility.PUBLIC)
    await write_and_publish(
        database, world, summary="Version to", drafts=sections(foundation="Anden udgave")
    )
    response = await gql.http.get(path(world))
    assert "Anden udgave" in response.text and "Version 2" in response.text
    mine = payload(
        await gql.execute(operation("MyPhilosophy"), token=world.token(world.leader)),
        "myPhilosophy",
    )
    changed = await gql.execute(
        operation("SetPhilosophyVisibility"),
        {"input": {"philosophyId": mine["id"], "visibility": "INTERNAL"}},
        token=world.token(world.leader),
    )
    assert payload(changed, "setPhilosophyVisibility")["philosophy"]["visibility"] == "INTERNAL"
    assert (await gql.http.get(path(world))).status_code == 401
    # After the commit the stable public copy (for a CDN) is removed.
    storage = get_storage(world.settings)
    public_html, _ = publishing.public_keys(world.organisation.id, "lise-aeroe-leder")
    assert await storage.exists(public_html)
    philosophy_pk = from_global_id(mine["id"])[1]
    async with database.session() as session:
        messages = await session.scalars(
            select(OutboxMessage).where(OutboxMessage.task == SYNC_PUBLIC_TASK)
        )
        message = next(m for m in messages if m.payload["philosophy_id"] == philosophy_pk)
    assert await handle_message(database, world.settings, message.id, sync_public_copy) == "done"
    assert not await storage.exists(public_html)
