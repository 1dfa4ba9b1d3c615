"""Where the secrets pack's Python goes: bytecode instructions per function, PII + secrets over PII.

    python benchmarks/python_ops.py [--src DIR] [--warm N] [--prompts N] [--top K]

``benchmarks/instructions.py`` (callgrind) counts CPU instructions but cannot name a Python
function: everything the interpreter runs is ``_PyEval_EvalFrameDefault``. This tool names them.
Per configuration (PII packs alone, PII + secrets packs), one fresh process scans ``--warm``
prompts of the speed benchmark's generator (seed 21), then ``--prompts`` new ones under a
tracer that counts, per Python function, the bytecode instructions it runs and its calls. It
prints both totals per prompt and the ``--top`` functions the secrets pack adds most to. The
counts do not depend on the machine's load (two runs give the same table), so a change to the
per-finding path is screened here before the lockstep A/B (``benchmarks/secrets_ab.py``).

Each configuration gets its own process: in one process the guard counted second finds the
``re`` module's cache filled by the first, and its count leaves out the patterns compiled on first
use (measured: PII + secrets counted after PII alone read 16.8k instructions per prompt, 13k
fewer than PII alone counted first). Those first-use compiles are in both counts here, spread
over ``--prompts``: compare runs with the same options.

What this does not count: C code (RE2's passes, ``bytes.translate``, ``str`` methods), nor what
an instruction costs (a cold one in a big scan costs several times a warm one). Measured at
session 22 on 200 new prompts: 22.7k instructions per prompt with the PII packs, 25.1k with the
secrets pack; of the 2.4k added, ~1.1k are the assignment detector (``entropy.py``: parsing the
1-2 hints of a prompt, trimming and pre-judging their values) and ~0.7k the three provider rules
that report the generator's credentials (GitHub token, bearer header, AWS key id) with the
overlap resolution and hashing of their findings. In callgrind the same pack adds ~310k CPU
instructions per rescanned prompt, ~180k of them the interpreter's.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import subprocess
import sys
from pathlib import Path
from types import FrameType
from typing import Any

REPO = Path(__file__).resolve().parents[1]
if __package__ in (None, ""):
    # Run as a script: this folder leaves the path (its secrets.py would hide the standard module).
    sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != REPO / "benchmarks"]
    sys.path.insert(0, str(REPO))

from benchmarks.common import no_package_in, positive_int  # noqa: E402

CONFIGS = ("pii", "pii+secrets")


def count(src: Path, config: str, warm: int, prompts: int) -> dict[str, dict[str, int]]:
    """``{"ops": {function: instructions}, "calls": {function: calls}}`` over ``prompts`` new
    prompts after ``warm``, for ``config`` of ``src``'s tree (run in a process of its own)."""
    sys.path.insert(0, str(src))
    from benchmarks.common import make_prompts
    from benchmarks.speed import pii_packs, promptguard_policy
    from promptguard import Guard

    packs = pii_packs() + (["secrets"] if config == "pii+secrets" else [])
    guard = Guard(promptguard_policy(packs, None))
    texts = make_prompts(2048, warm + prompts, seed=21)
    for text in texts[:warm]:
        guard.scan(text)
    ops: collections.Counter[str] = collections.Counter()
    calls: collections.Counter[str] = collections.Counter()

    def trace(frame: FrameType, event: str, arg: Any) -> Any:
        code = frame.f_code
        key = f"{Path(code.co_filename).name}:{code.co_firstlineno}:{code.co_name}"
        if event == "call":
            frame.f_trace_opcodes = True
            calls[key] += 1
        elif event == "opcode":
            ops[key] += 1
        return trace

    sys.settrace(trace)
    try:
        for text in texts[warm:]:
            guard.scan(text)
    finally:
        sys.settrace(None)
    return {"ops": dict(ops), "calls": dict(calls)}


def _child(src: Path, config: str, warm: int, prompts: int) -> dict[str, dict[str, int]]:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", config, "--src", str(src)]
    cmd += ["--warm", str(warm), "--prompts", str(prompts)]
    # The tree's src first: the package may be installed (editable) from another checkout.
    env = {**os.environ, "PYTHONPATH": os.pathsep.join((str(src), str(REPO)))}
    done = subprocess.run(cmd, capture_output=True, text=True, check=True, timeout=1800, env=env)
    return json.loads(done.stdout)  # type: ignore[no-any-return]


def added(base: dict[str, dict[str, int]], more: dict[str, dict[str, int]]) -> list[tuple[str, int, int]]:
    """(function, instructions added, calls added) of every function, most added first."""
    rows = []
    for key in set(base["ops"]) | set(more["ops"]):
        ops = more["ops"].get(key, 0) - base["ops"].get(key, 0)
        calls = more["calls"].get(key, 0) - base["calls"].get(key, 0)
        rows.append((key, ops, calls))
    rows.sort(key=lambda row: (-row[1], row[0]))
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--src", type=Path, default=REPO / "src", help="the promptguard tree to measure (its src/)")
    ap.add_argument("--warm", type=positive_int, default=40, help="prompts scanned before counting (default 40)")
    ap.add_argument("--prompts", type=positive_int, default=100, help="new prompts counted (default 100)")
    ap.add_argument("--top", type=positive_int, default=30, help="functions listed (default 30)")
    ap.add_argument("--child", choices=CONFIGS, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    src = args.src.resolve()
    if no_package_in(src):
        return 2
    if args.child:
        json.dump(count(src, args.child, args.warm, args.prompts), sys.stdout)
        return 0
    base, more = (_child(src, config, args.warm, args.prompts) for config in CONFIGS)
    n = args.prompts
    total_base, total_more = sum(base["ops"].values()) / n, sum(more["ops"].values()) / n
    print(f"bytecode instructions per prompt: pii {total_base:.0f}, pii+secrets {total_more:.0f}")
    print(f"added by the secrets pack: {total_more - total_base:+.0f} per prompt")
    print(f"{'instr/prompt':>12} {'calls/prompt':>12}  function")
    for key, ops, calls in added(base, more)[: args.top]:
        print(f"{ops / n:12.1f} {calls / n:12.2f}  {key}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
