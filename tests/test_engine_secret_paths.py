"""Speed paths added for the secrets pack keep its findings: built-in recognizers gated by the
set pass (``Recognizer.gate``), big packs' patterns run before their keyword test, the AWS
secret's candidates found before its prefilter pass. Each is compared with the plain path on
generated texts full of near-misses (tokens without keywords, keywords in other cases or far
from a token, non-ASCII neighbours, escapes)."""

from __future__ import annotations

import random
import re
import string
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
import re2
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from promptguard import Guard
from promptguard.recognizers import pattern_set as pattern_set_module
from promptguard.recognizers.builtin import aws_secret, entropy
from promptguard.recognizers.builtin.aws_secret import _runs_of_40
from promptguard.recognizers.pattern import PatternRecognizer
from promptguard.recognizers.pattern_set import PatternSet, _keyword_near
from promptguard.recognizers.regex import TextBuffer, re2_options, re2_spans, sharing
from promptguard.recognizers.secret_values import secret_filter

RNG = random.Random(7)
ALNUM = string.ascii_letters + string.digits
PII = ["pii-core", "pii-eu", "pii-intl", "pii-us"]


def _rand(n: int, alphabet: str = ALNUM) -> str:
    return "".join(RNG.choice(alphabet) for _ in range(n))


GHP = f"ghp_{_rand(36)}"
AWS_SECRET = _rand(40, ALNUM + "/+")
AWS_ID = f"AKIA{_rand(16, string.ascii_uppercase + string.digits)}"
# Pieces a prompt with secrets is made of, and their near-misses. All values are generated.
FRAGMENTS = [
    GHP,
    AWS_SECRET,
    AWS_ID,
    *(f"ghp_{_rand(36)}" for _ in range(3)),
    f"GHP_{_rand(36)}",
    f"Authorization: Bearer {_rand(40)}",
    f"authorization: BEARER ghp_{_rand(36)}",
    f"AKIA{_rand(16, string.ascii_uppercase + string.digits)}",
    f"akia{_rand(16, string.ascii_lowercase)}",
    *(_rand(40, ALNUM + "/+") for _ in range(3)),
    _rand(40, "0123456789abcdef"),
    _rand(45, ALNUM + "/+="),
    "aws_secret_access_key = ",
    "AWS ",
    "export SECRET_ACCESS_KEY=",
    "password = ",
    "db_password: ",
    "api_key=",
    "token ",
    "<password>",
    '<add key="SmtpPassword" value="',
    "-----BEGIN RSA PRIVATE KEY-----\n",
    "-----END RSA PRIVATE KEY-----",
    "PRIVATE KEY",
    "xoxb-" + _rand(12, string.digits) + "-" + _rand(24),
    "sk-ant-api03-" + _rand(93, ALNUM + "-_"),
    "\x1b[33m",
    "\\n",
    "é",
    "ſecret",
    "\u212a",  # KELVIN SIGN: RE2 folds it to "k"
    "İ",
    "Widget",
    "WIDGET",
    "W-123456",
    "x" * 50,
]


def _texts() -> st.SearchStrategy[str]:
    seps = st.sampled_from([" ", "\n", "=", ": ", '"', "'", "", " \u00e9 ", "\t"])
    piece = st.one_of(st.sampled_from(FRAGMENTS), st.text(min_size=0, max_size=12))
    return st.lists(st.tuples(piece, seps), max_size=10).map(lambda parts: "".join(p + s for p, s in parts))


def _findings(guard: Guard, text: str) -> tuple[Any, ...]:
    raw, errors = guard.engine.recognize(text)
    final = guard.scan(text).findings
    key = lambda f: (f.start, f.end, f.entity_type, f.recognizer, round(f.score, 9))  # noqa: E731
    return tuple(sorted(map(key, raw))), tuple(map(key, final)), tuple(errors)


def _plain(guard: Guard) -> Guard:
    """The same guard without gates (every built-in analyzed), with every keyword test before
    its pattern and its sets' patterns as written (not relaxed)."""
    engine = guard.engine
    for rec in engine.others:
        rec.gate = None  # instance attribute: only this guard's recognizers
    patterns = [r for r in engine.recognizers if isinstance(r, PatternRecognizer)]
    with mock.patch.object(pattern_set_module, "_relax_big", lambda entries: entries):  # sets as written
        engine._patterns = PatternSet(patterns, pattern_first=False)
    return guard


