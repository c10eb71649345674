"""A refused access token says why: TOKEN_EXPIRED (refresh it) or
TOKEN_INVALID (sign in again), with RFC 6750's ``WWW-Authenticate`` header;
no token at all stays UNAUTHENTICATED without a challenge."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import jwt
from sqlalchemy.ext.asyncio import AsyncSession

from backend.auth.tokens import ACCESS_TOKEN_ALGORITHM, ACCESS_TOKEN_AUDIENCE
from backend.db import utcnow
from backend.settings import Settings
from tests.support.factories import make_person, token_for
from tests.support.graphql_client import GraphQLClient

UNREAD = "query U { unreadFeedbackCount }"
SAVE_NOTES = """
mutation S($input: SavePhilosophyNotesInput!) {
  savePhilosophyNotes(input: $input) { errors { code field reason message } }
}
"""
EXPIRED_CHALLENGE = 'Bearer error="invalid_token", error_description="The access token expired"'
INVALID_CHALLENGE = (
    'Bearer error="invalid_token", error_description="The access token is not valid"'
)


def _token(
    settings: Settings, member_id: int, person_id: int, organisation_id: int, **over: Any
) -> str:
    now = utcnow()
    body = {
        "sub": str(person_id),
        "org": organisation_id,
        "mem": member_id,
        "roles": [],
        "locale": "en",
        "iat": now - timedelta(minutes=20),
        "nbf": now - timedelta(minutes=20),
        "exp": now - timedelta(seconds=1),
        "aud": ACCESS_TOKEN_AUDIENCE,
        "iss": settings.base_url,
        **over,
    }
    return jwt.encode(body, settings.secret_key, algorithm=ACCESS_TOKEN_ALGORITHM)


async def test_an_expired_token_is_told_to_refresh_in_queries_and_mutations(
    api: GraphQLClient, session: AsyncSession, settings: Settings
) -> None:
    member = await make_person(session)
    await session.commit()
    expired = _token(settings, member.id, member.person_id, member.organisation_id)
    query = await api.execute(UNREAD, token=expired, headers={"accept-language": "en"})
    assert query.status == 401  # nothing was answered: only the token is at fault
    assert query.headers["www-authenticate"] == EXPIRED_CHALLENGE
    assert [e["extensions"] for e in query.errors] == [
        {"code": "TOKEN_EXPIRED", "reason": "auth.refused.token_expired"}
    ]
    assert query.errors[0]["message"] == "Your access has expired. Refresh it, or sign in again."
    mutation = await api.execute(SAVE_NOTES, {"input": {"notes": "x"}}, token=expired)
    assert mutation.status == 200 and mutation.errors == []
    assert mutation.headers["www-authenticate"] == EXPIRED_CHALLENGE
    assert [(e["code"], e["reason"]) for e in mutation.data["savePhilosophyNotes"]["errors"]] == [
        ("TOKEN_EXPIRED", "auth.refused.token_expired")
    ]
    # The same person with a fresh token is served, and challenged by nothing.
    fresh = await api.execute(UNREAD, token=token_for(member, settings))
    assert fresh.data == {"unreadFeedbackCount": 0}
    assert "www-authenticate" not in fresh.headers


async def test_a_forged_or_garbled_token_is_invalid_never_expired(
    api: GraphQLClient, session: AsyncSession, settings: Settings
) -> None:
    member = await make_person(session)
    await session.commit()
    ids = (member.id, member.person_id, member.organisation_id)
    other_key = settings.model_copy(update={"secret_key": "another-secret-" + "x" * 40})
    for bad in (
        "garbled",
        _token(other_key, *ids),  # expired AND signed by another key: invalid, not expired
        _token(settings, *ids, exp=utcnow() + timedelta(minutes=5), aud="someone-else"),
        token_for(member, settings)[:-4] + "AAAA",
    ):
        response = await api.execute(UNREAD, token=bad)
        assert response.status == 401, bad
        assert response.headers["www-authenticate"] == INVALID_CHALLENGE, bad
        assert [e["extensions"]["code"] for e in response.errors] == ["TOKEN_INVALID"], bad


async def test_no_token_is_unauthenticated_without_a_challenge(api: GraphQLClient) -> None:
    for headers in ({}, {"authorization": "Basic dXNlcjpwdw=="}):
        response = await api.execute(UNREAD, headers=headers)
        assert [e["extensions"]["code"] for e in response.errors] == ["UNAUTHENTICATED"]
        assert "www-authenticate" not in response.headers
