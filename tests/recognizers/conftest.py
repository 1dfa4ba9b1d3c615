"""Shared by the recognizer tests: what a secret scan leaves of a value in clear text."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

import pytest

from promptguard import Guard


@cache
def _secrets_guard() -> Guard:
    return Guard.from_config("secrets-only")


def _uncovered(text: str, value: str) -> str:
    """The characters of ``value`` (its first occurrence in ``text``) that no finding of the
    ``secrets-only`` profile covers: "" when the whole value is replaced."""
    start = text.index(value)
    covered: set[int] = set()
    for f in _secrets_guard().scan(text).findings:
        covered.update(range(f.start, f.end))
    return "".join(ch for i, ch in enumerate(value, start) if i not in covered)


@pytest.fixture(scope="module")
def guard() -> Guard:
    """The ``secrets-only`` profile (a test module may define a ``guard`` of its own)."""
    return _secrets_guard()


@pytest.fixture
def uncovered() -> Callable[[str, str], str]:
    return _uncovered
