"""The NER recognizer: model predictions → Presidio-named findings worth acting on."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from pydantic import ValidationError

from promptguard.errors import ConfigError
from promptguard.findings import Explanation, Finding
from promptguard.recognizers.base import Recognizer
from promptguard.recognizers.ner.chunking import RawEntity, chunk_text, merge_chunk_entities
from promptguard.recognizers.ner.filters import SpanFilter
from promptguard.recognizers.ner.options import NER_ENTITIES, NerOptions

__all__ = ["NerRecognizer", "build_ner_recognizer"]

Backend = Callable[[Sequence[str]], list[list[RawEntity]]]

# A str holds a surrogate code point only when it is unpaired (paired ones are one astral code
# point). spaCy encodes its input as UTF-8 and raises on one, which would drop every NER finding of
# the batch; U+FFFD is one code point too, so offsets into the original text stay the same.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


# spaCy's tokenizer strips prefixes and suffixes from a token one at a time, each time
# searching the whole token: a 20 KB run of quotes or "=" (one token) took 10 s. Names are not
# found inside such runs anyway, so a run longer than this is broken into pieces of at most
# _RUN_PIECE characters by spaces put in place of single characters (offsets unchanged).
_RUN_PIECE = 64
_LONG_RUN = re.compile(r"\S{" + str(2 * _RUN_PIECE + 1) + ",}")


def _break_run(m: re.Match[str]) -> str:
    """The run with single characters turned into spaces so no piece exceeds _RUN_PIECE: at the
    last punctuation of each window when there is one ("Barack|Obama" splits at the bar, not
    inside a name), else blindly."""
    run = list(m.group())
    n, p = len(run), 0
    while n - p > _RUN_PIECE:
        cut = next((j for j in range(p + _RUN_PIECE, p, -1) if not run[j].isalnum()), p + _RUN_PIECE)
        run[cut] = " "
        p = cut + 1
    return "".join(run)


def _model_safe(text: str) -> str:
    """``text`` as the model may see it, same length: no lone surrogate, no huge token."""
    text = _LONE_SURROGATE.sub("\ufffd", text)
    return _LONG_RUN.sub(_break_run, text)


class NerRecognizer(Recognizer):
    """PERSON, LOCATION, ORGANIZATION, NRP and DATE_TIME from a named-entity model.

    The engine batches every text of a ``scan_batch`` into one :meth:`analyze_batch`
    call (``requires_nlp``). Long texts are chunked (no length limit, bounded memory).
    Label mapping follows Presidio's ``NerModelConfiguration``: ``labels_to_ignore``,
    ``model_to_presidio_entity_mapping``, ``low_score_entity_names`` times
    ``low_confidence_score_multiplier``.
    """

    requires_nlp = True
    pack = "ner"
    severity = "medium"

    def __init__(self, backend: Backend, options: NerOptions | None = None, *, id: str | None = None) -> None:
        self.options = options or NerOptions.model_validate({"enabled": True})
        self.backend = backend
        backend_name = getattr(backend, "name", "custom")
        self.id = id or f"ner.{backend_name}"
        self.entities = tuple(e for e in NER_ENTITIES if e in self.options.entities)
        self.model_name: str = str(getattr(backend, "model_name", backend_name))
        opts = self.options
        self._mapping: Mapping[str, str] = opts.model_to_presidio_entity_mapping
        self._ignore = frozenset(opts.labels_to_ignore)
        self._low = frozenset(opts.low_score_entity_names)
        self._wanted = frozenset(self.entities)
        self._filter = SpanFilter(enabled=opts.filters, extra_stopwords=opts.extra_stopwords)
        words = sorted({w.lower() for w in opts.personal_date_context}, key=len, reverse=True)
        self._date_context = (
            re.compile(r"(?<![a-z])(?:" + "|".join(re.escape(w) for w in words) + r")(?![a-z])") if words else None
        )

    # ------------------------------------------------------------------ analysis
    def analyze(self, text: str) -> Iterable[Finding]:
        return self.analyze_batch([text])[0]

    def analyze_batch(self, texts: Sequence[str]) -> list[list[Finding]]:
        opts = self.options
        chunked = [chunk_text(t, opts.chunk_chars, opts.chunk_overlap) for t in texts]
        flat = [_model_safe(c.text) for chunks in chunked for c in chunks]
        predicted = self.backend(flat) if flat else []
        out: list[list[Finding]] = []
        pos = 0
        for text, chunks in zip(texts, chunked, strict=True):
            per_chunk = predicted[pos : pos + len(chunks)]
            pos += len(chunks)
            raw = merge_chunk_entities(chunks, per_chunk) if len(chunks) > 1 else (per_chunk[0] if per_chunk else [])
            out.append(self._findings(text, raw))
        return out

    def entity_type(self, label: str) -> str | None:
        """Presidio semantics: ignore by model label, map, then ignore by entity type."""
        if label in self._ignore:
            return None
        entity = self._mapping.get(label, label if label in NER_ENTITIES else None)
        if entity is None or entity in self._ignore or entity not in self._wanted:
            return None
        return entity

    def _findings(self, text: str, raw: Sequence[RawEntity]) -> list[Finding]:
        opts = self.options
        findings: list[Finding] = []
        lowered: str | None = None
        for ent in raw:
            entity = self.entity_type(ent.label)
            if entity is None:
                continue
            start, end, applied = self._filter.trim(text, ent.start, ent.end, entity)
            relabeled = self._filter.relabel(text[start:end], entity)
            if relabeled != entity:
                if relabeled not in self._wanted or relabeled in self._ignore:
                    continue
                entity = relabeled
                applied.append("legal_form")
            if self._filter.reject(text[start:end], entity) is not None:
                continue
            base = opts.default_score if ent.score is None else ent.score
            score = base
            if entity in self._low and ent.score is None:
                score = base * opts.low_confidence_score_multiplier
            context: tuple[str, ...] = ()
            if entity == "DATE_TIME" and self._date_context is not None:
                if lowered is None:
                    lowered = text.lower()
                w = opts.context_window
                near = lowered[max(0, start - w) : start] + " \x00 " + lowered[end : end + w]
                context = tuple(sorted(set(self._date_context.findall(near))))
                if context:
                    score = max(score, opts.default_score)
            explanation = Explanation(
                recognizer=self.id,
                pack=self.pack,
                pattern=f"{self.model_name}:{ent.label}",
                base_score=base,
                context_words=context,
                context_boost=max(0.0, score - base) if context else 0.0,
                filters=tuple(applied),
            )
            findings.append(
                Finding(
                    entity, start, end, score, self.id, pack=self.pack, severity=self.severity, explanation=explanation
                )
            )
        return findings


def build_ner_recognizer(options: Mapping[str, Any] | NerOptions) -> NerRecognizer:
    """Build the NER recognizer a policy's ``ner:`` block describes (loads the model now)."""
    if isinstance(options, NerOptions):
        opts = options
    else:
        try:
            opts = NerOptions.model_validate(dict(options))
        except ValidationError as exc:
            first = exc.errors()[0]
            loc = ".".join(str(p) for p in first.get("loc", ()))
            raise ConfigError(first.get("msg", "invalid NER options"), field=f"ner.{loc}" if loc else "ner") from None
    backend: Backend
    if opts.backend == "presidio":
        from promptguard.recognizers.ner.presidio_backend import PresidioBackend

        assert opts.presidio_nlp is not None
        backend = PresidioBackend(opts.presidio_nlp, language=opts.language, batch_size=opts.batch_size)
    else:
        from promptguard.recognizers.ner.spacy_backend import SpacyBackend

        backend = SpacyBackend(
            opts.model,
            keep_components=opts.keep_components,
            batch_size=opts.batch_size,
            fast_decoder=opts.fast_decoder,
        )
    return NerRecognizer(backend, opts)
