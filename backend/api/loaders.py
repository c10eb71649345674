"""A per-request registry of DataLoaders.

A slice's ``loaders.py`` defines ``XByYLoader`` classes; resolvers ask for
``info.context.loaders.get(XByYLoader)`` and get the request's one instance,
so every relation a page touches is fetched in one batch per level.
"""

from __future__ import annotations

from collections.abc import Awaitable, Hashable, Iterable, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar

from strawberry.dataloader import DataLoader

if TYPE_CHECKING:
    from backend.api.context import Context

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")
L = TypeVar("L", bound="BatchLoader[Any, Any]")


class BatchLoader(Generic[K, V]):
    """Subclasses implement ``batch``: one query for all keys, results in key order.

    It wraps a strawberry ``DataLoader`` rather than subclassing it: the
    DataLoader keeps its pending batch in an attribute named ``batch``, which
    a ``batch`` method would shadow.
    """

    name: ClassVar[str] = ""

    def __init__(self, context: Context) -> None:
        self.context = context
        self._loader: DataLoader[K, V] = DataLoader(load_fn=self._load)

    async def _load(self, keys: Sequence[K]) -> Sequence[V]:
        return await self.batch(list(keys))

    async def batch(self, keys: list[K]) -> Sequence[V]:
        raise NotImplementedError

    def load(self, key: K) -> Awaitable[V]:
        return self._loader.load(key)

    def load_many(self, keys: Iterable[K]) -> Awaitable[list[V]]:
        return self._loader.load_many(keys)

    def prime(self, key: K, value: V, force: bool = False) -> None:
        """Put a value already read (e.g. by a page's own query) in the cache."""
        self._loader.prime(key, value, force)

    def clear(self, key: K) -> None:
        self._loader.clear(key)

    def clear_all(self) -> None:
        self._loader.clear_all()


class LoaderRegistry:
    def __init__(self, context: Context) -> None:
        self._context = context
        self._loaders: dict[type[Any], Any] = {}

    def get(self, loader_class: type[L]) -> L:
        loader = self._loaders.get(loader_class)
        if loader is None:
            loader = loader_class(self._context)
            self._loaders[loader_class] = loader
        return loader
