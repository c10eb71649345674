"""Link secrets made in bulk are like single ones: 256 random bits each,
URL-safe, all different, and only their hash is what a database keeps."""

from __future__ import annotations

import base64
import re

from backend.auth.tokens import hash_secret, new_secret, new_secrets, secrets_match


def test_secrets_made_in_bulk_are_url_safe_256_bit_and_all_different() -> None:
    made = new_secrets(2_000)
    assert len(made) == 2_000 == len(set(made))
    single = new_secret()
    for secret in [*made[:50], single]:
        assert re.fullmatch(r"[A-Za-z0-9_-]{43}", secret)
        assert len(base64.urlsafe_b64decode(secret + "=")) == 32
    assert secrets_match(made[0], hash_secret(made[0]))
    assert not secrets_match(made[0], hash_secret(made[1]))


def test_no_secrets_asked_none_made() -> None:
    assert new_secrets(0) == []
