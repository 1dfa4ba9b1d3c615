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

``--cache-sim`` adds callgrind's cache simulation (one slower run per configuration): data reads
and their misses per prompt in a 32 KiB first-level cache and a 1 MiB last level (the size of a
core's L2 here; valgrind's own guess from this VM's CPUID, a 256 MiB direct-mapped cache, would
miss nothing). The secrets pack's set passes are memory-bound on new text (each DFA state a text
reaches first is a cache miss), so this says whether a change cuts misses as well as instructions.
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

from benchmarks.common import SETTLE_CHILD, callgrind_events, no_package_in, positive_int  # noqa: E402

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
getattr(guard, "warm_up", lambda: True)()  # the secrets pack's Hyperscan sets (older trees: none)
"""
    + SETTLE_CHILD
    + """if IN_FSUM:  # --cache-sim: only the prompts are simulated (the call to math.fsum toggles it)
    import math
    math.fsum((guard.scan(text), 0.0)[1] for text in prompts[40 : 40 + N])
else:
    for text in prompts[40 : 40 + N]:
        guard.scan(text)
"""
)


_CACHE_SIM = (
    "--cache-sim=yes",
    "--D1=32768,8,64",
    "--LL=1048576,16,64",
    "--collect-atstart=no",
    "--toggle-collect=math_fsum",
)
"""Callgrind's options for ``--cache-sim`` (see the module docstring): the prompts' scans alone are
counted, in one run per configuration. A warm-up-only run subtracted would leave in the misses of
the interpreter's exit freeing the DFA states the prompts built (10 prompts read +486% D1 misses)."""
_EVENTS = {"Ir": "instructions", "Dr": "data reads", "D1mr": "D1 read misses", "DLmr": "LL read misses"}


def instructions(
    src: Path, with_secrets: bool, n: int, n_max: int, tmp: Path, cache_sim: bool = False
) -> dict[str, int]:
    """Event totals of one child process (callgrind): instructions, and with ``cache_sim`` the
    simulated cache's reads and misses."""
    script = tmp / "child.py"
    script.write_text(
        f"SRC = {str(src)!r}\nREPO = {str(REPO)!r}\nWITH_SECRETS = {with_secrets!r}\nN = {n!r}\nN_MAX = {n_max!r}\n"
        f"IN_FSUM = {cache_sim!r}\n" + _CHILD
    )
    return callgrind_events(script, tmp / f"cg.{int(with_secrets)}.{n}", src, _CACHE_SIM if cache_sim else ())


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--src", type=Path, default=REPO / "src", help="the promptguard tree to measure (its src/)")
    ap.add_argument("--prompts", type=positive_int, default=200, help="new prompts per configuration (default 200)")
    ap.add_argument("--cache-sim", action="store_true", help="simulate the CPU caches too (reads and misses)")
    args = ap.parse_args(argv)
    if shutil.which("valgrind") is None:
        print("valgrind is not installed (Debian: apt-get install valgrind); nothing measured", file=sys.stderr)
        return 2
    if no_package_in(args.src):
        return 2
    per_prompt: dict[bool, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for with_secrets in (False, True):
            base = {} if args.cache_sim else instructions(args.src, with_secrets, 0, args.prompts, Path(tmp))
            full = instructions(args.src, with_secrets, args.prompts, args.prompts, Path(tmp), args.cache_sim)
            per_prompt[with_secrets] = {e: (full[e] - base.get(e, 0)) / args.prompts for e in _EVENTS if e in full}
    pii, both = per_prompt[False], per_prompt[True]
    print(f"per new 2 KB prompt ({args.prompts} prompts, {args.src}):")
    print(f"  {'':16s} {'pii packs':>12s} {'pii + secrets':>14s} {'secrets adds':>13s}")
    for event, label in _EVENTS.items():
        if event in pii:
            a, b = pii[event], both[event]
            share = f"({(b / a - 1) * 100:+.1f}%)" if a else ""
            print(f"  {label:16s} {a:12,.0f} {b:14,.0f} {b - a:13,.0f}  {share}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
