"""The identity operations in graphql/operations/ run where only persisted
queries are accepted, as in production."""

from __future__ import annotations

from typing import Any

from backend.api.persisted import OPERATIONS_FOLDER, document_hash
from tests.support.identity_world import PASSWORD, World, give_password


def persisted(name: str) -> dict[str, Any]:
    document = (OPERATIONS_FOLDER / f"{name}.graphql").read_text(encoding="utf-8")
    return {"persistedQuery": {"version": 1, "sha256Hash": document_hash(document)}}


async def test_sign_in_and_the_directory_through_persisted_operations(
    make_client, session, world: World
) -> None:
    client = make_client(persisted_queries_only=True)
    email = await give_password(session, world.director)
    signed_in = await client.execute(
        None, {"input": {"email": email, "password": PASSWORD}}, extensions=persisted("SignIn")
    )
    token = signed_in.data["signIn"]["accessToken"]
    assert token
    viewer = await client.execute(None, {}, token=token, extensions=persisted("Viewer"))
    assert viewer.data["viewer"]["membership"]["isLeaderOfLeaders"] is True
    reports = await client.execute(
        None,
        {"personId": world.person_id(world.director), "direct": False},
        token=token,
        extensions=persisted("Reports"),
    )
    assert reports.errors == [] and reports.data["reports"]["totalCount"] == 3
    people = await client.execute(None, {"first": 2}, token=token, extensions=persisted("People"))
    assert people.errors == [] and len(people.data["people"]["edges"]) == 2
