"""``/scim/v2``: the SCIM 2.0 endpoints (RFC 7644) for the organisation whose
bearer token is presented. Each request is one transaction."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response
from scim2_models import (
    AuthenticationScheme,
    Bulk,
    ChangePassword,
    Context,
    EnterpriseUser,
    ETag,
    External,
    Filter,
    Group,
    Meta,
    Patch,
    Reference,
    Required,
    ResourceType,
    Schema,
    ServiceProviderConfig,
    Sort,
)

from backend.identity.scim import group_routes, service
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
from backend.identity.scim.models import ScimUser
from backend.identity.scim.service import ScimProblem, ScimUserModel

router = APIRouter(prefix="/scim/v2", include_in_schema=False, route_class=ScimRoute)


def represent(tenant: Tenant, user: ScimUser, chosen: Any = None) -> dict[str, Any]:
    model = ScimUserModel.model_validate(user.document)
    model.id = str(user.id)
    model.meta = meta(tenant, "User", user)
    return model.model_dump(scim_ctx=Context.RESOURCE_QUERY_RESPONSE, response_parameters=chosen)


async def done(tenant: Tenant, user: ScimUser, status: int = 200) -> Response:
    await tenant.session.commit()
    return one(tenant, user, status)


def one(tenant: Tenant, user: ScimUser, status: int = 200, chosen: Any = None) -> Response:
    return resource_response(tenant, "User", user, represent(tenant, user, chosen), status)


@router.get("/ServiceProviderConfig")
async def service_provider_config(tenant: Signed) -> Response:
    config = ServiceProviderConfig(
        documentation_uri=Reference[External]("https://github.com/ledelyst/ledelyst#scim"),
        patch=Patch(supported=True),
        bulk=Bulk(supported=False, max_operations=0, max_payload_size=0),
        filter=Filter(supported=True, max_results=service.MAX_PAGE),
        change_password=ChangePassword(supported=False),
        sort=Sort(supported=False),
        etag=ETag(supported=True),
        authentication_schemes=[
            AuthenticationScheme(
                type=AuthenticationScheme.Type.oauthbearertoken,
                name="Bearer token",
                description="A token from `ledelyst identity scim-token ORG`.",
                primary=True,
            )
        ],
    )
    config.meta = Meta(
        resource_type="ServiceProviderConfig", location=f"{tenant.base}/ServiceProviderConfig"
    )
    return scim(config.model_dump(scim_ctx=Context.RESOURCE_QUERY_RESPONSE))


def _resource_types(tenant: Tenant) -> list[ResourceType]:
    found = []
    for model in (ScimUserModel, Group):
        resource_type = ResourceType.from_resource(model)
        resource_type.meta = Meta(
            resource_type="ResourceType",
            location=f"{tenant.base}/ResourceTypes/{resource_type.id}",
        )
        found.append(resource_type)
    return found


def _schemas(tenant: Tenant) -> list[Schema]:
    schemas = [ScimUserModel.to_schema(), EnterpriseUser.to_schema(), Group.to_schema()]
    for attribute in schemas[0].attributes or []:
        if attribute.name == "emails":
            # Every person here is reached by e-mail: say so (a userName that
            # is an address is still accepted when a directory sends none).
            attribute.required = Required.true
            for sub_attribute in attribute.sub_attributes or []:
                if sub_attribute.name == "value":
                    sub_attribute.required = Required.true
    for schema in schemas:
        schema.meta = Meta(resource_type="Schema", location=f"{tenant.base}/Schemas/{schema.id}")
    return schemas


def _the_one(described: list[ResourceType] | list[Schema], wanted: str) -> Response:
    """The resource type or schema of that id, or the SCIM 404."""
    for found in described:
        if found.id == wanted:
            return scim(found.model_dump(scim_ctx=Context.RESOURCE_QUERY_RESPONSE))
    raise ScimProblem(404, "scim.not_found")


@router.get("/ResourceTypes")
async def resource_types(tenant: Signed) -> Response:
    return scim(
        listed(
            [
                t.model_dump(scim_ctx=Context.RESOURCE_QUERY_RESPONSE)
                for t in _resource_types(tenant)
            ]
        )
    )


@router.get("/ResourceTypes/{name}")
async def resource_type(name: str, tenant: Signed) -> Response:
    return _the_one(_resource_types(tenant), name)


@router.get("/Schemas")
async def schemas(tenant: Signed) -> Response:
    dumped = [s.model_dump(scim_ctx=Context.RESOURCE_QUERY_RESPONSE) for s in _schemas(tenant)]
    return scim(listed(dumped))


@router.get("/Schemas/{schema_id}")
async def schema(schema_id: str, tenant: Signed) -> Response:
    return _the_one(_schemas(tenant), schema_id)


@router.get("/Users")
async def list_users(
    tenant: Signed,
    filter: str | None = None,  # noqa: A002 - the protocol's name
    start_index: Annotated[int | None, Query(alias="startIndex")] = None,
    count: int | None = None,
    attributes: str | None = None,
    excluded: Annotated[str | None, Query(alias="excludedAttributes")] = None,
) -> Response:
    return await _search(tenant, filter, start_index, count, selection(attributes, excluded))


@router.post("/Users/.search")
async def search_users(request: Request, tenant: Signed) -> Response:
    asked = await search_request(request)
    chosen = body_selection(asked.body)
    return await _search(tenant, asked.filter, asked.start_index, asked.count, chosen)


async def _search(
    tenant: Tenant, filter_: str | None, start: int | None, count: int | None, chosen: Any
) -> Response:
    page = await service.search(tenant.session, tenant.organisation_id, filter_, start, count)
    items = [represent(tenant, user, chosen) for user in page.users]
    return scim(listed(items, page.total, page.start_index))


@router.post("/Users")
async def create_user(request: Request, tenant: Signed) -> Response:
    user = await service.create(tenant.session, tenant.organisation_id, await body_of(request))
    return await done(tenant, user, 201)


@router.get("/Users/{scim_id}")
async def get_user(
    scim_id: str,
    tenant: Signed,
    attributes: str | None = None,
    excluded: Annotated[str | None, Query(alias="excludedAttributes")] = None,
) -> Response:
    user = await service.get(tenant.session, tenant.organisation_id, scim_id)
    return one(tenant, user, chosen=selection(attributes, excluded))


@router.put("/Users/{scim_id}")
async def replace_user(scim_id: str, request: Request, tenant: Signed) -> Response:
    return await done(tenant, await changed(request, tenant, scim_id, service.replace))


@router.patch("/Users/{scim_id}")
async def patch_user(scim_id: str, request: Request, tenant: Signed) -> Response:
    return await done(tenant, await changed(request, tenant, scim_id, service.patch))


@router.delete("/Users/{scim_id}")
async def delete_user(scim_id: str, request: Request, tenant: Signed) -> Response:
    return await removed(request, tenant, scim_id, service.delete)


@router.post("/.search")
async def search_everything(request: Request, tenant: Signed) -> Response:
    """The server root's search (RFC 7644 3.4.3): users, then groups, each
    where the filter names one of its attributes."""
    asked = await search_request(request)
    found: list[dict[str, Any]] = []
    applied = False
    for search in (_users_found, group_routes.groups_found):
        try:
            found += await search(tenant, asked)
            applied = True
        except ScimProblem as problem:
            if problem.scim_type != "invalidFilter":
                raise
    if not applied:
        raise ScimProblem(400, "scim.invalid_filter", "invalidFilter")
    start, limit = service.bounds(asked.start_index, asked.count)
    page = found[start - 1 : start - 1 + limit]
    return scim(listed(page, len(found), start))


async def _users_found(tenant: Tenant, asked: SearchRequest) -> list[Any]:
    chosen = body_selection(asked.body)
    page = await service.search(
        tenant.session, tenant.organisation_id, asked.filter, 1, service.MAX_PAGE
    )
    return [represent(tenant, user, chosen) for user in page.users]


router.include_router(group_routes.router)


# Last: only what no route above answers.
@router.api_route("/{anything:path}", methods=["GET", "POST", "PUT", "PATCH", "DELETE"])
async def unknown(anything: str) -> Response:
    """A SCIM error for every other request: 405 for a method an endpoint
    does not have, 404 for a path that is none."""
    first = anything.strip("/").split("/")[0]
    if first in {"ServiceProviderConfig", "ResourceTypes", "Schemas", "Users", "Groups"}:
        raise ScimProblem(405, "scim.method_not_allowed")
    raise ScimProblem(404, "scim.not_found")
