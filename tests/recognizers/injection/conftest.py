"""Shared by the injection tests: the training script, loaded as a module."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import Any

import pytest

TRAIN = Path(__file__).resolve().parents[3] / "models" / "injection" / "train.py"


@pytest.fixture(scope="session")
def train_module() -> Any:
    """``models/injection/train.py`` (not a package module; needs scipy, which the library does not)."""
    pytest.importorskip("scipy")
    spec = importlib.util.spec_from_file_location("pg_injection_train_test", TRAIN)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    # Dataclasses look their module up in sys.modules while the class is built.
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod
