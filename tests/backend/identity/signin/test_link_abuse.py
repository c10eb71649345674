"""Tampered, forged and replayed credentials are refused, and neither the
magic-link form nor its rate limit tells whether an e-mail has an account.
(Expiry, single use and the per-account limits are in test_tokens.py and
test_sign_in.py.)"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import jwt
import pytest

from backend.auth.tokens import ACCESS_TOKEN_AUDIENCE
from backend.db import utcnow
from tests.backend.identity.signin.test_sign_in import sign_in
from tests.backend.identity.signin.test_tokens import (
    LINK_SIGN_IN,
    REQUEST_LINK,
    _mailed_token,
    refresh,
)
from tests.support.factories import unique
from tests.support.identity_world import PASSWORD, World, give_password

ORGANISATION = "query { organisation { name } }"


def tampered(secret: str) -> str:
    """The same secret with its last character changed."""
    return secret[:-1] + ("A" if secret[-1] != "A" else "B")


async def request_link(client: Any, email: str) -> list[str]:
    response = await client.execute(REQUEST_LINK, {"input": {"email": email}})
    return [error["code"] for error in response.data["requestMagicLink"]["errors"]]


async def test_a_tampered_magic_link_is_refused_and_the_real_one_still_works(
    client, session, world: World
) -> None:
    email = await give_password(session, world.hr)
    assert await request_link(client, email) == []
    token = await _mailed_token(session, email)
    assert token
    forged = await client.execute(LINK_SIGN_IN, {"input": {"token": tampered(token)}})
    assert forged.data["signInWithMagicLink"]["accessToken"] is None
    assert forged.data["signInWithMagicLink"]["errors"][0]["code"] == "UNAUTHENTICATED"
    real = await client.execute(LINK_SIGN_IN, {"input": {"token": token}})
    assert real.data["signInWithMagicLink"]["errors"] == []


async def test_magic_links_are_limited_per_address_across_accounts(make_client) -> None:
    client = make_client(sign_in_max_failures_per_address=3)
    codes = [await request_link(client, f"{unique('spray')}@example.dk") for _ in range(4)]
    assert codes == [[], [], [], ["RATE_LIMITED"]]
    elsewhere = make_client(sign_in_max_failures_per_address=3)
    assert await request_link(elsewhere, f"{unique('spray')}@example.dk") == []


async def test_the_magic_link_limit_answers_alike_for_known_and_unknown_emails(
    make_client, session, world: World
) -> None:
    known = await give_password(session, world.staff)
    unknown = f"{unique('nobody')}@example.dk"
    answers = {}
    for email in (known, unknown):
        client = make_client(magic_links_per_account=2)
        responses = [
            await client.execute(REQUEST_LINK, {"input": {"email": email}}) for _ in range(3)
        ]
        answers[email] = [r.data["requestMagicLink"] for r in responses]
    assert answers[known] == answers[unknown]
    assert answers[known][-1]["errors"][0]["code"] == "RATE_LIMITED"


async def test_a_tampered_refresh_token_is_refused_and_the_family_lives_on(
    client, session, world: World
) -> None:
    email = await give_password(session, world.mentor)
    tokens = await sign_in(client, email, PASSWORD)
    forged = await refresh(client, tampered(tokens["refreshToken"]))
    assert forged["accessToken"] is None and forged["errors"][0]["code"] == "UNAUTHENTICATED"
    # A forgery is not a replay: the real token was not spent, its family not revoked.
    real = await refresh(client, tokens["refreshToken"])
    assert real["errors"] == [] and real["accessToken"]


def claims_of(token: str) -> dict[str, Any]:
    return jwt.decode(token, options={"verify_signature": False})


def forgeries(token: str, secret: str) -> dict[str, str]:
    claims = claims_of(token)
    header, body, signature = token.split(".")
    return {
        "tampered signature": f"{header}.{body}.{tampered(signature)}",
        "more roles, same signature": ".".join(
            [header, jwt.encode({**claims, "roles": ["ADMIN"]}, "k" * 32).split(".")[1], signature]
        ),
        "signed with another key": jwt.encode(claims, "another-key-" + "0" * 32, "HS256"),
        # None is the one key PyJWT takes for alg none; its signature does not admit it.
        "alg none": jwt.encode(claims, None, algorithm="none"),  # type: ignore[arg-type]
        "expired": jwt.encode(
            {**claims, "exp": utcnow() - timedelta(seconds=1)}, secret, algorithm="HS256"
        ),
        "another audience": jwt.encode({**claims, "aud": "someone-else"}, secret, "HS256"),
        "another issuer": jwt.encode({**claims, "iss": "https://evil.example"}, secret, "HS256"),
        "no expiry": jwt.encode(
            {k: v for k, v in claims.items() if k != "exp"}, secret, algorithm="HS256"
        ),
    }


@pytest.mark.parametrize(
    "forgery",
    [
        "tampered signature",
        "more roles, same signature",
        "signed with another key",
        "alg none",
        "expired",
        "another audience",
        "another issuer",
        "no expiry",
    ],
)
async def test_a_forged_or_expired_access_token_is_refused(
    forgery: str, client, world: World
) -> None:
    token = world.tokens["staff"]
    assert claims_of(token)["aud"] == ACCESS_TOKEN_AUDIENCE
    genuine = await client.execute(ORGANISATION, token=token)
    assert genuine.errors == []
    refused = await client.execute(
        ORGANISATION, token=forgeries(token, client.settings.secret_key)[forgery]
    )
    # Refused, and told why: only a token we signed, otherwise valid, is EXPIRED.
    assert refused.codes == ["TOKEN_EXPIRED" if forgery == "expired" else "TOKEN_INVALID"]


async def test_a_refresh_token_or_rater_secret_is_no_access_token(
    client, session, world: World
) -> None:
    email = await give_password(session, world.admin)
    tokens = await sign_in(client, email, PASSWORD)
    for bearer in (tokens["refreshToken"], "x" * 43):
        refused = await client.execute(ORGANISATION, token=bearer)
        assert refused.codes == ["TOKEN_INVALID"]
