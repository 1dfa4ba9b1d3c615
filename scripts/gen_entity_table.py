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

import readme_block

from promptguard.config.tables import entity_table_markdown

START = "<!-- entity-table:start -->"
END = "<!-- entity-table:end -->"


def splice(document: str, table: str) -> str:
    """``document`` with the text between the markers replaced by ``table``."""
    return readme_block.splice(document, table, START, END)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    readme_block.add_target_options(ap)
    args = ap.parse_args(argv)
    return readme_block.write_or_check(args, entity_table_markdown(), START, END, "scripts/gen_entity_table.py")


if __name__ == "__main__":
    raise SystemExit(main())
