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

from graphql import (
    FieldNode,
    FragmentSpreadNode,
    GraphQLIncludeDirective,
    GraphQLResolveInfo,
    GraphQLSkipDirective,
    InlineFragmentNode,
    SelectionNode,
    SelectionSetNode,
)
from graphql.execution.values import get_directive_values

from backend.api.context import Info


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
    skip = get_directive_values(GraphQLSkipDirective, selection, raw.variable_values)
    if skip is not None and skip["if"] is True:
        return False
    include = get_directive_values(GraphQLIncludeDirective, selection, raw.variable_values)
    return not (include is not None and include["if"] is False)
