"""The S3 backend against moto's standalone server, over HTTP on loopback.

The server is ``StrictMotoServer``: moto plus the presigned-URL checks S3
makes and moto does not (signature incl. Content-Type, expiry).
"""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime, timedelta
from urllib.parse import urlsplit

import httpx
import pytest

from backend.settings import Settings
from backend.storage.base import ObjectInfo, ObjectNotFound, verify_upload
from backend.storage.s3 import S3Storage
from tests.support.moto_server import StrictMotoServer
from tests.support.uploads import send_upload

KEY = "org/1/philosophies/tok/grundlag.pdf"
PDF = b"%PDF-1.7 leadership philosophy"


async def presigned_put(
    http: httpx.AsyncClient,
    storage: S3Storage,
    content_type: str = "application/pdf",
    data: bytes = PDF,
    max_bytes: int = 1000,
) -> httpx.Response:
    grant = storage.presigned_upload(KEY, "application/pdf", max_bytes=max_bytes)
    return await send_upload(
        http, grant.url, grant.method, grant.headers, grant.fields, data, content_type=content_type
    )


async def test_presigned_put_then_presigned_get_returns_the_same_bytes(
    http: httpx.AsyncClient, s3_storage: S3Storage
) -> None:
    assert (await presigned_put(http, s3_storage)).status_code == 204

    response = await http.get(s3_storage.presigned_download(KEY, filename="Mit grundlag.pdf"))

    assert response.status_code == 200
    assert response.content == PDF
    assert response.headers["content-type"] == "application/pdf"
    assert response.headers["content-disposition"] == (
        "attachment; filename=\"Mit-grundlag.pdf\"; filename*=UTF-8''Mit%20grundlag.pdf"
    )
    assert await s3_storage.head(KEY) == ObjectInfo(len(PDF), "application/pdf")


def test_presigned_upload_is_a_post_policy_binding_key_type_and_size_on_a_path_style_url(
    s3_storage: S3Storage, s3_settings: Settings
) -> None:
    grant = s3_storage.presigned_upload(KEY, "image/png", max_bytes=10)
    url = urlsplit(grant.url)
    policy = json.loads(base64.b64decode(grant.fields["policy"]))

    assert grant.method == "POST" and grant.headers == {}
    assert url.path == f"/{s3_settings.s3_bucket}"
    assert grant.fields["key"] == KEY and grant.fields["Content-Type"] == "image/png"
    assert grant.fields["x-amz-algorithm"] == "AWS4-HMAC-SHA256"
    assert {"Content-Type": "image/png"} in policy["conditions"]
    assert ["content-length-range", 1, 10] in policy["conditions"]
    assert {"key": KEY} in policy["conditions"]
    expires = datetime.strptime(policy["expiration"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    expected = datetime.now(UTC) + timedelta(seconds=900)
    assert abs(expires - expected) < timedelta(seconds=5)
    assert abs(grant.expires_at - expected) < timedelta(seconds=5)


async def test_presigned_upload_with_other_content_type_is_refused(
    http: httpx.AsyncClient, s3_storage: S3Storage
) -> None:
    response = await presigned_put(http, s3_storage, content_type="text/html")

    assert response.status_code == 403
    assert b"Policy Condition failed" in response.content
    assert not await s3_storage.exists(KEY)


async def test_an_upload_over_the_declared_size_is_refused_by_the_store(
    http: httpx.AsyncClient, s3_storage: S3Storage
) -> None:
    too_large = await presigned_put(http, s3_storage, data=PDF + b"!", max_bytes=len(PDF))
    assert too_large.status_code == 400 and b"EntityTooLarge" in too_large.content
    assert not await s3_storage.exists(KEY)
    exact = await presigned_put(http, s3_storage, max_bytes=len(PDF))
    assert exact.status_code == 204
    assert await s3_storage.head(KEY) == ObjectInfo(len(PDF), "application/pdf")


async def test_the_form_may_not_change_the_key_or_add_fields(
    http: httpx.AsyncClient, s3_storage: S3Storage
) -> None:
    grant = s3_storage.presigned_upload(KEY, "application/pdf", max_bytes=1000)
    for changed in (
        {**grant.fields, "key": "org/2/stolen.pdf"},
        {**grant.fields, "x-amz-meta-owner": "me"},
        {**grant.fields, "x-amz-signature": "0" * 64},
    ):
        response = await send_upload(http, grant.url, "POST", {}, changed, PDF)
        assert response.status_code == 403, changed
    assert not await s3_storage.exists(KEY)
    assert not await s3_storage.exists("org/2/stolen.pdf")


async def test_expired_presigned_urls_are_refused(
    http: httpx.AsyncClient, s3_storage: S3Storage, moto_server: StrictMotoServer
) -> None:
    await s3_storage.put(KEY, PDF, "application/pdf")
    download = s3_storage.presigned_download(KEY)
    upload = s3_storage.presigned_upload(KEY, "application/pdf", max_bytes=1000)

    moto_server.check.clock_skew = timedelta(seconds=901)
    try:
        got = await http.get(download)
        put = await send_upload(
            http, upload.url, upload.method, upload.headers, upload.fields, b"%PDF-replaced"
        )
    finally:
        moto_server.check.clock_skew = timedelta()

    for response in (got, put):
        assert response.status_code == 403
        assert b"expired" in response.content
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
