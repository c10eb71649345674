"""Signing in through a real OpenID Connect provider (panva's oidc-provider on
loopback, authorization code + PKCE): configured by its issuer alone, several
client ids, each claim variant issuers send, key rotation, and every refusal
with the code a client can act on."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from backend.auth import oidc
from backend.identity.models import Membership, Person
from tests.backend.identity.signin.test_sign_in import sign_in
from tests.backend.identity.signin.test_sign_in_throttling import SLOW, Throttling
from tests.support.factories import unique
from tests.support.identity_world import PASSWORD, World, give_password
from tests.support.oidc_peer import OidcProvider, node_ready

VIEWER = "query { viewer { person { email } roles } }"
NEEDS_VIEWER = 'mutation { createUnit(input: {name: "X"}) { errors { code message } } }'


@pytest.fixture(scope="module")
def provider(tmp_path_factory: pytest.TempPathFactory) -> Iterator[OidcProvider]:
    missing = node_ready()
    if missing:
        pytest.skip(missing)
    peer = OidcProvider(tmp_path_factory.mktemp("oidc-provider"))
    peer.start()
    yield peer
    peer.stop()


@pytest.fixture
def connected(make_client: Any, provider: OidcProvider) -> Any:
    """A client of an API configured by the issuer alone (discovery), written
    with a trailing slash the provider's own issuer does not have."""
    oidc.forget_jwks_caches()
    return lambda **more: make_client(
        oidc_issuer=provider.issuer + "/",
        oidc_client_ids=["ledelyst-web", "ledelyst-app"],
        **more,
    )


async def email_of(session: Any, membership: Membership) -> str:
    return (await session.get(Person, membership.person_id)).email


async def refusal(client: Any, token: str) -> str:
    response = await client.execute(NEEDS_VIEWER, token=token)
    return str(response.data["createUnit"]["errors"][0]["code"])


async def test_a_person_signs_in_through_the_code_flow_with_pkce(
    provider, connected, session, world: World
) -> None:
    email = await email_of(session, world.new_leader)
    login = unique("ann")
    provider.add_account(login, {"email": email, "email_verified": True, "name": "Ann"})
    token = await provider.sign_in(login)
    response = await connected().execute(VIEWER, token=token)
    assert response.data["viewer"] == {"person": {"email": email}, "roles": ["LEADER"]}
    subject = await session.scalar(
        select(Person.oidc_subject)
        .where(Person.id == world.new_leader.person_id)
        .execution_options(populate_existing=True)
    )
    assert subject == login


async def test_the_web_app_and_the_native_app_both_sign_in_but_no_other_client(
    provider, connected, session, world: World
) -> None:
    email = await email_of(session, world.mentor)
    login = unique("mentor")
    provider.add_account(login, {"email": email, "email_verified": True})
    client = connected()
    for client_id in ("ledelyst-web", "ledelyst-app"):
        token = await provider.sign_in(login, client_id)
        assert (await client.execute(VIEWER, token=token)).data["viewer"]["person"] == {
            "email": email
        }, client_id
    foreign_client = await provider.sign_in(login, "another-app")
    assert (await client.execute(VIEWER, token=foreign_client)).data["viewer"] is None
    assert await refusal(client, foreign_client) == "TOKEN_INVALID"


@pytest.mark.parametrize(
    ("claim", "variant"),
    [("preferred_username", "Entra ID v2"), ("upn", "Entra ID v1")],
)
async def test_a_first_sign_in_links_by_the_directory_name_when_there_is_no_email(
    provider, connected, session, world: World, claim: str, variant: str
) -> None:
    person = Person(email=f"{unique('dir')}@fjordby.test", name=variant)
    session.add(person)
    await session.flush()
    session.add(Membership(organisation_id=world.organisation.id, person_id=person.id, roles=[]))
    await session.commit()
    login = unique("dir")
    provider.add_account(login, {claim: person.email.upper()})
    response = await connected().execute(VIEWER, token=await provider.sign_in(login))
    assert response.data["viewer"] == {"person": {"email": person.email}, "roles": []}


