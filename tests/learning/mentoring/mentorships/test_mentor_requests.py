"""A new leader's own requests for a mentor (``myMentorRequests``): only hers,
newest first, each with where it stands, never the decider's note, at a
fixed number of statements however many there are; a mail tells her when
one is rejected (in her language, without the note), none when one is
approved; and ``MatchProposal.viewerMayDecide`` says who may decide it, by
the rule the two mutations use."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from backend.db import Database
from backend.identity.models import Membership, Person
from backend.jobs.models import OutboxMessage
from backend.settings import Settings
from learning.mentoring.models import MatchProposal, ProposalSource, ProposalStatus
from tests.learning.mentoring.conftest import World, add_proposal, build_world
from tests.support.graphql_client import GraphQLClient, payload
from tests.support.operations import gid
from tests.support.statements import count_statements

MINE = """
{ myMentorRequests { id status createdAt decidedAt mentor { name } mentee { name } } }"""
DECIDE_FIELDS = "errors { code } proposal { status viewerMayDecide }"
REJECT = f"""
mutation R($input: DecideMatchProposalInput!) {{
  rejectMatchProposal(input: $input) {{ {DECIDE_FIELDS} }}
}}"""
APPROVE = """
mutation A($input: DecideMatchProposalInput!) {
  approveMatchProposal(input: $input) { errors { code } mentorship { id } }
}"""
MAY = """
query P($id: ID!) { node(id: $id) { ... on MatchProposal { status viewerMayDecide } } }"""
NOTE = "Hun passer bedre med en fra dagtilbud (privat)."


async def _request(
    session: AsyncSession,
    world: World,
    mentee: Membership,
    mentor: Membership | None = None,
    status: ProposalStatus = ProposalStatus.PROPOSED,
) -> MatchProposal:
    """A proposal as ``requestMentor`` writes one: asked for by the new leader."""
    proposal = await add_proposal(
        session, world, mentee, mentor, status=status, source=ProposalSource.REQUEST
    )
    await session.commit()
    return proposal


async def _mails(session: AsyncSession, world: World) -> list[dict[str, Any]]:
    """The mails queued for the world's new leaders (the outbox holds other tests' too)."""
    emails = set(
        await session.scalars(
            select(Person.email).where(Person.id.in_([m.person_id for m in world.new_leaders]))
        )
    )
    return [
        m.payload
        for m in await session.scalars(
            select(OutboxMessage).where(OutboxMessage.task == "mail.send")
        )
        if m.payload["to"] in emails
    ]


async def _rejection_mails(session: AsyncSession, world: World) -> list[dict[str, Any]]:
    return [
        m
        for m in await _mails(session, world)
        if str(m["context"].get("link", "")).endswith("/mentoring/find")
    ]


async def test_a_new_leader_lists_her_own_requests_and_nobody_elses(
    api: GraphQLClient, world: World, session: AsyncSession, settings: Settings
) -> None:
    first = await _request(session, world, world.new_leaders[0], world.mentors[0])
    second = await _request(session, world, world.new_leaders[0], world.mentors[1])
    # HR's matching run proposed one she never asked for: not her request.
    await add_proposal(session, world, world.new_leaders[0], world.director)
    theirs = await _request(session, world, world.new_leaders[1], world.mentors[0])
    other = await build_world(session, settings)
    await _request(session, other, other.new_leaders[0], other.mentors[0])
    response = await api.execute(
        REJECT,
        {"input": {"proposalId": gid("MatchProposal", first.id), "note": NOTE}},
        token=world.token(world.manager),
    )
    assert payload(response, "rejectMatchProposal")["proposal"]["status"] == "REJECTED"

    response = await api.execute(MINE, token=world.token(world.new_leaders[0]))
    assert not response.errors, response.errors
    mine = response.data["myMentorRequests"]
    assert [(r["id"], r["status"], r["mentor"]["name"]) for r in mine] == [
        (gid("MatchProposal", second.id), "PROPOSED", "Mentor 1"),
        (gid("MatchProposal", first.id), "REJECTED", "Mentor 0"),
    ]
    assert mine[0]["decidedAt"] is None and mine[1]["decidedAt"] is not None
    assert {r["mentee"]["name"] for r in mine} == {"Ny Leder 0"}
    assert NOTE not in str(response.data)

    response = await api.execute(MINE, token=world.token(world.new_leaders[1]))
    assert [r["id"] for r in response.data["myMentorRequests"]] == [gid("MatchProposal", theirs.id)]
    # The manager and the mentor asked for none; another organisation's are not ours.
    for who in (world.manager, world.mentors[0], world.hr):
        response = await api.execute(MINE, token=world.token(who))
        assert response.data["myMentorRequests"] == [], who


async def test_her_requests_are_read_at_a_fixed_number_of_statements(
    api: GraphQLClient, world: World, session: AsyncSession, database: Database
) -> None:
    mentee = world.new_leaders[0]
    counts = []
    for mentor in (world.mentors[0], world.mentors[1], world.director):
        await _request(session, world, mentee, mentor, status=ProposalStatus.REJECTED)
        with count_statements(database.engine) as log:
            response = await api.execute(MINE, token=world.token(mentee))
        assert not response.errors, response.errors
        counts.append((len(response.data["myMentorRequests"]), log.count))
    assert [n for n, _ in counts] == [1, 2, 3]
    assert len({c for _, c in counts}) == 1, counts


async def test_a_rejected_request_is_mailed_to_her_once_in_her_language_without_the_note(
    api: GraphQLClient, world: World, session: AsyncSession
) -> None:
    mentee = world.new_leaders[0]
    person = await session.get(Person, mentee.person_id)
    assert person is not None
    person.locale = "en"
    await session.commit()
    proposal = await _request(session, world, mentee, world.mentors[0])
    decide = {"input": {"proposalId": gid("MatchProposal", proposal.id), "note": NOTE}}
    response = await api.execute(REJECT, decide, token=world.token(world.manager))
    assert payload(response, "rejectMatchProposal")["proposal"]["status"] == "REJECTED"
    # Refused when late: still one mail.
    response = await api.execute(REJECT, decide, token=world.token(world.hr))
    assert response.data["rejectMatchProposal"]["errors"] == [{"code": "CONFLICT"}]

    [mail] = await _rejection_mails(session, world)
    assert (mail["to"], mail["template"], mail["locale"]) == (person.email, "generic_notice", "en")
    assert mail["context"]["title"] == "Your mentor request was not approved"
    assert mail["context"]["body"] == (
        "Your request for Mentor 0 as mentor was rejected. You can ask another mentor"
        " under Find a mentor."
    )
    assert NOTE not in str(mail)

    # In Danish for a Danish reader.
    danish = world.new_leaders[1]
    other = await _request(session, world, danish, world.mentors[1])
    response = await api.execute(
        REJECT,
        {"input": {"proposalId": gid("MatchProposal", other.id)}},
        token=world.token(world.hr, "en"),  # the decider's language is not hers
    )
    payload(response, "rejectMatchProposal")
    mails = await _rejection_mails(session, world)
    assert len(mails) == 2
    [dansk] = [m for m in mails if m["to"] != person.email]
    assert dansk["locale"] == "da"
    assert dansk["context"]["title"] == "Dit ønske om mentor er ikke godkendt"
    assert dansk["context"]["body"] == (
        "Dit ønske om Mentor 1 som mentor er afvist. Du kan spørge en anden mentor under"
        " Find en mentor."
    )


async def test_no_rejection_mail_on_approval_nor_for_a_proposal_she_never_asked_for(
    api: GraphQLClient, world: World, session: AsyncSession
) -> None:
    approved = await _request(session, world, world.new_leaders[0], world.mentors[0])
    response = await api.execute(
        APPROVE,
        {"input": {"proposalId": gid("MatchProposal", approved.id)}},
        token=world.token(world.manager),
    )
    assert payload(response, "approveMatchProposal")["mentorship"]["id"]
    run = await add_proposal(session, world, world.new_leaders[1], world.mentors[1])
    await session.commit()
    response = await api.execute(
        REJECT,
        {"input": {"proposalId": gid("MatchProposal", run.id)}},
        token=world.token(world.hr),
    )
    assert payload(response, "rejectMatchProposal")["proposal"]["status"] == "REJECTED"
    assert await _rejection_mails(session, world) == []
    # The approval sends what it always did: the mentee is asked to accept.
    [mail] = await _mails(session, world)
    assert mail["context"]["title"] == "Forslag til mentorforløb"


async def test_only_hr_and_her_manager_may_decide_and_only_while_it_is_open(
    api: GraphQLClient, world: World, session: AsyncSession, settings: Settings
) -> None:
    proposal = await _request(session, world, world.new_leaders[0], world.mentors[0])
    ref = {"id": gid("MatchProposal", proposal.id)}
    readers = {
        "mentee": (world.new_leaders[0], False),
        "mentor": (world.mentors[0], False),
        "manager": (world.manager, True),
        "hr": (world.hr, True),
    }
    for name, (who, may) in readers.items():
        response = await api.execute(MAY, ref, token=world.token(who))
        assert response.data["node"] == {"status": "PROPOSED", "viewerMayDecide": may}, name
    # Another organisation's HR does not see it at all.
    other = await build_world(session, settings)
    response = await api.execute(MAY, ref, token=other.token(other.hr))
    assert response.data["node"] is None
    # Those it says no to are refused by the mutations.
    response = await api.execute(
        REJECT, {"input": {"proposalId": ref["id"]}}, token=world.token(world.mentors[0])
    )
    assert response.data["rejectMatchProposal"]["errors"] == [{"code": "FORBIDDEN"}]
    # Decided, nobody may decide it again.
    response = await api.execute(
        REJECT, {"input": {"proposalId": ref["id"]}}, token=world.token(world.manager)
    )
    assert payload(response, "rejectMatchProposal")["proposal"] == {
        "status": "REJECTED",
        "viewerMayDecide": False,
    }
    response = await api.execute(MAY, ref, token=world.token(world.hr))
    assert response.data["node"] == {"status": "REJECTED", "viewerMayDecide": False}
