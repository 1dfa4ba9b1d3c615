"""Several workers and replicas sharing sessions through a real Redis."""

from __future__ import annotations

import os
import secrets
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from server_helpers import Server, free_port, new_keys, start_server, write_access

pytestmark = [pytest.mark.network, pytest.mark.slow, pytest.mark.redis]

EMAIL = "yorick.plantedvalue@leakcheck-example.io"


def _env(redis_url: str, tmp: Path, **extra: str) -> dict[str, str]:
    return {
        "PROMPTGUARD_VAULT": "redis",
        "PROMPTGUARD_REDIS_URL": redis_url,
        "PROMPTGUARD_VAULT_KEY": secrets.token_hex(32),
        "PROMPTGUARD_REDIS_TIMEOUT_S": "1",
        # Own key space: parallel test workers share the Redis server.
        "PROMPTGUARD_REDIS_PREFIX": f"pgtest-{secrets.token_hex(4)}:",
        **extra,
    }


@pytest.fixture(scope="module")
def prefix_env(redis_url: str, module_tmp: Path) -> dict[str, str]:
    return _env(redis_url, module_tmp)


@pytest.fixture(scope="module")
def two_workers(redis_url: str, module_tmp: Path, prefix_env: dict[str, str]) -> Iterator[Server]:
    metrics_dir = module_tmp / "metrics"
    metrics_dir.mkdir()
    keys = new_keys("both", "other", "limited")
    env = {**prefix_env, "PROMPTGUARD_RELOAD_INTERVAL_S": "0.2", "PROMETHEUS_MULTIPROC_DIR": str(metrics_dir),
           "PROMPTGUARD_METRICS_PUBLIC": "true"}
    srv = start_server(module_tmp, keys=keys, env=env, args=["--workers", "2"], timeout=120)
    try:
        yield srv
    finally:
        srv.stop()


def _pids_that_served(metrics_dir: Path) -> set[str]:
    # prometheus-client's multiprocess files are named <kind>_<pid>.db, one set per worker.
    return {p.stem.rsplit("_", 1)[-1] for p in metrics_dir.glob("*.db")}


def test_two_workers_share_sessions(two_workers: Server, module_tmp: Path) -> None:
    pairs = []
    for i in range(24):
        # A fresh connection per request, so the kernel spreads them over both workers.
        with two_workers.client("both") as c:
            body = c.post("/v1/scan", json={"text": f"{i}: write to {EMAIL}"}).json()
        assert body["text"] == f"{i}: write to <EMAIL_ADDRESS_1>"
        pairs.append(body["session_id"])
    for sid in pairs:
        with two_workers.client("both") as c:
            resp = c.post("/v1/restore", json={"text": "to <EMAIL_ADDRESS_1>", "session_id": sid})
        assert resp.json()["text"] == f"to {EMAIL}"
    # The supervising parent process is not a worker (it may create zero-valued metrics files).
    workers = _pids_that_served(module_tmp / "metrics") - {str(two_workers.proc.pid)}
    assert len(workers) >= 2, "both workers should have answered"


def test_metrics_aggregate_both_workers(two_workers: Server) -> None:
    with httpx.Client(base_url=two_workers.url) as c:
        before = _count(c.get("/metrics").text)
    for _ in range(10):
        with two_workers.client("both") as c:
            assert c.post("/v1/scan", json={"text": "hello"}).status_code == 200
    with httpx.Client(base_url=two_workers.url) as c:
        after = _count(c.get("/metrics").text)
    assert after - before == 10


def _count(text: str) -> float:
    for line in text.splitlines():
        if line.startswith('promptguard_http_requests_total{method="POST",route="/v1/scan",status="200"}'):
            return float(line.rsplit(" ", 1)[1])
    return 0.0


def test_rate_limit_is_shared_by_workers(two_workers: Server) -> None:
    statuses = []
    for _ in range(5):
        with two_workers.client("limited") as c:  # new connection each time: any worker
            statuses.append(c.post("/v1/scan", json={"text": "hi"}).status_code)
    assert statuses[:3] == [200, 200, 200]
    assert statuses[3:] == [429, 429]


