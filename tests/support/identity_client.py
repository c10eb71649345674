"""The API as seen from an address of its own, so that the rate limits of one
test never reach another."""

from __future__ import annotations

import itertools

import httpx

from backend.app import create_app
from backend.db import Database
from backend.settings import Settings
from tests.support.graphql_client import GraphQLClient

_addresses = itertools.count(1)


def new_address() -> str:
    n = next(_addresses)
    return f"10.{n // 65536 % 256}.{n // 256 % 256}.{n % 256}"


class IdentityClient(GraphQLClient):
    """The API as seen from one address, with settings of the test's choosing."""

    def __init__(self, settings: Settings, database: Database, address: str) -> None:
        super().__init__(create_app(settings, database=database))
        self.settings = settings
        self.address = address
        self.http = httpx.AsyncClient(
            transport=httpx.ASGITransport(app=self.app, client=(address, 40000)),
            base_url="http://testserver",
        )
