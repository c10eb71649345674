"""Storage fixtures. None touches the database: storage tests build their own
Settings instead of using the session ``settings`` fixture (which migrates)."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI

from backend.settings import Settings
from backend.storage.local import LocalStorage
from backend.storage.routes import request_storage, router
from backend.storage.s3 import S3Storage
from tests.support.moto_server import ACCESS_KEY, SECRET_KEY, StrictMotoServer

BASE_URL = "http://testserver"


def storage_settings(folder: Path, **overrides: object) -> Settings:
    values: dict[str, object] = {
        "storage_backend": "local",
        "storage_folder": folder,
        "secret_key": "storage-test-secret-key-0123456789abcdef",
        "base_url": BASE_URL,
        "signed_url_seconds": 900,
        **overrides,
    }
    # model_validate reads no LEDELYST_* variables or .env: the values are all.
    return Settings.model_validate(values)


class FakeClock:
    """Seconds since the epoch, moved by hand."""

    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def local_storage(tmp_path: Path, clock: FakeClock) -> LocalStorage:
    return LocalStorage(storage_settings(tmp_path / "files"), clock=clock)


@pytest.fixture
async def files_client(local_storage: LocalStorage) -> AsyncIterator[httpx.AsyncClient]:
    """An HTTP client of a small app with only the ``/files/`` routes."""
    app = FastAPI()
    app.include_router(router)
    app.dependency_overrides[request_storage] = lambda: local_storage
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url=BASE_URL) as client:
        yield client


@pytest.fixture
def s3_settings(moto_server: StrictMotoServer, tmp_path: Path) -> Settings:
    return storage_settings(
        tmp_path / "unused",
        storage_backend="s3",
        s3_endpoint_url=moto_server.endpoint_url,
        s3_bucket=f"ledelyst-test-{uuid.uuid4().hex[:12]}",
        s3_region="eu-north-1",
        s3_access_key_id=ACCESS_KEY,
        s3_secret_access_key=SECRET_KEY,
    )


@pytest.fixture
async def s3_storage(s3_settings: Settings) -> S3Storage:
    storage = S3Storage(s3_settings)
    await storage.ensure_bucket()
    return storage


@pytest.fixture
async def http() -> AsyncIterator[httpx.AsyncClient]:
    """A plain client for presigned URLs; loopback only, so no proxy from the
    environment may step in."""
    async with httpx.AsyncClient(trust_env=False, timeout=10) as client:
        yield client
