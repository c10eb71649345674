"""Refresh tokens rotate, a reused one revokes its family, signing out revokes;
magic links are mailed, single use and expiring."""

from __future__ import annotations

from datetime import timedelta
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import select, update

from backend.auth.tokens import hash_secret
from backend.db import utcnow
from backend.identity.models import MagicLink, RefreshToken
from backend.jobs.models import OutboxMessage
from tests.backend.identity.signin.test_sign_in import SIGN_IN, VIEWER, sign_in
from tests.support.factories import unique
from tests.support.identity_world import PASSWORD, World, give_password

REFRESH = """
mutation R($input: RefreshTokenInput!) {
  refreshToken(input: $input) { accessToken refreshToken errors { code message } }
}
"""
SIGN_OUT = """
mutation O($input: SignOutInput!) { signOut(input: $input) { errors { code } } }
"""
UPDATE_MEMBERSHIP = """
mutation U($input: UpdateMembershipInput!) {
  updateMembership(input: $input) { person { membership { isActive } } errors { code } }
}
"""


async def refresh(client: Any, token: str) -> dict[str, Any]:
    response = await client.execute(REFRESH, {"input": {"refreshToken": token}})
    assert response.errors == []
    return response.data["refreshToken"]


async def test_a_refresh_token_is_spent_and_replaced(client, session, world: World) -> None:
    email = await give_password(session, world.staff)
    first = await sign_in(client, email, PASSWORD)
    second = await refresh(client, first["refreshToken"])
    assert second["errors"] == []
    assert second["refreshToken"] != first["refreshToken"]
    viewer = await client.execute(VIEWER, token=second["accessToken"])
    assert viewer.data["viewer"]["person"]["email"] == email
    third = await refresh(client, second["refreshToken"])
    assert third["errors"] == []


async def test_reusing_a_spent_refresh_token_revokes_the_whole_family(
    client, session, world: World
) -> None:
    email = await give_password(session, world.staff)
    stolen = (await sign_in(client, email, PASSWORD))["refreshToken"]
    rotated = (await refresh(client, stolen))["refreshToken"]
    reused = await refresh(client, stolen)
    assert reused["errors"][0]["code"] == "UNAUTHENTICATED" and reused["accessToken"] is None
    # The legitimate holder's newer token is revoked with the family.
    assert (await refresh(client, rotated))["errors"][0]["code"] == "UNAUTHENTICATED"
    # Another sign-in (another family) is untouched.
    other = (await sign_in(client, email, PASSWORD))["refreshToken"]
    assert (await refresh(client, other))["errors"] == []


async def test_signing_out_revokes_the_family_and_only_it(client, session, world: World) -> None:
    email = await give_password(session, world.staff)
    phone = (await sign_in(client, email, PASSWORD))["refreshToken"]
    laptop = (await sign_in(client, email, PASSWORD))["refreshToken"]
    phone_next = (await refresh(client, phone))["refreshToken"]
    out = await client.execute(SIGN_OUT, {"input": {"refreshToken": phone_next}})
    assert out.data["signOut"]["errors"] == []
    assert (await refresh(client, phone_next))["errors"][0]["code"] == "UNAUTHENTICATED"
    assert (await refresh(client, laptop))["errors"] == []


async def test_signing_out_everywhere_revokes_every_family(client, session, world: World) -> None:
    email = await give_password(session, world.staff)
    tokens = [await sign_in(client, email, PASSWORD) for _ in range(2)]
    out = await client.execute(
        SIGN_OUT, {"input": {"everywhere": True}}, token=tokens[0]["accessToken"]
    )
    assert out.data["signOut"]["errors"] == []
    for token in tokens:
        assert (await refresh(client, token["refreshToken"]))["errors"][0]["code"] == (
            "UNAUTHENTICATED"
        )
    anonymous = await client.execute(SIGN_OUT, {"input": {"everywhere": True}})
    assert anonymous.data["signOut"]["errors"][0]["code"] == "UNAUTHENTICATED"


async def test_a_person_who_leaves_loses_their_sessions(client, session, world: World) -> None:
    email = await give_password(session, world.staff)
    token = (await sign_in(client, email, PASSWORD))["refreshToken"]
    left = await client.execute(
        UPDATE_MEMBERSHIP,
        {"input": {"personId": world.person_id(world.staff), "isActive": False}},
        token=world.tokens["hr"],
    )
    assert left.data["updateMembership"]["errors"] == []
    assert (await refresh(client, token))["errors"][0]["code"] == "UNAUTHENTICATED"


async def test_an_expired_or_unknown_refresh_token_is_refused(
    client, session, world: World
) -> None:
    email = await give_password(session, world.staff)
    token = (await sign_in(client, email, PASSWORD))["refreshToken"]
    await session.execute(
        update(RefreshToken)
        .where(RefreshToken.token_hash == hash_secret(token))
        .values(expires_at=utcnow() - timedelta(seconds=1))
    )
    await session.commit()
    assert (await refresh(client, token))["errors"][0]["code"] == "UNAUTHENTICATED"
    assert (await refresh(client, "made-up"))["errors"][0]["code"] == "UNAUTHENTICATED"


