"""What Entra ID and Okta send, made into what RFC 7644 says, before
scim2-models reads it."""

from __future__ import annotations

from typing import Any

ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"


def entra_quirks(payload: Any) -> Any:
    """Entra ID sends ``active`` as "True"/"False" and the manager as a bare id."""
    if not isinstance(payload, dict):
        return payload
    fixed = dict(payload)
    if isinstance(fixed.get("active"), str):
        fixed["active"] = fixed["active"].lower() == "true"
    enterprise = fixed.get(ENTERPRISE)
    if isinstance(enterprise, dict) and "manager" in enterprise:
        fixed[ENTERPRISE] = {**enterprise, "manager": _manager(enterprise["manager"])}
    return fixed


def _manager(value: Any) -> Any:
    """A manager as the directories send it (a bare id, or a value without
    ``$ref``), as the enterprise schema has it."""
    if isinstance(value, str):
        value = {"value": value}
    if isinstance(value, dict) and value.get("value") and not value.get("$ref"):
        value = {**value, "$ref": f"../Users/{value['value']}"}
    return value


def patch_quirks(payload: Any) -> Any:
    """Entra ID writes ``op`` capitalised ("Replace"), ``active`` as a string,
    and the manager as a bare id; Okta replaces without a path and a value
    object. Both become what RFC 7644 3.5.2 says."""
    if not isinstance(payload, dict) or not isinstance(payload.get("Operations"), list):
        return payload
    operations = []
    for operation in payload["Operations"]:
        if not isinstance(operation, dict):
            operations.append(operation)
            continue
        fixed = dict(operation)
        if isinstance(fixed.get("op"), str):
            fixed["op"] = fixed["op"].lower()
        path = str(fixed.get("path") or "")
        value = fixed.get("value")
        if path.lower() == "active" and isinstance(value, str):
            fixed["value"] = value.lower() == "true"
        elif path.lower() == f"{ENTERPRISE}:manager".lower():
            fixed["value"] = _manager(value)
        elif not path and isinstance(value, dict):
            fixed["value"] = entra_quirks(value)
        operations.append(fixed)
    return {**payload, "Operations": operations}
