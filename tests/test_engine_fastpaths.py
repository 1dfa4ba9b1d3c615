"""Engine paths added for speed keep the pipeline's results (and the one new coverage)."""

from __future__ import annotations

import base64
import bisect

from hypothesis import given, settings
from hypothesis import strategies as st

from promptguard import Action, Finding, Guard
from promptguard.findings import Explanation, make_finding
from promptguard.overlaps import LazyRanks, _rank, kept_indexes

_PEM = (
    "-----BEGIN RSA PRIVATE KEY-----\n"
    "MIIEowC2lUFynUYDK9SGewL2AGe4Ae+yHC3A+lCbFs83cEDU3qLyjjjBGiqRbC5o\n"
    "/X2a7cZmP1gaAWtceE6oqXlDu+zoXYr2mWQizU29xOQGhxn7rgknli5mp2RDFQR6\n"
    "r7Wih3Qs3205zXAUekA4cA9/3R4CxEu7dPgdbAfx==\n"
    "-----END RSA PRIVATE KEY-----\n"
)


def test_make_finding_equals_the_dataclass_constructor() -> None:
    expl = Explanation(recognizer="r", pattern="p")
    fast = make_finding("EMAIL_ADDRESS", 3, 9, 0.5, "r", "pii-core", None, None, "", "medium", expl)
    assert fast == Finding("EMAIL_ADDRESS", 3, 9, 0.5, "r", pack="pii-core", explanation=expl)
    changed = fast.with_(score=0.9)
    assert (changed.score, changed.start, changed.explanation) == (0.9, 3, expl) and fast.score == 0.5


def test_built_in_recognizers_also_run_on_decoded_segments() -> None:
    g = Guard({"packs": ["pii-core"], "injection": {"enabled": False}})
    blob = base64.b64encode(b"please call me on +44 20 7946 0958 tomorrow").decode()
    text = f"note: {blob}\n"
    raw, errors = g.engine.recognize(text)
    start = text.index(blob)
    # PHONE_NUMBER is a built-in recognizer, not a pattern: it only sees the number if
    # decoded text goes through the built-ins too.
    assert not errors
    assert [(f.recognizer, f.start, f.end) for f in raw] == [("phone_number/base64", start, start + len(blob))]
    assert [f.entity_type for f in g.scan(text).findings] == ["PHONE_NUMBER"]


def test_a_base64_private_key_is_one_finding_on_the_segment() -> None:
    g = Guard({"packs": ["secrets"], "injection": {"enabled": False}})
    blob = base64.b64encode(_PEM.encode()).decode()
    text = f"kind: Secret\ndata:\n  tls.key: {blob}\n"
    start = text.index(blob)
    keys = [f for f in g.scan(text).findings if f.entity_type == "PRIVATE_KEY"]
    assert [(f.start, f.end) for f in keys] == [(start, start + len(blob))]


def test_keyword_prefilter_is_case_insensitive_and_still_filters() -> None:
    g = Guard({"packs": ["pii-us"], "injection": {"enabled": False}})
    found = {f.entity_type for f in g.scan("PASSPORT NUMBER 340020013").findings}
    assert "US_PASSPORT" in found
    assert "US_PASSPORT" not in {f.entity_type for f in g.scan("number 340020013").findings}


def test_explanations_are_shared_but_context_boosts_are_per_finding() -> None:
    g = Guard({"packs": ["pii-us"], "injection": {"enabled": False}})
    text = "passport number 340020013, and much later in a long sentence with other words: 340020014"
    findings = [f for f in g.scan(text, explain=True).findings if f.entity_type == "US_PASSPORT"]
    assert [text[f.start : f.end] for f in findings] == ["340020013"]
    assert findings[0].explanation is not None and "passport" in findings[0].explanation.context_words
    plain = g.scan(text, explain=False).findings
    assert plain and all(f.explanation is None for f in plain)


def test_non_ascii_text_offsets_point_at_the_values() -> None:
    g = Guard({"packs": ["pii-core"], "injection": {"enabled": False}})
    text = "Grüße von Jürgen — écrivez à jürgen.muller@example.com ou 4111 1111 1111 1111 ✓"
    values = {text[f.start : f.end] for f in g.scan(text).findings}
    assert {"jürgen.muller@example.com", "4111 1111 1111 1111"} <= values or {
        "muller@example.com",
        "4111 1111 1111 1111",
    } <= values


