"""A pack entry's allow regexes run on RE2, as its patterns do: they come from config and run
on matched values, which the sender of a prompt controls."""

from __future__ import annotations

import re2

from promptguard.config.schema import RecognizerSpec
from promptguard.recognizers.pattern import PatternRecognizer


def _ref_recognizer(allow: list[str]) -> PatternRecognizer:
    spec = RecognizerSpec.model_validate(
        {
            "id": "acme_ref",
            "entity": "ACME_REF",
            "patterns": [{"name": "ref", "regex": "REF-[a-z]+", "score": 0.9}],
            "allow_regex": allow,
        }
    )
    return PatternRecognizer(spec, "acme")


def test_pack_allow_regexes_run_on_re2_in_linear_time() -> None:
    # Catastrophic on a backtracking engine for 'REF-' and a few dozen letters not ending in Z.
    rec = _ref_recognizer(["REF-([a-z]+[a-z]+)+Z"])
    assert all(isinstance(r, re2._Regexp) for r in rec._allow_re)
    text = "see REF-" + "a" * 60 + "! today"
    assert [text[f.start : f.end] for f in rec.analyze(text)] == ["REF-" + "a" * 60]


def test_pack_allow_regexes_match_whole_values_case_insensitively() -> None:
    rec = _ref_recognizer(["ref-test"])
    text = "REF-test and REF-testing and REF-prod"
    # "REF-test" is allowed (any case); "REF-testing" only contains an allowed value.
    assert [text[f.start : f.end] for f in rec.analyze(text)] == ["REF-testing", "REF-prod"]
