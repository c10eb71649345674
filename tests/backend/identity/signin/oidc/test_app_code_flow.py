"""The app's own OpenID Connect sign-in against a real provider (panva's
oidc-provider on loopback): the browser's authorization code + PKCE handed to
/auth/oidc, redeemed by the server, the ID token verified with its nonce, and
Ledelyst's own tokens answered as for every other sign-in of the app."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from backend.auth import oidc
from backend.identity.models import Person
from tests.backend.identity.signin.test_browser_sign_in import CSRF, ORIGIN, refresh_cookie
from tests.support.factories import unique
from tests.support.identity_world import World
from tests.support.oidc_peer import OidcProvider, node_ready

APP = "http://testserver"
REDIRECT = f"{APP}/sign-in/oidc"
VIEWER = "query { viewer { person { email } } }"


@pytest.fixture(scope="module")
def provider(tmp_path_factory: pytest.TempPathFactory) -> Iterator[OidcProvider]:
    missing = node_ready()
    if missing:
        pytest.skip(missing)
    peer = OidcProvider(tmp_path_factory.mktemp("oidc-app"), redirect_uris=(REDIRECT,))
    peer.start()
    yield peer
    peer.stop()


@pytest.fixture
def app_client(make_client: Any, provider: OidcProvider) -> Any:
    oidc.forget_jwks_caches()
    return make_client(base_url=APP, oidc_issuer=provider.issuer, oidc_app_client_id="ledelyst-web")


async def account(provider: OidcProvider, session: Any, world: World) -> tuple[str, str]:
    email = (await session.get(Person, world.new_leader.person_id)).email
    login = unique("app")
    provider.add_account(login, {"email": email, "email_verified": True, "name": "Ann"})
    return login, email


async def redeem(client: Any, code: str, verifier: str, nonce: str, **headers: str) -> Any:
    return await client.http.post(
        "/auth/oidc",
        json={"code": code, "codeVerifier": verifier, "nonce": nonce},
        headers={**CSRF, **ORIGIN, **headers},
    )


async def test_the_app_learns_where_to_send_the_browser(provider, app_client, make_client) -> None:
    found = await app_client.http.get("/auth/oidc")
    assert found.status_code == 200
    assert found.json() == {
        "issuer": provider.issuer,
        "clientId": "ledelyst-web",
        "authorizationEndpoint": f"{provider.issuer}/auth",
        "redirectUri": REDIRECT,
    }
    without = make_client(oidc_issuer=provider.issuer, oidc_client_ids=["ledelyst-web"])
    assert (await without.http.get("/auth/oidc")).status_code == 204


async def test_a_code_with_its_verifier_signs_the_person_in_once(
    provider, app_client, session, world: World
) -> None:
    login, email = await account(provider, session, world)
    code, verifier, nonce = await provider.authorization_code(login, "ledelyst-web", REDIRECT)
    answer = await redeem(app_client, code, verifier, nonce)
    assert answer.status_code == 200, answer.text
    cookie = refresh_cookie(answer)["ledelyst_refresh"]
    assert cookie["httponly"] and cookie["path"] == "/auth/refresh"
    viewer = await app_client.execute(VIEWER, token=answer.json()["accessToken"])
    assert viewer.data["viewer"]["person"]["email"] == email
    again = await redeem(app_client, code, verifier, nonce)
    assert again.status_code == 401 and again.json()["errors"][0]["code"] == "UNAUTHENTICATED"


@pytest.mark.parametrize("spoiled", ["verifier", "nonce", "code"])
async def test_a_wrong_verifier_nonce_or_code_is_refused(
    provider, app_client, session, world: World, spoiled: str
) -> None:
    login, _email = await account(provider, session, world)
    parts = dict(
        zip(
            ("code", "verifier", "nonce"),
            await provider.authorization_code(login, "ledelyst-web", REDIRECT),
            strict=True,
        )
    )
    parts[spoiled] = parts[spoiled][::-1]
    answer = await redeem(app_client, parts["code"], parts["verifier"], parts["nonce"])
    assert answer.status_code == 401
    assert answer.json()["errors"][0]["code"] == "UNAUTHENTICATED"
    assert "ledelyst_refresh" not in refresh_cookie(answer)


async def test_no_code_is_redeemed_without_the_csrf_header(
    provider, app_client, session, world: World
) -> None:
    login, _email = await account(provider, session, world)
    code, verifier, nonce = await provider.authorization_code(login, "ledelyst-web", REDIRECT)
    answer = await app_client.http.post(
        "/auth/oidc", json={"code": code, "codeVerifier": verifier, "nonce": nonce}
    )
    assert answer.status_code == 403
