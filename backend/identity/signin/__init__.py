"""Signing in: passwords, magic links, refresh tokens, the browser's ``/auth``
routes, and (in ``oidc/``) people named by an identity provider's token."""
