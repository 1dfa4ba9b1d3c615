from __future__ import annotations

import json

import pytest

from promptguard.evaluation.datasets import load_dataset, load_datasets
from promptguard.evaluation.metrics import check_gates, evaluate
from promptguard.evaluation.report import render, render_table
from promptguard.evaluation.runner import run_scanner, to_prediction
from promptguard.findings import Finding, ScanResult, Verdict


class BatchScanner:
    """Records how it was called: scan_batch must be preferred when present."""

    def __init__(self, inner):
        self.inner = inner
        self.batches: list[int] = []

    def scan(self, text):
        return self.inner.scan(text)

    def scan_batch(self, texts):
        self.batches.append(len(texts))
        return [self.inner.scan(t) for t in texts]


def test_runner_uses_batches(eval_data, make_scanner, pii_script):
    ds = load_dataset(eval_data / "pii_small.jsonl")
    s = BatchScanner(make_scanner(pii_script))
    preds = run_scanner(s, ds, batch_size=2, progress=False)
    assert s.batches == [2, 2]  # the last single record goes through scan()
    assert [p.record_id for p in preds] == ["r1", "r2", "r3", "r4", "r5"]


def test_runner_rejects_non_scanner(eval_data):
    with pytest.raises(TypeError):
        run_scanner(object(), load_dataset(eval_data / "pii_small.jsonl"))


def test_duplicate_findings_collapse_and_entity_map():
    f = Finding("GPE", 0, 4, 0.8, "a")
    g = Finding("LOCATION", 0, 4, 0.9, "b")
    res = ScanResult(text="Oslo", findings=(f, g), verdict=Verdict.FLAGGED)
    p = to_prediction("x", res, {"GPE": "LOCATION"})
    # Two recognizers on the same span and (mapped) type are one prediction.
    assert [(s.entity_type, s.start, s.end) for s in p.spans] == [("LOCATION", 0, 4)]


def test_render_formats(eval_data, make_scanner, pii_script):
    ds = load_dataset(eval_data / "pii_small.jsonl")
    r = evaluate(ds, run_scanner(make_scanner(pii_script), ds))
    gates = check_gates(r, {"PERSON": 0.5})
    table = render(r, "table", gates=gates)
    assert "PHONE_NUMBER" in table and "pass" in table
    md = render(r, "markdown", gates=gates)
    assert "| micro | 6 | 7 | 5 | 1 | 1 | 0.857 | 0.833 | 0.845 |" in md
    data = json.loads(render(r, "json", gates=gates))
    assert data["micro"]["precision"] == round(6 / 7, 4)
    assert data["gates"] == [{"key": "PERSON", "minimum": 0.5, "actual": 1.0, "passed": True}]


def test_render_binary(eval_data, injection_scanner):
    ds = load_datasets([eval_data / "injection_attacks.jsonl", eval_data / "benign_prompts.jsonl"])
    r = evaluate(ds, run_scanner(injection_scanner, ds))
    md = render(r, "markdown")
    assert "| 0.500 | 0.200 | 0.667 | 0.571 | 0.900 | 2 | 1 | 2 | 4 |" in md
    assert "| 1% | 0.500 | 0.800 | 0.000 |" in md
    # No prompt text in the default report.
    assert "France" not in md and "DAN" not in md


def test_render_table_alignment():
    out = render_table(["name", "n"], [("a", 1), ("bbb", 10)])
    assert out.splitlines() == ["name   n", "----  --", "a      1", "bbb   10"]
    md = render_table(["name", "n"], [("a|b", 1)], "markdown")
    assert md.splitlines() == ["| name | n |", "| --- | ---: |", "| a\\|b | 1 |"]


def test_progress_bar_only_when_asked_or_on_a_tty(eval_data, make_scanner, capsys):
    pytest.importorskip("tqdm")
    ds = load_dataset(eval_data / "pii_small.jsonl")
    run_scanner(make_scanner({}), ds, desc="pii_small")  # stderr is not a TTY under pytest
    assert capsys.readouterr().err == ""
    run_scanner(make_scanner({}), ds, desc="pii_small", progress=True)
    err = capsys.readouterr().err
    assert "pii_small" in err and "/5" in err
