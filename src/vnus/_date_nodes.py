"""The nodes rules build and how they resolve against the reference date.

Each rule returns a *node*: a :class:`Point` (year, month, day, time as written, any of
them missing), a :class:`Period` (something built from a year, such as a quarter), a
:class:`Fixed` value (relative expressions, already anchored) or a :class:`Span` (a range
of two nodes). :func:`resolve` turns a node into a :class:`DateValue`, inferring a missing
year from the reference date and the preference (``"past"``, ``"future"``, ``"nearest"``).
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

import attrs

from vnus._date_lunar import lunar_to_solar
from vnus._date_model import (
    GRAINS,
    DateValue,
    Grain,
    PartOfDay,
    Qualifier,
    period,
    period_of,
    qualify,
)

Hint = Literal["past", "future"] | None
Result = tuple["AnyNode", int]


@attrs.frozen(slots=True)
class Point:
    """A calendar point as written; a missing year is inferred when resolved."""

    year: int | None
    month: int | None = None
    day: int | None = None
    hour: int | None = None
    minute: int | None = None
    part: PartOfDay | None = None
    qualifier: Qualifier | None = None
    anchored: bool = False  # the year written was taken from the reference ("năm nay")
    weekday: int | None = None  # the weekday written beside the day ("thứ Hai (25/6)")
    lunar: bool = False  # a day of the lunar calendar ("rằm tháng Giêng", "10/3 âm lịch")
    zone: str | None = None  # an offset ("+07:00") or an IANA zone the time is in

    def build(self, year: int, today: dt.date) -> DateValue | None:
        month, day = self.month, self.day
        if month is None and self.hour is not None:  # a time alone is today's
            year, month, day = today.year, today.month, today.day
        if self.lunar and month is not None:
            solar = lunar_to_solar(year, month, day or 1)
            if solar is None:
                return None
            if day is None:  # a lunar month: from its first day to the day before the next
                following = lunar_to_solar(year + month // 12, month % 12 + 1, 1)
                if following is None:
                    return None
                return DateValue(solar, following - dt.timedelta(days=1), "day", self.part)
            year, month, day = solar.year, solar.month, solar.day
        try:
            if month is None:
                first, last = period("year", year)
                value = DateValue(first, last, "year", self.part)
            elif day is None:
                first, last = period("month", year, month)
                value = DateValue(first, last, "month", self.part)
            elif self.hour is None:
                moment = dt.date(year, month, day)
                value = DateValue(moment, moment, "day", self.part)
            else:
                stamp = dt.datetime(year, month, day) + dt.timedelta(
                    hours=self.hour, minutes=self.minute or 0
                )
                if self.zone is not None:
                    stamp = stamp.replace(tzinfo=zone_info(self.zone))
                grain: Grain = "hour" if self.minute is None else "minute"
                value = DateValue(stamp, stamp, grain, self.part)
        except ValueError:
            return None
        return qualify(value, self.qualifier) if self.qualifier else value

    @property
    def dated(self) -> bool:
        return self.month is not None or self.year is not None


@attrs.frozen(slots=True)
class Period:
    """A quarter, half, decade or century, a run of months, or any of them qualified."""

    grain: Grain
    number: int
    year: int | None
    qualifier: Qualifier | None = None
    last: int | None = None  # a run of months: number..last
    anchored: bool = False  # the year was taken from the reference ("nửa cuối năm")

    def build(self, year: int, today: dt.date) -> DateValue | None:
        try:
            if self.last is not None:
                first = period("month", year, self.number)[0]
                last = period("month", year, self.last)[1]
                value = DateValue(first, last, self.grain)
            else:
                first, last = period(self.grain, year, self.number)
                value = DateValue(first, last, self.grain)
        except ValueError:
            return None
        return qualify(value, self.qualifier) if self.qualifier else value


@attrs.frozen(slots=True)
class Fixed:
    """A value already anchored on the reference date (today, next week, 3 days ago)."""

    value: DateValue

    @property
    def year(self) -> int:
        return as_date(self.value.start).year

    def build(self, year: int, today: dt.date) -> DateValue | None:
        return self.value


@attrs.frozen(slots=True)
class Span:
    """A range: the first node's start to the last node's end."""

    first: Point | Period | Fixed
    last: Point | Period | Fixed


@attrs.frozen(slots=True)
class Back:
    """ "cùng ngày", "hôm đó", "the same day": the day of the mention before it."""

    part: PartOfDay | None = None


AnyNode = Point | Period | Fixed | Span | Back


def zone_info(zone: str) -> dt.tzinfo:
    """A fixed offset (``"+07:00"``) or an IANA zone (``"America/New_York"``)."""
    if zone[:1] in "+-":
        hours, _, minutes = zone[1:].partition(":")
        offset = dt.timedelta(hours=int(hours), minutes=int(minutes or 0))
        return dt.timezone(-offset if zone[0] == "-" else offset)
    from zoneinfo import ZoneInfo

    return ZoneInfo(zone)


# --- resolution ------------------------------------------------------------------------------


def _distance(value: DateValue, today: dt.date) -> int:
    start, end = as_date(value.start), as_date(value.end)
    if start <= today <= end:
        return 0
    return min(abs((start - today).days), abs((end - today).days))


def as_date(moment: dt.date) -> dt.date:
    return moment.date() if isinstance(moment, dt.datetime) else moment


def _settle(node: Point | Period | Fixed, today: dt.date, hint: Hint) -> DateValue | None:
    """Build ``node``; without a year, take the year that puts it nearest ``today``."""
    if node.year is not None:
        return node.build(node.year, today)
    best: DateValue | None = None
    best_distance = 0
    # The year before, this year and the next; further only for 29 February.
    years = [today.year - 1, today.year, today.year + 1]
    if isinstance(node, Point) and (node.month, node.day) == (2, 29):
        years = list(range(today.year - 4, today.year + 5))
    if isinstance(node, Point) and node.weekday is not None and node.day is not None:
        # The weekday written beside the day says which year: keep those that agree.
        agreeing = [y for y in years if _weekday_of(node, y, today) == node.weekday]
        if agreeing:
            years, hint = agreeing, None
    for year in years:
        value = node.build(year, today)
        if value is None:
            continue
        if hint == "past" and as_date(value.start) > today:
            continue
        if hint == "future" and as_date(value.end) < today:
            continue
        distance = _distance(value, today)
        if best is None or distance < best_distance:
            best, best_distance = value, distance
    return best


def _weekday_of(node: Point, year: int, today: dt.date) -> int | None:
    value = node.build(year, today)
    return None if value is None else as_date(value.start).weekday()


def conflict(node: AnyNode, value: DateValue) -> str | None:
    """What disagrees in ``node`` once resolved to ``value``: a weekday the day is not."""
    if not isinstance(node, Point) or node.weekday is None or node.day is None:
        return None
    day = as_date(value.start)
    if day.weekday() == node.weekday:
        return None
    names = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
    return f"the text says {names[node.weekday]}, but {day.isoformat()} is a {names[day.weekday()]}"


def _borrow(first: Point, last: Point) -> Point:
    """Fill what the first end of a range leaves to the second: "từ 1 đến 5/9"."""
    if first.month is None and (first.day is not None or first.hour is not None):
        first = attrs.evolve(first, month=last.month)
        if first.day is None:
            first = attrs.evolve(first, day=last.day)
    return first


def _finer(a: Grain, b: Grain) -> Grain:
    return a if GRAINS.index(a) <= GRAINS.index(b) else b


def join(first: DateValue, last: DateValue) -> DateValue | None:
    """The range from ``first`` to ``last``, at the finer of their grains."""
    start, end = first.start, last.end
    if isinstance(start, dt.datetime) != isinstance(end, dt.datetime):
        if not isinstance(start, dt.datetime):
            start = dt.datetime(start.year, start.month, start.day)
        if not isinstance(end, dt.datetime):
            end = dt.datetime(end.year, end.month, end.day, 23, 59)
    if end <= start:
        return None
    grain = _finer(first.grain, last.grain)
    if not isinstance(start, dt.datetime) and not isinstance(end, dt.datetime):
        # An early/mid/late end ("đến giữa năm 2025") is not a whole period of its grain:
        # step down to the grain both ends are whole periods of.
        while grain not in ("day", "minute", "hour") and (
            period_of(start, grain)[0] != start or period_of(end, grain)[1] != end
        ):
            grain = "month" if grain != "month" else "day"
    return DateValue(start, end, grain)


def resolve(node: AnyNode, today: dt.date, hint: Hint = None) -> DateValue | None:
    """The value of ``node`` anchored on ``today``; None for an impossible date."""
    if isinstance(node, Back):
        return None
    if not isinstance(node, Span):
        return _settle(node, today, hint)
    first, last = node.first, node.last
    if isinstance(first, Point) and isinstance(last, Point):
        first = _borrow(first, last)
        if last.month is None and last.hour is not None and first.month is not None:
            last = attrs.evolve(last, year=first.year, month=first.month, day=first.day)
        elif last.month is None and last.day is not None and first.month is not None:
            last = attrs.evolve(last, year=first.year, month=first.month)  # "June 2 to 5"
        # A zone written once holds for both ends ("từ 8h đến 17h (GMT+7)").
        first, last = (
            attrs.evolve(first, zone=first.zone or last.zone),
            attrs.evolve(last, zone=last.zone or first.zone),
        )
    if first.year is None and last.year is not None:
        start = first.build(last.year, today)
        end = last.build(last.year, today)
        if start is not None and end is not None and start.start > end.end:
            start = first.build(last.year - 1, today)
    else:
        start = _settle(first, today, hint)
        if start is None:
            return None
        year = as_date(start.start).year
        end = last.build(last.year if last.year is not None else year, today)
        if last.year is None and end is not None and as_date(end.end) < as_date(start.start):
            end = last.build(year + 1, today)
    if start is None or end is None:
        return None
    return join(start, end)


def anchored(node: AnyNode) -> bool:
    """Whether the value of ``node`` depends on the reference date: a relative expression,
    a year read off the reference ("năm nay") or inferred, a century of a two-digit year.

    A range is anchored when either end is read off the reference, or when neither end
    writes its year (an end without a year takes the other end's, not the reference's).
    """
    if isinstance(node, Back):
        return True
    if isinstance(node, Span):
        first, last = node.first, node.last
        if _read_off_reference(first) or _read_off_reference(last):
            return True
        return first.year is None and last.year is None
    return _read_off_reference(node) or node.year is None


def _read_off_reference(node: Point | Period | Fixed) -> bool:
    return isinstance(node, Fixed) or node.anchored
