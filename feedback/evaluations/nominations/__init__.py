"""Nominations: the leader proposes raters by group, the manager approves."""
