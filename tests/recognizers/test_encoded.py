"""Encoded content: base64 / hex / percent segments are decoded, scanned, and findings are
reported on the encoded segment (the span the caller has to replace)."""

from __future__ import annotations

import base64
import random
import string
import urllib.parse

import pytest

from promptguard.findings import Explanation, Finding
from promptguard.recognizers.encoded import decode_segment, scan_encoded

EMAIL = "jane.doe@acme.io"


def fake_scan(text: str) -> list[Finding]:
    """A stand-in recognizer: reports every occurrence of EMAIL in the decoded text."""
    out = []
    start = text.find(EMAIL)
    while start >= 0:
        out.append(
            Finding(
                "EMAIL_ADDRESS",
                start,
                start + len(EMAIL),
                0.9,
                "email",
                pack="pii-core",
                explanation=Explanation(recognizer="email", pack="pii-core", base_score=0.9),
            )
        )
        start = text.find(EMAIL, start + 1)
    return out


class CountingScan:
    def __init__(self) -> None:
        self.calls: list[str] = []

    def __call__(self, text: str) -> list[Finding]:
        self.calls.append(text)
        return fake_scan(text)


def b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


@pytest.mark.parametrize(
    ("encode", "encoding"),
    [
        (b64, "base64"),
        (lambda t: base64.urlsafe_b64encode(t.encode()).decode().rstrip("="), "base64"),
        (lambda t: t.encode().hex(), "hex"),
        (lambda t: urllib.parse.quote(t, safe=""), "percent"),
    ],
)
def test_finding_is_mapped_to_the_whole_encoded_segment(encode, encoding: str) -> None:  # type: ignore[no-untyped-def]
    segment = encode(f"contact: {EMAIL} (billing)")
    text = f"payload={segment} end"
    (f,) = scan_encoded(text, fake_scan)
    start = text.index(segment)
    assert (f.start, f.end) == (start, start + len(segment))
    assert f.entity_type == "EMAIL_ADDRESS"
    assert f.recognizer == f"email/{encoding}"
    assert f.explanation is not None and f"decoded:{encoding}" in f.explanation.filters
    assert f.pack == "pii-core"


def test_nested_encodings_up_to_max_depth() -> None:
    inner = b64(f"user {EMAIL} logged in")
    outer = b64(f"data: {inner}")
    text = f"blob {outer}"
    assert len(scan_encoded(text, fake_scan, max_depth=2)) == 1
    assert scan_encoded(text, fake_scan, max_depth=1) == []
    assert scan_encoded(text, fake_scan, max_depth=0) == []


def test_one_finding_per_entity_and_segment() -> None:
    text = b64(f"{EMAIL} and again {EMAIL}")
    assert len(scan_encoded(text, fake_scan)) == 1


def test_plain_text_never_calls_the_scanner() -> None:
    scan = CountingScan()
    text = (
        "Please review the quarterly_revenue_forecast and the customer renewal pipeline; "
        "growth was 12% and the build 3f2a9c1d7e4b5a6c8d9e0f1a2b3c4d5e6f7a8b9c passed. "
        "RetryPolicyConfiguration ConfigurationManagerFactory"
    )
    assert scan_encoded(text, scan) == []
    assert scan.calls == []


def test_random_tokens_and_binary_base64_are_not_scanned() -> None:
    rng = random.Random(9)
    scan = CountingScan()
    tokens = ["".join(rng.choice(string.ascii_letters + string.digits) for _ in range(40)) for _ in range(20)]
    binary = base64.b64encode(bytes(rng.randrange(256) for _ in range(60))).decode()
    scan_encoded(" ".join([*tokens, binary]), scan)
    assert scan.calls == []


def test_min_len_bounds_the_candidates() -> None:
    short = b64("hi " + EMAIL)
    assert scan_encoded(short, fake_scan, min_len=len(short) + 1) == []
    assert len(scan_encoded(short, fake_scan, min_len=16)) == 1


@pytest.mark.parametrize(
    "segment", ["grew by 12%", "a" * 40, "0123456789" * 3, "ThisIsACamelCaseIdentifierName", "100%zz"]
)
def test_decode_segment_rejects_non_encodings(segment: str) -> None:
    assert decode_segment(segment) is None


def test_percent_encoded_query_value_is_its_own_segment() -> None:
    text = f"GET /api/users?email={urllib.parse.quote(EMAIL, safe='')}&page=2 HTTP/1.1"
    (f,) = scan_encoded(text, fake_scan)
    assert text[f.start : f.end] == "jane.doe%40acme.io"


def test_decode_segment_handles_utf8_text() -> None:
    encoded = base64.urlsafe_b64encode("clé secrète : ключ".encode()).decode()
    assert decode_segment(encoded) == ("base64", "clé secrète : ключ")


def test_engine_redacts_a_token_hidden_in_base64() -> None:
    """End to end: a GitHub token inside a base64 blob (a Kubernetes Secret's data field)."""
    import zlib

    from promptguard import Guard
    from promptguard.recognizers.secret_validators import _b62

    rng = random.Random(3)
    body = "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(30))
    gh = "ghp_" + body + _b62(zlib.crc32(body.encode()))
    blob = b64(f"GITHUB_TOKEN={gh}\n")
    manifest = f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: ci\ndata:\n  env: {blob}\n"
    guard = Guard(
        {"packs": ["secrets"], "injection": {"enabled": False}, "defaults": {"prompt": "redact", "response": "redact"}}
    )
    result = guard.sanitize(manifest)
    assert blob not in result.text and gh not in result.text
    (f,) = [f for f in result.findings if f.entity_type == "GITHUB_TOKEN"]
    assert f.recognizer == "github_token/base64"
    assert manifest[f.start : f.end] == blob
