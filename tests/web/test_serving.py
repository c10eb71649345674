"""The app at `/` on the API's origin: hashed assets cached for good,
index.html revalidated, every app route answered with index.html, the
server's own routes unchanged, a CSP that allows only the app's own scripts."""

from __future__ import annotations

import hashlib
import re
from base64 import b64encode
from pathlib import Path

import pytest

from tests.api.test_security_headers import assert_common, directives

APP_ROUTES = [
    "/",
    "/sign-in",
    "/feedback",
    "/feedback/notes/RmVlZGJhY2tOb3RlOjE=",
    "/mentoring/mentorships/TWVudG9yc2hpcDox",
    "/mentoring/mine",
    "/enrolments/RW5yb2xtZW50OjE=/activities/QWN0aXZpdHk6MQ==",
    "/checkpoints",
]


def asset_of(index_html: str) -> str:
    match = re.search(r'src="(/assets/[^"]+\.js)"', index_html)
    assert match, index_html
    return match.group(1)


@pytest.mark.parametrize("path", APP_ROUTES)
async def test_every_app_route_answers_index_html_revalidated(
    make_client, built_app: Path, path: str
) -> None:
    response = await make_client(web_folder=built_app).http.get(path)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert response.headers["cache-control"] == "no-cache"
    assert response.text == (built_app / "index.html").read_text()


async def test_hashed_assets_are_immutable_for_a_year(make_client, built_app: Path) -> None:
    client = make_client(web_folder=built_app)
    asset = asset_of((await client.http.get("/")).text)
    response = await client.http.get(asset)
    assert response.status_code == 200
    assert response.headers["cache-control"] == "public, max-age=31536000, immutable"
    assert response.headers["content-type"].startswith("text/javascript")
    assert (await client.http.get("/assets/index-missing.js")).status_code == 404


async def test_service_worker_and_manifest_are_revalidated(make_client, built_app: Path) -> None:
    client = make_client(web_folder=built_app)
    worker = await client.http.get("/sw.js")
    assert worker.status_code == 200 and worker.headers["cache-control"] == "no-cache"
    # The worker runs under its own script's policy: it must load its own
    # scripts and fetch the app shell into its cache.
    policy = directives(worker.headers["content-security-policy"])
    assert policy["script-src"] == "'self'" and policy["connect-src"] == "'self'"
    manifest = await client.http.get("/manifest.webmanifest")
    assert manifest.headers["content-type"].startswith("application/manifest+json")
    assert manifest.json()["start_url"] == "/"


@pytest.mark.parametrize("production", [False, True])
async def test_the_app_page_allows_only_its_own_scripts(
    make_client, built_app: Path, production: bool
) -> None:
    response = await make_client(web_folder=built_app, production=production).http.get("/")
    assert_common(response)
    policy = directives(response.headers["content-security-policy"])
    assert policy["default-src"] == "'none'"
    assert policy["script-src"] == "'self'"
    assert policy["connect-src"] == "'self'"
    assert "'unsafe-inline'" not in response.headers["content-security-policy"]
    assert "<script>" not in response.text  # nothing inline the policy would have to allow


async def test_with_s3_the_policy_lets_the_app_reach_the_bucket_only(
    make_client, built_app: Path
) -> None:
    client = make_client(
        web_folder=built_app, storage_backend="s3", s3_endpoint_url="https://s3.example.dk"
    )
    policy = directives((await client.http.get("/")).headers["content-security-policy"])
    assert policy["connect-src"].split() == [
        "'self'",
        "https://s3.example.dk",
        "https://*.s3.example.dk",
    ]
    assert policy["script-src"] == "'self'"


@pytest.mark.parametrize(
    ("path", "status"),
    [("/healthz", 200), ("/graphql/nothing", 404), ("/files/nothing", 403), ("/p/", 404)],
)
async def test_the_servers_own_routes_are_not_the_app(
    make_client, built_app: Path, path: str, status: int
) -> None:
    response = await make_client(web_folder=built_app).http.get(path)
    assert response.status_code == status
    assert not response.headers["content-type"].startswith("text/html")


async def test_graphql_is_unchanged_beside_the_app(make_client, built_app: Path) -> None:
    response = await make_client(web_folder=built_app).execute("{ __typename }")
    assert response.data == {"__typename": "Query"}


async def test_a_path_outside_the_build_is_never_served(make_client, built_app: Path) -> None:
    client = make_client(web_folder=built_app)
    for path in (
        "/assets/../../pyproject.toml",
        "/assets/%2e%2e/%2e%2e/pyproject.toml",
        "/..%2fpyproject.toml",
    ):
        response = await client.http.get(path)
        assert "setuptools" not in response.text, path


async def test_without_a_build_the_root_says_so_plainly(make_client, tmp_path: Path) -> None:
    response = await make_client(web_folder=tmp_path / "none").http.get("/")
    assert response.status_code == 503
    assert "make web" in response.text and "ikke bygget" in response.text
    assert (await make_client(web_folder=tmp_path / "none").http.get("/healthz")).status_code == 200


async def test_graphiql_loads_its_files_from_this_server_with_their_integrity(
    make_client, built_app: Path
) -> None:
    client = make_client(web_folder=built_app)
    page = await client.http.get("/graphql", headers={"accept": "text/html"})
    assert "unpkg.com" not in page.text
    loaded = re.findall(r'(?:src|href)="(/graphiql/[^"]+)"\s+integrity="(sha384-[^"]+)"', page.text)
    assert len(loaded) == 7
    for path, integrity in loaded:
        response = await client.http.get(path)
        assert response.status_code == 200, path
        digest = "sha384-" + b64encode(hashlib.sha384(response.content).digest()).decode()
        assert digest == integrity, path
