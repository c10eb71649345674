"""Who is asking: access tokens, the viewer, and the policy every service checks."""
