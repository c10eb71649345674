"""Reminders by mail: due activities to leaders, due checkpoints to their
managers (run every morning by the slice's ``tasks.py``)."""
