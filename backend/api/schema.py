"""The GraphQL schema root: every slice's ``Query`` and ``Mutation`` merged.

A slice (or a sub-package of one) adds fields by defining ``Query``/``Mutation``
in its ``api.py``; the root never changes for it. Fields come in package order
(a slice's own ``api.py``, then its sub-packages' by name), the same for every
slice: no slice orders or merges its sub-packages' fields itself.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import strawberry
from strawberry import relay
from strawberry.extensions import AddValidationRules, ParserCache, SchemaExtension
from strawberry.schema.config import StrawberryConfig
from strawberry.tools import merge_types

from backend.api.context import Info
from backend.api.extensions import UnitOfWork, error_codes, persisted_queries
from backend.api.limits import NoIntrospection, TokenLimit, aliases_rule, cost_rule, depth_rule
from backend.api.persisted import PersistedOperations
from backend.api.relay import resolve_node
from backend.api.scalars import SCALAR_OVERRIDES
from backend.api.selections import CheckedValidation
from backend.modules import import_slice_modules
from backend.settings import Settings


@strawberry.type
class NodeQuery:
    @strawberry.field(description="Any object by its global ID.")
    async def node(self, info: Info, id: strawberry.ID) -> relay.Node | None:
        return await resolve_node(info, id)


def domain_types(kind: str) -> list[type]:
    return [m.__dict__[kind] for m in import_slice_modules("api") if kind in m.__dict__]


def build_schema(
    settings: Settings,
    *,
    extra_queries: Sequence[type] = (),
    extra_mutations: Sequence[type] = (),
    operations: PersistedOperations | None = None,
) -> strawberry.Schema:
    if extra_queries or extra_mutations or operations is not None:
        return _new_schema(settings, extra_queries, extra_mutations, operations)
    key = tuple(getattr(settings, name) for name in _SCHEMA_SETTINGS)
    if key not in _built:
        _built[key] = _new_schema(settings, (), (), None)
    return _built[key]


# Only these settings shape the schema. A server builds it once, but the test
# suite and the CLI build an application per settings many times in one
# process, and each build costs the better part of a second: a schema is kept
# per combination of them.
_SCHEMA_SETTINGS = (
    "production",
    "persisted_queries_only",
    "graphql_max_cost",
    "graphql_page_size",
    "graphql_max_page_size",
    "graphql_max_depth",
    "graphql_max_aliases",
    "graphql_max_tokens",
)
_built: dict[tuple[object, ...], strawberry.Schema] = {}


def _new_schema(
    settings: Settings,
    extra_queries: Sequence[type],
    extra_mutations: Sequence[type],
    operations: PersistedOperations | None,
) -> strawberry.Schema:
    queries = (NodeQuery, *domain_types("Query"), *extra_queries)
    mutations = (*domain_types("Mutation"), *extra_mutations)
    extra_types = [t for m in import_slice_modules("api") for t in getattr(m, "TYPES", [])]
    return strawberry.Schema(
        query=merge_types("Query", queries),
        mutation=merge_types("Mutation", mutations) if mutations else None,
        types=extra_types,
        extensions=schema_extensions(settings, operations or PersistedOperations.from_folder()),
        config=StrawberryConfig(disable_field_suggestions=settings.production),
        scalar_overrides=SCALAR_OVERRIDES,
    )


def schema_extensions(
    settings: Settings, operations: PersistedOperations
) -> list[type[SchemaExtension] | Callable[[], SchemaExtension]]:
    # Every validation rule is made once, here. QueryDepthLimiter and
    # MaxAliasesLimiter would make a new rule class per request (they are
    # extensions, built per request), and the validation cache is keyed by the
    # rule classes: it would never hit, and every request would pay the full
    # validation (about 40% of a small query's time in bench/profile.py).
    rules: list[type] = [
        cost_rule(
            settings.graphql_max_cost, settings.graphql_page_size, settings.graphql_max_page_size
        ),
        depth_rule(settings.graphql_max_depth),
        aliases_rule(settings.graphql_max_aliases),
    ]
    if settings.production:
        rules.append(NoIntrospection)
    max_tokens = settings.graphql_max_tokens
    # Factories, not instances: strawberry then makes one extension per request.
    return [
        error_codes(settings.production),
        UnitOfWork,
        persisted_queries(operations, settings.persisted_queries_only),
        lambda: TokenLimit(max_token_count=max_tokens),
        ParserCache,
        CheckedValidation,
        lambda: AddValidationRules(rules),
    ]
