"""Files in a local folder, the embedded default.

Clients still up- and download through signed, expiring URLs, served by the
API itself (``routes.py``), so they work the same way as with S3.

Layout under ``storage_folder``: an object at ``<key>``, its content type in
``.meta/<key>.json`` and uploads in progress in ``.tmp/``. Keys never start a
segment with a dot, so neither folder can collide with an object.
"""

from __future__ import annotations

import asyncio
import json
import os
import tempfile
import time
from collections.abc import AsyncIterable, Callable, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import IO
from urllib.parse import quote, urlencode

from backend.settings import Settings
from backend.storage.base import (
    DEFAULT_CONTENT_TYPE,
    ObjectInfo,
    ObjectNotFound,
    PresignedUpload,
    Storage,
    StorageUnavailable,
    validate_key,
)
from backend.storage.signing import DownloadGrant, UploadGrant, UrlSigner

FILES_PATH = "/files/"


class UploadTooLarge(Exception):
    """The body of a signed upload went past its size limit."""


class LocalStorage(Storage):
    def __init__(self, settings: Settings, *, clock: Callable[[], float] = time.time) -> None:
        # No filesystem calls here: get_storage may run on the event loop.
        self._root = Path(settings.storage_folder).absolute()
        self._base_url = settings.base_url.rstrip("/")
        self._signer = UrlSigner(settings.secret_key, clock, settings.signed_url_seconds)

    # --- signed URLs ----------------------------------------------------------

    def presigned_upload(self, key: str, content_type: str, max_bytes: int) -> PresignedUpload:
        expires = self._signer.expires()
        query = self._signer.upload_query(validate_key(key), content_type, max_bytes)
        return PresignedUpload(
            url=self._url(key, query),
            method="PUT",
            headers={"Content-Type": content_type},
            expires_at=datetime.fromtimestamp(expires, UTC),
        )

    def presigned_download(
        self, key: str, filename: str | None = None, inline: bool = False
    ) -> str:
        return self._url(key, self._signer.download_query(validate_key(key), filename, inline))

    def verify_upload_url(self, key: str, query: Mapping[str, str]) -> UploadGrant:
        """The terms of a signed upload URL; ``SignedUrlError`` if it is not one."""
        return self._signer.verify_upload(validate_key(key), query)

    def verify_download_url(self, key: str, query: Mapping[str, str]) -> DownloadGrant:
        return self._signer.verify_download(validate_key(key), query)

    def seconds_left(self, expires: int) -> int:
        return max(0, expires - self._signer.now())

    def _url(self, key: str, query: dict[str, str]) -> str:
        return f"{self._base_url}{FILES_PATH}{quote(key, safe='/')}?{urlencode(query)}"

    # --- objects ----------------------------------------------------------------

    async def put(self, key: str, data: bytes, content_type: str) -> None:
        await self.write_stream(key, _single(data), content_type, max_bytes=len(data))

    async def get(self, key: str) -> bytes:
        try:
            return await asyncio.to_thread(self._path(key).read_bytes)
        except FileNotFoundError as error:
            raise ObjectNotFound(key) from error

    async def first_bytes(self, key: str, count: int) -> bytes:
        try:
            return await asyncio.to_thread(self._read_start, key, count)
        except FileNotFoundError as error:
            raise ObjectNotFound(key) from error

    async def delete(self, key: str) -> None:
        await asyncio.to_thread(self._delete, key)

    async def head(self, key: str) -> ObjectInfo | None:
        located = await self.locate(key)
        return located[1] if located else None

    async def locate(self, key: str) -> tuple[Path, ObjectInfo] | None:
        """The object's file and what it holds, or None; for serving it."""
        return await asyncio.to_thread(self._locate, key)

    async def ping(self) -> None:
        await asyncio.to_thread(self._ping)

    async def write_stream(
        self, key: str, chunks: AsyncIterable[bytes], content_type: str, max_bytes: int
    ) -> int:
        """Write an object from a stream, all or nothing: the bytes go to a
        temporary file that is renamed into place only once complete, so a
        reader never sees half a file. ``UploadTooLarge`` past ``max_bytes``."""
        target = self._path(key)
        temporary = await asyncio.to_thread(self._open_temporary)
        size, committed = 0, False
        try:
            async for chunk in chunks:
                size += len(chunk)
                if size > max_bytes:
                    raise UploadTooLarge(key)
                await asyncio.to_thread(temporary.write, chunk)
            await asyncio.to_thread(self._commit, temporary, target, key, content_type)
            committed = True
        finally:
            if not committed:
                # Synchronous on purpose: it must run even when the request is
                # cancelled, and closing and unlinking one file is quick.
                _discard(temporary)
        return size

    # --- blocking helpers, run in a thread -----------------------------------------

    def _path(self, key: str) -> Path:
        return self._root / validate_key(key)

    def _meta_path(self, key: str) -> Path:
        return self._root / ".meta" / f"{validate_key(key)}.json"

    def _open_temporary(self) -> IO[bytes]:
        folder = self._root / ".tmp"
        folder.mkdir(parents=True, exist_ok=True)
        return tempfile.NamedTemporaryFile(dir=folder, delete=False)  # closed by _commit/_discard

    def _commit(self, temporary: IO[bytes], target: Path, key: str, content_type: str) -> None:
        temporary.flush()
        os.fsync(temporary.fileno())
        temporary.close()
        # The type first: a reader that sees the new bytes sees their type.
        _write_atomically(
            self._meta_path(key), json.dumps({"content_type": content_type}).encode(), self._root
        )
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(temporary.name, target)

    def _locate(self, key: str) -> tuple[Path, ObjectInfo] | None:
        path = self._path(key)
        try:
            size = path.stat().st_size
        except FileNotFoundError:
            return None
        return path, ObjectInfo(size, self._content_type(key))

    def _content_type(self, key: str) -> str:
        try:
            meta = json.loads(self._meta_path(key).read_bytes())
        except (FileNotFoundError, ValueError):
            return DEFAULT_CONTENT_TYPE
        return str(meta.get("content_type") or DEFAULT_CONTENT_TYPE)

    def _read_start(self, key: str, count: int) -> bytes:
        with self._path(key).open("rb") as file:
            return file.read(count)

    def _delete(self, key: str) -> None:
        self._path(key).unlink(missing_ok=True)
        self._meta_path(key).unlink(missing_ok=True)

    def _ping(self) -> None:
        self._root.mkdir(parents=True, exist_ok=True)
        if not os.access(self._root, os.W_OK):
            raise StorageUnavailable(f"{self._root} is not writable")


def _write_atomically(path: Path, data: bytes, root: Path) -> None:
    folder = root / ".tmp"
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(dir=folder, delete=False) as temporary:
        temporary.write(data)
    path.parent.mkdir(parents=True, exist_ok=True)
    os.replace(temporary.name, path)


def _discard(temporary: IO[bytes]) -> None:
    temporary.close()
    Path(temporary.name).unlink(missing_ok=True)


async def _single(data: bytes) -> AsyncIterable[bytes]:
    yield data
