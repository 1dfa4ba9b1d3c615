"""Shared writer of the data generators: rows tagged ``split`` ("train" or "probe") go to
``own_<name>.jsonl`` (read by train.py) and ``probe_<name>.jsonl`` (never trained on, scored by
benchmarks/injection.py), each row with a stable id and without its split tag."""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent


def share(items: Sequence[str], held: bool) -> list[str]:
    """The items of one split's share: index 3 mod 4 for the probe (``held``), the rest for
    training; all of them when that share is empty."""
    return [x for i, x in enumerate(items) if (i % 4 == 3) == held] or list(items)


def pick(rng: random.Random, items: Sequence[str], held: bool) -> str:
    """An item of one split's share (:func:`share`), drawn with ``rng``."""
    return rng.choice(share(items, held))


def first_of_each_text(rows: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """``rows`` without the later rows whose text an earlier row already has (templates can
    render the same text twice)."""
    seen: set[str] = set()
    out = []
    for r in rows:
        if r["text"] not in seen:
            seen.add(r["text"])
            out.append(r)
    return out


def both_labels(data: Sequence[dict[str, Any]]) -> Sequence[dict[str, Any]]:
    """``data`` after checking that each split ("train", "probe") holds attacks and benign twins
    alike (a generator whose templates leave a label out of a split fails here)."""
    for split in ("train", "probe"):
        labels = {r["label"] for r in data if r["split"] == split}
        assert labels == {0, 1}, (split, labels)
    return data


def write_splits(name: str, data: Sequence[dict[str, Any]]) -> None:
    files = {"train": HERE / f"own_{name}.jsonl", "probe": HERE / f"probe_{name}.jsonl"}
    # Disjoint templates can still render the same text by chance (a short frame with the same
    # tail); such a probe row would be scored on something the model was trained on, so it goes.
    trained = {r["text"] for r in data if r["split"] == "train"}
    for split, path in files.items():
        part = [r for r in data if r["split"] == split and (split == "train" or r["text"] not in trained)]
        with path.open("w", encoding="utf-8") as fh:
            for i, row in enumerate(part):
                row = {k: v for k, v in row.items() if k != "split"}
                fh.write(json.dumps({"id": f"{path.stem}-{i:04d}", **row}, ensure_ascii=False) + "\n")
        print(path.name, len(part))


def probe_only_main(name: str, data: Callable[[], Sequence[dict[str, Any]]], argv: Sequence[str] | None) -> None:
    """``main`` of a probe-only generator: writes both splits and keeps ``own_<name>.jsonl``
    (which ``train.py`` reads, as every ``own_*.jsonl``) only with ``--train``."""
    ap = argparse.ArgumentParser(description=f"Generate probe_{name}.jsonl (and with --train own_{name}.jsonl).")
    keep = f"also keep own_{name}.jsonl (train.py reads every own_*.jsonl)"
    ap.add_argument("--train", action="store_true", help=keep)
    args = ap.parse_args(argv)
    write_splits(name, data())
    if not args.train:
        (HERE / f"own_{name}.jsonl").unlink()
