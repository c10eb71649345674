"""OpenID Connect bearer tokens, checked against a JWKS this test serves itself
on loopback: the good ones name a person, every forgery on the list is refused."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import threading
from collections.abc import Iterator
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import jwt
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from sqlalchemy import select

from backend.auth import oidc
from backend.auth.jwks import JwksCache
from backend.db import utcnow
from backend.identity.models import Membership, Person
from tests.support.factories import unique
from tests.support.identity_world import World

ISSUER = "https://login.fjordby.test/"
AUDIENCE = "ledelyst"
VIEWER = "query { viewer { person { email } roles } }"


class Issuer:
    """Signing keys and the JWKS document an identity provider would publish."""

    def __init__(self) -> None:
        self.rsa = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        self.ec = ec.generate_private_key(ec.SECP256R1())
        self.stranger = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        self.keys = [self.jwk(self.rsa, "rsa-1", "RS256"), self.jwk(self.ec, "ec-1", "ES256")]
        self.hits = 0
        self.discovery_hits = 0
        self.base = ""  # set once the server listens
        self.named_issuer: str | None = None  # what discovery says; the base unless set

    @staticmethod
    def jwk(private: Any, kid: str, alg: str) -> dict[str, Any]:
        algorithm = (
            jwt.algorithms.RSAAlgorithm if alg.startswith("RS") else jwt.algorithms.ECAlgorithm
        )
        key = algorithm.to_jwk(private.public_key(), as_dict=True)
        return {**key, "kid": kid, "alg": alg, "use": "sig"}

    def document(self, path: str) -> bytes:
        if path == "/.well-known/openid-configuration":
            self.discovery_hits += 1
            issuer = self.named_issuer if self.named_issuer is not None else self.base
            return json.dumps({"issuer": issuer, "jwks_uri": f"{self.base}/jwks.json"}).encode()
        self.hits += 1
        return json.dumps({"keys": self.keys}).encode()


@pytest.fixture(scope="module")
def issuer() -> Iterator[tuple[Issuer, str]]:
    keys = Issuer()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - the http.server API
            body = keys.document(self.path)
            self.send_response(200)
            self.send_header("content-type", "application/json")
            self.send_header("content-length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    keys.base = f"http://127.0.0.1:{server.server_address[1]}"
    yield keys, f"{keys.base}/jwks.json"
    server.shutdown()
    server.server_close()


@pytest.fixture
def oidc_client(make_client: Any, issuer: tuple[Issuer, str]) -> Any:
    oidc.forget_jwks_caches()
    _, url = issuer
    return lambda **more: make_client(
        oidc_issuer=ISSUER, oidc_audience=AUDIENCE, oidc_jwks_url=url, **more
    )


def claims(**overrides: Any) -> dict[str, Any]:
    now = utcnow()
    values = {
        "iss": ISSUER,
        "aud": AUDIENCE,
        "sub": unique("subject"),
        "iat": now,
        "nbf": now,
        "exp": now + timedelta(minutes=5),
    }
    values.update(overrides)
    return {k: v for k, v in values.items() if v is not None}


def signed(key: Any, kid: str, algorithm: str = "RS256", **headers: Any) -> Any:
    return lambda body: jwt.encode(body, key, algorithm=algorithm, headers={"kid": kid, **headers})


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def handmade(header: dict[str, Any], body: dict[str, Any], sign: Any) -> str:
    payload = {k: int(v.timestamp()) if hasattr(v, "timestamp") else v for k, v in body.items()}
    signing_input = f"{_b64(json.dumps(header).encode())}.{_b64(json.dumps(payload).encode())}"
    return f"{signing_input}.{_b64(sign(signing_input.encode()))}"


async def email_of(session: Any, membership: Membership) -> str:
    return (await session.get(Person, membership.person_id)).email


async def test_a_valid_token_names_the_person_by_email_then_by_subject(
    oidc_client, issuer, session, world: World
) -> None:
    keys, _ = issuer
    client = oidc_client()
    email = await email_of(session, world.new_leader)
    subject = unique("subject")
    token = signed(keys.rsa, "rsa-1")(claims(sub=subject, email=email.upper()))
    response = await client.execute(VIEWER, token=token)
    assert response.data["viewer"] == {"person": {"email": email}, "roles": ["LEADER"]}
    linked = await session.scalar(
        select(Person.oidc_subject)
        .where(Person.id == world.new_leader.person_id)
        .execution_options(populate_existing=True)
    )
    assert linked == subject
    # Once linked, the subject finds the person whatever e-mail the token carries.
    by_subject = signed(keys.ec, "ec-1", "ES256")(claims(sub=subject, email=None))
    assert (await client.execute(VIEWER, token=by_subject)).data["viewer"]["roles"] == ["LEADER"]


async def test_the_refusal_list(oidc_client, issuer, settings, session, world: World) -> None:
    keys, url = issuer
    client = oidc_client()
    configured = settings.model_copy(
        update={"oidc_issuer": ISSUER, "oidc_audience": AUDIENCE, "oidc_jwks_url": url}
    )
    good = claims(email=await email_of(session, world.staff))
    rsa_sign = signed(keys.rsa, "rsa-1")
    public_pem = keys.rsa.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    # name: (token, why it is refused)
    cases = {
        "alg none": (
            handmade({"alg": "none", "kid": "rsa-1"}, good, lambda _: b""),
            "algorithm 'none' is not allowed",
        ),
        "HMAC signed with the public key": (
            handmade(
                {"alg": "HS256", "kid": "rsa-1", "typ": "JWT"},
                good,
                lambda data: hmac.new(public_pem, data, hashlib.sha256).digest(),
            ),
            "algorithm 'HS256' is not allowed",
        ),
        "wrong issuer": (rsa_sign({**good, "iss": "https://evil.test/"}), "InvalidIssuerError"),
        "wrong audience": (rsa_sign({**good, "aud": "another-app"}), "InvalidAudienceError"),
        "our audience, but authorized for another client": (
            rsa_sign({**good, "aud": [AUDIENCE, "another-app"], "azp": "another-app"}),
            "authorized party 'another-app'",
        ),
        "an issuer that only starts like ours": (
            rsa_sign({**good, "iss": ISSUER.rstrip("/") + ".evil.test"}),
            "InvalidIssuerError",
        ),
        "expired": (
            rsa_sign({**good, "exp": utcnow() - timedelta(minutes=5)}),
            "ExpiredSignatureError",
        ),
        "not yet valid": (
            rsa_sign({**good, "nbf": utcnow() + timedelta(minutes=5)}),
            "ImmatureSignatureError",
        ),
        "unknown key id": (signed(keys.rsa, "rsa-unknown")(good), "unknown key id"),
        "bad signature": (signed(keys.stranger, "rsa-1")(good), "InvalidSignatureError"),
        "unknown critical header": (
            signed(keys.rsa, "rsa-1", "RS256", crit=["x-extension"], **{"x-extension": 1})(good),
            "critical",
        ),
        "no key id": (jwt.encode(good, keys.rsa, algorithm="RS256"), "no key id"),
        "RSA key offered for ES256": (
            signed(keys.ec, "rsa-1", "ES256")(good),
            "is not a ES256 signing key",
        ),
        "an algorithm the settings leave out": (
            signed(keys.rsa, "rsa-1", "RS512")(good),
            "algorithm 'RS512' is not allowed",
        ),
        "no expiry": (rsa_sign(claims(email="x@y.dk", exp=None)), "MissingRequiredClaimError"),
        "not a JWT": ("not.a.jwt", "malformed token"),
    }
    for name, (token, reason) in cases.items():
        with pytest.raises(oidc.OidcRefused, match=reason):
            await oidc.verify_oidc_token(token, configured)
        response = await client.execute(VIEWER, token=token)
        assert response.errors == [] and response.data["viewer"] is None, name
    # The control: the same claims, properly signed, are accepted.
    assert (await client.execute(VIEWER, token=rsa_sign(good))).data["viewer"] is not None
    mutation = 'mutation { createUnit(input: {name: "X"}) { errors { code } } }'
    refused = await client.execute(mutation, token=cases["alg none"][0])
    assert refused.data["createUnit"]["errors"] == [{"code": "TOKEN_INVALID"}]
    expired = await client.execute(mutation, token=cases["expired"][0])
    assert expired.data["createUnit"]["errors"] == [{"code": "TOKEN_EXPIRED"}]


async def test_an_email_the_issuer_has_not_verified_finds_no_one(
    oidc_client, issuer, session, world: World
) -> None:
    keys, _ = issuer
    email = await email_of(session, world.mentor)
    token = signed(keys.rsa, "rsa-1")(claims(email=email, email_verified=False))
    assert (await oidc_client().execute(VIEWER, token=token)).data["viewer"] is None


async def test_unknown_people_are_not_created_unless_configured(
    oidc_client, issuer, session, world: World
) -> None:
    keys, _ = issuer
    email = f"{unique('ny')}@fjordby.test"
    token = signed(keys.rsa, "rsa-1")(claims(email=email, name="Ny Medarbejder"))
    assert (await oidc_client().execute(VIEWER, token=token)).data["viewer"] is None
    assert await session.scalar(select(Person.id).where(Person.email == email)) is None
    creating = oidc_client(oidc_create_people=True, oidc_organisation=world.organisation.slug)
    created = await creating.execute(VIEWER, token=token)
    assert created.data["viewer"] == {"person": {"email": email}, "roles": []}
    member = await session.scalar(
        select(Membership.organisation_id).join(Person).where(Person.email == email)
    )
    assert member == world.organisation.id


async def test_a_person_linked_to_another_subject_is_not_taken_over(
    oidc_client, issuer, session, world: World
) -> None:
    keys, _ = issuer
    person = await session.get(Person, world.hr.person_id)
    person.oidc_subject = unique("original")
    await session.commit()
    token = signed(keys.rsa, "rsa-1")(claims(email=person.email))
    assert (await oidc_client().execute(VIEWER, token=token)).data["viewer"] is None


async def test_unknown_key_ids_refetch_the_jwks_at_once_but_rate_limited(
    oidc_client, issuer, session, world: World
) -> None:
    keys, _ = issuer
    client = oidc_client(oidc_jwks_refetches_per_minute=3)
    email = await email_of(session, world.staff)
    before = keys.hits
    await client.execute(VIEWER, token=signed(keys.rsa, "rsa-1")(claims(email=email)))
    for n in range(10):
        await client.execute(VIEWER, token=signed(keys.rsa, f"made-up-{n}")(claims(email=email)))
    # The first fetch, then three immediate ones; the other seven are refused unfetched.
    assert keys.hits - before == 4


async def test_a_rotated_key_is_found_at_once_and_a_removed_key_goes_at_the_next_fetch(
    issuer,
) -> None:
    keys, url = issuer
    now = [1000.0]
    cache = JwksCache(url, max_age=300, refetches_per_minute=2, clock=lambda: now[0])
    assert await cache.key("rsa-1") is not None
    rotated = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    saved = list(keys.keys)
    keys.keys = [Issuer.jwk(rotated, "rsa-2", "RS256"), saved[1]]  # rsa-1 removed
    try:
        now[0] += 1  # a second later, not a minute
        assert await cache.key("rsa-2") is not None
        assert cache.fetches == 2
        # Gone with that fetch (asking again spends the bucket's second token).
        assert await cache.key("rsa-1") is None
        assert cache.fetches == 3
        # The bucket is spent: made-up ids fetch nothing more until it refills.
        assert await cache.key("made-up") is None
        assert await cache.key("made-up-2") is None
        assert cache.fetches == 3
        now[0] += 30
        assert await cache.key("made-up-3") is None
        assert cache.fetches == 4
    finally:
        keys.keys = saved


async def test_keys_are_fetched_again_after_their_maximum_age(issuer) -> None:
    keys, url = issuer
    now = [1000.0]
    cache = JwksCache(url, max_age=300, refetches_per_minute=1, clock=lambda: now[0])
    assert await cache.key("ec-1") is not None
    saved = list(keys.keys)
    keys.keys = [saved[0]]  # the issuer withdrew ec-1
    try:
        now[0] += 299
        assert await cache.key("ec-1") is not None  # still within the age
        now[0] += 2
        assert await cache.key("ec-1") is None
    finally:
        keys.keys = saved


async def test_the_issuer_alone_is_enough_through_discovery(
    make_client, issuer, session, world: World
) -> None:
    keys, _ = issuer
    oidc.forget_jwks_caches()
    email = await email_of(session, world.staff)
    client = make_client(oidc_issuer=keys.base + "/", oidc_client_ids=["web", AUDIENCE])
    token = signed(keys.rsa, "rsa-1")(claims(iss=keys.base, aud="web", email=email))
    assert (await client.execute(VIEWER, token=token)).data["viewer"]["person"] == {"email": email}
    assert keys.discovery_hits >= 1


async def test_discovery_naming_another_issuer_is_not_trusted(
    make_client, issuer, session, world: World
) -> None:
    keys, _ = issuer
    oidc.forget_jwks_caches()
    email = await email_of(session, world.staff)
    keys.named_issuer = "https://evil.test"
    try:
        client = make_client(oidc_issuer=keys.base, oidc_client_ids=[AUDIENCE])
        token = signed(keys.rsa, "rsa-1")(claims(iss=keys.base, email=email))
        mutation = 'mutation { createUnit(input: {name: "X"}) { errors { code } } }'
        refused = await client.execute(mutation, token=token)
        assert refused.data["createUnit"]["errors"] == [{"code": "TOKEN_INVALID"}]
        oidc.forget_jwks_caches()
        with pytest.raises(oidc.OidcRefused, match="names issuer 'https://evil.test'"):
            await oidc.verify_oidc_token(token, client.settings)
    finally:
        keys.named_issuer = None


async def test_each_refusal_is_logged_with_its_reason_and_never_the_token(
    oidc_client, issuer, session, world: World, caplog: pytest.LogCaptureFixture
) -> None:
    keys, _ = issuer
    client = oidc_client()
    sign = signed(keys.rsa, "rsa-1")
    expired = sign(claims(email="a@b.dk", exp=utcnow() - timedelta(minutes=5)))
    stranger = sign(claims(email=f"{unique('nobody')}@fjordby.test"))
    unverified = sign(claims(email=await email_of(session, world.staff), email_verified=False))
    caplog.set_level("INFO", logger="ledelyst.auth")
    for token in (expired, stranger, unverified):
        await client.execute(VIEWER, token=token)
    lines = [r.getMessage() for r in caplog.records if r.name == "ledelyst.auth"]
    assert any("TOKEN_EXPIRED" in line and "ExpiredSignatureError" in line for line in lines)
    assert any("UNKNOWN_PERSON" in line and "'email'" in line for line in lines)
    assert any("EMAIL_NOT_VERIFIED" in line and "False" in line for line in lines)
    everything = caplog.text
    for token in (expired, stranger, unverified):
        assert token not in everything and token.split(".")[1] not in everything
