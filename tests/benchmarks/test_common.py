"""Shared benchmark plumbing: bad options and unwritable result folders end in a message."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest
from benchmarks.common import LiveChild, positive_int, write_results


def test_positive_int_accepts_counts_and_rejects_the_rest() -> None:
    assert positive_int("3") == 3
    for bad in ("0", "-5", "abc", "1.5"):
        with pytest.raises(argparse.ArgumentTypeError):
            positive_int(bad)


def test_unwritable_results_folder_is_a_message_not_a_traceback(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(SystemExit, match="cannot write demo results to"):
        write_results("demo", {"a": 1}, "# demo", blocker / "sub")


def test_results_are_written_as_json_and_markdown(tmp_path: Path) -> None:
    json_path, md_path = write_results("demo", {"a": 1}, "# demo", tmp_path / "out")
    assert json_path.read_text().strip().startswith("{")
    assert md_path.read_text() == "# demo\n"


def test_live_child_answers_line_by_line_and_reports_a_crash(tmp_path: Path) -> None:
    serve = 'import sys\nprint("ready", flush=True)\nfor line in sys.stdin:\n    print(int(line) * 2, flush=True)\n'
    with LiveChild(serve) as child:
        assert [child.ask(str(n)) for n in (1, 21)] == ["2", "42"]
    # A child that dies mid-conversation is an error that says why, not a hang.
    crashing = serve.replace("int(line) * 2", "1 / 0")
    with LiveChild(crashing) as child, pytest.raises(RuntimeError, match="ZeroDivisionError"):
        child.ask("1")
    with pytest.raises(RuntimeError, match=r"did not start(.|\n)*boom"):
        LiveChild('raise SystemExit("boom")')
