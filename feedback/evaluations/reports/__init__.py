"""The 360 report pipeline: aggregates (``repository``), the figures under the
anonymity rules (``builder``, pure computation), the release rule (``release``:
the only reader of frozen cells for anyone to see), the report as a leader or
HR reads it (``service``, ``types``) and its PDF (``rendering``, pure)."""
