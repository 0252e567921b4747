"""Dating an article against reading its dates: the factor, on ordinary and hostile text.

For each text: ``find_dates`` on the article's evidence text (title, body, captions)
and ``infer_reference_date`` on the article (every source: dates, terms, titles,
anniversaries), best of several runs, and the date-only part of dating (the sources
that read dates, and the fitting of dates without a year) on its own. Goal: dating
within a small constant factor of ``find_dates`` (tests/test_dating_cost.py bounds the
same work as operation counts).

Run: ``python benchmarks/bench_dating.py``.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date

from _common import seed_articles, table

from vnus import _dating
from vnus.corpus import Article, parse_article
from vnus.dates import find_dates

TODAY = date(2026, 12, 2)


def _clear() -> None:
    _dating.forget()


def best(function: Callable[[], object], repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        _clear()
        started = time.perf_counter()
        function()
        times.append(time.perf_counter() - started)
    return min(times)


def texts() -> list[tuple[str, Article]]:
    seeds = [
        parse_article(text, f"seed{i}", infer_date=False) for i, text in enumerate(seed_articles())
    ]
    joined = Article(
        id="seeds",
        title="",
        paragraphs=tuple(p for article in seeds for p in article.paragraphs) * 4,
    )
    distinct = " ".join(
        f"ngày {d}/{m} vừa qua, đã họp lần {m * 31 + d},"
        for m in range(1, 13)
        for d in range(1, 29)
    )
    return [
        ("the five seed articles, 4 times over", joined),
        (
            '"quý I/năm " x 6,500 (the audit, 65 kB)',
            Article("q", "", (("quý I/năm " * 6500).strip(),)),
        ),
        ("336 distinct days without a year", Article("d", "", (distinct + ".",))),
    ]


def main() -> None:
    rows = []
    only_dates = (_dating.body_dates, _dating.anniversaries)
    for label, article in texts():
        text = _dating._evidence_text(article)
        _dating.infer_reference_date(article, today=TODAY)  # warm the lazy data
        reading = best(lambda text=text: find_dates(text))  # type: ignore[misc]
        dating = best(lambda a=article: _dating.infer_reference_date(a, today=TODAY))  # type: ignore[misc]
        dates_part = best(
            lambda a=article: _dating.infer_reference_date(a, only_dates, today=TODAY)  # type: ignore[misc]
        )
        rows.append(
            [
                label,
                f"{len(text):,}",
                f"{reading * 1000:.1f}",
                f"{dating * 1000:.1f}",
                f"{dating / reading:.1f}x",
                f"{dates_part / reading:.1f}x",
            ]
        )
    print("Dating against find_dates on the same text (best of 3, ms)\n")
    headers = ["text", "chars", "find_dates", "dating", "factor", "dates-only factor"]
    print(table(rows, headers))


if __name__ == "__main__":
    main()
