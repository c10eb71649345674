"""Writing a philosophy: the draft with its checks, private notes, visibility
and the items the leader means to take into the next version."""
