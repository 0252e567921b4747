"""Linear time on hostile input: every public text entry point at n and at 4n.

Each case feeds one entry point an input built to stress its regular expressions and
scans (long runs of spaces, NBSP, digits, "1/1/1/...", capitalised words, "Bộ " x n,
"-" x n, combining marks, a line without a newline, a page of 10^5 chrome lines ...).
n grows until one call takes at least 20 ms; the table shows the time at n and at 4n
and their ratio: about 4 is linear, about 16 quadratic. A ratio above 8 is measured
again (best of 3 rounds); the script exits 1 when one stays above 8.

Run: ``make bench`` or ``.venv/bin/python benchmarks/bench_linear.py [substring ...]``
(only the cases whose name contains one of the substrings).
"""

from __future__ import annotations

import datetime
import gc
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from _common import seed_articles, table

import vnus
from vnus import corpus
from vnus._page import parse_page

MIN_TIME = 0.020  # seconds: one call at n takes at least this long
MAX_CHARS = 8_000_000  # stop growing n here even if a call is still faster than MIN_TIME
LIMIT = 8.0  # ratio of time(4n) / time(n) above which a case fails
REFERENCE = datetime.date(2024, 10, 11)

Build = Callable[[int], str]
Run = Callable[[str], Any]


def _quiet(function: Callable[[str], Any]) -> Run:
    """``function``, with the errors a hostile query is expected to raise swallowed."""

    def run(text: str) -> Any:
        try:
            return function(text)
        except LookupError:  # TermNotFound: not a title, no such term
            return None

    return run


def _long_line() -> str:
    """The seed body text as one line: every newline replaced by a space."""
    return " ".join(" ".join(seed_articles()).split("\n"))


LONG_LINE = _long_line()


