"""What every SCIM endpoint shares: the SCIM error answer, the organisation
a bearer token names (with its session), and the media type."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine
from dataclasses import dataclass
from typing import Annotated, Any

import orjson
from fastapi import Depends, Request
from fastapi.responses import Response
from fastapi.routing import APIRoute
from pydantic import ValidationError
from scim2_models import Meta, ResponseParameters, SCIMException
from sqlalchemy.ext.asyncio import AsyncSession

from backend.i18n import negotiate_locale, translate
from backend.identity.scim import service
from backend.identity.scim.models import ScimGroup, ScimUser
from backend.identity.scim.service import ScimProblem, ScimUserModel
from backend.settings import Settings


class ScimRoute(APIRoute):
    """Answers a ``ScimProblem`` as a SCIM Error document (RFC 7644 3.12)."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def handle(request: Request) -> Response:
            try:
                return await handler(request)
            except ScimProblem as problem:
                return problem_response(request, problem)

        return handle


MEDIA = "application/scim+json"
ERROR = "urn:ietf:params:scim:api:messages:2.0:Error"


class Tenant:
    def __init__(
        self, session: AsyncSession, organisation_id: int, base: str, settings: Settings
    ) -> None:
        self.session, self.organisation_id, self.base = session, organisation_id, base
        self.settings = settings


async def tenant(request: Request) -> AsyncIterator[Tenant]:
    scheme, _, token = (request.headers.get("authorization") or "").partition(" ")
    async with request.app.state.database.sessionmaker() as session:
        organisation_id = None
        if scheme.lower() == "bearer" and token.strip():
            organisation_id = await service.organisation_of(session, token.strip())
        if organisation_id is None:
            raise ScimProblem(401, "scim.unauthorized")
        # Changes are committed by the endpoint before it answers (``done``):
        # code after this yield may run after the client has its response.
        base = str(request.base_url).rstrip("/") + "/scim/v2"
        yield Tenant(session, organisation_id, base, request.app.state.settings)


Signed = Annotated[Tenant, Depends(tenant)]


def scim(body: Any, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    return Response(orjson.dumps(body), status, headers=headers, media_type=MEDIA)


def problem_response(request: Request, problem: ScimProblem) -> Response:
    locale = negotiate_locale(request.headers.get("accept-language"))
    body: dict[str, Any] = {
        "schemas": [ERROR],
        "status": str(problem.status),
        "detail": translate(problem.key, locale, **problem.params),
    }
    if problem.scim_type:
        body["scimType"] = problem.scim_type
    headers = {"WWW-Authenticate": 'Bearer realm="scim"'} if problem.status == 401 else None
    return scim(body, problem.status, headers)


async def body_of(request: Request) -> Any:
    try:
        return orjson.loads(await request.body())
    except orjson.JSONDecodeError:
        raise ScimProblem(400, "scim.invalid", "invalidSyntax", detail="not JSON") from None


def listed(items: list[Any], total: int | None = None, start: int = 1) -> dict[str, Any]:
    return {
        "schemas": ["urn:ietf:params:scim:api:messages:2.0:ListResponse"],
        "totalResults": len(items) if total is None else total,
        "startIndex": start,
        "itemsPerPage": len(items),
        "Resources": items,
    }


def selection(attributes: str | None, excluded: str | None, model: Any = ScimUserModel) -> Any:
    """``attributes`` / ``excludedAttributes`` (RFC 7644 3.4.2.5), or None."""
    if not attributes and not excluded:
        return None
    try:
        return ResponseParameters[model].model_validate(
            {"attributes": attributes, "excludedAttributes": excluded}
        )
    except (ValidationError, SCIMException, ValueError) as error:
        raise ScimProblem(400, "scim.invalid", "invalidValue", detail=str(error)[:200]) from None


def joined(value: Any) -> str | None:
    if isinstance(value, list):
        return ",".join(str(item) for item in value)
    return value if isinstance(value, str) else None


# --- what the Users and Groups endpoints share --------------------------------------------

Resource = ScimUser | ScimGroup
# A service's replace or patch: (session, organisation, id, body, If-Match) -> resource.
Change = Callable[[AsyncSession, int, str, Any, str | None], Awaitable[Any]]
Removal = Callable[[AsyncSession, int, str, str | None], Awaitable[None]]


def meta(tenant: Tenant, resource_type: str, resource: Resource) -> Meta:
    """``meta`` of a User or Group: its dates, address and version."""
    return Meta(
        resource_type=resource_type,
        created=resource.created_at,
        last_modified=resource.updated_at,
        location=f"{tenant.base}/{resource_type}s/{resource.id}",
        version=service.etag(resource),
    )


def resource_response(
    tenant: Tenant, resource_type: str, resource: Resource, body: Any, status: int = 200
) -> Response:
    headers = {
        "ETag": service.etag(resource),
        "Location": f"{tenant.base}/{resource_type}s/{resource.id}",
    }
    return scim(body, status, headers)


async def changed(request: Request, tenant: Tenant, scim_id: str, change: Change) -> Any:
    """A PUT or PATCH: the request's body applied under its ``If-Match``."""
    return await change(
        tenant.session,
        tenant.organisation_id,
        scim_id,
        await body_of(request),
        request.headers.get("if-match"),
    )


async def removed(request: Request, tenant: Tenant, scim_id: str, remove: Removal) -> Response:
    await remove(tenant.session, tenant.organisation_id, scim_id, request.headers.get("if-match"))
    await tenant.session.commit()
    return Response(status_code=204)


@dataclass(frozen=True)
class SearchRequest:
    """A ``.search`` POST body (RFC 7644 3.4.3), its wrongly typed parts dropped."""

    body: dict[str, Any]
    filter: str | None
    start_index: int | None
    count: int | None


async def search_request(request: Request) -> SearchRequest:
    body = await body_of(request)
    if not isinstance(body, dict):
        raise ScimProblem(400, "scim.invalid", "invalidSyntax", detail="not an object")
    filter_, start, count = body.get("filter"), body.get("startIndex"), body.get("count")
    return SearchRequest(
        body,
        filter_ if isinstance(filter_, str) else None,
        start if isinstance(start, int) else None,
        count if isinstance(count, int) else None,
    )


def body_selection(body: dict[str, Any], model: Any = ScimUserModel) -> Any:
    """``selection`` from a search body, where the attributes may come as lists."""
    return selection(joined(body.get("attributes")), joined(body.get("excludedAttributes")), model)
