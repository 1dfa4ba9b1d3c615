"""``benchmarks/injection.py --loso-only``: the experiment entry never touches the results."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from benchmarks import injection  # noqa: E402


def test_loso_only_stops_on_a_missing_data_dir_before_any_work(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Latency and probes are not part of the experiment entry: reaching them is a failure.
    def boom(*_: object, **__: object) -> None:
        raise AssertionError("--loso-only ran a part it must skip")

    monkeypatch.setattr(injection, "latency", boom)
    monkeypatch.setattr(injection, "probe", boom)
    out = tmp_path / "results"
    rc = injection.main(["--loso-only", "--data-dir", str(tmp_path / "missing"), "--out-dir", str(out)])
    assert rc == 2
    assert "data dir not found" in capsys.readouterr().err
    assert not out.exists()


def test_loso_only_prints_figures_and_writes_no_results(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = {
        "pooled": {"attack_recall_at_fpr_2pct": 0.5, "roc_auc": 0.9},
        "per_source": {"injection_x": {"kind": "attack", "n": 3, "flagged_at_pooled_threshold": 0.667}},
        "breakdown": {"injection_x.method": {"a": 1.0}},
    }
    seen: dict[str, object] = {}

    def fake_loso(*args: object, **kwargs: object) -> dict[str, object]:
        seen.update(kwargs)
        return fake

    monkeypatch.setattr(injection, "loso", fake_loso)
    out = tmp_path / "results"
    data = tmp_path / "data"
    data.mkdir()
    assert injection.main(["--loso-only", "--data-dir", str(data), "--out-dir", str(out)]) == 0
    printed = capsys.readouterr().out
    assert '"attack_recall_at_fpr_2pct": 0.5' in printed and "injection_x" in printed and "0.667" in printed
    assert seen["in_context"] is False
    assert not out.exists()


@pytest.mark.parametrize("same_model", [True, False])
def test_skip_loso_keeps_the_last_runs_figures_of_the_same_model_only(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, same_model: bool
) -> None:
    # A latency re-time must not drop the leave-one-source-out figures of the model it times,
    # and must never carry over another model's.
    from promptguard.recognizers.injection import InjectionDetector

    version = InjectionDetector.load().model_version
    for name in ("latency", "latency_new_texts", "probe", "context_latency", "twins"):
        monkeypatch.setattr(injection, name, lambda *_, **__: {})
    monkeypatch.setattr(injection, "_markdown", lambda res: f"loso {'kept' if 'loso' in res else 'absent'}\n")
    monkeypatch.setattr(injection, "_loso_from_args", lambda *_, **__: pytest.fail("--skip-loso trained folds"))
    out = tmp_path / "results"
    out.mkdir()
    earlier = {"pooled": {"attack_recall_at_fpr_2pct": 0.5, "threshold_at_fpr_2pct": 0.4}}
    (out / "injection.json").write_text(
        injection.json.dumps({"model_version": version if same_model else "0.0.1", "loso": earlier})
    )
    assert injection.main(["--skip-loso", "--no-context", "--out-dir", str(out)]) == 0
    written = injection.json.loads((out / "injection.json").read_text())
    assert written["model_version"] == version
    if same_model:
        assert written["loso"] == earlier
        assert (out / "injection.md").read_text() == "loso kept\n"
    else:
        assert "loso" not in written
        assert "no leave-one-source-out figures of model" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        ([], {"c": None, "signal_weight": None, "n_splice": None}),
        (
            ["--c", "0.3", "--signal-weight", "2", "--n-splice", "3000"],
            {"c": 0.3, "signal_weight": 2.0, "n_splice": 3000},
        ),
    ],
)
def test_loso_only_passes_the_fit_ablations_to_the_folds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, argv: list[str], expected: dict[str, object]
) -> None:
    # A sweep of C, the signal group's weight or the splice count must reach every fold's fit;
    # unset, the folds keep train.py's own defaults (None means "not overridden").
    seen: dict[str, object] = {}

    def fake_loso(*args: object, **kwargs: object) -> dict[str, object]:
        seen.update(kwargs)
        return {"pooled": {}, "per_source": {}, "breakdown": {}}

    monkeypatch.setattr(injection, "loso", fake_loso)
    data = tmp_path / "data"
    data.mkdir()
    assert injection.main(["--loso-only", "--data-dir", str(data), *argv]) == 0
    assert {k: seen[k] for k in expected} == expected
