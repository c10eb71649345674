"""Every ``field`` of a payload error must name a place in the input sent.

``input.sections.STRATEGY`` (a map key where the input has a list) or
``input.goals.0`` of an empty list tell a client nothing it can point at. The
test client runs :func:`unresolved_error_fields` on every mutation it sends, so
every bad-input test of the suite checks its paths.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from graphql import (
    DocumentNode,
    FieldNode,
    GraphQLInputObjectType,
    GraphQLList,
    GraphQLNonNull,
    GraphQLSchema,
    OperationDefinitionNode,
    OperationType,
    VariableNode,
    parse,
    value_from_ast_untyped,
)
from graphql.error import GraphQLSyntaxError


def resolves(path: list[str], value: Any, type_: Any) -> bool:
    """Whether ``path`` leads through ``value`` (of input type ``type_``).

    An input object's field the client left out may be named (it took its
    default, or was required by a rule), but only as the last part."""
    for position, part in enumerate(path):
        while isinstance(type_, GraphQLNonNull):
            type_ = type_.of_type
        if isinstance(type_, GraphQLList):
            if not isinstance(value, list) or not part.isdigit() or int(part) >= len(value):
                return False
            value, type_ = value[int(part)], type_.of_type
        elif isinstance(type_, GraphQLInputObjectType):
            if part not in type_.fields:
                return False
            if not isinstance(value, dict) or part not in value:
                return position == len(path) - 1
            value, type_ = value[part], type_.fields[part].type
        else:  # a scalar or an enum has no parts
            return False
    return True


@lru_cache(maxsize=16)
def parsed(query: str) -> DocumentNode:
    """``graphql.parse``, once for a document that several checks read
    (none of them changes the tree)."""
    return parse(query)


def unresolved_error_fields(
    schema: GraphQLSchema,
    query: str,
    variables: dict[str, Any] | None,
    data: Any,
) -> list[tuple[str, list[str]]]:
    """(mutation, field) of every payload error whose path is not in the input."""
    # A document without the word ``mutation`` holds no mutation, and without
    # data there is no payload: neither needs parsing (the schema fuzzer sends
    # tens of thousands of such documents).
    if not isinstance(data, dict) or schema.mutation_type is None or "mutation" not in query:
        return []
    try:
        document = parsed(query)
    except GraphQLSyntaxError:
        return []
    bad: list[tuple[str, list[str]]] = []
    for definition in document.definitions:
        if not isinstance(definition, OperationDefinitionNode):
            continue
        if definition.operation != OperationType.MUTATION:
            continue
        for selection in definition.selection_set.selections:
            if not isinstance(selection, FieldNode):
                continue
            name = selection.name.value
            payload = data.get(selection.alias.value if selection.alias else name)
            field = schema.mutation_type.fields.get(name)
            if not isinstance(payload, dict) or field is None or "input" not in field.args:
                continue
            sent = _input_value(selection, variables or {})
            for error in payload.get("errors") or []:
                path = error.get("field") if isinstance(error, dict) else None
                if not path:
                    continue
                if path[0] != "input" or not resolves(path[1:], sent, field.args["input"].type):
                    bad.append((name, path))
    return bad


def _input_value(selection: FieldNode, variables: dict[str, Any]) -> Any:
    for argument in selection.arguments or ():
        if argument.name.value == "input":
            if isinstance(argument.value, VariableNode):
                return variables.get(argument.value.name.value)
            return value_from_ast_untyped(argument.value, variables)
    return None
