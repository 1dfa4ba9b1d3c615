"""The collector pause around one-time loading restores the collector as it found it."""

from __future__ import annotations

import gc

import pytest

from promptguard import Guard
from promptguard._gcpause import gc_paused


@pytest.fixture(autouse=True)
def _collector_back_on() -> None:  # type: ignore[misc]
    yield
    gc.enable()


def test_pauses_and_resumes() -> None:
    gc.enable()
    with gc_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_resumes_after_an_error() -> None:
    gc.enable()
    with pytest.raises(RuntimeError), gc_paused():
        raise RuntimeError("load failed")
    assert gc.isenabled()


def test_leaves_a_disabled_collector_disabled() -> None:
    gc.disable()
    with gc_paused():
        assert not gc.isenabled()
    assert not gc.isenabled()


def test_building_a_guard_leaves_the_collector_on() -> None:
    gc.enable()
    Guard({"packs": ["pii-core"], "injection": {"enabled": False}}).scan("mail jane@acme.io")
    assert gc.isenabled()