async def test_an_unverified_email_is_refused_unless_the_policy_ignores_it(
    provider, connected, session, world: World
) -> None:
    email = await email_of(session, world.staff)
    login = unique("keycloak")
    provider.add_account(login, {"email": email, "email_verified": False})
    token = await provider.sign_in(login)
    default = connected()
    assert (await default.execute(VIEWER, token=token)).data["viewer"] is None
    assert await refusal(default, token) == "EMAIL_NOT_VERIFIED"
    assert await refusal(connected(oidc_email_verified="require"), token) == "EMAIL_NOT_VERIFIED"
    ignoring = connected(oidc_email_verified="ignore")
    assert (await ignoring.execute(VIEWER, token=token)).data["viewer"]["person"] == {
        "email": email
    }


async def test_require_refuses_an_email_without_a_verdict(
    provider, connected, session, world: World
) -> None:
    email = await email_of(session, world.hr)
    login = unique("silent")
    provider.add_account(login, {"email": email})
    token = await provider.sign_in(login)
    assert await refusal(connected(oidc_email_verified="require"), token) == "EMAIL_NOT_VERIFIED"


async def test_an_unknown_person_is_told_so(provider, connected) -> None:
    login = unique("stranger")
    provider.add_account(login, {"email": f"{login}@elsewhere.test", "email_verified": True})
    token = await provider.sign_in(login)
    client = connected()
    response = await client.execute(NEEDS_VIEWER, token=token)
    error = response.data["createUnit"]["errors"][0]
    assert error["code"] == "UNKNOWN_PERSON"
    assert "HR" in error["message"]
    no_email = unique("nomail")
    provider.add_account(no_email, {"name": "No Mail"})
    assert await refusal(client, await provider.sign_in(no_email)) == "UNKNOWN_PERSON"


async def test_the_roles_claim_maps_groups_to_ledelyst_roles(
    provider, connected, session, world: World
) -> None:
    email = await email_of(session, world.admin)
    login = unique("hr")
    provider.add_account(
        login, {"email": email, "email_verified": True, "roles": ["ledelyst-hr", "other"]}
    )
    mapped = connected(
        oidc_roles_claim="roles",
        oidc_role_map={
            "ledelyst-hr": "HR",
            "ledelyst-admin": "ADMIN",
            "ledelyst-mentor": "MENTOR",
            "other": "NOT_A_ROLE",
        },
    )
    response = await mapped.execute(VIEWER, token=await provider.sign_in(login))
    assert response.data["viewer"]["roles"] == ["HR"]
    stored = await session.scalar(
        select(Membership.roles)
        .where(Membership.id == world.admin.id)
        .execution_options(populate_existing=True)
    )
    assert stored == ["HR"]


async def test_a_token_from_another_issuer_is_refused(
    provider, connected, session, world: World, tmp_path: Path
) -> None:
    email = await email_of(session, world.new_leader)
    other = OidcProvider(tmp_path)
    other.start()
    try:
        login = unique("foreign")
        other.add_account(login, {"email": email, "email_verified": True})
        token = await other.sign_in(login)
    finally:
        other.stop()
    assert await refusal(connected(), token) == "TOKEN_INVALID"


async def test_after_a_key_rotation_new_tokens_work_at_once_and_the_removed_key_is_refused(
    provider, connected, session, world: World
) -> None:
    email = await email_of(session, world.new_leader)
    login = unique("rotating")
    provider.add_account(login, {"email": email, "email_verified": True})
    client = connected()
    before = await provider.sign_in(login)
    assert (await client.execute(VIEWER, token=before)).data["viewer"] is not None
    old_kid = provider.kid
    provider.rotate()
    assert provider.kid != old_kid
    after = await provider.sign_in(login)
    # No floor: the unknown key id fetches the JWKS at once.
    assert (await client.execute(VIEWER, token=after)).data["viewer"]["person"] == {"email": email}
    # That fetch replaced the key set: the removed key is no longer trusted.
    assert (await client.execute(VIEWER, token=before)).data["viewer"] is None
    assert await refusal(client, before) == "TOKEN_INVALID"


async def test_a_token_that_has_expired_is_told_to_sign_in_again(
    provider, connected, session, world: World
) -> None:
    email = await email_of(session, world.new_leader)
    login = unique("late")
    provider.add_account(login, {"email": email, "email_verified": True})
    # Issued ten minutes ago for one minute: expired, well past the clock skew.
    with provider.lagging(600, id_token_seconds=60):
        token = await provider.sign_in(login)
    client = connected()
    assert (await client.execute(VIEWER, token=token)).data["viewer"] is None
    assert await refusal(client, token) == "TOKEN_EXPIRED"
    # The same key still signs good tokens: only the expiry refused it.
    fresh = await provider.sign_in(login)
    assert (await client.execute(VIEWER, token=fresh)).data["viewer"]["person"] == {"email": email}


