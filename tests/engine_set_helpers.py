"""Shared by the tests of how the engine builds its RE2 sets (split, literal starts): the
packs' examples, a guard with its sets rebuilt another way, and what a scan is compared on."""

from __future__ import annotations

import random
import string
from collections.abc import Callable
from pathlib import Path
from typing import Any
from unittest import mock

from promptguard import Guard
from promptguard.config.loader import load_pack
from promptguard.recognizers import pattern_set as pattern_set_module
from promptguard.recognizers.pattern import PatternRecognizer
from promptguard.recognizers.pattern_set import PatternSet

PACK_DIR = Path(__file__).resolve().parent.parent / "recognizers"
PII = ["pii-core", "pii-eu", "pii-intl", "pii-us"]
POLICY = {"injection": {"enabled": False}, "ner": {"enabled": False}, "defaults": {"prompt": "redact"}}


def pack_examples() -> list[str]:
    """Every match and no_match example of every shipped pack."""
    texts: list[str] = []
    for path in sorted(PACK_DIR.glob("*.yaml")):
        for rec in load_pack(path).recognizers:
            texts += [ex if isinstance(ex, str) else ex.text for ex in rec.examples.match]
            texts += list(rec.examples.no_match)
    return texts


def big_pack_sources() -> list[str]:
    """The set entries of the big pack (secrets) as relaxed from their patterns, before any
    literal rewriting; the built-in recognizers' gates left out."""
    guard = Guard({"name": "both", "packs": [*PII, "secrets"], **POLICY})
    out: list[str] = []
    for _, slots in guard.engine._patterns.sets:
        if len(slots) <= pattern_set_module._MERGE_UP_TO:
            continue
        for rec, i in slots:
            if i != pattern_set_module._GATE:
                flags = "(?i)" if rec.spec.ignore_case else ""
                out.append(pattern_set_module.relaxed(flags + rec.patterns[i].regex.pattern))
    return out


def rebuilt(guard: Guard, name: str, replacement: Any) -> Guard:
    """``guard`` with its pattern sets rebuilt while ``engine.<name>`` is ``replacement``."""
    engine = guard.engine
    patterns = [r for r in engine.recognizers if isinstance(r, PatternRecognizer)]
    gated = [r for r in engine.others if r.gate is not None and not r.requires_nlp]
    with mock.patch.object(pattern_set_module, name, replacement):
        engine._patterns = PatternSet(patterns, gated)
    return guard


def scan_key(guard: Guard, text: str, *, explain: bool = False) -> tuple[object, ...]:
    """Raw findings in candidate order (the order is compared too), final findings,
    suppressions and errors."""
    raw, errors = guard.engine.recognize(text)
    res = guard.scan(text, explain=explain)
    return (
        [(f.start, f.end, f.entity_type, f.recognizer, round(f.score, 9)) for f in raw],
        [(f.start, f.end, f.entity_type, f.recognizer, round(f.score, 9), f.action) for f in res.findings],
        [(s.start, s.end, s.recognizer, s.reason) for s in res.suppressed],
        errors,
    )


def assert_same_on_examples(a: Guard, b: Guard) -> None:
    """``a`` and ``b`` give the same raw and final findings on every pack example (explanations on
    every other one), and on all the examples in one text (many flagged patterns interleaved)."""
    texts = pack_examples()
    assert len(texts) > 300
    for i, text in enumerate(texts):
        assert scan_key(a, text, explain=i % 2 == 0) == scan_key(b, text, explain=i % 2 == 0), text[:80]
    everything = "\n".join(texts)
    assert scan_key(a, everything) == scan_key(b, everything)


def provider_tokens(rng: random.Random) -> list[Callable[[], str]]:
    """Makers of random provider tokens (GitHub, AWS key id, Slack, Anthropic, GitLab, Hugging Face,
    npm), for texts that glue them to escapes and to each other."""
    alnum = string.ascii_letters + string.digits

    def rand(n: int, alphabet: str = alnum) -> str:
        return "".join(rng.choice(alphabet) for _ in range(n))

    return [
        lambda: "ghp_" + rand(36),
        lambda: "AKIA" + rand(16, string.ascii_uppercase + string.digits),
        lambda: "xoxb-" + rand(12, string.digits) + "-" + rand(24),
        lambda: "sk-ant-api03-" + rand(93),
        lambda: "glpat-" + rand(20),
        lambda: "hf_" + rand(34),
        lambda: "npm_" + rand(36),
    ]
