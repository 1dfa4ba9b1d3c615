"""Pipeline steps: context enhancement, overlap resolution, policy-aware ranking."""

from __future__ import annotations

from promptguard import Action, Finding, Guard
from promptguard.engine import resolve_overlaps


def f(entity: str, start: int, end: int, score: float, action: Action = Action.PSEUDONYMIZE) -> Finding:
    return Finding(entity, start, end, score, entity.lower(), action=action)


def test_overlaps_keep_one_span_per_region_best_score_first() -> None:
    out = resolve_overlaps([f("A", 0, 10, 0.6), f("B", 5, 12, 0.9), f("C", 20, 25, 0.5)])
    assert [(x.entity_type, x.start) for x in out] == [("B", 5), ("C", 20)]


def test_overlap_prefers_the_span_the_policy_acts_on() -> None:
    out = resolve_overlaps([f("URL", 0, 40, 0.9, Action.DETECT), f("PASSWORD", 10, 20, 0.7, Action.REDACT)])
    assert [x.entity_type for x in out] == ["PASSWORD"]


def test_equal_scores_prefer_the_longer_span() -> None:
    out = resolve_overlaps([f("A", 0, 5, 0.8), f("B", 0, 9, 0.8)])
    assert [x.entity_type for x in out] == ["B"]


def test_adjacent_spans_both_survive() -> None:
    assert len(resolve_overlaps([f("A", 0, 5, 0.8), f("B", 5, 9, 0.8)])) == 2


def test_context_words_lift_weak_patterns_over_the_threshold() -> None:
    g = Guard()
    assert not [x for x in g.scan("reference 536221234").findings if x.entity_type == "US_SSN"]
    hit = [x for x in g.scan("my ssn is 536221234", explain=True).findings if x.entity_type == "US_SSN"]
    assert hit and hit[0].explanation is not None and "ssn" in hit[0].explanation.context_words


def test_checksum_failures_are_not_reported() -> None:
    g = Guard()
    assert not g.scan("card 4111 1111 1111 1112").findings
    assert not g.scan("IBAN GB82 WEST 1234 5698 7654 33").findings


def test_pattern_scan_runs_each_pattern_only_when_the_set_matches() -> None:
    g = Guard()
    set_ = g.engine._patterns
    assert set_._set is not None and len(set_.slots) > 5
