"""The secrets pack's set passes on Hyperscan (``recognizers/hyperscan_set.py``): they flag every
pattern the RE2 sets flag, so a guard finds the same with either; RE2 answers until the database
is built, for texts Hyperscan must not read, and for good when the build fails."""

from __future__ import annotations

import logging
import os
import random
import string
import threading

import pytest

from engine_set_helpers import PII, POLICY, pack_examples, provider_tokens, scan_key
from promptguard import Guard
from promptguard.recognizers import hyperscan_set

pytestmark = pytest.mark.skipif(not hyperscan_set.available(), reason="hyperscan is not installed here")

TOKEN = "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"


def _guard(name: str = "hs") -> Guard:
    return Guard({"name": name, "packs": [*PII, "secrets"], **POLICY})


@pytest.fixture(scope="module")
def ready() -> Guard:
    guard = _guard()
    assert guard.warm_up(timeout=120)
    sets = guard.engine.accelerated()
    assert len(sets) >= 2 and all(s.ready for s in sets)
    return guard


@pytest.fixture(scope="module")
def plain() -> Guard:
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("PROMPTGUARD_HYPERSCAN", "0")
        guard = _guard("re2")
    assert guard.engine.accelerated() == []
    return guard


def _finds_the_token(guard: Guard) -> bool:
    """The guard finds a GitHub token, whichever set answers (Hyperscan or RE2)."""
    return [f.entity_type for f in guard.scan(f"GITHUB_TOKEN={TOKEN}").findings] == ["GITHUB_TOKEN"]


def _variants(texts: list[str], seed: int = 3) -> list[str]:
    """The texts, their case flipped, and pieces of two glued around noise (Unicode, escapes,
    line ends, characters that case-fold to ASCII letters)."""
    rnd = random.Random(seed)
    noise = "aZ09_-.:=/+ \t\n\"'$@#\u017f\u212a\u00e9\u00f1\u043f\u00a0\u200b\x1b[m\\"
    out = list(texts) + [t.swapcase() for t in texts]
    for _ in range(3000):
        a, b = rnd.choice(texts), rnd.choice(texts)
        glue = "".join(rnd.choice(noise) for _ in range(rnd.randrange(5)))
        out.append(a[: rnd.randrange(len(a) + 1)] + glue + b[rnd.randrange(len(b) + 1) :])
    return out


def test_accelerated_sets_flag_every_pattern_the_re2_sets_flag(ready: Guard) -> None:
    from promptguard.recognizers.regex import TextBuffer

    sets = ready.engine.accelerated()
    flagged = 0
    for text in _variants(pack_examples()):
        data = TextBuffer(text).data
        for rset in sets:
            by_re2 = set(rset._fallback.Match(data) or ())
            assert by_re2 <= set(rset.Match(data) or ()), text[:80]
            flagged += len(by_re2)
    assert flagged > 1000  # the comparison saw real hits, not empty sets


def test_tokens_glued_to_escapes_and_each_other_flag_the_same(ready: Guard) -> None:
    """Provider tokens after escapes, colour codes and each other: the shapes where a Hyperscan
    database of the escaped-lead entries missed one (see ``pattern_set._split_escapes``)."""
    from promptguard.recognizers.regex import TextBuffer

    rng = random.Random(11)
    alnum = string.ascii_letters + string.digits
    tokens = [
        *provider_tokens(rng),
        lambda: "password=" + "".join(rng.choice(alnum) for _ in range(12)),
        lambda: "Authorization: Bearer " + "".join(rng.choice(alnum) for _ in range(30)),
    ]
    glue = ["\\n", "\\t", "\x1b[33m", "\x1b[1;31m", "\\", "x", " ", "", "\\\\n", "é", "\n", "=", '"', "ſ"]
    sets = ready.engine.accelerated()
    for _ in range(3000):
        text = "".join(rng.choice(glue) + rng.choice(tokens)() for _ in range(rng.randint(1, 5)))
        data = TextBuffer(text).data
        for rset in sets:
            assert set(rset._fallback.Match(data) or ()) <= set(rset.Match(data) or ()), text


