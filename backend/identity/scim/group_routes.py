"""``/scim/v2/Groups``: units and roles as the directory provisions them."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response
from scim2_models import Context, Group, Meta

from backend.identity.scim import group_service
from backend.identity.scim.http import (
    ScimRoute,
    Signed,
    Tenant,
    body_of,
    joined,
    listed,
    scim,
    selection,
)
from backend.identity.scim.models import ScimGroup
from backend.identity.scim.service import ScimProblem

router = APIRouter(include_in_schema=False, route_class=ScimRoute)


def represent(tenant: Tenant, group: ScimGroup, chosen: Any = None) -> dict[str, Any]:
    model = Group.model_validate(group.document)
    model.id = str(group.id)
    for member in model.members or []:
        member.ref = f"{tenant.base}/Users/{member.value}"  # type: ignore[assignment]
        member.type = "User"
    model.meta = Meta(
        resource_type="Group",
        created=group.created_at,
        last_modified=group.updated_at,
        location=f"{tenant.base}/Groups/{group.id}",
        version=group_service.etag(group),
    )
    return model.model_dump(scim_ctx=Context.RESOURCE_QUERY_RESPONSE, response_parameters=chosen)


async def done(tenant: Tenant, group: ScimGroup, status: int = 200) -> Response:
    await tenant.session.commit()
    return one(tenant, group, status)


def one(tenant: Tenant, group: ScimGroup, status: int = 200, chosen: Any = None) -> Response:
    headers = {
        "ETag": group_service.etag(group),
        "Location": f"{tenant.base}/Groups/{group.id}",
    }
    return scim(represent(tenant, group, chosen), status, headers)


@router.get("/Groups")
async def list_groups(
    tenant: Signed,
    filter: str | None = None,  # noqa: A002 - the protocol's name
    start_index: Annotated[int | None, Query(alias="startIndex")] = None,
    count: int | None = None,
    attributes: str | None = None,
    excluded: Annotated[str | None, Query(alias="excludedAttributes")] = None,
) -> Response:
    chosen = selection(attributes, excluded, Group)
    page, groups = await group_service.search(
        tenant.session, tenant.organisation_id, filter, start_index, count
    )
    items = [represent(tenant, group, chosen) for group in groups]
    return scim(listed(items, page.total, page.start_index))


@router.post("/Groups/.search")
async def search_groups(request: Request, tenant: Signed) -> Response:
    body = await body_of(request)
    if not isinstance(body, dict):
        raise ScimProblem(400, "scim.invalid", "invalidSyntax", detail="not an object")
    chosen = selection(
        joined(body.get("attributes")), joined(body.get("excludedAttributes")), Group
    )
    start, count = body.get("startIndex"), body.get("count")
    page, groups = await group_service.search(
        tenant.session,
        tenant.organisation_id,
        body.get("filter") if isinstance(body.get("filter"), str) else None,
        start if isinstance(start, int) else None,
        count if isinstance(count, int) else None,
    )
    items = [represent(tenant, group, chosen) for group in groups]
    return scim(listed(items, page.total, page.start_index))


async def groups_found(tenant: Tenant, filter_: str | None, body: dict[str, Any]) -> list[Any]:
    """The groups a server-root search finds (all of them, for paging there)."""
    chosen = selection(
        joined(body.get("attributes")), joined(body.get("excludedAttributes")), Group
    )
    _, groups = await group_service.search(
        tenant.session, tenant.organisation_id, filter_, 1, group_service.MAX_PAGE
    )
    return [represent(tenant, group, chosen) for group in groups]


@router.post("/Groups")
async def create_group(request: Request, tenant: Signed) -> Response:
    group = await group_service.create(
        tenant.session, tenant.settings, tenant.organisation_id, await body_of(request)
    )
    return await done(tenant, group, 201)


@router.get("/Groups/{scim_id}")
async def get_group(
    scim_id: str,
    tenant: Signed,
    attributes: str | None = None,
    excluded: Annotated[str | None, Query(alias="excludedAttributes")] = None,
) -> Response:
    group = await group_service.get(tenant.session, tenant.organisation_id, scim_id)
    return one(tenant, group, chosen=selection(attributes, excluded, Group))


@router.put("/Groups/{scim_id}")
async def replace_group(scim_id: str, request: Request, tenant: Signed) -> Response:
    group = await group_service.replace(
        tenant.session,
        tenant.organisation_id,
        scim_id,
        await body_of(request),
        request.headers.get("if-match"),
    )
    return await done(tenant, group)


@router.patch("/Groups/{scim_id}")
async def patch_group(scim_id: str, request: Request, tenant: Signed) -> Response:
    group = await group_service.patch(
        tenant.session,
        tenant.organisation_id,
        scim_id,
        await body_of(request),
        request.headers.get("if-match"),
    )
    return await done(tenant, group)


@router.delete("/Groups/{scim_id}")
async def delete_group(scim_id: str, request: Request, tenant: Signed) -> Response:
    await group_service.delete(
        tenant.session, tenant.organisation_id, scim_id, request.headers.get("if-match")
    )
    await tenant.session.commit()
    return Response(status_code=204)
