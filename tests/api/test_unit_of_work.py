"""A mutation commits only when it has no error at all."""

from __future__ import annotations

from sqlalchemy import func, select

from backend.identity.models import Organisation
from tests.support.factories import unique

CREATE = """
mutation Create($input: CreateShellOrganisationInput!) {
  createShellOrganisation(input: $input) {
    organisation { id slug }
    errors { code field message }
  }
}
"""


async def _exists(session, slug: str) -> bool:
    return bool(await session.scalar(select(func.count()).where(Organisation.slug == slug)))


async def test_successful_mutation_is_committed(client, session) -> None:
    slug = unique("uow")
    response = await client.execute(CREATE, {"input": {"slug": slug, "name": "Aarhus"}})
    assert response.errors == []
    assert response.data["createShellOrganisation"]["organisation"]["slug"] == slug
    assert await _exists(session, slug)


async def test_mutation_with_payload_error_rolls_back_what_it_wrote(client, session) -> None:
    slug = unique("uow")
    response = await client.execute(
        CREATE, {"input": {"slug": slug, "name": "X", "failAfterWrite": True}}
    )
    payload = response.data["createShellOrganisation"]
    assert payload["organisation"] is None
    assert payload["errors"][0]["code"] == "RULE_VIOLATED"
    assert payload["errors"][0]["field"] == ["input", "name"]
    assert payload["errors"][0]["message"] == "Skal udfyldes."
    assert not await _exists(session, slug)


async def test_mutation_that_crashes_rolls_back_and_reports_a_code(client, session) -> None:
    slug = unique("uow")
    response = await client.execute(
        CREATE, {"input": {"slug": slug, "name": "X", "crashAfterWrite": True}}
    )
    assert response.status == 200
    assert response.codes == ["INTERNAL_SERVER_ERROR"]
    assert response.errors[0]["extensions"]["requestId"]
    assert not await _exists(session, slug)


async def test_payload_error_message_follows_accept_language(client) -> None:
    response = await client.execute(
        CREATE,
        {"input": {"slug": unique("uow"), "name": "X", "failAfterWrite": True}},
        headers={"accept-language": "en-GB,en;q=0.9"},
    )
    assert response.data["createShellOrganisation"]["errors"][0]["message"] == "Required."