REQUEST_LINK = """
mutation M($input: RequestMagicLinkInput!) {
  requestMagicLink(input: $input) { message errors { code } }
}
"""
LINK_SIGN_IN = """
mutation L($input: SignInWithMagicLinkInput!) {
  signInWithMagicLink(input: $input) { accessToken refreshToken errors { code message } }
}
"""


async def _mailed_token(session: Any, email: str) -> str | None:
    messages = (
        await session.scalars(select(OutboxMessage).where(OutboxMessage.task == "mail.send"))
    ).all()
    mine = [m for m in messages if m.payload["to"] == email]
    if not mine:
        return None
    url = mine[-1].payload["context"]["url"]
    assert mine[-1].payload["template"] == "magic_link"
    return urlsplit(url).fragment.removeprefix("token=")


async def test_a_magic_link_is_mailed_and_signs_in_once(client, session, world: World) -> None:
    email = (await give_password(session, world.new_leader)).upper()
    requested = await client.execute(REQUEST_LINK, {"input": {"email": email}})
    assert requested.data["requestMagicLink"]["errors"] == []
    token = await _mailed_token(session, email.lower())
    assert token
    stored = (await session.scalars(select(MagicLink.token_hash))).all()
    assert token not in stored and hash_secret(token) in stored
    first = await client.execute(LINK_SIGN_IN, {"input": {"token": token}})
    assert first.data["signInWithMagicLink"]["errors"] == []
    viewer = await client.execute(VIEWER, token=first.data["signInWithMagicLink"]["accessToken"])
    assert viewer.data["viewer"]["person"]["email"] == email.lower()
    again = await client.execute(LINK_SIGN_IN, {"input": {"token": token}})
    assert again.data["signInWithMagicLink"]["accessToken"] is None
    assert again.data["signInWithMagicLink"]["errors"][0]["code"] == "UNAUTHENTICATED"


async def test_an_unknown_email_gets_the_same_answer_and_no_mail(client, session) -> None:
    email = f"{unique('nobody')}@example.dk"
    response = await client.execute(REQUEST_LINK, {"input": {"email": email}})
    assert response.data["requestMagicLink"] == {
        "message": "Hvis e-mailen hører til en konto, er et link til at logge ind på vej.",
        "errors": [],
    }
    assert await _mailed_token(session, email) is None


async def test_an_expired_magic_link_is_refused(client, session, world: World) -> None:
    email = await give_password(session, world.staff)
    await client.execute(REQUEST_LINK, {"input": {"email": email}})
    token = await _mailed_token(session, email)
    assert token is not None
    await session.execute(
        update(MagicLink)
        .where(MagicLink.token_hash == hash_secret(token))
        .values(expires_at=utcnow() - timedelta(seconds=1))
    )
    await session.commit()
    expired = await client.execute(LINK_SIGN_IN, {"input": {"token": token}})
    assert expired.data["signInWithMagicLink"]["errors"][0]["message"].startswith(
        "Linket er ugyldigt"
    )


async def test_magic_link_requests_are_limited_per_account(
    make_client, session, world: World
) -> None:
    email = await give_password(session, world.mentor)
    client = make_client(magic_links_per_account=2)
    codes = []
    for _ in range(3):
        response = await client.execute(REQUEST_LINK, {"input": {"email": email}})
        codes.append([e["code"] for e in response.data["requestMagicLink"]["errors"]])
    assert codes == [[], [], ["RATE_LIMITED"]]


async def test_sign_in_payloads_never_carry_secrets_into_idempotency_keys(client) -> None:
    # The sign-in inputs have no clientMutationId at all.
    response = await client.execute(
        SIGN_IN,
        {"input": {"email": "a@example.dk", "password": "x", "clientMutationId": "k"}},
    )
    assert response.codes == ["BAD_USER_INPUT"]


async def test_the_hourly_clean_up_forgets_stale_sign_in_data(
    session, settings, world: World
) -> None:
    from backend.identity.models import SignInAttempt
    from backend.identity.signin.tasks import forget_stale_sign_in_data

    marker = unique("stale")
    long_ago = utcnow() - timedelta(days=2)
    session.add_all(
        [
            SignInAttempt(subject=f"email:{marker}", attempted_at=long_ago),
            SignInAttempt(subject=f"email:{marker}", attempted_at=utcnow()),
            MagicLink(
                person_id=world.staff.person_id,
                token_hash=hash_secret(marker),
                expires_at=long_ago,
            ),
        ]
    )
    await session.commit()
    assert await forget_stale_sign_in_data(session, settings) >= 2
    await session.commit()
    left = (
        await session.scalars(
            select(SignInAttempt.attempted_at).where(SignInAttempt.subject == f"email:{marker}")
        )
    ).all()
    assert len(left) == 1
    assert (
        await session.scalar(
            select(MagicLink.id).where(MagicLink.token_hash == hash_secret(marker))
        )
        is None
    )
