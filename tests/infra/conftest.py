# Every fault test that starts a worker relays an outbox of its own
# (own_outbox, autouse): once the suite has left a thousand pending messages,
# a worker with one process spends minutes on them before the test's own.
from tests.backend.jobs.fixtures import own_outbox  # noqa: F401
from tests.infra.services import own_postgres, own_redis  # noqa: F401
