"""Shared benchmark plumbing: bad options and unwritable result folders end in a message."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest
from benchmarks.common import positive_int, write_results


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
