"""``promptguard eval`` end to end, with a fake scanner in place of the engine."""

from __future__ import annotations

import argparse
import json

import pytest

from promptguard.evaluation.cli import add_eval_parser, run_eval


@pytest.fixture
def run(make_scanner, pii_script, capsys):
    from promptguard.evaluation import cli  # noqa: F401  (module under test)

    policies = {
        None: make_scanner(pii_script),
        "old.yaml": make_scanner(pii_script),
        "empty.yaml": make_scanner({}),
    }

    def factory(policy):
        if policy not in policies:
            raise FileNotFoundError(f"{policy}: policy file not found")
        return policies[policy]

    def _run(*argv: str) -> tuple[int, str, str]:
        parser = argparse.ArgumentParser(prog="promptguard")
        add_eval_parser(parser.add_subparsers(dest="command"))
        args = parser.parse_args(["eval", *argv])
        code = run_eval(args, scanner_factory=factory)
        out, err = capsys.readouterr()
        return code, out, err

    return _run


def test_table_output(run, eval_data):
    code, out, err = run("--data", str(eval_data / "pii_small.jsonl"))
    assert code == 0, err
    assert "micro" in out and "0.857" in out  # precision 6/7
    assert "Worst misses" in out and "Call <PERSON> on [[<PHONE_NUMBER>]]" in out
    assert "555-0100" not in out and "jane@acme.io" not in out


def test_json_output_and_exact(run, eval_data):
    code, out, _ = run("--data", str(eval_data / "pii_small.jsonl"), "--format", "json", "--match", "exact")
    assert code == 0
    data = json.loads(out)
    assert data["match"] == "exact"
    assert data["micro"]["f1"] == round(4 / 13, 4)


def test_markdown_output(run, eval_data):
    code, out, _ = run("--data", str(eval_data / "pii_small.jsonl"), "--format", "markdown")
    assert code == 0
    assert out.startswith("## pii evaluation")
    assert "| entity | gold | pred |" in out


def test_fail_under_gates(run, eval_data):
    data = str(eval_data / "pii_small.jsonl")
    code, _, err = run("--data", data, "--fail-under", "PERSON=0.9", "micro=0.8")
    assert code == 0, err
    code, out, err = run("--data", data, "--fail-under", "micro=0.9")
    assert code == 1
    assert "micro = 0.8451 is below --fail-under 0.9" in err
    assert "FAIL" in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--fail-under", "PERSON"], "expected ENTITY=MIN_F1"),
        (["--fail-under", "NOPE=0.5"], "no gold spans of 'NOPE'"),
        (["--limit", "0"], "--limit"),
        (["--config", "missing.yaml"], "policy file not found"),
        (["--labels", "not-a-file"], "--labels"),
    ],
)
def test_usage_errors_exit_2(run, eval_data, argv, message):
    code, _out, err = run("--data", str(eval_data / "pii_small.jsonl"), *argv)
    assert code == 2
    assert message in err
    assert "Traceback" not in err


