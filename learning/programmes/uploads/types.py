"""GraphQL types of presigned uploads: the requests (an activity's media for
HR, an action's evidence for the leader) and the ticket that answers both.

A payload keeps the ticket as plain JSON in a private field, because the
idempotency store keeps what a payload returned.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import strawberry

from backend.api.mutations import Payload
from learning.programmes.uploads.service import Upload


@strawberry.input
class RequestMediaUploadInput:
    programme_id: strawberry.ID
    filename: str
    content_type: str
    byte_size: int
    client_mutation_id: str | None = None


@strawberry.input
class RequestEvidenceUploadInput:
    enrolment_id: strawberry.ID
    activity_id: strawberry.ID
    filename: str
    content_type: str
    byte_size: int
    client_mutation_id: str | None = None


@strawberry.type(
    description="Send the file with `method` to `url`, then save the key. PUT: the file is "
    "the body, sent with `headers`. POST: a multipart form of `fields` (each as given) and "
    "the file last, as the part named `file`. The store refuses another type or a size over "
    "the declared one; the saved key is checked again (size, type, content)."
)
class UploadTicket:
    object_key: str
    url: str
    method: str
    headers: strawberry.scalars.JSON
    expires_at: datetime
    fields: strawberry.scalars.JSON = strawberry.field(
        default_factory=dict, description="Form fields of a POST upload; empty for PUT."
    )


@strawberry.type
class RequestUploadPayload(Payload):
    ticket: strawberry.Private[dict[str, Any] | None] = None

    @strawberry.field
    def upload(self) -> UploadTicket | None:
        if self.ticket is None:
            return None
        values = dict(self.ticket)
        values["expires_at"] = datetime.fromisoformat(values["expires_at"])
        return UploadTicket(**values)


def upload_ticket(upload: Upload) -> dict[str, Any]:
    """What ``RequestUploadPayload`` keeps of an upload."""
    return {
        "object_key": upload.object_key,
        "url": upload.presigned.url,
        "method": upload.presigned.method,
        "headers": dict(upload.presigned.headers),
        "fields": dict(upload.presigned.fields),
        "expires_at": upload.presigned.expires_at.isoformat(),
    }