async def test_a_brokers_own_attribute_names_are_mapped_and_create_the_person(
    provider, connected, session, world: World
) -> None:
    """A broker in front of a SAML IdP names its claims as its mappers do:
    ``mail``, ``display_name``, ``groups``; the mapping reads them."""
    login = unique("broker")
    email = f"{login}@fjordby.test"
    provider.add_account(
        login, {"mail": email, "display_name": "Bo Broker", "groups": "ledelyst-mentor other"}
    )
    brokered = connected(
        oidc_email_claims=["mail"],
        oidc_name_claim="display_name",
        oidc_roles_claim="groups",
        oidc_role_map={"ledelyst-mentor": "MENTOR"},
        oidc_create_people=True,
        oidc_organisation=world.organisation.slug,
    )
    response = await brokered.execute(VIEWER, token=await provider.sign_in(login))
    assert response.data["viewer"] == {"person": {"email": email}, "roles": ["MENTOR"]}
    person = await session.scalar(select(Person).where(Person.email == email))
    assert person is not None and person.name == "Bo Broker" and person.oidc_subject == login


async def test_sign_in_through_the_provider_stays_open_while_passwords_are_throttled(
    provider, connected, session, world: World
) -> None:
    email = await give_password(session, world.director)
    # Failures cost no delay up to the pair's limit; past it a password attempt
    # would wait 30 s, so a sign-in that shared the throttle could not come in
    # under 10 s, however loaded the machine.
    throttling: Throttling = {
        **SLOW,
        "sign_in_free_failures_per_account": SLOW["sign_in_max_failures_per_pair"],
        "sign_in_delay_seconds": 30.0,
        "sign_in_max_delay_seconds": 30.0,
    }
    attacker = connected(address="203.0.113.77", **throttling)
    for _ in range(SLOW["sign_in_max_failures_per_pair"]):
        await sign_in(attacker, email, "guess-guess-guess")
    refused = await sign_in(attacker, email, PASSWORD)
    assert refused["errors"][0]["code"] == "RATE_LIMITED"
    login = unique("director")
    provider.add_account(login, {"email": email, "email_verified": True})
    token = await provider.sign_in(login)
    # From the very address whose password attempts are refused, and at once.
    started = time.monotonic()
    response = await attacker.execute(VIEWER, token=token)
    assert response.data["viewer"]["person"] == {"email": email}
    assert time.monotonic() - started < 10


async def test_the_roles_claim_governs_only_the_roles_the_map_can_give(
    provider, connected, session, world: World
) -> None:
    """A municipality maps its HR and mentor groups; the director's LEADER
    role, which no group gives, stays as Ledelyst has it."""
    email = await email_of(session, world.director)
    login = unique("director")
    provider.add_account(login, {"email": email, "email_verified": True, "roles": ["ledelyst-hr"]})
    mapped = connected(
        oidc_roles_claim="roles",
        oidc_role_map={"ledelyst-hr": "HR", "ledelyst-mentor": "MENTOR"},
    )
    response = await mapped.execute(VIEWER, token=await provider.sign_in(login))
    # HR given, MENTOR taken (no longer in the group), LEADER untouched.
    assert response.data["viewer"]["roles"] == ["HR", "LEADER"]
    stored = await session.scalar(
        select(Membership.roles)
        .where(Membership.id == world.director.id)
        .execution_options(populate_existing=True)
    )
    assert stored == ["HR", "LEADER"]


async def test_a_person_the_directory_deactivated_is_told_so(
    provider, connected, session, world: World
) -> None:
    email = await email_of(session, world.mentor)
    login = unique("left")
    provider.add_account(login, {"email": email, "email_verified": True})
    client = connected()
    token = await provider.sign_in(login)
    assert (await client.execute(VIEWER, token=token)).data["viewer"] is not None
    membership = await session.get(Membership, world.mentor.id)
    membership.is_active = False  # as a SCIM deactivation leaves it
    await session.commit()
    assert (await client.execute(VIEWER, token=token)).data["viewer"] is None
    assert await refusal(client, token) == "ACCOUNT_DISABLED"
