"""benchmarks/injection_instructions.py: counts the injection check's instructions on the latency
benchmark's own texts, and refuses a path that is not a ``src`` tree."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from benchmarks import injection, injection_instructions  # noqa: E402


def test_a_path_without_the_package_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert injection_instructions.main(["--src", str(tmp_path), "--texts", "1"]) == 2
    assert "no promptguard package" in capsys.readouterr().err


def test_the_texts_are_the_latency_benchmarks_prompts_without_the_shared_data(tmp_path: Path) -> None:
    sets = injection.latency_texts(tmp_path / "absent", 6)
    assert list(sets) == ["prompts_2kb"]
    prompts = sets["prompts_2kb"]
    assert len(prompts) == 6 and len(set(prompts)) == 6
    assert all(1500 <= len(t) <= 2048 for t in prompts)
    # The same texts on every call: two trees are measured on one set.
    assert injection.latency_texts(tmp_path / "absent", 6) == sets
