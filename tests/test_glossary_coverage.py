"""How much of what a translator of US–Vietnam news looks up the shipped glossary answers.

The list (tests/cases/glossary-coverage.tsv) was written before the entries that answer
it, from what such news names, so the share it reports is a measure and not a tuning
target. A query counts as found when ``Glossary.lookup`` returns a term of an expected
kind and country: finding the wrong thing is a miss. Run this file directly for the
report (share per area and the misses):

    .venv/bin/python tests/test_glossary_coverage.py
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from typing import NamedTuple

import pytest

from vnus._resources import data_dir
from vnus.errors import TermNotFound
from vnus.glossary import KINDS, Glossary

CASES = Path(__file__).parent / "cases" / "glossary-coverage.tsv"
#: The share found must not fall below issue 13's goal.
FLOOR = 0.90
AREAS = ("vn", "us", "law", "intl", "vocab")


class Query(NamedTuple):
    line: int
    area: str
    query: str
    kinds: frozenset[str]
    country: str | None


def read_cases(path: Path = CASES) -> list[Query]:
    """The coverage list; a malformed row raises ValueError naming its line."""
    queries: list[Query] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line or line.startswith("#") or line.startswith("area\t"):
            continue
        cells = line.split("\t")
        if len(cells) != 4:
            raise ValueError(f"{path.name}:{number}: expected 4 tab-separated cells")
        area, query, kinds, country = cells
        wanted = frozenset(kinds.split("|"))
        if area not in AREAS or not query.strip() or not wanted <= set(KINDS):
            raise ValueError(f"{path.name}:{number}: bad area, query or kind in {line!r}")
        queries.append(Query(number, area, query, wanted, None if country == "-" else country))
    return queries


def found(glossary: Glossary, query: Query) -> bool:
    try:
        term = glossary.lookup(query.query)
    except TermNotFound:
        return False
    return term.kind in query.kinds and term.country == query.country


def report(glossary: Glossary, queries: list[Query]) -> tuple[float, str]:
    hits = Counter(q.area for q in queries if found(glossary, q))
    totals = Counter(q.area for q in queries)
    lines = [
        f"{area:6} {hits[area]:3}/{totals[area]:3} {hits[area] / totals[area]:6.1%}"
        for area in AREAS
    ]
    share = sum(hits.values()) / len(queries)
    lines.append(f"{'all':6} {sum(hits.values()):3}/{len(queries):3} {share:6.1%}")
    misses = [f"  miss {q.area}: {q.query}" for q in queries if not found(glossary, q)]
    return share, "\n".join(lines + misses)


QUERIES = read_cases()


def test_the_list_is_large_enough_and_has_both_sides() -> None:
    assert len(QUERIES) >= 150
    assert len({q.query for q in QUERIES}) == len(QUERIES), "a query is listed twice"
    assert {q.country for q in QUERIES} >= {"VN", "US", None}


@pytest.mark.parametrize(
    "row",
    [
        "vn\tBộ Công Thương\tministry",  # a cell missing
        "xx\tBộ Công Thương\tministry\tVN",  # an unknown area
        "vn\tBộ Công Thương\tminstry\tVN",  # a misspelt kind
        "vn\t \tministry\tVN",  # an empty query
    ],
)
def test_a_malformed_row_is_refused_with_its_line(tmp_path: Path, row: str) -> None:
    path = tmp_path / "cases.tsv"
    path.write_text("# comment\narea\tquery\tkinds\tcountry\n" + row + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"cases\.tsv:3:"):
        read_cases(path)


def test_a_wrong_kind_or_country_is_a_miss() -> None:
    glossary = Glossary.from_path(data_dir("glossary"))
    right = Query(0, "vn", "Bộ Công Thương", frozenset({"ministry"}), "VN")
    assert found(glossary, right)
    assert not found(glossary, right._replace(kinds=frozenset({"agency"})))
    assert not found(glossary, right._replace(country="US"))
    assert not found(glossary, right._replace(query="Bộ Không Tồn Tại"))


def test_the_shipped_glossary_covers_the_list() -> None:
    share, text = report(Glossary.from_path(data_dir("glossary")), QUERIES)
    print("\n" + text)
    assert share >= FLOOR, text


if __name__ == "__main__":
    sys.stdout.write(report(Glossary.from_path(data_dir("glossary")), QUERIES)[1] + "\n")
