"""Fixtures for the HTTP service tests: a real Redis (when one is reachable) and temp dirs."""

from __future__ import annotations

import os
from pathlib import Path

import pytest


@pytest.fixture(scope="module")
def redis_url() -> str:
    url = os.environ.get("PROMPTGUARD_TEST_REDIS_URL")
    if not url:
        pytest.skip("set PROMPTGUARD_TEST_REDIS_URL (e.g. redis://127.0.0.1:6390/0) to run the Redis tests")
    try:
        import redis

        redis.Redis.from_url(url, socket_connect_timeout=1, socket_timeout=1).ping()
    except Exception as exc:  # noqa: BLE001
        pytest.skip(f"no redis reachable at {url} ({type(exc).__name__})")
    return url


@pytest.fixture(scope="module")
def module_tmp(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("service")
