"""The local backend's own operations, and the checks shared with S3."""

from __future__ import annotations

from pathlib import Path

import pytest

from backend.storage import get_storage
from backend.storage.base import (
    InvalidObjectKey,
    ObjectInfo,
    ObjectNotFound,
    StorageUnavailable,
    UploadRejected,
    UploadRejection,
    verify_upload,
)
from backend.storage.local import LocalStorage
from backend.storage.s3 import S3Storage
from tests.backend.storage.conftest import storage_settings

KEY = "org/1/exports/tok/report.csv"


async def test_put_get_head_delete(local_storage: LocalStorage) -> None:
    await local_storage.put(KEY, b"a;b\n1;2\n", "text/csv")

    assert await local_storage.get(KEY) == b"a;b\n1;2\n"
    assert await local_storage.head(KEY) == ObjectInfo(8, "text/csv")
    assert await local_storage.exists(KEY)

    await local_storage.delete(KEY)

    assert await local_storage.head(KEY) is None
    assert not await local_storage.exists(KEY)
    with pytest.raises(ObjectNotFound):
        await local_storage.get(KEY)
    await local_storage.delete(KEY)  # deleting again is no error


async def test_put_replaces_the_object_and_its_type(local_storage: LocalStorage) -> None:
    await local_storage.put(KEY, b"old", "text/plain")
    await local_storage.put(KEY, b"newer", "text/csv")

    assert await local_storage.get(KEY) == b"newer"
    assert await local_storage.head(KEY) == ObjectInfo(5, "text/csv")


@pytest.mark.parametrize("key", ["../outside.txt", "/abs/path", "org/1/../../x"])
async def test_operations_refuse_keys_outside_the_folder(
    local_storage: LocalStorage, key: str
) -> None:
    with pytest.raises(InvalidObjectKey):
        await local_storage.put(key, b"x", "text/plain")
    with pytest.raises(InvalidObjectKey):
        await local_storage.get(key)
    with pytest.raises(InvalidObjectKey):
        local_storage.presigned_download(key)
    with pytest.raises(InvalidObjectKey):
        local_storage.presigned_upload(key, "text/plain", 10)


async def test_ping_answers_for_a_writable_folder(local_storage: LocalStorage) -> None:
    await local_storage.ping()


async def test_ping_fails_when_the_folder_cannot_be_made(tmp_path: Path) -> None:
    (tmp_path / "a-file").write_bytes(b"")
    storage = LocalStorage(storage_settings(tmp_path / "a-file" / "files"))

    with pytest.raises((StorageUnavailable, OSError)):
        await storage.ping()


def test_public_url_is_none_for_private_files(local_storage: LocalStorage) -> None:
    assert local_storage.public_url(KEY) is None


async def test_verify_upload_accepts_what_was_allowed(local_storage: LocalStorage) -> None:
    await local_storage.put(KEY, b"1;2", "text/csv")

    info = await verify_upload(local_storage, KEY, {"text/csv"}, max_bytes=10)

    assert info == ObjectInfo(3, "text/csv")


async def test_verify_upload_rejects_and_deletes_an_oversized_object(
    local_storage: LocalStorage,
) -> None:
    await local_storage.put(KEY, b"x" * 11, "text/csv")

    with pytest.raises(UploadRejected) as caught:
        await verify_upload(local_storage, KEY, {"text/csv"}, max_bytes=10)

    assert caught.value.reason is UploadRejection.TOO_LARGE
    assert not await local_storage.exists(KEY)


async def test_verify_upload_rejects_a_missing_object(local_storage: LocalStorage) -> None:
    with pytest.raises(UploadRejected) as caught:
        await verify_upload(local_storage, KEY, {"text/csv"}, max_bytes=10)

    assert caught.value.reason is UploadRejection.MISSING


def test_get_storage_makes_one_storage_per_settings_object(tmp_path: Path) -> None:
    local = storage_settings(tmp_path)
    s3 = storage_settings(tmp_path, storage_backend="s3")

    assert get_storage(local) is get_storage(local)
    assert isinstance(get_storage(local), LocalStorage)
    assert get_storage(local.model_copy()) is not get_storage(local)
    assert isinstance(get_storage(s3), S3Storage)


def test_s3_storage_makes_no_client_until_used(tmp_path: Path) -> None:
    storage = S3Storage(storage_settings(tmp_path, storage_backend="s3"))

    assert storage._client_instance is None
