"""Deferred module-level patterns (``promptguard._lazyre``)."""

from __future__ import annotations

import importlib
import pkgutil
import re

import pytest

import promptguard
from promptguard._lazyre import defined, lazy


def test_every_deferred_pattern_of_the_package_compiles() -> None:
    # A typo in a deferred pattern must fail here, not on the first text that reaches it.
    for module in pkgutil.walk_packages(promptguard.__path__, "promptguard."):
        if module.name.endswith("__main__") or module.name.startswith(
            ("promptguard.service", "promptguard.integrations", "promptguard.recognizers.ner")
        ):
            continue  # the CLI entry point and optional extras; none of them defers a pattern
        importlib.import_module(module.name)
    sources = defined()
    assert len(sources) >= 20  # the injection detector's modules are among those imported
    for source, flags in sources:
        re.compile(source, flags)


@pytest.mark.parametrize(
    "text", ["", "Reply to ab@cd.io or AB@CD.IO", "no address here", "x@y.z, and again x@y.z\nend"]
)
def test_a_deferred_pattern_answers_as_the_compiled_one(text: str) -> None:
    source, flags = r"(?P<user>\w+)@(\w+)\.(\w+)", re.I
    compiled, deferred = re.compile(source, flags), lazy(source, flags)
    want, got = compiled.search(text), deferred.search(text)
    assert (got and got.span()) == (want and want.span())
    assert [m.span() for m in deferred.finditer(text)] == [m.span() for m in compiled.finditer(text)]
    assert deferred.findall(text) == compiled.findall(text)
    assert deferred.sub("<E>", text) == compiled.sub("<E>", text)
    assert deferred.split(text) == compiled.split(text)
    assert (deferred.fullmatch(text) is None) == (compiled.fullmatch(text) is None)
    assert (deferred.match(text, 0) is None) == (compiled.match(text, 0) is None)
    assert (deferred.pattern, deferred.flags, deferred.groups) == (compiled.pattern, compiled.flags, compiled.groups)
    assert deferred.groupindex == compiled.groupindex


def test_a_deferred_pattern_compiles_on_first_use_only() -> None:
    deferred = lazy(r"[")  # invalid: only its first use can tell
    with pytest.raises(re.error):
        deferred.search("text")
    deferred = lazy(r"a+b")
    assert "a+b" in repr(deferred)
    assert deferred.search("xaab") is not None
    with pytest.raises(AttributeError):
        deferred.no_such_method  # noqa: B018 - the attribute access is the test


def test_compile_all_compiles_the_waiting_patterns_once() -> None:
    from promptguard._lazyre import compile_all

    deferred = lazy(r"z+q")
    assert compile_all() >= 1
    assert compile_all() == 0  # nothing left waiting
    assert deferred.search("azzq") is not None
