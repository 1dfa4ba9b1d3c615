"""Allow regexes of a policy are config, and run on values the sender chose: RE2, never ``re``."""

from __future__ import annotations

from pathlib import Path

import pytest
import re2

from promptguard.config.loader import load_policy, policy_from_dict
from promptguard.errors import ConfigError
from promptguard.guard import Guard
from promptguard.policy import Policy

# Catastrophic on a backtracking engine for a value like 'aaaa...a@acme.io' (a few dozen a's).
NESTED = "([a-z0-9]+[._-]?)*@example\\.com"


def test_policy_allow_regexes_run_on_re2() -> None:
    spec = policy_from_dict(
        {"extends": "default", "allow_regex": [NESTED], "entities": {"EMAIL_ADDRESS": {"allow_regex": [NESTED]}}}
    )
    policy = Policy(spec)
    assert all(isinstance(r, re2._Regexp) for r in policy._allow_re)
    assert all(isinstance(r, re2._Regexp) for r in policy._entity_allow["EMAIL_ADDRESS"][1])
    # A value the regex rejects is judged in linear time (this would not return on ``re``).
    assert not policy.allowed("EMAIL_ADDRESS", "a" * 60 + "@acme.io")


def test_allow_regexes_keep_their_meaning() -> None:
    guard = Guard(
        policy_from_dict(
            {
                "extends": "default",
                "allow_regex": ["noreply@.*"],
                "entities": {"EMAIL_ADDRESS": {"allow_regex": [".*@example\\.com"]}},
            }
        )
    )
    text = "a@example.com B@EXAMPLE.COM NoReply@acme.io jane@acme.io x@example.com.evil.io"
    found = [text[f.start : f.end] for f in guard.scan(text).findings if f.entity_type == "EMAIL_ADDRESS"]
    assert found == ["jane@acme.io", "x@example.com.evil.io"]  # case-insensitive, whole value only


def test_entity_allow_regex_is_checked_on_load(tmp_path: Path) -> None:
    path = tmp_path / "p.yaml"
    path.write_text(
        "schema_version: 1\nname: t\nextends: default\nentities:\n"
        "  EMAIL_ADDRESS: {allow_regex: ['(?<=x)@example\\.com']}\n",
        encoding="utf-8",
    )
    with pytest.raises(ConfigError, match=r"p\.yaml:5: entities\.EMAIL_ADDRESS\.allow_regex: .*lookarounds"):
        load_policy(path)
