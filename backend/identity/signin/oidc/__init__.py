"""The person a verified OpenID Connect token names (``backend.auth.oidc``
verifies the token; this finds, links or creates the person)."""
