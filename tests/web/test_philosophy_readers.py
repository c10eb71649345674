"""A leader's published philosophy as staff and managers read it, in
Debian's Chromium at 390x844 against the real server and worker on the demo
data, persisted queries only: a member of the leader's staff finds it from
home in the list of everyone who has published and comments (an empty
comment first: the localized error), the leader's manager opens it from the
check-ins and comments; the leader answers one comment, takes the other into
the next version and ticks it off, hides the first (shows it again, hides
it again), chooses who reads the page and keeps private notes. Nobody reads
a philosophy that is not published. Every comment is read, a page at a time:
a reader sees the oldest after "Vis flere", and the leader answers, hides
and shows again one that was on the second page. axe-core on every screen."""

from __future__ import annotations

import base64
import re
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import pytest

from feedback.notes.service import MAX_BODY
from tests.web.browser import assert_accessible, require_browser, signed_in_phone
from tests.web.demo import (
    LEADERS_MANAGER,
    MENTOR,
    NEW_LEADER,
    SECOND_LEADER,
    STAFF,
    Demo,
    DemoApi,
    demo_deployment,
)

if TYPE_CHECKING:
    from playwright.async_api import Browser

playwright = pytest.importorskip("playwright.async_api", reason="pip install playwright")

READ = "query AppLeadershipPhilosophy"
LATER = "query AppPhilosophyComments"
NOWHERE = base64.b64encode(b"Membership:1000000000").decode()  # no one's, in any organisation
CHOICES = {"INTERNAL": "Kun kolleger i organisationen", "PUBLIC": "Alle med adressen (offentlig)"}


