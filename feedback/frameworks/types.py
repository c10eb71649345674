"""GraphQL types of competency frameworks."""

from __future__ import annotations

from datetime import datetime
from enum import Enum
from typing import Any

import strawberry

from backend.api.context import Info
from backend.api.relay import Node, to_global_id
from backend.identity import policy
from feedback.frameworks import repository
from feedback.frameworks.loaders import (
    CompetenciesByFrameworkLoader,
    FrameworkByIdLoader,
    QuestionsByFrameworkLoader,
)
from feedback.frameworks.models import CompetencyFramework as FrameworkModel
from feedback.frameworks.repository import CompetencyRow, ItemRow, QuestionRow


@strawberry.enum(description="A draft version may change; a published one is frozen.")
class FrameworkStatus(Enum):
    DRAFT = "DRAFT"
    PUBLISHED = "PUBLISHED"


@strawberry.type(description="A rated statement of a competency, on a 1-5 scale.")
class CompetencyItem(Node):
    pk: strawberry.Private[int]
    text: str
    required: bool

    @classmethod
    def from_row(cls, row: ItemRow, locale: str) -> CompetencyItem:
        return cls(pk=row.id, text=row.text(locale), required=row.required)

    @classmethod
    async def fetch_visible(cls, info: Info, pks: list[int]) -> list[Any]:
        return await _items(info, pks)


@strawberry.type(description="A competency of a framework, with its items.")
class Competency(Node):
    pk: strawberry.Private[int]
    title: str
    description: str
    items: list[CompetencyItem]

    @classmethod
    def from_row(cls, row: CompetencyRow, locale: str) -> Competency:
        return cls(
            pk=row.id,
            title=row.title(locale),
            description=row.description(locale),
            items=[CompetencyItem.from_row(i, locale) for i in row.items],
        )

    @classmethod
    async def fetch_visible(cls, info: Info, pks: list[int]) -> list[Any]:
        return await _competencies(info, pks)


@strawberry.type(description="An open question raters may answer in words.")
class OpenQuestion(Node):
    pk: strawberry.Private[int]
    text: str

    @classmethod
    def from_row(cls, row: QuestionRow, locale: str) -> OpenQuestion:
        return cls(pk=row.id, text=row.text(locale))

    @classmethod
    async def fetch_visible(cls, info: Info, pks: list[int]) -> list[Any]:
        return await _questions(info, pks)


@strawberry.type(description="An item's texts in both languages.")
class CompetencyItemTexts:
    text_da: str
    text_en: str
    required: bool


@strawberry.type(description="A competency's texts in both languages.")
class CompetencyTexts:
    competency_id: strawberry.ID = strawberry.field(
        description="The Competency's global ID: what a new version's `continues` names."
    )
    title_da: str
    title_en: str
    description_da: str
    description_en: str
    items: list[CompetencyItemTexts]

    @classmethod
    def from_row(cls, row: CompetencyRow) -> CompetencyTexts:
        return cls(
            competency_id=to_global_id("Competency", row.id),
            title_da=row.title_da,
            title_en=row.title_en,
            description_da=row.description_da,
            description_en=row.description_en,
            items=[
                CompetencyItemTexts(text_da=i.text_da, text_en=i.text_en, required=i.required)
                for i in row.items
            ],
        )


@strawberry.type(description="An open question's texts in both languages.")
class OpenQuestionTexts:
    text_da: str
    text_en: str


@strawberry.type(
    description=(
        "A version's texts in both languages, shaped as CreateCompetencyFrameworkInput:"
        " what HR starts a new version from."
    )
)
class CompetencyFrameworkTexts:
    name_da: str
    name_en: str
    description_da: str
    description_en: str
    scale_labels_da: list[str]
    scale_labels_en: list[str]
    competencies: list[CompetencyTexts]
    open_questions: list[OpenQuestionTexts]


