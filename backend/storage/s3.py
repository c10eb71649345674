"""Files in S3 or any S3-compatible store (MinIO, Ceph, moto in tests).

boto3 is blocking, so every call that talks to S3 runs in a worker thread
(``asyncio.to_thread``). Presigning is computed locally and stays
synchronous; see ``_client`` for the one slow step it can hit.
"""

from __future__ import annotations

import asyncio
import threading
from contextlib import closing
from datetime import UTC, datetime, timedelta
from typing import Any

import boto3
from botocore.client import BaseClient
from botocore.config import Config
from botocore.exceptions import ClientError

from backend.settings import Settings
from backend.storage.base import (
    DEFAULT_CONTENT_TYPE,
    ObjectInfo,
    ObjectNotFound,
    PresignedUpload,
    Storage,
    content_disposition,
    validate_key,
)

_MISSING = frozenset({"404", "NoSuchKey", "NotFound", "NoSuchBucket"})


class S3Storage(Storage):
    def __init__(self, settings: Settings) -> None:
        self._settings = settings
        self._bucket = settings.s3_bucket
        self._seconds = settings.signed_url_seconds
        self._client_instance: BaseClient | None = None
        self._client_lock = threading.Lock()

    def _client(self) -> BaseClient:
        """Made on first use, never at import or construction: making one loads
        botocore's service models, which is slow. boto3 clients are
        thread-safe, so this one serves every worker thread and keeps one
        connection pool. The first presign may make it on the event loop;
        ``ping`` at start-up (``/readyz``) makes it in a thread first."""
        if self._client_instance is None:
            with self._client_lock:
                if self._client_instance is None:
                    self._client_instance = make_client(self._settings)
        return self._client_instance

    # --- presigned URLs -----------------------------------------------------------

    def presigned_upload(self, key: str, content_type: str, max_bytes: int) -> PresignedUpload:
        """A presigned POST (a browser form upload): its signed policy makes S3
        itself refuse another key, another Content-Type, or a body outside
        1..``max_bytes`` (a presigned PUT could bound neither the size nor,
        for a client that signs nothing, the type). ``verify_upload`` still
        checks what arrived before a service records the key."""
        expires_at = self._expires_at()
        post = self._client().generate_presigned_post(
            self._bucket,
            validate_key(key),
            Fields={"Content-Type": content_type},
            Conditions=[{"Content-Type": content_type}, ["content-length-range", 1, max_bytes]],
            ExpiresIn=self._seconds,
        )
        return PresignedUpload(
            url=str(post["url"]),
            method="POST",
            headers={},
            expires_at=expires_at,
            fields={str(k): str(v) for k, v in post["fields"].items()},
        )

    def presigned_download(
        self, key: str, filename: str | None = None, inline: bool = False
    ) -> str:
        params = {
            "Bucket": self._bucket,
            "Key": validate_key(key),
            "ResponseContentDisposition": content_disposition(filename, inline),
            "ResponseCacheControl": "private",
        }
        url = self._client().generate_presigned_url(
            "get_object", Params=params, ExpiresIn=self._seconds, HttpMethod="GET"
        )
        return str(url)

    def _expires_at(self) -> datetime:
        # Taken before signing, so the URL never lives shorter than promised.
        return datetime.now(UTC) + timedelta(seconds=self._seconds)

    # --- objects ----------------------------------------------------------------------

    async def put(self, key: str, data: bytes, content_type: str) -> None:
        validate_key(key)
        await asyncio.to_thread(
            self._call, "put_object", Key=key, Body=data, ContentType=content_type
        )

    async def get(self, key: str) -> bytes:
        validate_key(key)
        return await asyncio.to_thread(self._read, key)

    async def delete(self, key: str) -> None:
        validate_key(key)
        await asyncio.to_thread(self._call, "delete_object", Key=key)

    async def first_bytes(self, key: str, count: int) -> bytes:
        """The object's first ``count`` bytes, by a ranged GET (not the whole file)."""
        validate_key(key)
        return await asyncio.to_thread(self._read, key, f"bytes=0-{max(0, count - 1)}")

    async def head(self, key: str) -> ObjectInfo | None:
        validate_key(key)
        try:
            response = await asyncio.to_thread(self._call, "head_object", Key=key)
        except ClientError as error:
            if _is_missing(error):
                return None
            raise
        return ObjectInfo(
            response["ContentLength"], response.get("ContentType") or DEFAULT_CONTENT_TYPE
        )

    async def ping(self) -> None:
        await asyncio.to_thread(self._call, "head_bucket")

    async def ensure_bucket(self) -> None:
        """Create the bucket if missing: for development and tests; production
        buckets are provisioned with their policies outside the app."""
        await asyncio.to_thread(self._ensure_bucket)

    # --- blocking helpers, run in a thread ---------------------------------------------

    def _call(self, operation: str, **params: Any) -> Any:
        return getattr(self._client(), operation)(Bucket=self._bucket, **params)

    def _read(self, key: str, byte_range: str | None = None) -> bytes:
        try:
            extra = {"Range": byte_range} if byte_range else {}
            response = self._call("get_object", Key=key, **extra)
        except ClientError as error:
            if _is_missing(error):
                raise ObjectNotFound(key) from error
            raise
        with closing(response["Body"]) as body:
            return bytes(body.read())

    def _ensure_bucket(self) -> None:
        try:
            self._call("head_bucket")
            return
        except ClientError as error:
            if not _is_missing(error):
                raise
        region = self._settings.s3_region
        # us-east-1 is the one region that refuses an explicit location.
        location = {} if region == "us-east-1" else {"LocationConstraint": region}
        try:
            self._call(
                "create_bucket", **({"CreateBucketConfiguration": location} if location else {})
            )
        except ClientError as error:
            if _code(error) != "BucketAlreadyOwnedByYou":  # made meanwhile by another process
                raise


def make_client(settings: Settings) -> BaseClient:
    # A session of its own: boto3's default session is shared global state and
    # not safe to make clients from concurrently.
    session = boto3.session.Session()
    config = Config(
        signature_version="s3v4",
        # Path-style for custom endpoints: MinIO and moto have no wildcard DNS
        # for virtual-hosted buckets. AWS itself picks the style.
        s3={"addressing_style": "path" if settings.s3_endpoint_url else "auto"},
        retries={"mode": "standard", "max_attempts": 3},
        connect_timeout=5,
        read_timeout=30,
    )
    return session.client(
        "s3",
        endpoint_url=settings.s3_endpoint_url or None,
        region_name=settings.s3_region,
        aws_access_key_id=settings.s3_access_key_id,
        aws_secret_access_key=settings.s3_secret_access_key,
        config=config,
    )


def _code(error: ClientError) -> str:
    return str(error.response.get("Error", {}).get("Code", ""))


def _is_missing(error: ClientError) -> bool:
    return _code(error) in _MISSING
