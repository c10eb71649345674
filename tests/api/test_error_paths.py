"""The check every API test runs on payload errors (``tests/support/error_paths.py``)
refuses the paths a client cannot point at, and accepts the ones it can."""

from __future__ import annotations

from graphql import GraphQLSchema

from backend.api.schema import build_schema
from backend.settings import Settings
from tests.support.error_paths import resolves, unresolved_error_fields


def _input(schema: GraphQLSchema, mutation: str) -> object:
    assert schema.mutation_type is not None
    return schema.mutation_type.fields[mutation].args["input"].type


def test_paths_into_the_input_sent_resolve_and_others_do_not(settings: Settings) -> None:
    schema = build_schema(settings)._schema
    draft = _input(schema, "savePhilosophyDraft")
    sent = {"sections": [{"kind": "STRATEGY", "body": "x", "goalIds": ["a", "b"]}]}
    for good in (
        ["sections"],
        ["sections", "0", "body"],
        ["sections", "0", "goalIds", "1"],
        ["sections", "0", "principleIds"],  # left out by the client: its default applies
        ["philosophyId"],
    ):
        assert resolves(good, sent, draft), good
    for bad in (
        ["sections", "STRATEGY"],  # a map key where the input has a list
        ["sections", "1", "body"],  # an index the list does not have
        ["sections", "0", "goalIds", "2"],
        ["sections", "0", "body", "x"],  # below a scalar
        ["section"],  # no such field
        ["sections", "0", "principleIds", "0"],  # inside a list not sent
    ):
        assert not resolves(bad, sent, draft), bad
    checkpoint = _input(schema, "completeCheckpoint")
    assert not resolves(
        ["ratings", "0"], {"enrolmentId": "x", "kind": "AFTER", "ratings": []}, checkpoint
    )


def test_the_client_reads_inline_and_variable_inputs(settings: Settings) -> None:
    schema = build_schema(settings)._schema
    data = {"publishPhilosophy": {"errors": [{"field": ["input", "sections", "STRATEGY"]}]}}
    by_variable = (
        "mutation P($input: PublishPhilosophyInput!) "
        "{ publishPhilosophy(input: $input) { errors { field } } }"
    )
    assert unresolved_error_fields(schema, by_variable, {"input": {"philosophyId": "x"}}, data) == [
        ("publishPhilosophy", ["input", "sections", "STRATEGY"])
    ]
    inline = 'mutation { publishPhilosophy(input: {philosophyId: "x"}) { errors { field } } }'
    assert unresolved_error_fields(schema, inline, None, data) == [
        ("publishPhilosophy", ["input", "sections", "STRATEGY"])
    ]
    fine = {"publishPhilosophy": {"errors": [{"field": ["input", "philosophyId"]}]}}
    assert unresolved_error_fields(schema, inline, None, fine) == []
