"""Organisations (the tenants), their units, people and reporting lines."""
