"""Pause Python's cyclic garbage collector while promptguard loads its one-time state.

Building a guard and loading the injection detector allocate some 300,000 long-lived
objects (modules, pydantic schemas, packs, compiled tables) and almost no cyclic garbage.
With the collector on, each young collection walks the newest 700 of them, each middle one
the last ~7,000 and a full one all of them: ~45 ms of a ~450 ms cold start went into
collections that found ~1,000 garbage objects (issue 2). Paused, the objects are walked
once, in the first young collection after the load.

Only pauses a collector that is on, and turns it back on after (a caller that disabled it
keeps it disabled; one that disables it from another thread during a load sees it turned
back on when the load ends).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["gc_paused"]


@contextmanager
def gc_paused() -> Iterator[None]:
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
