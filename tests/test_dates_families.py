"""Table tests for the families of news copy beyond the seeds: tests/cases/dates-families.toml."""

from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path
from typing import Any

import pytest

from vnus.dates import find_dates

CASES = tomllib.loads(
    (Path(__file__).parent / "cases" / "dates-families.toml").read_text(encoding="utf-8")
)
DEFAULT_REFERENCE = "2026-11-18"
FAMILIES = [name for name in CASES if name != "not_dates"]


def _reference(case: dict[str, Any]) -> dt.date:
    return dt.date.fromisoformat(case.get("reference", DEFAULT_REFERENCE))


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(row, id=f"{family}: {row['text']}")
        for family in FAMILIES
        for row in CASES[family]
    ],
)
def test_family_case(case: dict[str, Any]) -> None:
    mentions = find_dates(case["text"], reference=_reference(case))
    if "mentions" in case:
        assert [[m.text, m.value.iso()] for m in mentions] == case["mentions"]
        return
    assert [m.text for m in mentions] == [case.get("mention", case["text"])]
    value = mentions[0].value
    assert value.iso() == case["iso"]
    if "part_of_day" in case:
        assert value.part_of_day == case["part_of_day"]


@pytest.mark.parametrize("text", CASES["not_dates"]["texts"])
def test_not_a_date(text: str) -> None:
    assert find_dates(text, reference=dt.date.fromisoformat(DEFAULT_REFERENCE)) == []


def test_every_family_has_cases_and_a_negative_table() -> None:
    expected = {"times", "zones", "datelines", "weekdays", "periods", "holidays", "parts"}
    assert expected | {"english", "backrefs"} == set(FAMILIES)
    assert all(len(CASES[name]) >= 3 for name in FAMILIES)
    assert len(CASES["not_dates"]["texts"]) >= 20