def test_tenants_are_isolated_in_redis(two_workers: Server) -> None:
    with two_workers.client("both") as c:
        sid = c.post("/v1/scan", json={"text": f"to {EMAIL}"}).json()["session_id"]
    with two_workers.client("other") as c:
        assert c.post("/v1/restore", json={"text": "<EMAIL_ADDRESS_1>", "session_id": sid}).json()["text"] == (
            "<EMAIL_ADDRESS_1>"
        )


def test_values_are_encrypted_at_rest(two_workers: Server, redis_url: str, prefix_env: dict[str, str]) -> None:
    import redis

    with two_workers.client("both") as c:
        c.post("/v1/scan", json={"text": f"to {EMAIL}"})
    client = redis.Redis.from_url(redis_url)
    keys = list(client.scan_iter(match=prefix_env["PROMPTGUARD_REDIS_PREFIX"] + "vault:*", count=1000))
    assert keys
    for key in keys:
        assert client.pttl(key) > 0  # every session expires
        for field, value in client.hgetall(key).items():
            assert b"plantedvalue" not in field and b"plantedvalue" not in value
            assert b"leakcheck" not in value


def test_file_change_revokes_a_key_in_every_worker(two_workers: Server) -> None:
    assert two_workers.access_path is not None
    original = two_workers.access_path.read_text()
    keys = {k: v for k, v in two_workers.keys.items() if k != "other"}
    try:
        write_access(two_workers.access_path, keys)
        deadline = time.monotonic() + 10
        streak = 0
        while streak < 12 and time.monotonic() < deadline:
            with two_workers.client("other") as c:
                streak = streak + 1 if c.post("/v1/scan", json={"text": "x"}).status_code == 401 else 0
        assert streak >= 12, "every worker should reject the revoked key"
        with two_workers.client("both") as c:
            assert c.post("/v1/scan", json={"text": "x"}).status_code == 200
    finally:
        two_workers.access_path.write_text(original)


def test_two_replicas_share_sessions(two_workers: Server, module_tmp: Path, prefix_env: dict[str, str]) -> None:
    """Like replicas behind a load balancer: pseudonymize on one server, restore on another."""
    replica = start_server(module_tmp, keys=two_workers.keys, env=prefix_env, timeout=120)
    try:
        with two_workers.client("both") as c:
            body = c.post("/v1/scan", json={"texts": [f"to {EMAIL}", f"cc {EMAIL}"]}).json()
        with replica.client("both") as c:
            out = c.post("/v1/restore", json={"text": "<EMAIL_ADDRESS_1>!", "session_id": body["session_id"]})
        assert out.json()["text"] == f"{EMAIL}!"
    finally:
        replica.stop()


def test_redis_down_fails_closed_with_503(module_tmp: Path) -> None:
    dead = f"redis://127.0.0.1:{free_port()}/0"
    keys = new_keys("both")
    srv = start_server(module_tmp, keys=keys, env=_env(dead, module_tmp), ready_path="/healthz", timeout=120)
    try:
        with srv.client("both") as c:
            ready = c.get("/readyz")
            assert ready.status_code == 503 and ready.json()["checks"]["vault"] == "unreachable"
            resp = c.post("/v1/scan", json={"text": f"to {EMAIL}"})
            assert resp.status_code == 503 and resp.json()["error"]["code"] == "vault_unavailable"
            assert resp.headers["retry-after"]
            restore = c.post("/v1/restore", json={"text": "<EMAIL_ADDRESS_1>", "session_id": "abcdefgh"})
            assert restore.status_code == 503
            # Nothing to pseudonymize: the vault is not needed and the scan answers.
            plain = c.post("/v1/scan", json={"text": "nothing here"})
            assert plain.status_code == 200 and plain.json()["text"] == "nothing here"
        assert EMAIL not in srv.log()
    finally:
        srv.stop()


def test_redis_vault_needs_a_key(module_tmp: Path, redis_url: str) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PROMPTGUARD_")}
    env.update({"PROMPTGUARD_VAULT": "redis", "PROMPTGUARD_REDIS_URL": redis_url})
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-m", "promptguard", "serve", "--insecure-no-auth", "--port",
                          str(free_port())], env=env, capture_output=True, text=True, timeout=60, check=False)
    assert out.returncode == 2
    assert "PROMPTGUARD_VAULT_KEY" in out.stderr
