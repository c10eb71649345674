"""The 360 side of learning effect: the read model ``CompetencySums`` and the
before/after means read from it (``repository``), under the report's anonymity
rules written as SQL expressions (``expressions``, which makes no statement)."""
