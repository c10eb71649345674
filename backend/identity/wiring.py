"""What identity plugs in at start-up (``backend.composition``): people
signed in by OpenID Connect become viewers of ``backend.auth``, and sign-in
forgets what can no longer be used in the hourly clean-up."""

from __future__ import annotations

from backend.auth.authenticate import register_authenticator
from backend.auth.oidc import oidc_authenticator
from backend.identity.signin import tasks as signin_tasks
from backend.identity.signin.oidc.service import viewer_for_oidc_claims
from backend.jobs.cleanup import register_cleanup

# Made once: registering the same authenticator again changes nothing.
OIDC_AUTHENTICATOR = oidc_authenticator(viewer_for_oidc_claims)


def wire() -> None:
    register_authenticator(OIDC_AUTHENTICATOR)
    register_cleanup("identity.sign_in", signin_tasks.forget_stale_sign_in_data)
