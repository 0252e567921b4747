"""The values behind :mod:`vnus.dates`: :class:`DateValue`, :class:`DateMention` and period math.

A :class:`DateValue` is an inclusive interval ``start..end`` with the grain it was
expressed at. Periods (a month, a quarter, a decade) are built here from a year and a
number so that the grammar and the formatter agree on where each period starts and ends.
"""

from __future__ import annotations

import calendar
import datetime as dt
from typing import Literal

import attrs

__all__ = [
    "GRAINS",
    "DateMention",
    "DateValue",
    "Grain",
    "PartOfDay",
    "Qualifier",
    "period",
    "period_of",
    "qualify",
    "timex",
]

Grain = Literal["minute", "hour", "day", "month", "quarter", "half", "year", "decade", "century"]
PartOfDay = Literal["morning", "noon", "afternoon", "evening", "night"]
Qualifier = Literal["early", "mid", "late"]

#: Grains from the finest to the coarsest.
GRAINS: tuple[Grain, ...] = (
    "minute",
    "hour",
    "day",
    "month",
    "quarter",
    "half",
    "year",
    "decade",
    "century",
)
PARTS_OF_DAY: tuple[PartOfDay, ...] = ("morning", "noon", "afternoon", "evening", "night")
QUALIFIERS: tuple[Qualifier, ...] = ("early", "mid", "late")

Moment = dt.date | dt.datetime


