"""The local backend's signed ``/files/`` URLs, over HTTP."""

from __future__ import annotations

from collections.abc import AsyncIterator
from urllib.parse import parse_qsl, urlencode, urlsplit

import httpx
import pytest
from itsdangerous import URLSafeTimedSerializer

from backend.storage.local import LocalStorage
from backend.storage.signing import UrlSigner
from tests.backend.storage.conftest import FakeClock, storage_settings

KEY = "org/1/reflections/tok/notes.pdf"
PDF = b"%PDF-1.7 a small file"


def with_query(url: str, **changes: str) -> str:
    parts = urlsplit(url)
    query = dict(parse_qsl(parts.query)) | changes
    return parts._replace(query=urlencode(query)).geturl()


def error_code(response: httpx.Response) -> str:
    assert response.headers["content-type"] == "application/json"
    return str(response.json()["error"]["code"])


async def upload(client: httpx.AsyncClient, storage: LocalStorage, data: bytes = PDF) -> None:
    grant = storage.presigned_upload(KEY, "application/pdf", max_bytes=1000)
    response = await client.request(grant.method, grant.url, headers=grant.headers, content=data)
    assert response.status_code == 204, response.text


async def test_signed_upload_then_signed_download_returns_the_same_bytes(
    files_client: httpx.AsyncClient, local_storage: LocalStorage
) -> None:
    await upload(files_client, local_storage)

    url = local_storage.presigned_download(KEY, filename="Mine noter æ.pdf")
    response = await files_client.get(url)

    assert response.status_code == 200
    assert response.content == PDF
    assert response.headers["content-type"] == "application/pdf"
    assert response.headers["content-disposition"] == (
        "attachment; filename=\"Mine-noter-ae.pdf\"; filename*=UTF-8''Mine%20noter%20%C3%A6.pdf"
    )
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["cache-control"] == "private, max-age=900"


async def test_inline_download_is_honoured_only_for_types_safe_to_show(
    files_client: httpx.AsyncClient, local_storage: LocalStorage
) -> None:
    await local_storage.put("org/1/a/page.pdf", PDF, "application/pdf")
    await local_storage.put("org/1/a/page.html", b"<script>", "text/html")

    pdf = await files_client.get(local_storage.presigned_download("org/1/a/page.pdf", inline=True))
    html = await files_client.get(
        local_storage.presigned_download("org/1/a/page.html", inline=True)
    )

    assert pdf.headers["content-disposition"] == "inline"
    assert html.headers["content-disposition"] == "attachment"


async def test_download_with_tampered_signature_is_refused(
    files_client: httpx.AsyncClient, local_storage: LocalStorage
) -> None:
    await upload(files_client, local_storage)
    url = local_storage.presigned_download(KEY)
    token = dict(parse_qsl(urlsplit(url).query))["token"]
    tampered = token[:-1] + ("A" if token[-1] != "A" else "B")

    response = await files_client.get(with_query(url, token=tampered))

    assert response.status_code == 403
    assert error_code(response) == "SIGNED_URL_INVALID"


def with_terms(url: str, **changes: object) -> str:
    """``url`` with its signed terms changed and its signature kept."""
    token = dict(parse_qsl(urlsplit(url).query))["token"]
    payload, timestamp, signature = token.rsplit(".", 2)
    coder = URLSafeTimedSerializer("only (de)serialises here")
    terms = coder.load_payload(payload.encode()) | changes
    forged = coder.dump_payload(terms).decode()
    return with_query(url, token=f"{forged}.{timestamp}.{signature}")


@pytest.mark.parametrize(
    "changes", [{"inline": True}, {"filename": "other.html"}, {"key": "org/2/secret/x.pdf"}]
)
async def test_download_with_changed_terms_is_refused(
    files_client: httpx.AsyncClient, local_storage: LocalStorage, changes: dict[str, object]
) -> None:
    await upload(files_client, local_storage)
    url = local_storage.presigned_download(KEY)
    assert (await files_client.get(with_terms(url))).status_code == 200

    response = await files_client.get(with_terms(url, **changes))

    assert response.status_code == 403
    assert error_code(response) == "SIGNED_URL_INVALID"


async def test_download_url_of_one_key_does_not_open_another(
    files_client: httpx.AsyncClient, local_storage: LocalStorage
) -> None:
    await local_storage.put("org/2/secret/x.pdf", PDF, "application/pdf")
    url = local_storage.presigned_download(KEY).replace(KEY, "org/2/secret/x.pdf")

    response = await files_client.get(url)

    assert response.status_code == 403
    assert error_code(response) == "SIGNED_URL_INVALID"


async def test_expired_download_url_is_refused(
    files_client: httpx.AsyncClient, local_storage: LocalStorage, clock: FakeClock
) -> None:
    await upload(files_client, local_storage)
    url = local_storage.presigned_download(KEY)

    clock.now += 900
    assert (await files_client.get(url)).status_code == 200
    clock.now += 1
    response = await files_client.get(url)

    assert response.status_code == 403
    assert error_code(response) == "SIGNED_URL_EXPIRED"


async def test_expired_upload_url_is_refused_and_stores_nothing(
    files_client: httpx.AsyncClient, local_storage: LocalStorage, clock: FakeClock
) -> None:
    grant = local_storage.presigned_upload(KEY, "application/pdf", max_bytes=1000)
    clock.now += 901

    response = await files_client.put(grant.url, headers=grant.headers, content=PDF)

    assert response.status_code == 403
    assert error_code(response) == "SIGNED_URL_EXPIRED"
    assert not await local_storage.exists(KEY)


