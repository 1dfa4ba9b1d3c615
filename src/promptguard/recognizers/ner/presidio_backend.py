"""Presidio backend: use one of Presidio's NLP engines (spaCy, stanza, transformers).

For users who already run a Presidio NLP configuration (a transformers model, say).
Presidio's engine maps labels and scores with its own ``NerModelConfiguration``; the
entities it returns are then filtered and cleaned like those of the spaCy backend.
Presidio's spaCy engine downloads a missing model, so a ``model_name`` that is neither
an installed package nor a directory is refused here before Presidio sees it.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from promptguard.errors import ConfigError, MissingDependencyError
from promptguard.recognizers.ner.chunking import RawEntity

__all__ = ["PresidioBackend"]


class PresidioBackend:
    name = "presidio"

    def __init__(self, nlp_configuration: dict[str, Any], *, language: str = "en", batch_size: int = 32) -> None:
        try:
            from presidio_analyzer.nlp_engine import NlpEngineProvider
        except ImportError:
            raise MissingDependencyError("NER backend 'presidio'", "pip install presidio-analyzer") from None
        import importlib.util

        for model in nlp_configuration.get("models", []):
            name = str(model.get("model_name", ""))
            if nlp_configuration.get("nlp_engine_name", "spacy") == "spacy":
                if not (Path(name).is_dir() or importlib.util.find_spec(name) is not None):
                    raise ConfigError(
                        f"spaCy model {name!r} is not installed; promptguard never downloads models",
                        field="ner.presidio_nlp.models",
                    )
        self.engine = NlpEngineProvider(nlp_configuration=nlp_configuration).create_engine()
        self.language = language
        self.batch_size = batch_size
        self.model_name = ",".join(str(m.get("model_name")) for m in nlp_configuration.get("models", []))
        self.components: list[str] = []

    def __call__(self, texts: Sequence[str]) -> list[list[RawEntity]]:
        out: list[list[RawEntity]] = []
        for _, artifacts in self.engine.process_batch(list(texts), self.language, batch_size=self.batch_size):
            out.append(
                [
                    RawEntity(ent.start_char, ent.end_char, ent.label_, float(score))
                    for ent, score in zip(artifacts.entities, artifacts.scores, strict=True)
                ]
            )
        return out
