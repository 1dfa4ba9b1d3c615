"""The peer adapters on tiny inputs (skipped when the peer is not installed)."""

from __future__ import annotations

import socket

import pytest

from promptguard.evaluation.metrics import is_secret_span
from promptguard.evaluation.runner import to_prediction


@pytest.fixture
def no_network(monkeypatch, tmp_path):
    attempts: list[object] = []
    # A fresh tldextract with an empty cache: the state in which it would go online.
    tld = pytest.importorskip("tldextract.tldextract")
    monkeypatch.setattr(tld, "TLD_EXTRACTOR", tld.TLDExtract(cache_dir=str(tmp_path)))

    def refuse(*args, **kwargs):
        attempts.append(args)
        raise OSError("network disabled in this test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    return attempts


def test_presidio_pattern_mode_offline(no_network):
    pytest.importorskip("presidio_analyzer")
    pytest.importorskip("spacy")
    from promptguard.evaluation.adapters import PresidioAdapter

    adapter = PresidioAdapter("pattern")
    text = "Mail jane@acme.io or card 4111 1111 1111 1111, John Smith in Paris"
    res = adapter.scan(text)
    types = {f.entity_type for f in res.findings}
    assert {"EMAIL_ADDRESS", "CREDIT_CARD"} <= types
    # Pattern-only: no NER entities from a model.
    assert not types & {"PERSON", "LOCATION", "ORGANIZATION"}
    email = next(f for f in res.findings if f.entity_type == "EMAIL_ADDRESS")
    assert text[email.start : email.end] == "jane@acme.io"
    assert email.pack == "presidio"
    assert no_network == []  # the e-mail recognizer's tldextract did not try to download
    # The batch path (Presidio's BatchAnalyzerEngine, spaCy nlp.pipe) gives the same findings.
    texts = [text, "call 212-555-0199 about card 4111111111111111", "nothing here"]
    assert [r.findings for r in adapter.scan_batch(texts)] == [adapter.scan(t).findings for t in texts]


def test_detect_secrets_adapter():
    pytest.importorskip("detect_secrets")
    from promptguard.evaluation.adapters import DetectSecretsAdapter

    adapter = DetectSecretsAdapter()
    text = 'hello\naws_key = "AKIAZZZZZZZZZZZZZZZZ"\nnothing here'
    res = adapter.scan(text)
    assert len(res.findings) == 1
    f = res.findings[0]
    assert text[f.start : f.end] == "AKIAZZZZZZZZZZZZZZZZ"
    assert f.entity_type == "SECRET" and f.recognizer == "detect-secrets:AWS Access Key"
    pred = to_prediction("x", res)
    assert all(is_secret_span(s) for s in pred.spans)
    assert adapter.scan("the weather is nice today").findings == ()
