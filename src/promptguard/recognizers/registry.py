"""Built-in recognizer types that a pack entry selects with ``type:``.

A type is a factory ``(spec, pack) -> Recognizer`` registered with
:func:`recognizer_type`. Modules in ``promptguard.recognizers.builtin`` are imported
on first use, so adding a type is adding one module there.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable

from promptguard.config.schema import RecognizerSpec
from promptguard.recognizers.base import Recognizer

__all__ = ["Factory", "build_recognizer", "known_types", "recognizer_type"]

Factory = Callable[[RecognizerSpec, "str | None"], Recognizer]
_TYPES: dict[str, Factory] = {}
_discovered = False


def recognizer_type(name: str) -> Callable[[Factory], Factory]:
    def register(factory: Factory) -> Factory:
        _TYPES[name] = factory
        return factory

    return register


def _discover() -> None:
    global _discovered
    if _discovered:
        return
    from promptguard.recognizers import builtin

    for module in pkgutil.iter_modules(builtin.__path__):
        importlib.import_module(f"{builtin.__name__}.{module.name}")
    _discovered = True


def known_types() -> list[str]:
    _discover()
    return sorted(["pattern", *_TYPES])


def build_recognizer(spec: RecognizerSpec, pack: str | None, *, allow_backtracking: bool = False) -> Recognizer:
    if spec.type == "pattern":
        from promptguard.recognizers.pattern import PatternRecognizer

        return PatternRecognizer(spec, pack, allow_backtracking=allow_backtracking)
    if spec.type not in _TYPES:
        _discover()
    try:
        factory = _TYPES[spec.type]
    except KeyError:
        raise ValueError(
            f"unknown recognizer type {spec.type!r}; known types: {', '.join(known_types())}"
        ) from None
    return factory(spec, pack)
