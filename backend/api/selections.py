"""Field selections counted before graphql-core validates a document.

Validation itself can be made slow: graphql-core's OverlappingFieldsCanBeMerged
compares every pair of selections that share a response key, so a field
repeated a few hundred times (``node(id: "1") { id } node(id: "2") { id }``…)
costs seconds within the token limit, and nested fragments spread two by two
multiply the fields without adding tokens. So, before validation, and in one
pass over the document (each fragment counted once, cycles cut):

- at most ``MAX_FIELDS`` field selections, a fragment counted where it is spread;
- at most ``MAX_SAME_FIELD`` selections of one response key in one selection set.

The variables' lists and nesting are measured here too (``limits``).

Both are far above what the app's own operations use (see the tests).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

from graphql import (
    DocumentNode,
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLError,
    InlineFragmentNode,
    OperationDefinitionNode,
    SelectionSetNode,
)
from strawberry.extensions import ValidationCache

from backend.api.limits import variables_refusal

MAX_FIELDS = 2000
MAX_SAME_FIELD = 25


@dataclass
class Shape:
    fields: int = 0
    widest: int = 0


@dataclass
class _Counter:
    fragments: dict[str, FragmentDefinitionNode]
    totals: dict[str, int] = field(default_factory=dict)
    keys: dict[str, Counter[str]] = field(default_factory=dict)
    widest: int = 0

    def total(self, selection_set: SelectionSetNode | None, seen: frozenset[str]) -> int:
        """Field selections below, fragments expanded where spread."""
        if selection_set is None:
            return 0
        count = 0
        for selection in selection_set.selections:
            if isinstance(selection, FieldNode):
                count += 1 + self.total(selection.selection_set, seen)
            elif isinstance(selection, InlineFragmentNode):
                count += self.total(selection.selection_set, seen)
            elif isinstance(selection, FragmentSpreadNode):
                count += self._fragment_total(selection.name.value, seen)
        return count

    def _fragment_total(self, name: str, seen: frozenset[str]) -> int:
        fragment = self.fragments.get(name)
        if fragment is None or name in seen:
            return 0
        if name not in self.totals:
            self.totals[name] = self.total(fragment.selection_set, seen | {name})
        return self.totals[name]

    def level(self, selection_set: SelectionSetNode, seen: frozenset[str]) -> Counter[str]:
        """Response keys selected in this one set, as graphql-core merges them
        (inline fragments and spread fragments included)."""
        keys: Counter[str] = Counter()
        for selection in selection_set.selections:
            if isinstance(selection, FieldNode):
                keys[(selection.alias or selection.name).value] += 1
            elif isinstance(selection, InlineFragmentNode):
                keys.update(self.level(selection.selection_set, seen))
            elif isinstance(selection, FragmentSpreadNode):
                keys.update(self._fragment_keys(selection.name.value, seen))
        return keys

    def _fragment_keys(self, name: str, seen: frozenset[str]) -> Counter[str]:
        fragment = self.fragments.get(name)
        if fragment is None or name in seen:
            return Counter()
        if name not in self.keys:
            self.keys[name] = self.level(fragment.selection_set, seen | {name})
        return self.keys[name]


def shape(document: DocumentNode) -> Shape:
    fragments = {
        d.name.value: d for d in document.definitions if isinstance(d, FragmentDefinitionNode)
    }
    counter = _Counter(fragments)
    total = 0
    widest = 0
    for definition in document.definitions:
        if isinstance(definition, OperationDefinitionNode):
            total += counter.total(definition.selection_set, frozenset())
        elif not isinstance(definition, FragmentDefinitionNode):
            continue  # a type definition: validation refuses it as not executable
        for selection_set in _selection_sets(definition.selection_set):
            keys = counter.level(selection_set, frozenset())
            widest = max(widest, max(keys.values(), default=0))
    return Shape(fields=total, widest=widest)


def _selection_sets(selection_set: SelectionSetNode | None) -> Iterator[SelectionSetNode]:
    """Every selection set written in a definition (not through spreads:
    each fragment's own sets are met at its definition)."""
    if selection_set is None:
        return
    yield selection_set
    for selection in selection_set.selections:
        if isinstance(selection, FieldNode | InlineFragmentNode):
            yield from _selection_sets(selection.selection_set)


# Shapes of the documents seen lately, by the document object: the parser cache
# gives the same object for the same text, so an operation the app sends is
# measured once, not on every request (a walk over home's ~95 fields each
# time). The document is kept with its shape, so an id is never reused while
# it is here; bounded, as the parser cache is.
_SHAPES: dict[int, tuple[DocumentNode, Shape]] = {}
_SHAPES_KEPT = 256


def shape_of(document: DocumentNode) -> Shape:
    """``shape``, measured once per document object."""
    kept = _SHAPES.get(id(document))
    if kept is not None and kept[0] is document:
        return kept[1]
    found = shape(document)
    if len(_SHAPES) >= _SHAPES_KEPT:
        _SHAPES.clear()
    _SHAPES[id(document)] = (document, found)
    return found


def refusal(document: DocumentNode) -> GraphQLError | None:
    found = shape_of(document)
    if found.fields > MAX_FIELDS:
        return GraphQLError(
            f"The document selects {found.fields} fields; the maximum is {MAX_FIELDS}.",
            extensions={"code": "TOO_MANY_FIELDS"},
        )
    if found.widest > MAX_SAME_FIELD:
        return GraphQLError(
            f"A field is selected {found.widest} times in one place;"
            f" the maximum is {MAX_SAME_FIELD}.",
            extensions={"code": "FIELD_REPEATED"},
        )
    return None


class CheckedValidation(ValidationCache):
    """The counts above first, then graphql-core's (cached) validation; a
    refused document is never validated, let alone executed."""

    def on_validate(self) -> Iterator[None]:
        document = self.execution_context.graphql_document
        refused = refusal(document) if document is not None else None
        wrong = variables_refusal(self.execution_context.variables) if refused is None else None
        if wrong is not None:
            refused = GraphQLError(wrong, extensions={"code": "BAD_USER_INPUT"})
        if refused is not None:
            self.execution_context.pre_execution_errors = [refused]
            yield
            return
        yield from super().on_validate()
