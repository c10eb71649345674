"""panva's oidc-provider (tests/support/oidc_provider/, pinned by its
package-lock.json) as a real OpenID Connect peer on loopback, and a browser
stand-in that signs in through its authorization code + PKCE flow."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import secrets
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlencode, urljoin, urlsplit

import httpx
import jwt
from cryptography.hazmat.primitives.asymmetric import rsa

from tests.support.network import free_port, wait_until_ok

FOLDER = Path(__file__).parent / "oidc_provider"
REDIRECT_URI = "http://127.0.0.1/callback"
CLIENT_IDS = ("ledelyst-web", "ledelyst-app", "another-app")


def node_ready() -> str | None:
    """Why the provider cannot run here, or None when it can (installing it
    from the lock file with ``npm ci`` when it is not yet installed)."""
    if shutil.which("node") is None or shutil.which("npm") is None:
        return "Node.js is not on PATH"
    if not (FOLDER / "node_modules" / "oidc-provider").is_dir():
        subprocess.run(
            ["npm", "ci", "--no-audit", "--no-fund"],
            cwd=FOLDER,
            check=True,
            capture_output=True,
            timeout=300,
        )
    return None


def new_key(kid: str) -> dict[str, Any]:
    private = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    key = jwt.algorithms.RSAAlgorithm.to_jwk(private, as_dict=True)
    return {**key, "kid": kid, "alg": "RS256", "use": "sig"}


class OidcProvider:
    """One provider process; ``rotate`` restarts it with a fresh key only."""

    def __init__(self, folder: Path, redirect_uris: tuple[str, ...] = ()) -> None:
        self.folder = folder
        self.redirect_uris = redirect_uris
        self.port = free_port()
        self.issuer = f"http://127.0.0.1:{self.port}"
        self.accounts: dict[str, dict[str, Any]] = {}
        self.kid = ""
        self.process: subprocess.Popen[bytes] | None = None
        (folder / "accounts.json").write_text("{}")

    def start(self, *, clock_lag_seconds: int = 0, id_token_seconds: int = 3600) -> None:
        """Starts the provider, with a new key unless it has one (``rotate``
        takes it away); ``clock_lag_seconds`` makes its clock run behind."""
        if not self.kid:
            self.kid = f"key-{secrets.token_hex(4)}"
            (self.folder / "keys.json").write_text(json.dumps({"keys": [new_key(self.kid)]}))
        self.process = subprocess.Popen(
            [
                "node",
                "server.mjs",
                str(self.port),
                str(self.folder / "keys.json"),
                str(self.folder / "accounts.json"),
            ],
            cwd=FOLDER,
            env={
                **os.environ,
                "CLOCK_LAG_SECONDS": str(clock_lag_seconds),
                "ID_TOKEN_TTL_SECONDS": str(id_token_seconds),
                "OIDC_REDIRECT_URIS": ",".join(self.redirect_uris),
            },
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        # Node starting the provider on a loaded machine (parallel workers) takes a while.
        wait_until_ok(f"{self.issuer}/.well-known/openid-configuration", seconds=90)

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=10)
            self.process = None

    def rotate(self) -> None:
        """The old key is gone from the JWKS; tokens are signed with a new one."""
        self.stop()
        self.kid = ""
        self.start()

    @contextmanager
    def lagging(self, seconds: int, id_token_seconds: int) -> Iterator[None]:
        """Meanwhile the provider (same key) issues ID tokens ``seconds`` in
        the past that live ``id_token_seconds``: expired when they arrive."""
        self.stop()
        self.start(clock_lag_seconds=seconds, id_token_seconds=id_token_seconds)
        try:
            yield
        finally:
            self.stop()
            self.start()

    def add_account(self, login: str, claims: dict[str, Any]) -> None:
        self.accounts[login] = claims
        (self.folder / "accounts.json").write_text(json.dumps(self.accounts))

    async def sign_in(self, login: str, client_id: str = "ledelyst-web") -> str:
        """The ID token of ``login``, through /auth, the login interaction and
        /token, with PKCE (S256), state and nonce, as a browser app does."""
        return await self._flow(login, client_id, REDIRECT_URI, redeem=True)

    async def authorization_code(
        self, login: str, client_id: str, redirect_uri: str
    ) -> tuple[str, str, str]:
        """(code, verifier, nonce) of ``login`` for ``redirect_uri``, not yet
        redeemed: what the app hands its server at /auth/oidc."""
        found = await self._flow(login, client_id, redirect_uri, redeem=False)
        code, verifier, nonce = found.split(" ")
        return code, verifier, nonce

    async def _flow(self, login: str, client_id: str, redirect_uri: str, *, redeem: bool) -> str:
        verifier = secrets.token_urlsafe(48)
        challenge = (
            base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest())
            .rstrip(b"=")
            .decode()
        )
        state, nonce = secrets.token_urlsafe(8), secrets.token_urlsafe(8)
        query = {
            "client_id": client_id,
            "redirect_uri": redirect_uri,
            "response_type": "code",
            "scope": "openid email profile",
            "code_challenge": challenge,
            "code_challenge_method": "S256",
            "state": state,
            "nonce": nonce,
        }
        async with httpx.AsyncClient(base_url=self.issuer, timeout=10) as browser:
            response = await browser.get(f"/auth?{urlencode(query)}")
            for _ in range(12):
                if response.is_redirect:
                    location = urljoin(str(response.url), response.headers["location"])
                    if location.startswith(redirect_uri):
                        answer = parse_qs(urlsplit(location).query)
                        assert answer["state"] == [state], answer
                        if not redeem:
                            return f"{answer['code'][0]} {verifier} {nonce}"
                        return await self._redeem(browser, client_id, answer, verifier, nonce)
                    response = await browser.get(location)
                elif response.status_code == 200 and "<form" in response.text:
                    response = await self._submit_form(browser, response, login)
                else:
                    raise AssertionError(f"{response.status_code}: {response.text[:300]}")
        raise AssertionError("the sign-in flow did not end")

    async def _submit_form(
        self, browser: httpx.AsyncClient, page: httpx.Response, login: str
    ) -> httpx.Response:
        action = re.search(r'<form[^>]*action="([^"]+)"', page.text)
        assert action, page.text[:300]
        fields = dict(
            re.findall(
                r'<input[^>]*type="hidden"[^>]*name="([^"]+)"[^>]*value="([^"]*)"', page.text
            )
        )
        if 'name="login"' in page.text:
            fields |= {"login": login, "password": "any"}
        return await browser.post(urljoin(str(page.url), action.group(1)), data=fields)

    async def _redeem(
        self,
        browser: httpx.AsyncClient,
        client_id: str,
        answer: dict[str, list[str]],
        verifier: str,
        nonce: str,
    ) -> str:
        assert "code" in answer, answer
        response = await browser.post(
            "/token",
            data={
                "grant_type": "authorization_code",
                "code": answer["code"][0],
                "redirect_uri": REDIRECT_URI,
                "client_id": client_id,
                "code_verifier": verifier,
            },
        )
        assert response.status_code == 200, response.text
        id_token = str(response.json()["id_token"])
        assert jwt.decode(id_token, options={"verify_signature": False})["nonce"] == nonce
        return id_token
