"""The S3 backend against moto's standalone server, over HTTP on loopback.

The server is ``StrictMotoServer``: moto plus the presigned-URL checks S3
makes and moto does not (signature incl. Content-Type, expiry).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from backend.settings import Settings
from backend.storage.base import ObjectInfo, ObjectNotFound, verify_upload
from backend.storage.s3 import S3Storage
from tests.support.moto_server import StrictMotoServer

KEY = "org/1/philosophies/tok/grundlag.pdf"
PDF = b"%PDF-1.7 leadership philosophy"


async def presigned_put(
    http: httpx.AsyncClient, storage: S3Storage, content_type: str = "application/pdf"
) -> httpx.Response:
    grant = storage.presigned_upload(KEY, "application/pdf", max_bytes=1000)
    headers = grant.headers | {"Content-Type": content_type}
    return await http.request(grant.method, grant.url, headers=headers, content=PDF)


async def test_presigned_put_then_presigned_get_returns_the_same_bytes(
    http: httpx.AsyncClient, s3_storage: S3Storage
) -> None:
    assert (await presigned_put(http, s3_storage)).status_code == 200

    response = await http.get(s3_storage.presigned_download(KEY, filename="Mit grundlag.pdf"))

    assert response.status_code == 200
    assert response.content == PDF
    assert response.headers["content-type"] == "application/pdf"
    assert response.headers["content-disposition"] == (
        "attachment; filename=\"Mit-grundlag.pdf\"; filename*=UTF-8''Mit%20grundlag.pdf"
    )
    assert await s3_storage.head(KEY) == ObjectInfo(len(PDF), "application/pdf")


def test_presigned_upload_signs_the_content_type_and_uses_path_style(
    s3_storage: S3Storage, s3_settings: Settings
) -> None:
    grant = s3_storage.presigned_upload(KEY, "image/png", max_bytes=10)
    url = urlsplit(grant.url)
    query = parse_qs(url.query)

    assert grant.method == "PUT"
    assert grant.headers == {"Content-Type": "image/png"}
    assert url.path == f"/{s3_settings.s3_bucket}/{KEY}"
    assert "content-type" in query["X-Amz-SignedHeaders"][0].split(";")
    assert query["X-Amz-Expires"] == ["900"]
    assert query["X-Amz-Algorithm"] == ["AWS4-HMAC-SHA256"]
    expected = datetime.now(UTC) + timedelta(seconds=900)
    assert abs(grant.expires_at - expected) < timedelta(seconds=5)


async def test_presigned_put_with_other_content_type_is_refused(
    http: httpx.AsyncClient, s3_storage: S3Storage
) -> None:
    response = await presigned_put(http, s3_storage, content_type="text/html")

    assert response.status_code == 403
    assert b"SignatureDoesNotMatch" in response.content
    assert not await s3_storage.exists(KEY)


async def test_expired_presigned_urls_are_refused(
    http: httpx.AsyncClient, s3_storage: S3Storage, moto_server: StrictMotoServer
) -> None:
    await s3_storage.put(KEY, PDF, "application/pdf")
    download = s3_storage.presigned_download(KEY)
    upload = s3_storage.presigned_upload(KEY, "application/pdf", max_bytes=1000)

    moto_server.check.clock_skew = timedelta(seconds=901)
    try:
        got = await http.get(download)
        put = await http.put(upload.url, headers=upload.headers, content=b"replaced")
    finally:
        moto_server.check.clock_skew = timedelta()

    for response in (got, put):
        assert response.status_code == 403
        assert b"Request has expired" in response.content
    assert await s3_storage.get(KEY) == PDF


async def test_tampered_presigned_download_is_refused(
    http: httpx.AsyncClient, s3_storage: S3Storage
) -> None:
    await s3_storage.put(KEY, PDF, "application/pdf")
    url = s3_storage.presigned_download(KEY).replace("attachment", "inline")

    response = await http.get(url)

    assert response.status_code == 403


async def test_put_get_head_delete(s3_storage: S3Storage) -> None:
    await s3_storage.put(KEY, PDF, "application/pdf")

    assert await s3_storage.get(KEY) == PDF
    assert await s3_storage.head(KEY) == ObjectInfo(len(PDF), "application/pdf")
    assert await s3_storage.exists(KEY)

    await s3_storage.delete(KEY)

    assert await s3_storage.head(KEY) is None
    with pytest.raises(ObjectNotFound):
        await s3_storage.get(KEY)
    await s3_storage.delete(KEY)  # deleting again is no error


async def test_verify_upload_deletes_an_object_larger_than_allowed(
    s3_storage: S3Storage,
) -> None:
    await s3_storage.put(KEY, PDF, "application/pdf")

    with pytest.raises(Exception, match="storage.upload.too_large"):
        await verify_upload(s3_storage, KEY, {"application/pdf"}, max_bytes=len(PDF) - 1)

    assert not await s3_storage.exists(KEY)


async def test_ping_answers_when_the_bucket_exists(s3_storage: S3Storage) -> None:
    await s3_storage.ping()


async def test_ping_fails_without_the_bucket(s3_settings: Settings) -> None:
    storage = S3Storage(s3_settings.model_copy(update={"s3_bucket": "ledelyst-test-missing"}))

    with pytest.raises(Exception):  # noqa: B017 - any error means not ready
        await storage.ping()


async def test_ensure_bucket_can_run_again(s3_storage: S3Storage) -> None:
    await s3_storage.ensure_bucket()
    await s3_storage.ping()
