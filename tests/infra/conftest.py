from tests.infra.services import own_postgres, own_redis  # noqa: F401
