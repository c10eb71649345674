"""The page answers by what holds when it is read: its cache headers follow
the visibility at request time, and the stored HTML holds no absolute address
of the API (the base URL may change after publication), so its PDF link and
images still work, by bearer token, by signed link and in the CDN copy."""

from __future__ import annotations

from urllib.parse import urljoin

from backend.app import create_app
from backend.db import Database
from backend.settings import Settings
from backend.storage import get_storage
from backend.storage.base import tenant_prefix
from learning.philosophy import repository as repo
from learning.philosophy.models import Visibility
from learning.philosophy.publishing import addresses
from learning.philosophy.publishing import service as publishing
from tests.support.factories import token_for
from tests.support.graphql_client import GraphQLClient, payload
from tests.support.operations import operation
from tests.support.philosophy_world import World, sections, write_and_publish

SLUG = "lise-aeroe-leder"


def path(world: World) -> str:
    return f"/p/{world.organisation.slug}/{SLUG}"


async def _set_visibility(gql: GraphQLClient, world: World, visibility: str) -> None:
    token = world.token(world.leader)
    mine = payload(await gql.execute(operation("MyPhilosophy"), token=token), "myPhilosophy")
    changed = await gql.execute(
        operation("SetPhilosophyVisibility"),
        {"input": {"philosophyId": mine["id"], "visibility": visibility}},
        token=token,
    )
    assert payload(changed, "setPhilosophyVisibility")["errors"] == []


async def test_cache_headers_follow_the_visibility_at_request_time(
    gql: GraphQLClient, world: World, database: Database
) -> None:
    await write_and_publish(database, world, visibility=Visibility.PUBLIC)
    member = {"authorization": f"Bearer {world.token(world.staff)}"}
    public = await gql.http.get(path(world))
    assert public.headers["cache-control"] == "public, max-age=60, must-revalidate"

    await _set_visibility(gql, world, "INTERNAL")
    for response in (
        await gql.http.get(path(world), headers=member),
        await gql.http.get(path(world) + "/pdf", headers=member),
    ):
        assert response.status_code == 200
        assert response.headers["cache-control"] == "private, no-store"
    anonymous = await gql.http.get(path(world))
    assert anonymous.status_code == 401 and anonymous.headers["cache-control"] == "no-store"

    await _set_visibility(gql, world, "PUBLIC")
    again = await gql.http.get(path(world))
    assert again.status_code == 200 and again.headers["cache-control"].startswith("public")


async def test_the_stored_page_holds_no_absolute_address_of_the_api(
    gql: GraphQLClient, world: World, database: Database, settings: Settings
) -> None:
    image = f"{settings.base_url}/files/{tenant_prefix(world.organisation.id)}billeder/team.png"
    drafts = sections(foundation=f"Mit team:\n\n![Teamet]({image})")
    await write_and_publish(database, world, drafts=drafts, visibility=Visibility.INTERNAL)
    storage = get_storage(world.settings)
    async with database.session() as session:
        row = await repo.philosophy_at(session, world.organisation.slug, SLUG)
    assert row is not None and row.html_key is not None
    stored = (await storage.get(row.html_key)).decode()
    assert settings.base_url not in stored
    assert f'src="/files/{tenant_prefix(world.organisation.id)}billeder/team.png"' in stored
    assert f'class="pdf" href="{SLUG}/pdf"' in stored

    # The API moved to another address after publication: the page still works there.
    moved = Settings(**{**settings.model_dump(), "base_url": "http://127.0.0.1:9876"})
    client = GraphQLClient(create_app(moved, database=database))
    try:
        page_url = f"http://testserver{path(world)}"
        link = addresses.signed_page_link(moved, world.organisation.slug, SLUG)
        opened = await client.http.get(link)
        assert opened.status_code == 200
        signed_pdf = urljoin(link, f"{SLUG}/pdf?{link.split('?', 1)[1]}")
        assert f'href="{SLUG}/pdf?{link.split("?", 1)[1].replace("&", "&amp;")}"' in opened.text
        assert (await client.http.get(signed_pdf)).content.startswith(b"%PDF")
        # Tokens name their issuer (the base URL): one of the moved API.
        member = {"authorization": f"Bearer {token_for(world.staff, moved)}"}
        by_token = await client.http.get(page_url, headers=member)
        assert f'class="pdf" href="{SLUG}/pdf"' in by_token.text
        pdf = await client.http.get(urljoin(page_url, f"{SLUG}/pdf"), headers=member)
        assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    finally:
        await client.close()


async def test_the_cdn_copy_links_the_pdf_beside_it(
    gql: GraphQLClient, world: World, database: Database
) -> None:
    await write_and_publish(database, world, visibility=Visibility.PUBLIC)
    html_key, pdf_key = publishing.public_keys(world.organisation.id, SLUG)
    storage = get_storage(world.settings)
    copy = (await storage.get(html_key)).decode()
    assert 'class="pdf" href="ledelsesgrundlag.pdf"' in copy
    assert pdf_key.endswith("/ledelsesgrundlag.pdf") and await storage.exists(pdf_key)
    assert world.settings.base_url not in copy
