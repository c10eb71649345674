"""Exports: the mutation queues a task through the outbox, the task renders
CSV or PDF into storage, and only the requester gets a presigned URL."""

from __future__ import annotations

import csv
import io
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from backend.db import Database
from backend.jobs.models import OutboxMessage
from backend.jobs.outbox_task import handle_message
from backend.settings import Settings
from backend.storage import get_storage
from learning.effect.export import service
from learning.effect.export.csv import COLUMNS
from learning.effect.models import EffectExport, ExportStatus
from learning.effect.tasks import render_export
from tests.support.effect_area import Area, raters, run_cycle
from tests.support.operations import operation
from tests.support.pdf_pages import structure


async def _export(api: Any, area: Area, export_format: str, **extra: Any) -> dict[str, Any]:
    response = await api.execute(
        operation("ExportLearningEffect"),
        {"input": {"format": export_format, "clientMutationId": f"x-{export_format}", **extra}},
        token=area.token(area.director),
    )
    assert response.errors == []
    payload: dict[str, Any] = response.data["exportLearningEffect"]
    assert payload["errors"] == []
    return payload["export"]


async def _run_task(session: AsyncSession, database: Database, settings: Settings) -> int:
    message = await session.scalar(
        select(OutboxMessage)
        .where(OutboxMessage.task == service.EXPORT_TASK, OutboxMessage.done_at.is_(None))
        .order_by(OutboxMessage.id.desc())
    )
    assert message is not None
    outcome = await handle_message(database, settings, message.id, render_export)
    assert outcome.value == "done"
    return int(message.payload["export_id"])


async def test_csv_export_has_every_figure_and_no_hidden_one(
    session: AsyncSession, database: Database, settings: Settings, area: Area, api: Any
) -> None:
    a, b, c = area.leaders
    baseline = await run_cycle(
        session, area, {a.id: raters(3, 3, 3), b.id: raters(2, 3, 4), c.id: raters(4, 4, 4)}
    )
    await run_cycle(
        session,
        area,
        {a.id: raters(4, 4, 4), b.id: raters(3, 3, 4), c.id: raters(4, 3, 4)},
        baseline_id=baseline,
    )
    export = await _export(api, area, "CSV")
    assert (export["status"], export["downloadUrl"]) == ("PENDING", None)
    export_id = await _run_task(session, database, settings)

    polled = await api.execute(
        operation("LearningEffectExport"), {"id": export["id"]}, token=area.token(area.director)
    )
    assert polled.data["learningEffectExport"]["status"] == "READY"
    assert polled.data["learningEffectExport"]["downloadUrl"].startswith("http")
    session.expire_all()
    row = await session.get(EffectExport, export_id)
    assert row is not None and row.object_key is not None
    data = await get_storage(settings).get(row.object_key)
    assert data.startswith("\ufeff".encode())
    table = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert tuple(table[0]) == COLUMNS
    rows = [dict(zip(COLUMNS, line, strict=True)) for line in table[1:]]

    def find(section: str, item: str, measure: str) -> dict[str, str]:
        return next(
            r for r in rows if (r["section"], r["item"], r["measure"]) == (section, item, measure)
        )

    assert find("participation", "", "enrolled")["value"] == "3"
    change = find("behaviour_change", "Kompetence 1", "mean_change")
    assert (change["level"], change["leaders"], change["suppressed"]) == ("BEHAVIOUR", "3", "false")
    assert abs(float(change["value"]) - 1 / 3) < 1e-6
    assert find("behaviour_change", "Kompetence 1", "effect_size_dz")["ci_low"] != ""
    hidden = [r for r in rows if r["suppressed"] == "true"]
    assert all(r["value"] == r["leaders"] == r["ci_low"] == "" for r in hidden)
    assert sum(1 for r in rows if r["measure"] == "note") == 7


async def test_someone_else_never_sees_the_export(
    session: AsyncSession, database: Database, settings: Settings, area: Area, api: Any
) -> None:
    export = await _export(api, area, "CSV")
    await _run_task(session, database, settings)
    for other in (area.hr, area.leaders[0]):
        response = await api.execute(
            operation("LearningEffectExport"), {"id": export["id"]}, token=area.token(other)
        )
        assert response.data["learningEffectExport"] is None
        node = await api.execute(
            "query($id: ID!) { node(id: $id) { id } }",
            {"id": export["id"]},
            token=area.token(other),
        )
        assert node.data["node"] is None


async def test_pdf_export_with_charts(
    session: AsyncSession, database: Database, settings: Settings, area: Area, api: Any
) -> None:
    a, b, c = area.leaders
    baseline = await run_cycle(
        session, area, {a.id: raters(3, 3, 3), b.id: raters(2, 3, 4), c.id: raters(4, 4, 4)}
    )
    await run_cycle(
        session,
        area,
        {a.id: raters(4, 4, 4), b.id: raters(3, 3, 4), c.id: raters(4, 3, 4)},
        baseline_id=baseline,
    )
    await _export(api, area, "PDF")
    export_id = await _run_task(session, database, settings)
    session.expire_all()
    row = await session.get(EffectExport, export_id)
    assert row is not None and row.status == ExportStatus.READY.value
    assert row.object_key is not None
    pdf = await get_storage(settings).get(row.object_key)
    assert pdf.startswith(b"%PDF") and structure(pdf).marked  # a tagged PDF


async def test_export_refused_then_or_later(
    session: AsyncSession, database: Database, settings: Settings, area: Area, api: Any
) -> None:
    refused = await api.execute(
        operation("ExportLearningEffect"),
        {"input": {"format": "CSV", "scope": "ORGANISATION"}},
        token=area.token(area.director),
    )
    assert refused.data["exportLearningEffect"]["errors"][0]["code"] == "FORBIDDEN"
    await _export(api, area, "CSV")
    # The director loses their leaders before the task runs: no figures for them.
    for leader in area.leaders:
        leader.manager_id = None
    await session.commit()
    export_id = await _run_task(session, database, settings)
    session.expire_all()
    row = await session.get(EffectExport, export_id)
    assert row is not None and row.status == ExportStatus.FAILED.value
    assert row.object_key is None
