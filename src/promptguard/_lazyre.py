"""Module-level ``re`` patterns compiled on first use instead of at import.

Python's ``re`` parses and compiles a pattern in Python code: ~0.05-3 ms each. The injection
detector's modules define some 130 patterns at import, and the default profile's first
scan of a prompt never reaches about half of them (the response-leak checks, the rarer
intent disambiguations, the structured-data carriers): compiling those cost ~10 ms of every
cold start. :func:`lazy` returns a stand-in that compiles its pattern the first time one of
its attributes is read and then holds the compiled pattern's bound methods in its slots, so
later calls cost what they cost on the pattern itself.
"""

from __future__ import annotations

import re
from typing import Any, cast

__all__ = ["compile_all", "defined", "lazy"]

_ATTRS = ("findall", "finditer", "flags", "fullmatch", "groupindex", "groups", "match", "pattern", "search", "split",
          "sub", "subn")  # fmt: skip


class _LazyPattern:
    __slots__ = ("_source", "_flags", *_ATTRS)

    def __init__(self, source: str, flags: int) -> None:
        self._source = source
        self._flags = flags

    def __getattr__(self, name: str) -> Any:
        # Only reached while a slot is empty, i.e. before the first use (two threads may both
        # compile: the same pattern, from re's own cache the second time).
        compiled = re.compile(self._source, self._flags)
        for attr in _ATTRS:
            object.__setattr__(self, attr, getattr(compiled, attr))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy({self._source!r})"


def lazy(source: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(source, flags)``, deferred to the pattern's first use.

    For module-level patterns only where a scan may never need them; a pattern used by every
    scan gains nothing. The source must be valid (a test compiles every module's patterns)."""
    pattern = _LazyPattern(source, flags)
    _DEFINED.append(pattern)
    return cast("re.Pattern[str]", pattern)


_DEFINED: list[_LazyPattern] = []


def defined() -> list[tuple[str, int]]:
    """``(source, flags)`` of every pattern :func:`lazy` made so far (the test suite compiles
    them all: a typo must fail the tests, not the first text that needs the pattern)."""
    return [(p._source, p._flags) for p in _DEFINED]


def compile_all() -> int:
    """Compile every pattern :func:`lazy` made so far that is still waiting; return how many.

    For measurements that should leave one-time costs out (``benchmarks/instructions.py``
    counts a scan's instructions after its warm-up: a pattern a rare prompt reaches first would
    otherwise charge its compile to that prompt)."""
    done = 0
    for p in _DEFINED:
        if not _compiled(p):
            try:
                p.search  # noqa: B018 - the first attribute read compiles it
            except re.error:
                continue  # left to fail at its first use, as it would have
            done += 1
    return done


def _compiled(pattern: _LazyPattern) -> bool:
    try:
        object.__getattribute__(pattern, "search")
    except AttributeError:
        return False
    return True
