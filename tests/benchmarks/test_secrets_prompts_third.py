"""The third realistic-prompt secrets set: deterministic, labels on the values, negatives
unlabelled, split by template with every family in both splits, and the run writes no value."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from benchmarks import secrets_prompts as sp  # noqa: E402
from benchmarks import secrets_prompts_more as spm  # noqa: E402
from benchmarks import secrets_prompts_third as spt  # noqa: E402


@pytest.fixture(scope="module")
def prompts() -> list[sp.Prompt]:
    return spt.generate_third(480, seed=5)


def test_generator_is_deterministic_and_apart_from_the_other_sets(prompts: list[sp.Prompt]) -> None:
    assert spt.generate_third(480, seed=5) == prompts
    assert {p.template for p in prompts} == set(spt.THIRD_TEMPLATES)
    assert not set(spt.THIRD_TEMPLATES) & (set(sp.TEMPLATES) | set(spm.MORE_TEMPLATES))
    assert all(p.id.startswith("spt-") for p in prompts)


def test_labels_sit_on_the_values_and_splits_cover_every_family(prompts: list[sp.Prompt]) -> None:
    for p in prompts:
        for span in p.secrets:
            value = p.text[span.start : span.end]
            assert value and value == value.strip() and span.family == p.family, p.id
        if not p.label:
            assert p.family is None
    for split in ("dev", "holdout"):
        assert {p.family for p in prompts if p.split == split and p.label} == set(spm.MORE_FAMILIES), split


def test_benchmark_runs_and_writes_no_value(tmp_path: Path) -> None:
    assert spt.main(["--n", "36", "--out", str(tmp_path)]) == 0
    data = json.loads((tmp_path / "secrets_prompts_third.json").read_text())
    pg = data["promptguard"]
    assert sum(pg[s]["positives"] + pg[s]["negatives"] for s in ("dev", "holdout")) == 36
    blob = json.dumps(data) + (tmp_path / "secrets_prompts_third.md").read_text()
    for p in spt.generate_third(36):
        for span in p.secrets:
            assert p.text[span.start : span.end] not in blob
