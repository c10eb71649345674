"""Domain operations on competency frameworks.

HR builds a framework as a draft version, publishes it (which freezes it) and
makes a new version to change it; cycles use a published version only.

This module is also everything other slices use of frameworks (they import
nothing else of it): a framework's structure, the frameworks by id, the
rating scale, and the framework tables that 360 results and the learning-effect
read model join in their SQL.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy.ext.asyncio import AsyncSession

from backend.api.errors import DomainError, ErrorCode
from backend.auth.viewer import Viewer
from backend.db import utcnow
from backend.identity import policy
from backend.identity.models import Role
from feedback.frameworks import repository
from feedback.frameworks.models import SCALE_MAX as SCALE_MAX
from feedback.frameworks.models import SCALE_MIN as SCALE_MIN
from feedback.frameworks.models import Competency as Competency
from feedback.frameworks.models import CompetencyFramework, FrameworkStatus
from feedback.frameworks.models import CompetencyItem as CompetencyItem
from feedback.frameworks.repository import CompetencyRow as CompetencyRow
from feedback.frameworks.repository import FrameworkStructure
from feedback.frameworks.repository import ItemRow as ItemRow
from feedback.frameworks.repository import QuestionRow as QuestionRow

FAMILY = re.compile(r"^[a-z0-9][a-z0-9-]{0,79}$")
MAX_TEXT = 2000


@dataclass(frozen=True)
class ItemCommand:
    text_da: str
    text_en: str
    required: bool = True


@dataclass(frozen=True)
class CompetencyCommand:
    title_da: str
    title_en: str
    items: list[ItemCommand]
    description_da: str = ""
    description_en: str = ""
    # The id of a competency of an earlier version of the same framework (the
    # same family) that this one continues, renamed or not: learning effect and
    # a follow-up's baseline then pair the two. None: a new competency.
    continues: int | None = None


@dataclass(frozen=True)
class FrameworkCommand:
    family: str
    name_da: str
    name_en: str
    scale_labels_da: list[str]
    scale_labels_en: list[str]
    competencies: list[CompetencyCommand]
    questions: list[tuple[str, str]] = field(default_factory=list)
    description_da: str = ""
    description_en: str = ""


async def create_framework(
    session: AsyncSession,
    viewer: Viewer | None,
    command: FrameworkCommand,
    *,
    publish: bool = False,
) -> CompetencyFramework:
    """A new draft version (version 1, or the next of an existing family)."""
    signed_in = policy.require_role(viewer, Role.HR, Role.ADMIN)
    return await write_framework(session, signed_in.organisation_id, command, publish=publish)


async def write_framework(
    session: AsyncSession, organisation_id: int, command: FrameworkCommand, *, publish: bool = False
) -> CompetencyFramework:
    """Creates a framework version without a permission check: for HR through
    ``create_framework`` and for the demo seed."""
    _validate(command)
    lineages = await _continued_lineages(session, organisation_id, command)
    framework = CompetencyFramework(
        organisation_id=organisation_id,
        family=command.family,
        version=await repository.next_version(session, organisation_id, command.family),
        name_da=command.name_da.strip(),
        name_en=command.name_en.strip(),
        description_da=command.description_da,
        description_en=command.description_en,
        scale_labels={"da": command.scale_labels_da, "en": command.scale_labels_en},
        status=FrameworkStatus.PUBLISHED.value if publish else FrameworkStatus.DRAFT.value,
        published_at=utcnow() if publish else None,
    )
    await repository.add_framework(session, framework)
    await repository.add_competencies(
        session,
        framework.id,
        [
            repository.NewCompetency(
                (competency.title_da.strip(), competency.title_en.strip()),
                (competency.description_da, competency.description_en),
                [(i.text_da.strip(), i.text_en.strip(), i.required) for i in competency.items],
                lineage,
            )
            for competency, lineage in zip(command.competencies, lineages, strict=True)
        ],
    )
    await repository.add_questions(session, framework.id, command.questions)
    return framework


async def publish_framework(
    session: AsyncSession, viewer: Viewer | None, framework_id: int
) -> CompetencyFramework:
    signed_in = policy.require_role(viewer, Role.HR, Role.ADMIN)
    framework = await _own_framework(session, signed_in, framework_id)
    if framework.status == FrameworkStatus.PUBLISHED.value:
        raise DomainError(ErrorCode.CONFLICT, "feedback.framework.published", field=["id"])
    found = await repository.structure(session, framework.id)
    if found is None or not found.competencies or any(not c.items for c in found.competencies):
        raise DomainError(ErrorCode.RULE_VIOLATED, "feedback.framework.empty", field=["id"])
    framework.status = FrameworkStatus.PUBLISHED.value
    framework.published_at = utcnow()
    await session.flush()
    return framework


async def new_version(
    session: AsyncSession, viewer: Viewer | None, framework_id: int
) -> CompetencyFramework:
    """A draft copy of a version, numbered after the family's highest."""
    signed_in = policy.require_role(viewer, Role.HR, Role.ADMIN)
    framework = await _own_framework(session, signed_in, framework_id)
    found = await repository.structure(session, framework.id)
    assert found is not None
    command = FrameworkCommand(
        family=framework.family,
        name_da=framework.name_da,
        name_en=framework.name_en,
        description_da=framework.description_da,
        description_en=framework.description_en,
        scale_labels_da=list(framework.scale_labels.get("da", [])),
        scale_labels_en=list(framework.scale_labels.get("en", [])),
        competencies=[
            CompetencyCommand(
                title_da=c.title_da,
                title_en=c.title_en,
                description_da=c.description_da,
                description_en=c.description_en,
                items=[ItemCommand(i.text_da, i.text_en, i.required) for i in c.items],
                continues=c.id,
            )
            for c in found.competencies
        ],
        questions=[(q.text_da, q.text_en) for q in found.questions],
    )
    return await write_framework(session, signed_in.organisation_id, command)


