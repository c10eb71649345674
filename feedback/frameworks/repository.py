"""Every query of the frameworks slice."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Row, Select, func, insert, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from backend.repository import TenantRepository
from feedback.frameworks.models import (
    Competency,
    CompetencyFramework,
    CompetencyItem,
    FrameworkStatus,
    OpenQuestion,
)

frameworks = TenantRepository(CompetencyFramework)


@dataclass(frozen=True)
class ItemRow:
    id: int
    competency_id: int
    position: int
    text_da: str
    text_en: str
    required: bool

    def text(self, locale: str) -> str:
        return self.text_en if locale == "en" else self.text_da


@dataclass(frozen=True)
class CompetencyRow:
    id: int
    framework_id: int
    position: int
    title_da: str
    title_en: str
    description_da: str
    description_en: str
    items: tuple[ItemRow, ...] = ()
    # The line it continues (``models.Competency.lineage_id``); None only for
    # a row made by hand, which then starts its own.
    lineage_id: int | None = None

    @property
    def lineage(self) -> int:
        return self.lineage_id if self.lineage_id is not None else self.id

    def title(self, locale: str) -> str:
        return self.title_en if locale == "en" else self.title_da

    def description(self, locale: str) -> str:
        return self.description_en if locale == "en" else self.description_da


@dataclass(frozen=True)
class QuestionRow:
    id: int
    framework_id: int
    position: int
    text_da: str
    text_en: str

    def text(self, locale: str) -> str:
        return self.text_en if locale == "en" else self.text_da


@dataclass(frozen=True)
class FrameworkStructure:
    """A framework version with everything a form or a report needs, read in
    three statements."""

    framework: CompetencyFramework
    competencies: tuple[CompetencyRow, ...]
    questions: tuple[QuestionRow, ...]
    items_by_id: dict[int, ItemRow] = field(default_factory=dict)

    def scale_labels(self, locale: str) -> list[str]:
        labels = self.framework.scale_labels
        return list(labels.get(locale) or labels.get("da") or [])


async def framework(session: AsyncSession, framework_id: int) -> CompetencyFramework | None:
    return await session.get(CompetencyFramework, framework_id)


async def frameworks_by_ids(session: AsyncSession, ids: Sequence[int]) -> list[CompetencyFramework]:
    rows = await session.scalars(
        select(CompetencyFramework).where(CompetencyFramework.id.in_(list(ids)))
    )
    return list(rows)


def frameworks_statement(organisation_id: int) -> Select[*tuple[Any, ...]]:
    """(name, id, framework) of an organisation's frameworks, for pagination."""
    return select(
        CompetencyFramework.family,
        CompetencyFramework.version,
        CompetencyFramework.id,
        CompetencyFramework,
    ).where(CompetencyFramework.organisation_id == organisation_id)


async def newest_published(session: AsyncSession, organisation_id: int, family: str) -> int | None:
    """The id of a family's newest published version in the organisation."""
    return await session.scalar(
        select(CompetencyFramework.id)
        .where(
            CompetencyFramework.organisation_id == organisation_id,
            CompetencyFramework.family == family,
            CompetencyFramework.status == FrameworkStatus.PUBLISHED.value,
        )
        .order_by(CompetencyFramework.version.desc())
        .limit(1)
    )


async def frameworks_of_competencies(
    session: AsyncSession, organisation_id: int, competency_ids: Sequence[int]
) -> list[int]:
    """The frameworks (of the organisation) these competencies belong to."""
    rows = await session.scalars(
        select(Competency.framework_id)
        .join(CompetencyFramework, CompetencyFramework.id == Competency.framework_id)
        .where(
            Competency.id.in_(list(competency_ids)),
            CompetencyFramework.organisation_id == organisation_id,
        )
    )
    return list(set(rows))


async def items_in(
    session: AsyncSession, organisation_id: int, item_ids: Sequence[int]
) -> Sequence[Row[int, str, str, bool]]:
    """(id, text_da, text_en, required) of the organisation's items with these ids."""
    rows = await session.execute(
        select(
            CompetencyItem.id,
            CompetencyItem.text_da,
            CompetencyItem.text_en,
            CompetencyItem.required,
        )
        .join(Competency, Competency.id == CompetencyItem.competency_id)
        .join(CompetencyFramework, CompetencyFramework.id == Competency.framework_id)
        .where(
            CompetencyItem.id.in_(list(item_ids)),
            CompetencyFramework.organisation_id == organisation_id,
        )
    )
    return rows.all()


async def questions_in(
    session: AsyncSession, organisation_id: int, question_ids: Sequence[int]
) -> Sequence[Row[int, str, str]]:
    """(id, text_da, text_en) of the organisation's open questions with these ids."""
    rows = await session.execute(
        select(OpenQuestion.id, OpenQuestion.text_da, OpenQuestion.text_en)
        .join(CompetencyFramework, CompetencyFramework.id == OpenQuestion.framework_id)
        .where(
            OpenQuestion.id.in_(list(question_ids)),
            CompetencyFramework.organisation_id == organisation_id,
        )
    )
    return rows.all()


async def next_version(session: AsyncSession, organisation_id: int, family: str) -> int:
    highest = await session.scalar(
        select(func.max(CompetencyFramework.version)).where(
            CompetencyFramework.organisation_id == organisation_id,
            CompetencyFramework.family == family,
        )
    )
    return int(highest or 0) + 1


