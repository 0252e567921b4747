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


@pytest.mark.parametrize(
    ("text", "might"),
    [
        ("Giá tăng mạnh, xuất khẩu cũng vậy.", False),
        ("", False),
        ("2025", True),
        ("(Hôm qua)", True),  # a start word after a bracket is still a letter run
        ("xuất khẩu tăng từ", True),
        ("Chủ tịch nói", True),  # "chủ" is a start word, though only "chủ nhật" starts a rule
    ],
)
def test_might_hold_a_date_is_false_only_without_digits_and_start_words(
    text: str, might: bool
) -> None:
    from vnus._date_grammar import fold_for_dates, might_hold_a_date

    folded, _ = fold_for_dates(text)
    assert might_hold_a_date(folded) is might


def _texts() -> list[str]:
    texts = [row["text"] for family, rows in CASES.items() if family != "not_dates" for row in rows]
    return texts + list(CASES["not_dates"]["texts"])


def test_rules_read_well_inside_the_padding() -> None:
    """Every prefix of every grammar case, scanned at every token: no read strays more than
    half of PAD past the last token or before the first, so PAD leaves room to spare."""
    from vnus._date_grammar import PAD, Parser, fold_for_dates

    now = dt.datetime(2025, 6, 15)
    furthest_ahead = furthest_behind = 0
    for text in _texts():
        for cut in range(1, len(text) + 1):
            prefix = text[:cut]
            folded, offsets = fold_for_dates(prefix)
            parser = Parser(prefix, folded, offsets, now)
            read = parser.w
            reads: list[int] = []

            def recording(i: int, read: Any = read, reads: list[int] = reads) -> str:
                reads.append(i)
                return str(read(i))

            parser.w = recording
            parser.scan(every_token=True)
            if reads:
                furthest_ahead = max(furthest_ahead, max(reads) - parser.size + 1)
                furthest_behind = max(furthest_behind, -min(reads))
    assert 0 < furthest_ahead <= PAD // 2
    assert 0 < furthest_behind <= PAD // 2
