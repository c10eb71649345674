"""Limits every document must keep before it is executed.

Depth, tokens and aliases use strawberry's limiters (0.341 counts aliases
through fragments, also circular ones). Cost is ours: each field costs 1, and
a list field multiplies what is below it by the page size it asks for
(``first``/``last``, else the default page size), so a deep connection of
connections is refused before any SQL runs.
"""

from __future__ import annotations

from typing import Any

from graphql import (
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLError,
    InlineFragmentNode,
    IntValueNode,
    OperationDefinitionNode,
    SelectionSetNode,
    ValidationContext,
    ValidationRule,
    VariableNode,
)

LIST_ARGUMENTS = ("first", "last")


def cost_rule(max_cost: int, default_page: int, max_page: int) -> type[ValidationRule]:
    class CostLimit(ValidationRule):
        def __init__(self, context: ValidationContext) -> None:
            super().__init__(context)
            document = context.document
            fragments = {
                d.name.value: d
                for d in document.definitions
                if isinstance(d, FragmentDefinitionNode)
            }
            # Validation is cached per document, so the cost may not depend on
            # variables: a page size given as a variable counts as the maximum.
            variables: dict[str, Any] = {}
            for definition in document.definitions:
                if isinstance(definition, OperationDefinitionNode):
                    cost = _selection_cost(
                        definition.selection_set, fragments, variables, default_page, max_page, ()
                    )
                    if cost > max_cost:
                        context.report_error(
                            GraphQLError(
                                f"Query cost {cost} exceeds the maximum of {max_cost}.",
                                extensions={"code": "QUERY_TOO_COSTLY"},
                            )
                        )

    return CostLimit


def _selection_cost(
    selection_set: SelectionSetNode | None,
    fragments: dict[str, FragmentDefinitionNode],
    variables: dict[str, Any],
    default_page: int,
    max_page: int,
    seen: tuple[str, ...],
) -> int:
    if selection_set is None:
        return 0
    total = 0
    for selection in selection_set.selections:
        if isinstance(selection, FieldNode):
            below = _selection_cost(
                selection.selection_set, fragments, variables, default_page, max_page, seen
            )
            total += 1 + _multiplier(selection, variables, default_page, max_page) * below
        elif isinstance(selection, InlineFragmentNode):
            total += _selection_cost(
                selection.selection_set, fragments, variables, default_page, max_page, seen
            )
        elif isinstance(selection, FragmentSpreadNode):
            name = selection.name.value
            fragment = fragments.get(name)
            if fragment is not None and name not in seen:
                total += _selection_cost(
                    fragment.selection_set,
                    fragments,
                    variables,
                    default_page,
                    max_page,
                    (*seen, name),
                )
    return total


def _multiplier(
    field: FieldNode, variables: dict[str, Any], default_page: int, max_page: int
) -> int:
    for argument in field.arguments or ():
        if argument.name.value not in LIST_ARGUMENTS:
            continue
        value = argument.value
        if isinstance(value, IntValueNode):
            return max(1, min(int(value.value), max_page))
        if isinstance(value, VariableNode):
            given = variables.get(value.name.value)
            return max(1, min(int(given), max_page)) if isinstance(given, int) else max_page
    if field.name.value in ("edges", "nodes") or any(
        a.name.value in ("after", "before") for a in field.arguments or ()
    ):
        return 1
    return 1 if not _looks_like_connection(field) else default_page


def _looks_like_connection(field: FieldNode) -> bool:
    if field.selection_set is None:
        return False
    names = {s.name.value for s in field.selection_set.selections if isinstance(s, FieldNode)}
    return bool(names & {"edges", "nodes", "pageInfo"})
