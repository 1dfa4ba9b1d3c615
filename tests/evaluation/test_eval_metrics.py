"""Metrics on hand-made files; every expected number is worked out in the comments."""

from __future__ import annotations

import pytest

from promptguard.evaluation.datasets import load_dataset, load_datasets
from promptguard.evaluation.metrics import (
    OUTSIDE,
    check_gates,
    evaluate,
    evaluate_binary,
    evaluate_spans,
    mask_context,
    parse_gates,
    recall_at_fpr,
    roc_auc,
)
from promptguard.evaluation.runner import run_scanner


@pytest.fixture
def pii(eval_data, pii_scanner):
    ds = load_dataset(eval_data / "pii_small.jsonl")
    return ds, run_scanner(pii_scanner, ds)


# Gold: PERSON 2 (Jane Doe, Bob), EMAIL_ADDRESS 1, STREET_ADDRESS 2, PHONE_NUMBER 1 = 6.
# Predictions in scope: PERSON 2, EMAIL 1, STREET 3 (one partial + one split in two),
# PHONE 1 (a false positive on "12345"), so 7; LOCATION and DATE_TIME are not annotated.


def test_overlap_per_entity(pii):
    ds, preds = pii
    r = evaluate_spans(ds, preds, match="overlap")
    person = r.entity("PERSON")
    # "Jane" overlaps "Jane Doe", "Bob" is exact: 2/2 found, 2/2 correct.
    assert (person.support, person.predicted, person.tp, person.tp_pred) == (2, 2, 2, 2)
    assert person.f1 == 1.0
    street = r.entity("STREET_ADDRESS")
    # Both gold addresses found; all three predictions overlap one: P = 3/3, R = 2/2.
    assert (street.support, street.predicted, street.tp, street.tp_pred) == (2, 3, 2, 3)
    assert (street.precision, street.recall) == (1.0, 1.0)
    phone = r.entity("PHONE_NUMBER")
    # The real phone is missed (predicted DATE_TIME), the predicted one is on an order id.
    assert (phone.support, phone.predicted, phone.tp, phone.tp_pred) == (1, 1, 0, 0)
    assert (phone.precision, phone.recall, phone.f1) == (0.0, 0.0, 0.0)
    assert (phone.fn, phone.fp) == (1, 1)
    loc = r.entity("LOCATION")
    assert loc is not None and not loc.in_scope and loc.predicted == 1


def test_overlap_micro(pii):
    ds, preds = pii
    m = evaluate_spans(ds, preds, match="overlap").micro
    # tp (gold found) = 2 + 1 + 2 + 0 = 5 of 6; correct predictions = 2 + 1 + 3 + 0 = 6 of 7.
    assert (m.support, m.predicted, m.tp, m.tp_pred) == (6, 7, 5, 6)
    assert m.precision == pytest.approx(6 / 7)
    assert m.recall == pytest.approx(5 / 6)
    # F1 = 2 * 6/7 * 5/6 / (6/7 + 5/6) = (10/7) / (71/42) = 60/71
    assert m.f1 == pytest.approx(60 / 71)


def test_exact_scores(pii):
    ds, preds = pii
    r = evaluate_spans(ds, preds, match="exact")
    # Only "Bob" and the e-mail have identical offsets.
    assert r.entity("PERSON").precision == 0.5 and r.entity("PERSON").recall == 0.5
    assert r.entity("EMAIL_ADDRESS").f1 == 1.0
    assert r.entity("STREET_ADDRESS").tp == 0 and r.entity("STREET_ADDRESS").predicted == 3
    m = r.micro
    assert (m.support, m.predicted, m.tp, m.tp_pred) == (6, 7, 2, 2)
    # P = 2/7, R = 2/6 = 1/3, F1 = (4/21) / (13/21) = 4/13
    assert m.precision == pytest.approx(2 / 7)
    assert m.recall == pytest.approx(1 / 3)
    assert m.f1 == pytest.approx(4 / 13)


