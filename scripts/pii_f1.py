"""Span-level (overlap) P/R/F1 of the default Guard on pii_presidio_synth.

A quick tuning aid for the PII packs; ``promptguard eval`` is the full evaluator.
Gold labels we never produce (PERSON, LOCATION...) are ignored; predictions of an
entity type the dataset does not label are counted separately, not as errors.

    python scripts/pii_f1.py --data-dir ../shared/datasets --split odd
"""

from __future__ import annotations

import argparse
import json
import os
from collections import Counter
from pathlib import Path

import promptguard

TARGETS = ("EMAIL_ADDRESS", "CREDIT_CARD", "IBAN_CODE", "IP_ADDRESS", "US_SSN", "URL", "PHONE_NUMBER")


def main() -> int:
    root = Path(__file__).resolve().parent.parent
    default_dir = os.environ.get("PROMPTGUARD_DATASETS", str(root.parent / "shared" / "datasets"))
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data-dir", default=default_dir)
    ap.add_argument(
        "--split",
        choices=("all", "even", "odd"),
        default="odd",
        help="records by index parity: tune on even, report on odd",
    )
    ap.add_argument("--errors", metavar="ENTITY", help="print mismatched spans of this entity")
    args = ap.parse_args()
    path = Path(args.data_dir) / "pii_presidio_synth" / "pii_presidio_synth.jsonl"
    if not path.is_file():
        print(f"error: {path} not found (pass --data-dir or set PROMPTGUARD_DATASETS)")
        return 2
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    if args.split != "all":
        records = [r for i, r in enumerate(records) if i % 2 == (0 if args.split == "even" else 1)]
    # The default policy; the injection detector is switched off since it adds no PII span.
    guard = promptguard.Guard({"extends": "default", "injection": {"enabled": False}})
    produced = set(guard.engine.entities)
    found: Counter[str] = Counter()
    gold_n: Counter[str] = Counter()
    correct: Counter[str] = Counter()
    pred_n: Counter[str] = Counter()
    unlabelled: Counter[str] = Counter()
    labels = {s["label"] for r in records for s in r["spans"]}
    for rec in records:
        text = rec["text"]
        gold = [(s["start"], s["end"], s["label"]) for s in rec["spans"] if s["label"] in produced]
        preds = [(f.start, f.end, f.entity_type) for f in guard.scan(text).findings]
        for gs, ge, gl in gold:
            gold_n[gl] += 1
            hit = any(pl == gl and ps < ge and gs < pe for ps, pe, pl in preds)
            found[gl] += hit
            if not hit and args.errors == gl:
                print(f"FN {rec['id']}: {text[gs:ge]!r} preds={[(text[a:b], t) for a, b, t in preds]}")
        for ps, pe, pl in preds:
            if pl not in labels:
                unlabelled[pl] += 1
                continue
            pred_n[pl] += 1
            ok = any(pl == gl and ps < ge and gs < pe for gs, ge, gl in gold)
            correct[pl] += ok
            if not ok and args.errors == pl:
                print(f"FP {rec['id']}: {text[ps:pe]!r} in {text[max(0, ps - 40) : pe + 20]!r}")
    print(f"split={args.split} records={len(records)}")
    print(f"{'entity':16} {'gold':>5} {'pred':>5} {'P':>6} {'R':>6} {'F1':>6}")
    for ent in sorted(set(gold_n) | set(pred_n), key=lambda e: (e not in TARGETS, e)):
        p = correct[ent] / pred_n[ent] if pred_n[ent] else 0.0
        r = found[ent] / gold_n[ent] if gold_n[ent] else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{ent:16} {gold_n[ent]:5} {pred_n[ent]:5} {p:6.3f} {r:6.3f} {f1:6.3f}")
    if unlabelled:
        print("predictions of types the dataset does not label:", dict(unlabelled))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
