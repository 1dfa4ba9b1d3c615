"""A/B of a change to the secrets pack's cost: two trees (or two policies) timed in lockstep.

    python benchmarks/secrets_ab.py --a ../main-before --b .            # two trees, PII + secrets
    python benchmarks/secrets_ab.py --a . --b . --b-disable id1,id2      # what a group of rules costs
    python benchmarks/secrets_ab.py --a . --b . --b-pii-only             # the whole pack's share
    python benchmarks/secrets_ab.py --a . --b . --b-pii-only --rescans 2 # ... and on prompts scanned again

Each run starts two processes, pinned to one CPU where the platform allows, that take turns
scanning 10 new 2 KB prompts of the speed benchmark's generator each (the same child as the speed
benchmark's "secrets pack cost" row), in alternating order (A B, B A, ...), so each stretch of the
machine's load falls on both. It prints B's median CPU time per prompt over A's, minus one, for
each run, and the median of the runs.

Two processes, not more. With three or more taking turns (A B C D, D C B A, ...), the ones at
the ends run two batches back to back and find the CPU caches warm. An A/A test of one commit at
two paths, in a four-process run, read +40.8% against +32.7% over PII alone for the same code;
in a two-process run the same pair read -0.2% (runs -5.1 to +3.3%). On a shared virtual machine
a run's ratio swings by a few percent either way: take 6-8 runs and trust only differences the
runs agree on. Never compare trees with ``benchmarks/instructions.py`` alone for this: the set
passes are memory-bound, so instructions understate their cost (+20% in instructions where wall
clock reads +31%).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
if __package__ in (None, ""):
    sys.path.insert(0, str(REPO))

from benchmarks.common import LiveChild, positive_int  # noqa: E402
from benchmarks.speed import _SECRETS_NEW_CHILD, lockstep_pass, pii_packs, promptguard_policy  # noqa: E402


def _policy(pii_only: bool, disable: str) -> dict[str, Any]:
    policy = promptguard_policy(pii_packs() if pii_only else [*pii_packs(), "secrets"], None)
    ids = [i for i in disable.split(",") if i]
    if ids:
        policy["disable"] = ids
    return policy


def _tree_env(tree: Path) -> dict[str, str]:
    tree = tree.resolve()
    if not (tree / "src" / "promptguard").is_dir():
        raise SystemExit(f"error: {tree} is not a promptguard checkout (no src/promptguard); pass the repository root")
    return {"PYTHONPATH": os.pathsep.join((str(tree / "src"), str(REPO)))}


def run_ab(
    a: tuple[dict[str, Any], dict[str, str]],
    b: tuple[dict[str, Any], dict[str, str]],
    runs: int,
    count: int,
    rescans: int = 0,
) -> tuple[list[float], list[float]]:
    """B's median CPU time per new prompt over A's, minus one, per run; and the same for the
    prompts scanned again ``rescans`` times in the same processes (empty without rescans)."""
    pin = max(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None
    out: list[float] = []
    again: list[float] = []
    for run in range(runs):
        children: dict[str, LiveChild] = {}
        try:
            for name, (policy, env) in (("A", a), ("B", b)):
                head = f"POLICY = {policy!r}\nCOUNT = {count!r}\nSEED = {11 + run!r}\nCPU = {pin!r}\n"
                children[name] = LiveChild(head + _SECRETS_NEW_CHILD, env=env)
            pairs, turn = lockstep_pass(children, count)
            repeated: dict[str, list[str]] = {name: [] for name in children}
            for _ in range(rescans):
                more, turn = lockstep_pass(children, count, turn)
                for name, timed in more.items():
                    repeated[name] += timed
        finally:
            for child in children.values():
                child.close()
        for got, into in ((pairs, out), (repeated, again)):
            if all(got.values()):
                cpu = {name: statistics.median(float(p.split(",")[1]) for p in timed) for name, timed in got.items()}
                into.append(cpu["B"] / cpu["A"] - 1.0)
    return out, again


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--a", type=Path, default=REPO, help="tree A (repository root; default: this one)")
    parser.add_argument("--b", type=Path, default=REPO, help="tree B (repository root; default: this one)")
    parser.add_argument("--b-disable", default="", help="recognizer ids B leaves out (comma-separated)")
    parser.add_argument("--b-pii-only", action="store_true", help="B scans with the PII packs alone")
    parser.add_argument("--runs", type=positive_int, default=6)
    parser.add_argument("--prompts", type=positive_int, default=400, help="new prompts per run and process")
    parser.add_argument("--rescans", type=int, default=0, help="scan the prompts again this many times (default 0)")
    args = parser.parse_args(argv)
    a = (_policy(False, ""), _tree_env(args.a))
    b = (_policy(args.b_pii_only, args.b_disable), _tree_env(args.b))
    ratios, again = run_ab(a, b, args.runs, args.prompts, max(0, args.rescans))
    for label, got in (("new 2 KB prompt", ratios), ("2 KB prompt scanned again", again)):
        if got:
            runs = ", ".join(f"{100 * r:+.1f}%" for r in got)
            print(f"B vs A, CPU time per {label}: median {100 * statistics.median(got):+.1f}% (runs {runs})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
