"""Participation and progress (Kirkpatrick: learning): how many leaders are
enrolled, how far they have come, and whether their managers hold the
checkpoints before, during and after."""
