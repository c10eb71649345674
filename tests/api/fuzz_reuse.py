"""hypothesis-graphql's strategies and tables made once instead of at every draw.

Inside each generated operation hypothesis-graphql builds, for every field
it visits, new strategy objects (an ``@st.composite`` over the field's
arguments, a weighted coin for whether to select the field) and new tables
(the type's selectable fields, their inclusion probabilities). Making an
``@st.composite`` reads and parses its function's source file (Hypothesis
checks that ``draw`` is used), and every new strategy is validated and
labelled again: together about 40 % of the fuzzer's generation time.

Each is a pure function of things that do not change during a run (the
schema, a field's arguments, a probability), so the first result is the one
used every later time, as hypothesis-graphql itself does for its ``lists``
and ``objects``. The draws, and so the generated operations, are the same
choice for choice (tests/api/test_fuzz_reuse.py compares them, derandomized,
with and without); only the cost of making them again goes.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import graphql
from hypothesis import strategies as st
from hypothesis_graphql._strategies import negative_sites, oracle, sampler
from hypothesis_graphql._strategies.strategy import GraphQLStrategy

# Results by the identities of their arguments; each entry keeps those
# arguments alive so that no id is reused while the entry stands.
_kept: dict[tuple[Any, ...], tuple[tuple[Any, ...], Any]] = {}


def _once(function: Callable[..., Any], *arguments: Any) -> Any:
    """``function(*arguments)``, computed the first time only; strings are
    keyed by value, everything else by identity."""
    key = (function, *(a if isinstance(a, str) else id(a) for a in arguments))
    found = _kept.get(key)
    if found is None:
        found = _kept[key] = (arguments, function(*arguments))
    return found[1]


_original_arguments = GraphQLStrategy.list_of_arguments
_original_probabilities = oracle.Oracle.inclusion_probabilities
_original_selectable = oracle.selectable_fields
_original_coin = sampler.weighted_boolean


def _arguments(
    self: GraphQLStrategy, arguments: dict[str, graphql.GraphQLArgument]
) -> st.SearchStrategy[list[graphql.ArgumentNode]]:
    # Keyed by the argument objects, not the dict: NEGATIVE mode passes a new
    # dict of the field's other arguments at every draw.
    key = tuple((name, id(argument)) for name, argument in arguments.items())
    found = _kept.get((_arguments, id(self), key))
    if found is None:
        made = _original_arguments(self, arguments)
        found = _kept[(_arguments, id(self), key)] = ((self, *arguments.values()), made)
    strategy: st.SearchStrategy[list[graphql.ArgumentNode]] = found[1]
    return strategy


def _probabilities(self: oracle.Oracle, type_name: str) -> dict[tuple[str, str | None], float]:
    table: dict[tuple[str, str | None], float] = _once(_original_probabilities, self, type_name)
    return table


def _selectable(
    schema: graphql.GraphQLSchema, type_: graphql.GraphQLNamedType
) -> list[oracle.Selectable]:
    fields: list[oracle.Selectable] = _once(_original_selectable, schema, type_)
    return fields


_coin: Callable[[float], st.SearchStrategy[bool]] = functools.cache(_original_coin)

_PATCHES: list[tuple[Any, str, Any, Any]] = [
    (GraphQLStrategy, "list_of_arguments", _original_arguments, _arguments),
    (oracle.Oracle, "inclusion_probabilities", _original_probabilities, _probabilities),
    (oracle, "selectable_fields", _original_selectable, _selectable),
    (sampler, "selectable_fields", _original_selectable, _selectable),
    (negative_sites, "selectable_fields", _original_selectable, _selectable),
    (sampler, "weighted_boolean", _original_coin, _coin),
]


def install() -> None:
    """From now on in this process, each is made once."""
    for owner, name, _, reused in _PATCHES:
        setattr(owner, name, reused)


def uninstall() -> None:
    for owner, name, original, _ in _PATCHES:
        setattr(owner, name, original)
    _kept.clear()
    _coin.cache_clear()  # type: ignore[attr-defined]


@contextmanager
def made_at_every_draw() -> Iterator[None]:
    """hypothesis-graphql as it comes, to compare with."""
    uninstall()
    try:
        yield
    finally:
        install()
