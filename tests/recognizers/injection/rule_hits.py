"""Which patterns of the shipped injection pack a text hits: the helper the blind-check and
red-team tests share (imported by name: pytest puts this folder on the path)."""

from __future__ import annotations

from promptguard.recognizers.injection import RuleSet, normalize

RULES = RuleSet.load()


def pattern_hits(text: str) -> set[str]:
    """``rule/pattern`` of every pack pattern that matches ``text`` once normalised."""
    return {f"{h.rule}/{h.pattern}" for h in RULES.match(normalize(text))}
