"""The benchmark suite runs and writes well-formed output (never asserts timings)."""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from benchmarks import common, run  # noqa: E402


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO), str(REPO / "src"), env.get("PYTHONPATH", "")) if p)
    return env


@pytest.mark.slow
def test_quick_speed_run_writes_wellformed_json_and_markdown(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--quick", "--only", "speed", "--results-dir", str(tmp_path)],
        cwd=REPO,
        env=_env(),
        capture_output=True,
        text=True,
        timeout=400,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]

    # Strict JSON: json.loads would accept NaN, so forbid it explicitly.
    data = json.loads((tmp_path / "speed.json").read_text(), parse_constant=lambda c: pytest.fail(f"JSON has {c}"))
    assert data["quick"] is True
    assert data["entities"] and set(data["entities"]) <= set(data["presidio_entities_all"])
    for label in ("200 B", "2 KB", "20 KB", "1 MB"):
        row = data["latency"][label]
        pg = row["promptguard"]
        assert pg["n"] >= 1 and 0 < pg["median_ms"] <= pg["p95_ms"] <= pg["max_ms"]
    two = data["latency"]["2 KB"]["presidio"]
    assert two["ratio_median"] == pytest.approx(two["median_ms"] / data["latency"]["2 KB"]["promptguard"]["median_ms"])
    for engine in ("promptguard default profile", "promptguard", "presidio"):
        cold = data["cold_start"][engine]
        if engine == "promptguard default profile" and "error" in cold:
            continue  # reported in speed.md; the default profile includes parts other issues own
        assert 0 < cold["import_s"] <= cold["first_s"] < cold["process_wall_s"]
        assert cold["rss_first_mib"] > 1
    assert {t["target"] for t in data["targets"]} and all(isinstance(t["met"], bool) for t in data["targets"])
    new = data["secrets_overhead"]["new_prompts"]  # the pack's cost on text it has not seen
    assert new["count"] == 8 and new["pii"]["n"] == new["pii+secrets"]["n"] == 8
    cpu = new["pii+secrets"]["cpu_median_ms"] / new["pii"]["cpu_median_ms"]
    assert new["extra_fraction_cpu"] == pytest.approx(cpu - 1)
    # Judged: the median of each run's own fraction (one run in a quick run), pooled alongside.
    assert new["extra_fraction_cpu_runs"] == [pytest.approx(cpu - 1)]
    assert new["extra_fraction_cpu_pooled"] == pytest.approx(cpu - 1)
    again = new["rescanned"]  # the same prompts, same processes, scanned again
    assert again["pii"]["n"] == again["pii+secrets"]["n"] == 8 * new["rescans"]
    cpu = again["pii+secrets"]["cpu_median_ms"] / again["pii"]["cpu_median_ms"]
    assert again["extra_fraction_cpu"] == pytest.approx(cpu - 1)
    judged = [t for t in data["targets"] if "secrets pack adds" in t["target"]]
    assert len(judged) == 2
    assert {t["cpu"] for t in judged} == {new["extra_fraction_cpu"] * 100, again["extra_fraction_cpu"] * 100}

    md = (tmp_path / "speed.md").read_text()
    assert md.startswith("# ") and "| Input |" in md and "## Targets" in md
    assert "| pii+secrets, each prompt seen once (n=8, one process per configuration) |" in md
    assert "| pii+secrets, the same prompts rescanned (x1) |" in md
    table = [line for line in md.splitlines() if line.startswith("| 2 KB")]
    assert len(table) == 1 and table[0].count("|") == 9  # 8 columns

    summary = (tmp_path / "SUMMARY.md").read_text()
    assert "| Engine speed and memory (vs Presidio, pattern-only) | ok |" in summary
    status = json.loads((tmp_path / "run.json").read_text())
    assert status["parts"]["speed"]["status"] == "ok"
    assert "Quick smoke run" in md


def test_missing_part_is_reported_and_fails_the_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bogus = run.Part("bogus", "no_such_part", "Bogus part", "bogus")
    monkeypatch.setattr(run, "PARTS", (*run.PARTS, bogus))
    monkeypatch.setitem(run._BY_NAME, "bogus", bogus)
    (tmp_path / "accuracy.md").write_text("# Accuracy\n\n| a | b |\n|---|---|\n")

    assert run.main(["--only", "bogus", "--results-dir", str(tmp_path)]) == 1

    status = json.loads((tmp_path / "run.json").read_text())
    assert status["parts"] == {
        "bogus": {
            "status": "missing",
            "exit_code": None,
            "seconds": 0.0,
            "detail": "benchmarks/no_such_part.py does not exist",
        }
    }
    summary = (tmp_path / "SUMMARY.md").read_text()
    assert "| Bogus part | missing" in summary
    # A part not run this time keeps its previous section, headings pushed one level down.
    assert "not run now" in summary and "\n## Accuracy\n" in summary and "\n# Accuracy" not in summary


def test_unknown_part_name_is_a_usage_error() -> None:
    with pytest.raises(SystemExit, match="unknown part 'nope'"):
        run.main(["--only", "speed,nope"])


def test_percentile_matches_linear_interpolation() -> None:
    assert common.percentile([1.0, 2.0, 3.0, 4.0, 5.0], 50) == 3.0
    assert common.percentile([10.0, 20.0], 95) == pytest.approx(19.5)
    assert common.percentile([7.0], 95) == 7.0
    assert math.isnan(common.percentile([], 50))


def test_prompts_are_deterministic_and_sized() -> None:
    for size in (200, 2048, 20 * 1024):
        a = common.make_prompt(size, 3)
        assert a == common.make_prompt(size, 3)
        assert 0.8 * size <= len(a.encode("utf-8")) <= size
    assert common.make_prompt(2048, 1) != common.make_prompt(2048, 2)


def test_write_results_is_strict_json(tmp_path: Path) -> None:
    common.write_results("x", {"a": float("nan"), "b": [1.5, float("inf")], "p": Path("/tmp")}, "# X", tmp_path)
    assert json.loads((tmp_path / "x.json").read_text()) == {"a": None, "b": [1.5, None], "p": "/tmp"}
    assert (tmp_path / "x.md").read_text() == "# X\n"


def test_check_pins_warns_on_a_mismatch(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setitem(common.PINNED, "pytest", "0.0.1")
    installed = common.check_pins(["pytest"])
    assert installed["pytest"] and installed["pytest"] != "0.0.1"
    assert "figures are pinned to pytest==0.0.1" in capsys.readouterr().err


def test_a_part_not_run_now_is_dated_by_its_measurement_not_the_file_time(tmp_path: Path) -> None:
    # A clone or checkout gives every result file the time it was written locally; the summary
    # says when the figures were measured, which the JSON records.
    md, js = tmp_path / "speed.md", tmp_path / "speed.json"
    md.write_text("# speed\n")
    js.write_text(json.dumps({"environment": {"date_utc": "2026-01-02T03:04:05Z"}}))
    assert run._result_date(js, md) == "2026-01-02 03:04 UTC"
    js.write_text(json.dumps({"meta": {"date": "2026-01-03 04:05 UTC"}}))  # the accuracy part's header
    assert run._result_date(js, md) == "2026-01-03 04:05 UTC"
    js.write_text("not json")  # unreadable: the file time, not an error
    os.utime(md, (1767323045, 1767323045))  # 2026-01-02 03:04:05 UTC
    assert run._result_date(js, md) == "2026-01-02 03:04 UTC"
    js.unlink()
    assert run._result_date(js, md) == "2026-01-02 03:04 UTC"
