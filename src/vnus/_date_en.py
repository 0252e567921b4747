"""English rules: "September 2023", "early 2025", "the 1990s" and the wire's forms."""

from __future__ import annotations

import attrs

from vnus._date_model import DateValue, Qualifier, period, qualify
from vnus._date_nodes import Fixed, Period, Point, Result
from vnus._date_points import (
    century_en,
    counted_period,
    decade_en,
    english_month,
    half,
    quarter,
)
from vnus._date_reader import (
    EN_PERIOD_COUNTS,
    EN_PERIOD_SHIFTS,
    EN_QUALIFIER_PHRASES,
    EN_QUALIFIERS,
    Reader,
    add_months,
)


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
    """ "early 2025", "the late 1990s", "mid-October", "in early September", "by the end
    of 2025", "the beginning of next year"."""
    start = i + 1 if r.w(i) == "the" else i
    qualifier = EN_QUALIFIERS.get(r.w(start))
    j = start + 1
    if qualifier is None and start > i:
        qualifier = EN_QUALIFIER_PHRASES.get((r.w(start), r.w(start + 1)))
        j = start + 2
    if qualifier is None:
        return None
    if r.w(j) == "-" and r.adj(j):
        j += 1
    year = r.year4(j)
    decade = year is not None and year % 10 == 0 and r.w(j + 1) == "s"
    if decade and year is not None and r.adj(j + 1) and r.free_after(j + 2):
        return Period("decade", year, year, qualifier), j + 2
    if year is not None and r.free_after(j + 1):
        return Point(year, qualifier=qualifier), j + 1
    month = english_month(r, j)
    if month is not None and r.year4(j + 1) is None:  # "early September": the nearest one
        return Point(None, month, qualifier=qualifier), j + 1
    inner = english(r, j) or quarter(r, j, glued=True) or century_en(r, j)
    if inner is None and r.w(j) in EN_PERIOD_SHIFTS and r.w(j + 1) in ("year", "month"):
        return _relative_qualified(r, j, qualifier)
    if inner is None:
        return None
    node, end = inner
    if isinstance(node, Point) and node.day is None:
        return attrs.evolve(node, qualifier=qualifier), end
    if isinstance(node, Period):
        return attrs.evolve(node, qualifier=qualifier), end
    return None


def _relative_qualified(r: Reader, j: int, qualifier: Qualifier) -> Result | None:
    """ "the end of next year", "early this month"."""
    shift = EN_PERIOD_SHIFTS[r.w(j)]
    if r.w(j + 1) == "year":
        value = DateValue(*period("year", r.today.year + shift), "year")
    else:
        year, month = add_months(r.today, shift)
        value = DateValue(*period("month", year, month), "month")
    return Fixed(qualify(value, qualifier)), j + 2


def english_count(r: Reader, i: int) -> Result | None:
    """ "the past three months", "the last two weeks", "the next 10 days"."""
    if r.w(i) != "the":
        return None
    direction = EN_PERIOD_COUNTS.get(r.w(i + 1))
    if direction is None:
        return None
    return counted_period(r, i + 2, direction)
