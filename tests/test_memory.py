"""Memory of the text-wide readers, as allocations traced (benchmarks/bench_memory.py
measures the peak resident size on 50 M characters).

Issue 9: find_dates took 2.85 GB on 50 M characters. Its tokens were a list of the
pieces with their white space, a list of the words and a list of Python ints: about 200
bytes a token. Now the same word is one shared string, the glue one byte a token and the
ends machine integers.
"""

from __future__ import annotations

import array
import tracemalloc
from pathlib import Path

from vnus._date_reader import _TOKEN_RE, tokenize
from vnus.dates import find_dates

SEEDS = Path(__file__).parents[1] / "seeds"


def _text(size: int) -> str:
    one = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))
    return (one * (size // len(one) + 1))[:size]


def test_tokens_are_compact_and_say_what_the_pieces_said() -> None:
    folded = "năm  2024,năm 2025 (năm)x"
    tokens = tokenize(folded)
    pieces = _TOKEN_RE.findall(folded.rstrip())
    assert tokens.words == [piece.lstrip() for piece in pieces]
    assert list(tokens.glued) == [int(piece == piece.lstrip()) for piece in pieces]
    assert isinstance(tokens.ends, array.array)
    assert list(tokens.ends) == [len("".join(pieces[: i + 1])) for i in range(len(pieces))]
    assert tokens.words[0] is tokens.words[3] is tokens.words[6]  # one string per word


def test_find_dates_allocates_a_bounded_number_of_bytes_per_character() -> None:
    text = _text(1_000_000)
    find_dates(text[:10_000])  # the word tables, outside the figure
    tracemalloc.start()
    try:
        mentions = find_dates(text)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert mentions
    assert peak / len(text) < 25, peak / len(text)  # was about 45
