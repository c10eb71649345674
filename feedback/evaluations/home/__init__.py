"""The 360 tasks of a leader's home page, shown by ``learning.programmes``."""
