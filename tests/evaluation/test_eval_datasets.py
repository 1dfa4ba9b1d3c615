from __future__ import annotations

import json

import pytest

from promptguard.evaluation.datasets import (
    DatasetError,
    default_data_dir,
    detect_task,
    load_dataset,
    load_datasets,
    parse_label_map,
)


def write(tmp_path, name, lines):
    p = tmp_path / name
    p.write_text("\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines) + "\n")
    return p


def test_detects_tasks(eval_data):
    assert load_dataset(eval_data / "pii_small.jsonl").task == "pii"
    assert load_dataset(eval_data / "injection_attacks.jsonl").task == "injection"
    assert load_dataset(eval_data / "secrets_small.jsonl").task == "secrets"
    assert detect_task({"text": "x", "label": 1}, "secrets_foo.jsonl") == "secrets"


def test_pii_records(eval_data):
    ds = load_dataset(eval_data / "pii_small.jsonl")
    assert len(ds) == 5
    assert ds.labels == ("EMAIL_ADDRESS", "PERSON", "PHONE_NUMBER", "STREET_ADDRESS")
    r1 = ds.records[0]
    assert r1.id == "r1" and r1.dataset == "pii_small"
    assert [r1.text[s.start : s.end] for s in r1.spans] == ["Jane Doe", "jane@acme.io"]
    # A record never prints its text.
    assert "Jane" not in repr(r1)


def test_limit_is_per_file(eval_data):
    ds = load_datasets([eval_data / "injection_attacks.jsonl", eval_data / "benign_prompts.jsonl"], limit=2)
    assert [r.id for r in ds.records] == ["a1", "a2", "b1", "b2"]


def test_directory_input(tmp_path):
    write(tmp_path, "a.jsonl", [{"id": 1, "text": "t", "label": 1}])
    write(tmp_path, "b.jsonl", [{"id": 1, "text": "u", "label": 0}])
    ds = load_datasets([tmp_path])
    # Both files number their records from 1: ids are qualified by file.
    assert [r.id for r in ds.records] == ["a/1", "b/1"]


@pytest.mark.parametrize(
    ("lines", "message"),
    [
        (["{not json"], r"bad\.jsonl:1: invalid JSON"),
        ([{"id": 1, "text": "x"}], "need 'spans'"),
        ([{"text": 3, "label": 1}], "'text' must be a string"),
        ([{"text": "abc", "spans": [{"start": 1, "end": 9, "label": "X"}]}], "outside the text"),
        ([{"text": "abc", "spans": [{"start": 0, "end": 1}]}], "string 'label'"),
        ([{"text": "abc", "label": 2}], "must be 0 or 1"),
        (["[1, 2]"], "must be a JSON object"),
        ([""], "file is empty"),
    ],
)
def test_input_errors_name_file_and_line(tmp_path, lines, message):
    p = write(tmp_path, "bad.jsonl", lines)
    with pytest.raises(DatasetError, match=message):
        load_dataset(p)


def test_error_never_quotes_text(tmp_path):
    p = write(tmp_path, "bad.jsonl", [{"text": "AKIASECRETVALUE", "spans": [{"start": 0, "end": 99, "label": "X"}]}])
    with pytest.raises(DatasetError) as exc:
        load_dataset(p)
    assert "AKIA" not in str(exc.value)


def test_missing_file_and_mixed_tasks(tmp_path, eval_data):
    with pytest.raises(DatasetError, match="not found"):
        load_dataset(tmp_path / "nope.jsonl")
    with pytest.raises(DatasetError, match="mix evaluation tasks"):
        load_datasets([eval_data / "pii_small.jsonl", eval_data / "secrets_small.jsonl"])
    # An attack file is not a set of negatives for a PII run.
    with pytest.raises(DatasetError, match="mix"):
        load_datasets([eval_data / "pii_small.jsonl", eval_data / "injection_attacks.jsonl"])


def test_benign_file_joins_pii_run(eval_data):
    ds = load_datasets([eval_data / "pii_small.jsonl", eval_data / "benign_prompts.jsonl"])
    assert ds.task == "pii" and len(ds) == 10


def test_label_map_parsing(tmp_path):
    assert parse_label_map(["PER=PERSON,LOC=LOCATION", "MISC="]) == {
        "PER": "PERSON",
        "LOC": "LOCATION",
        "MISC": "",
    }
    f = tmp_path / "map.json"
    f.write_text('{"GPE": "LOCATION"}')
    assert parse_label_map([str(f)]) == {"GPE": "LOCATION"}
    y = tmp_path / "map.yaml"
    y.write_text("GPE: LOCATION\nNORP: NRP\n")
    assert parse_label_map([str(y)]) == {"GPE": "LOCATION", "NORP": "NRP"}
    with pytest.raises(DatasetError):
        parse_label_map(["nonexistent-file"])
    with pytest.raises(DatasetError):
        parse_label_map(["=X"])


def test_default_data_dir(monkeypatch, tmp_path):
    monkeypatch.setenv("PROMPTGUARD_DATASETS", str(tmp_path))
    assert default_data_dir() == tmp_path
    monkeypatch.delenv("PROMPTGUARD_DATASETS")
    assert default_data_dir().parts[-2:] == ("shared", "datasets")
