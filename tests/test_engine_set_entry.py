"""A pattern's optional ``set_entry`` stands for its regex in the RE2 set pass: it is checked
against the examples when the pack loads, it decides which regexes run, and the shipped
packs' set entries leave every finding as it was."""

from __future__ import annotations

import dataclasses
import random
import string
from pathlib import Path
from typing import Any

import pytest
import re2
from pydantic import ValidationError

from engine_set_helpers import PII, POLICY, pack_examples, scan_key
from promptguard import Guard
from promptguard.config.loader import load_pack
from promptguard.config.schema import RecognizerSpec
from promptguard.errors import ConfigError
from promptguard.recognizers.pattern import PatternRecognizer
from promptguard.recognizers.pattern_set import PatternSet, _SharedEntries
from promptguard.recognizers.regex import re2_options


def _spec(set_entry: str, *, regex: str = r"tok_[a-z]{6}\d", **extra: Any) -> dict[str, Any]:
    return {
        "id": "tok",
        "entity": "TOKEN",
        "patterns": [{"regex": regex, "set_entry": set_entry, **extra}],
        "examples": {"match": ["my tok_abcdef1"], "no_match": ["tok_abc"]},
    }


def test_a_set_entry_must_compile_under_re2() -> None:
    with pytest.raises(ValidationError, match="invalid RE2 regex"):
        RecognizerSpec.model_validate(_spec(r"tok_(?=x)"))


def test_a_set_entry_must_match_the_examples_its_regex_matches() -> None:
    with pytest.raises(ValidationError, match="set_entry does not match inside the regex's match in match example 1"):
        RecognizerSpec.model_validate(_spec(r"tok_[a-z]{6}\d\d"))
    # Searched inside the regex's match: a context word elsewhere in the example does not pass.
    with pytest.raises(ValidationError, match="inside the regex's match in match example 1"):
        RecognizerSpec.model_validate(_spec(r"\bmy\b"))
    # With no example its regex matches, there is nothing to check it on.
    spec = _spec(r"tok_")
    spec["examples"] = {"match": [], "no_match": ["nothing here"]}
    with pytest.raises(ValidationError, match="needs at least one example its regex matches"):
        RecognizerSpec.model_validate(spec)


def test_a_set_entry_is_checked_on_no_match_examples_its_regex_matches_too() -> None:
    # A validator may reject what the regex matches: the set entry must still let it run.
    spec = _spec(r"tok_[a-z]{6}1")
    spec["examples"]["no_match"] = ["tok_abcdef2"]
    with pytest.raises(ValidationError, match="in no_match example 1"):
        RecognizerSpec.model_validate(spec)


def test_a_set_entry_is_for_re2_patterns_only() -> None:
    with pytest.raises(ValidationError, match="only for re2 patterns"):
        RecognizerSpec.model_validate(_spec(r"tok_", engine="backtracking"))


def test_the_set_entry_decides_which_regexes_run() -> None:
    # An entry narrower than its regex (which the examples cannot catch) shows what it does:
    # where it does not match, the regex never runs. The shipped entries are all wider.
    spec = RecognizerSpec.model_validate(_spec(r"tok_[a-z]{6}1"))
    patterns = PatternSet([PatternRecognizer(spec)])
    assert [f.start for f in patterns.scan("a tok_abcdef1")] == [2]
    assert patterns.scan("a tok_abcdef2") == []
    bare = spec.patterns[0].model_copy(update={"set_entry": None})
    plain = PatternSet([PatternRecognizer(spec.model_copy(update={"patterns": [bare]}))])
    assert [f.start for f in plain.scan("a tok_abcdef2")] == [2]



def test_patterns_sharing_a_set_entry_all_run_when_it_matches() -> None:
    # Two patterns of one rule with the same set entry (the set holds it once): a match of the
    # entry runs both, and each finds its own spans; a third rule with it too, and one without.
    spec = RecognizerSpec.model_validate(
        {
            "id": "pw",
            "entity": "PASSWORD",
            "patterns": [
                {"name": "is", "regex": r"\bpw is (\w{6})", "group": 1, "set_entry": r"\bpw "},
                {"name": "bare", "regex": r"\bpw (\w*\d\w*!)", "group": 1, "set_entry": r"\bpw "},
            ],
            "examples": {"match": ["pw is abcdef", "pw abc1!"], "no_match": ["pw"]},
        }
    )
    other = RecognizerSpec.model_validate(
        {
            "id": "pwd",
            "entity": "PASSWORD",
            "patterns": [{"regex": r"\bpw (x\d{3})", "group": 1, "set_entry": r"\bpw "}],
            "examples": {"match": ["pw x123"], "no_match": ["pw"]},
        }
    )
    token = RecognizerSpec.model_validate(_spec(r"tok_"))
    patterns = PatternSet([PatternRecognizer(spec), PatternRecognizer(other), PatternRecognizer(token)])
    text = "pw is abcdef and pw x123 then pw ab9! and tok_abcdef1"
    found = sorted((f.recognizer, text[f.start : f.end]) for f in patterns.scan(text))
    assert found == [("pw", "ab9!"), ("pw", "abcdef"), ("pwd", "x123"), ("tok", "tok_abcdef1")]
    assert patterns.scan("nothing here") == []
    alone = "only pw x999"
    assert [alone[f.start : f.end] for f in patterns.scan(alone)] == ["x999"]
    assert isinstance(patterns._set, _SharedEntries)  # the entry is in the set once

