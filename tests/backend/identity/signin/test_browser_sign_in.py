"""Sign-in for the browser app (/auth/…), per OAuth 2.0 for Browser-Based
Apps: the access token in the answer, the refresh token only in an HttpOnly,
SameSite=Strict cookie scoped to /auth/refresh, refused without the CSRF
header or from another origin, rotated on refresh, cleared on sign-out."""

from __future__ import annotations

from http.cookies import SimpleCookie
from typing import Any

from tests.backend.identity.signin.test_link_abuse import request_link
from tests.backend.identity.signin.test_tokens import _mailed_token
from tests.support.identity_world import PASSWORD, World, give_password

CSRF = {"x-ledelyst-csrf": "1"}
ORIGIN = {"origin": "http://testserver"}
VIEWER = "query { viewer { person { name } } }"


def refresh_cookie(response: Any) -> SimpleCookie:
    cookie: SimpleCookie = SimpleCookie()
    for header in response.headers.get_list("set-cookie"):
        cookie.load(header)
    return cookie


async def browser_sign_in(client: Any, email: str, password: str = PASSWORD) -> Any:
    return await client.http.post(
        "/auth/sign-in", json={"email": email, "password": password}, headers={**CSRF, **ORIGIN}
    )


async def signed_in_refresh_token(client: Any, session: Any, membership: Any) -> str:
    """The refresh token a sign-in through the app sets; the client's cookie
    jar is emptied, so a request carries it only where ``sending`` puts it."""
    email = await give_password(session, membership)
    token = refresh_cookie(await browser_sign_in(client, email))["ledelyst_refresh"].value
    client.http.cookies.clear()
    return token


def sending(token: str) -> dict[str, str]:
    return {"cookie": f"ledelyst_refresh={token}"}


async def test_sign_in_answers_the_access_token_and_hides_the_refresh_token_in_a_strict_cookie(
    client, session, world: World
) -> None:
    email = await give_password(session, world.new_leader)
    response = await browser_sign_in(client, email)
    assert response.status_code == 200
    body = response.json()
    assert set(body) == {"accessToken", "accessTokenExpiresAt"}  # no refresh token for JS
    assert response.headers["cache-control"] == "no-store"
    cookie = refresh_cookie(response)["ledelyst_refresh"]
    assert cookie["httponly"] is True
    assert cookie["samesite"].lower() == "strict"
    assert cookie["path"] == "/auth/refresh"
    assert not cookie["secure"]  # http:// outside production
    assert int(cookie["max-age"]) > 29 * 24 * 3600
    viewer = await client.execute(VIEWER, token=body["accessToken"])
    assert viewer.data["viewer"]["person"]["name"]


async def test_the_cookie_is_secure_in_production(make_client, session, world: World) -> None:
    email = await give_password(session, world.new_leader)
    client = make_client(
        production=True,
        secret_key="a-production-secret-of-forty-characters-xx",
        base_url="https://testserver",
    )
    response = await client.http.post(
        "/auth/sign-in",
        json={"email": email, "password": PASSWORD},
        headers={**CSRF, "origin": "https://testserver"},
    )
    assert response.status_code == 200, response.text
    assert refresh_cookie(response)["ledelyst_refresh"]["secure"] is True


async def test_refresh_rotates_the_cookie_and_a_spent_cookie_is_refused(
    client, session, world: World
) -> None:
    first = await signed_in_refresh_token(client, session, world.new_leader)
    rotated = await client.http.post("/auth/refresh", headers={**CSRF, **ORIGIN, **sending(first)})
    assert rotated.status_code == 200
    assert rotated.json()["accessToken"]
    second = refresh_cookie(rotated)["ledelyst_refresh"].value
    assert second and second != first
    client.http.cookies.clear()
    replayed = await client.http.post("/auth/refresh", headers={**CSRF, **ORIGIN, **sending(first)})
    assert replayed.status_code == 401
    assert replayed.json()["errors"][0]["code"] == "UNAUTHENTICATED"
    # The replay revoked the family: the rotated cookie is dead too.
    client.http.cookies.clear()
    after = await client.http.post("/auth/refresh", headers={**CSRF, **ORIGIN, **sending(second)})
    assert after.status_code == 401


