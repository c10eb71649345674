"""Signing in with a password: tokens, enumeration resistance, rate limits."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from backend.identity.models import Membership, Person
from tests.support.factories import make_organisation, unique
from tests.support.identity_world import PASSWORD, World, give_password

SIGN_IN = """
mutation SignIn($input: SignInInput!) {
  signIn(input: $input) {
    accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt
    errors { code field message }
  }
}
"""
VIEWER = """
query { viewer { person { name email } membership { id roles } roles
  organisation { id name } memberships { organisationSlug isCurrent } } }
"""


async def sign_in(client: Any, email: str, password: str, **extra: Any) -> dict[str, Any]:
    response = await client.execute(
        SIGN_IN, {"input": {"email": email, "password": password, **extra}}
    )
    assert response.errors == [], response.errors
    return response.data["signIn"]


async def test_password_sign_in_returns_tokens_that_name_the_viewer(
    client, session, world: World
) -> None:
    email = await give_password(session, world.new_leader)
    payload = await sign_in(client, email.upper(), PASSWORD)
    assert payload["errors"] == []
    assert payload["accessToken"] and payload["refreshToken"]
    viewer = await client.execute(VIEWER, token=payload["accessToken"])
    assert viewer.errors == []
    data = viewer.data["viewer"]
    assert data["person"]["email"] == email
    assert data["roles"] == ["LEADER"]
    assert data["organisation"]["name"] == world.organisation.name
    assert data["memberships"] == [{"organisationSlug": world.organisation.slug, "isCurrent": True}]


async def test_unknown_email_and_wrong_password_get_the_same_answer(
    client, session, world: World
) -> None:
    email = await give_password(session, world.staff)
    wrong_password = await sign_in(client, email, "not-the-password")
    unknown_email = await sign_in(client, f"{unique('nobody')}@example.dk", PASSWORD)
    no_password = await sign_in(client, (await session.get(Person, world.hr.person_id)).email, "x")
    assert wrong_password == unknown_email == no_password
    assert wrong_password["accessToken"] is None
    assert wrong_password["errors"] == [
        {
            "code": "UNAUTHENTICATED",
            "field": None,
            "message": "E-mail eller adgangskode er forkert.",
        }
    ]


async def test_a_person_who_left_cannot_sign_in(client, session, world: World) -> None:
    email = await give_password(session, world.staff)
    membership = await session.get(Membership, world.staff.id)
    membership.is_active = False
    await session.commit()
    payload = await sign_in(client, email, PASSWORD)
    assert payload["errors"][0]["code"] == "UNAUTHENTICATED"


async def test_failures_of_one_account_from_one_address_refuse_that_pair_only(
    make_client, session, world: World
) -> None:
    email = await give_password(session, world.staff)
    limits = {"sign_in_max_failures_per_pair": 3, "sign_in_delay_seconds": 0.01}
    first = make_client(**limits)
    for _ in range(3):
        assert (await sign_in(first, email, "wrong"))["errors"][0]["code"] == "UNAUTHENTICATED"
    limited = await sign_in(first, email, PASSWORD)
    assert limited["accessToken"] is None
    assert limited["errors"][0]["code"] == "RATE_LIMITED"
    assert "15 minutter" in limited["errors"][0]["message"]
    # From another address the same person is not refused.
    elsewhere = await sign_in(make_client(**limits), email, PASSWORD)
    assert elsewhere["errors"] == [] and elsewhere["accessToken"]


async def test_the_limit_answers_alike_for_unknown_accounts(make_client) -> None:
    client = make_client(sign_in_max_failures_per_pair=2, sign_in_delay_seconds=0.01)
    email = f"{unique('nobody')}@example.dk"
    for _ in range(2):
        await sign_in(client, email, "wrong")
    assert (await sign_in(client, email, "wrong"))["errors"][0]["code"] == "RATE_LIMITED"


async def test_failures_per_address_are_limited_across_accounts(
    make_client, session, world: World
) -> None:
    email = await give_password(session, world.mentor)
    client = make_client(sign_in_max_failures_per_address=4)
    for _ in range(4):
        await sign_in(client, f"{unique('spray')}@example.dk", "guess")
    assert (await sign_in(client, email, PASSWORD))["errors"][0]["code"] == "RATE_LIMITED"
    other_address = make_client(sign_in_max_failures_per_address=4)
    assert (await sign_in(other_address, email, PASSWORD))["errors"] == []


async def test_a_successful_sign_in_forgives_earlier_typos(
    make_client, session, world: World
) -> None:
    email = await give_password(session, world.admin)
    client = make_client(sign_in_max_failures_per_pair=2)
    await sign_in(client, email, "typo")
    assert (await sign_in(client, email, PASSWORD))["errors"] == []
    await sign_in(client, email, "typo")
    assert (await sign_in(client, email, PASSWORD))["errors"] == []


async def test_a_person_of_two_organisations_chooses_one(client, session, world: World) -> None:
    email = await give_password(session, world.hr)
    second = await make_organisation(session)
    session.add(
        Membership(organisation_id=second.id, person_id=world.hr.person_id, roles=["LEADER"])
    )
    await session.commit()
    default = await sign_in(client, email, PASSWORD)
    chosen = await sign_in(client, email, PASSWORD, organisation=second.slug)
    unknown = await sign_in(client, email, PASSWORD, organisation="no-such-organisation")
    assert unknown["errors"][0]["code"] == "UNAUTHENTICATED"
    first_view = (await client.execute(VIEWER, token=default["accessToken"])).data["viewer"]
    second_view = (await client.execute(VIEWER, token=chosen["accessToken"])).data["viewer"]
    assert first_view["roles"] == ["HR"] and second_view["roles"] == ["LEADER"]
    assert {m["organisationSlug"] for m in second_view["memberships"]} == {
        world.organisation.slug,
        second.slug,
    }


CHANGE_PASSWORD = """
mutation C($input: ChangePasswordInput!) { changePassword(input: $input) { errors { code field } } }
"""


async def test_changing_a_password_asks_for_the_current_one(client, session, world: World) -> None:
    email = await give_password(session, world.mentor)
    token = world.tokens["mentor"]
    wrong = await client.execute(
        CHANGE_PASSWORD,
        {"input": {"currentPassword": "nope", "newPassword": "et-helt-nyt-kodeord"}},
        token=token,
    )
    assert wrong.data["changePassword"]["errors"] == [
        {"code": "INVALID", "field": ["input", "currentPassword"]}
    ]
    short = await client.execute(
        CHANGE_PASSWORD,
        {"input": {"currentPassword": PASSWORD, "newPassword": "kort"}},
        token=token,
    )
    assert short.data["changePassword"]["errors"][0]["field"] == ["input", "newPassword"]
    changed = await client.execute(
        CHANGE_PASSWORD,
        {"input": {"currentPassword": PASSWORD, "newPassword": "et-helt-nyt-kodeord"}},
        token=token,
    )
    assert changed.data["changePassword"]["errors"] == []
    assert (await sign_in(client, email, "et-helt-nyt-kodeord"))["errors"] == []
    hashed = await session.scalar(
        select(Person.password_hash)
        .where(Person.id == world.mentor.person_id)
        .execution_options(populate_existing=True)
    )
    assert hashed.startswith("$argon2id$")


HAS_PASSWORD = "query { viewer { hasPassword } }"


async def test_the_viewer_learns_whether_they_have_a_password_of_their_own(
    client, session, world: World
) -> None:
    """Someone added by HR signs in by mail link until they choose a password:
    the app then asks for no current one. A person learns it of themselves only."""
    token = world.tokens["mentor"]
    without = await client.execute(HAS_PASSWORD, token=token)
    assert without.data == {"viewer": {"hasPassword": False}}
    first = await client.execute(
        CHANGE_PASSWORD, {"input": {"newPassword": "min-allerførste-kode"}}, token=token
    )
    assert first.data["changePassword"]["errors"] == []
    assert (await client.execute(HAS_PASSWORD, token=token)).data == {
        "viewer": {"hasPassword": True}
    }
    # Another person's answer is theirs: the leader has none, whatever the mentor has.
    other = await client.execute(HAS_PASSWORD, token=world.tokens["new_leader"])
    assert other.data == {"viewer": {"hasPassword": False}}
    signed_out = await client.execute(HAS_PASSWORD)
    assert signed_out.data == {"viewer": None}


REFRESH = """
mutation R($input: RefreshTokenInput!) {
  refreshToken(input: $input) { refreshToken errors { code } }
}
"""


async def test_a_changed_password_signs_out_every_device_that_knew_the_old_one(
    client, session, world: World
) -> None:
    """Someone who changes a password because another person knows it must not
    leave that person signed in: every refresh token of the person is revoked."""
    email = await give_password(session, world.mentor)
    other_device = (await sign_in(client, email, PASSWORD))["refreshToken"]
    this_device = await sign_in(client, email, PASSWORD)
    changed = await client.execute(
        CHANGE_PASSWORD,
        {"input": {"currentPassword": PASSWORD, "newPassword": "et-helt-nyt-kodeord"}},
        token=this_device["accessToken"],
    )
    assert changed.data["changePassword"]["errors"] == []
    for token in (other_device, this_device["refreshToken"]):
        refused = await client.execute(REFRESH, {"input": {"refreshToken": token}})
        assert refused.data["refreshToken"]["errors"] == [{"code": "UNAUTHENTICATED"}]
    fresh = await sign_in(client, email, "et-helt-nyt-kodeord")
    renewed = await client.execute(REFRESH, {"input": {"refreshToken": fresh["refreshToken"]}})
    assert renewed.data["refreshToken"]["errors"] == []


async def test_a_refused_password_change_signs_out_no_device(client, session, world: World) -> None:
    email = await give_password(session, world.mentor)
    device = await sign_in(client, email, PASSWORD)
    wrong = await client.execute(
        CHANGE_PASSWORD,
        {"input": {"currentPassword": "nope", "newPassword": "et-helt-nyt-kodeord"}},
        token=device["accessToken"],
    )
    assert wrong.data["changePassword"]["errors"][0]["code"] == "INVALID"
    kept = await client.execute(REFRESH, {"input": {"refreshToken": device["refreshToken"]}})
    assert kept.data["refreshToken"]["errors"] == []
