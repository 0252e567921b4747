"""Dating costs a small constant times reading the dates, in operation counts, not time.

Issue 9: ``parse_article`` on 65 kB of "quý I/năm " took 23 s where ``find_dates``
took 0.09 s: each date's whole sentence (±500 characters) was read again three times,
the dates were found twice and once more per anniversary phrase, ``combine`` summed
every constraint for every segment and each candidate year summed over every anchor.
Counted here: characters handed to ``find_dates``, and Python calls made while dating,
which must grow linearly with the text.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from types import FrameType
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import vnus.dates
from vnus import _dating
from vnus.corpus import Article


def _article(text: str) -> Article:
    return Article(id="x", title="", paragraphs=(text.strip(),))


def _clear() -> None:
    """Forget what earlier tests read: each count starts from nothing."""
    _dating.forget()


def _characters_read(monkeypatch: pytest.MonkeyPatch, article: Article) -> tuple[int, int]:
    """(calls of find_dates, characters they were given) while dating ``article``."""
    counts = [0, 0]
    find_dates = vnus.dates.find_dates

    def counting(text: str, **options: Any) -> Any:
        counts[0] += 1
        counts[1] += len(text)
        return find_dates(text, **options)

    _clear()
    monkeypatch.setattr(vnus.dates, "find_dates", counting)
    _dating.infer_reference_date(article, today=date(2026, 12, 2))
    monkeypatch.undo()
    return counts[0], counts[1]


def _distinct_days(count: int) -> str:
    """``count`` dates without a year, no two alike, in one long sentence."""
    days = [f"ngày {d}/{m}" for m in range(1, 13) for d in range(1, 29)]
    return " ".join(f"{days[i % len(days)]} vừa qua, đã họp lần {i}," for i in range(count))


def test_the_audit_case_reads_its_text_about_once(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "quý I/năm " * 2000  # the audit's input, at 20 kB: 2,000 dates in one sentence
    calls, characters = _characters_read(monkeypatch, _article(text))
    assert characters <= 1.5 * len(text)  # was ~290 times the text
    assert calls <= 20


@pytest.mark.parametrize("count", [100, 400])
def test_each_date_is_reread_in_a_few_words(monkeypatch: pytest.MonkeyPatch, count: int) -> None:
    """Distinct dates (nothing for a memo to share): three short re-reads each."""
    text = _distinct_days(count)
    calls, characters = _characters_read(monkeypatch, _article(text))
    mentions = len(_dating.find_mentions(text))
    assert mentions == count
    assert calls <= 3 * mentions + 2
    assert characters <= 4 * len(text)  # the text once, and a few words per re-read


def _python_calls(function: Callable[[], object]) -> int:
    """How many Python-level calls (generators resuming included) ``function`` makes."""
    calls = 0

    def profile(frame: FrameType, event: str, arg: object) -> None:
        nonlocal calls
        if event == "call":
            calls += 1

    sys.setprofile(profile)
    try:
        function()
    finally:
        sys.setprofile(None)
    return calls


def _mixed(units: int) -> Article:
    """Every kind of clue, ``units`` times: fixed dates both ways, days without their
    year, a relative date, an anniversary and a year reported with figures."""
    parts = []
    for i in range(units):
        year = 1990 + i % 30
        parts.append(
            f"Ngày {1 + i % 28}/{1 + i % 12}/{year} hai bên đã ký. "
            f"Dự kiến tháng {1 + i % 12} năm {year + 40} sẽ họp. "
            f"Ngày {1 + i % 28}/{1 + (i + 5) % 12} vừa qua đoàn đến, hôm qua về. "
            f"Gần {1 + i % 30} năm kể từ khi thành lập năm {year}. "
            f"Năm {year}, kim ngạch đạt {i} tỷ USD."
        )
    return _article(" ".join(parts))


def test_dating_work_grows_linearly() -> None:
    """Python calls while dating n and 4n units of mixed clues: four times as many, not
    sixteen (the per-segment sums of combine, the per-anchor sums of each candidate year
    and the re-reads of whole sentences each made it quadratic)."""
    small, large = _mixed(40), _mixed(160)
    for article in (small, large):  # warm the finders' lazy data
        _dating.infer_reference_date(article)

    def dating(article: Article) -> Callable[[], object]:
        def run() -> object:
            _clear()
            return _dating.infer_reference_date(article, today=date(2026, 12, 2))

        return run

    ratio = _python_calls(dating(large)) / _python_calls(dating(small))
    assert ratio <= 4.6, ratio


def test_combine_counts_each_constraint_a_bounded_number_of_times(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    constraints = [
        _dating.Constraint(date(2000 + i % 25, 1 + i % 12, 1), None, 1.0, f"c{i}", "date")
        for i in range(300)
    ]
    covers = _dating.Constraint.covers
    calls = [0]

    def counting(self: _dating.Constraint, lo: int, hi: int) -> bool:
        calls[0] += 1
        return covers(self, lo, hi)

    monkeypatch.setattr(_dating.Constraint, "covers", counting)
    _dating.combine(constraints)
    assert calls[0] <= 2 * len(constraints)  # was one per constraint per segment


# --- the short re-read agrees with the sentence re-read --------------------------------------


def _sentence_reread(text: str, mention: Any, reference: date) -> Any:
    """The re-read this module did before: the mention's bounded sentence."""
    left, right = _dating._context(text, *mention.span)
    span = (mention.span[0] - left, mention.span[1] - left)
    for found in vnus.dates.find_dates(text[left:right], reference=reference):
        if found.span == span:
            return found.value
    return None


PIECES = [
    "ngày 25/6",
    "25/6",
    "ngày 1/7",
    "tháng 9",
    "quý I",
    "quý I/năm",
    "đầu năm",
    "cuối năm nay",
    "hôm qua",
    "tuần tới",
    "năm ngoái",
    "thứ Hai",
    "sáng",
    "vào",
    "vừa qua",
    "tới",
    "tới đây",
    "sẽ",
    "đã",
    "năm 2024",
    "tháng 9/2023",
    "ngày 5",
    "(",
    ")",
    ",",
    ".",
    ";",
    "\n",
    "hai bên họp",
    "COVID-19",
    "số 3",
    "cùng ngày",
    "hôm đó",
    "Chủ nhật",
    "thứ Hai tuần trước",
    "tháng trước",
]


@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=14))
def test_a_few_words_classify_a_date_as_its_sentence_does(pieces: list[str]) -> None:
    """classify re-reads a few words around a date instead of its sentence: for every
    date in any mix of dates, cues, back-references and punctuation it gives the kind the
    sentence re-read gave. (A raw value may differ against some other reference: a
    weekday or "cùng ngày" the grammar reads off a date further back.)"""
    text = " ".join(pieces)
    _dating.forget()
    for mention in _dating.find_mentions(text):
        if not mention.anchored:
            continue
        kind = _dating.classify(text, mention)
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(_dating, "_reread", _sentence_reread)
            assert kind == _dating.classify(text, mention), (text, mention)
