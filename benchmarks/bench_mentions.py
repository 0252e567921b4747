"""find_terms against flashtext and a plain pyahocorasick scan, on ~1 MB of news text.

Each tool gets every form of every glossary term (names, variants, abbreviations). The
figures: throughput in MB/s, vnus's ratio to each, how many mentions each finds in the
five seed articles, and how many of a set of spelling variants each finds (no
diacritics, sĩ/sỹ, hoà/hòa, decomposed text, odd spaces). Then linear time on hostile
inputs: time at 4x the input over time at 1x (4.0 means linear).
"""

from __future__ import annotations

import random
import sys
import time
import unicodedata
from collections.abc import Callable
from typing import Any

from _common import best_of, best_wall_and_cpu, mb_per_s, seed_articles, seed_text, table, utf8_size

import vnus
from vnus.mentions import compile_matcher, find_terms, find_titles

VIETNAMESE_LETTERS = "".join(
    sorted({c for c in "".join(seed_articles()) if c.isalpha() and not c.isascii()})
)


def forms() -> dict[str, str]:
    """Every glossary form -> its term id (the last term wins a shared form)."""
    found: dict[str, str] = {}
    for term in vnus.glossary():
        for form in term.forms():
            found[form] = term.id
    return found


def flashtext_finder() -> Callable[[str], list[Any]] | None:
    try:
        from flashtext import KeywordProcessor
    except ImportError:
        return None
    processor = KeywordProcessor(case_sensitive=False)
    for letter in VIETNAMESE_LETTERS + VIETNAMESE_LETTERS.upper():
        processor.add_non_word_boundary(letter)  # "Mỹ" is a word, not "M" + boundary
    for form, ident in forms().items():
        processor.add_keyword(form, ident)
    return lambda text: processor.extract_keywords(text, span_info=True)


def ahocorasick_finder() -> Callable[[str], list[Any]]:
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for form, ident in forms().items():
        automaton.add_word(form.lower(), (len(form), ident))
    automaton.make_automaton()

    def find(text: str) -> list[Any]:
        lowered = text.lower()
        found = []
        for end, (size, ident) in automaton.iter_long(lowered):
            start = end - size + 1
            before = lowered[start - 1] if start else " "
            after = lowered[end + 1] if end + 1 < len(lowered) else " "
            if not before.isalnum() and not after.isalnum():  # whole words only
                found.append((ident, start, end + 1))
        return found

    return find


def strip_marks(text: str) -> str:
    """Text without diacritics, as typed on a keyboard without Vietnamese input."""
    bare = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return bare.replace("đ", "d").replace("Đ", "D")


def variant_sentences() -> list[tuple[str, int, int]]:
    """One sentence per Vietnamese form, each written in a spelling a writer may use,
    with where that spelling lies in it."""
    rng = random.Random(5)
    sentences = []
    for term in vnus.glossary():
        for form in (term.vi, *term.vi_variants):
            if form.isascii():
                continue
            change = rng.choice(
                [
                    strip_marks,  # no diacritics, capitals kept
                    lambda s: unicodedata.normalize("NFD", s),  # decomposed marks
                    lambda s: s.replace("ỳ", "ì").replace("ỹ", "ĩ").replace("ý", "í"),
                    lambda s: s.replace("òa", "oà").replace("ủy", "uỷ").replace(" ", "\u00a0"),
                    lambda s: s.upper(),
                ]
            )
            spelling = change(form)
            sentences.append((f"Theo {spelling} cho biết.", 5, 5 + len(spelling)))
    return sentences


def found_in(find: Callable[[str], list[Any]], sentence: str, start: int, end: int) -> bool:
    """Whether ``find`` reports something inside the varied spelling of ``sentence``."""
    for mention in find(sentence):
        span = getattr(mention, "span", None) or mention[1:3]
        if start <= span[0] and span[1] <= end:
            return True
    return False


def linear_ratio(function: Callable[[str], Any], unit: str, count: int) -> float:
    small = unit * count
    large = unit * (4 * count)
    return best_of(lambda: function(large), repeat=3) / best_of(lambda: function(small), repeat=3)


def main() -> int:
    text = seed_text()
    size = utf8_size(text)
    matcher = compile_matcher()
    started = time.perf_counter()
    compile_matcher.cache_clear()
    matcher = compile_matcher()
    build = time.perf_counter() - started

    tools: list[tuple[str, Callable[[str], list[Any]]]] = [
        ("vnus.find_terms", lambda t: find_terms(t, matcher=matcher))
    ]
    flashtext = flashtext_finder()
    if flashtext is not None:
        tools.append(("flashtext", flashtext))
    else:
        print("flashtext is not installed (pip install -e '.[bench]'): skipped")
    tools.append(("pyahocorasick (raw forms)", ahocorasick_finder()))

    seeds = seed_articles()
    variants = variant_sentences()
    rows = []
    speeds: dict[str, float] = {}  # by CPU time: the machine may be shared
    for name, find in tools:
        wall, cpu = best_wall_and_cpu(lambda find=find: find(text))
        speeds[name] = mb_per_s(size, cpu)
        in_seeds = sum(len(find(article)) for article in seeds)
        in_variants = sum(found_in(find, *case) for case in variants)
        rows.append(
            [
                name,
                f"{speeds[name]:.1f}",
                f"{mb_per_s(size, wall):.1f}",
                str(in_seeds),
                f"{in_variants}/{len(variants)}",
            ]
        )
    vnus_speed = speeds["vnus.find_terms"]
    for row in rows:
        row.insert(3, f"{vnus_speed / speeds[row[0]]:.2f}x")
    print(f"{size / 1e6:.2f} MB of seed text; matcher built in {build:.2f} s\n")
    header = ["tool", "MB/s (CPU)", "MB/s (wall)", "vnus speed / tool (CPU)"]
    print(table(rows, [*header, "seed mentions", "variant spellings found"]))
    titles = best_of(lambda: find_titles(text), repeat=2)
    print(f"\nvnus.find_titles: {mb_per_s(size, titles):.1f} MB/s on the same text")

    print("\nLinear time on hostile inputs (time at 4x input / time at 1x; 4.0 is linear):")
    hostile = [
        ("find_terms, 'Bộ ' x 1e5", find_terms, "Bộ ", 100_000),
        ("find_titles, 'Bộ ' x 1e5", find_titles, "Bộ ", 100_000),
        ("find_titles, 'Thứ trưởng Bộ ' x 2e4", find_titles, "Thứ trưởng Bộ ", 20_000),
        (
            "find_titles, titles before long capitalised runs",
            find_titles,
            "Bộ trưởng " + "Nguyễn " * 40,
            1_000,
        ),
        (
            "find_titles, 'Bộ trưởng Nguyễn Văn A, ' x 5e3",
            find_titles,
            "Bộ trưởng Nguyễn Văn A, ",
            5_000,
        ),
        (
            "find_titles, 'phụ trách ' after a title",
            lambda t: find_titles("Thứ trưởng phụ trách " + t),
            "thương mại ",
            20_000,
        ),
    ]
    for label, function, unit, count in hostile:
        print(f"  {label:55} {linear_ratio(function, unit, count):5.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
