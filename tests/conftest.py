"""Shared fixtures. Tests needing ../shared/datasets skip when it is absent."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def datasets_dir() -> Path | None:
    env = os.environ.get("PROMPTGUARD_DATASETS")
    candidate = Path(env) if env else REPO.parent / "shared" / "datasets"
    return candidate if candidate.is_dir() else None


@pytest.fixture(scope="session")
def data_dir() -> Path:
    found = datasets_dir()
    if found is None:
        pytest.skip("shared datasets not found (set PROMPTGUARD_DATASETS to ../shared/datasets)")
    return found


@pytest.fixture(scope="session")
def guard():  # type: ignore[no-untyped-def]
    """The default-profile guard, built once per test session."""
    from promptguard import Guard

    return Guard()


@pytest.fixture
def write(tmp_path: Path):  # type: ignore[no-untyped-def]
    """Write a text file under tmp_path and return its path."""

    def _write(name: str, content: str) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, encoding="utf-8")
        return path

    return _write