def test_confusion_overlap(pii):
    ds, preds = pii
    c = evaluate_spans(ds, preds, match="overlap").confusion
    assert c["PERSON"] == {"PERSON": 2}
    assert c["STREET_ADDRESS"] == {"STREET_ADDRESS": 2}
    assert c["PHONE_NUMBER"] == {"DATE_TIME": 1}
    # Only the "12345" phone touches no gold span at all; LOCATION and DATE_TIME overlap one.
    assert c[OUTSIDE] == {"PHONE_NUMBER": 1}


def test_confusion_exact(pii):
    ds, preds = pii
    c = evaluate_spans(ds, preds, match="exact").confusion
    assert c["PERSON"] == {"PERSON": 1, OUTSIDE: 1}
    assert c["STREET_ADDRESS"] == {OUTSIDE: 2}
    assert c["PHONE_NUMBER"] == {"DATE_TIME": 1}  # DATE_TIME has the phone's exact offsets
    assert c[OUTSIDE] == {"PERSON": 1, "LOCATION": 1, "STREET_ADDRESS": 3, "PHONE_NUMBER": 1}


def test_worst_examples_are_masked(pii):
    ds, preds = pii
    r = evaluate_spans(ds, preds, match="overlap")
    assert [m.record_id for m in r.misses] == ["r4"]
    miss = r.misses[0]
    assert miss.entity == "PHONE_NUMBER" and miss.other == "DATE_TIME"
    # The neighbouring name is masked too, not only the missed value.
    assert miss.context == "Call <PERSON> on [[<PHONE_NUMBER>]]"
    assert "555" not in miss.context and "Bob" not in miss.context
    # False positives, most confident first: 12345 (0.9), Springfield (0.6), 555-0100 (0.3).
    assert [(f.record_id, f.entity, f.other) for f in r.false_positives] == [
        ("r3", "PHONE_NUMBER", None),
        ("r2", "LOCATION", "STREET_ADDRESS"),
        ("r4", "DATE_TIME", "PHONE_NUMBER"),
    ]
    assert r.false_positives[0].context == "Order [[<PHONE_NUMBER>]] is here"
    assert "Springfield" not in r.false_positives[1].context


def test_show_values_unmasks(pii):
    ds, preds = pii
    r = evaluate_spans(ds, preds, match="overlap", show_values=True)
    assert r.misses[0].context == "Call Bob on [[555-0100]]"


def test_mask_context_window_and_newlines():
    text = "x" * 50 + "secret\nvalue" + "y" * 50
    ctx = mask_context(text, 50, 62, "SECRET", width=5)
    assert ctx == "…xxxxx[[<SECRET>]]yyyyy…"


def test_label_mapping_and_ignore(eval_data):
    ds = load_dataset(
        eval_data / "pii_other_labels.jsonl",
        label_map={"PER": "PERSON", "MAIL": "EMAIL_ADDRESS", "GPE": "IGNORE"},
    )
    assert ds.labels == ("EMAIL_ADDRESS", "PERSON")
    assert sum(len(r.spans) for r in ds.records) == 3


def test_scan_errors_count_as_misses(eval_data, make_scanner, pii_script):
    ds = load_dataset(eval_data / "pii_small.jsonl")
    scanner = make_scanner(pii_script, fail_on=["Contact Jane Doe at jane@acme.io now"])
    preds = run_scanner(scanner, ds)
    r = evaluate_spans(ds, preds, match="overlap")
    assert r.n_errors == 1 and r.error_records == ("r1",)
    # r1's two gold spans are now misses: recall 3/6.
    assert r.micro.recall == pytest.approx(3 / 6)
    # The raised message quoted the text; only the exception type is kept.
    err = next(p.error for p in preds if p.record_id == "r1")
    assert err == "scan raised RuntimeError"


# --------------------------------------------------------------------------- injection
@pytest.fixture
def injection(eval_data, injection_scanner):
    ds = load_datasets([eval_data / "injection_attacks.jsonl", eval_data / "benign_prompts.jsonl"])
    return ds, run_scanner(injection_scanner, ds)


