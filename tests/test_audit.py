"""The hash-chained audit log and its sinks."""

from __future__ import annotations

import json
import logging
import multiprocessing
from pathlib import Path

import pytest

from promptguard.audit import (
    GENESIS,
    JsonlAuditSink,
    LoggingAuditSink,
    make_record,
    record_hash,
    text_digest,
    verify_chain,
)
from promptguard.cli import main

SECRET = "maria.plantedvalue@example-leak.io"


@pytest.fixture
def results(guard):  # type: ignore[no-untyped-def]
    return guard.sanitize_batch([f"mail {SECRET}", "nothing"])


def test_record_is_value_free(results) -> None:  # type: ignore[no-untyped-def]
    rec = make_record(results, texts=[f"mail {SECRET}", "nothing"], hmac_key=b"k" * 32, request_id="r1",
                      key_id="gw", latency_ms=1.23456, policy="default")
    assert rec["entity_counts"] == {"EMAIL_ADDRESS": 1}
    assert rec["actions"] == {"pseudonymize": 1}
    assert rec["verdict"] == "flagged" and rec["direction"] == "prompt" and rec["texts"] == 2
    assert rec["latency_ms"] == 1.235 and rec["policy"] == "default" and rec["key_id"] == "gw"
    assert rec["text_hmac"] == text_digest(b"k" * 32, [f"mail {SECRET}", "nothing"])
    assert SECRET not in json.dumps(rec) and "plantedvalue" not in json.dumps(rec)


def test_text_digest_depends_on_key_and_boundaries() -> None:
    assert text_digest(b"a" * 32, ["ab", "c"]) != text_digest(b"a" * 32, ["a", "bc"])
    assert text_digest(b"a" * 32, "x") != text_digest(b"b" * 32, "x")
    assert text_digest(b"a" * 32, "x") == text_digest(b"a" * 32, ["x"])


def test_chain_verifies_and_detects_edits(tmp_path: Path, results) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "audit.jsonl"
    sink = JsonlAuditSink(path)
    for i in range(5):
        sink(make_record(results, request_id=f"r{i}"))
    lines = path.read_text().splitlines()
    first = json.loads(lines[0])
    assert first["prev"] == GENESIS and first["hash"] == record_hash(first)
    assert verify_chain(path).ok and verify_chain(path).records == 5

    edited = json.loads(lines[3])
    edited["entity_counts"] = {}
    (tmp_path / "edit.jsonl").write_text("\n".join([*lines[:3], json.dumps(edited), *lines[4:]]) + "\n")
    report = verify_chain(tmp_path / "edit.jsonl")
    assert not report.ok and report.bad_line == 4 and "modified" in report.reason and report.records == 3

    (tmp_path / "swap.jsonl").write_text("\n".join([lines[0], lines[2], lines[1], *lines[3:]]) + "\n")
    assert verify_chain(tmp_path / "swap.jsonl").bad_line == 2

    (tmp_path / "garbage.jsonl").write_text("\n".join([*lines[:2], "{not json"]) + "\n")
    assert verify_chain(tmp_path / "garbage.jsonl").reason == "not valid JSON"
    assert not verify_chain(tmp_path / "missing.jsonl").ok


def test_a_new_sink_continues_an_existing_chain(tmp_path: Path, results) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "audit.jsonl"
    JsonlAuditSink(path)(make_record(results))
    JsonlAuditSink(path)(make_record(results))  # e.g. after a restart
    assert verify_chain(path).records == 2


def _write_many(path: str, n: int) -> None:
    sink = JsonlAuditSink(path)
    for i in range(n):
        sink({"event": "test", "i": i})


def test_processes_sharing_a_file_keep_one_chain(tmp_path: Path) -> None:
    path = tmp_path / "audit.jsonl"
    ctx = multiprocessing.get_context("spawn")
    procs = [ctx.Process(target=_write_many, args=(str(path), 40)) for _ in range(3)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
    assert all(p.exitcode == 0 for p in procs)
    report = verify_chain(path)
    assert report.ok, report
    assert report.records == 120


def test_logging_sink(caplog: pytest.LogCaptureFixture, results) -> None:  # type: ignore[no-untyped-def]
    sink = LoggingAuditSink()
    with caplog.at_level(logging.INFO, logger="promptguard.audit"):
        sink(make_record(results, request_id="abc"))
    logged = json.loads(caplog.records[-1].getMessage())
    assert logged["request_id"] == "abc" and logged["entity_counts"] == {"EMAIL_ADDRESS": 1}
    assert SECRET not in caplog.text


def test_cli_verify(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "audit.jsonl"
    _write_many(str(path), 3)
    assert main(["audit", "verify", str(path)]) == 0
    assert "3 records" in capsys.readouterr().out
    lines = path.read_text().splitlines()
    path.write_text("\n".join([lines[0], lines[2]]) + "\n")
    assert main(["audit", "verify", str(path)]) == 1
    assert "line 2" in capsys.readouterr().err


def test_cli_verify_missing_file_is_an_input_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # Exit 2 (input error) names the file; exit 1 stays "the chain is broken".
    assert main(["audit", "verify", str(tmp_path / "missing.jsonl")]) == 2
    err = capsys.readouterr().err
    assert "missing.jsonl" in err and "line None" not in err
