"""benchmarks/secrets_ab.py: the two-process A/B of the secrets pack's cost runs and reports per
run, and refuses a path that is not a checkout (never asserts timings)."""

from __future__ import annotations

import math
import re
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from benchmarks import secrets_ab  # noqa: E402


def test_a_path_that_is_not_a_checkout_is_refused_with_what_to_pass(tmp_path: Path) -> None:
    with pytest.raises(SystemExit, match="not a promptguard checkout"):
        secrets_ab.main(["--a", str(tmp_path), "--runs", "1", "--prompts", "10"])


def test_disabled_ids_reach_the_policy_and_pii_only_drops_the_pack() -> None:
    policy = secrets_ab._policy(False, "generic_password_assignment,,generic_secret_assignment")
    assert "secrets" in policy["packs"]
    assert policy["disable"] == ["generic_password_assignment", "generic_secret_assignment"]
    assert "secrets" not in secrets_ab._policy(True, "")["packs"]


@pytest.mark.slow
def test_a_tiny_run_reports_one_ratio_per_run(capsys: pytest.CaptureFixture[str]) -> None:
    assert secrets_ab.main(["--runs", "2", "--prompts", "20", "--b-pii-only"]) == 0
    line = capsys.readouterr().out.strip().splitlines()[-1]
    m = re.fullmatch(r"B vs A, CPU time per new 2 KB prompt: median ([+-]\d+\.\d)% \(runs (.+)\)", line)
    assert m is not None, line
    runs = m.group(2).split(", ")
    assert len(runs) == 2
    assert all(math.isfinite(float(r.rstrip("%"))) for r in runs)
