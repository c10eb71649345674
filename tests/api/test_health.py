from __future__ import annotations


async def test_healthz_answers_while_the_process_lives(client) -> None:  # type: ignore[no-untyped-def]
    response = await client.http.get("/healthz")
    assert response.status_code == 200 and response.json() == {"status": "ok"}


async def test_readyz_reports_each_dependency(client) -> None:  # type: ignore[no-untyped-def]
    response = await client.http.get("/readyz")
    assert response.status_code == 200
    assert response.json()["checks"]["database"] == "ok"


async def test_request_id_from_the_caller_is_kept(client) -> None:  # type: ignore[no-untyped-def]
    response = await client.http.get("/healthz", headers={"x-request-id": "abc123"})
    assert response.headers["x-request-id"] == "abc123"
