"""The one who decides says no to a mentor a new leader asked for, in Debian's
Chromium at a tablet's 1024x768 and a phone's 390x844 against the real
server and worker on the demo data (persisted queries only): the demo's
unmatched new leader asks a mentor of her shortlist and sees it waiting for
her manager's approval on "Find en mentor" (the proposal itself she reads
without Godkend/Afvis: only her manager and HR decide); her manager opens it
from home's "waiting for your decision" and the list of proposals, starts
to reject it and goes back ("Fortryd": nothing sent), then rejects it with a
reason (one too long first: refused, and kept on the form). The manager sees
it rejected and gone from the list; the new leader and the mentor read it
rejected (she on "Find en mentor", without the manager's reason, and by a
mail leading there), no mentorship was made, and her need stays open: she
can ask anew. And a decision made too late: HR rejected (on a second device) or
approved (over the API) the proposal while the manager's screen still
offered it; the manager's "no" is refused with a Danish message naming what
it is now, the screen shows that status, and nothing changes. axe-core on
every screen."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import pytest
from sqlalchemy import text

from backend.api.relay import from_global_id
from tests.web.browser import require_browser
from tests.web.demo import UNMATCHED_LEADER, Demo, DemoApi, demo_deployment
from tests.web.mail import mails, token_by_magic_link, wait_for_mail
from tests.web.test_hr import HR, api_of, check, shown, signed_in, warm_up

if TYPE_CHECKING:
    from playwright.async_api import Browser

playwright = pytest.importorskip("playwright.async_api", reason="pip install playwright")

DEVICES = ["tablet", "phone"]


@pytest.fixture(scope="module")
def demo(built_app: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    require_browser()
    with demo_deployment(
        tmp_path_factory.mktemp("webapp-proposal-reject"), built_app
    ) as deployment:
        warm_up(deployment)
        yield deployment


def requested(api: DemoApi, mentee: str) -> tuple[str, str]:
    """The unmatched new leader (``mentee``, her token) asks the first mentor
    of her shortlist she has no open proposal with: the proposal's id and
    the mentor's name."""
    shortlist = api.run("query AppMentorShortlist", {}, mentee)["mentorShortlist"]
    assert shortlist, "the demo has no mentor for a new leader to ask"
    refused = []
    for entry in shortlist:
        variables = {"input": {"mentorProfileId": entry["profile"]["id"]}}
        asked = api.run("mutation AppRequestMentor", variables, mentee)["requestMentor"]
        if asked["errors"] == []:
            return str(asked["proposal"]["id"]), str(entry["person"]["name"])
        refused.append(asked["errors"])
    raise AssertionError(f"no mentor of the shortlist could be asked: {refused}")


def manager_of(demo: Demo, email: str) -> tuple[str, int]:
    """The e-mail and membership of the direct manager of ``email``."""
    with demo.database() as connection:
        row = connection.execute(
            text(
                "SELECT boss.email, member.manager_id FROM person p"
                " JOIN membership member ON member.person_id = p.id"
                " JOIN membership above ON above.id = member.manager_id"
                " JOIN person boss ON boss.id = above.person_id"
                " WHERE p.email = :email"
            ),
            {"email": email},
        ).one()
    return str(row[0]), int(row[1])


def membership_of(demo: Demo, email: str) -> int:
    with demo.database() as connection:
        found = connection.execute(
            text(
                "SELECT m.id FROM membership m JOIN person p ON p.id = m.person_id"
                " WHERE p.email = :email"
            ),
            {"email": email},
        )
        return int(found.scalar_one())


def decision(demo: Demo, proposal_id: str) -> tuple[str, int | None, str]:
    """The stored decision of a proposal: status, who decided, the note."""
    _type, pk = from_global_id(proposal_id)
    with demo.database() as connection:
        row = connection.execute(
            text("SELECT status, decided_by_id, decision_note FROM match_proposal WHERE id = :id"),
            {"id": pk},
        ).one()
    return str(row[0]), row[1], str(row[2])


