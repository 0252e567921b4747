"""Precision and recall of find_dates on annotated news sentences.

tests/cases/dates-annotated.jsonl holds every sentence of the seed articles that has a
figure in it, and sentences of the same kind written for the families the seeds lack;
each with the reference date it is read against and every date mention (span text and
ISO 8601 value). Sentences marked ``xfail`` are known misses, run as strict xfails.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from vnus.dates import find_dates

CASES_PATH = Path(__file__).parent / "cases" / "dates-annotated.jsonl"
CASES: list[dict[str, Any]] = [
    json.loads(line) for line in CASES_PATH.read_text(encoding="utf-8").splitlines() if line
]


def _found(case: dict[str, Any]) -> set[tuple[str, str]]:
    reference = dt.date.fromisoformat(case["reference"])
    return {(m.text, m.value.iso()) for m in find_dates(case["text"], reference=reference)}


def _gold(case: dict[str, Any]) -> set[tuple[str, str]]:
    return {(text, iso) for text, iso in case["dates"]}


def scores(cases: list[dict[str, Any]]) -> tuple[float, float, float]:
    """Precision, recall and F1 of exact (span text, value) matches over ``cases``."""
    hits = found = expected = 0
    for case in cases:
        got, gold = _found(case), _gold(case)
        hits += len(got & gold)
        found += len(got)
        expected += len(gold)
    precision = hits / found if found else 1.0
    recall = hits / expected if expected else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def test_the_set_is_what_it_claims() -> None:
    seeds = [c for c in CASES if c["source"].startswith("seed")]
    written = [c for c in CASES if c["source"] == "written"]
    assert len(seeds) >= 70
    assert len(written) >= 100
    assert sum(len(c["dates"]) for c in CASES) >= 150
    for case in CASES:  # every annotated span occurs in its sentence
        for text, _ in case["dates"]:
            assert text in case["text"]


def test_precision_recall_f1() -> None:
    precision, recall, f1 = scores(CASES)
    assert precision >= 0.99
    assert recall >= 0.98
    assert f1 >= 0.98


def test_known_misses_are_few() -> None:
    assert sum("xfail" in c for c in CASES) <= 5


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(
            case,
            id=case["text"][:60],
            marks=[pytest.mark.xfail(strict=True, reason=case["xfail"])] if "xfail" in case else [],
        )
        for case in CASES
    ],
)
def test_sentence(case: dict[str, Any]) -> None:
    assert _found(case) == _gold(case)


def test_starting_only_where_a_rule_can_start_finds_the_same_on_the_set() -> None:
    from vnus._date_grammar import Parser, fold_for_dates

    for case in CASES:
        folded, offsets = fold_for_dates(case["text"])
        now = dt.datetime.fromisoformat(case["reference"])
        fast = Parser(case["text"], folded, offsets, now).scan()
        assert fast == Parser(case["text"], folded, offsets, now).scan(every_token=True)
