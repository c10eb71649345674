"""The demo deployment's mail as a test reads it: the .eml files its worker
writes into the deployment's folder, the links they carry, and signing in the
way a mail offers (a fresh magic link, asked for as the app asks)."""

from __future__ import annotations

import email
import re
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from email.message import Message
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from tests.web.browser import new_device, watch
from tests.web.demo import CSRF, Demo, DemoApi

if TYPE_CHECKING:
    from playwright.async_api import Browser


def links(message: Message) -> list[str]:
    found: list[str] = []
    for part in message.walk():
        if part.get_content_maintype() != "text":
            continue
        payload = part.get_payload(decode=True)  # a text part decodes to bytes
        assert isinstance(payload, bytes)
        body = payload.decode(part.get_content_charset() or "utf-8")
        found += re.findall(r'href="([^"]+)"', body) if part.get_content_subtype() == "html" else []
        found += re.findall(r"https?://[^\s<>\"]+", body)
    return list(dict.fromkeys(link.replace("&amp;", "&") for link in found))


def mails(demo: Demo) -> list[tuple[str, list[str]]]:
    """(recipient, links on this server) of every mail the worker wrote."""
    written = []
    for path in sorted((demo.folder / "mail").rglob("*.eml")):
        message = email.message_from_bytes(path.read_bytes())
        own = [link for link in links(message) if link.startswith(demo.url)]
        written.append((str(message["To"]).split("<")[-1].strip(">"), own))
    return written


def wait_for_mail(demo: Demo, wanted: Any, seconds: float = 60) -> tuple[str, str]:
    """The first (recipient, link) of the mails written so far for which
    ``wanted(recipient, link)`` holds, waiting for the worker up to ``seconds``."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        for to, found in mails(demo):
            for link in found:
                if wanted(to, link):
                    return to, link
        time.sleep(0.5)
    arrived = sorted({urlsplit(link).path for _to, found in mails(demo) for link in found})
    raise AssertionError(f"the expected mail never arrived; paths of those that did: {arrived}")


def fresh_magic_link(demo: Demo, api: DemoApi, email: str) -> str:
    """Asked for as the app's sign-in screen asks (a persisted document), then
    taken from the mail the worker writes."""
    seen = {link for _to, links in mails(demo) for link in links}
    hash_ = api.hashes["mutation AppRequestMagicLink"]
    response = api.http.post(
        "/graphql",
        json={
            "variables": {"input": {"email": email}},
            "extensions": {"persistedQuery": {"version": 1, "sha256Hash": hash_}},
        },
    )
    assert response.json()["data"]["requestMagicLink"]["errors"] == [], response.text
    _to, link = wait_for_mail(
        demo, lambda to, link: to == email and "#token=" in link and link not in seen
    )
    return link


def token_by_magic_link(demo: Demo, api: DemoApi, email: str) -> str:
    token = fresh_magic_link(demo, api, email).split("#token=", 1)[1]
    response = api.http.post(
        "/auth/magic-link", json={"token": token}, headers={**CSRF, "origin": demo.url}
    )
    assert response.status_code == 200, response.text
    return str(response.json()["accessToken"])


@asynccontextmanager
async def phone_signed_in_by_mail(
    chromium: Browser, demo: Demo, api: DemoApi, email: str
) -> AsyncIterator[Any]:
    async with new_device(chromium) as context:
        page = await context.new_page()
        problems = watch(page)
        await page.goto(fresh_magic_link(demo, api, email))
        await page.wait_for_selector("main h1:has-text('Hej')")
        yield page
        assert problems == []
