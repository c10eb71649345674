"""A leader's progress, and the offline sync engine: every change is an event,
applied one at a time or as a batch a phone queued offline (``syncProgress``),
once, in order, each APPLIED, DUPLICATE or CONFLICT.

``event_times.py`` is pure (no SQL, no strawberry): when an offline event may
have happened.
"""
