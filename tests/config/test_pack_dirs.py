"""``pack_dirs`` packs are loaded as a whole; naming one in ``packs`` as well is no error."""

from __future__ import annotations

from pathlib import Path

import pytest
from acme_pack import GOOD_PACK

from promptguard.config.loader import load_policy, resolve_packs
from promptguard.errors import ConfigError


def _policy(tmp_path: Path, packs: str) -> Path:
    (tmp_path / "acme-packs").mkdir()
    (tmp_path / "acme-packs" / "acme.yaml").write_text(GOOD_PACK, encoding="utf-8")
    path = tmp_path / "policy.yaml"
    path.write_text(
        f"schema_version: 1\nname: t\npacks: {packs}\npack_dirs: [./acme-packs]\n", encoding="utf-8"
    )
    return path


def test_a_pack_dirs_pack_named_in_packs_loads_once(tmp_path: Path) -> None:
    spec = load_policy(_policy(tmp_path, "[pii-core, acme]"))
    assert [p.pack for p in resolve_packs(spec)] == ["pii-core", "acme"]


def test_an_unknown_pack_name_lists_the_pack_dirs_packs(tmp_path: Path) -> None:
    spec = load_policy(_policy(tmp_path, "[pii-core, acmee]"))
    with pytest.raises(ConfigError, match=r"'acmee' is neither.*packs in pack_dirs: acme"):
        list(resolve_packs(spec))


def test_an_extended_policys_relative_pack_dirs_are_read_from_its_own_folder(tmp_path: Path) -> None:
    # team/policy.yaml names ./acme-packs; a policy elsewhere extends it. The packs must come
    # from team/acme-packs, not from the extending file's folder (which may hold other packs).
    team = tmp_path / "team"
    team.mkdir()
    base = _policy(team, "[pii-core]")
    (tmp_path / "acme-packs").mkdir()  # the extending file's folder has a pack dir of that name too
    (tmp_path / "acme-packs" / "other.yaml").write_text(GOOD_PACK.replace("pack: acme", "pack: other"), "utf-8")
    child = tmp_path / "child.yaml"
    child.write_text(f"schema_version: 1\nname: child\nextends: {base.relative_to(tmp_path)}\n", encoding="utf-8")
    assert [p.pack for p in resolve_packs(load_policy(child))] == ["pii-core", "acme"]
    # The same through a dict policy (the library's Guard({...})), from any working directory.
    from promptguard.config.loader import policy_from_dict

    spec = policy_from_dict({"extends": str(base)})
    assert [p.pack for p in resolve_packs(spec)] == ["pii-core", "acme"]
