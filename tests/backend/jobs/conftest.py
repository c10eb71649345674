from tests.backend.jobs.fixtures import own_outbox, smtp_sink, worker_db  # noqa: F401
