"""Bench mode: the baseline endpoints that ``bench/`` measures GraphQL against."""
