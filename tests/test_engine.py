"""Pipeline steps: context enhancement, overlap resolution, policy-aware ranking."""

from __future__ import annotations

import pytest

from promptguard import Action, Finding, Guard
from promptguard.overlaps import resolve_overlaps


def f(entity: str, start: int, end: int, score: float, action: Action = Action.PSEUDONYMIZE) -> Finding:
    return Finding(entity, start, end, score, entity.lower(), action=action)


def test_overlaps_keep_one_span_per_region_best_score_first() -> None:
    out = resolve_overlaps([f("A", 0, 10, 0.6), f("B", 5, 12, 0.9), f("C", 20, 25, 0.5)])
    assert [(x.entity_type, x.start) for x in out] == [("B", 5), ("C", 20)]


def test_overlap_prefers_the_span_the_policy_acts_on() -> None:
    out = resolve_overlaps([f("URL", 0, 40, 0.9, Action.DETECT), f("PASSWORD", 10, 20, 0.7, Action.REDACT)])
    assert [x.entity_type for x in out] == ["PASSWORD"]


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("git clone https://ghp_aB3dE5fG7hI9jK1lM3nO5pQ7rS9tU1vW3xY5@github.com/acme/repo.git", "ghp_"),
        ("DATABASE_URL=postgres://app:Tr0ub4dor3x@db.internal:5432/prod", "Tr0ub4dor3x"),
        ("DATABASE_URL=postgres://app_user:Tr0ub4dor&3@db.internal:5432/prod", "Tr0ub4dor&"),
    ],
)
def test_a_secret_wins_over_an_email_look_alike_and_no_part_of_it_leaks(text: str, secret: str) -> None:
    """The default profile pseudonymizes e-mails and redacts secrets (same action rank): the
    more severe finding must win, or part of a password cut by the e-mail span is sent."""
    result = Guard().sanitize(text)
    assert secret not in result.text
    assert "EMAIL_ADDRESS" not in result.entity_types
    assert Guard.from_config("strict").scan(text).blocked


def test_at_equal_action_the_more_severe_finding_wins() -> None:
    low = Finding("EMAIL_ADDRESS", 0, 30, 1.0, "email", action=Action.PSEUDONYMIZE, severity="medium")
    high = Finding("PASSWORD", 10, 20, 0.7, "url_credentials", action=Action.REDACT, severity="high")
    assert [x.entity_type for x in resolve_overlaps([low, high])] == ["PASSWORD"]


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


def test_explain_reports_each_drop_with_the_step_that_decided() -> None:
    secrets = Guard.from_config("secrets-only")
    text = "API_KEY=YOUR-API-KEY-HERE-4f9Qz7Lk2\nid AKIAIOSFODNN7EXAMPLE"
    result = secrets.scan(text, explain=True)
    reasons = {(x.recognizer, x.reason, text[x.start : x.end]) for x in result.suppressed}
    assert ("generic_secret_assignment", "filter placeholder", "YOUR-API-KEY-HERE-4f9Qz7Lk2") in reasons
    assert ("aws_access_key_id", "validator not_documented_example", "AKIAIOSFODNN7EXAMPLE") in reasons
    assert result.clean and secrets.scan(text).suppressed == ()  # only with explain

    default = Guard()
    token = "ghp_aB3dE5fG7hI9jK1lM3nO5pQ7rS9tU1vW3xY5"
    text = f"clone https://{token}@github.com/acme/repo"
    dropped = {(x.entity_type, x.reason) for x in default.scan(text, explain=True).suppressed}
    assert ("EMAIL_ADDRESS", "overlap") in dropped

    text = "Here's my SSN: 460-89-9847"  # the phone pattern also matches, under its threshold
    dropped = {(x.entity_type, x.reason) for x in default.scan(text, explain=True).suppressed}
    assert ("PHONE_NUMBER", "below_threshold") in dropped


def test_suppressed_offsets_point_into_the_original_text() -> None:
    text = "n\u200bote: AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE"  # a zero-width space is normalised away
    result = Guard.from_config("secrets-only").scan(text, explain=True)
    spans = {text[x.start : x.end] for x in result.suppressed if x.recognizer == "aws_access_key_id"}
    assert spans == {"AKIAIOSFODNN7EXAMPLE"}


def test_explain_keeps_a_failing_recognizer_indeterminate_not_a_traceback(monkeypatch: pytest.MonkeyPatch) -> None:
    from promptguard.recognizers.builtin.entropy import EntropyRecognizer

    def broken(self: EntropyRecognizer, text: str) -> list[object]:
        raise RuntimeError("boom")

    monkeypatch.setattr(EntropyRecognizer, "_matches", broken)
    guard = Guard.from_config("secrets-only")
    for explain in (False, True):
        result = guard.scan("[db]\npassword = open_sesame\n", explain=explain)
        assert result.verdict.value == "indeterminate" and result.errors
