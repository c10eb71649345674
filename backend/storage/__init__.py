"""File storage: a local folder (embedded default) or S3, behind one interface.

Services use ``get_storage(settings)`` and the helpers of ``base``; clients
move the bytes themselves through presigned URLs.
"""

from __future__ import annotations

import threading

from backend.settings import Settings
from backend.storage.base import (
    InvalidObjectKey,
    ObjectInfo,
    ObjectNotFound,
    PresignedUpload,
    Storage,
    StorageUnavailable,
    UploadRejected,
    UploadRejection,
    check_upload,
    key_in_tenant,
    new_object_key,
    validate_key,
    verify_upload,
)

__all__ = [
    "InvalidObjectKey",
    "ObjectInfo",
    "ObjectNotFound",
    "PresignedUpload",
    "Storage",
    "StorageUnavailable",
    "UploadRejected",
    "UploadRejection",
    "check_upload",
    "get_storage",
    "key_in_tenant",
    "new_object_key",
    "validate_key",
    "verify_upload",
]

# Keyed by identity, since Settings is not hashable; each entry keeps its
# settings alive, so an id is never reused for other settings.
_instances: dict[int, tuple[Settings, Storage]] = {}
_lock = threading.Lock()


def get_storage(settings: Settings) -> Storage:
    """The storage for these settings, made once, so an S3 backend keeps one
    client and connection pool for as long as the settings live."""
    with _lock:
        entry = _instances.get(id(settings))
        if entry is None:
            entry = (settings, _make(settings))
            _instances[id(settings)] = entry
        return entry[1]


def _make(settings: Settings) -> Storage:
    # Imported here so the embedded default never pays for importing boto3.
    if settings.storage_backend == "s3":
        from backend.storage.s3 import S3Storage

        return S3Storage(settings)
    from backend.storage.local import LocalStorage

    return LocalStorage(settings)
