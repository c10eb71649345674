"""What anyone may know of who answered: per-group progress and response rates."""