async def test_upload_url_cannot_be_used_to_download(
    files_client: httpx.AsyncClient, local_storage: LocalStorage
) -> None:
    await upload(files_client, local_storage)
    grant = local_storage.presigned_upload(KEY, "application/pdf", max_bytes=1000)

    response = await files_client.get(grant.url)

    assert response.status_code == 403
    assert error_code(response) == "SIGNED_URL_INVALID"


@pytest.mark.parametrize(
    "path",
    [
        "/files/%2e%2e/%2e%2e/etc/passwd",
        "/files/org/1/%2E%2E/2/x.pdf",
        "/files/..%2Fsecret",
        "/files//etc/passwd",
        "/files/org/1/.meta/x.json",
    ],
)
async def test_key_traversal_is_refused(
    files_client: httpx.AsyncClient, local_storage: LocalStorage, path: str
) -> None:
    signed = urlsplit(local_storage.presigned_download(KEY)).query

    download = await files_client.get(f"{path}?{signed}")
    upload = await files_client.put(f"{path}?{signed}", content=b"x")

    for response in (download, upload):
        assert response.status_code == 400
        assert error_code(response) == "INVALID_KEY"


async def test_upload_with_other_content_type_is_refused(
    files_client: httpx.AsyncClient, local_storage: LocalStorage
) -> None:
    grant = local_storage.presigned_upload(KEY, "application/pdf", max_bytes=1000)

    response = await files_client.put(
        grant.url, headers={"Content-Type": "text/html"}, content=b"<script>"
    )

    assert response.status_code == 415
    assert error_code(response) == "UPLOAD_CONTENT_TYPE_MISMATCH"
    assert not await local_storage.exists(KEY)


async def test_upload_cannot_change_its_content_type_or_size_limit(
    files_client: httpx.AsyncClient, local_storage: LocalStorage
) -> None:
    grant = local_storage.presigned_upload(KEY, "application/pdf", max_bytes=1000)
    url = with_terms(grant.url, content_type="text/html", max_bytes=99999999)

    response = await files_client.put(url, headers={"Content-Type": "text/html"}, content=b"x")

    assert response.status_code == 403
    assert error_code(response) == "SIGNED_URL_INVALID"


async def test_oversized_upload_is_refused_with_413_and_stores_nothing(
    files_client: httpx.AsyncClient, local_storage: LocalStorage
) -> None:
    grant = local_storage.presigned_upload(KEY, "application/pdf", max_bytes=10)

    response = await files_client.put(grant.url, headers=grant.headers, content=b"x" * 11)

    assert response.status_code == 413
    assert error_code(response) == "UPLOAD_TOO_LARGE"
    assert not await local_storage.exists(KEY)


async def test_oversized_streamed_upload_without_length_is_cut_off_with_413(
    files_client: httpx.AsyncClient, local_storage: LocalStorage
) -> None:
    grant = local_storage.presigned_upload(KEY, "application/pdf", max_bytes=10)

    async def chunks() -> AsyncIterator[bytes]:
        for _ in range(4):
            yield b"xxxx"

    response = await files_client.put(grant.url, headers=grant.headers, content=chunks())

    assert response.status_code == 413
    assert error_code(response) == "UPLOAD_TOO_LARGE"
    assert not await local_storage.exists(KEY)
    assert list((local_storage._root / ".tmp").iterdir()) == []


async def test_upload_at_exactly_the_limit_is_stored(
    files_client: httpx.AsyncClient, local_storage: LocalStorage
) -> None:
    grant = local_storage.presigned_upload(KEY, "application/pdf", max_bytes=10)

    response = await files_client.put(grant.url, headers=grant.headers, content=b"x" * 10)

    assert response.status_code == 204
    assert await local_storage.head(KEY) == (10, "application/pdf")


async def test_download_of_a_missing_file_is_404(
    files_client: httpx.AsyncClient, local_storage: LocalStorage
) -> None:
    response = await files_client.get(local_storage.presigned_download("org/1/none/x.pdf"))

    assert response.status_code == 404
    assert error_code(response) == "NOT_FOUND"


@pytest.mark.parametrize("token", ["", "abc", "a.b.c", "9" * 40, "..", "%ff.%00"])
async def test_malformed_url_is_refused_not_a_server_error(
    files_client: httpx.AsyncClient, local_storage: LocalStorage, token: str
) -> None:
    await upload(files_client, local_storage)

    response = await files_client.get(
        with_query(local_storage.presigned_download(KEY), token=token)
    )

    assert response.status_code == 403
    assert error_code(response) == "SIGNED_URL_INVALID"


async def test_url_signed_with_another_secret_or_salt_is_refused(
    files_client: httpx.AsyncClient, local_storage: LocalStorage, clock: FakeClock
) -> None:
    await upload(files_client, local_storage)
    url = local_storage.presigned_download(KEY)
    other_secret = UrlSigner("another secret key " * 3, clock, 900)
    unsalted = URLSafeTimedSerializer(storage_settings(local_storage._root).secret_key)
    terms = {"key": KEY, "filename": None, "inline": False}

    for token in (
        other_secret.download_query(KEY, None, False)["token"],
        unsalted.dumps(terms),
    ):
        response = await files_client.get(with_query(url, token=token))
        assert response.status_code == 403
        assert error_code(response) == "SIGNED_URL_INVALID"
