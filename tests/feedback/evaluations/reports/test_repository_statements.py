"""The data of a 360 report (responses per group, qualifying raters per
competency, item figures) is one SQL statement, for one evaluation or many,
and it applies the half-of-the-items rule; a released report costs the same
statements whichever groups reached their threshold."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from backend.db import Database
from feedback.evaluations.models import RaterGroup
from feedback.evaluations.reports import repository as results
from tests.support.evaluation_world import answer, build, close, report
from tests.support.statements import count_statements


async def test_report_data_is_one_statement_for_any_number_of_evaluations(
    session: AsyncSession, database: Database
) -> None:
    first = await build(session, peers=3, reports=0)
    second = await build(session, peers=3, reports=0)
    for scenario in (first, second):
        items = scenario.item_ids
        for k, token in enumerate(scenario.tokens_of(RaterGroup.PEER)):
            # The last peer answers one item of four: below half of each competency's two.
            values = {i: (5 if k < 2 or n == 0 else None) for n, i in enumerate(items)}
            await answer(session, scenario, token, values)

    with count_statements(database.engine) as log:
        found = await results.aggregates(session, [first.evaluation_id, second.evaluation_id])

    assert log.count == 1, log.statements
    for scenario in (first, second):
        figures = found[scenario.evaluation_id]
        assert figures["responses"] == {"PEER": 3}
        raters = sorted(c.get("PEER", 0) for c in figures["competencies"].values())
        # The third peer's one answer is half of the first competency's two items.
        assert raters == [2, 3]
        first_item = figures["items"][str(scenario.item_ids[0])]["PEER"]
        assert first_item == [3, 15, 75]


async def test_a_report_costs_the_same_statements_whether_or_not_a_group_is_shown(
    session: AsyncSession, database: Database
) -> None:
    # One peer: no group reaches its threshold, nothing is shown, not even comments.
    hidden = await build(session, peers=1, reports=0)
    # Three peers: PEER and its comments are shown.
    shown = await build(session, peers=3, reports=0)
    for scenario in (hidden, shown):
        for token in scenario.tokens_of(RaterGroup.PEER):
            await answer(session, scenario, token, 4, comment="kommentar")
        await close(session, scenario)

    counts = []
    for scenario in (hidden, shown):
        with count_statements(database.engine) as log:
            data = await report(session, scenario)
        counts.append(log.count)
        assert data is not None
        assert bool(data.comments) is (scenario is shown)
    assert counts[0] == counts[1]
