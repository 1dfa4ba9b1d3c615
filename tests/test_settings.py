"""Service settings (environment) and the reloadable access file."""

from __future__ import annotations

from pathlib import Path

import pytest

from promptguard.errors import ConfigError
from promptguard.settings import AccessConfig, Settings, load_access_config

HASH = "sha256:" + "ab" * 32


def test_env_prefix(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PROMPTGUARD_MAX_TEXTS", "7")
    monkeypatch.setenv("PROMPTGUARD_VAULT", "redis")
    monkeypatch.setenv("PROMPTGUARD_VAULT_KEY", "x" * 32)
    s = Settings()
    assert s.max_texts == 7 and s.vault == "redis"
    assert "xxxx" not in repr(s)  # secrets stay hidden


def test_bad_env_value_is_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PROMPTGUARD_VAULT", "postgres")
    with pytest.raises(ValueError, match="vault"):
        Settings()


def test_access_file_errors_name_file_line_field(tmp_path: Path) -> None:
    path = tmp_path / "access.yaml"
    path.write_text(f"keys:\n  - id: gw\n    hash: \"{HASH}\"\n    scopes: [scan, superuser]\n")
    with pytest.raises(ConfigError) as err:
        load_access_config(path)
    message = str(err.value)
    assert str(path) in message and ":4" in message and "keys.0.scopes" in message


def test_raw_keys_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "access.yaml"
    path.write_text("keys:\n  - id: gw\n    hash: pg_live_my_raw_key_1234567890\n")
    with pytest.raises(ConfigError, match="never the key itself"):
        load_access_config(path)


def test_unknown_fields_duplicates_and_cidrs_are_rejected() -> None:
    with pytest.raises(ValueError, match="extra"):
        AccessConfig.model_validate({"keys": [{"id": "a", "hash": HASH, "scope": ["scan"]}]})
    with pytest.raises(ValueError, match="twice"):
        AccessConfig.model_validate({"keys": [{"id": "a", "hash": HASH}, {"id": "a", "hash": HASH}]})
    with pytest.raises(ValueError, match="not an IP network"):
        AccessConfig.model_validate({"allow_cidrs": ["10.0.0.0/33"]})
    ok = AccessConfig.model_validate({"keys": [{"id": "a", "hash": HASH.upper().replace("SHA256", "sha256")}],
                                      "allow_cidrs": ["10.0.0.0/8", "::1/128"]})
    assert ok.keys[0].tenant_id == "a" and ok.keys[0].scopes == ["scan"]
