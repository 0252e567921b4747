"""The held-out figure (tests/cases/amounts-heldout.jsonl, written before the rules and
never tuned on) stays at or above what the issue asks: 95% of amounts right with value
and unit, no amount in a trap sentence, no date inside an amount."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType


def _scorer() -> ModuleType:
    path = Path(__file__).resolve().parents[1] / "benchmarks" / "_amounts_heldout.py"
    spec = importlib.util.spec_from_file_location("_amounts_heldout", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_heldout_figure() -> None:
    result = _scorer().score()
    assert result["sentences"] >= 120
    assert result["right"] >= 0.95 * result["expected"], result["misses"]
    assert result["false"] == 0, result["false_amounts"]
    assert result["dates_inside_amounts"] == 0
