"""Service parts that need no server: key hashing, access control, limits, timeouts."""

from __future__ import annotations

import hashlib
import time
from pathlib import Path

import anyio
import pytest

from promptguard.errors import ConfigError
from promptguard.service.auth import AccessControl, hash_key, new_api_key
from promptguard.service.errors import ApiError
from promptguard.service.limits import MemoryRateLimiter
from promptguard.service.middleware import _too_deep
from promptguard.settings import Settings


def _access(tmp_path: Path, body: str, **settings: object) -> AccessControl:
    path = tmp_path / "access.yaml"
    path.write_text(body)
    return AccessControl(Settings(config=path, preload=False, **settings))  # type: ignore[arg-type]


def test_salted_and_plain_hashes_authenticate(tmp_path: Path) -> None:
    k1, k2 = new_api_key(), new_api_key()
    plain = hashlib.sha256(k2.encode()).hexdigest()
    ac = _access(tmp_path, f"keys:\n  - id: a\n    hash: \"{hash_key(k1)}\"\n    scopes: [scan, restore]\n"
                           f"  - id: b\n    hash: \"sha256:{plain}\"\n    tenant: shared\n")
    a = ac.authenticate(k1)
    b = ac.authenticate(k2)
    assert a is not None and a.key_id == "a" and a.scopes == {"scan", "restore"} and a.tenant == "a"
    assert b is not None and b.key_id == "b" and b.tenant == "shared"
    assert ac.authenticate(k1 + "x") is None
    assert ac.authenticate("") is None and ac.authenticate(None) is None
    assert ac.authenticate("x" * 10_000) is None


def test_salts_differ_per_hash() -> None:
    key = new_api_key()
    assert hash_key(key) != hash_key(key)
    assert hash_key(key, salt="00" * 16) == hash_key(key, salt="00" * 16)


def test_disabled_key_is_refused(tmp_path: Path) -> None:
    key = new_api_key()
    ac = _access(tmp_path, f"keys:\n  - id: a\n    hash: \"{hash_key(key)}\"\n    enabled: false\n")
    assert ac.authenticate(key) is None


def test_reload_on_change_keeps_previous_on_error(tmp_path: Path) -> None:
    k1, k2 = new_api_key(), new_api_key()
    ac = _access(tmp_path, f"keys:\n  - id: a\n    hash: \"{hash_key(k1)}\"\n")
    assert ac.path is not None
    assert ac.reload() is False  # unchanged
    ac.path.write_text(f"keys:\n  - id: b\n    hash: \"{hash_key(k2)}\"\n")
    assert ac.reload(force=True) is True
    assert ac.authenticate(k1) is None and ac.authenticate(k2) is not None
    ac.path.write_text("keys: [oops")
    assert ac.reload(force=True) is False
    assert ac.authenticate(k2) is not None


def test_no_access_file_needs_the_explicit_flag(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="insecure-no-auth"):
        AccessControl(Settings(preload=False))
    ac = AccessControl(Settings(preload=False, insecure_no_auth=True))
    assert ac.authenticate("anything") is None
    assert ac.anonymous().scopes == {"scan", "restore", "admin"}


def test_cidr_allow_list(tmp_path: Path) -> None:
    ac = _access(tmp_path, "allow_cidrs: [10.0.0.0/8, '::1/128']\n")
    assert ac.client_allowed("10.1.2.3") and ac.client_allowed("::1")
    assert not ac.client_allowed("192.168.0.1") and not ac.client_allowed(None)
    assert not ac.client_allowed("not-an-ip")
    assert _access(tmp_path, "keys: []\n").client_allowed("192.168.0.1")


def test_policy_names_map_to_configured_or_builtin_only(tmp_path: Path) -> None:
    ac = _access(tmp_path, "policies:\n  mine: /etc/mine.yaml\n")
    assert ac.policy_ref("mine") == "/etc/mine.yaml"
    assert ac.policy_ref("pci") == "pci"
    assert ac.policy_ref("access") is None  # never a file relative to the working directory


def test_memory_rate_limiter() -> None:
    rl = MemoryRateLimiter()
    assert [rl.hit("k", 2).allowed for _ in range(3)] == [True, True, False]
    assert rl.hit("k", 2).retry_after_s >= 1
    assert rl.hit("other", 2).allowed
    assert all(rl.hit("free", 0).allowed for _ in range(100))


def test_json_nesting_check() -> None:
    assert _too_deep(b"[" * 33 + b"]" * 33, 32)
    assert not _too_deep(b"[" * 32 + b"]" * 32, 32)
    # Brackets inside strings are text, not nesting.
    assert not _too_deep(b'{"text": "' + b"[" * 100 + b'"}', 32)
    assert not _too_deep(b'{"texts": [' + b'"a", ' * 500 + b'"b"]}', 32)
    assert not _too_deep(b'{"t": "\\"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["}', 32)


def test_engine_timeout_is_503(tmp_path: Path) -> None:
    from promptguard.service.state import ServiceState

    state = ServiceState(Settings(preload=False, insecure_no_auth=True, request_timeout_s=0.2))

    async def run() -> None:
        with pytest.raises(ApiError) as err:
            await state.run(lambda: time.sleep(2))
        assert err.value.status == 503 and err.value.code == "timeout" and err.value.limit == "request_timeout_s"
        assert await state.run(lambda: 42) == 42

    anyio.run(run)
