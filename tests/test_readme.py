"""The README stays true: its test command is what CI runs; its entity table matches the packs."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

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


def test_readme_injection_table_matches_the_last_benchmark_run(monkeypatch: pytest.MonkeyPatch) -> None:
    """The README's per-source LOSO table is the one in benchmarks/results/injection.json."""
    import importlib.util

    monkeypatch.syspath_prepend(str(REPO / "scripts"))  # the script imports its sibling readme_block
    spec = importlib.util.spec_from_file_location("gen_injection_table", REPO / "scripts" / "gen_injection_table.py")
    assert spec is not None and spec.loader is not None
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    results = json.loads((REPO / "benchmarks" / "results" / "injection.json").read_text(encoding="utf-8"))
    assert gen.splice(readme, gen.injection_table(results)) == readme, (
        "run: python scripts/gen_injection_table.py --write README.md"
    )
