"""`encrypt` tokens are bound to the tenant whose key made them: another tenant's /v1/restore
(same server, same encryption key) leaves them as they are, a key of the same tenant restores."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from server_helpers import start_server

from promptguard.service.auth import hash_key

pytestmark = pytest.mark.network

EMAIL = "jane.enc@tenant-example.io"


def test_encrypt_tokens_do_not_cross_tenants(tmp_path: Path) -> None:
    policy = tmp_path / "enc.yaml"
    policy.write_text(
        "schema_version: 1\nname: enc\nextends: default\nentities:\n  EMAIL_ADDRESS: {prompt: encrypt}\n",
        encoding="utf-8",
    )
    keys = {"alpha1": "a" * 40, "alpha2": "b" * 40, "beta": "c" * 40}
    tenants = {"alpha1": "alpha", "alpha2": "alpha", "beta": "beta"}
    lines = ["keys:"]
    for name, key in keys.items():
        lines += [
            f"  - id: {name}",
            f'    hash: "{hash_key(key)}"',
            "    scopes: [scan, restore]",
            "    policy: enc",
            f"    tenant: {tenants[name]}",
        ]
    lines += ["policies:", f"  enc: {policy}"]
    access = tmp_path / "access.yaml"
    access.write_text("\n".join(lines) + "\n", encoding="utf-8")
    srv = start_server(tmp_path, args=["--config", str(access)], env={"PROMPTGUARD_ENCRYPT_KEY": "x" * 32})
    try:

        def call(name: str, path: str, body: dict[str, str]) -> str:
            headers = {"Authorization": f"Bearer {keys[name]}"}
            resp = httpx.post(f"{srv.url}{path}", json=body, headers=headers, timeout=30)
            assert resp.status_code == 200, resp.text
            return str(resp.json()["text"])

        sent = call("alpha1", "/v1/scan", {"text": f"mail {EMAIL}", "session_id": "enc-session-1"})
        assert EMAIL not in sent and ":enc:" in sent
        # Another session of the same tenant decrypts (encrypt needs no vault entry) ...
        assert call("alpha2", "/v1/restore", {"text": sent, "session_id": "enc-session-2"}) == f"mail {EMAIL}"
        # ... another tenant, naming any session, does not.
        assert call("beta", "/v1/restore", {"text": sent, "session_id": "enc-session-1"}) == sent
    finally:
        srv.stop()
