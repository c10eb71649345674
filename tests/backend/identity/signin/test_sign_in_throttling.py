"""A stranger who knows a leader's e-mail cannot lock the leader out: wrong
passwords from many addresses only slow the account down (a delay that
doubles, with a ceiling), while the leader's own address, magic links and
OpenID Connect stay open."""

from __future__ import annotations

import asyncio
import time
from typing import Any, TypedDict

import pytest

from backend.identity.signin.service import sign_in_delay
from backend.settings import Settings
from tests.backend.identity.signin.test_sign_in import sign_in
from tests.backend.identity.signin.test_tokens import LINK_SIGN_IN, REQUEST_LINK, _mailed_token
from tests.support.identity_world import PASSWORD, World, give_password


class Throttling(TypedDict):
    sign_in_max_failures_per_pair: int
    sign_in_free_failures_per_account: int
    sign_in_delay_seconds: float
    sign_in_max_delay_seconds: float


SLOW: Throttling = {
    "sign_in_max_failures_per_pair": 3,
    "sign_in_free_failures_per_account": 2,
    "sign_in_delay_seconds": 0.05,
    "sign_in_max_delay_seconds": 0.4,
}
# The botnet below makes 36 failures, each past the ceiling waiting it out:
# shorter delays, the same doubling up to a ceiling (3 s of waiting, not 13).
BOTNET: Throttling = {**SLOW, "sign_in_delay_seconds": 0.01, "sign_in_max_delay_seconds": 0.08}


def test_the_delay_doubles_per_failure_past_the_free_ones_up_to_the_ceiling() -> None:
    settings = Settings(**SLOW)
    assert [sign_in_delay(settings, n) for n in range(7)] == [0, 0, 0.05, 0.1, 0.2, 0.4, 0.4]
    assert sign_in_delay(settings, 10_000) == 0.4  # no overflow for a long attack


@pytest.mark.slow
async def test_wrong_passwords_from_many_addresses_do_not_lock_the_person_out(
    make_client, session, world: World
) -> None:
    email = await give_password(session, world.new_leader)
    own_address = make_client(**BOTNET)
    for _ in range(12):  # a botnet: each address stays under its pair limit
        attacker = make_client(**BOTNET)
        for _ in range(3):
            refused = await sign_in(attacker, email, "guess-guess-guess")
            assert refused["accessToken"] is None
            assert refused["errors"][0]["code"] == "UNAUTHENTICATED"
        # The attacker's own pair is now refused outright.
        assert (await sign_in(attacker, email, PASSWORD))["errors"][0]["code"] == "RATE_LIMITED"
    started = time.monotonic()
    mine = await sign_in(own_address, email, PASSWORD)
    waited = time.monotonic() - started
    assert mine["errors"] == [] and mine["accessToken"]
    # Slowed down by the account's failures, but only up to the ceiling.
    assert BOTNET["sign_in_max_delay_seconds"] <= waited < 5


async def test_a_person_throttled_on_passwords_still_signs_in_by_magic_link(
    make_client, session, world: World
) -> None:
    email = await give_password(session, world.mentor)
    attacker = make_client(**SLOW)
    for _ in range(4):
        await sign_in(attacker, email, "guess-guess-guess")
    assert (await sign_in(attacker, email, PASSWORD))["errors"][0]["code"] == "RATE_LIMITED"
    # From the very same address the magic link is not refused.
    requested = await attacker.execute(REQUEST_LINK, {"input": {"email": email}})
    assert requested.data["requestMagicLink"]["errors"] == []
    token = await _mailed_token(session, email)
    assert token
    signed_in: Any = await attacker.execute(LINK_SIGN_IN, {"input": {"token": token}})
    assert signed_in.data["signInWithMagicLink"]["errors"] == []
    assert signed_in.data["signInWithMagicLink"]["accessToken"]


async def test_guesses_sent_at_once_get_no_more_tries_than_the_limit(
    make_client, session, world: World
) -> None:
    """Six wrong passwords in parallel from one address, whose pair may fail
    three times: every attempt is counted before its password is checked, so
    at most three are checked (on PostgreSQL, where all six are counted at
    once, none may be) and the others are refused without counting; guesses
    sent after them are checked until three have been, then refused."""
    email = await give_password(session, world.staff)
    attacker = make_client(**{**SLOW, "sign_in_free_failures_per_account": 100})
    answers = await asyncio.gather(
        *(sign_in(attacker, email, f"guess-{n}-guess-guess") for n in range(6))
    )
    codes = [answer["errors"][0]["code"] for answer in answers]
    checked = codes.count("UNAUTHENTICATED")
    assert checked <= SLOW["sign_in_max_failures_per_pair"], codes
    assert codes.count("RATE_LIMITED") == 6 - checked, codes
    for n in range(SLOW["sign_in_max_failures_per_pair"] + 1):
        code = (await sign_in(attacker, email, f"later-{n}-guess-guess"))["errors"][0]["code"]
        if code == "RATE_LIMITED":
            break
        checked += 1
    assert code == "RATE_LIMITED" and checked == SLOW["sign_in_max_failures_per_pair"]
    # The person's own address is not held up by the refused ones.
    assert (await sign_in(make_client(**SLOW), email, PASSWORD))["accessToken"]