def test_same_findings_with_and_without_hyperscan(ready: Guard, plain: Guard) -> None:
    texts = pack_examples()
    for i, text in enumerate(texts):
        assert scan_key(ready, text, explain=i % 3 == 0) == scan_key(plain, text, explain=i % 3 == 0), text[:80]
    everything = "\n".join(texts)
    assert scan_key(ready, everything) == scan_key(plain, everything)


def test_text_with_a_lone_surrogate_goes_to_re2(ready: Guard, plain: Guard) -> None:
    # Encoded with surrogatepass, the buffer is not UTF-8, which Hyperscan leaves undefined.
    text = f"token \ud83d then GITHUB_TOKEN={TOKEN} and password: Hunter2!xyz \udfff"
    got = scan_key(ready, text)
    assert got == scan_key(plain, text)
    assert {"GITHUB_TOKEN", "PASSWORD"} <= {f[2] for f in got[1]}


def test_a_set_builds_after_enough_traffic(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(hyperscan_set, "BUILD_AFTER_BYTES", 10_000)
    monkeypatch.setattr(hyperscan_set, "_BUILT", {})  # no database reused from another test
    guard = _guard("traffic")
    sets = guard.engine.accelerated()
    guard.scan("a short prompt " * 20)
    assert not any(s.ready for s in sets) and all(s._state == "idle" for s in sets)
    for _ in range(40):
        guard.scan(f"deploy with GITHUB_TOKEN={TOKEN} " + "lorem ipsum " * 30)
    assert all(s._state in ("queued", "ready") for s in sets[:2])  # the token and the rest sets
    hyperscan_set._BUILDER.wait(120)
    assert all(s.ready for s in sets[:2])
    assert _finds_the_token(guard)


def test_guards_of_the_same_packs_share_a_database(ready: Guard) -> None:
    other = _guard("again")
    assert other.warm_up(wait=False)  # built already: reused at once, nothing to wait for
    assert [s._db for s in other.engine.accelerated()] == [s._db for s in ready.engine.accelerated()]


def test_threads_scan_with_their_own_scratch(ready: Guard, plain: Guard) -> None:
    texts = [t for t in pack_examples() if len(t) > 20][:400]
    expected = [scan_key(plain, t) for t in texts]
    errors: list[str] = []

    def work(offset: int) -> None:
        for k in range(len(texts)):
            i = (k + offset) % len(texts)
            if scan_key(ready, texts[i]) != expected[i]:
                errors.append(texts[i][:60])

    threads = [threading.Thread(target=work, args=(n * 97,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []


def test_a_failed_build_leaves_re2_answering(monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    class Refusing:
        def __init__(self, **_: object) -> None:
            pass

        def compile(self, **_: object) -> None:
            raise RuntimeError("no SSSE3 here")

    import hyperscan

    monkeypatch.setattr(hyperscan_set, "_hs", hyperscan)
    monkeypatch.setattr(hyperscan, "Database", Refusing)
    monkeypatch.setattr(hyperscan_set, "_BUILT", {})
    guard = _guard("refused")
    with caplog.at_level(logging.WARNING, logger="promptguard"):
        assert guard.warm_up(timeout=60)
    sets = guard.engine.accelerated()
    assert sets and all(s._state == "failed" and not s.ready for s in sets)
    assert "RuntimeError" in caplog.text and TOKEN not in caplog.text
    found = guard.scan(f"export GITHUB_TOKEN={TOKEN}").findings
    assert [f.entity_type for f in found] == ["GITHUB_TOKEN"]


def test_off_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PROMPTGUARD_HYPERSCAN", "off")
    guard = _guard("off")
    assert guard.engine.accelerated() == []
    assert guard.warm_up()  # nothing to build
    assert _finds_the_token(guard)


def test_small_packs_keep_their_re2_set() -> None:
    guard = Guard({"name": "pii", "packs": PII, **POLICY})
    assert guard.engine.accelerated() == []


def test_a_database_that_misses_a_probe_is_not_used(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    # A database that reports nothing stands for one that misses an entry (Hyperscan 0.9.1 did, on
    # the token rules' escaped-lead forms): the packs' examples catch it before it answers.
    monkeypatch.setattr(hyperscan_set, "_collect", lambda *args: None)
    monkeypatch.setattr(hyperscan_set, "_BUILT", {})
    guard = _guard("missing")
    with caplog.at_level(logging.WARNING, logger="promptguard"):
        assert guard.warm_up(timeout=120)
    sets = guard.engine.accelerated()
    assert sets and all(s._state == "failed" and not s.ready for s in sets)
    assert "left out patterns RE2 flags" in caplog.text
    assert _finds_the_token(guard)


def test_a_check_that_raises_leaves_re2_answering_and_nothing_waiting(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(self: object, db: object) -> int:
        raise ValueError("probe text the RE2 set refused")

    monkeypatch.setattr(hyperscan_set.AcceleratedSet, "_missed", broken)
    monkeypatch.setattr(hyperscan_set, "_BUILT", {})
    guard = _guard("raising")
    assert guard.warm_up(timeout=120)  # returns: the builder thread carried on
    sets = guard.engine.accelerated()
    assert sets and all(s._state == "failed" for s in sets)
    assert _finds_the_token(guard)


def test_a_vertical_tab_goes_to_re2(ready: Guard, plain: Guard) -> None:
    # RE2's \s leaves the vertical tab out and Hyperscan's takes it in: their \S differ on it.
    for text in ("enable secret 0 Xk9\x0bmQ2vLp7", "sshpass -p ab\x0bcdefg ssh host"):
        assert scan_key(ready, text) == scan_key(plain, text)
        assert scan_key(plain, text)[1]


def test_texts_for_re2_are_told_apart_as_one_search_would() -> None:
    # _re2_only looks for one byte before each sequence: it
    # must answer as a plain search for the four sequences does, also for a text that holds the
    # sequence's last byte inside other characters ("ª", "¿", "한") and for a text asked twice.
    import re

    reference = re.compile(rb"\xed[\xa0-\xbf]|\x0b|\xc5\xbf|\xe2\x84\xaa")
    pieces = ["plain", "ª", "¿", "€’—", "한국어", "\u017f", "\u212a", "\x0b", "\ud800", "\udfff", "\u01bf", "\u0aaa"]
    rnd = random.Random(5)
    texts = [a + b for a in pieces for b in pieces] + [
        "".join(rnd.choice(pieces) for _ in range(rnd.randrange(1, 8))) for _ in range(500)
    ]
    for text in texts:
        data = text.encode("utf-8", "surrogatepass")
        want = reference.search(data) is not None
        assert hyperscan_set._re2_only(data) is want, text
        assert hyperscan_set._re2_only(data) is want, text  # asked again: the same verdict
        assert hyperscan_set._re2_only(bytearray(data)) is want, text


@pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork() on this platform")
def test_a_child_forked_while_a_build_is_queued_builds_its_own(monkeypatch: pytest.MonkeyPatch) -> None:
    # A pre-fork server forks workers after start-up, maybe while the parent's builder thread holds
    # a build: the child has no such thread, so its sets must not stay "queued" (warm_up() waited
    # forever on them).
    import multiprocessing

    monkeypatch.setattr(hyperscan_set, "_BUILT", {})
    release = threading.Event()
    real_compile = hyperscan_set.AcceleratedSet._compile

    def held(self: hyperscan_set.AcceleratedSet) -> None:
        release.wait(60)  # the parent's build stays in progress until the child has run
        real_compile(self)

    monkeypatch.setattr(hyperscan_set.AcceleratedSet, "_compile", held)
    guard = _guard("forked")
    assert guard.warm_up(wait=False) is False
    sets = guard.engine.accelerated()
    assert {s._state for s in sets} == {"queued"}

    def child() -> None:
        hyperscan_set.AcceleratedSet._compile = real_compile  # type: ignore[method-assign]
        ok = all(s._state == "idle" for s in guard.engine.accelerated())
        ok = ok and guard.warm_up(timeout=120) and all(s.ready for s in guard.engine.accelerated())
        os._exit(0 if ok and _finds_the_token(guard) else 3)

    proc = multiprocessing.get_context("fork").Process(target=child)
    proc.start()
    proc.join(180)
    release.set()
    assert proc.exitcode == 0
    assert guard.warm_up(timeout=120) and all(s.ready for s in sets)  # the parent's own build went on