def status_of(api: DemoApi, token: str, proposal_id: str) -> str:
    """The proposal's status as the app's proposal screen reads it."""
    node = api.run("query AppMatchProposal", {"id": proposal_id}, token)["node"]
    assert node is not None, "the proposal is not visible to this reader"
    return str(node["status"])


def waiting(api: DemoApi, token: str) -> int:
    return int(api.run("query AppHome", {}, token)["home"]["proposalsToDecide"])


def may_decide(api: DemoApi, token: str, proposal_id: str) -> bool:
    node = api.run("query AppMatchProposal", {"id": proposal_id}, token)["node"]
    assert node is not None, "the proposal is not visible to this reader"
    return bool(node["viewerMayDecide"])


def my_requests(page: Any) -> Any:
    """Her requests on "Find en mentor", newest first."""
    return page.get_by_role("region", name="Dine ønsker om mentor").get_by_role("listitem")


def rejection_mails(demo: Demo) -> list[list[str]]:
    """The mails telling the unmatched new leader a request was rejected
    (the only mail of hers that leads to the mentor search)."""
    return [
        found
        for to, found in mails(demo)
        if to == UNMATCHED_LEADER and any(link.endswith("/mentoring/find") for link in found)
    ]


def link_to(page: Any, proposal_id: str) -> Any:
    return page.locator(f'main a[href="/mentoring/proposals/{quote(proposal_id, safe="")}"]')


