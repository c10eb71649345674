"""Background work: the Celery app, the transactional outbox and its relay."""