def test_bad_data_exits_2(run, tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "x", "spans": [}\n')
    code, _, err = run("--data", str(bad))
    assert code == 2 and "bad.jsonl:1: invalid JSON" in err
    code, _, err = run("--data", str(tmp_path / "missing.jsonl"))
    assert code == 2 and "file not found" in err


def test_labels_option(run, eval_data):
    code, out, _ = run(
        "--data",
        str(eval_data / "pii_other_labels.jsonl"),
        "--labels",
        "PER=PERSON,MAIL=EMAIL_ADDRESS,GPE=IGNORE",
        "--format",
        "json",
    )
    assert code == 0
    data = json.loads(out)
    # The scanner knows none of these texts: 3 gold spans, all missed.
    assert data["micro"]["support"] == 3 and data["micro"]["recall"] == 0.0
    assert {e["entity"] for e in data["entities"]} == {"PERSON", "EMAIL_ADDRESS"}


def test_compare(run, eval_data):
    code, out, _ = run(
        "--data",
        str(eval_data / "pii_small.jsonl"),
        "--compare",
        "old.yaml",
        "empty.yaml",
        "--fail-under",
        "micro=0.5",
    )
    # B finds nothing: the 5 found gold spans are lost and the 3 false positives
    # (12345 as a phone, Springfield as LOCATION, the phone as DATE_TIME) removed.
    assert code == 1
    assert "Lost (A found, B misses)" in out
    code, out, _ = run(
        "--data",
        str(eval_data / "pii_small.jsonl"),
        "--compare",
        "old.yaml",
        "empty.yaml",
        "--format",
        "json",
    )
    data = json.loads(out)
    assert data["counts"] == {"gained_tp": 0, "lost_tp": 5, "new_fp": 0, "removed_fp": 3}


def test_compare_and_config_conflict(run, eval_data):
    code, _, err = run("--data", str(eval_data / "pii_small.jsonl"), "--config", "old.yaml", "--compare", "a", "b")
    assert code == 2 and "not both" in err


def test_limit(run, eval_data):
    _code, out, _ = run("--data", str(eval_data / "pii_small.jsonl"), "--limit", "1", "--format", "json")
    assert json.loads(out)["n_records"] == 1


def test_injection_and_output_file(run, eval_data, tmp_path, make_scanner):
    # The default fake has no injection scores: every record is unscored, with a warning.
    out_file = tmp_path / "report.md"
    code, out, err = run(
        "--data",
        str(eval_data / "injection_attacks.jsonl"),
        str(eval_data / "benign_prompts.jsonl"),
        "--format",
        "markdown",
        "-o",
        str(out_file),
    )
    assert code == 0
    assert "9 records without a score" in out
    assert "no injection verdict" in err
    assert out_file.read_text() == out


def test_internal_error_is_not_a_traceback(eval_data, capsys, monkeypatch):
    parser = argparse.ArgumentParser()
    add_eval_parser(parser.add_subparsers())
    args = parser.parse_args(["eval", "--data", str(eval_data / "pii_small.jsonl")])

    def broken(policy):
        raise ZeroDivisionError("text that must not be printed")

    monkeypatch.delenv("PROMPTGUARD_DEBUG", raising=False)
    assert run_eval(args, scanner_factory=broken) == 2
    err = capsys.readouterr().err
    assert "ZeroDivisionError" in err and "must not be printed" not in err


def test_real_engine_profiles(eval_data, capsys):
    """With the real engine: a built-in profile name works, an unknown one is exit 2."""
    pytest.importorskip("promptguard.guard")
    from promptguard.evaluation.cli import main

    code = main(["eval", "--data", str(eval_data / "pii_small.jsonl"), "--config", "default", "--format", "json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    data = json.loads(out)
    assert data["n_records"] == 5 and data["micro"]["support"] == 6
    # The e-mail in r1 is the kind of thing any default policy finds.
    assert next(e for e in data["entities"] if e["entity"] == "EMAIL_ADDRESS")["tp"] == 1

    code = main(["eval", "--data", str(eval_data / "pii_small.jsonl"), "--config", "no-such-profile"])
    err = capsys.readouterr().err
    assert code == 2 and "no-such-profile" in err and "Traceback" not in err


def test_entities_restricts_scope(run, eval_data):
    code, out, _ = run(
        "--data", str(eval_data / "pii_small.jsonl"), "--entities", "PERSON,EMAIL_ADDRESS", "--format", "json"
    )
    assert code == 0
    data = json.loads(out)
    # Only the two types: 3 gold spans (2 PERSON + 1 e-mail), 3 predictions, all correct.
    assert [e["entity"] for e in data["entities"]] == ["EMAIL_ADDRESS", "PERSON"]
    assert (data["micro"]["support"], data["micro"]["predicted"], data["micro"]["f1"]) == (3, 3, 1.0)
    assert data["misses"] == [] and data["false_positives"] == []


def test_gate_typo_fails_before_scanning(eval_data, capsys, make_scanner):
    scanner = make_scanner({})
    parser = argparse.ArgumentParser()
    add_eval_parser(parser.add_subparsers())
    args = parser.parse_args(["eval", "--data", str(eval_data / "pii_small.jsonl"), "--fail-under", "PERSN=0.8"])
    assert run_eval(args, scanner_factory=lambda policy: scanner) == 2
    assert "PERSN" in capsys.readouterr().err
    assert scanner.calls == 0
    args = parser.parse_args(
        ["eval", "--data", str(eval_data / "injection_attacks.jsonl"), "--fail-under", "recal=0.8"]
    )
    assert run_eval(args, scanner_factory=lambda policy: scanner) == 2
    assert "unknown gate 'recal'" in capsys.readouterr().err


def test_entity_name_typos_fail_before_scanning(eval_data, capsys, make_scanner):
    # A typo in --entities or --secret-entities would only show as zeros in the report (and
    # make a gate judge the wrong thing): refused, with the closest real name.
    scanner = make_scanner({})
    parser = argparse.ArgumentParser()
    add_eval_parser(parser.add_subparsers())
    pii = str(eval_data / "pii_small.jsonl")
    args = parser.parse_args(["eval", "--data", pii, "--entities", "PERSN,EMAIL_ADDRESS"])
    assert run_eval(args, scanner_factory=lambda policy: scanner) == 2
    assert "--entities: 'PERSN' matches nothing; did you mean 'PERSON'?" in capsys.readouterr().err
    assert scanner.calls == 0

    from promptguard.guard import Guard

    guard = Guard({"schema_version": 1, "name": "t", "packs": ["secrets"]})
    data = str(eval_data / "secrets_small.jsonl")
    args = parser.parse_args(["eval", "--data", data, "--secret-entities", "AWS_ACCESS_KEY,GITHUB_TOKEN"])
    assert run_eval(args, scanner_factory=lambda policy: guard) == 2
    assert "did you mean 'AWS_ACCESS_KEY_ID'?" in capsys.readouterr().err
    args = parser.parse_args(["eval", "--data", data, "--secret-entities", "AWS_ACCESS_KEY_ID,GITHUB_TOKEN"])
    assert run_eval(args, scanner_factory=lambda policy: guard) in (0, 1)
