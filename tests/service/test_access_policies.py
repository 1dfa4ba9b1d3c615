"""The access file: a key's own policy must exist, or the server does not start."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from promptguard.errors import ConfigError
from promptguard.service.auth import AccessControl, hash_key
from promptguard.settings import Settings


def _access(tmp_path: Path, key_lines: str, extra: str = "") -> AccessControl:
    path = tmp_path / "access.yaml"
    path.write_text(f"keys:\n  - id: gw\n    hash: \"{hash_key('k' * 32)}\"\n{key_lines}{extra}", encoding="utf-8")
    return AccessControl(Settings(config=path, preload=False))


def test_a_key_naming_an_unknown_policy_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"access\.yaml: keys: key 'gw' names policy 'pcii'.*built-in profile"):
        _access(tmp_path, "    policy: pcii\n")


def test_configured_and_builtin_policies_pass(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="promptguard.service"):
        ac = _access(tmp_path, "    policy: legal\n    allowed_policies: [pci, '*']\n", "policies:\n  legal: pci\n")
    assert ac.authenticate("k" * 32) is not None
    assert "not configured" not in caplog.text


def test_an_unknown_allowed_policy_is_logged(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="promptguard.service"):
        _access(tmp_path, "    allowed_policies: [pci, legl]\n")
    assert "allows policies that are not configured: legl" in caplog.text


def test_a_reload_with_an_unknown_policy_keeps_the_previous_file(tmp_path: Path) -> None:
    ac = _access(tmp_path, "    policy: pci\n")
    assert ac.config.keys[0].policy == "pci"
    path = tmp_path / "access.yaml"
    path.write_text(path.read_text().replace("policy: pci", "policy: pcii"))
    assert ac.reload(force=True) is False
    assert ac.config.keys[0].policy == "pci"