async def test_refresh_without_the_csrf_header_is_refused_and_spends_nothing(
    client, session, world: World
) -> None:
    sent = sending(await signed_in_refresh_token(client, session, world.new_leader))
    # A cross-site form post: no custom header, another origin.
    forged = await client.http.post(
        "/auth/refresh", headers={**sent, "origin": "https://evil.example"}
    )
    assert forged.status_code == 403
    assert forged.json()["errors"][0]["code"] == "FORBIDDEN"
    no_header = await client.http.post("/auth/refresh", headers={**sent, **ORIGIN})
    assert no_header.status_code == 403
    wrong_origin = await client.http.post(
        "/auth/refresh", headers={**sent, **CSRF, "origin": "https://evil.example"}
    )
    assert wrong_origin.status_code == 403
    # None of those spent the token: the app's own refresh still works.
    genuine = await client.http.post("/auth/refresh", headers={**sent, **CSRF, **ORIGIN})
    assert genuine.status_code == 200


async def test_sign_in_from_another_origin_is_refused(client, session, world: World) -> None:
    email = await give_password(session, world.new_leader)
    response = await client.http.post(
        "/auth/sign-in",
        json={"email": email, "password": PASSWORD},
        headers={**CSRF, "origin": "https://evil.example"},
    )
    assert response.status_code == 403
    assert "set-cookie" not in response.headers


async def test_sign_out_revokes_the_refresh_token_and_clears_the_cookie(
    client, session, world: World
) -> None:
    sent = sending(await signed_in_refresh_token(client, session, world.new_leader))
    assert (
        await client.http.delete(
            "/auth/refresh", headers={**sent, "origin": "https://evil.example", **CSRF}
        )
    ).status_code == 403
    signed_out = await client.http.delete("/auth/refresh", headers={**sent, **CSRF, **ORIGIN})
    assert signed_out.status_code == 204
    cleared = refresh_cookie(signed_out)["ledelyst_refresh"]
    assert cleared.value == "" and cleared["path"] == "/auth/refresh"
    assert int(cleared["max-age"] or 0) == 0
    client.http.cookies.clear()
    again = await client.http.post("/auth/refresh", headers={**sent, **CSRF, **ORIGIN})
    assert again.status_code == 401


async def test_a_wrong_password_is_refused_in_the_persons_language(
    client, session, world: World
) -> None:
    email = await give_password(session, world.new_leader)
    danish = await browser_sign_in(client, email, "forkert-adgangskode")
    assert danish.status_code == 401
    assert danish.json()["errors"][0]["message"] == "E-mail eller adgangskode er forkert."
    english = await client.http.post(
        "/auth/sign-in",
        json={"email": email, "password": "wrong-password"},
        headers={**CSRF, **ORIGIN, "accept-language": "en"},
    )
    assert english.json()["errors"][0]["message"] == "The e-mail or password is wrong."
    assert "set-cookie" not in english.headers


async def test_a_body_that_is_not_an_object_is_a_clear_400(client) -> None:
    for body in (b"[", b"[1]", b'"x"', b"null"):
        response = await client.http.post(
            "/auth/sign-in",
            content=body,
            headers={**CSRF, **ORIGIN, "content-type": "application/json"},
        )
        assert response.status_code == 400
        assert response.json()["errors"][0]["code"] == "INVALID"
    odd = await client.http.post(
        "/auth/sign-in", json={"email": 1, "password": None}, headers={**CSRF, **ORIGIN}
    )
    assert odd.status_code == 401


async def test_the_mailed_magic_link_signs_in_once_through_the_app(
    client, session, world: World
) -> None:
    email = await give_password(session, world.mentor)
    assert await request_link(client, email) == []
    token = await _mailed_token(session, email)
    signed_in = await client.http.post(
        "/auth/magic-link", json={"token": token}, headers={**CSRF, **ORIGIN}
    )
    assert signed_in.status_code == 200
    assert refresh_cookie(signed_in)["ledelyst_refresh"].value
    again = await client.http.post(
        "/auth/magic-link", json={"token": token}, headers={**CSRF, **ORIGIN}
    )
    assert again.status_code == 401


async def test_failed_sign_ins_through_the_app_count_towards_the_limit(
    make_client, session, world: World
) -> None:
    email = await give_password(session, world.staff)
    client = make_client(sign_in_max_failures_per_pair=2)
    for _ in range(2):
        assert (await browser_sign_in(client, email, "wrong")).status_code == 401
    limited = await browser_sign_in(client, email)
    assert limited.status_code == 429
    assert limited.json()["errors"][0]["code"] == "RATE_LIMITED"
