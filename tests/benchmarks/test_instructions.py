"""benchmarks/instructions.py and the callgrind helpers: the event totals of a profile (instructions
alone, or with the simulated cache's reads and misses), and a path that is not a ``src`` tree."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from benchmarks.common import callgrind_totals  # noqa: E402

from benchmarks import instructions  # noqa: E402

_CACHE_PROFILE = b"""# callgrind format
version: 1
creator: callgrind-3.19.0
events: Ir Dr Dw I1mr D1mr D1mw ILmr DLmr DLmw
fn=(1) main
16 5 2 1
summary: 487791212 138090320 61087663 5413645 2812837 681967 53480 302556 65034
totals: 487791212 138090320 61087663 5413645 2812837 681967 53480 302556 65034
"""


def test_cache_events_are_read_by_name() -> None:
    totals = callgrind_totals(_CACHE_PROFILE)
    assert totals["Ir"] == 487791212
    assert totals["D1mr"] == 2812837
    assert totals["DLmr"] == 302556
    assert len(totals) == 9


def test_instructions_alone_and_columns_left_out() -> None:
    assert callgrind_totals(b"events: Ir\nfn=(1) f\n3 7\ntotals: 15609243\n") == {"Ir": 15609243}
    assert callgrind_totals(b"events: Ir Dr DLmr\ntotals: 10 4\n") == {"Ir": 10, "Dr": 4, "DLmr": 0}
    assert callgrind_totals(b"events: Ir\n") == {}


@pytest.mark.skipif(shutil.which("valgrind") is None, reason="needs valgrind")
def test_a_path_without_the_package_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert instructions.main(["--src", str(tmp_path), "--prompts", "1", "--cache-sim"]) == 2
    assert "no promptguard package" in capsys.readouterr().err