def _resolve_reference(findings: list[Finding], ranks: list[tuple[int, float, int, int, int]]) -> list[int]:
    """The greedy over all findings at once, as the engine did it before clustering
    (what the clustered version must equal, empty spans included)."""
    starts: list[int] = []
    ends: list[int] = []
    kept: list[int] = []
    for i in sorted(range(len(findings)), key=ranks.__getitem__, reverse=True):
        f = findings[i]
        j = bisect.bisect_left(starts, f.start)
        if (j > 0 and ends[j - 1] > f.start) or (j < len(starts) and starts[j] < f.end):
            continue
        starts.insert(j, f.start)
        ends.insert(j, f.end)
        kept.append(i)
    kept.sort(key=lambda i: (findings[i].start, findings[i].end))
    return kept


@given(
    st.lists(
        st.tuples(st.integers(0, 40), st.integers(0, 8), st.sampled_from([0.3, 0.5, 0.85, 1.0]), st.booleans()),
        max_size=30,
    )
)
def test_clustered_overlap_resolution_equals_the_global_greedy(spans: list[tuple[int, int, float, bool]]) -> None:
    findings = [
        Finding("E", s, s + length, score, "r", action=Action.REDACT if act else Action.DETECT)
        for s, length, score, act in spans
    ]
    ranks = [_rank(f) for f in findings]
    assert kept_indexes(findings, ranks) == _resolve_reference(findings, ranks)


@given(
    st.lists(
        st.tuples(st.integers(0, 60), st.integers(0, 6), st.sampled_from([0.3, 0.85, 1.0]), st.booleans()),
        max_size=20,
    )
)
def test_lazy_ranks_give_the_same_resolution(spans: list[tuple[int, int, float, bool]]) -> None:
    findings = [
        Finding("E", s, s + n, score, "r", action=Action.REDACT if act else Action.DETECT) for s, n, score, act in spans
    ]
    ranks = [_rank(f) for f in findings]
    lazy = LazyRanks(findings, [f.action for f in findings])  # type: ignore[misc]
    assert kept_indexes(findings, lazy) == kept_indexes(findings, ranks) == _resolve_reference(findings, ranks)
    # Only findings in a cluster with another one are ranked.
    by_start = sorted(range(len(findings)), key=lambda i: (findings[i].start, findings[i].end))
    alone = {
        i
        for k, i in enumerate(by_start)
        if (k == 0 or findings[i].start > max(findings[j].end for j in by_start[:k]))
        and (k + 1 == len(by_start) or findings[by_start[k + 1]].start > findings[i].end)
    }
    assert not alone & set(lazy._ranks)


def test_allow_lists_drop_what_they_list_and_nothing_else() -> None:
    # The allow check is a plain loop over the entry's words and regexes (see
    # PatternRecognizer._listed): words case-folded, regexes as full matches.
    from promptguard.config.schema import RecognizerSpec
    from promptguard.recognizers.pattern import PatternRecognizer

    spec = RecognizerSpec.model_validate(
        {
            "id": "ticket",
            "entity": "TICKET",
            "patterns": [{"name": "t", "regex": r"\bT-\d{3}\b", "score": 0.9}],
            "allow_list": ["T-000"],
            "allow_regex": [r"T-9\d\d"],
        }
    )
    rec = PatternRecognizer(spec, "test")
    text = "T-123 t-000 T-000 T-999 T-1234 T-900x T-901"
    found = [text[f.start : f.end] for f in rec.analyze(text)]
    assert found == ["T-123"]
    assert rec._listed("t-000") and rec._listed("T-950") and not rec._listed("T-95")


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(0, 400), st.integers(0, 12), st.sampled_from([0.3, 0.85, 1.0]), st.booleans()),
        min_size=2,
        max_size=40,
    )
)
def test_sparse_findings_with_a_few_clusters_resolve_as_the_global_greedy(
    spans: list[tuple[int, int, float, bool]],
) -> None:
    # Many lone findings and a few overlaps (a token also read as a bearer value, an e-mail inside
    # a URL), chains of overlaps included: the shape of a secrets prompt.
    findings = [
        Finding("E", s, s + n, score, "r", action=Action.REDACT if act else Action.DETECT) for s, n, score, act in spans
    ]
    ranks = [_rank(f) for f in findings]
    assert kept_indexes(findings, ranks) == _resolve_reference(findings, ranks)


def test_chained_and_touching_clusters() -> None:
    spans = [(0, 5), (20, 30), (25, 40), (38, 45), (45, 50), (60, 61), (60, 61), (70, 72), (71, 90), (100, 101)]
    findings = [Finding("E", s, e, 0.5 + 0.01 * k, "r", action=Action.REDACT) for k, (s, e) in enumerate(spans)]
    ranks = [_rank(f) for f in findings]
    assert kept_indexes(findings, ranks) == _resolve_reference(findings, ranks)
