"""What the query selects below the field being resolved, read from the
document itself: what a resolver may read ahead, in one batch each, for the
objects it returns (a page's nodes, home's enrolments), so their fields answer
at once (``BatchLoader.resolve``).

It walks graphql-core's syntax tree along one path only, fragments included and
``@skip``/``@include`` applied with the request's variables. Strawberry's
``info.selected_fields`` would convert the whole selection below the field into
its own objects (arguments and directives evaluated) on every request; for
home's ~95 fields that costs more than the read ahead saves.

A name wrongly left out here is still right (its field awaits its loader); a
name wrongly given costs a read: type conditions of fragments are not checked,
which matters only below an interface or a union.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from graphql import (
    FieldNode,
    FragmentSpreadNode,
    GraphQLBoolean,
    GraphQLNonNull,
    GraphQLResolveInfo,
    InlineFragmentNode,
    SelectionNode,
    SelectionSetNode,
    value_from_ast,
)

from backend.api.context import Info

_BOOLEAN = GraphQLNonNull(GraphQLBoolean)


def selected_at(info: Info, *path: str) -> list[str]:
    """The names of the fields selected at ``path`` below the field being
    resolved (``()``: its own selection), in the order the query names them,
    each once."""
    raw = info._raw_info
    level = list(raw.field_nodes)
    for name in path:
        level = [child for child in fields_below(raw, level) if child.name.value == name]
    return list(dict.fromkeys(child.name.value for child in fields_below(raw, level)))


def fields_below(raw: GraphQLResolveInfo, nodes: Iterable[FieldNode]) -> Iterator[FieldNode]:
    """The fields selected directly below ``nodes``, fragments flattened
    (validation refuses cycles), without those ``@skip(if: true)`` or
    ``@include(if: false)`` leave out."""
    for node in nodes:
        yield from _in_set(raw, node.selection_set)


def _in_set(raw: GraphQLResolveInfo, selection_set: SelectionSetNode | None) -> Iterator[FieldNode]:
    if selection_set is None:
        return
    for selection in selection_set.selections:
        if selection.directives and not _included(raw, selection):
            continue
        if isinstance(selection, FieldNode):
            yield selection
        elif isinstance(selection, InlineFragmentNode):
            yield from _in_set(raw, selection.selection_set)
        elif isinstance(selection, FragmentSpreadNode):
            fragment = raw.fragments.get(selection.name.value)
            if fragment is not None:
                yield from _in_set(raw, fragment.selection_set)


def _included(raw: GraphQLResolveInfo, selection: SelectionNode) -> bool:
    # The coerced variables (graphql-core's ``VariableValues.coerced``; strawberry
    # passes them as a plain dict).
    given: Any = raw.variable_values
    variables: dict[str, Any] = getattr(given, "coerced", given)
    for directive in selection.directives or ():
        name = directive.name.value
        if name not in ("skip", "include"):
            continue
        value = next(
            (
                value_from_ast(argument.value, _BOOLEAN, variables)
                for argument in directive.arguments or ()
                if argument.name.value == "if"
            ),
            None,
        )
        if (name == "skip" and value is True) or (name == "include" and value is False):
            return False
    return True
