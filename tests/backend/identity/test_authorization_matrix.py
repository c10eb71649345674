"""Every query and mutation of the slice, for every kind of viewer, as data.

Each operation runs once per role against one organisation (``World``):
a new leader, a leader of leaders, a mentor, HR, an administrator, a staff
member, HR and administrator of *another* organisation, and no one. The
expected outcome of each pair is in the table; a person of another
organisation is either refused (our ids mean nothing to them) or answered
from their own organisation, and then the answer must hold nothing of ours.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from backend.auth.tokens import hash_secret, new_secret
from backend.db import utcnow
from backend.identity.models import MagicLink, RefreshToken, StructureImport
from backend.settings import Settings
from backend.storage import get_storage, new_object_key
from tests.backend.identity.conftest import PASSWORD, ROLES, World, give_password
from tests.support.factories import unique

OK = "answered"
NULL = "null"  # answered with null: nothing the viewer may see
DENIED = "refused"
ISOLATED = "own organisation only"

MEMBERS = ("new_leader", "leader_of_leaders", "mentor", "hr", "admin", "staff")


def outcomes(default: str, **by_role: str) -> dict[str, str]:
    return {role: by_role.get(role, default) for role in ROLES}


def members(other: str = ISOLATED, anonymous: str = DENIED) -> dict[str, str]:
    return outcomes(OK, other_org=other, anonymous=anonymous)


def only(*roles: str, other: str = DENIED) -> dict[str, str]:
    return outcomes(DENIED, other_org=other, **{role: OK for role in roles})


PUBLIC = outcomes(OK)


@dataclass
class Ctx:
    session: AsyncSession
    settings: Settings
    world: World
    import_id: str


Variables = Callable[[Ctx], Awaitable[dict[str, Any]]]


@dataclass
class Case:
    document: str
    variables: Variables
    expected: dict[str, str]


def fixed(build: Callable[[World], dict[str, Any]]) -> Variables:
    async def variables(ctx: Ctx) -> dict[str, Any]:
        return build(ctx.world)

    return variables


def node(type_name: str, pk: Callable[[World], int]) -> Case:
    return Case(
        "query Q($id: ID!) { node(id: $id) { id } }",
        fixed(lambda w: {"id": w.id(type_name, pk(w))}),
        members(other=NULL, anonymous=NULL),
    )


async def _magic_link(ctx: Ctx) -> dict[str, Any]:
    secret = new_secret()
    ctx.session.add(
        MagicLink(
            person_id=ctx.world.hr.person_id,
            token_hash=hash_secret(secret),
            expires_at=utcnow() + timedelta(minutes=5),
        )
    )
    await ctx.session.commit()
    return {"input": {"token": secret}}


async def _refresh_token(ctx: Ctx) -> dict[str, Any]:
    secret = new_secret()
    ctx.session.add(
        RefreshToken(
            person_id=ctx.world.hr.person_id,
            organisation_id=ctx.world.organisation.id,
            family=new_secret()[:32],
            token_hash=hash_secret(secret),
            expires_at=utcnow() + timedelta(days=1),
        )
    )
    await ctx.session.commit()
    return {"input": {"refreshToken": secret}}


async def _sign_in(ctx: Ctx) -> dict[str, Any]:
    return {
        "input": {"email": await give_password(ctx.session, ctx.world.hr), "password": PASSWORD}
    }


def mutation(name: str, input_type: str, select: str = "") -> str:
    return (
        f"mutation M($input: {input_type}!) "
        f"{{ {name}(input: $input) {{ {select} errors {{ code }} }} }}"
    )


HR = only("hr", "admin")

CASES: dict[str, Case] = {
    # --- queries ---
    "viewer": Case(
        "query { viewer { person { name } membership { id } roles } }",
        fixed(lambda w: {}),
        members(anonymous=NULL),
    ),
    "organisation": Case(
        "query { organisation { id name rootUnits { name } units { edges { node { id } } } } }",
        fixed(lambda w: {}),
        members(),
    ),
    "node Organisation": node("Organisation", lambda w: w.organisation.id),
    "node Unit": node("Unit", lambda w: w.area.id),
    "node Person": node("Person", lambda w: w.staff.person_id),
    "node Membership": node("Membership", lambda w: w.new_leader.id),
    "node OrganisationGoal": node("OrganisationGoal", lambda w: w.goal.id),
    "node LeadershipFoundation": node("LeadershipFoundation", lambda w: w.foundation.id),
    "node StructureImport": Case(
        "query Q($id: ID!) { node(id: $id) { id } }",
        lambda ctx: _const({"id": ctx.import_id}),
        outcomes(NULL, hr=OK, admin=OK),
    ),
    "people": Case(
        "query { people { edges { node { id name email membership { id manager { id } } } } } }",
        fixed(lambda w: {}),
        members(),
    ),
    "goals": Case(
        "query { goals { edges { node { id title units { id } } } } }",
        fixed(lambda w: {}),
        members(),
    ),
    "leadershipFoundation": Case(
        "query { leadershipFoundation { id title principles { id title } } }",
        fixed(lambda w: {}),
        members(),
    ),
    "reports of a new leader": Case(
        "query Q($id: ID!) { reports(personId: $id) {"
        " spanOfControl people { edges { node { id } } } } }",
        fixed(lambda w: {"id": w.person_id(w.new_leader)}),
        only("new_leader", "leader_of_leaders", "hr", "admin"),
    ),
    "all reports of a staff member": Case(
        "query Q($id: ID!) { reports(personId: $id, direct: false) { totalCount } }",
        fixed(lambda w: {"id": w.person_id(w.staff)}),
        only("staff", "new_leader", "leader_of_leaders", "hr", "admin"),
    ),
    "spansOfControl": Case(
        "query { spansOfControl { edges { node { directReports leader { id } } } } }",
        fixed(lambda w: {}),
        only("leader_of_leaders", "hr", "admin", other=ISOLATED),
    ),
    # --- HR's mutations ---
    "createUnit": Case(
        mutation("createUnit", "CreateUnitInput", "unit { id }"),
        fixed(lambda w: {"input": {"name": unique("Enhed"), "parentId": w.id("Unit", w.root.id)}}),
        HR,
    ),
    "updateUnit": Case(
        mutation("updateUnit", "UpdateUnitInput", "unit { id }"),
        fixed(lambda w: {"input": {"id": w.id("Unit", w.area.id), "name": unique("Område")}}),
        HR,
    ),
    "createPerson": Case(
        mutation("createPerson", "CreatePersonInput", "person { id }"),
        fixed(
            lambda w: {
                "input": {
                    "email": f"{unique('ny')}@fjordby.dk",
                    "name": "Ny",
                    "managerId": w.person_id(w.new_leader),
                }
            }
        ),
        HR,
    ),
    "updatePerson": Case(
        mutation("updatePerson", "UpdatePersonInput", "person { id }"),
        fixed(lambda w: {"input": {"id": w.person_id(w.staff), "name": unique("Navn")}}),
        HR,
    ),
    "updateMembership": Case(
        mutation("updateMembership", "UpdateMembershipInput", "person { id }"),
        fixed(lambda w: {"input": {"personId": w.person_id(w.staff), "jobTitle": "Pædagog"}}),
        HR,
    ),
    "updateMembership granting ADMIN": Case(
        mutation("updateMembership", "UpdateMembershipInput", "person { id }"),
        fixed(lambda w: {"input": {"personId": w.person_id(w.staff), "roles": ["ADMIN"]}}),
        only("admin"),
    ),
    "setReportingLine": Case(
        mutation("setReportingLine", "SetReportingLineInput", "person { id }"),
        fixed(
            lambda w: {
                "input": {"personId": w.person_id(w.staff), "managerId": w.person_id(w.director)}
            }
        ),
        HR,
    ),
    "createGoal": Case(
        mutation("createGoal", "CreateGoalInput", "goal { id }"),
        fixed(lambda w: {"input": {"title": "Mål", "unitIds": [w.id("Unit", w.area.id)]}}),
        HR,
    ),
    "updateGoal": Case(
        mutation("updateGoal", "UpdateGoalInput", "goal { id }"),
        fixed(lambda w: {"input": {"id": w.id("OrganisationGoal", w.goal.id), "title": "Nyt"}}),
        HR,
    ),
    "publishLeadershipFoundation": Case(
        mutation(
            "publishLeadershipFoundation",
            "PublishLeadershipFoundationInput",
            "leadershipFoundation { id version }",
        ),
        fixed(
            lambda w: {"input": {"title": "G", "principles": [{"kind": "VALUE", "title": "Mod"}]}}
        ),
        only("hr", "admin", other=ISOLATED),
    ),
    "createStructureImport": Case(
        mutation("createStructureImport", "CreateStructureImportInput", "structureImport { id }"),
        fixed(lambda w: {"input": {"filename": "a.csv", "contentType": "text/csv", "size": 100}}),
        only("hr", "admin", other=ISOLATED),
    ),
    "startStructureImport": Case(
        mutation("startStructureImport", "StartStructureImportInput", "structureImport { id }"),
        lambda ctx: _const({"input": {"id": ctx.import_id}}),
        HR,
    ),
    # --- signing in and out: open to all ---
    "signIn": Case(mutation("signIn", "SignInInput", "accessToken"), _sign_in, PUBLIC),
    "requestMagicLink": Case(
        mutation("requestMagicLink", "RequestMagicLinkInput", "message"),
        fixed(lambda w: {"input": {"email": f"{unique('x')}@fjordby.dk"}}),
        PUBLIC,
    ),
    "signInWithMagicLink": Case(
        mutation("signInWithMagicLink", "SignInWithMagicLinkInput", "accessToken"),
        _magic_link,
        PUBLIC,
    ),
    "refreshToken": Case(
        mutation("refreshToken", "RefreshTokenInput", "accessToken"), _refresh_token, PUBLIC
    ),
    "signOut": Case(mutation("signOut", "SignOutInput"), _refresh_token, PUBLIC),
    "changePassword": Case(
        mutation("changePassword", "ChangePasswordInput"),
        fixed(lambda w: {"input": {"newPassword": "et-langt-nyt-kodeord"}}),
        members(),
    ),
}


async def _const(values: dict[str, Any]) -> dict[str, Any]:
    return values


async def _uploaded_import(session: AsyncSession, settings: Settings, world: World) -> str:
    key = new_object_key("structure-imports", "a.csv", organisation_id=world.organisation.id)
    await get_storage(settings).put(key, b"email;navn;enhed;leder_email\n", "text/csv")
    record = StructureImport(
        organisation_id=world.organisation.id, object_key=key, status="AWAITING_UPLOAD"
    )
    session.add(record)
    await session.commit()
    return world.id("StructureImport", record.id)


def _verdict(response: Any, role: str, world: World) -> tuple[str, str]:
    """(outcome, detail) of one response."""
    if response.errors:
        codes = set(response.codes)
        allowed = {"UNAUTHENTICATED"} if role == "anonymous" else {"FORBIDDEN", "NOT_FOUND"}
        return (DENIED if codes <= allowed else "error", str(sorted(codes)))
    (field, value), *_ = response.data.items()
    if isinstance(value, dict) and "errors" in value:  # a mutation payload
        codes = {e["code"] for e in value["errors"]}
        if codes:
            allowed = {"UNAUTHENTICATED"} if role == "anonymous" else {"FORBIDDEN", "NOT_FOUND"}
            return (DENIED if codes <= allowed else "error", str(sorted(codes)))
    if role == "other_org":
        text = json.dumps(response.data, ensure_ascii=False)
        leaked = [marker for marker in [world.marker, *world.our_ids()] if marker in text]
        if leaked:
            return "LEAKED", str(leaked)
    return (NULL if value is None else OK), ""


@pytest.mark.parametrize("operation", list(CASES))
async def test_authorization(operation: str, client, session, settings, world: World) -> None:  # type: ignore[no-untyped-def]
    case = CASES[operation]
    ctx = Ctx(session, settings, world, await _uploaded_import(session, settings, world))
    mismatches = []
    for role in ROLES:
        token = world.tokens.get(role)
        response = await client.execute(case.document, await case.variables(ctx), token=token)
        outcome, detail = _verdict(response, role, world)
        expected = case.expected[role]
        if expected == ISOLATED and outcome in (OK, NULL):
            outcome = ISOLATED  # answered, and nothing of ours in the answer
        if outcome != expected:
            mismatches.append(f"{role}: expected {expected}, got {outcome} {detail}")
    assert mismatches == [], f"{operation}:\n" + "\n".join(mismatches)


def test_every_query_and_mutation_of_the_slice_is_in_the_matrix() -> None:
    from backend.identity import api

    fields = {
        field.name
        for kind in (api.Query, api.Mutation)
        for field in kind.__strawberry_definition__.fields  # type: ignore[attr-defined]
    }
    # The field each document asks for: "query Q($id: ID!) { reports(…" -> "reports".
    covered = {case.document.split("{", 2)[1].split("(")[0].split()[0] for case in CASES.values()}
    assert {_camel(name) for name in fields} - covered == set()


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part.title() for part in rest)
