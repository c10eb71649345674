"""scim2-client's synchronous client over httpx, for scim2-tester's checks
against the API served on loopback (scim2-client's own engine wants httpx2)."""

from __future__ import annotations

from typing import Any

import httpx
from scim2_client.client import BaseSyncSCIMClient
from scim2_client.engines.inprocess import _stays_under_base_url
from scim2_client.errors import RequestNetworkException


class HttpxSCIMClient(BaseSyncSCIMClient):
    def __init__(self, client: httpx.Client, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.client = client

    def _stays_under_base_url(self, endpoint: str) -> bool:
        return _stays_under_base_url(str(self.client.base_url), endpoint)

    def _parse_json(self, response: Any) -> Any:
        return response.json()

    def request(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        try:
            return self.client.request(method, url, **kwargs)
        except httpx.RequestError as error:
            raised = RequestNetworkException()
            raised.add_note(str(error))
            raise raised from error
