"""Fixtures: a real fake Messages API server on 127.0.0.1 and guards with fixed policies."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

pytest.importorskip("anthropic")
pytest.importorskip("uvicorn")

from anthropic_helpers import make_guard
from fake_anthropic import FakeAnthropic

from promptguard.guard import Guard


@pytest.fixture(scope="session")
def fake_server() -> Iterator[FakeAnthropic]:
    with FakeAnthropic() as server:
        yield server


@pytest.fixture
def fake(fake_server: FakeAnthropic) -> FakeAnthropic:
    fake_server.reset()
    return fake_server


@pytest.fixture(scope="session")
def test_guard() -> Guard:
    return make_guard()


@pytest.fixture
def records() -> list[dict[str, Any]]:
    return []


@pytest.fixture
def client(fake: FakeAnthropic, test_guard: Guard, records: list[dict[str, Any]]) -> Any:
    import anthropic

    import promptguard

    base = anthropic.Anthropic(api_key="test-key", base_url=fake.base_url, max_retries=2)
    return promptguard.protect(base, guard=test_guard, audit=records.append)


@pytest.fixture
def aclient(fake: FakeAnthropic, test_guard: Guard, records: list[dict[str, Any]]) -> Any:
    import anthropic

    import promptguard

    base = anthropic.AsyncAnthropic(api_key="test-key", base_url=fake.base_url, max_retries=2)
    return promptguard.protect(base, guard=test_guard, audit=records.append)
