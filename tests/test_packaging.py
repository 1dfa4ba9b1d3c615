"""The wheel ships the recognizer packs, profiles and models (offline by design)."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_wheel_contains_packs_profiles_and_models(tmp_path: Path) -> None:
    pytest.importorskip("hatchling")
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
            str(REPO),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    (wheel,) = tmp_path.glob("promptguard-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for pack in (REPO / "recognizers").glob("*.yaml"):
        assert f"promptguard/_packs/{pack.name}" in names
    assert "promptguard/profiles/default.yaml" in names
    # The start-up cache of the shipped packs and profiles ships with them (config/packcache.py).
    assert any(n.startswith("promptguard/_packs/_cache/") and n.endswith(".objects.json") for n in names)
    assert any(n.startswith("promptguard/profiles/_cache/") and n.endswith(".objects.json") for n in names)
    assert "promptguard/_packs/_cache/injection.sets.json" in names  # the injection rules' set entries
    assert "promptguard/recognizers/builtin/bip39_english.txt" in names
    shipped_models = [p for p in (REPO / "models").rglob("*") if p.is_file() and p.suffix in {".npz", ".json"}]
    for model_file in shipped_models:
        rel = model_file.relative_to(REPO / "models").as_posix()
        assert f"promptguard/models/{rel}" in names


def test_builtin_packs_are_found_from_the_source_tree() -> None:
    from promptguard.config.loader import builtin_pack_dir

    assert (builtin_pack_dir() / "pii-core.yaml").is_file()
