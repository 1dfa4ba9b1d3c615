"""``promptguard recognizers test``: an entry without match examples is a failure, not a pass."""

from __future__ import annotations

from pathlib import Path

import pytest
from acme_pack import GOOD_PACK

from promptguard.cli import main
from promptguard.config.examples import run_pack_examples

NO_EXAMPLES = GOOD_PACK.split("    examples:")[0]


def test_entry_without_match_examples_fails(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "acme.yaml"
    path.write_text(NO_EXAMPLES, encoding="utf-8")
    outcomes = list(run_pack_examples(path))
    assert [(o.recognizer, o.kind, o.passed) for o in outcomes] == [("employee_id", "missing", False)]
    assert main(["recognizers", "test", str(path)]) == 1
    out = capsys.readouterr().out
    assert "employee_id: no match examples" in out and "0 passed, 1 failed" in out


def test_entry_with_examples_passes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "acme.yaml"
    path.write_text(GOOD_PACK, encoding="utf-8")
    assert all(o.passed for o in run_pack_examples(path))
    assert main(["recognizers", "test", str(path)]) == 0
    assert "2 passed, 0 failed" in capsys.readouterr().out


def test_disabled_entry_needs_no_examples(tmp_path: Path) -> None:
    path = tmp_path / "acme.yaml"
    path.write_text(NO_EXAMPLES.replace("    entity: EMPLOYEE_ID\n", "    entity: EMPLOYEE_ID\n    enabled: false\n"))
    assert list(run_pack_examples(path)) == []


def test_an_imported_presidio_file_is_not_asked_for_examples(tmp_path: Path) -> None:
    # Presidio's recognizer file format has no place for examples.
    path = tmp_path / "zip.yaml"
    path.write_text(
        "recognizers:\n  - name: Zip code Recognizer\n    supported_language: en\n    supported_entity: ZIP\n"
        "    patterns:\n      - name: zip\n        regex: '\\b\\d{5}\\b'\n        score: 0.4\n",
        encoding="utf-8",
    )
    assert list(run_pack_examples(path)) == []
