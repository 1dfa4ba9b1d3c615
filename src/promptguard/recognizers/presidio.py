"""Run any ``presidio_analyzer.EntityRecognizer`` as a promptguard recognizer."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from promptguard.findings import Explanation, Finding
from promptguard.recognizers.base import Recognizer

__all__ = ["PresidioRecognizer"]


class PresidioRecognizer(Recognizer):
    """Adapter for Presidio recognizers; pattern ones run without any NLP artifacts."""

    def __init__(self, recognizer: Any) -> None:
        self.inner = recognizer
        self.id = f"presidio.{recognizer.name}"
        self.entities = tuple(recognizer.supported_entities)
        self.pack = "presidio"
        self.context = tuple(w.lower() for w in (getattr(recognizer, "context", None) or ()))

    def analyze(self, text: str) -> Iterable[Finding]:
        results = self.inner.analyze(text, entities=list(self.entities), nlp_artifacts=None) or []
        for r in results:
            f = Finding.from_presidio(r, recognizer=self.id)
            yield f.with_(explanation=Explanation(recognizer=self.id, pack="presidio", base_score=f.score))
