"""The secrets pack's extra cost in CPU instructions (valgrind's callgrind), not wall clock.

    python benchmarks/instructions.py [--src DIR] [--prompts N]

Wall-clock A/B runs of a change worth a few percent swing by more than that on a shared or
virtual machine (same code, same protocol: +14% one run, +66% the next). Instruction counts do
not depend on the machine's load. Per configuration (PII packs alone, PII + secrets packs), one
process scans 40 warm-up prompts, then ``N`` new 2 KB prompts of the speed benchmark's
generator (seed 21), each once; another process scans only the warm-up. The difference of the
two totals, divided by ``N``, is the cost per new prompt: imports, pack loading and warm-up
cancel out. Garbage collection is off after the warm-up and ``PYTHONHASHSEED`` is fixed, so
runs repeat; allocator and address effects still move a total by ~50k instructions (~1.5%),
which is the resolution of this measure. ``--src`` points at another tree's ``src`` to compare
two trees. Needs ``valgrind`` (Debian: ``apt-get install valgrind``); 5-10 minutes on 2 cores.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if __package__ in (None, ""):
    sys.path.insert(0, str(REPO))

from benchmarks.common import SETTLE_CHILD, callgrind_total, no_package_in, positive_int  # noqa: E402

_CHILD = (
    """
import gc, sys
sys.path.insert(0, SRC)
sys.path.insert(1, REPO)
from benchmarks.common import make_prompts
from benchmarks.speed import pii_packs, promptguard_policy
from promptguard import Guard
packs = pii_packs() + (["secrets"] if WITH_SECRETS else [])
guard = Guard(promptguard_policy(packs, None))
prompts = make_prompts(2048, 40 + N_MAX, seed=21)
for text in prompts[:40]:
    guard.scan(text)
"""
    + SETTLE_CHILD
    + """for text in prompts[40 : 40 + N]:
    guard.scan(text)
"""
)


def instructions(src: Path, with_secrets: bool, n: int, n_max: int, tmp: Path) -> int:
    """Total instructions of one child process (callgrind)."""
    script = tmp / "child.py"
    script.write_text(
        f"SRC = {str(src)!r}\nREPO = {str(REPO)!r}\nWITH_SECRETS = {with_secrets!r}\nN = {n!r}\nN_MAX = {n_max!r}\n"
        + _CHILD
    )
    return callgrind_total(script, tmp / f"cg.{int(with_secrets)}.{n}", src)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--src", type=Path, default=REPO / "src", help="the promptguard tree to measure (its src/)")
    ap.add_argument("--prompts", type=positive_int, default=200, help="new prompts per configuration (default 200)")
    args = ap.parse_args(argv)
    if shutil.which("valgrind") is None:
        print("valgrind is not installed (Debian: apt-get install valgrind); nothing measured", file=sys.stderr)
        return 2
    if no_package_in(args.src):
        return 2
    per_prompt: dict[bool, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for with_secrets in (False, True):
            base = instructions(args.src, with_secrets, 0, args.prompts, Path(tmp))
            full = instructions(args.src, with_secrets, args.prompts, args.prompts, Path(tmp))
            per_prompt[with_secrets] = (full - base) / args.prompts
    pii, both = per_prompt[False], per_prompt[True]
    print(f"instructions per new 2 KB prompt ({args.prompts} prompts, {args.src}):")
    print(f"  pii packs            {pii:12,.0f}")
    print(f"  pii + secrets packs  {both:12,.0f}")
    print(f"  secrets pack adds    {both - pii:12,.0f}  ({(both / pii - 1) * 100:+.1f}%)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
