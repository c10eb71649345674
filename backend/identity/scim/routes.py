"""``/scim/v2``: the SCIM 2.0 endpoints (RFC 7644) for the organisation whose
bearer token is presented. Each request is one transaction."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response
from pydantic import ValidationError
from scim2_models import (
    AuthenticationScheme,
    Bulk,
    ChangePassword,
    Context,
    EnterpriseUser,
    ETag,
    Filter,
    Meta,
    Patch,
    ResourceType,
    ResponseParameters,
    Schema,
    SCIMException,
    ServiceProviderConfig,
    Sort,
)

from backend.identity.scim import service
from backend.identity.scim.http import ScimRoute, Signed, Tenant, body_of, listed, scim
from backend.identity.scim.models import ScimUser
from backend.identity.scim.service import ScimProblem, ScimUserModel

router = APIRouter(prefix="/scim/v2", include_in_schema=False, route_class=ScimRoute)


def selection(attributes: str | None, excluded: str | None) -> Any:
    """``attributes`` / ``excludedAttributes`` (RFC 7644 3.4.2.5), or None."""
    if not attributes and not excluded:
        return None
    try:
        return ResponseParameters[ScimUserModel].model_validate(
            {"attributes": attributes, "excludedAttributes": excluded}
        )
    except (ValidationError, SCIMException, ValueError) as error:
        raise ScimProblem(400, "scim.invalid", "invalidValue", detail=str(error)[:200]) from None


def represent(tenant: Tenant, user: ScimUser, chosen: Any = None) -> dict[str, Any]:
    model = ScimUserModel.model_validate(user.document)
    model.id = str(user.id)
    model.meta = Meta(
        resource_type="User",
        created=user.created_at,
        last_modified=user.updated_at,
        location=f"{tenant.base}/Users/{user.id}",
        version=service.etag(user),
    )
    return model.model_dump(scim_ctx=Context.RESOURCE_QUERY_RESPONSE, response_parameters=chosen)


async def done(tenant: Tenant, user: ScimUser, status: int = 200) -> Response:
    await tenant.session.commit()
    return one(tenant, user, status)


def one(tenant: Tenant, user: ScimUser, status: int = 200, chosen: Any = None) -> Response:
    body = represent(tenant, user, chosen)
    location = f"{tenant.base}/Users/{user.id}"
    headers = {"ETag": service.etag(user), "Location": location}
    return scim(body, status, headers)


@router.get("/ServiceProviderConfig")
async def service_provider_config(tenant: Signed) -> Response:
    config = ServiceProviderConfig(
        documentation_uri="https://github.com/ledelyst/ledelyst#scim",
        patch=Patch(supported=True),
        bulk=Bulk(supported=False, max_operations=0, max_payload_size=0),
        filter=Filter(supported=True, max_results=service.MAX_PAGE),
        change_password=ChangePassword(supported=False),
        sort=Sort(supported=False),
        etag=ETag(supported=True),
        authentication_schemes=[
            AuthenticationScheme(
                type="oauthbearertoken",
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


def _resource_type(tenant: Tenant) -> ResourceType:
    resource_type = ResourceType.from_resource(ScimUserModel)
    resource_type.meta = Meta(
        resource_type="ResourceType", location=f"{tenant.base}/ResourceTypes/User"
    )
    return resource_type


def _schemas(tenant: Tenant) -> list[Schema]:
    schemas = [ScimUserModel.to_schema(), EnterpriseUser.to_schema()]
    for attribute in schemas[0].attributes or []:
        if attribute.name == "emails":
            # Every person here is reached by e-mail: say so (a userName that
            # is an address is still accepted when a directory sends none).
            attribute.required = True
            for sub_attribute in attribute.sub_attributes or []:
                if sub_attribute.name == "value":
                    sub_attribute.required = True
    for schema in schemas:
        schema.meta = Meta(resource_type="Schema", location=f"{tenant.base}/Schemas/{schema.id}")
    return schemas


@router.get("/ResourceTypes")
async def resource_types(tenant: Signed) -> Response:
    dumped = _resource_type(tenant).model_dump(scim_ctx=Context.RESOURCE_QUERY_RESPONSE)
    return scim(listed([dumped]))


@router.get("/ResourceTypes/{name}")
async def resource_type(name: str, tenant: Signed) -> Response:
    if name != "User":
        raise ScimProblem(404, "scim.not_found")
    return scim(_resource_type(tenant).model_dump(scim_ctx=Context.RESOURCE_QUERY_RESPONSE))


@router.get("/Schemas")
async def schemas(tenant: Signed) -> Response:
    dumped = [s.model_dump(scim_ctx=Context.RESOURCE_QUERY_RESPONSE) for s in _schemas(tenant)]
    return scim(listed(dumped))


@router.get("/Schemas/{schema_id}")
async def schema(schema_id: str, tenant: Signed) -> Response:
    for found in _schemas(tenant):
        if found.id == schema_id:
            return scim(found.model_dump(scim_ctx=Context.RESOURCE_QUERY_RESPONSE))
    raise ScimProblem(404, "scim.not_found")


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


@router.post("/.search")  # the server root: Users are the only resource type
@router.post("/Users/.search")
async def search_users(request: Request, tenant: Signed) -> Response:
    body = await body_of(request)
    if not isinstance(body, dict):
        raise ScimProblem(400, "scim.invalid", "invalidSyntax", detail="not an object")
    chosen = selection(_joined(body.get("attributes")), _joined(body.get("excludedAttributes")))
    start, count = body.get("startIndex"), body.get("count")
    return await _search(
        tenant,
        body.get("filter") if isinstance(body.get("filter"), str) else None,
        start if isinstance(start, int) else None,
        count if isinstance(count, int) else None,
        chosen,
    )


def _joined(value: Any) -> str | None:
    if isinstance(value, list):
        return ",".join(str(item) for item in value)
    return value if isinstance(value, str) else None


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
    user = await service.replace(
        tenant.session,
        tenant.organisation_id,
        scim_id,
        await body_of(request),
        request.headers.get("if-match"),
    )
    return await done(tenant, user)


@router.patch("/Users/{scim_id}")
async def patch_user(scim_id: str, request: Request, tenant: Signed) -> Response:
    user = await service.patch(
        tenant.session,
        tenant.organisation_id,
        scim_id,
        await body_of(request),
        request.headers.get("if-match"),
    )
    return await done(tenant, user)


@router.delete("/Users/{scim_id}")
async def delete_user(scim_id: str, request: Request, tenant: Signed) -> Response:
    await service.delete(
        tenant.session, tenant.organisation_id, scim_id, request.headers.get("if-match")
    )
    await tenant.session.commit()
    return Response(status_code=204)


# Last: only what no route above answers.
@router.api_route("/{anything:path}", methods=["GET", "POST", "PUT", "PATCH", "DELETE"])
async def unknown(anything: str) -> Response:
    """A SCIM error for every other request: 405 for a method an endpoint
    does not have, 404 for a path that is none."""
    first = anything.strip("/").split("/")[0]
    if first in {"ServiceProviderConfig", "ResourceTypes", "Schemas", "Users"}:
        raise ScimProblem(405, "scim.method_not_allowed")
    raise ScimProblem(404, "scim.not_found")
