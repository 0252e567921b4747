"""The held-out figures stay at or above what the issue asks: 95% of amounts right with
value and unit, no amount in a trap sentence, no date inside an amount.

tests/cases/amounts-heldout.jsonl was written before the rules, amounts-heldout-2.jsonl
after them; neither was tuned on."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest


def _scorer() -> ModuleType:
    path = Path(__file__).resolve().parents[1] / "benchmarks" / "_amounts_heldout.py"
    spec = importlib.util.spec_from_file_location("_amounts_heldout", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    ("name", "sentences"), [("amounts-heldout.jsonl", 120), ("amounts-heldout-2.jsonl", 70)]
)
def test_heldout_figure(name: str, sentences: int) -> None:
    result = _scorer().score(Path(__file__).resolve().parent / "cases" / name)
    assert result["sentences"] >= sentences
    assert result["right"] >= 0.95 * result["expected"], result["misses"]
    assert result["false"] == 0, result["false_amounts"]
    assert result["dates_inside_amounts"] == 0
