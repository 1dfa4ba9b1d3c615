"""``promptguard sanitize`` in a pipe: a failed detector prints nothing and exits 2."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

import pytest

from promptguard import cli
from promptguard.findings import Finding
from promptguard.guard import Guard
from promptguard.recognizers.base import StaticRecognizer


class _Broken(StaticRecognizer):
    def analyze(self, text: str) -> Iterable[Finding]:
        raise RuntimeError("detector down")


@pytest.fixture
def broken_guard(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli, "_guard", lambda args: Guard(recognizers=[_Broken("PERSON", ["x"], id="broken")]))


def test_sanitize_with_a_failed_detector_prints_nothing_and_exits_2(
    broken_guard: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "in.txt"
    path.write_text("mail jane@acme.io, Zed Plantedname", encoding="utf-8")
    assert cli.main(["sanitize", str(path)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert "recognizer 'broken' failed (RuntimeError)" in err and "not printed" in err
    assert "jane@acme.io" not in err and "Plantedname" not in err
    assert cli.main(["scan", str(path)]) == 2  # scan already said so


def test_sanitize_without_failures_still_prints(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "in.txt"
    path.write_text("mail jane@acme.io", encoding="utf-8")
    assert cli.main(["sanitize", str(path)]) == 0
    assert capsys.readouterr().out == "mail <EMAIL_ADDRESS_1>"


def test_scan_of_several_files_as_json_names_the_failed_detector(
    broken_guard: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = [tmp_path / "a.txt", tmp_path / "b.txt"]
    for p in paths:
        p.write_text("mail jane@acme.io", encoding="utf-8")
    assert cli.main(["scan", "--format", "json", *map(str, paths)]) == 2
    reports = json.loads(capsys.readouterr().out)
    assert [r["verdict"] for r in reports] == ["indeterminate", "indeterminate"]
    assert reports[0]["errors"] == ["recognizer 'broken' failed (RuntimeError)"]
