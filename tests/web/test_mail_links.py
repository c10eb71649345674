"""Every link the mails write opens a working screen: the app's (signed in
as the recipient, through the recipient's own magic link, the way the mails
offer), the rater's page or a published philosophy. The mails are the real
.eml files the worker wrote on the demo deployment: those its seed queues
(rater invitations, a published philosophy, feedback notes) and those the
test causes (a magic link, a feedback note, a mentor request and its
approval, the programme reminders of the day)."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote, urlsplit

import pytest

from backend.settings import ROOT
from tests.support.operations import gid
from tests.web.browser import assert_accessible, new_device, require_browser, watch
from tests.web.demo import MANAGER, NEW_LEADER, UNMATCHED_LEADER, Demo, DemoApi, demo_deployment
from tests.web.mail import fresh_magic_link, mails, wait_for_mail

if TYPE_CHECKING:
    from playwright.async_api import Browser

playwright = pytest.importorskip("playwright.async_api", reason="pip install playwright")

SHORTLIST = "query { mentorShortlist(first: 3) { profile { id } } }"
REQUEST_MENTOR = """mutation ($input: RequestMentorInput!) {
  requestMentor(input: $input) { errors { code message } }
}"""
# The reminders job as the worker runs it: composed first (templates, texts).
REMINDERS = (
    "import asyncio; from backend.composition import compose; compose(); "
    "from backend.db import get_database; "
    "from learning.programmes.tasks import run_reminders; "
    "print(asyncio.run(run_reminders(get_database())))"
)
# What a link is, without its ids and secrets: one of each is followed.
SHAPES = [
    (re.compile(r"^/sign-in#token=.+"), "/sign-in#token"),
    (re.compile(r"^/feedback/notes/[^/]+$"), "/feedback/notes/{id}"),
    (re.compile(r"^/mentoring/mentorships/[^/]+$"), "/mentoring/mentorships/{id}"),
    (re.compile(r"^/mentoring/proposals/[^/]+$"), "/mentoring/proposals/{id}"),
    (re.compile(r"^/rate\?t=.+"), "/rate"),
    (re.compile(r"^/p/[^/]+/[^/]+$"), "/p/{organisation}/{slug}"),
    (re.compile(r"^/?$"), "/"),
]


@pytest.fixture(scope="module")
def demo(built_app: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    require_browser()
    folder = tmp_path_factory.mktemp("webapp-mail")
    # Each followed link is opened signed in through a fresh magic link; the
    # seed's own mails (invitations, the publication) carry this deployment's address.
    with demo_deployment(
        folder, built_app, persisted_only=False, seed_here=True, magic_links_per_account="50"
    ) as deployment:
        yield deployment


def shape_of(demo: Demo, link: str) -> str:
    parts = urlsplit(link)
    path = (
        parts.path
        + (f"?{parts.query}" if parts.query else "")
        + (f"#{parts.fragment}" if parts.fragment else "")
    )
    for pattern, shape in SHAPES:
        if pattern.match(path):
            return shape
    raise AssertionError(f"a mail links to {path}, which no test follows")


def cause_mails(demo: Demo, api: DemoApi) -> None:
    leader = api.sign_in(NEW_LEADER)
    manager = api.sign_in(MANAGER)
    membership = api.run("query AppHome", {}, leader)["viewer"]["membership"]["id"]
    given = api.run(
        "mutation AppGiveFeedbackNote",
        {"input": {"leaderId": membership, "subjectKind": "GENERAL", "body": "Flot tavlemøde."}},
        manager,
    )
    assert given["giveFeedbackNote"]["errors"] == []
    # The demo's new leader has her mentor: another new leader asks for one.
    asking = api.sign_in(UNMATCHED_LEADER)
    shortlist = api.query(SHORTLIST, {}, asking)["mentorShortlist"]
    assert shortlist, "the demo has no mentor for a new leader to ask"
    # The seed's matching run may have proposed one of them to her already.
    errors = []
    for entry in shortlist:
        variables = {"input": {"mentorProfileId": entry["profile"]["id"]}}
        errors.append(api.query(REQUEST_MENTOR, variables, asking)["requestMentor"]["errors"])
        if errors[-1] == []:
            break
    assert errors[-1] == [], errors
    subprocess.run(
        [sys.executable, "-c", REMINDERS], cwd=ROOT, env=demo.env, check=True, timeout=120
    )


async def follow(
    chromium: Browser, demo: Demo, api: DemoApi, recipient: str, link: str, shape: str
) -> None:
    async with new_device(chromium) as context:
        page = await context.new_page()
        problems = watch(page)
        if shape == "/sign-in#token":
            await page.goto(link)
            await page.wait_for_selector("main h1:has-text('Hej')")
            assert urlsplit(page.url).path == "/"
        elif shape in ("/rate", "/p/{organisation}/{slug}"):
            response = await page.goto(link)
            assert response is not None and response.status == 200, link
            assert await page.locator("h1").count() >= 1
            return  # the server's own pages, tested in their slices
        else:
            await page.goto(fresh_magic_link(demo, api, recipient))
            await page.wait_for_selector("main h1:has-text('Hej')")
            await page.goto(link)
            try:
                await page.wait_for_selector("main h1")
            except Exception as error:
                raise AssertionError(f"{link}: {await page.content()}") from error
            assert urlsplit(page.url).path == (urlsplit(link).path or "/")
        text = await page.locator("main").inner_text()
        assert "Siden findes ikke" not in text and "Noget gik galt" not in text, (link, text)
        await assert_accessible(page, f"{shape} from a mail")
        assert problems == [], (link, problems)


async def test_every_link_a_mail_writes_opens_a_working_screen(
    demo: Demo, chromium: Browser
) -> None:
    api = demo.api()
    cause_mails(demo, api)
    # The manager's mail about the request; approving it mails mentor and mentee.
    manager_mail = wait_for_mail(demo, lambda to, link: "/mentoring/proposals/" in link)
    await follow(chromium, demo, api, *manager_mail, "/mentoring/proposals/{id}")
    proposal = manager_mail[1]
    async with new_device(chromium) as context:
        page = await context.new_page()
        await page.goto(fresh_magic_link(demo, api, manager_mail[0]))
        await page.wait_for_selector("main h1:has-text('Hej')")
        # Not only through the mail: home says a proposal waits and leads to
        # the list of those waiting for this manager, which leads to it.
        await page.get_by_role("link", name=re.compile("venter på din beslutning")).click()
        await page.get_by_role("heading", name="Mentorforslag").wait_for()
        await assert_accessible(page, "the manager's proposals to decide")
        number = int(urlsplit(proposal).path.rsplit("/", 1)[-1])
        listed = quote(gid("MatchProposal", number), safe="")
        in_list = page.locator(f'main a[href="/mentoring/proposals/{listed}"]')
        await in_list.click()
        await page.get_by_role("button", name="Godkend").click()
        await page.get_by_text("Godkendt").wait_for()
        # Decided, it leaves the list.
        await page.get_by_role("link", name="Mentorforslag").click()
        await page.get_by_role("heading", name="Mentorforslag").wait_for()
        await in_list.wait_for(state="detached")
    wait_for_mail(demo, lambda to, link: "/mentoring/mentorships/" in link)
    wait_for_mail(demo, lambda to, link: "/feedback/notes/" in link and to == NEW_LEADER)
    expected = {
        "/sign-in#token",
        "/feedback/notes/{id}",
        "/mentoring/mentorships/{id}",
        "/mentoring/proposals/{id}",
        "/rate",
        "/p/{organisation}/{slug}",
    }
    # The seeded invitations and publication go out beside these, in the
    # worker's own time: waited for, not slept on (a busy machine is slower).
    for wanted in sorted(expected):
        wait_for_mail(demo, lambda _to, link, wanted=wanted: shape_of(demo, link) == wanted)

    followed: dict[str, tuple[str, str]] = {}
    for to, found in mails(demo):
        for link in found:
            shape = shape_of(demo, link)
            # The recipient must be able to open it: prefer the demo logins.
            if shape not in followed or to in (NEW_LEADER, MANAGER):
                followed[shape] = (to, link)
    assert expected <= set(followed), set(followed)
    for shape, (to, link) in sorted(followed.items()):
        if shape == "/sign-in#token":  # a magic link works once: a fresh one
            to, link = NEW_LEADER, fresh_magic_link(demo, api, NEW_LEADER)
        await follow(chromium, demo, api, to, link, shape)
    api.close()