def _shipped_entries() -> list[tuple[str, str, str]]:
    guard = Guard({"name": "both", "packs": [*PII, "secrets"], **POLICY})
    out = []
    for rec in guard.engine.recognizers:
        if isinstance(rec, PatternRecognizer):
            for pat in rec.patterns:
                if pat.set_entry is not None:
                    flags = "(?i)" if rec.spec.ignore_case else ""
                    out.append((f"{rec.id}/{pat.name}", flags + pat.regex.pattern, flags + pat.set_entry))
    return out


def test_shipped_set_entries_flag_every_text_their_regex_matches() -> None:
    entries = _shipped_entries()
    assert entries  # the secrets pack declares some
    texts = pack_examples()
    for name, regex, entry in entries:
        r, e = re2.compile(regex, re2_options()), re2.compile(entry, re2_options())
        for text in texts:
            if r.search(text) is not None:
                assert e.search(text) is not None, (name, text[:80])


def _without_set_entries(guard: Guard) -> Guard:
    engine = guard.engine
    patterns = [r for r in engine.recognizers if isinstance(r, PatternRecognizer)]
    for rec in patterns:
        rec.patterns = tuple(dataclasses.replace(p, set_entry=None) for p in rec.patterns)
    gated = [r for r in engine.others if r.gate is not None and not r.requires_nlp]
    engine._patterns = PatternSet(patterns, gated)
    return guard


def test_findings_are_the_same_without_the_set_entries() -> None:
    cur = Guard({"name": "cur", "packs": [*PII, "secrets"], **POLICY})
    plain = _without_set_entries(Guard({"name": "plain", "packs": [*PII, "secrets"], **POLICY}))
    rng = random.Random(7)
    alnum = string.ascii_letters + string.digits

    def rand(n: int, alphabet: str = alnum) -> str:
        return "".join(rng.choice(alphabet) for _ in range(n))

    pieces = [
        "Authorization: Bearer " + rand(24),
        "bearer " + rand(8),  # flagged by the entry, too short for the rule
        "db.example.com:5432:app:admin:" + rand(12),
        ":5432:app:admin:" + rand(12),  # no host: the entry flags it, the rule does not match
        "ALTER USER app WITH PASSWORD '" + rand(12) + "';",
        "IDENTIFIED BY '" + rand(10) + "'",
        "the password is " + rand(10),
        "password for app = '" + rand(10) + "'",
        "passwordpassword('" + rand(10) + "')",
        "static const uint8_t key[16] = {" + ", ".join(f"0x{rng.randrange(256):02x}" for _ in range(16)) + "};",
        "(1, 2)",
        "key = [1, 2, 3, 4, 5, 6, 7]",  # two bytes flag the entry; the rule wants eight
        "[0x1f, 0x2e]",
        "jane@acme.io",
        "é",
    ]
    texts = pack_examples()
    for _ in range(150):
        texts.append(rng.choice(["", "\n"]).join(rng.choice(pieces) for _ in range(rng.randint(1, 5))))
    for i, text in enumerate(texts):
        assert scan_key(cur, text, explain=i % 3 == 0) == scan_key(plain, text, explain=i % 3 == 0), text[:80]


def test_validate_names_the_file_and_recognizer_of_a_set_entry_that_misses_an_example(tmp_path: Path) -> None:
    pack = tmp_path / "demo.yaml"
    pack.write_text(
        "schema_version: 1\npack: demo\nrecognizers:\n  - id: tok\n    entity: TOKEN\n    patterns:\n"
        "      - regex: 'tok_[a-z]{6}\\d'\n        set_entry: 'tok_[a-z]{6}\\d\\d'\n"
        "    examples:\n      match: ['my tok_abcdef1']\n"
    )
    with pytest.raises(ConfigError, match=r"demo\.yaml:4: .*set_entry does not match inside .* match example 1"):
        load_pack(pack)
