"""The issuer's signing keys, fetched with httpx and cached.

Keys are fetched again when the cache is older than its maximum age, and at
once when a token names a key id we do not have (the issuer rotated its
keys): a new key is trusted from the first token signed with it. Those
immediate fetches are rate limited by a token bucket, so tokens with made-up
key ids cannot make us hammer the issuer. Every fetch replaces the key set:
a key the issuer removed is no longer trusted after the next fetch.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from typing import Any

import httpx

log = logging.getLogger(__name__)

JWKS_TIMEOUT_SECONDS = 5.0


class JwksCache:
    """The issuer's signing keys by ``kid``."""

    def __init__(
        self,
        url: str,
        *,
        max_age: float = 300.0,
        refetches_per_minute: int = 6,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.url = url
        self.max_age = max_age
        self.clock = clock
        self.keys: dict[str, dict[str, Any]] = {}
        self.fetched_at: float | None = None
        self.fetches = 0
        # Token bucket for fetches an unknown key id causes: full at start.
        self.capacity = max(1, refetches_per_minute)
        self.refill_per_second = self.capacity / 60.0
        self.tokens = float(self.capacity)
        self.refilled_at = clock()
        self._lock = asyncio.Lock()

    async def key(self, kid: str) -> dict[str, Any] | None:
        if self._stale() or kid not in self.keys:
            async with self._lock:
                # Whoever waited for the lock finds the fetch done already.
                if self._stale():
                    await self._fetch()
                elif kid not in self.keys and self._take_token():
                    await self._fetch()
        return self.keys.get(kid)

    def _stale(self) -> bool:
        return self.fetched_at is None or self.clock() - self.fetched_at > self.max_age

    def _take_token(self) -> bool:
        now = self.clock()
        elapsed = max(0.0, now - self.refilled_at)
        self.tokens = min(self.capacity, self.tokens + elapsed * self.refill_per_second)
        self.refilled_at = now
        if self.tokens < 1.0:
            return False
        self.tokens -= 1.0
        return True

    async def _fetch(self) -> None:
        self.fetches += 1
        attempted_at = self.clock()
        try:
            async with httpx.AsyncClient(timeout=JWKS_TIMEOUT_SECONDS) as client:
                response = await client.get(self.url, headers={"accept": "application/json"})
                response.raise_for_status()
                document = response.json()
        except (httpx.HTTPError, ValueError) as error:
            # Keep the keys we have: an issuer that is briefly down should not
            # sign everyone out. Tried again in 30 seconds (or sooner for an
            # unknown key id, within the rate limit), not on every request.
            log.warning("fetching the JWKS at %s failed: %s", self.url, error)
            self.fetched_at = attempted_at - self.max_age + min(30.0, self.max_age)
            return
        keys = document.get("keys") if isinstance(document, dict) else None
        if not isinstance(keys, list):
            log.warning("the JWKS at %s has no keys", self.url)
            return
        self.keys = {
            key["kid"]: key
            for key in keys
            if isinstance(key, dict) and isinstance(key.get("kid"), str)
        }
        self.fetched_at = self.clock()
