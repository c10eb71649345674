"""What every resolver gets as ``info.context``: one request's session,
viewer, language and DataLoaders."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession
from starlette.requests import Request
from strawberry.types import Info as StrawberryInfo

from backend.api.loaders import LoaderRegistry
from backend.auth.viewer import Viewer
from backend.i18n import Locale
from backend.settings import Settings


@dataclass
class Context:
    request: Request | None
    session: AsyncSession
    settings: Settings
    viewer: Viewer | None
    locale: Locale
    request_id: str
    loaders: LoaderRegistry = field(init=False)
    # Set by the mutation layer when a payload carries errors: the unit of
    # work then rolls back instead of committing.
    failed: bool = False
    # Work to start only once the transaction has committed (see jobs.outbox).
    after_commit: list[Any] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.loaders = LoaderRegistry(self)


Info = StrawberryInfo[Context, None]
