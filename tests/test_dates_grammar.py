"""Table tests of the date grammar: every family in tests/cases/dates-grammar.toml."""

from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path
from typing import Any

import pytest

from vnus.dates import find_dates

CASES = tomllib.loads(
    (Path(__file__).parent / "cases" / "dates-grammar.toml").read_text(encoding="utf-8")
)
DEFAULT_REFERENCE = "2025-06-15"


def _family_cases() -> list[Any]:
    params = []
    for family, rows in CASES.items():
        if family == "not_dates":
            continue
        for row in rows:
            params.append(pytest.param(row, id=f"{family}: {row['text']}"))
    return params


@pytest.mark.parametrize("case", _family_cases())
def test_grammar_case(case: dict[str, Any]) -> None:
    reference = dt.date.fromisoformat(case.get("reference", DEFAULT_REFERENCE))
    mentions = find_dates(case["text"], reference=reference)
    assert [m.text for m in mentions] == [case.get("mention", case["text"])]
    value = mentions[0].value
    assert value.iso() == case["iso"]
    if "grain" in case:
        assert value.grain == case["grain"]
    if "part_of_day" in case:
        assert value.part_of_day == case["part_of_day"]
    if "qualifier" in case:
        assert value.qualifier == case["qualifier"]


@pytest.mark.parametrize("text", CASES["not_dates"]["texts"])
def test_not_a_date(text: str) -> None:
    assert find_dates(text, reference=dt.date(2025, 6, 15)) == []


def test_every_family_has_cases() -> None:
    families = {name for name in CASES if name != "not_dates"}
    expected = {"numeric", "words", "quarters", "qualified", "decades", "ranges", "times"}
    expected |= {"parts", "weekdays", "relative", "english", "inference"}
    assert families == expected
    assert all(len(CASES[name]) >= 5 for name in families)
