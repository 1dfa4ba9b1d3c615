"""The realistic-prompt secrets benchmark: its generator is deterministic, labels are exact, and
the benchmark runs end to end on a few prompts."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from benchmarks import secrets_prompts as sp  # noqa: E402
from promptguard.recognizers.secret_validators import base62_crc32_ok, pypi_macaroon  # noqa: E402


@pytest.fixture(scope="module")
def prompts() -> list[sp.Prompt]:
    return sp.generate(400, seed=11)


def test_generator_is_deterministic(prompts: list[sp.Prompt]) -> None:
    again = sp.generate(400, seed=11)
    assert again == prompts
    other = sp.generate(40, seed=12)
    assert [p.text for p in other] != [p.text for p in prompts[:40]]


def test_prefix_is_stable_when_n_grows(prompts: list[sp.Prompt]) -> None:
    # Each prompt has its own Random: asking for more prompts does not change the first ones.
    assert sp.generate(50, seed=11) == prompts[:50]


def test_labels_sit_on_the_values(prompts: list[sp.Prompt]) -> None:
    positives = [p for p in prompts if p.label]
    assert positives and any(not p.label for p in prompts)
    for p in positives:
        assert p.family is not None
        for span in p.secrets:
            assert 0 <= span.start < span.end <= len(p.text)
            value = p.text[span.start : span.end]
            assert value == value.strip(), p.id  # no surrounding whitespace in a label
            assert span.family == p.family
    for p in prompts:
        if not p.label:
            assert p.family is None and p.secrets == ()


def test_every_family_and_both_splits_are_generated(prompts: list[sp.Prompt]) -> None:
    for split in ("dev", "holdout"):
        families = {p.family for p in prompts if p.split == split and p.label}
        assert families == set(sp.FAMILIES), split
    # The split is by template: a template never appears in both halves.
    by_template: dict[str, str] = {}
    for p in prompts:
        assert by_template.setdefault(p.template, p.split) == p.split


def test_windows_line_endings_keep_labels_exact(prompts: list[sp.Prompt]) -> None:
    crlf = [p for p in prompts if "\r\n" in p.text and p.label]
    assert crlf
    for p in crlf:
        for span in p.secrets:
            value = p.text[span.start : span.end]
            assert not value.endswith("\r") and not value.startswith("\n")


def test_checksummed_formats_are_valid(prompts: list[sp.Prompt]) -> None:
    seen = {"github": 0, "npm": 0, "pypi": 0}
    for p in prompts:
        for span in p.secrets:
            value = p.text[span.start : span.end]
            if value.startswith(("ghp_", "gho_", "ghu_", "ghs_", "ghr_")):
                assert base62_crc32_ok(value[4:])
                seen["github"] += 1
            elif value.startswith("npm_"):
                assert base62_crc32_ok(value[4:])
                seen["npm"] += 1
            elif value.startswith("pypi-"):
                assert pypi_macaroon(value) is True
                seen["pypi"] += 1
    assert all(seen.values()), seen


def test_crlf_build_moves_offsets() -> None:
    doc = sp.Doc().t("a\nb=").item(sp.Item(("k",), "SECRET", "password")).t("\n")
    text, spans, _, _ = doc.build(crlf=True)
    assert text == "a\r\nb=SECRET\r\n"
    assert text[spans[0].start : spans[0].end] == "SECRET"


def test_benchmark_runs_on_a_few_prompts(tmp_path: Path) -> None:
    assert sp.main(["--n", "30", "--no-detect-secrets", "--out", str(tmp_path)]) == 0
    data = json.loads((tmp_path / "secrets_prompts.json").read_text())
    pg = data["promptguard"]
    assert {"dev", "holdout"} <= set(pg)
    assert (
        pg["dev"]["positives"] + pg["holdout"]["positives"] + pg["dev"]["negatives"] + pg["holdout"]["negatives"] == 30
    )
    assert 0.0 <= pg["dev"]["recall_record"] <= 1.0
    md = (tmp_path / "secrets_prompts.md").read_text()
    assert "Per family" in md
    # Results carry ids, templates and families, never a prompt's text.
    for p in sp.generate(30, seed=2026):
        for span in p.secrets:
            assert p.text[span.start : span.end] not in json.dumps(data)
