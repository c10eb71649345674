"""The organisation's people: listing them, and HR creating and changing
people, their memberships (unit, job title, roles, leaving) and reporting lines."""
