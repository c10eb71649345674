"""HR's new version starts from a version's texts in both languages
(CompetencyFramework.texts), shaped as the create input takes them; what it
sends back continues each competency's line. Only HR reads them."""

from __future__ import annotations

from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from backend.api.relay import from_global_id
from backend.settings import Settings
from feedback.frameworks import service
from feedback.frameworks.service import write_framework
from tests.support.evaluation_world import small_framework
from tests.support.factories import make_organisation, make_person, token_for
from tests.support.graphql_client import GraphQLClient, payload
from tests.support.operations import gid

TEXTS = """query($id: ID!) { node(id: $id) { ... on CompetencyFramework { family texts {
  nameDa nameEn descriptionDa descriptionEn scaleLabelsDa scaleLabelsEn
  competencies { competencyId titleDa titleEn descriptionDa descriptionEn
    items { textDa textEn required } }
  openQuestions { textDa textEn } } } } }"""
CREATE = """mutation($input: CreateCompetencyFrameworkInput!) {
  createCompetencyFramework(input: $input) { errors { code field message }
    framework { id version status } } }"""


async def test_hr_reads_both_languages_and_a_version_made_from_them_continues_each_line(
    session: AsyncSession, api: GraphQLClient, settings: Settings
) -> None:
    organisation = await make_organisation(session)
    hr = await make_person(session, organisation, roles=["HR"])
    first = await write_framework(session, organisation.id, small_framework(), publish=True)
    await session.commit()
    token = token_for(hr, settings)
    found = payload(
        await api.execute(TEXTS, {"id": gid("CompetencyFramework", first.id)}, token=token), "node"
    )
    texts: dict[str, Any] = found["texts"]
    assert (texts["nameDa"], texts["nameEn"]) == ("Testmodel", "Test framework")
    assert texts["scaleLabelsEn"] == ["Never", "Rarely", "Sometimes", "Often", "Always"]
    assert [c["titleEn"] for c in texts["competencies"]] == ["Competency 1", "Competency 2"]
    assert texts["competencies"][0]["items"][1] == {
        "textDa": "Udsagn 1.2",
        "textEn": "Item 1.2",
        "required": True,
    }
    assert texts["openQuestions"] == [{"textDa": "Spørgsmål 1", "textEn": "Question 1"}]

    competencies = [
        {**{k: v for k, v in c.items() if k != "competencyId"}, "continues": c["competencyId"]}
        for c in texts["competencies"]
    ]
    competencies[0]["titleDa"] = "Nyt navn"
    version = {
        **{k: v for k, v in texts.items() if k != "competencies"},
        "family": found["family"],
        "competencies": competencies,
    }
    made = payload(
        await api.execute(CREATE, {"input": version}, token=token), "createCompetencyFramework"
    )
    assert made["errors"] == []
    assert made["framework"]["version"] == 2
    old = await service.structure(session, first.id)
    new = await service.structure(session, from_global_id(made["framework"]["id"])[1])
    assert old is not None and new is not None
    assert [c.title_da for c in new.competencies] == ["Nyt navn", "Kompetence 2"]
    assert [c.lineage for c in new.competencies] == [c.lineage for c in old.competencies]
    assert [(q.text_da, q.text_en) for q in new.questions] == [("Spørgsmål 1", "Question 1")]


async def test_only_hr_reads_a_frameworks_texts(
    session: AsyncSession, api: GraphQLClient, settings: Settings
) -> None:
    organisation = await make_organisation(session)
    leader = await make_person(session, organisation)
    framework = await write_framework(session, organisation.id, small_framework(), publish=True)
    await session.commit()
    variables = {"id": gid("CompetencyFramework", framework.id)}
    refused = await api.execute(TEXTS, variables, token=token_for(leader, settings))
    assert refused.codes == ["FORBIDDEN"]


async def test_an_empty_open_question_is_named_by_its_input_field(
    session: AsyncSession, api: GraphQLClient, settings: Settings
) -> None:
    organisation = await make_organisation(session)
    hr = await make_person(session, organisation, roles=["HR"])
    await session.commit()
    framework = {
        "family": "tom",
        "nameDa": "Model",
        "nameEn": "Model",
        "scaleLabelsDa": ["1", "2", "3", "4", "5"],
        "scaleLabelsEn": ["1", "2", "3", "4", "5"],
        "competencies": [
            {"titleDa": "K", "titleEn": "C", "items": [{"textDa": "U", "textEn": "I"}]}
        ],
        "openQuestions": [{"textDa": "Hvad?", "textEn": "What?"}, {"textDa": " ", "textEn": "?"}],
    }
    made = payload(
        await api.execute(CREATE, {"input": framework}, token=token_for(hr, settings)),
        "createCompetencyFramework",
    )
    assert made["framework"] is None
    assert [(e["code"], e["field"]) for e in made["errors"]] == [
        ("REQUIRED", ["input", "openQuestions", "1"])
    ]
