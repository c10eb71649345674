"""Organisations (the tenants), their units, people and reporting lines.

This package holds what every part reads: the models, the organisation and its
units, people and memberships as GraphQL types, and ``policy.py`` (who may do
what, for every slice). Its sub-packages are laid out the same way:
``signin/`` (passwords, magic links, tokens, ``/auth`` routes, ``oidc/``),
``people/`` (listing and changing people), ``goals/`` (goals and the leadership
foundation), ``reporting/`` (reports and spans of control),
``structure_import/`` (the CSV import), ``scim/`` (provisioning), ``seed/``
(the demo municipality).
"""
