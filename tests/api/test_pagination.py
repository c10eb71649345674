"""Cursor connections: keyset pages in a stable order, the same cost at any depth."""

from __future__ import annotations

from backend.identity.models import Organisation
from tests.support.factories import unique
from tests.support.statements import count_statements

PAGE = """
query Page($prefix: String!, $first: Int, $after: String, $last: Int, $before: String) {
  shellOrganisations(prefix: $prefix, first: $first, after: $after, last: $last, before: $before) {
    edges { cursor node { id slug } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}
"""


async def _organisations(session, count: int) -> str:
    prefix = unique("page")
    session.add_all(Organisation(slug=f"{prefix}-{i:04d}", name=f"O {i}") for i in range(count))
    await session.commit()
    return prefix


async def test_pages_forward_cover_every_row_once_in_order(client, session) -> None:
    prefix = await _organisations(session, 25)
    seen, after = [], None
    while True:
        response = await client.execute(PAGE, {"prefix": prefix, "first": 10, "after": after})
        connection = response.data["shellOrganisations"]
        seen += [edge["node"]["slug"] for edge in connection["edges"]]
        if not connection["pageInfo"]["hasNextPage"]:
            break
        after = connection["pageInfo"]["endCursor"]
    assert seen == [f"{prefix}-{i:04d}" for i in range(25)]


async def test_last_before_reads_backwards_in_the_same_order(client, session) -> None:
    prefix = await _organisations(session, 12)
    first = await client.execute(PAGE, {"prefix": prefix, "first": 12})
    cursor = first.data["shellOrganisations"]["edges"][8]["cursor"]
    page = await client.execute(PAGE, {"prefix": prefix, "last": 3, "before": cursor})
    connection = page.data["shellOrganisations"]
    assert [e["node"]["slug"] for e in connection["edges"]] == [
        f"{prefix}-{i:04d}" for i in (5, 6, 7)
    ]
    assert connection["pageInfo"]["hasPreviousPage"] is True


async def test_default_page_size_applies_without_first(client, session, settings) -> None:
    prefix = await _organisations(session, settings.graphql_page_size + 5)
    response = await client.execute(PAGE, {"prefix": prefix})
    assert len(response.data["shellOrganisations"]["edges"]) == settings.graphql_page_size


async def test_page_over_the_maximum_is_refused_with_a_code(client, settings) -> None:
    response = await client.execute(
        PAGE, {"prefix": "x", "first": settings.graphql_max_page_size + 1}
    )
    assert response.codes == ["INVALID"]
    assert str(settings.graphql_max_page_size) in response.errors[0]["message"]


async def test_a_tampered_cursor_is_refused_not_a_server_error(client) -> None:
    for cursor in ("not-base64!!", "WzEsMiwzXQ==", "e30="):
        response = await client.execute(PAGE, {"prefix": "x", "first": 2, "after": cursor})
        assert response.codes == ["INVALID"], cursor


async def test_a_deep_page_costs_the_same_statements_as_the_first(
    client, session, database
) -> None:
    prefix = await _organisations(session, 60)
    with count_statements(database.engine) as first_page:
        first = await client.execute(PAGE, {"prefix": prefix, "first": 5})
    cursor = first.data["shellOrganisations"]["pageInfo"]["endCursor"]
    for _ in range(8):
        page = await client.execute(PAGE, {"prefix": prefix, "first": 5, "after": cursor})
        cursor = page.data["shellOrganisations"]["pageInfo"]["endCursor"]
    with count_statements(database.engine) as deep_page:
        await client.execute(PAGE, {"prefix": prefix, "first": 50, "after": cursor})
    assert first_page.count == deep_page.count == 1
