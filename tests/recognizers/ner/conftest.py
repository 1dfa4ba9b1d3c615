"""Fixtures for the NER plugin tests: a fake backend (no model) and the real default model."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from promptguard.recognizers.ner.chunking import RawEntity


class FakeBackend:
    """Reports fixed (substring, label) pairs wherever they occur: a model without a model."""

    name = "fake"
    model_name = "fake"

    def __init__(self, entities: Sequence[tuple[str, str]]) -> None:
        self.entities = list(entities)
        self.calls: list[list[str]] = []

    def __call__(self, texts: Sequence[str]) -> list[list[RawEntity]]:
        self.calls.append(list(texts))
        out = []
        for text in texts:
            found = []
            for value, label in self.entities:
                start = text.find(value)
                while start >= 0:
                    found.append(RawEntity(start, start + len(value), label))
                    start = text.find(value, start + len(value))
            out.append(sorted(found, key=lambda e: e.start))
        return out


@pytest.fixture
def fake_backend() -> type[FakeBackend]:
    return FakeBackend


@pytest.fixture(scope="session")
def spacy_ner():  # type: ignore[no-untyped-def]
    """The default NER recognizer with the installed model (skips when none is installed)."""
    from promptguard.errors import MissingDependencyError
    from promptguard.recognizers.ner import build_ner_recognizer

    try:
        return build_ner_recognizer({"enabled": True})
    except MissingDependencyError as exc:
        pytest.skip(str(exc))
