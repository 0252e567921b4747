"""English rules: "September 2023", "early 2025", "the 1990s" and the wire's forms."""

from __future__ import annotations

import attrs

from vnus._date_nodes import Period, Point, Result
from vnus._date_points import century_en, decade_en, english_month, half, quarter
from vnus._date_reader import EN_QUALIFIERS, Reader


def english(r: Reader, i: int) -> Result | None:
    """ "September 2023", "the 1990s", "the 21st century", "Q1 2025"."""
    word = r.w(i)
    if word == "the":
        return decade_en(r, i + 1) or century_en(r, i + 1) or half(r, i)
    month = english_month(r, i)
    if month is not None:
        year = r.year4(i + 1)
        if year is not None and r.free_after(i + 2):
            return Point(year, month), i + 2
        return None
    return half(r, i) or quarter(r, i)


def english_qualified(r: Reader, i: int) -> Result | None:
    start = i + 1 if r.w(i) == "the" else i
    qualifier = EN_QUALIFIERS.get(r.w(start))
    if qualifier is None:
        return None
    j = start + 1
    if r.w(j) == "-" and r.adj(j):
        j += 1
    year = r.year4(j)
    decade = year is not None and year % 10 == 0 and r.w(j + 1) == "s"
    if decade and year is not None and r.adj(j + 1) and r.free_after(j + 2):
        return Period("decade", year, year, qualifier), j + 2
    if year is not None and r.free_after(j + 1):
        return Point(year, qualifier=qualifier), j + 1
    inner = english(r, j) or quarter(r, j, glued=True) or century_en(r, j)
    if inner is None:
        return None
    node, end = inner
    if isinstance(node, Point) and node.day is None:
        return attrs.evolve(node, qualifier=qualifier), end
    if isinstance(node, Period):
        return attrs.evolve(node, qualifier=qualifier), end
    return None