def test_injection_metrics(injection):
    ds, preds = injection
    assert ds.task == "injection"
    r = evaluate_binary(ds, preds)
    # Flagged at 0.5: attacks 0.9, 0.8 (2 of 4); benign 0.7 (1 of 5).
    assert (r.positives, r.negatives, r.tp, r.fp) == (4, 5, 2, 1)
    assert r.recall == 0.5
    assert r.fpr == pytest.approx(0.2)
    assert r.precision == pytest.approx(2 / 3)
    assert r.f1 == pytest.approx(4 / 7)  # 2 * 2/3 * 1/2 / (2/3 + 1/2)
    # AUC: 0.9 and 0.8 beat all 5 negatives, 0.4 and 0.3 beat 4 (not 0.7): 18 / 20.
    assert r.auc == pytest.approx(0.9)
    # With no false positive allowed, the best threshold is 0.8: recall 2/4 at 1%, 2%, 5%.
    assert [(x.target_fpr, x.recall, x.threshold) for x in r.recall_at_fpr] == [
        (0.01, 0.5, 0.8),
        (0.02, 0.5, 0.8),
        (0.05, 0.5, 0.8),
    ]
    by_name = {g.name: g for g in r.per_dataset}
    assert by_name["injection_attacks"].recall == 0.5
    assert by_name["benign_prompts"].fpr == pytest.approx(0.2)
    # Misses / false positives name records only: no prompt text unless asked.
    assert {m.record_id for m in r.misses} == {"a3", "a4"}
    assert r.false_positives[0].record_id == "b1"
    assert "France" not in r.false_positives[0].context


def test_recall_at_wider_fpr():
    scores = [0.9, 0.8, 0.4, 0.3, 0.7, 0.2, 0.1, 0.05, 0.0]
    labels = [1, 1, 1, 1, 0, 0, 0, 0, 0]
    (r,) = recall_at_fpr(scores, labels, (0.2,))
    # Down to 0.3 one negative (0.7) is flagged: FPR 1/5 = 0.2, recall 4/4.
    assert (r.recall, r.threshold, r.fpr) == (1.0, 0.3, 0.2)


def test_recall_at_fpr_keeps_the_fewest_false_positives():
    # One attack at 0.9; 20 benign: one at 0.5, the rest at 0. At 5% FPR the threshold 0.5 is
    # allowed (1/20) but gains no recall over 0.9, which has no false positive.
    scores = [0.9, 0.5] + [0.0] * 19
    labels = [1] + [0] * 20
    (r,) = recall_at_fpr(scores, labels, (0.05,))
    assert (r.recall, r.threshold, r.fpr) == (1.0, 0.9, 0.0)


def test_auc_ties_and_one_class():
    assert roc_auc([0.5, 0.5], [1, 0]) == 0.5
    assert roc_auc([1.0, 0.0], [1, 0]) == 1.0
    assert roc_auc([0.0, 1.0], [1, 0]) == 0.0
    assert roc_auc([0.3, 0.4], [1, 1]) is None


def test_injection_one_class_has_no_auc(eval_data, injection_scanner):
    ds = load_dataset(eval_data / "injection_attacks.jsonl")
    r = evaluate_binary(ds, run_scanner(injection_scanner, ds))
    assert r.recall == 0.5 and r.fpr is None and r.auc is None and r.recall_at_fpr == ()


def test_injection_without_verdicts_is_unscored(eval_data, pii_scanner):
    ds = load_datasets([eval_data / "injection_attacks.jsonl", eval_data / "benign_prompts.jsonl"])
    r = evaluate_binary(ds, run_scanner(pii_scanner, ds))
    assert r.n_unscored == 9 and r.tp == 0
    # No score at all is not "a useless detector" (AUC 0.5): it is no measurement.
    assert r.auc is None and r.recall_at_fpr == ()


# --------------------------------------------------------------------------- secrets
def test_secrets_record_level(eval_data, secrets_scanner):
    ds = load_dataset(eval_data / "secrets_small.jsonl")
    assert ds.task == "secrets"
    r = evaluate(ds, run_scanner(secrets_scanner, ds))
    # s1 (GITHUB_TOKEN) and s2 (AWS_ACCESS_KEY_ID) found, s3 missed (only a PERSON finding);
    # s4 flagged (PASSWORD on a placeholder), s5 only has an e-mail.
    assert (r.positives, r.negatives, r.tp, r.fp) == (3, 2, 2, 1)
    assert r.recall == pytest.approx(2 / 3)
    assert r.fpr == 0.5
    # Scores: positives 0.99, 0.95, 0 ; negatives 0.6, 0. Wins: 2 + 2 + 0.5 (tie) of 6.
    assert r.auc == pytest.approx(4.5 / 6)
    assert r.recall_at_fpr == ()


