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


def test_what_a_load_allocated_goes_to_the_oldest_generation() -> None:
    # Not left in the young generations, where two more collections would walk it again.
    gc.enable()
    with gc_paused():
        kept = [[i] for i in range(5000)]
    oldest = {id(o) for o in gc.get_objects(generation=2)}
    assert all(id(x) in oldest for x in kept)


def test_a_callers_frozen_objects_stay_frozen() -> None:
    gc.enable()
    mine = [object()]  # a tracked object the caller freezes
    gc.freeze()
    try:
        with gc_paused():
            kept = [[i] for i in range(5000)]
        assert id(mine) not in {id(o) for o in gc.get_objects()}  # still in the permanent generation
        oldest = {id(o) for o in gc.get_objects(generation=2)}
        assert all(id(x) in oldest for x in kept)
    finally:
        gc.unfreeze()
