"""Table-driven cases for normalize and fold, read from tests/cases/normalize*.toml.

Each case names the function, the input and the expected output; ``expect = "fail"``
marks a known failure, run as a strict xfail so that an accidental fix is noticed.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from vnus.text import fold, normalize

CASES_DIR = Path(__file__).parent / "cases"

FUNCTIONS: dict[str, Callable[[str], str]] = {
    "normalize": normalize,
    "normalize_new": lambda text: normalize(text, tone_style="new"),
    "fold": fold,
}


def load_cases() -> list[Any]:
    params = []
    for path in sorted(CASES_DIR.glob("normalize*.toml")):
        with path.open("rb") as handle:
            cases = tomllib.load(handle)["case"]
        for number, case in enumerate(cases, start=1):
            missing = {"label", "function", "input", "expected", "expect", "source"} - set(case)
            if missing:
                raise ValueError(f"{path.name}, case {number}: missing {sorted(missing)}")
            if case["function"] not in FUNCTIONS or case["expect"] not in ("pass", "fail"):
                raise ValueError(f"{path.name}, case {number}: bad function or expect: {case}")
            marks = [pytest.mark.xfail(strict=True)] if case["expect"] == "fail" else []
            params.append(
                pytest.param(case, id=f"{path.stem}-{number}-{case['label']}", marks=marks)
            )
    return params


CASES = load_cases()


def test_there_are_cases_for_every_function() -> None:
    used = {param.values[0]["function"] for param in CASES}
    assert used == set(FUNCTIONS)
    assert len(CASES) >= 40


@pytest.mark.parametrize("case", CASES)
def test_case(case: dict[str, str]) -> None:
    assert FUNCTIONS[case["function"]](case["input"]) == case["expected"]


@pytest.mark.parametrize("case", [c for c in CASES if not c.marks])
def test_expected_output_is_a_fixed_point(case: dict[str, str]) -> None:
    # What a case expects is itself canonical: the function leaves it as it is.
    expected = case["expected"]
    assert FUNCTIONS[case["function"]](expected) == expected
