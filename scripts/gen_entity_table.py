"""Print (or write into README.md) the supported-entities table generated from the packs.

    python scripts/gen_entity_table.py                 # print the Markdown table
    python scripts/gen_entity_table.py --write README.md

``--write`` replaces the text between the markers ``<!-- entity-table:start -->`` and
``<!-- entity-table:end -->``; ``--check`` exits 1 when that text is stale (for CI).
The table itself comes from :func:`promptguard.config.tables.entity_table_markdown`,
which ``promptguard recognizers`` also prints.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from promptguard.config.tables import entity_table_markdown

START = "<!-- entity-table:start -->"
END = "<!-- entity-table:end -->"


def splice(document: str, table: str) -> str:
    """``document`` with the text between the markers replaced by ``table``."""
    head, sep, rest = document.partition(START)
    _, sep2, tail = rest.partition(END)
    if not sep or not sep2:
        raise ValueError(f"markers {START} / {END} not found")
    return f"{head}{START}\n{table}{END}{tail}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    group = ap.add_mutually_exclusive_group()
    group.add_argument("--write", metavar="FILE", type=Path, help="replace the table between the markers in FILE")
    group.add_argument("--check", metavar="FILE", type=Path, help="exit 1 if FILE's table is out of date")
    args = ap.parse_args(argv)
    table = entity_table_markdown()
    target = args.write or args.check
    if target is None:
        sys.stdout.write(table)
        return 0
    try:
        current = target.read_text(encoding="utf-8")
        updated = splice(current, table)
    except (OSError, ValueError) as exc:
        print(f"error: {target}: {exc}", file=sys.stderr)
        return 2
    if args.check:
        if updated != current:
            print(f"{target}: the entity table is out of date; run scripts/gen_entity_table.py --write {target}")
            return 1
        return 0
    target.write_text(updated, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
