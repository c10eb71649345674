"""Limits every document must keep before it is executed.

Depth, tokens and aliases use strawberry's limiters (0.341 counts aliases
through fragments, also circular ones), each wrapped so that the error it
raises carries its own ``extensions.code``: no code is guessed from a
library's wording. Cost is ours: each field costs 1, and
a list field multiplies what is below it by the page size it asks for
(``first``/``last``, else the default page size), so a deep connection of
connections is refused before any SQL runs. Fragments are costed once each,
so spreads nested two by two cannot make the counting itself slow.

Before validation (``selections.CheckedValidation``): how many fields a
document selects, how often one field is repeated in one place, and how long
a list in the variables is. A JSON array body (a batch) is refused by
strawberry with 400: batching stays off, as each request is one unit of work.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, cast

from graphql import (
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLError,
    GraphQLSyntaxError,
    InlineFragmentNode,
    IntValueNode,
    OperationDefinitionNode,
    SelectionSetNode,
    Source,
    TokenKind,
    ValidationContext,
    ValidationRule,
    VariableNode,
)
from graphql.language import Lexer
from graphql.validation import NoSchemaIntrospectionCustomRule
from strawberry.extensions import MaxTokensLimiter
from strawberry.extensions.max_aliases import create_validator as _aliases_validator
from strawberry.extensions.query_depth_limiter import create_validator as _depth_validator

LIST_ARGUMENTS = ("first", "last")
# The longest list a variable may hold. A list in the document is bounded by
# the token limit, one in the variables only by the body limit: 256 KiB of
# IDs is 40,000 of them, more than a database takes as parameters of one
# statement.
MAX_LIST_ITEMS = 1000
# The deepest nesting of lists and objects in the variables: graphql-core
# coerces them recursively, and 500 nested lists were a RecursionError.
MAX_VARIABLE_NESTING = 32


def variables_refusal(variables: Any) -> str | None:
    """What is wrong with the variables' shape, walked without recursion."""
    stack: list[tuple[Any, int]] = [(variables, 0)]
    while stack:
        value, depth = stack.pop()
        if depth > MAX_VARIABLE_NESTING:
            return f"The variables are nested deeper than {MAX_VARIABLE_NESTING} levels."
        if isinstance(value, list):
            if len(value) > MAX_LIST_ITEMS:
                return f"A list in the variables holds more than {MAX_LIST_ITEMS} items."
            stack.extend((item, depth + 1) for item in value)
        elif isinstance(value, dict):
            stack.extend((item, depth + 1) for item in value.values())
    return None


class _CodedContext:
    """A validation context whose errors carry ``code``: strawberry's
    validators report on the context they are given, not through the rule."""

    def __init__(self, context: ValidationContext, code: str) -> None:
        self._context = context
        self._code = code

    def __getattr__(self, name: str) -> Any:
        return getattr(self._context, name)

    def report_error(self, error: GraphQLError) -> None:
        self._context.report_error(with_code(error, self._code))


def with_code(error: GraphQLError, code: str) -> GraphQLError:
    return GraphQLError(
        error.message,
        nodes=error.nodes,
        source=error.source,
        positions=error.positions,
        path=error.path,
        extensions={**(error.extensions or {}), "code": code},
    )


def coded(rule: type[ValidationRule], code: str) -> type[ValidationRule]:
    """``rule``, with every error it reports coded ``code``."""

    def __init__(self: ValidationRule, context: ValidationContext) -> None:
        rule.__init__(self, cast(ValidationContext, _CodedContext(context, code)))

    return type(f"Coded{rule.__name__}", (rule,), {"__init__": __init__})


def depth_rule(max_depth: int) -> type[ValidationRule]:
    return coded(_depth_validator(max_depth, None, None), "QUERY_TOO_DEEP")


def aliases_rule(max_aliases: int) -> type[ValidationRule]:
    return coded(_aliases_validator(max_aliases), "TOO_MANY_ALIASES")


NoIntrospection = coded(NoSchemaIntrospectionCustomRule, "INTROSPECTION_DISABLED")


class TokenLimit(MaxTokensLimiter):
    """strawberry's token limit (graphql-core's parser stops after
    ``max_token_count`` tokens), its refusal coded ``TOO_MANY_TOKENS``.

    The parser raises the same ``GraphQLSyntaxError`` for the limit as for a
    typo, so a syntax error is the limit's when it stands where the token past
    the limit starts: only a refused document is lexed again, and never
    beyond that token.
    """

    def on_operation(self) -> Iterator[None]:
        self.execution_context.parse_options["max_tokens"] = self.max_token_count
        try:
            yield
        except GraphQLSyntaxError as error:
            query = self.execution_context.query or ""
            past = _token_past_limit(query, self.max_token_count)
            if past is None or error.positions != [past]:
                raise
            raise with_code(error, "TOO_MANY_TOKENS") from None


def _token_past_limit(document: str, max_tokens: int) -> int | None:
    """Where the first token over ``max_tokens`` starts, counted as
    graphql-core's ``max_tokens`` counts (comments too, not the end of file);
    None when there is none or the document does not lex that far."""
    lexer = Lexer(Source(document))
    token = lexer.token
    try:
        for _ in range(max_tokens + 1):
            token = lexer.read_next_token(token.end)
            if token.kind == TokenKind.EOF:
                return None
    except GraphQLSyntaxError:
        return None
    return token.start


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
    memo: dict[str, int] | None = None,
) -> int:
    """The cost of a selection; a fragment's cost is worked out once (its
    spreads can nest two by two, and without the memo a few hundred tokens
    would take hours to count), a cycle counts nothing."""
    if selection_set is None:
        return 0
    memo = {} if memo is None else memo
    total = 0
    for selection in selection_set.selections:
        if isinstance(selection, FieldNode):
            below = _selection_cost(
                selection.selection_set, fragments, variables, default_page, max_page, seen, memo
            )
            total += 1 + _multiplier(selection, variables, default_page, max_page) * below
        elif isinstance(selection, InlineFragmentNode):
            total += _selection_cost(
                selection.selection_set, fragments, variables, default_page, max_page, seen, memo
            )
        elif isinstance(selection, FragmentSpreadNode):
            name = selection.name.value
            fragment = fragments.get(name)
            if fragment is None or name in seen:
                continue
            if name not in memo:
                memo[name] = _selection_cost(
                    fragment.selection_set,
                    fragments,
                    variables,
                    default_page,
                    max_page,
                    (*seen, name),
                    memo,
                )
            total += memo[name]
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