@pytest.mark.parametrize("device", DEVICES)
async def test_the_manager_rejects_a_requested_mentor_with_a_reason(
    demo: Demo, device: str, chromium: Browser
) -> None:
    api = api_of(demo)
    mentee = api.sign_in(UNMATCHED_LEADER)
    mentee_name = api.run("query AppHome", {}, mentee)["viewer"]["person"]["name"]
    proposal_id, mentor_name = requested(api, mentee)
    manager_email, manager_membership = manager_of(demo, UNMATCHED_LEADER)
    manager = api.sign_in(manager_email)
    before = waiting(api, manager)
    assert before >= 1
    reason = "Vi finder hellere en mentor med erfaring fra dagtilbud."
    mailed = len(rejection_mails(demo))
    # She sees her request waiting where she asked; the proposal itself she
    # reads without buttons: only her manager and HR decide it.
    async with signed_in(chromium, demo, device, UNMATCHED_LEADER) as page:
        await page.goto(f"{demo.url}/mentoring/find")
        newest = my_requests(page).first
        await shown(page, newest.filter(has_text="Venter på din leders godkendelse"))
        assert (await newest.inner_text()).startswith(f"{mentor_name}, spurgt ")
        await check(page, device, "finding a mentor, a request waiting")
        await page.goto(f"{demo.url}/mentoring/proposals/{quote(proposal_id, safe='')}")
        await shown(page, page.get_by_role("status").filter(has_text="Foreslået"))
        for name in ("Godkend", "Afvis"):
            assert await page.get_by_role("button", name=name, exact=True).count() == 0, name
        await check(page, device, "the mentee reading her request")
    assert may_decide(api, manager, proposal_id) is True
    assert may_decide(api, mentee, proposal_id) is False
    async with signed_in(chromium, demo, device, manager_email) as page:
        # Home says proposals wait; the list leads to this one.
        await page.get_by_role("link", name=f"{before} forslag venter på din beslutning").click()
        await page.get_by_role("heading", name="Mentorforslag", level=1).wait_for()
        await check(page, device, "the manager's proposals to decide")
        entry = link_to(page, proposal_id)
        assert await entry.inner_text() == f"{mentee_name} med {mentor_name} som mentor"
        await entry.click()
        await page.get_by_role("heading", name="Forslag til mentor", level=1).wait_for()
        main = page.locator("main")
        await shown(page, main.get_by_text(mentor_name))
        assert mentee_name in await main.inner_text()
        await check(page, device, "a proposal to decide")

        # Second thoughts: back to the choice, nothing sent.
        await page.get_by_role("button", name="Afvis", exact=True).click()
        form = page.get_by_role("form", name="Afvis forslaget?")
        await form.wait_for()
        await page.get_by_label("Begrundelse (valgfri)").fill("Et udkast")
        await check(page, device, "rejecting a proposal, the reason asked for")
        await page.get_by_role("button", name="Fortryd").click()
        await form.wait_for(state="detached")
        await page.get_by_role("button", name="Godkend").wait_for()
        assert status_of(api, manager, proposal_id) == "PROPOSED"
        assert decision(demo, proposal_id) == ("PROPOSED", None, "")

        # A reason longer than the API takes: refused on the form, kept there.
        await page.get_by_role("button", name="Afvis", exact=True).click()
        note = page.get_by_label("Begrundelse (valgfri)")
        await note.fill("x" * 10_001)
        await page.get_by_role("button", name="Ja, afvis").click()
        await shown(page, page.get_by_role("alert").filter(has_text="Højst 10000 tegn."))
        assert len(await note.input_value()) == 10_001
        await check(page, device, "rejecting a proposal, the reason too long")
        assert decision(demo, proposal_id) == ("PROPOSED", None, "")

        await note.fill(reason)
        await page.get_by_role("button", name="Ja, afvis").click()
        await shown(page, page.get_by_role("status").filter(has_text="Afvist"))
        for name in ("Godkend", "Afvis", "Ja, afvis"):
            assert await page.get_by_role("button", name=name, exact=True).count() == 0, name
        assert await page.get_by_role("alert").count() == 0
        await check(page, device, "a proposal the manager rejected")

        # Decided, it leaves the list, and home counts one fewer.
        await main.get_by_role("link", name="Mentorforslag").click()
        await page.get_by_role("heading", name="Mentorforslag", level=1).wait_for()
        await link_to(page, proposal_id).wait_for(state="detached")
        await check(page, device, "the proposals to decide, one rejected")
    assert waiting(api, manager) == before - 1
    assert decision(demo, proposal_id) == ("REJECTED", manager_membership, reason)

    # The new leader reads it rejected; no mentorship was made; her need is
    # still open, so the search offers mentors to ask anew.
    assert status_of(api, mentee, proposal_id) == "REJECTED"
    need = api.run("query AppMyMentoringNeed", {}, mentee)["myMentoringNeed"]
    assert need["status"] == "OPEN", need
    mine = api.run("query AppMyMentorships", {}, mentee)["myMentorships"]["nodes"]
    assert not [
        m for m in mine if m["mentor"]["name"] == mentor_name and m["status"] != "REJECTED"
    ], mine
    async with signed_in(chromium, demo, device, UNMATCHED_LEADER) as page:
        await page.goto(f"{demo.url}/mentoring/find")
        await page.get_by_role("heading", name="Find en mentor", level=1).wait_for()
        await shown(page, page.get_by_role("button", name=re.compile(r"^Spørg ")).first)
        # Her request reads rejected, and the manager's reason is not shown to her.
        newest = my_requests(page).first
        await shown(page, newest.filter(has_text="Afvist"))
        assert (await newest.inner_text()).startswith(f"{mentor_name}, spurgt ")
        assert reason not in await page.locator("main").inner_text()
        await check(page, device, "finding a mentor after a request was rejected")
    # And a mail told her, once, leading to where she may ask anew.
    wait_for_mail(
        demo, lambda to, link: len(rejection_mails(demo)) > mailed and to == UNMATCHED_LEADER
    )

    # The mentor reads it rejected too, and has no new mentee.
    mentor = token_by_magic_link(demo, api, demo.email_of(mentor_name))
    assert status_of(api, mentor, proposal_id) == "REJECTED"
    assert may_decide(api, mentor, proposal_id) is False
    mentees = api.run("query AppMentees", {}, mentor)["mentees"]["nodes"]
    assert mentee_name not in [m["person"]["name"] for m in mentees]
    api.close()