async def get_framework(
    session: AsyncSession, viewer: Viewer | None, framework_id: int
) -> CompetencyFramework:
    signed_in = policy.require_viewer(viewer)
    return await _own_framework(session, signed_in, framework_id)


async def published_structure(
    session: AsyncSession, organisation_id: int, framework_id: int
) -> FrameworkStructure:
    """A published framework of the organisation, for a cycle to use."""
    found = await repository.structure(session, framework_id)
    if (
        found is None
        or found.framework.organisation_id != organisation_id
        or found.framework.status != FrameworkStatus.PUBLISHED.value
    ):
        raise DomainError(ErrorCode.INVALID, "feedback.framework.not_found", field=["frameworkId"])
    return found


async def structure(session: AsyncSession, framework_id: int) -> FrameworkStructure | None:
    """A framework version with its competencies, items and questions (three statements)."""
    return await repository.structure(session, framework_id)


async def frameworks_by_ids(session: AsyncSession, ids: Sequence[int]) -> list[CompetencyFramework]:
    """The framework versions with these ids (for a loader: the caller's rows name them)."""
    return await repository.frameworks_by_ids(session, ids)


async def newest_danish_framework_id(session: AsyncSession, organisation_id: int) -> int | None:
    """The organisation's newest published version of the Danish framework
    (``danish``, which the feedback seed writes), for demo data."""
    from feedback.frameworks.danish import FAMILY as DANISH_FAMILY

    return await repository.newest_published(session, organisation_id, DANISH_FAMILY)


async def _own_framework(
    session: AsyncSession, viewer: Viewer, framework_id: int
) -> CompetencyFramework:
    framework = await repository.framework(session, framework_id)
    if framework is None or framework.organisation_id != viewer.organisation_id:
        raise DomainError(ErrorCode.NOT_FOUND, "feedback.framework.not_found", field=["id"])
    return framework


async def _continued_lineages(
    session: AsyncSession, organisation_id: int, command: FrameworkCommand
) -> list[int | None]:
    """Per competency of the command, the lineage it continues (None: new).
    Only a competency of the same framework family can be continued, and a
    line only once per version: two competencies of one version on one line
    would be summed into one figure."""
    wanted = [c.continues for c in command.competencies if c.continues is not None]
    known = await repository.lineages_in_family(session, organisation_id, command.family, wanted)
    lineages: list[int | None] = []
    for index, competency in enumerate(command.competencies):
        if competency.continues is None:
            lineages.append(None)
            continue
        lineage = known.get(competency.continues)
        if lineage is None or lineage in lineages:
            raise DomainError(
                ErrorCode.INVALID,
                "feedback.framework.continues",
                field=["competencies", str(index), "continues"],
            )
        lineages.append(lineage)
    return lineages


def _validate(command: FrameworkCommand) -> None:
    if not FAMILY.match(command.family):
        raise DomainError(ErrorCode.INVALID, "feedback.framework.family", field=["family"])
    for name, value in (("nameDa", command.name_da), ("nameEn", command.name_en)):
        if not value.strip():
            raise DomainError(ErrorCode.REQUIRED, "error.required", field=[name])
        if len(value) > 200:
            raise DomainError(ErrorCode.TOO_LONG, "error.too_long", field=[name], maximum=200)
    # The error names the input field that is wrong (there is no "scaleLabels").
    for name, group in (
        ("scaleLabelsDa", command.scale_labels_da),
        ("scaleLabelsEn", command.scale_labels_en),
    ):
        if len(group) != 5 or any(not label.strip() for label in group):
            raise DomainError(ErrorCode.INVALID, "feedback.framework.scale_labels", field=[name])
    if not command.competencies or any(not c.items for c in command.competencies):
        raise DomainError(
            ErrorCode.RULE_VIOLATED, "feedback.framework.empty", field=["competencies"]
        )
    for index, competency in enumerate(command.competencies):
        texts = [competency.title_da, competency.title_en]
        texts += [t for item in competency.items for t in (item.text_da, item.text_en)]
        if any(not text.strip() for text in texts):
            raise DomainError(
                ErrorCode.REQUIRED, "error.required", field=["competencies", str(index)]
            )
        if any(len(text) > MAX_TEXT for text in texts):
            raise DomainError(
                ErrorCode.TOO_LONG,
                "error.too_long",
                field=["competencies", str(index)],
                maximum=MAX_TEXT,
            )
    for index, (da, en) in enumerate(command.questions):
        if not da.strip() or not en.strip():
            raise DomainError(
                ErrorCode.REQUIRED, "error.required", field=["openQuestions", str(index)]
            )
