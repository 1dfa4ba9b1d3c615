"""benchmarks/accuracy.py runs end to end and writes well-formed output (numbers not asserted:
they belong to the real engine). Uses the small hand-made files, without Presidio or NER."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "accuracy.py"


@pytest.fixture
def accuracy():
    if not SCRIPT.is_file():
        pytest.skip("benchmarks/accuracy.py not in this tree")
    spec = importlib.util.spec_from_file_location("bench_accuracy", SCRIPT)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_quick_run_writes_json_and_markdown(accuracy, eval_data, tmp_path, capsys):
    pytest.importorskip("detect_secrets")
    code = accuracy.main(["--quick", "--data-dir", str(eval_data), "--out", str(tmp_path), "--no-presidio", "--no-ner"])
    assert code == 0
    res = json.loads((tmp_path / "accuracy.json").read_text())
    assert res["meta"]["quick"] is True
    assert set(res["meta"]["systems"]) == {"promptguard", "detect-secrets"}
    synth = res["pii"]["pii_small"]
    assert synth["records"] == 5
    assert set(synth["systems"]["promptguard"]["micro"]) == {"all", "structured", "names"}
    assert synth["systems"]["promptguard"]["micro"]["all"]["support"] == 6
    sec = res["secrets"]["datasets"]["secrets_small"]["systems"]
    assert set(sec) == {"promptguard", "detect-secrets"}
    assert sec["detect-secrets"]["positives"] == 3
    assert res["secrets"]["benign"]["records"] == 5
    assert res["injection"]["records"] == 9
    md = (tmp_path / "accuracy.md").read_text()
    assert md.startswith("# Accuracy benchmark")
    assert "| pii_small | all |" in md
    assert "pii_small — span F1" in capsys.readouterr().out


def test_missing_data_dir_exits_2(accuracy, tmp_path):
    assert accuracy.main(["--data-dir", str(tmp_path / "nope"), "--out", str(tmp_path), "--no-presidio"]) == 2