@pytest.fixture(scope="module")
def demo(built_app: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    require_browser()
    with demo_deployment(tmp_path_factory.mktemp("webapp-philosophy"), built_app) as deployment:
        yield deployment


def possessive(name: str) -> str:
    """As the app writes it in Danish (web/src/ui/philosophy.ts)."""
    return f"{name}'" if name[-1:].lower() in "sxz" else f"{name}s"


def published_philosophy(api: DemoApi, token: str) -> dict[str, Any]:
    """The leader's philosophy with a published version: published now (as
    the app's screen sends it) unless the demo has one, then rendered by the
    worker."""
    mine = api.run("query AppMyPhilosophy", {}, token)["myPhilosophy"]
    if mine and mine["currentVersion"]:
        return dict(mine)
    sections = [
        {"kind": "FOUNDATION", "body": "Jeg er til stede og svarer inden for to arbejdsdage."},
        {"kind": "STRATEGY", "body": "Børnenes trivsel først; vi måler den sammen hvert kvartal."},
        {"kind": "VALUES", "body": "Ordentlighed og mod."},
    ]
    saved = api.run(
        "mutation AppSavePhilosophyDraft",
        {
            "input": {
                "philosophyId": mine["id"] if mine else None,
                "expectedRevision": mine["draft"]["revision"] if mine and mine["draft"] else 0,
                "sections": sections,
                "clientMutationId": str(uuid.uuid4()),
            }
        },
        token,
    )["savePhilosophyDraft"]
    assert saved["errors"] == [], saved
    published = api.run(
        "mutation AppPublishPhilosophy",
        {
            "input": {
                "philosophyId": saved["philosophy"]["id"],
                "summary": "Første version.",
                "clientMutationId": str(uuid.uuid4()),
            }
        },
        token,
    )["publishPhilosophy"]
    assert published["errors"] == [], published
    deadline = time.monotonic() + 60
    while True:
        mine = api.run("query AppMyPhilosophy", {}, token)["myPhilosophy"]
        if mine["currentVersion"]:
            return dict(mine)
        assert time.monotonic() < deadline, mine["versions"]
        time.sleep(0.5)


def comment_of(philosophy: dict[str, Any], text: str) -> dict[str, Any]:
    return next(c for c in philosophy["comments"]["nodes"] if c["body"] and text in c["body"])


async def test_staff_and_a_manager_comment_and_the_leader_follows_up(
    demo: Demo, chromium: Browser
) -> None:
    api = demo.api()
    leader_token = api.sign_in(NEW_LEADER)
    staff_token = api.sign_in(STAFF)
    manager_token = api.sign_in(LEADERS_MANAGER)
    leader = api.run("query AppViewer", {}, leader_token)["viewer"]
    name = leader["person"]["name"]
    leader_id = leader["membership"]["id"]
    staff = api.run("query AppViewer", {}, staff_token)["viewer"]
    assert staff["membership"]["manager"]["id"] == leader_id  # the demo's story
    mine = published_philosophy(api, leader_token)
    chosen = "PUBLIC" if mine["visibility"] == "INTERNAL" else "INTERNAL"
    heading = f"{possessive(name)} ledelsesfilosofi"
    mark = uuid.uuid4().hex[:6]
    staff_comment = f"Tak for et ærligt grundlag; må vi minde dig om to-dages-svaret? {mark}"
    manager_comment = f"Lad os tale om kvartalsmålingen ved næste opfølgning. {mark}"

    # A member of her staff: from home to the philosophy, an empty comment, then one.
    async with signed_in_phone(chromium, demo, STAFF) as page:
        await page.get_by_role("heading", name="Ledelsesfilosofier").wait_for()
        await assert_accessible(page, "home with the leadership philosophies")
        mine_link = page.get_by_role("link", name=name, exact=True)
        assert await mine_link.get_attribute("href") == f"/philosophy/{quote(leader_id, safe='')}"
        # Every leader who has published, by name; hers among them.
        await page.get_by_role("link", name="Se alle, der har udgivet").click()
        await page.get_by_role("heading", name="Ledelsesfilosofier", level=1).wait_for()
        await assert_accessible(page, "the published leadership philosophies")
        await page.get_by_role("link", name=name, exact=True).click()
        await page.get_by_role("heading", name=heading, level=1).wait_for()
        await page.get_by_role("heading", name="Kommentarer").wait_for()
        await assert_accessible(page, "a leader's philosophy, as her staff reads it")
        await page.get_by_role("button", name="Send kommentar").click()
        await page.get_by_role("alert").filter(has_text="Skal udfyldes.").wait_for()
        await assert_accessible(page, "a leader's philosophy, an empty comment")
        # Too long: the payload's error says the limit, in Danish; nothing is kept.
        await page.get_by_label("Din kommentar").fill("x" * (MAX_BODY + 1))
        await page.get_by_role("button", name="Send kommentar").click()
        await page.get_by_role("alert").filter(has_text=f"Højst {MAX_BODY} tegn.").wait_for()
        await page.get_by_label("Din kommentar").fill(staff_comment)
        await page.get_by_role("button", name="Send kommentar").click()
        await page.get_by_text("Tak. Din kommentar er sendt til lederen.").wait_for()
        await page.locator("blockquote.note", has_text=staff_comment).wait_for()
        assert await page.get_by_role("alert").count() == 0
        await assert_accessible(page, "a leader's philosophy, commented")

    # Her manager: from the check-ins, reads the staff's comment, adds his own.
    async with signed_in_phone(chromium, demo, LEADERS_MANAGER) as page:
        await page.get_by_role("link", name="Opfølgning").first.click()
        link = page.get_by_role("link", name=re.compile(rf"^Læs {re.escape(possessive(name))} "))
        await link.click()
        await page.get_by_role("heading", name=heading, level=1).wait_for()
        await page.locator("blockquote.note", has_text=staff_comment).wait_for()
        await page.get_by_label("Din kommentar").fill(manager_comment)
        await page.get_by_role("button", name="Send kommentar").click()
        await page.locator("blockquote.note", has_text=manager_comment).wait_for()
        await assert_accessible(page, "a leader's philosophy, as her manager reads it")

    # The leader: answers her staff, takes her manager's comment into the next
    # version and ticks it off, hides the first (shows it again, hides it
    # again), sets who reads, keeps notes.
    answer = "Ja, sig det endelig til mig, også på personalemødet."
    notes = "Spørg Dagtilbud om kvartalsmålingen før version 2."
    comments = "section[aria-labelledby='comments'] > ul > li"
    async with signed_in_phone(chromium, demo, NEW_LEADER) as page:
        # The comment reaches her as feedback; it leads to her philosophy.
        await page.locator("header nav").get_by_role("link", name="Feedback").click()
        await page.get_by_role("link", name=re.compile(re.escape(staff_comment[:40]))).click()
        version = mine["currentVersion"]["number"]
        await page.get_by_role("link", name=f"Til din ledelsesfilosofi (version {version})").click()
        await page.get_by_role("heading", name="Min ledelsesfilosofi").wait_for()
        from_staff = page.locator(comments, has_text=staff_comment)
        from_manager = page.locator(comments, has_text=manager_comment)
        await from_manager.wait_for()
        await assert_accessible(page, "own philosophy with comments")
        await from_staff.locator("summary", has_text="Svar").click()
        await from_staff.get_by_label("Dit svar").fill(answer)
        await from_staff.get_by_role("button", name="Send svar").click()
        await from_staff.locator("blockquote.reply", has_text=answer).wait_for()
        await from_manager.get_by_role("button", name="Tag med i næste version").click()
        await from_manager.get_by_text("Er med i næste version").wait_for()
        # Controlled by the API's answer: checked once the item is done.
        item = page.get_by_role("checkbox", name=manager_comment)
        await item.click()
        await playwright.expect(item).to_be_checked()
        await assert_accessible(page, "own philosophy, an item for the next version")
        await from_staff.get_by_role("button", name="Skjul kommentaren").click()
        await from_staff.get_by_role("button", name="Ja, skjul den").click()
        hidden = page.locator(comments, has_text="Kommentaren er skjult.")
        await hidden.wait_for()
        # Hidden by mistake: shown again, its text back; then hidden for good.
        await hidden.get_by_role("button", name="Vis igen").click()
        await from_staff.get_by_role("button", name="Skjul kommentaren").wait_for()
        await from_staff.get_by_role("button", name="Skjul kommentaren").click()
        await from_staff.get_by_role("button", name="Ja, skjul den").click()
        await hidden.get_by_role("button", name="Vis igen").wait_for()
        other = page.get_by_label(CHOICES[chosen])
        await other.click()
        await page.get_by_text("Det er gemt, hvem der kan læse siden.").wait_for()
        await playwright.expect(other).to_be_checked()
        await page.get_by_label("Noter (kun for dig; de udgives aldrig)").fill(notes)
        await page.get_by_role("button", name="Gem noter").click()
        await page.get_by_text("Dine noter er gemt.").wait_for()
        await assert_accessible(page, "own philosophy, followed up")

    after = api.run("query AppMyPhilosophy", {}, leader_token)["myPhilosophy"]
    assert after["visibility"] == chosen
    assert after["privateNotes"] == notes
    taken = comment_of(after, manager_comment)
    [item_row] = [i for i in after["items"] if (i["comment"] or {}).get("id") == taken["id"]]
    assert item_row["text"] == manager_comment and item_row["doneAt"] is not None
    # The hidden comment: its author still reads it (and the answer); others do not.
    as_staff = api.run(READ, {"leaderId": leader_id}, staff_token)["leadershipPhilosophy"]
    own = comment_of(as_staff, staff_comment)
    assert own["hidden"] and own["isMine"]
    assert [r["body"] for r in own["replies"]] == [answer]
    as_manager = api.run(READ, {"leaderId": leader_id}, manager_token)["leadershipPhilosophy"]
    hidden = next(c for c in as_manager["comments"]["nodes"] if c["id"] == own["id"])
    assert hidden["hidden"] and hidden["body"] is None
    assert comment_of(as_manager, manager_comment)["isMine"]
    # Private notes and items stay the leader's.
    assert "privateNotes" not in as_manager and "items" not in as_manager
    assert mine["id"] == after["id"]
    api.close()


async def test_every_comment_is_read_a_page_at_a_time(demo: Demo, chromium: Browser) -> None:
    """25 comments on a philosophy (the mentor's, another leader than the
    journey's): 20 on the first page, the oldest behind "Vis flere"."""
    api = demo.api()
    leader_token = api.sign_in(MENTOR)
    tokens = [api.sign_in(STAFF), api.sign_in(LEADERS_MANAGER)]
    leader = api.run("query AppViewer", {}, leader_token)["viewer"]
    leader_id = leader["membership"]["id"]
    mine = published_philosophy(api, leader_token)
    mark = uuid.uuid4().hex[:6]
    texts = [f"Kommentar nr. {n:02d} om grundlaget ({mark})" for n in range(1, 26)]
    for n, text in enumerate(texts):  # the manager writes nr. 01, 03, …, staff nr. 02, 04, …
        sent = api.run(
            "mutation AppCommentOnPhilosophy",
            {
                "input": {
                    "versionId": mine["currentVersion"]["id"],
                    "body": text,
                    "clientMutationId": str(uuid.uuid4()),
                }
            },
            tokens[(n + 1) % 2],
        )["commentOnPhilosophy"]
        assert sent["errors"] == [], sent
    first = api.run(READ, {"leaderId": leader_id}, tokens[0])["leadershipPhilosophy"]
    assert len(first["comments"]["nodes"]) == 20 and first["comments"]["pageInfo"]["hasNextPage"]
    assert texts[4] not in [c["body"] for c in first["comments"]["nodes"]]
    heading = f"{possessive(leader['person']['name'])} ledelsesfilosofi"
    written = f"Og en til, mens jeg læser de ældste. ({mark})"

    # A member of staff: the newest 20, then the oldest; a comment of her own
    # with the second page open pushes the 20th down, and none is lost.
    async with signed_in_phone(chromium, demo, STAFF) as page:
        await page.goto(f"{demo.url}/philosophy/{quote(leader_id, safe='')}")
        await page.get_by_role("heading", name=heading, level=1).wait_for()
        await page.locator("blockquote.note", has_text=texts[-1]).wait_for()
        assert await page.locator("blockquote.note", has_text=texts[0]).count() == 0
        await page.get_by_role("button", name="Vis flere").click()
        await page.locator("blockquote.note", has_text=texts[0]).wait_for()
        await assert_accessible(page, "a leader's philosophy, the second page of comments")
        await page.get_by_label("Din kommentar").fill(written)
        await page.get_by_role("button", name="Send kommentar").click()
        await page.locator("blockquote.note", has_text=written).wait_for()
        await page.locator("blockquote.note", has_text=texts[0]).wait_for()
        for text in texts:
            await playwright.expect(page.locator("blockquote.note", has_text=text)).to_have_count(1)

    # The leader: on her own screen, a comment of the second page answered,
    # hidden, shown again and hidden for good.
    answer = f"Tak, det tager jeg med. ({mark})"
    comments = "section[aria-labelledby='comments'] > ul > li"
    async with signed_in_phone(chromium, demo, MENTOR) as page:
        await page.goto(f"{demo.url}/philosophy")
        await page.get_by_role("heading", name="Min ledelsesfilosofi").wait_for()
        await page.locator(comments, has_text=texts[-1]).wait_for()
        older = page.locator(comments, has_text=texts[2])
        assert await older.count() == 0
        await page.get_by_role("button", name="Vis flere").click()
        await older.wait_for()
        await assert_accessible(page, "own philosophy, the second page of comments")
        await older.locator("summary", has_text="Svar").click()
        await older.get_by_label("Dit svar").fill(answer)
        await older.get_by_role("button", name="Send svar").click()
        await older.locator("blockquote.reply", has_text=answer).wait_for()
        hidden = page.locator(comments, has_text="Kommentaren er skjult.")
        await older.get_by_role("button", name="Skjul kommentaren").click()
        await older.get_by_role("button", name="Ja, skjul den").click()
        await hidden.get_by_role("button", name="Vis igen").click()
        await older.get_by_role("button", name="Skjul kommentaren").click()
        await older.get_by_role("button", name="Ja, skjul den").click()
        await hidden.get_by_role("button", name="Vis igen").wait_for()
        await assert_accessible(page, "own philosophy, a comment of the second page hidden")

    # The second page as its author's colleague reads it: hidden, with the answer.
    first = api.run(READ, {"leaderId": leader_id}, tokens[0])["leadershipPhilosophy"]
    after = first["comments"]["pageInfo"]["endCursor"]
    later = api.run(LATER, {"id": first["id"], "after": after}, tokens[0])["node"]["comments"]
    [note] = [c for c in later["nodes"] if answer in [r["body"] for r in c["replies"]]]
    assert note["hidden"] and note["body"] is None and not note["isMine"]
    api.close()


async def test_nobody_reads_a_philosophy_that_is_not_published(
    demo: Demo, chromium: Browser
) -> None:
    api = demo.api()
    second_token = api.sign_in(SECOND_LEADER)
    staff_token = api.sign_in(STAFF)
    second = api.run("query AppViewer", {}, second_token)["viewer"]["membership"]["id"]
    mine = api.run("query AppMyPhilosophy", {}, second_token)["myPhilosophy"]
    # The demo's second new leader has published nothing yet.
    assert mine is None or mine["currentVersion"] is None, mine
    # A draft only: a colleague reads nothing of it, not even that it exists.
    draft = f"Et udkast, som kun jeg læser. {uuid.uuid4().hex[:6]}"
    saved = api.run(
        "mutation AppSavePhilosophyDraft",
        {
            "input": {
                "philosophyId": mine["id"] if mine else None,
                "expectedRevision": mine["draft"]["revision"] if mine and mine["draft"] else 0,
                "sections": [
                    {"kind": "FOUNDATION", "body": draft},
                    {"kind": "STRATEGY", "body": "Strategi."},
                    {"kind": "VALUES", "body": "Værdier."},
                ],
                "clientMutationId": str(uuid.uuid4()),
            }
        },
        second_token,
    )["savePhilosophyDraft"]
    assert saved["errors"] == [], saved
    assert api.run(READ, {"leaderId": second}, staff_token)["leadershipPhilosophy"] is None
    listed = api.run("query AppPublishedPhilosophies", {}, staff_token)["publishedPhilosophies"]
    assert second not in [n["leader"]["id"] for n in listed["nodes"]]
    # A membership that is no one's in the organisation (another
    # organisation's, or none): nothing either.
    assert api.run(READ, {"leaderId": NOWHERE}, staff_token)["leadershipPhilosophy"] is None
    async with signed_in_phone(chromium, demo, STAFF) as page:
        for leader in (second, NOWHERE):
            await page.goto(f"{demo.url}/philosophy/{quote(leader, safe='')}")
            await page.get_by_role("heading", name="Ledelsesfilosofi", level=1).wait_for()
            await page.get_by_text("Ledelsesfilosofien er ikke udgivet endnu").wait_for()
            assert await page.get_by_role("button", name="Send kommentar").count() == 0
            await assert_accessible(page, "a philosophy that cannot be read")
    api.close()