async def competencies_by_framework(
    session: AsyncSession, framework_ids: Sequence[int]
) -> dict[int, list[CompetencyRow]]:
    """Competencies with their items, per framework, in two statements."""
    competency_rows = (
        await session.execute(
            select(
                Competency.id,
                Competency.framework_id,
                Competency.position,
                Competency.title_da,
                Competency.title_en,
                Competency.description_da,
                Competency.description_en,
                Competency.lineage_id,
            )
            .where(Competency.framework_id.in_(list(framework_ids)))
            .order_by(Competency.framework_id, Competency.position, Competency.id)
        )
    ).all()
    competency_ids = [row.id for row in competency_rows]
    items: dict[int, list[ItemRow]] = {}
    if competency_ids:
        item_rows = await session.execute(
            select(
                CompetencyItem.id,
                CompetencyItem.competency_id,
                CompetencyItem.position,
                CompetencyItem.text_da,
                CompetencyItem.text_en,
                CompetencyItem.required,
            )
            .where(CompetencyItem.competency_id.in_(competency_ids))
            .order_by(CompetencyItem.competency_id, CompetencyItem.position, CompetencyItem.id)
        )
        for item in item_rows:
            items.setdefault(item.competency_id, []).append(ItemRow(*item))
    found: dict[int, list[CompetencyRow]] = {}
    for row in competency_rows:
        found.setdefault(row.framework_id, []).append(
            CompetencyRow(*row[:7], items=tuple(items.get(row.id, [])), lineage_id=row.lineage_id)
        )
    return found


async def questions_by_framework(
    session: AsyncSession, framework_ids: Sequence[int]
) -> dict[int, list[QuestionRow]]:
    rows = await session.execute(
        select(
            OpenQuestion.id,
            OpenQuestion.framework_id,
            OpenQuestion.position,
            OpenQuestion.text_da,
            OpenQuestion.text_en,
        )
        .where(OpenQuestion.framework_id.in_(list(framework_ids)))
        .order_by(OpenQuestion.framework_id, OpenQuestion.position, OpenQuestion.id)
    )
    found: dict[int, list[QuestionRow]] = {}
    for row in rows:
        found.setdefault(row.framework_id, []).append(QuestionRow(*row))
    return found


async def structure(session: AsyncSession, framework_id: int) -> FrameworkStructure | None:
    found = await framework(session, framework_id)
    if found is None:
        return None
    competencies = (await competencies_by_framework(session, [framework_id])).get(framework_id, [])
    questions = (await questions_by_framework(session, [framework_id])).get(framework_id, [])
    return FrameworkStructure(
        framework=found,
        competencies=tuple(competencies),
        questions=tuple(questions),
        items_by_id={item.id: item for c in competencies for item in c.items},
    )


async def add_framework(session: AsyncSession, framework: CompetencyFramework) -> None:
    session.add(framework)
    await session.flush()


@dataclass(frozen=True)
class NewCompetency:
    """A competency to write: (da, en) title and description, its items as
    (da, en, required), and the line it continues (None: a new line)."""

    titles: tuple[str, str]
    descriptions: tuple[str, str]
    items: Sequence[tuple[str, str, bool]]
    lineage_id: int | None = None


async def add_competencies(
    session: AsyncSession, framework_id: int, competencies: Sequence[NewCompetency]
) -> list[int]:
    """The competencies of a framework version with their items, in four
    statements however many there are (a framework may have dozens, and HR
    copies it for every new version): the competencies, their ids, the new
    ones' lines (a new line is the competency's own id, known only after the
    insert), and the items. Their ids, in the order given."""
    if not competencies:
        return []
    await session.execute(
        insert(Competency),
        [
            {
                "framework_id": framework_id,
                "position": position,
                "title_da": c.titles[0],
                "title_en": c.titles[1],
                "description_da": c.descriptions[0],
                "description_en": c.descriptions[1],
                "lineage_id": c.lineage_id,
            }
            for position, c in enumerate(competencies, start=1)
        ],
    )
    # The ids by position (unique in the version, which is new), rather than
    # RETURNING: SQLite answers an ordered RETURNING with a statement per row.
    ids = list(
        await session.scalars(
            select(Competency.id)
            .where(Competency.framework_id == framework_id)
            .order_by(Competency.position)
        )
    )
    if any(c.lineage_id is None for c in competencies):
        await session.execute(
            update(Competency)
            .where(Competency.framework_id == framework_id, Competency.lineage_id.is_(None))
            .values(lineage_id=Competency.id)
            .execution_options(synchronize_session=False)
        )
    items = [
        {
            "competency_id": competency_id,
            "position": index,
            "text_da": da,
            "text_en": en,
            "required": required,
        }
        for competency_id, c in zip(ids, competencies, strict=True)
        for index, (da, en, required) in enumerate(c.items, start=1)
    ]
    if items:
        await session.execute(insert(CompetencyItem), items)
    return ids


async def lineages_in_family(
    session: AsyncSession, organisation_id: int, family: str, competency_ids: Sequence[int]
) -> dict[int, int]:
    """Competency id -> lineage, of those ids that are competencies of a version
    of this framework family of the organisation."""
    if not competency_ids:
        return {}
    rows = await session.execute(
        select(Competency.id, Competency.lineage_id)
        .join(CompetencyFramework, CompetencyFramework.id == Competency.framework_id)
        .where(
            Competency.id.in_(list(competency_ids)),
            CompetencyFramework.organisation_id == organisation_id,
            CompetencyFramework.family == family,
        )
    )
    return {row.id: row.lineage_id if row.lineage_id is not None else row.id for row in rows}


async def add_questions(
    session: AsyncSession, framework_id: int, questions: Sequence[tuple[str, str]]
) -> None:
    if questions:
        await session.execute(
            insert(OpenQuestion),
            [
                {"framework_id": framework_id, "position": index, "text_da": da, "text_en": en}
                for index, (da, en) in enumerate(questions, start=1)
            ],
        )
