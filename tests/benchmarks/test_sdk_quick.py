"""The SDK overhead benchmark runs and writes well-formed output (never asserts timings)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

pytest.importorskip("anthropic")
pytest.importorskip("uvicorn")

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from benchmarks import sdk_overhead  # noqa: E402


@pytest.mark.slow
@pytest.mark.network
def test_quick_sdk_run_writes_wellformed_json_and_markdown(tmp_path: Path) -> None:
    assert sdk_overhead.main(["--quick", "--pace", "0", "--out", str(tmp_path)]) == 0
    data = json.loads((tmp_path / "sdk.json").read_text(), parse_constant=lambda c: pytest.fail(f"JSON has {c}"))
    assert data["quick"] is True
    for name, variant in data["variants"].items():
        assert variant["non_streaming"]["calls"] == 20
        for setting in ("scan_cache_on", "scan_cache_off"):
            mt = variant["multi_turn"][setting]
            assert len(mt["added_thread_cpu_median_ms_by_turn"]) == mt["turns"] == 4
            assert mt["messages_in_last_call"] == 7
        assert variant["multi_turn"]["scan_cache_off"]["scan_cache"] == 0
        assert isinstance(data["verdict"][name]["added_per_call_ok"], bool)
    md = (tmp_path / "sdk.md").read_text()
    assert md.startswith("# Anthropic SDK middleware overhead") and "### Multi-turn chat" in md


def test_prompts_are_never_repeated() -> None:
    a, b = sdk_overhead.prompt_2kb(1), sdk_overhead.prompt_2kb(2)
    assert a != b and len(a) == len(b) == len(sdk_overhead.prompt_2kb()) == 2048
