"""The README stays true: its test command is what CI runs; its entity table matches the packs."""

from __future__ import annotations

import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def test_ci_runs_the_readme_test_command() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    commands = re.findall(r"```bash\n(pip install -e \"\.\[test\]\" && [^\n]+)\n```", readme)
    assert commands, "README quick start lost its test command"
    assert commands[0] in ci


def test_readme_entity_table_matches_the_packs() -> None:
    from promptguard.config.tables import entity_table_markdown

    readme = (REPO / "README.md").read_text(encoding="utf-8")
    start = readme.index("<!-- entity-table:start -->")
    end = readme.index("<!-- entity-table:end -->")
    assert entity_table_markdown().strip() in readme[start:end], (
        "run: python scripts/gen_entity_table.py --write README.md"
    )
