"""``/files/``: the local backend's signed download and upload URLs.

``backend.app`` includes this router (it includes every slice's ``routes``).
With the S3 backend the routes answer 404: clients then talk to S3 directly.
Every failure is a short JSON error with a code, never a 500.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, TypeVar

import orjson
from fastapi import APIRouter, Depends, Request
from fastapi.responses import FileResponse, Response

from backend.storage import get_storage
from backend.storage.base import InvalidObjectKey, Storage, content_disposition, media_type
from backend.storage.local import LocalStorage, UploadTooLarge
from backend.storage.signing import SignedUrlError

router = APIRouter(include_in_schema=False)
T = TypeVar("T")

# Shown inline when asked; any other type is always a download, so an uploaded
# HTML or SVG file can never run as a page on the API's origin.
SAFE_INLINE_TYPES = frozenset(
    {
        "application/pdf",
        "audio/mp4",
        "audio/mpeg",
        "image/gif",
        "image/jpeg",
        "image/png",
        "image/webp",
        "text/plain",
        "video/mp4",
        "video/webm",
    }
)


class FileError(Exception):
    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(code)
        self.status, self.code, self.message = status, code, message

    def response(self) -> Response:
        body = orjson.dumps({"error": {"code": self.code, "message": self.message}})
        return Response(body, status_code=self.status, media_type="application/json")


_MESSAGES = {
    "SIGNED_URL_EXPIRED": "This link has expired. Ask for a new one.",
    "SIGNED_URL_INVALID": "This link is not valid.",
}


def request_storage(request: Request) -> Storage:
    """The app's storage; a dependency, so a test can put its own in place."""
    return get_storage(request.app.state.settings)


StorageDependency = Annotated[Storage, Depends(request_storage)]


@router.get("/files/{key:path}")
async def download(key: str, request: Request, storage: StorageDependency) -> Response:
    try:
        return await _download(key, request, _local(storage))
    except FileError as error:
        return error.response()


@router.put("/files/{key:path}")
async def upload(key: str, request: Request, storage: StorageDependency) -> Response:
    try:
        return await _upload(key, request, _local(storage))
    except FileError as error:
        return error.response()


async def _download(key: str, request: Request, storage: LocalStorage) -> Response:
    grant = _verified(lambda: storage.verify_download_url(key, request.query_params))
    located = await storage.locate(key)
    if located is None:
        raise FileError(404, "NOT_FOUND", "No such file.")
    path, info = located
    inline = grant.inline and media_type(info.content_type) in SAFE_INLINE_TYPES
    headers = {
        "Content-Disposition": content_disposition(grant.filename, inline),
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": f"private, max-age={storage.seconds_left(grant.expires)}",
    }
    return FileResponse(path, media_type=info.content_type, headers=headers)


async def _upload(key: str, request: Request, storage: LocalStorage) -> Response:
    grant = _verified(lambda: storage.verify_upload_url(key, request.query_params))
    if request.headers.get("content-type", "").strip() != grant.content_type:
        raise FileError(
            415, "UPLOAD_CONTENT_TYPE_MISMATCH", f"Send Content-Type: {grant.content_type}."
        )
    too_large = FileError(413, "UPLOAD_TOO_LARGE", f"At most {grant.max_bytes} bytes.")
    # A declared length over the limit is refused before reading a byte; the
    # stream is counted as well, since the header may be absent or untrue.
    if _declared_length(request) > grant.max_bytes:
        raise too_large
    try:
        await storage.write_stream(key, request.stream(), grant.content_type, grant.max_bytes)
    except UploadTooLarge:
        raise too_large from None
    return Response(status_code=204)


def _verified(check: Callable[[], T]) -> T:
    try:
        return check()
    except InvalidObjectKey:
        raise FileError(400, "INVALID_KEY", "Not a valid file address.") from None
    except SignedUrlError as error:
        code = error.problem.value
        raise FileError(403, code, _MESSAGES[code]) from None


def _local(storage: Storage) -> LocalStorage:
    if not isinstance(storage, LocalStorage):
        raise FileError(404, "NOT_FOUND", "No such file.")
    return storage


def _declared_length(request: Request) -> int:
    value = request.headers.get("content-length", "")
    return int(value) if value.isdigit() else 0


async def storage_ready(request: Request) -> None:
    """The readiness check of ``/readyz`` (``wiring.py``)."""
    await get_storage(request.app.state.settings).ping()
