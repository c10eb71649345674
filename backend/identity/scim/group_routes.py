"""``/scim/v2/Groups``: units and roles as the directory provisions them."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response
from scim2_models import Context, Group

from backend.identity.scim import group_service
from backend.identity.scim.http import (
    ScimRoute,
    SearchRequest,
    Signed,
    Tenant,
    body_of,
    body_selection,
    changed,
    listed,
    meta,
    removed,
    resource_response,
    scim,
    search_request,
    selection,
)
from backend.identity.scim.models import ScimGroup
from backend.identity.scim.service import MAX_PAGE

router = APIRouter(include_in_schema=False, route_class=ScimRoute)


def represent(tenant: Tenant, group: ScimGroup, chosen: Any = None) -> dict[str, Any]:
    model = Group.model_validate(group.document)
    model.id = str(group.id)
    for member in model.members or []:
        member.ref = f"{tenant.base}/Users/{member.value}"  # type: ignore[assignment]
        member.type = "User"
    model.meta = meta(tenant, "Group", group)
    return model.model_dump(scim_ctx=Context.RESOURCE_QUERY_RESPONSE, response_parameters=chosen)


async def done(tenant: Tenant, group: ScimGroup, status: int = 200) -> Response:
    await tenant.session.commit()
    return one(tenant, group, status)


def one(tenant: Tenant, group: ScimGroup, status: int = 200, chosen: Any = None) -> Response:
    return resource_response(tenant, "Group", group, represent(tenant, group, chosen), status)


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
    return await _search(tenant, filter, start_index, count, chosen)


@router.post("/Groups/.search")
async def search_groups(request: Request, tenant: Signed) -> Response:
    asked = await search_request(request)
    chosen = body_selection(asked.body, Group)
    return await _search(tenant, asked.filter, asked.start_index, asked.count, chosen)


async def _search(
    tenant: Tenant, filter_: str | None, start: int | None, count: int | None, chosen: Any
) -> Response:
    page, groups = await group_service.search(
        tenant.session, tenant.organisation_id, filter_, start, count
    )
    items = [represent(tenant, group, chosen) for group in groups]
    return scim(listed(items, page.total, page.start_index))


async def groups_found(tenant: Tenant, asked: SearchRequest) -> list[Any]:
    """The groups a server-root search finds (all of them, for paging there)."""
    chosen = body_selection(asked.body, Group)
    _, groups = await group_service.search(
        tenant.session, tenant.organisation_id, asked.filter, 1, MAX_PAGE
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
    return await done(tenant, await changed(request, tenant, scim_id, group_service.replace))


@router.patch("/Groups/{scim_id}")
async def patch_group(scim_id: str, request: Request, tenant: Signed) -> Response:
    return await done(tenant, await changed(request, tenant, scim_id, group_service.patch))


@router.delete("/Groups/{scim_id}")
async def delete_group(scim_id: str, request: Request, tenant: Signed) -> Response:
    return await removed(request, tenant, scim_id, group_service.delete)
