"""hypothesis-graphql's strategies and tables made once instead of at every draw.

Inside each generated operation hypothesis-graphql builds, for every field
it visits, new strategy objects (an ``@st.composite`` over the field's
arguments, a weighted coin for whether to select the field) and new tables
(the type's selectable fields, their inclusion probabilities). Making an
``@st.composite`` reads and parses its function's source file (Hypothesis
checks that ``draw`` is used), and every new strategy is validated and
labelled again: together about 40 % of the fuzzer's generation time.
Below those, at every draw again: a mapped strategy for each argument's
value, a tuple of strategies for each input object's chosen fields, a
one-of for each custom scalar, and in NEGATIVE mode the strategy of the
wrong value. With these made once too, the same 3,002 operations over 16
root fields (derandomized) take 10 CPU-seconds to generate instead of 14.

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
from hypothesis.errors import InvalidArgument
from hypothesis_graphql import nodes
from hypothesis_graphql._strategies import factories, negative_sites, oracle, primitives, sampler
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
_original_values = GraphQLStrategy.values
_original_object_fields = GraphQLStrategy.lists_of_object_fields
_original_wrong_type = primitives.wrong_type_for
_original_out_of_range = primitives.out_of_range_int
_original_invalid_enum = primitives.invalid_enum
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
        made = _list_of_arguments(self, arguments)
        found = _kept[(_arguments, id(self), key)] = ((self, *arguments.values()), made)
    strategy: st.SearchStrategy[list[graphql.ArgumentNode]] = found[1]
    return strategy


def _list_of_arguments(
    self: GraphQLStrategy, arguments: dict[str, graphql.GraphQLArgument]
) -> st.SearchStrategy[list[graphql.ArgumentNode]]:
    """hypothesis-graphql's ``list_of_arguments``, drawing the same values in
    the same order, but from one ``values(...).map(argument(name))`` per
    argument instead of a new one at every draw."""
    if not arguments:
        return st.just([])

    @st.composite
    def inner(draw: st.DrawFn) -> list[graphql.ArgumentNode]:
        args = []
        for name, argument in arguments.items():
            try:
                argument_strategy = _argument(self, name, argument)
            except InvalidArgument:
                if not isinstance(argument.type, graphql.GraphQLNonNull):
                    # If the type is nullable, then either generate `null` or skip it
                    if draw(st.booleans()):
                        args.append(
                            graphql.ArgumentNode(
                                name=graphql.NameNode(value=name), value=nodes.Null
                            )
                        )
                    continue
                raise
            args.append(draw(argument_strategy))
        return args

    return inner()


def _argument(
    self: GraphQLStrategy, name: str, argument: graphql.GraphQLArgument
) -> st.SearchStrategy[graphql.ArgumentNode]:
    strategy: st.SearchStrategy[graphql.ArgumentNode] = _once(_made_argument, self, name, argument)
    return strategy


def _made_argument(
    self: GraphQLStrategy, name: str, argument: graphql.GraphQLArgument
) -> st.SearchStrategy[graphql.ArgumentNode]:
    default = argument.ast_node.default_value if argument.ast_node is not None else None
    return self.values(argument.type, default=default).map(factories.argument(name))


def _values(
    self: GraphQLStrategy,
    type_: graphql.GraphQLInputType,
    default: graphql.ValueNode | None = None,
) -> st.SearchStrategy[graphql.ValueNode]:
    strategy: st.SearchStrategy[graphql.ValueNode] = _once(_original_values, self, type_, default)
    return strategy


def _object_fields(
    self: GraphQLStrategy, items: list[tuple[str, graphql.GraphQLInputField]]
) -> st.SearchStrategy[list[graphql.ObjectFieldNode]]:
    # A new list of the same (name, field) pairs at every draw of an input object.
    key = (_object_fields, id(self), *((name, id(field)) for name, field in items))
    found = _kept.get(key)
    if found is None:
        made = _original_object_fields(self, items)
        found = _kept[key] = ((self, *(field for _, field in items)), made)
    strategy: st.SearchStrategy[list[graphql.ObjectFieldNode]] = found[1]
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
# NEGATIVE mode's wrong values, by type name or by the enum's values.
_wrong_type = functools.cache(_original_wrong_type)
_out_of_range = functools.cache(_original_out_of_range)
_invalid_enum = functools.cache(_original_invalid_enum)

_PATCHES: list[tuple[Any, str, Any, Any]] = [
    (GraphQLStrategy, "list_of_arguments", _original_arguments, _arguments),
    (GraphQLStrategy, "values", _original_values, _values),
    (GraphQLStrategy, "lists_of_object_fields", _original_object_fields, _object_fields),
    (primitives, "wrong_type_for", _original_wrong_type, _wrong_type),
    (primitives, "out_of_range_int", _original_out_of_range, _out_of_range),
    (primitives, "invalid_enum", _original_invalid_enum, _invalid_enum),
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
    _wrong_type.cache_clear()
    _out_of_range.cache_clear()
    _invalid_enum.cache_clear()


@contextmanager
def made_at_every_draw() -> Iterator[None]:
    """hypothesis-graphql as it comes, to compare with."""
    uninstall()
    try:
        yield
    finally:
        install()
