"""Replace a generated block between two HTML-comment markers in a Markdown file.

Shared by the ``gen_*_table.py`` scripts: ``--write FILE`` rewrites the block, ``--check
FILE`` exits 1 when it is stale, neither prints the block.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def splice(document: str, block: str, start: str, end: str) -> str:
    """``document`` with the text between the markers ``start`` and ``end`` replaced by ``block``."""
    head, sep, rest = document.partition(start)
    _, sep2, tail = rest.partition(end)
    if not sep or not sep2:
        raise ValueError(f"markers {start} / {end} not found")
    return f"{head}{start}\n{block}{end}{tail}"


def add_target_options(ap: argparse.ArgumentParser) -> None:
    group = ap.add_mutually_exclusive_group()
    group.add_argument("--write", metavar="FILE", type=Path, help="replace the block between the markers in FILE")
    group.add_argument("--check", metavar="FILE", type=Path, help="exit 1 if FILE's block is out of date")


def write_or_check(args: argparse.Namespace, block: str, start: str, end: str, script: str) -> int:
    """Print ``block``, or write it into / check it against ``args.write`` / ``args.check``."""
    target = args.write or args.check
    if target is None:
        sys.stdout.write(block)
        return 0
    try:
        current = target.read_text(encoding="utf-8")
        updated = splice(current, block, start, end)
    except (OSError, ValueError) as exc:
        print(f"error: {target}: {exc}", file=sys.stderr)
        return 2
    if args.check:
        if updated != current:
            print(f"{target}: the generated block is out of date; run: python {script} --write {target}")
            return 1
        return 0
    if updated != current:
        target.write_text(updated, encoding="utf-8")
    return 0