_POLICY = {"injection": {"enabled": False}, "ner": {"enabled": False}, "defaults": {"prompt": "redact"}}


@pytest.fixture(scope="module")
def guards() -> tuple[Guard, Guard]:
    fast = Guard({"name": "fast", "packs": [*PII, "secrets"], **_POLICY})
    plain = _plain(Guard({"name": "plain", "packs": [*PII, "secrets"], **_POLICY}))
    assert fast.engine._patterns._pattern_first, "the secrets pack should test patterns first"
    assert any(r.gate is not None for r in fast.engine.others)
    assert not set(map(id, fast.engine.others)) & set(map(id, plain.engine.others))
    return fast, plain


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=_texts())
@example(text=f"Authorization: Bearer é{GHP}")
@example(text=f"aws_secret_access_key = {AWS_SECRET}\n")
@example(text=f"{AWS_ID} then {AWS_SECRET}")
@example(text="-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA" + "a" * 64 + "\n")
def test_gated_and_pattern_first_scans_equal_the_plain_path(guards: tuple[Guard, Guard], text: str) -> None:
    fast, plain = guards
    assert _findings(fast, text) == _findings(plain, text)


def _big_pack(tmp_path: Path) -> Path:
    """A pack with more patterns than the engine merges (so its set is its own and its
    recognizers test their pattern first) and one rule whose keyword is not in its match."""
    lines = ["schema_version: 1", "pack: bigtest", "recognizers:"]
    lines += [
        "  - id: widget_id",
        "    entity: WIDGET_ID",
        '    keywords: ["widget", "gadgét"]',
        "    patterns:",
        "      - name: id",
        "        regex: '\\bW-\\d{6}\\b'",
        "        score: 0.9",
    ]
    for i in range(45):
        lines += [
            f"  - id: filler_{i}",
            f"    entity: FILLER_{i}",
            f'    keywords: ["fill{i}"]',
            "    patterns:",
            "      - name: p",
            f"        regex: 'zq{i}x[0-9]{{4}}'",
            "        score: 0.9",
        ]
    path = tmp_path / "bigtest.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "text",
    [
        "W-123456",  # the pattern matches, no keyword anywhere: no finding
        "widget W-123456",  # keyword next to the match
        "WIDGET " + "." * 100 + " W-123456",  # keyword far from the match: the keyword set decides
        "Widget \u00e9 W-123456",  # a non-ASCII window: the keyword set decides
        "gadgét W-123456",  # a non-ASCII keyword: only the keyword set knows it
        "\u212a W-123456 wid\u212aet",  # no ASCII "widget"; RE2 folds KELVIN SIGN to k
        "fill3 zq3x1234 zq4x1234",
    ],
)
def test_pattern_first_keyword_test_of_a_big_pack(tmp_path: Path, text: str) -> None:
    path = str(_big_pack(tmp_path))
    fast = Guard({"name": "fast", "packs": [path], **_POLICY})
    plain = _plain(Guard({"name": "plain", "packs": [path], **_POLICY}))
    assert fast.engine._patterns._pattern_first
    assert _findings(fast, text) == _findings(plain, text)


