"""The second realistic-prompt secrets set: its generator is deterministic, labels sit on the
values, hard negatives carry no label, the split is by template, and the run writes no value."""

from __future__ import annotations

import base64
import json
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from benchmarks import secrets_prompts as sp  # noqa: E402
from benchmarks import secrets_prompts_more as spm  # noqa: E402


@pytest.fixture(scope="module")
def prompts() -> list[sp.Prompt]:
    return spm.generate_more(420, seed=5)


def test_generator_is_deterministic_and_apart_from_the_first_set(prompts: list[sp.Prompt]) -> None:
    assert spm.generate_more(420, seed=5) == prompts
    assert spm.generate_more(60, seed=5) == prompts[:60]
    assert {p.template for p in prompts} == set(spm.MORE_TEMPLATES)
    assert not set(spm.MORE_TEMPLATES) & set(sp.TEMPLATES)
    # The first set's prompts do not change with the second set's parameters.
    assert sp.generate(40, seed=5) != prompts[:40]
    assert all(p.id.startswith("sp-") for p in sp.generate(5, seed=5))
    assert all(p.id.startswith("spm-") for p in prompts)


def test_labels_sit_on_the_values(prompts: list[sp.Prompt]) -> None:
    positives = [p for p in prompts if p.label]
    assert positives and any(not p.label for p in prompts)
    for p in positives:
        for span in p.secrets:
            value = p.text[span.start : span.end]
            assert value and value == value.strip(), p.id
            assert span.family == p.family, p.id
    for p in prompts:
        if not p.label:
            assert p.family is None and p.secrets == ()


def test_both_splits_cover_every_family(prompts: list[sp.Prompt]) -> None:
    for split in ("dev", "holdout"):
        assert {p.family for p in prompts if p.split == split and p.label} == set(spm.MORE_FAMILIES), split
    by_template: dict[str, str] = {}
    for p in prompts:
        assert by_template.setdefault(p.template, p.split) == p.split


def test_kubernetes_secret_data_is_base64_of_the_labelled_value(prompts: list[sp.Prompt]) -> None:
    seen = 0
    for p in prompts:
        if p.template != "k8s_secret_mixed" or not p.label:
            continue
        for span in p.secrets:
            line_start = p.text.rfind("\n", 0, span.start) + 1
            if p.text[line_start : span.start].strip().endswith(":") and p.text[span.start - 1] == " ":
                value = p.text[span.start : span.end]
                try:
                    base64.b64decode(value, validate=True)
                except ValueError:
                    continue
                seen += 1
    assert seen


def test_hard_negatives_include_the_kinds_the_issue_names() -> None:
    import random

    looks = {it.look for it in spm.more_negatives(random.Random(1))}
    assert {"redacted", "env_ref", "documented_example", "db_primary_key", "base64_text", "git_sha"} <= looks


def test_benchmark_runs_on_a_few_prompts(tmp_path: Path) -> None:
    assert spm.main(["--n", "42", "--out", str(tmp_path)]) == 0
    data = json.loads((tmp_path / "secrets_prompts_more.json").read_text())
    pg = data["promptguard"]
    assert {"dev", "holdout"} <= set(pg)
    total = sum(pg[s]["positives"] + pg[s]["negatives"] for s in ("dev", "holdout"))
    assert total == 42
    blob = json.dumps(data) + (tmp_path / "secrets_prompts_more.md").read_text()
    for p in spm.generate_more(42):
        for span in p.secrets:
            assert p.text[span.start : span.end] not in blob
