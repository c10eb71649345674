"""Every anonymity rule against the real database: each test tries to break one."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from backend.api.errors import DomainError
from backend.jobs.models import OutboxMessage
from feedback.evaluations import service
from feedback.evaluations.models import (
    EvaluationResponse,
    Nomination,
    RaterGroup,
    ResponseAnswer,
    ResponseComment,
)
from feedback.evaluations.reports.builder import ALL_OTHERS, Figure, ReportData
from tests.support.evaluation_world import answer, build, close, report


def figures(data: ReportData) -> Iterator[Figure]:
    for competency in data.competencies:
        yield from competency.figures
        for item in competency.items:
            yield from item.figures


async def test_rater_group_under_threshold_is_suppressed(session: AsyncSession) -> None:
    scenario = await build(session, peers=2, reports=3)
    for token in scenario.tokens_of(RaterGroup.PEER):
        await answer(session, scenario, token, 1)
    for token in scenario.tokens_of(RaterGroup.DIRECT_REPORT):
        await answer(session, scenario, token, 5)
    await answer(session, scenario, scenario.tokens_of(RaterGroup.MANAGER)[0], 3)
    await close(session, scenario)
    data = await report(session, scenario)
    assert data is not None
    assert "PEER" not in {f.group for f in figures(data)}
    others = data.competencies[0].figure(ALL_OTHERS)
    assert others is not None
    # Subtracting the shown groups from "all others" leaves nothing: it holds
    # only the manager (3) and the direct reports (5), never the peers (1).
    assert others.count == 2 * (1 + 3)
    assert others.mean == round((3 + 5 * 3) / 4, 2)
    assert all(f.mean != 1 for f in figures(data))


async def test_rater_counts_for_a_competency_only_with_half_its_items(
    session: AsyncSession,
) -> None:
    scenario = await build(session, peers=3, reports=0)
    first, second = scenario.structure.competencies
    tokens = scenario.tokens_of(RaterGroup.PEER)
    for token in tokens[:2]:
        await answer(session, scenario, token, 4)
    # The third peer answers competency 1 fully but says "cannot judge" to all of 2.
    await answer(
        session,
        scenario,
        tokens[2],
        {**{i.id: 2 for i in first.items}, **{i.id: None for i in second.items}},
    )
    await close(session, scenario)
    data = await report(session, scenario)
    assert data is not None
    assert data.competencies[0].raters == {"PEER": 3}
    assert data.competencies[1].figure("PEER") is None  # only 2 raters count there


async def test_comments_below_their_threshold_are_not_shown(session: AsyncSession) -> None:
    scenario = await build(session, peers=3, reports=3, min_comments=4)
    for token in scenario.tokens_of(RaterGroup.PEER):
        await answer(session, scenario, token, 4, comment="peer comment")
    for token in scenario.tokens_of(RaterGroup.DIRECT_REPORT):
        await answer(session, scenario, token, 4, comment="report comment")
    await close(session, scenario)
    data = await report(session, scenario)
    assert data is not None
    assert data.competencies[0].figure("PEER") is not None  # figures show at 3
    assert data.comments == []  # comments need 4


async def test_comments_show_without_author_in_text_order(session: AsyncSession) -> None:
    scenario = await build(session, peers=3, reports=0)
    for token, text in zip(
        scenario.tokens_of(RaterGroup.PEER), ["zeta", "Alpha", "midt"], strict=True
    ):
        await answer(session, scenario, token, 4, comment=text)
    await close(session, scenario)
    data = await report(session, scenario)
    assert data is not None
    assert [(c.group, c.comments) for c in data.comments] == [("PEER", ("Alpha", "midt", "zeta"))]


async def test_leader_sees_whether_groups_have_enough_answers_never_who_or_when(
    session: AsyncSession,
) -> None:
    scenario = await build(session, peers=3, reports=3)
    for token in scenario.tokens_of(RaterGroup.PEER):
        await answer(session, scenario, token, 4)
    await answer(session, scenario, scenario.tokens_of(RaterGroup.DIRECT_REPORT)[0], 4)
    found = await service.progress(session, scenario.leader_viewer, [scenario.evaluation_id])
    by_group = {p.group: p for p in found[scenario.evaluation_id].groups}
    assert by_group[RaterGroup.PEER].enough_answers
    assert not by_group[RaterGroup.DIRECT_REPORT].enough_answers
    assert not any(hasattr(p, "answered") or hasattr(p, "declined") for p in by_group.values())
    # The nominations the leader can read carry no trace of who answered.
    listed = await service.nominations(session, scenario.leader_viewer, scenario.evaluation_id)
    from feedback.evaluations.nominations.types import Nomination as NominationType

    shown = {NominationType.from_model(n).__dict__.__repr__() for n in listed}
    assert all("responded" not in s and "declined" not in s for s in shown)
    assert len({str(sorted(vars(NominationType.from_model(n)))) for n in listed}) == 1


async def test_response_rows_cannot_be_tied_to_a_rater(session: AsyncSession) -> None:
    """No key, column or timestamp of a response points at a nomination."""
    response_columns = {c.name for c in EvaluationResponse.__table__.columns}
    assert response_columns == {"id", "organisation_id", "evaluation_id", "rater_group"}
    for table in (EvaluationResponse, ResponseAnswer, ResponseComment):
        targets = {fk.column.table.name for fk in table.__table__.foreign_keys}
        assert "nomination" not in targets and "rater_token" not in targets
        assert not any(
            "time" in str(c.type).lower() or c.name.endswith("_at") for c in table.__table__.columns
        )
    assert "updated_at" not in {c.name for c in Nomination.__table__.columns}
    scenario = await build(session, peers=3, reports=0)
    for token in scenario.tokens_of(RaterGroup.PEER):
        await answer(session, scenario, token, 4)
    ids = list(
        await session.scalars(
            select(EvaluationResponse.id).where(
                EvaluationResponse.evaluation_id == scenario.evaluation_id
            )
        )
    )
    assert len(ids) == 3 and all(len(i) == 32 for i in ids)
    assert sorted(ids) != ids or len(set(i[:4] for i in ids)) == 3  # random, not a sequence
    drafts = list(
        await session.scalars(
            select(Nomination.draft).where(
                Nomination.evaluation_id == scenario.evaluation_id, Nomination.responded.is_(True)
            )
        )
    )
    assert drafts == [None, None, None]


def test_no_graphql_type_exposes_the_nomination_response_link(settings) -> None:
    from strawberry.types.base import StrawberryObjectDefinition

    from backend.api.schema import build_schema

    schema = build_schema(settings)
    nomination = schema.get_type_by_name("Nomination")
    assert isinstance(nomination, StrawberryObjectDefinition)
    fields = {f.python_name for f in nomination.fields}
    assert not fields & {"responded", "declined", "decline_reason", "draft", "answers", "response"}
    sdl = schema.as_str()
    for forbidden in ("responseId", "nominationId: ID!\n  answers", "respondedAt", "submittedAt"):
        assert forbidden not in sdl


async def test_submitting_writes_no_log_line_naming_the_rater(
    session: AsyncSession, caplog: pytest.LogCaptureFixture
) -> None:
    scenario = await build(session, peers=3, reports=0)
    nomination = scenario.nominations[RaterGroup.PEER][0]
    # At the level production logs (INFO); SQL echo and driver debugging must stay off there.
    with caplog.at_level(logging.INFO):
        await answer(session, scenario, scenario.tokens[nomination.id], 4)
    text = caplog.text
    assert nomination.rater_email not in text and scenario.tokens[nomination.id] not in text
    assert str(nomination.id) not in text


async def test_results_freeze_when_the_cycle_closes(session: AsyncSession) -> None:
    scenario = await build(session, peers=3, reports=3)
    tokens = scenario.tokens_of(RaterGroup.PEER)
    for token in tokens:
        await answer(session, scenario, token, 4)
    late = scenario.tokens_of(RaterGroup.DIRECT_REPORT)[0]
    await service.save(session, late, {scenario.item_ids[0]: 2}, {})
    await session.commit()
    await close(session, scenario)
    before = repr(await report(session, scenario))
    for attempt in (
        lambda: service.submit_response(session, late, {i: 1 for i in scenario.item_ids}, {}),
        lambda: service.save(session, late, {scenario.item_ids[0]: 1}, {}),
        lambda: service.submit_response(session, tokens[0], {i: 1 for i in scenario.item_ids}, {}),
        lambda: service.decline(session, late, "too late"),
    ):
        with pytest.raises(DomainError):
            await attempt()
        await session.rollback()
    with pytest.raises(DomainError):
        await service.close_now(session, scenario.cycle_id)
    await session.rollback()
    assert repr(await report(session, scenario)) == before
    form = await service.rater_form(session, late)
    assert form.state.value == "CLOSED" and form.answers == {}  # the draft died with the cycle


async def test_reminders_go_only_to_those_who_have_not_answered(session: AsyncSession) -> None:
    scenario = await build(session, peers=3, reports=3)
    await service.invite(session, scenario.cycle.id)
    await session.commit()
    peers = scenario.nominations[RaterGroup.PEER]
    await answer(session, scenario, scenario.tokens[peers[0].id], 4)
    await service.decline(session, scenario.tokens[peers[1].id], "no time")
    await session.commit()
    before = set(await session.scalars(select(OutboxMessage.id)))
    assert await service.send_due_reminders(session) == 0  # ten days left: not a reminder day
    from feedback.evaluations.delivery.service import remind

    today = scenario.cycle.closes_at.date()
    result = await remind(session, scenario.cycle.id, today)
    await session.commit()
    messages = list(
        await session.scalars(
            select(OutboxMessage).where(
                OutboxMessage.id > max(before, default=0), OutboxMessage.task == "mail.send"
            )
        )
    )
    recipients = {m.payload["to"] for m in messages}
    everyone = [n for group in scenario.nominations.values() for n in group]
    waiting = [n for n in everyone if n.id not in (peers[0].id, peers[1].id)]
    assert result.count == len(waiting) == len(messages)
    assert all(any(n.rater_email in r for r in recipients) for n in waiting)
    assert not any(peers[0].rater_email in r or peers[1].rater_email in r for r in recipients)
    # The mail says nothing about anyone else; and a second run today sends nothing.
    assert all(m.payload["template"] == "feedback_reminder" for m in messages)
    assert (await remind(session, scenario.cycle.id, today)).count == 0