def test_patterns_outside_the_sets_keep_their_keyword_test_first(tmp_path: Path) -> None:
    """A backtracking pattern runs on every text (no set flags it): tested pattern-first, it would
    run where its keyword is absent."""
    path = _big_pack(tmp_path)
    path.write_text(
        path.read_text(encoding="utf-8")
        + "\n".join(
            [
                "  - id: lookbehind_id",
                "    entity: LOOKBEHIND_ID",
                '    keywords: ["ref"]',
                "    patterns:",
                "      - name: p",
                "        regex: '(?<=#)R\\d{5}'",
                "        engine: backtracking",
                "        score: 0.9",
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    guard = Guard({"name": "bt", "packs": [str(path)], **_POLICY})
    patterns = guard.engine._patterns
    rec = guard.engine.by_id["lookbehind_id"]
    assert (rec, 0) in patterns.always and id(rec) not in patterns._pattern_first
    assert id(guard.engine.by_id["widget_id"]) in patterns._pattern_first
    assert not guard.scan("#R12345").findings
    assert [f.entity_type for f in guard.scan("ref #R12345").findings] == ["LOOKBEHIND_ID"]


def test_pattern_first_drops_a_match_without_its_keyword(tmp_path: Path) -> None:
    fast = Guard({"name": "fast", "packs": [str(_big_pack(tmp_path))], **_POLICY})
    assert not fast.scan("W-123456").findings
    assert [f.entity_type for f in fast.scan("widget: W-123456").findings] == ["WIDGET_ID"]
    assert [f.entity_type for f in fast.scan("WIDGET " + "." * 100 + " W-123456").findings] == ["WIDGET_ID"]


@given(
    window=st.text(alphabet=st.sampled_from("abcdeKkſİ WIDGETwidget-\u212a\u00e9"), max_size=40),
    keyword=st.sampled_from(["widget", "ghp_", "kelvin", "secret", "bearer"]),
)
def test_keyword_near_never_claims_a_keyword_the_keyword_set_misses(window: str, keyword: str) -> None:
    from promptguard.recognizers.pattern_set import _compile_set

    kw_set = _compile_set(["(?i)(?:" + re.escape(keyword) + ")"])
    assert kw_set is not None
    text = "xx " + window + " W-123456"
    start = text.index("W-")

    class F:  # what _keyword_near reads of a finding
        def __init__(self, s: int, e: int) -> None:
            self.start, self.end = s, e

    if _keyword_near((keyword,), text, [F(start, start + 8)]):  # type: ignore[list-item]
        assert kw_set.Match(text.encode("utf-8"))


_RUN = re2.compile(rb"[A-Za-z0-9/+=]{40,}", re2_options())


@given(st.text(alphabet=st.sampled_from("aZ09/+=-_ \n\u00e9\U0001f600"), max_size=300))
@example("a" * 39 + " " + "b" * 40)
@example("=" * 40 + "\u00e9" + "x" * 80)
def test_runs_of_40_equal_the_re2_runs(text: str) -> None:
    data = text.encode("utf-8")
    assert _runs_of_40(data) == re2_spans(_RUN, data)


_AWS_PREFILTER = re2.compile(aws_secret._PREFILTER.encode(), re2_options())


def _aws_reference(rec: aws_secret.AwsSecretRecognizer, text: str) -> list[tuple[int, int, float]]:
    """The recognizer as first written: prefilter pass, then the runs (RE2), then the tests."""
    buf = TextBuffer.of(text)
    hits = re2_spans(_AWS_PREFILTER, buf.data)
    if not hits:
        return []
    opts = rec.options
    data = buf.data
    # Issue 4 (R5): AWS's documented example id anchors nothing.
    ids = [buf.char_offset(a) for a, b in hits if b - a == 20 and b"EXAMPLE" not in data[a:b]]
    out = []
    for a, b in re2_spans(_RUN, data):
        if 40 < b - a <= 60:
            a += aws_secret._escape_tail(data, a, b)
            if b - a > 40 and data[b - 41 : b - 40] == b"=":  # "NAME=<secret>" unquoted
                a = b - 40
        if b - a != 40 or b"=" in data[a:b]:
            continue
        if data[a - 1 : a] in (b"_", b"-") or data[b : b + 1] in (b"_", b"-"):
            continue  # R5: inside a longer base64url run (a JWT signature)
        start, end = buf.char_offset(a), buf.char_offset(b)
        value = text[start:end]
        if value.isupper() or value.islower() or value.isalpha() or value.isdigit():
            continue
        if not any(c.isdigit() for c in value):
            continue
        near_id = any(abs(i - start) <= opts.id_window for i in ids)
        if not near_id:
            line_start = max(text.rfind("\n", 0, start) + 1, start - opts.keyword_window)
            if not aws_secret._KEYWORD.search(text[line_start:start].rstrip(" \t\"':=>,")):
                continue
        verdict = secret_filter(value, kind="secret", name="aws_secret_access_key", min_length=40)
        if not verdict.keep or verdict.entropy < opts.min_entropy:
            continue
        out.append((start, end, opts.score_with_id if near_id else opts.score_with_keyword))
    return out


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=_texts())
@example(text=f"aws_secret_access_key = {AWS_SECRET}")
@example(text=f"{AWS_ID}\nkey: \x1b[93m{AWS_SECRET}")
def test_aws_secret_candidates_first_equal_the_prefilter_first_order(guards: tuple[Guard, Guard], text: str) -> None:
    rec = guards[0].engine.by_id["aws_secret_access_key"]
    found = [(f.start, f.end, f.score) for f in rec.analyze(text)]
    assert found == _aws_reference(rec, text)


def _gate_misses(gate: str, text: str) -> bool:
    return re2.compile(gate.encode(), re2_options()).search(text.encode("utf-8", "surrogatepass")) is None


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=_texts())
def test_a_gate_is_a_necessary_condition(guards: tuple[Guard, Guard], text: str) -> None:
    """Where a built-in's gate does not match, its analyze finds nothing (so skipping it is exact)."""
    for rec in guards[0].engine.others:
        if rec.gate is None or not _gate_misses(rec.gate, text):
            continue
        with sharing(TextBuffer(text)):
            assert list(rec.analyze(text)) == [], rec.id


def test_hint_lead_first_characters_cover_the_regex() -> None:
    """The first-character test before _HINT_LEAD: every character the IGNORECASE regex can
    start with is listed (Python folds the long s to "s")."""
    starts = re.compile(r"[ \tdgse]", re.IGNORECASE)
    missing = [hex(c) for c in range(0x110000) if starts.match(chr(c)) and chr(c) not in entropy._HINT_LEAD_FIRST]
    assert missing == []


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"(gh[pousr]_[A-Za-z0-9]{36,251}\b)", r"(gh[pousr]_[A-Za-z0-9]{8,}\b)"),
        (r"\x1b\[[0-9;]{0,16}m", r"\x1b\[[0-9;]{0,}m"),
        (r"x{2}y{3,5}z{9}w{4,}", r"x{2}y{3,5}z{8,}w{4,}"),  # short bounds stay
        (r"[{]{9}[]{]{20}\{99\}", r"[{]{8,}[]{]{8,}\{99\}"),  # braces in classes, escaped braces
        (r"\x{100}\p{Greek}{2,20}", r"\x{100}\p{Greek}{2,}"),  # an escape's own braces
        (r"a{10,40}?", r"a{8,}?"),  # lazy stays lazy
        (r"\Q{1,50}\E", r"\Q{1,50}\E"),  # quoted: left alone
        (r"\[{20}[\]{]{30}", r"\[{8,}[\]{]{8,}"),  # an escaped bracket opens no class; "\]" inside one
        (r"[^]a]{12}(?:x|y){1,9}b{", r"[^]a]{8,}(?:x|y){1,}b{"),  # "]" first in a class; a stray "{"
        (r"\x41{9}\P{L}{3,}z", r"\x41{8,}\P{L}{3,}z"),  # \x without braces; an open-ended short bound
    ],
)
def test_relaxed_rewrites_only_long_counted_repetitions(pattern: str, expected: str) -> None:
    from promptguard.recognizers.pattern_set import relaxed

    assert relaxed(pattern) == expected


def _pack_patterns() -> list[tuple[str, list[str]]]:
    from promptguard.config.loader import builtin_packs, load_pack

    out = []
    for path in builtin_packs().values():
        for spec in load_pack(path).recognizers:
            texts = [e if isinstance(e, str) else e.text for e in spec.examples.match + spec.examples.no_match]
            for p in spec.patterns:
                if p.engine == "re2":
                    out.append((("(?i)" if spec.ignore_case else "") + p.regex, texts))
    return out


def test_relaxed_patterns_match_wherever_the_patterns_do() -> None:
    """Every shipped pattern, relaxed, compiles and matches each example text (and generated
    noise around the tokens) the pattern matches: a set of relaxed patterns never misses one."""
    noise = [f" {f} " for f in FRAGMENTS]
    for pattern, texts in _pack_patterns():
        from promptguard.recognizers.pattern_set import relaxed

        original = re2.compile(pattern.encode(), re2_options())
        loose = re2.compile(relaxed(pattern).encode(), re2_options())
        for text in [*texts, *noise, "".join(noise)]:
            data = text.encode("utf-8")
            if original.search(data) is not None:
                assert loose.search(data) is not None, (pattern, text)