def _check_grain(instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    if value not in GRAINS:
        raise ValueError(f"'grain' must be one of {GRAINS} (got {value!r})")


def _check_part(
    instance: object, attribute: attrs.Attribute[str | None], value: str | None
) -> None:
    if value is not None and value not in PARTS_OF_DAY:
        raise ValueError(f"'part_of_day' must be one of {PARTS_OF_DAY} or None (got {value!r})")


def _check_qualifier(
    instance: object, attribute: attrs.Attribute[str | None], value: str | None
) -> None:
    if value is not None and value not in QUALIFIERS:
        raise ValueError(f"'qualifier' must be one of {QUALIFIERS} or None (got {value!r})")


def _check_end(instance: DateValue, attribute: attrs.Attribute[Moment], value: Moment) -> None:
    start = instance.start
    if isinstance(start, dt.datetime) != isinstance(value, dt.datetime):
        raise TypeError("'start' and 'end' must both be dates or both be datetimes")
    if value < start:
        raise ValueError(f"'end' must not be before 'start' (got {start} .. {value})")


@attrs.frozen(slots=True)
class DateValue:
    """What a date expression means: the inclusive interval ``start..end`` and its grain.

    ``start`` and ``end`` are ``date`` objects, or ``datetime`` objects when a time of
    day is known (grains ``"hour"`` and ``"minute"``; then they are the named instants).
    For a period they are its first and last day: "tháng 9/2023" is 2023-09-01..2023-09-30
    at grain ``"month"``. A range keeps the finer grain of its two ends.

    >>> import datetime as dt
    >>> v = DateValue(dt.date(2023, 9, 1), dt.date(2023, 9, 30), "month")
    >>> v.iso()
    '2023-09'
    >>> v.is_range
    False
    >>> DateValue(dt.date(2021, 1, 1), dt.date(2025, 12, 31), "year").iso()
    '2021-01-01/2025-12-31'
    """

    start: Moment
    end: Moment = attrs.field(validator=_check_end)
    grain: Grain = attrs.field(validator=_check_grain)
    part_of_day: PartOfDay | None = attrs.field(default=None, validator=_check_part)
    qualifier: Qualifier | None = attrs.field(default=None, validator=_check_qualifier)

    @property
    def is_range(self) -> bool:
        """True when the value spans more than the one period its grain names."""
        if isinstance(self.start, dt.datetime):
            return self.start != self.end
        if self.qualifier is not None:
            return False
        first, last = period_of(self.start, self.grain)
        return (first, last) != (self.start, self.end)

    def iso(self) -> str:
        """ISO 8601: ``2023-09-19``, ``2023-09``, ``2025``, ``2025-08-27T11``,
        ``2025-08-27T00:30``; anything else as the interval ``start/end``.

        >>> import datetime as dt
        >>> DateValue(dt.datetime(2025, 8, 27, 11), dt.datetime(2025, 8, 27, 11), "hour").iso()
        '2025-08-27T11'
        >>> DateValue(dt.date(2025, 1, 1), dt.date(2025, 3, 31), "quarter").iso()
        '2025-01-01/2025-03-31'
        """
        start, end = self.start, self.end
        if isinstance(start, dt.datetime) and isinstance(end, dt.datetime):
            width = 13 if self.grain == "hour" else 16
            first = start.isoformat()[:width] + _offset(start)
            if start == end:
                return first
            return f"{first}/{end.isoformat()[:width]}{_offset(end)}"
        if not self.is_range and self.qualifier is None:
            if self.grain == "day":
                return start.isoformat()
            if self.grain == "month":
                return start.isoformat()[:7]
            if self.grain == "year":
                return start.isoformat()[:4]
        return f"{start.isoformat()}/{end.isoformat()}"


def _offset(moment: dt.datetime) -> str:
    """``+07:00`` for an aware datetime, nothing for a naive one."""
    offset = moment.utcoffset()
    if offset is None:
        return ""
    minutes = int(offset.total_seconds()) // 60
    sign = "+" if minutes >= 0 else "-"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


_TIMEX_PARTS = {"morning": "MO", "noon": "MI", "afternoon": "AF", "evening": "EV", "night": "NI"}
_TIMEX_MODS = {"early": "START", "mid": "MID", "late": "END"}


def timex(value: DateValue) -> dict[str, str]:
    """TIMEX3 attributes of ``value``: ``type`` (DATE or TIME) and ``value``, with ``mod``
    (START, MID, END) for an early/mid/late period. A range has the ISO 8601 interval
    as its value (TIMEX3 writes it as two TIMEX3s and a link; one value keeps it whole).

    >>> import datetime as dt
    >>> timex(DateValue(dt.date(2025, 7, 1), dt.date(2025, 9, 30), "quarter"))
    {'type': 'DATE', 'value': '2025-Q3'}
    >>> timex(DateValue(dt.date(2025, 9, 10), dt.date(2025, 9, 10), "day", "evening"))
    {'type': 'TIME', 'value': '2025-09-10TEV'}
    """
    start = value.start
    kind = "TIME" if isinstance(start, dt.datetime) or value.part_of_day else "DATE"
    attributes = {"type": kind, "value": value.iso()}
    if value.is_range or isinstance(start, dt.datetime):
        return attributes
    first = value.start
    base = {
        "quarter": f"{first.year}-Q{(first.month + 2) // 3}",
        "half": f"{first.year}-H{(first.month + 5) // 6}",
        "decade": f"{first.year // 10}",
        "century": f"{(first.year - 1) // 100}",
        "year": f"{first.year}",
        "month": f"{first.year}-{first.month:02d}",
        "day": first.isoformat(),
    }.get(value.grain)
    if base is None:
        return attributes
    if value.qualifier is not None:
        attributes["mod"] = _TIMEX_MODS[value.qualifier]
    if value.part_of_day is not None:
        base += "T" + _TIMEX_PARTS[value.part_of_day]
    attributes["value"] = base
    return attributes


@attrs.frozen(slots=True)
class DateMention:
    """A date expression found in text: ``text[span[0]:span[1]] == mention.text``.

    ``anchored`` is True when ``value`` depended on the reference date: a year left out
    and inferred ("ngày 25/6"), a relative expression ("hôm qua", "tuần sau", "3 ngày
    trước", "thứ 2 tới", "tháng 9 năm nay"), or the century of a two-digit year
    ("25/6/24"). It is False when the text alone fixes the value ("25/6/2024",
    "tháng 9/2023", "năm 2025", "giai đoạn 2021-2025"), so such mentions can serve as
    evidence of when a text was written.
    """

    span: tuple[int, int]
    text: str
    value: DateValue
    anchored: bool
    #: What the text says that does not agree, read but reported: "thứ Hai (25/6)" written
    #: in a year where 25/6 is a Wednesday. None when everything agrees.
    conflict: str | None = None

    @property
    def timex(self) -> dict[str, str]:
        """TIMEX3 attributes (``type``, ``value``, maybe ``mod``) of this mention."""
        return timex(self.value)


# --- period math -----------------------------------------------------------------------------


def _last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def period(grain: Grain, year: int, number: int = 1) -> tuple[dt.date, dt.date]:
    """First and last day of the ``number``-th period of ``grain`` in ``year``.

    Months, quarters and halves count from 1 inside the year; for ``"decade"``
    ``year`` is the decade's first year; for ``"century"`` ``number`` is the
    century (the 21st runs 2001-01-01..2100-12-31) and ``year`` is ignored.

    >>> period("quarter", 2025, 3)
    (datetime.date(2025, 7, 1), datetime.date(2025, 9, 30))
    >>> period("century", 0, 21)
    (datetime.date(2001, 1, 1), datetime.date(2100, 12, 31))
    """
    if grain == "month":
        return dt.date(year, number, 1), dt.date(year, number, _last_day(year, number))
    if grain == "quarter":
        first = 3 * number - 2
        return dt.date(year, first, 1), dt.date(year, first + 2, _last_day(year, first + 2))
    if grain == "half":
        first = 6 * number - 5
        return dt.date(year, first, 1), dt.date(year, first + 5, _last_day(year, first + 5))
    if grain == "year":
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    if grain == "decade":
        return dt.date(year, 1, 1), dt.date(year + 9, 12, 31)
    if grain == "century":
        return dt.date(100 * number - 99, 1, 1), dt.date(100 * number, 12, 31)
    raise ValueError(f"'grain' must be a period grain (got {grain!r})")


def period_of(day: dt.date, grain: Grain) -> tuple[dt.date, dt.date]:
    """The period of ``grain`` that contains ``day`` (day grain: the day itself).

    >>> period_of(dt.date(2025, 8, 26), "quarter")
    (datetime.date(2025, 7, 1), datetime.date(2025, 9, 30))
    """
    if grain == "month":
        return period("month", day.year, day.month)
    if grain == "quarter":
        return period("quarter", day.year, (day.month + 2) // 3)
    if grain == "half":
        return period("half", day.year, (day.month + 5) // 6)
    if grain == "year":
        return period("year", day.year)
    if grain == "decade":
        return period("decade", day.year - day.year % 10)
    if grain == "century":
        return period("century", 0, (day.year + 99) // 100)
    return day, day


def qualify(value: DateValue, qualifier: Qualifier) -> DateValue:
    """The early, middle or late third of a period value.

    A month splits into days 1-10, 11-20 and 21-end; a year into January-April,
    May-August and September-December; a quarter into its three months; a half
    into two-month thirds; a decade into years 0-3, 4-6 and 7-9; a century into
    years 1-33, 34-66 and 67-100. Grains finer than a month are returned unchanged.

    >>> import datetime as dt
    >>> year = DateValue(dt.date(2025, 1, 1), dt.date(2025, 12, 31), "year")
    >>> qualify(year, "early").iso()
    '2025-01-01/2025-04-30'
    """
    start = value.start
    if isinstance(start, dt.datetime) or value.grain in ("minute", "hour", "day"):
        return value
    third = QUALIFIERS.index(qualifier)
    grain = value.grain
    if grain == "month":
        last = _last_day(start.year, start.month)
        bounds = ((1, 10), (11, 20), (21, last))[third]
        first_day = start.replace(day=bounds[0])
        last_day = start.replace(day=bounds[1])
    elif grain in ("quarter", "half", "year"):
        months = {"quarter": 1, "half": 2, "year": 4}[grain]
        first_month = start.month + months * third
        last_month = first_month + months - 1
        first_day = dt.date(start.year, first_month, 1)
        last_day = dt.date(start.year, last_month, _last_day(start.year, last_month))
    elif grain == "decade":
        first_year, last_year = ((0, 3), (4, 6), (7, 9))[third]
        first_day = dt.date(start.year + first_year, 1, 1)
        last_day = dt.date(start.year + last_year, 12, 31)
    else:  # century, which starts at a year ending in 1
        first_year, last_year = ((0, 32), (33, 65), (66, 99))[third]
        first_day = dt.date(start.year + first_year, 1, 1)
        last_day = dt.date(start.year + last_year, 12, 31)
    return DateValue(first_day, last_day, grain, value.part_of_day, qualifier)
