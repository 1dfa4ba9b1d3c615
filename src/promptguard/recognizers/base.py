"""The recognizer contract: one small class that turns text into findings."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from promptguard.findings import Explanation, Finding, Suppression

if TYPE_CHECKING:
    from promptguard.config.schema import RecognizerSpec

__all__ = ["Recognizer", "StaticRecognizer"]


class Recognizer(ABC):
    """Finds one or more entity types in text.

    Subclasses set ``id`` (a stable public name), ``entities`` and implement
    :meth:`analyze`. Offsets are into the text given. Context enhancement, thresholds,
    overlap resolution and policy happen in the engine, not here.
    """

    id: str
    entities: tuple[str, ...]
    pack: str | None = None
    context: tuple[str, ...] = ()
    context_boost: float = 0.35
    context_window: int = 60
    negative_context: tuple[str, ...] = ()
    negative_factor: float = 0.3
    severity: str = "medium"
    provider: str | None = None
    priority: int = 0
    requires_nlp: bool = False
    """True for recognizers that need a spaCy pipeline (the engine only loads it then)."""
    gate: str | None = None
    """An RE2 pattern (searched in the UTF-8 text, case-sensitive unless it says ``(?i)``) that
    matches somewhere in every text on which :meth:`analyze` can find anything: a necessary
    condition, never a sufficient one. The engine tests it in the RE2 set pass it makes over
    the text anyway and skips :meth:`analyze` where it does not match, which saves a built-in
    the pass over the text its own prefilter would make. ``None``: always analyzed."""

    @abstractmethod
    def analyze(self, text: str) -> Iterable[Finding]:
        """Return findings in ``text``. Raising makes the scan *indeterminate*."""

    def suppressed(self, text: str) -> list[Suppression]:
        """The matches :meth:`analyze` found in ``text`` and dropped itself, with the filter or
        validator that decided. Only called for ``explain=True``, so it may do the work again
        the slow way; the default (nothing dropped) suits recognizers without filters."""
        return []

    def configure(self, spec: RecognizerSpec, pack: str | None, *, context: bool = True) -> None:
        """Take the fields every pack entry has (id, entity, severity...) from ``spec``;
        ``context=False`` for recognizers that judge their surroundings themselves."""
        self.spec = spec
        self.id = spec.id
        self.entities = (spec.entity,)
        self.pack = pack
        self.severity = spec.severity
        self.provider = spec.provider
        self.priority = spec.priority
        if context:
            self.context = tuple(w.lower() for w in spec.context)
            self.context_boost = spec.context_boost
            self.context_window = spec.context_window
            self.negative_context = tuple(w.lower() for w in spec.negative_context)
            self.negative_factor = spec.negative_factor

    def finding(
        self,
        start: int,
        end: int,
        score: float,
        *,
        pattern: str | None = None,
        entity: str | None = None,
        filters: tuple[str, ...] = (),
    ) -> Finding:
        """A finding of this recognizer, with the explanation ``explain=True`` shows."""
        return Finding(
            entity or self.entities[0],
            start,
            end,
            score,
            self.id,
            pack=self.pack,
            provider=self.provider,
            severity=self.severity,
            explanation=Explanation(
                recognizer=self.id, pack=self.pack, pattern=pattern, base_score=score, filters=filters
            ),
        )

    def analyze_batch(self, texts: Sequence[str]) -> list[list[Finding]]:
        """Analyze several texts; NLP recognizers override this to batch."""
        return [list(self.analyze(text)) for text in texts]

    def __repr__(self) -> str:
        return f"{type(self).__name__}(id={self.id!r}, entities={self.entities!r})"


class StaticRecognizer(Recognizer):
    """A test double: reports fixed substrings as an entity wherever they appear.

    Handy in users' own tests (a fake NER, say) without loading any model.
    """

    def __init__(
        self, entity: str, values: Iterable[str], *, id: str = "static", score: float = 0.85
    ) -> None:
        self.id = id
        self.entities = (entity,)
        self._values = tuple(v for v in values if v)
        self._score = score

    def analyze(self, text: str) -> Iterable[Finding]:
        for value in self._values:
            start = text.find(value)
            while start >= 0:
                yield Finding(self.entities[0], start, start + len(value), self._score, self.id)
                start = text.find(value, start + len(value))
