"""A/B of a change to the secrets pack's cost: two trees (or two policies) timed in lockstep.

    python benchmarks/secrets_ab.py --a ../main-before --b .            # two trees, PII + secrets
    python benchmarks/secrets_ab.py --a . --b . --b-disable id1,id2      # what a group of rules costs
    python benchmarks/secrets_ab.py --a . --b . --b-pii-only             # the whole pack's share

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
    a: tuple[dict[str, Any], dict[str, str]], b: tuple[dict[str, Any], dict[str, str]], runs: int, count: int
) -> list[float]:
    """B's median CPU time per new prompt over A's, minus one, per run."""
    pin = max(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None
    out: list[float] = []
    for run in range(runs):
        children: dict[str, LiveChild] = {}
        try:
            for name, (policy, env) in (("A", a), ("B", b)):
                head = f"POLICY = {policy!r}\nCOUNT = {count!r}\nSEED = {11 + run!r}\nCPU = {pin!r}\n"
                children[name] = LiveChild(head + _SECRETS_NEW_CHILD, env=env)
            pairs, _ = lockstep_pass(children, count)
        finally:
            for child in children.values():
                child.close()
        cpu = {name: statistics.median(float(pair.split(",")[1]) for pair in timed) for name, timed in pairs.items()}
        out.append(cpu["B"] / cpu["A"] - 1.0)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--a", type=Path, default=REPO, help="tree A (repository root; default: this one)")
    parser.add_argument("--b", type=Path, default=REPO, help="tree B (repository root; default: this one)")
    parser.add_argument("--b-disable", default="", help="recognizer ids B leaves out (comma-separated)")
    parser.add_argument("--b-pii-only", action="store_true", help="B scans with the PII packs alone")
    parser.add_argument("--runs", type=positive_int, default=6)
    parser.add_argument("--prompts", type=positive_int, default=400, help="new prompts per run and process")
    args = parser.parse_args(argv)
    a = (_policy(False, ""), _tree_env(args.a))
    b = (_policy(args.b_pii_only, args.b_disable), _tree_env(args.b))
    ratios = run_ab(a, b, args.runs, args.prompts)
    runs = ", ".join(f"{100 * r:+.1f}%" for r in ratios)
    print(f"B vs A, CPU time per new 2 KB prompt: median {100 * statistics.median(ratios):+.1f}% (runs {runs})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
