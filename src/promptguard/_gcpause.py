"""Pause Python's cyclic garbage collector while promptguard loads its one-time state.

Building a guard and loading the injection detector allocate some 300,000 long-lived
objects (modules, pydantic schemas, packs, compiled tables) and almost no cyclic garbage.
With the collector on, each young collection walks the newest 700 of them, each middle one
the last ~7,000 and a full one all of them: ~45 ms of a ~450 ms cold start went into
collections that found ~1,000 garbage objects (issue 2). When the pause ends, everything
the collector tracks is moved to the oldest generation (``gc.freeze()`` then
``gc.unfreeze()``: two list splices, documented to leave the objects in the oldest
generation), so no young collection walks the load's objects: left to the collector, the
first young collection after the load walked them all into the middle generation and the
tenth walked them all again (s21: 15 + 20 ms of the default profile's first scan; one
collection of the young generations instead still cost 16 + 5 ms). The full collections
walk them as they always did, and the little cyclic garbage of a load waits for one.
A caller's own frozen objects stay frozen: with any, the young generations are collected
instead of moved (``unfreeze`` would thaw the caller's objects too).

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
        if gc.get_freeze_count() == 0:
            gc.freeze()
            gc.unfreeze()
        else:
            gc.collect(1)
