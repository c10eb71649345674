"""The app's documents and graphql/operations/ are the persisted allowlist:
every hash codegen wrote is accepted where only persisted queries run, by the
same text and the same sha256 the client sends."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from graphql import parse, validate

from backend.api.persisted import (
    MANIFESTS,
    ManifestMismatch,
    PersistedOperations,
    document_hash,
    read_manifest,
)
from backend.api.schema import build_schema

PERSISTED_CODES = {
    "PERSISTED_QUERY_NOT_FOUND",
    "PERSISTED_QUERY_REQUIRED",
    "PERSISTED_QUERY_MISMATCH",
}


def manifest_entries() -> list[tuple[str, str]]:
    entries: list[tuple[str, str]] = []
    for manifest in MANIFESTS:
        entries.extend(json.loads(manifest.read_text()).items())
    return entries


def test_both_manifests_are_committed_and_the_app_has_documents() -> None:
    app, operations = (json.loads(m.read_text()) for m in MANIFESTS)
    assert len(app) >= 10
    assert len(operations) == len(list(Path("graphql/operations").glob("*.graphql")))


def test_every_manifest_hash_is_the_sha256_of_its_text() -> None:
    for key, text in manifest_entries():
        assert key == f"sha256:{document_hash(text)}"


def test_every_manifest_document_is_valid_against_the_schema(settings) -> None:
    schema = build_schema(settings)._schema
    for key, text in manifest_entries():
        assert validate(schema, parse(text)) == [], key


async def test_every_manifest_hash_is_accepted_where_only_persisted_queries_run(
    make_client,
) -> None:
    client = make_client(persisted_queries_only=True)
    entries = manifest_entries()
    for key, _text in entries:
        for sent in (key, key.removeprefix("sha256:")):
            response = await client.execute(
                None, {}, extensions={"persistedQuery": {"version": 1, "sha256Hash": sent}}
            )
            assert not PERSISTED_CODES & set(response.codes), (key, response.body)
    assert len(entries) > 90


async def test_the_manifest_text_itself_is_accepted_and_any_other_text_refused(
    make_client,
) -> None:
    client = make_client(persisted_queries_only=True)
    viewer = next(text for _key, text in manifest_entries() if text.startswith("query AppViewer"))
    accepted = await client.execute(viewer, {})
    assert not PERSISTED_CODES & set(accepted.codes)
    assert accepted.data == {"__typename": "Query", "viewer": None}
    refused = await client.execute(viewer.replace("roles", "roles roles"), {})
    assert "PERSISTED_QUERY_REQUIRED" in refused.codes


async def test_an_unknown_hash_is_not_found(make_client) -> None:
    client = make_client(persisted_queries_only=True)
    response = await client.execute(
        None, {}, extensions={"persistedQuery": {"version": 1, "sha256Hash": "sha256:" + "0" * 64}}
    )
    assert response.codes == ["PERSISTED_QUERY_NOT_FOUND"]


def test_a_manifest_whose_hash_is_not_its_text_is_refused(tmp_path: Path) -> None:
    tampered = tmp_path / "persisted-documents.json"
    text = "query A { viewer { roles } }"
    tampered.write_text(json.dumps({f"sha256:{document_hash('query B { __typename }')}": text}))
    with pytest.raises(ManifestMismatch):
        read_manifest(tampered)
    with pytest.raises(ManifestMismatch):
        PersistedOperations.from_folder(tmp_path, (tampered,))
