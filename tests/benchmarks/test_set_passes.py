"""benchmarks/set_passes.py: times each RE2 pass of a PII + secrets scan (the secrets pack's
sets and its assignment hints among them) and refuses a path that is not a ``src`` tree (never
asserts timings)."""

from __future__ import annotations

import math
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from benchmarks import set_passes  # noqa: E402


def test_a_path_without_the_package_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert set_passes.main(["--src", str(tmp_path), "--warm", "1", "--prompts", "1", "--rounds", "1"]) == 2
    assert "no promptguard package" in capsys.readouterr().err


def test_every_pass_of_the_scan_is_listed() -> None:
    names = [name for name, _ in set_passes.passes(REPO / "src")]
    assert sum("(secrets)" in name for name in names) == 2  # the provider-token set and the rest
    assert any("pii-core" in name for name in names)
    assert "assignment hints" in names


def test_a_tiny_run_prints_new_and_again_per_pass(capsys: pytest.CaptureFixture[str]) -> None:
    assert set_passes.main(["--warm", "2", "--prompts", "2", "--rounds", "1"]) == 0
    rows = capsys.readouterr().out.strip().splitlines()[2:]
    assert len(rows) == len(set_passes.passes(REPO / "src"))
    for row in rows:
        new, again = (float(x) for x in row.split()[-2:])
        assert math.isfinite(new) and math.isfinite(again) and new >= 0 and again >= 0


def test_cold_mode_adds_a_column_per_pass(capsys: pytest.CaptureFixture[str]) -> None:
    assert set_passes.main(["--warm", "2", "--prompts", "2", "--rounds", "1", "--cold"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert "MiB written before each pass" in lines[1]
    assert lines[2].split()[-3:] == ["new", "again", "cold"]
    rows = lines[3:]
    assert len(rows) == len(set_passes.passes(REPO / "src"))
    for row in rows:
        values = [float(x) for x in row.split()[-3:]]
        assert all(math.isfinite(v) and v >= 0 for v in values)
