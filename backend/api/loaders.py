"""A per-request registry of DataLoaders.

A slice's ``loaders.py`` defines ``XByYLoader`` classes; resolvers ask for
``info.context.loaders.get(XByYLoader)`` and get the request's one instance,
so every relation a page touches is fetched in one batch per level.
"""

from __future__ import annotations

import inspect
from collections.abc import Awaitable, Callable, Hashable, Iterable, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeAlias, TypeVar

from strawberry.dataloader import DataLoader

if TYPE_CHECKING:
    from backend.api.context import Context

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")
R = TypeVar("R")
L = TypeVar("L", bound="BatchLoader[Any, Any]")

# What a field built on ``BatchLoader.resolve`` returns: the value, or an awaitable of it.
Resolved: TypeAlias = R | Awaitable[R]


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

    def load_missing(self, keys: Iterable[K]) -> Awaitable[list[V]] | None:
        """Loads the keys not yet loaded, loading or primed (``None`` when there is
        none): a read ahead of values partly primed costs nothing for those."""
        cached = self._loader.cache_map
        missing = [key for key in keys if cached.get(key) is None]
        return self._loader.load_many(missing) if missing else None

    def resolve(self, key: K, convert: Callable[[V], Resolved[R]]) -> Resolved[R]:
        """``convert`` of the key's value: at once when the value is already here
        (a page read its nodes' relations in one batch before they were resolved,
        or it was primed), so a field returning this needs no await per object;
        otherwise an awaitable that loads it in the next batch. graphql-core
        awaits what a resolver returns when it is awaitable: a sync resolver may
        return either. ``convert`` may itself answer later (another loader's
        ``resolve``): the awaitable then gives its result."""
        future = self._loader.cache_map.get(key)
        if future is not None and future.done() and not future.cancelled():
            if future.exception() is None:
                return convert(future.result())
        return self._resolve_later(key, convert)

    async def _resolve_later(self, key: K, convert: Callable[[V], Resolved[R]]) -> R:
        result = convert(await self.load(key))
        if inspect.isawaitable(result):
            return await result
        return result

    def prime(self, key: K, value: V, force: bool = False) -> None:
        """Put a value already read (e.g. by a page's own query) in the cache."""
        self._loader.prime(key, value, force)

    def clear(self, key: K) -> None:
        self._loader.clear(key)

    def clear_all(self) -> None:
        self._loader.clear_all()


def then(value: Resolved[V], convert: Callable[[V], Resolved[R]]) -> Resolved[R]:
    """``convert`` of a value that may still have to be awaited: at once when it is
    here, else an awaitable (what a sync field returns when one value decides
    another, e.g. who may read what, from a second loader)."""
    if inspect.isawaitable(value):
        return _then_later(value, convert)
    return convert(value)


async def _then_later(value: Awaitable[V], convert: Callable[[V], Resolved[R]]) -> R:
    result = convert(await value)
    if inspect.isawaitable(result):
        return await result
    return result


async def settled(value: Resolved[R]) -> R:
    """The value, awaited if it has to be."""
    if inspect.isawaitable(value):
        return await value
    return value


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
