from __future__ import annotations


async def test_healthz_answers_while_the_process_lives(client) -> None:
    response = await client.http.get("/healthz")
    assert response.status_code == 200 and response.json() == {"status": "ok"}


async def test_readyz_reports_each_dependency(client) -> None:
    response = await client.http.get("/readyz")
    assert response.status_code == 200
    checks = response.json()["checks"]
    assert checks["database"] == checks["broker"] == checks["storage"] == "ok"


async def test_request_id_from_the_caller_is_kept(client) -> None:
    response = await client.http.get("/healthz", headers={"x-request-id": "abc123"})
    assert response.headers["x-request-id"] == "abc123"


async def test_readyz_is_503_when_a_dependency_fails(client, monkeypatch) -> None:
    import backend.health

    def broker_down() -> None:
        raise ConnectionError("broker down")

    monkeypatch.setattr(backend.health, "_ping_broker", broker_down)
    response = await client.http.get("/readyz")
    assert response.status_code == 503
    assert response.json()["checks"]["broker"] == "failed: ConnectionError"
    assert response.json()["checks"]["database"] == "ok"