@pytest.mark.parametrize("device", DEVICES)
async def test_a_proposal_hr_decided_meanwhile_is_not_rejected_again(
    demo: Demo, device: str, chromium: Browser
) -> None:
    api = api_of(demo)
    mentee = api.sign_in(UNMATCHED_LEADER)
    manager_email, _manager_membership = manager_of(demo, UNMATCHED_LEADER)
    hr_membership = membership_of(demo, HR)
    late = "Hun skal hellere have en mentor tæt på."

    # HR rejects it on a device of their own while the manager writes why.
    first, _mentor = requested(api, mentee)
    async with signed_in(chromium, demo, device, manager_email) as page:
        await page.goto(f"{demo.url}/mentoring/proposals/{quote(first, safe='')}")
        await page.get_by_role("button", name="Afvis", exact=True).click()
        await page.get_by_label("Begrundelse (valgfri)").fill(late)
        async with signed_in(chromium, demo, device) as hr_page:
            await hr_page.goto(f"{demo.url}/mentoring/proposals/{quote(first, safe='')}")
            await hr_page.get_by_role("button", name="Afvis", exact=True).click()
            await hr_page.get_by_role("button", name="Ja, afvis").click()
            await shown(hr_page, hr_page.get_by_role("status").filter(has_text="Afvist"))
        await page.get_by_role("button", name="Ja, afvis").click()
        await shown(
            page, page.get_by_role("alert").filter(has_text="Forslaget er allerede afvist.")
        )
        # The screen shows what the proposal is now, not a form refused again.
        await shown(page, page.get_by_role("status").filter(has_text="Afvist"))
        assert await page.get_by_role("button", name="Ja, afvis").count() == 0
        await check(page, device, "a rejection refused: HR rejected it first")
    # HR's decision stands; the manager's late reason was not written over it.
    assert decision(demo, first) == ("REJECTED", hr_membership, "")

    # HR approves over the API while the manager's screen still offers both.
    second, mentor_name = requested(api, mentee)
    hr = api.sign_in(HR)
    async with signed_in(chromium, demo, device, manager_email) as page:
        await page.goto(f"{demo.url}/mentoring/proposals/{quote(second, safe='')}")
        await page.get_by_role("button", name="Godkend").wait_for()
        approved = api.run(
            "mutation AppApproveMatchProposal", {"input": {"proposalId": second}}, hr
        )["approveMatchProposal"]
        assert approved["errors"] == [], approved
        await page.get_by_role("button", name="Afvis", exact=True).click()
        await page.get_by_label("Begrundelse (valgfri)").fill(late)
        await page.get_by_role("button", name="Ja, afvis").click()
        await shown(
            page, page.get_by_role("alert").filter(has_text="Forslaget er allerede godkendt.")
        )
        await shown(page, page.get_by_role("status").filter(has_text="Godkendt"))
        for name in ("Godkend", "Afvis", "Ja, afvis"):
            assert await page.get_by_role("button", name=name, exact=True).count() == 0, name
        await check(page, device, "a rejection refused: HR approved it first")
    assert decision(demo, second) == ("APPROVED", hr_membership, "")
    # The mentorship HR's approval made stands, proposed to both.
    mine = api.run("query AppMyMentorships", {}, mentee)["myMentorships"]["nodes"]
    made = [m for m in mine if m["mentor"]["name"] == mentor_name and m["status"] == "PROPOSED"]
    assert len(made) == 1, mine

    # She says no to it, so the module's other tests find her unmatched again.
    declined = api.run(
        "mutation AppDeclineMentorship", {"input": {"mentorshipId": made[0]["id"]}}, mentee
    )["declineMentorship"]
    assert declined["errors"] == [], declined
    need = api.run("query AppMyMentoringNeed", {}, mentee)["myMentoringNeed"]
    assert need["status"] == "OPEN", need
    api.close()
