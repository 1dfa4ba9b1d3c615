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


def test_a_relative_policy_file_is_read_from_the_access_files_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # `promptguard serve --config /etc/promptguard/access.yaml` runs from anywhere: a policy
    # file named relatively sits next to the access file, not in the working directory.
    (tmp_path / "legal.yaml").write_text("schema_version: 1\nname: legal\nextends: default\n", encoding="utf-8")
    ac = _access(tmp_path, "    policy: legal\n", "policies:\n  legal: legal.yaml\n  strict2: strict\n")
    elsewhere = tmp_path / "run"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    assert ac.policy_ref("legal") == str(tmp_path / "legal.yaml")
    assert ac.policy_ref("strict2") == "strict"  # a profile name stays a profile name
    assert ac.policy_ref("pci") == "pci" and ac.policy_ref("nope") is None
    from promptguard.guard import Guard

    assert Guard.from_config(ac.policy_ref("legal") or "").policy.spec.name == "legal"


def test_an_unknown_default_policy_is_a_config_error(tmp_path: Path) -> None:
    # --default-policy pcii used to start a server that reported ready and answered every
    # request of a key without its own policy (and every request without auth) unknown_policy.
    with pytest.raises(ConfigError, match=r"default policy 'pcii'.*built-in profile"):
        AccessControl(Settings(insecure_no_auth=True, default_policy="pcii", preload=False))
    path = tmp_path / "access.yaml"
    path.write_text(f"keys:\n  - id: gw\n    hash: \"{hash_key('k' * 32)}\"\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="default policy 'legal'"):
        AccessControl(Settings(config=path, default_policy="legal", preload=False))
    path.write_text(path.read_text() + "policies:\n  legal: pci\n", encoding="utf-8")
    ac = AccessControl(Settings(config=path, default_policy="legal", preload=False))
    assert ac.config.policies == {"legal": "pci"}