@strawberry.type(description="One version of a competency framework.")
class CompetencyFramework(Node):
    pk: strawberry.Private[int]
    family: str
    version: int
    name: str
    description: str
    status: FrameworkStatus
    published_at: datetime | None
    scale_labels: list[str] = strawberry.field(description="Labels of the values 1 to 5.")

    @classmethod
    def from_model(cls, row: FrameworkModel, locale: str) -> CompetencyFramework:
        labels = row.scale_labels.get(locale) or row.scale_labels.get("da") or []
        return cls(
            pk=row.id,
            family=row.family,
            version=row.version,
            name=row.name_en if locale == "en" else row.name_da,
            description=row.description_en if locale == "en" else row.description_da,
            status=FrameworkStatus(row.status),
            published_at=row.published_at,
            scale_labels=list(labels),
        )

    @strawberry.field
    async def competencies(self, info: Info) -> list[Competency]:
        rows = await info.context.loaders.get(CompetenciesByFrameworkLoader).load(self.pk)
        return [Competency.from_row(r, info.context.locale) for r in rows]

    @strawberry.field
    async def open_questions(self, info: Info) -> list[OpenQuestion]:
        rows = await info.context.loaders.get(QuestionsByFrameworkLoader).load(self.pk)
        return [OpenQuestion.from_row(r, info.context.locale) for r in rows]

    @strawberry.field(description="Its texts in both languages, to start a new version from (HR).")
    async def texts(self, info: Info) -> CompetencyFrameworkTexts | None:
        policy.require_hr(info.context.viewer)
        loaders = info.context.loaders
        row = await loaders.get(FrameworkByIdLoader).load(self.pk)
        assert row is not None  # the framework this object was made from
        competencies = await loaders.get(CompetenciesByFrameworkLoader).load(self.pk)
        questions = await loaders.get(QuestionsByFrameworkLoader).load(self.pk)
        return CompetencyFrameworkTexts(
            name_da=row.name_da,
            name_en=row.name_en,
            description_da=row.description_da,
            description_en=row.description_en,
            scale_labels_da=list(row.scale_labels.get("da", [])),
            scale_labels_en=list(row.scale_labels.get("en", [])),
            competencies=[CompetencyTexts.from_row(c) for c in competencies],
            open_questions=[
                OpenQuestionTexts(text_da=q.text_da, text_en=q.text_en) for q in questions
            ],
        )

    @classmethod
    async def fetch_visible(cls, info: Info, pks: list[int]) -> list[Any]:
        return await _frameworks(info, pks)


async def _frameworks(info: Info, pks: list[int]) -> list[CompetencyFramework]:
    viewer = info.context.viewer
    if viewer is None:
        return []
    rows = await repository.frameworks.by_ids(info.context.session, viewer.organisation_id, pks)
    return [CompetencyFramework.from_model(r, info.context.locale) for r in rows]


async def _competencies(info: Info, pks: list[int]) -> list[Competency]:
    viewer = info.context.viewer
    if viewer is None:
        return []
    frameworks = await repository.frameworks_of_competencies(
        info.context.session, viewer.organisation_id, pks
    )
    found = await info.context.loaders.get(CompetenciesByFrameworkLoader).load_many(frameworks)
    return [
        Competency.from_row(c, info.context.locale) for group in found for c in group if c.id in pks
    ]


async def _items(info: Info, pks: list[int]) -> list[CompetencyItem]:
    viewer = info.context.viewer
    if viewer is None:
        return []
    rows = await repository.items_in(info.context.session, viewer.organisation_id, pks)
    english = info.context.locale == "en"
    return [CompetencyItem(pk=r[0], text=r[2] if english else r[1], required=r[3]) for r in rows]


async def _questions(info: Info, pks: list[int]) -> list[OpenQuestion]:
    viewer = info.context.viewer
    if viewer is None:
        return []
    rows = await repository.questions_in(info.context.session, viewer.organisation_id, pks)
    english = info.context.locale == "en"
    return [OpenQuestion(pk=r[0], text=r[2] if english else r[1]) for r in rows]


@strawberry.input
class CompetencyItemInput:
    text_da: str
    text_en: str
    required: bool = True


@strawberry.input
class CompetencyInput:
    title_da: str
    title_en: str
    items: list[CompetencyItemInput]
    description_da: str = ""
    description_en: str = ""
    continues: strawberry.ID | None = strawberry.field(
        default=None,
        description=(
            "A competency of an earlier version of the same framework (family) that this one"
            " continues, renamed or not: learning effect and a follow-up's baseline then compare"
            " the two. Omitted: a new competency, compared with nothing before it."
        ),
    )


@strawberry.input
class OpenQuestionInput:
    text_da: str
    text_en: str


@strawberry.input
class CreateCompetencyFrameworkInput:
    family: str = strawberry.field(description="Key shared by the versions, e.g. 'ledelse'.")
    name_da: str
    name_en: str
    scale_labels_da: list[str]
    scale_labels_en: list[str]
    competencies: list[CompetencyInput]
    open_questions: list[OpenQuestionInput] = strawberry.field(default_factory=list)
    description_da: str = ""
    description_en: str = ""
    publish: bool = False
    client_mutation_id: str | None = None


@strawberry.input
class CompetencyFrameworkIdInput:
    id: strawberry.ID
    client_mutation_id: str | None = None
