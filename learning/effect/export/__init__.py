"""Exports of learning effect: requested by a leader of leaders or HR,
rendered by the ``effect.render_export`` task as CSV (``csv``) or PDF
(``pdf``, pure renderers of a report) and downloaded through a presigned URL
by the requester alone."""
