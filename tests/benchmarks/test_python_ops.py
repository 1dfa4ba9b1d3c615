"""benchmarks/python_ops.py: names the Python functions the secrets pack adds bytecode
instructions to, from one process per configuration, and refuses a path that is not a ``src``
tree."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from benchmarks import python_ops  # noqa: E402


def test_a_path_without_the_package_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert python_ops.main(["--src", str(tmp_path), "--warm", "1", "--prompts", "1"]) == 2
    assert "no promptguard package" in capsys.readouterr().err


def test_added_subtracts_per_function_and_puts_the_most_added_first() -> None:
    base = {"ops": {"a.py:1:f": 10, "a.py:9:g": 5}, "calls": {"a.py:1:f": 1, "a.py:9:g": 1}}
    more = {
        "ops": {"a.py:1:f": 12, "a.py:9:g": 5, "b.py:3:h": 7},
        "calls": {"a.py:1:f": 1, "a.py:9:g": 1, "b.py:3:h": 2},
    }
    assert python_ops.added(base, more) == [("b.py:3:h", 7, 2), ("a.py:1:f", 2, 0), ("a.py:9:g", 0, 0)]


def test_a_tiny_run_attributes_the_pack_to_its_recognizers(capsys: pytest.CaptureFixture[str]) -> None:
    # Warm-up enough prompts that the patterns compiled on first use (_lazyre) are built before
    # the counted ones: their compiles would crowd the top of a 3-prompt table.
    assert python_ops.main(["--warm", "40", "--prompts", "3", "--top", "15"]) == 0
    out = capsys.readouterr().out.splitlines()
    totals = re.fullmatch(r"bytecode instructions per prompt: pii (\d+), pii\+secrets (\d+)", out[0])
    assert totals is not None
    pii, both = int(totals[1]), int(totals[2])
    assert both > pii > 0
    listed = out[3:]
    assert len(listed) == 15
    # The assignment detector runs on every prompt with a secret-like name (most of them).
    assert any("entropy.py" in row for row in listed)
