"""The done-when scenario, through GraphQL alone: a new leader opens home,
does a knowledge activity, writes a reflection shared with the manager,
records an action with a photo; the manager sees it and holds the checkpoints."""

from __future__ import annotations

from backend.api.relay import to_global_id
from learning.programmes.models import ActivityKind
from tests.support.graphql_client import GraphQLClient, payload
from tests.support.operations import operation
from tests.support.programme_world import World

JPEG = b"\xff\xd8\xff\xe0" + b"0" * 2048


async def _mutate(api: GraphQLClient, name: str, field: str, token: str, **input: object) -> dict:
    response = await api.execute(operation(name), {"input": input}, token=token)
    result = payload(response, field)
    assert result["errors"] == [], result["errors"]
    return result


async def test_new_leader_journey_and_manager_checkpoints(api: GraphQLClient, world: World) -> None:
    leader = world.token(world.leader)
    manager = world.token(world.manager)
    enrolment = world.enrolment_gid

    home = payload(await api.execute(operation("Home"), token=leader), "home")
    assert [e["id"] for e in home["enrolments"]] == [enrolment]
    assert home["enrolments"][0]["programme"]["title"] == "Ny som leder"
    assert home["enrolments"][0]["progress"] == {
        "total": 3,
        "started": 0,
        "completed": 0,
        "percent": 0,
    }
    assert home["nextActivities"][0]["activity"]["kind"] == "KNOWLEDGE"
    assert [c["kind"] for c in home["openCheckpoints"]] == ["BEFORE", "DURING", "AFTER"]
    assert home["mentor"] is None and home["unreadFeedback"] == [] and home["pending360Tasks"] == []

    knowledge = world.activity_gid(ActivityKind.KNOWLEDGE)
    await _mutate(
        api, "StartActivity", "startActivity", leader, enrolmentId=enrolment, activityId=knowledge
    )
    done = await _mutate(
        api,
        "CompleteActivity",
        "completeActivity",
        leader,
        enrolmentId=enrolment,
        activityId=knowledge,
    )
    assert done["enrolment"]["progress"]["completed"] == 1

    reflection_activity = world.activity_gid(ActivityKind.REFLECTION)
    saved = await _mutate(
        api,
        "SaveReflection",
        "saveReflection",
        leader,
        enrolmentId=enrolment,
        activityId=reflection_activity,
        text="Jeg delegerer for lidt. Jeg vil give Anna ansvaret for vagtplanen.",
        sharedWith=["MANAGER"],
    )
    assert saved["reflection"]["sharedWith"] == ["MANAGER"]
    await _mutate(
        api,
        "CompleteActivity",
        "completeActivity",
        leader,
        enrolmentId=enrolment,
        activityId=reflection_activity,
    )

    action = world.activity_gid(ActivityKind.ACTION)
    ticket = (
        await _mutate(
            api,
            "RequestEvidenceUpload",
            "requestEvidenceUpload",
            leader,
            enrolmentId=enrolment,
            activityId=action,
            filename="tavlemøde.jpg",
            contentType="image/jpeg",
            byteSize=len(JPEG),
        )
    )["upload"]
    uploaded = await api.http.request(
        ticket["method"], ticket["url"], content=JPEG, headers=ticket["headers"]
    )
    assert uploaded.status_code < 300, uploaded.text
    evidence = await _mutate(
        api,
        "RecordActionEvidence",
        "recordActionEvidence",
        leader,
        enrolmentId=enrolment,
        activityId=action,
        text="Holdt tavlemøde med teamet om borgerforløb.",
        objectKey=ticket["objectKey"],
    )
    assert evidence["evidence"]["contentType"] == "image/jpeg"
    assert evidence["evidence"]["byteSize"] == len(JPEG)
    await _mutate(
        api,
        "CompleteActivity",
        "completeActivity",
        leader,
        enrolmentId=enrolment,
        activityId=action,
    )

    # The manager sees the progress, the shared reflection and the photo.
    seen = await api.execute(operation("EnrolmentDetail"), {"id": enrolment}, token=manager)
    detail = payload(seen, "node")
    assert detail["progress"] == {"total": 3, "completed": 3, "percent": 100}
    by_kind = {a["activity"]["kind"]: a for a in detail["activities"]}
    assert by_kind["REFLECTION"]["reflection"]["text"].startswith("Jeg delegerer")
    assert by_kind["ACTION"]["evidence"]["file"]["url"]
    photo = await api.http.get(by_kind["ACTION"]["evidence"]["file"]["url"])
    assert photo.status_code == 200 and photo.content == JPEG

    # The manager's home lists the checkpoints to hold.
    manager_home = payload(await api.execute(operation("Home"), token=manager), "home")
    assert [c["kind"] for c in manager_home["checkpointsToHold"]] == ["BEFORE"]
    assert manager_home["checkpointsToHold"][0]["enrolment"]["leader"]["name"] == "Lise Leder"

    before = await _mutate(
        api,
        "CompleteCheckpoint",
        "completeCheckpoint",
        manager,
        enrolmentId=enrolment,
        kind="BEFORE",
        practiceAgreed="Fredag formiddag er sat af til at øve; Lise leder tavlemødet.",
        developmentGoals=[
            {"title": "Delegere mere", "organisationGoalId": world.goal_gid(0)},
            {"title": "Sætte retning på personalemøder", "organisationGoalId": world.goal_gid(1)},
        ],
    )
    goals = before["enrolment"]["developmentGoals"]
    assert [g["title"] for g in goals] == ["Delegere mere", "Sætte retning på personalemøder"]
    assert all(g["agreedAt"] for g in goals)
    await _mutate(
        api,
        "CompleteCheckpoint",
        "completeCheckpoint",
        manager,
        enrolmentId=enrolment,
        kind="DURING",
        notes="Tavlemøderne virker; næste skridt er at lade teamet styre dem.",
    )
    after = await _mutate(
        api,
        "CompleteCheckpoint",
        "completeCheckpoint",
        manager,
        enrolmentId=enrolment,
        kind="AFTER",
        feedback="Du sætter tydeligere retning nu.",
        ratings=[
            {"developmentGoalId": goals[0]["id"], "rating": 4},
            {"developmentGoalId": goals[1]["id"], "rating": 3},
        ],
    )
    assert after["enrolment"]["status"] == "COMPLETED"
    assert [g["attainmentRating"] for g in after["enrolment"]["developmentGoals"]] == [4, 3]

    # The leader sees the checkpoints' feedback too.
    mine = payload(
        await api.execute(operation("EnrolmentDetail"), {"id": enrolment}, token=leader), "node"
    )
    assert mine["checkpoints"][-1]["feedback"] == "Du sætter tydeligere retning nu."
    assert to_global_id("Enrolment", world.enrolment_id) == mine["id"]


async def test_a_retried_mutation_returns_its_first_result(
    api: GraphQLClient, world: World
) -> None:
    leader = world.token(world.leader)
    variables = {
        "input": {
            "enrolmentId": world.enrolment_gid,
            "activityId": world.activity_gid(ActivityKind.REFLECTION),
            "text": "Første udkast",
            "clientMutationId": "phone-1",
        }
    }
    first = await api.execute(operation("SaveReflection"), variables, token=leader)
    again = await api.execute(operation("SaveReflection"), variables, token=leader)
    assert payload(first, "saveReflection")["errors"] == []
    assert again.data == first.data
