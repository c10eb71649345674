"""Root fields run concurrently; one request's session must take them in turn."""

from __future__ import annotations

from tests.api.test_pagination import _organisations


async def test_root_fields_resolved_together_share_the_session_safely(client, session) -> None:
    prefix = await _organisations(session, 3)
    fields = " ".join(
        f'f{i}: shellOrganisations(prefix: "{prefix}") {{ edges {{ node {{ slug }} }} }}'
        for i in range(6)
    )
    response = await client.execute("{ " + fields + " }")
    assert response.errors == []
    assert all(len(response.data[f"f{i}"]["edges"]) == 3 for i in range(6))
