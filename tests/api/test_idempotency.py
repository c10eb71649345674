"""A retried mutation returns its first result and changes nothing."""

from __future__ import annotations

from sqlalchemy import func, select

from backend.identity.models import Organisation
from tests.api.test_unit_of_work import CREATE
from tests.support.factories import unique


async def _count(session, slug: str) -> int:
    return int(await session.scalar(select(func.count()).where(Organisation.slug.startswith(slug))))


async def test_same_key_and_input_returns_first_result_and_changes_nothing(
    client, token, session
) -> None:
    slug = unique("idem")
    variables = {"input": {"slug": slug, "name": "Odense", "clientMutationId": "k-1"}}
    first = await client.execute(CREATE, variables, token=token)
    again = await client.execute(CREATE, variables, token=token)
    assert first.errors == [] and again.errors == []
    assert again.data == first.data
    assert await _count(session, slug) == 1


async def test_same_key_with_other_input_is_refused(client, token, session) -> None:
    slug = unique("idem")
    await client.execute(
        CREATE, {"input": {"slug": slug, "name": "A", "clientMutationId": "k-2"}}, token=token
    )
    other = await client.execute(
        CREATE, {"input": {"slug": slug + "x", "name": "B", "clientMutationId": "k-2"}}, token=token
    )
    errors = other.data["createShellOrganisation"]["errors"]
    assert [e["code"] for e in errors] == ["IDEMPOTENCY_KEY_REUSED"]
    assert await _count(session, slug) == 1


async def test_key_of_a_failed_mutation_is_not_remembered(client, token, session) -> None:
    slug = unique("idem")
    failing = {
        "input": {"slug": slug, "name": "A", "failAfterWrite": True, "clientMutationId": "k-3"}
    }
    await client.execute(CREATE, failing, token=token)
    fixed = {
        "input": {"slug": slug, "name": "A", "failAfterWrite": True, "clientMutationId": "k-3"}
    }
    fixed["input"]["failAfterWrite"] = False
    retried = await client.execute(CREATE, fixed, token=token)
    assert retried.data["createShellOrganisation"]["errors"] == []
    assert await _count(session, slug) == 1


async def test_keys_are_per_person(client, token, session, settings) -> None:
    from backend.auth.tokens import issue_access_token
    from backend.auth.viewer import Viewer
    from tests.support.factories import make_person

    other = await make_person(session)
    await session.commit()
    other_token = issue_access_token(
        Viewer(other.person_id, other.organisation_id, other.id), settings
    )
    slug = unique("idem")
    await client.execute(
        CREATE, {"input": {"slug": slug, "name": "A", "clientMutationId": "shared"}}, token=token
    )
    second = await client.execute(
        CREATE,
        {"input": {"slug": slug + "b", "name": "A", "clientMutationId": "shared"}},
        token=other_token,
    )
    assert second.data["createShellOrganisation"]["errors"] == []
    assert await _count(session, slug) == 2


async def test_overlong_key_is_refused_in_the_payload(client, token) -> None:
    response = await client.execute(
        CREATE,
        {"input": {"slug": unique("idem"), "name": "A", "clientMutationId": "x" * 200}},
        token=token,
    )
    errors = response.data["createShellOrganisation"]["errors"]
    assert errors[0]["code"] == "INVALID" and errors[0]["field"] == ["input", "clientMutationId"]