def test_secret_entities_option(eval_data, secrets_scanner):
    ds = load_dataset(eval_data / "secrets_small.jsonl")
    preds = run_scanner(secrets_scanner, ds)
    r = evaluate_binary(ds, preds, secret_entities=frozenset({"GITHUB_TOKEN"}))
    assert r.recall == pytest.approx(1 / 3) and r.fpr == 0.0


def test_benign_file_joins_secrets_run_as_negatives(eval_data, secrets_scanner):
    ds = load_datasets([eval_data / "secrets_small.jsonl", eval_data / "benign_prompts.jsonl"])
    assert ds.task == "secrets" and len(ds) == 10
    r = evaluate_binary(ds, run_scanner(secrets_scanner, ds))
    assert (r.positives, r.negatives, r.fp) == (3, 7, 1)


# --------------------------------------------------------------------------- gates
def test_gates(pii):
    ds, preds = pii
    r = evaluate_spans(ds, preds, match="overlap")
    res = check_gates(r, parse_gates(["PERSON=0.9", "micro=0.9", "PHONE_NUMBER=0"]))
    assert [(g.key, g.passed) for g in res] == [
        ("PERSON", True),
        ("micro", False),
        ("PHONE_NUMBER", True),
    ]
    with pytest.raises(KeyError, match="LOCATION"):
        check_gates(r, {"LOCATION": 0.5})  # predicted but never annotated: no F1 to gate


def test_binary_gates(injection):
    ds, preds = injection
    r = evaluate_binary(ds, preds)
    res = check_gates(r, {"auc": 0.85, "recall@1%fpr": 0.6, "specificity": 0.8})
    assert [(g.key, g.passed) for g in res] == [
        ("auc", True),
        ("recall@1%fpr", False),
        ("specificity", True),
    ]
    with pytest.raises(KeyError):
        check_gates(r, {"PERSON": 0.5})


@pytest.mark.parametrize("bad", ["PERSON", "PERSON=x", "PERSON=1.5", "=0.5"])
def test_parse_gates_rejects(bad):
    with pytest.raises(ValueError):
        parse_gates([bad])


def test_group_by_record_field(tmp_path, make_scanner):
    import json

    rows = [
        {"id": "1", "text": "attack one", "label": 1, "category": "direct"},
        {"id": "2", "text": "attack two", "label": 1, "category": "indirect"},
        {"id": "3", "text": "fine one", "label": 0, "category": "direct"},
        {"id": "4", "text": "fine two", "label": 0},
    ]
    p = tmp_path / "mixed.jsonl"
    p.write_text("\n".join(json.dumps(r) for r in rows))
    ds = load_dataset(p)
    scanner = make_scanner(injection={"attack one": 0.9, "fine one": 0.8})
    r = evaluate(ds, run_scanner(scanner, ds), group_by="category")
    groups = {g.name: (g.n, g.tp, g.fp, g.recall, g.fpr) for g in r.per_dataset}
    # direct: 1 attack found, 1 benign flagged; indirect: 1 attack missed; "-": no category.
    assert groups == {
        "direct": (2, 1, 1, 1.0, 1.0),
        "indirect": (1, 0, 0, 0.0, None),
        "-": (1, 0, 0, None, 0.0),
    }


def test_unannotated_types_are_not_listed_as_false_positives(eval_data, make_scanner, pii_script):
    script = {k: list(v) for k, v in pii_script.items()}
    script["Order 12345 is here"] = [("12345", "CRYPTO", 0.99)]  # a type the file never labels
    ds = load_dataset(eval_data / "pii_small.jsonl")
    r = evaluate_spans(ds, run_scanner(make_scanner(script), ds))
    assert "CRYPTO" not in {f.entity for f in r.false_positives}
    assert not r.entity("CRYPTO").in_scope
    # PHONE_NUMBER lost its false positive: precision 0/0 -> 0, and micro has 6 predictions.
    assert r.micro.predicted == 6