def _seed_line(n: int) -> str:
    return (LONG_LINE * (n // len(LONG_LINE) + 1))[:n]


# Hostile inputs, each a function of a size n (roughly the length in characters).
TEXTS: dict[str, Build] = {
    "spaces": lambda n: "a" + " " * n + "b",
    "nbsp": lambda n: "a" + "\u00a0" * n + "b",
    "tabs+spaces": lambda n: "a" + " \t" * (n // 2) + "b",
    "digits": lambda n: "1" * n,
    "1/1/1/": lambda n: "1/" * (n // 2),
    "1.1.1.": lambda n: "1." * (n // 2),
    "digits spaces": lambda n: "2024 " * (n // 5),
    "Capitalised": lambda n: "Bill " * (n // 5),
    "Bộ x n": lambda n: "Bộ " * (n // 3),
    "Bộ trưởng x n": lambda n: "Bộ trưởng " * (n // 10),
    "dashes": lambda n: "-" * n,
    "- x n": lambda n: "- " * (n // 2),
    "combining": lambda n: "a" + "\u0301" * n,
    "ngày x n": lambda n: "ngày " * (n // 5),
    "tháng năm": lambda n: "tháng 9 năm " * (n // 12),
    "long line": _seed_line,
    "urls": lambda n: "https://a" * (n // 9),
    "Ông Capitalised": lambda n: "Thứ trưởng Ông " + "Bill " * (n // 5),
    "tỷ x n": lambda n: "tỷ " * (n // 4),
    "1 tỷ x n": lambda n: "1 tỷ " * (n // 5),
    "amounts x n": lambda n: "từ 20 đến 25%, khoảng 88,4 tỷ USD; " * (n // 35),
    "1.000.000.": lambda n: "1" + ".000" * (n // 4),
    "$ x n": lambda n: "$" * n,
    "hai mươi x n": lambda n: "hai mươi " * (n // 9),
    "20-20-20": lambda n: "20-" * (n // 3) + "25%",
}


def _page(lines: str) -> Build:
    return lambda n: "Tiêu đề bài\n\nNội dung chính.\n\n" + lines * (n // len(lines))


PAGES: dict[str, Build] = {
    "Bình luận lines": _page("Bình luận\n"),
    "'- ' lines": _page("- \n"),
    "'-' lines": _page("-\n"),
    "credit line": lambda n: "Tiêu đề\n\nNội dung.\n\nẢnh" + " - Ảnh: x" * (n // 9) + "(\n",
    "credit spaces": lambda n: "Tiêu đề\n\nNội dung.\n\nẢnh - Ảnh:" + " " * n + "(\n",
    "stamp spaces": lambda n: "Tiêu đề\n\nNội dung.\n\nTin liên quan\n-\n07:34" + " " * n + "x\n",
    "long line page": lambda n: "Tiêu đề\n\n" + _seed_line(n) + "\n",
    "dates in one sentence": _page("ngày 1/2 vừa qua, đã họp ngày 25/6 và "),
    "anniversaries": _page("gần 28 năm kể từ khi "),
    "years opening": _page("Năm 2023, xuất khẩu đạt 74,3 tỷ USD; "),
    "seed pages": lambda n: "\n\n".join(seed_articles()) * (n // 20_000 + 1),
}


def _iter_articles(page: str) -> Any:
    """Write ``page`` to a temporary .txt file and load it through vnus.corpus."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "page.txt"
        path.write_text(page, encoding="utf-8")
        # the growth check makes pages past the default record limit (16 MiB) on purpose
        return list(corpus.iter_articles(path, max_record_bytes=1 << 30))


def _cases() -> list[tuple[str, str, Run, Build]]:
    g = vnus.glossary()
    functions: list[tuple[str, Run, list[str]]] = [
        ("normalize", vnus.normalize, list(TEXTS)),
        ("normalize new", lambda t: vnus.normalize(t, tone_style="new"), list(TEXTS)),
        ("fold", vnus.fold, list(TEXTS)),
        ("fold_with_offsets", vnus.fold_with_offsets, list(TEXTS)),
        ("find_terms", vnus.find_terms, list(TEXTS)),
        ("find_titles", vnus.find_titles, list(TEXTS)),
        ("translate_title", _quiet(vnus.translate_title), ["Bộ x n", "Bộ trưởng x n", "spaces"]),
        ("find_dates", lambda t: vnus.find_dates(t, reference=REFERENCE), list(TEXTS)),
        ("parse_date", lambda t: vnus.parse_date(t, reference=REFERENCE), list(TEXTS)),
        ("find_amounts", vnus.find_amounts, list(TEXTS)),
        ("parse_amount", vnus.parse_amount, list(TEXTS)),
        ("Glossary.lookup", _quiet(g.lookup), ["Bộ x n", "spaces", "digits", "long line"]),
        ("Glossary.search", g.search, ["Bộ x n", "spaces", "digits", "long line"]),
    ]
    cases = [(f, t, run, TEXTS[t]) for f, run, texts in functions for t in texts]
    cases += [("parse_page", p, parse_page, build) for p, build in PAGES.items()]
    cases += [("iter_articles", p, _iter_articles, build) for p, build in PAGES.items()]
    return cases


def _time(run: Run, text: str, repeat: int = 3) -> float:
    """Best time of ``repeat`` calls, with the garbage collector off as timeit does."""
    best = float("inf")
    gc.collect()
    gc.disable()
    try:
        for _ in range(repeat):
            started = time.perf_counter()
            run(text)
            best = min(best, time.perf_counter() - started)
    finally:
        gc.enable()
    return best


def _calibrate(run: Run, build: Build) -> tuple[int, float]:
    """The smallest n (doubling from 256) at which one call takes MIN_TIME, and that time."""
    n = 256
    run(build(n))  # load the glossary, build matchers: first-call costs are not the input's
    while True:
        seconds = _time(run, build(n), repeat=1)
        if seconds >= MIN_TIME or len(build(2 * n)) > MAX_CHARS:
            return n, seconds
        n *= 2


def measure(run: Run, build: Build, scale: int = 1) -> tuple[int, float, float]:
    """(n, best time at n, best time at 4n), n calibrated and then multiplied by ``scale``."""
    n, _ = _calibrate(run, build)
    n *= scale
    small, large = build(n), build(4 * n)
    return n, _time(run, small), _time(run, large)


def main(argv: list[str]) -> int:
    rows, failures = [], []
    for function, text, run, build in _cases():
        name = f"{function} / {text}"
        if argv and not any(word in name for word in argv):
            continue
        n, small, large = measure(run, build)
        ratio = large / small if small > 0 else 0.0
        if ratio > LIMIT:
            # Measure again at 4n and 16n: the machine is shared, and a one-off step in the
            # cost per character (such as fold_with_offsets' shared ints ending at 2**20
            # characters) is not super-linear time, while a quadratic stays at 16.
            n, small, large = measure(run, build, scale=4)
            ratio = large / small if small > 0 else 0.0
        verdict = "ok" if ratio <= LIMIT else "SUPER-LINEAR"
        if ratio > LIMIT:
            failures.append(name)
        times = [f"{small * 1e3:.1f}", f"{large * 1e3:.1f}", f"{ratio:.1f}"]
        rows.append([function, text, f"{len(build(n)):,}", *times, verdict])
        print(f"{name}: {ratio:.1f} ({small * 1e3:.1f} -> {large * 1e3:.1f} ms)", flush=True)
    print()
    print(table(rows, ["entry point", "input", "chars at n", "ms at n", "ms at 4n", "4n/n", ""]))
    if failures:
        print(f"\n{len(failures)} super-linear (4n/n > {LIMIT:g}): " + "; ".join(failures))
        return 1
    print(f"\nall {len(rows)} cases linear (4n/n <= {LIMIT:g})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
