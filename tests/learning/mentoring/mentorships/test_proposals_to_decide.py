"""Home says how many mentor proposals wait for the viewer's decision
(``Home.proposalsToDecide``), the same ones ``matchProposalsToDecide``
lists: a manager's direct reports' open proposals, all of the
organisation's for HR, none for anyone else or of another organisation; at
a fixed number of statements."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from backend.db import Database
from backend.identity.models import Membership
from backend.settings import Settings
from learning.mentoring.models import MatchProposal, ProposalStatus
from tests.learning.mentoring.conftest import World, add_proposal, build_world
from tests.support.graphql_client import GraphQLClient
from tests.support.statements import count_statements

HOME = "{ home { proposalsToDecide enrolments { id } } }"
WITHOUT = "{ home { enrolments { id } } }"
LIST = "{ matchProposalsToDecide(first: 50) { nodes { id mentee { name } } } }"


async def _proposal(
    session: AsyncSession,
    world: World,
    mentee: Membership,
    status: ProposalStatus = ProposalStatus.PROPOSED,
) -> MatchProposal:
    proposal = await add_proposal(session, world, mentee, status=status)
    await session.commit()
    return proposal


async def _counted(api: GraphQLClient, world: World, who: Membership) -> tuple[int, int]:
    """(home's count, the list's length) for ``who``."""
    token = world.token(who)
    home = await api.execute(HOME, token=token)
    listed = await api.execute(LIST, token=token)
    assert home.errors == [] and listed.errors == [], (home.errors, listed.errors)
    return (
        home.data["home"]["proposalsToDecide"],
        len(listed.data["matchProposalsToDecide"]["nodes"]),
    )


async def test_home_counts_the_proposals_waiting_for_the_managers_decision(
    api: GraphQLClient, world: World, session: AsyncSession, settings: Settings
) -> None:
    first, second = world.new_leaders
    assert await _counted(api, world, world.manager) == (0, 0)
    await _proposal(session, world, first)
    await _proposal(session, world, second)
    await _proposal(session, world, second, ProposalStatus.REJECTED)  # decided: not counted
    await _proposal(session, world, world.manager)  # the director's report, not the manager's
    elsewhere = await build_world(session, settings)
    await _proposal(session, elsewhere, elsewhere.new_leaders[0])
    assert await _counted(api, world, world.manager) == (2, 2)
    assert await _counted(api, world, world.director) == (1, 1)
    assert await _counted(api, world, world.hr) == (3, 3)
    # The mentee and the mentor decide none; another organisation's manager
    # and HR only their own.
    for who in (first, world.mentors[0]):
        assert await _counted(api, world, who) == (0, 0)
    assert await _counted(api, elsewhere, elsewhere.manager) == (1, 1)
    assert await _counted(api, elsewhere, elsewhere.hr) == (1, 1)


async def test_home_counts_proposals_at_a_fixed_cost(
    api: GraphQLClient, world: World, session: AsyncSession, database: Database
) -> None:
    counts = []
    for proposals in (0, 2):
        for mentee in world.new_leaders[:proposals]:
            await _proposal(session, world, mentee)
        with count_statements(database.engine) as log:
            response = await api.execute(HOME, token=world.token(world.manager))
        assert response.data["home"]["proposalsToDecide"] == proposals
        counts.append(log.count)
    assert counts[0] == counts[1], counts
    # One statement, and only for a client that asks for it.
    with count_statements(database.engine) as log:
        response = await api.execute(WITHOUT, token=world.token(world.manager))
    assert response.errors == [], response.errors
    assert log.count == counts[0] - 1, (log.count, counts)
