"""The Vietnamese lunar calendar (âm lịch), computed as Hồ Ngọc Đức describes it.

Months start on the day of the astronomical new moon and the winter solstice falls in
the 11th month; a year of 13 months repeats the first month with no major solar term.
Everything is counted at UTC+7, the meridian of Vietnam's calendar since 1968, which is
why Tết sometimes falls on another day than in China (UTC+8): Tết 1985 was on 21 January
in Vietnam and 20 February in China.

The new-moon and solar-longitude formulas are Jean Meeus's (Astronomical Algorithms,
1998, ch. 25 and 49), as in Hồ Ngọc Đức, "Thuật toán tính âm lịch" (2004,
https://www.informatik.uni-leipzig.de/~duc/amlich/calrules.html).

>>> import datetime as dt
>>> lunar_to_solar(1985, 1, 1)
datetime.date(1985, 1, 21)
>>> solar_to_lunar(dt.date(2025, 10, 6))
LunarDate(year=2025, month=8, day=15, leap=False)
"""

from __future__ import annotations

import datetime as dt
import math

import attrs

__all__ = ["LunarDate", "lunar_to_solar", "solar_to_lunar"]

#: Vietnam's calendar meridian, in hours east of Greenwich.
ZONE = 7.0
_JD_OFFSET = 1721425  # Julian day number of date.fromordinal(0), for Gregorian dates
_EPOCH = 2415021.076998695  # the new moon of 1900-01-01
_SYNODIC = 29.530588853


@attrs.frozen(slots=True)
class LunarDate:
    """A day of the lunar calendar; ``leap`` for the repeated (nhuận) month."""

    year: int
    month: int
    day: int
    leap: bool = False


def _jd(day: dt.date) -> int:
    return day.toordinal() + _JD_OFFSET


def _new_moon(k: int) -> float:
    """The Julian day (UT) of the ``k``-th new moon after 1900-01-01."""
    t = k / 1236.85
    t2, t3 = t * t, t * t * t
    dr = math.pi / 180
    jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3
    jd1 += 0.00033 * math.sin((166.56 + 132.87 * t - 0.009173 * t2) * dr)
    m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3
    mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3
    f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3
    c1 = (0.1734 - 0.000393 * t) * math.sin(m * dr) + 0.0021 * math.sin(2 * dr * m)
    c1 -= 0.4068 * math.sin(mpr * dr) + 0.0161 * math.sin(dr * 2 * mpr)
    c1 -= 0.0004 * math.sin(dr * 3 * mpr)
    c1 += 0.0104 * math.sin(dr * 2 * f) - 0.0051 * math.sin(dr * (m + mpr))
    c1 -= 0.0074 * math.sin(dr * (m - mpr)) + 0.0004 * math.sin(dr * (2 * f + m))
    c1 -= 0.0004 * math.sin(dr * (2 * f - m)) - 0.0006 * math.sin(dr * (2 * f + mpr))
    c1 += 0.0010 * math.sin(dr * (2 * f - mpr)) + 0.0005 * math.sin(dr * (2 * mpr + m))
    if t < -11:
        delta = 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
    else:
        delta = -0.000278 + 0.000265 * t + 0.000262 * t2
    return jd1 + c1 - delta


def _new_moon_day(k: int) -> int:
    return math.floor(_new_moon(k) + 0.5 + ZONE / 24)


def _sun_longitude(jdn: float) -> float:
    """The sun's apparent longitude at Julian day ``jdn``, in radians (0..2π)."""
    t = (jdn - 2451545.0) / 36525
    t2 = t * t
    dr = math.pi / 180
    m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2
    l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2
    dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * math.sin(dr * m)
    dl += (0.019993 - 0.000101 * t) * math.sin(dr * 2 * m) + 0.000290 * math.sin(dr * 3 * m)
    longitude = (l0 + dl) * dr
    return longitude - math.pi * 2 * math.floor(longitude / (math.pi * 2))


def _sun_sector(day_number: int) -> int:
    """Which of the 12 major solar terms the sun is in at the start of a local day."""
    return math.floor(_sun_longitude(day_number - 0.5 - ZONE / 24) / math.pi * 6)


def _month11(year: int) -> int:
    """The Julian day the 11th lunar month (the one with the winter solstice) starts."""
    k = math.floor((_jd(dt.date(year, 12, 31)) - 2415021) / _SYNODIC)
    start = _new_moon_day(k)
    if _sun_sector(start) >= 9:
        start = _new_moon_day(k - 1)
    return start


def _leap_offset(month11: int) -> int:
    """How many months after the 11th month the leap month falls, in a 13-month year."""
    k = math.floor((month11 - _EPOCH) / _SYNODIC + 0.5)
    i = 1
    arc = _sun_sector(_new_moon_day(k + i))
    while True:  # at most 14 steps
        last = arc
        i += 1
        arc = _sun_sector(_new_moon_day(k + i))
        if arc == last or i >= 14:
            return i - 1


def solar_to_lunar(day: dt.date) -> LunarDate:
    """The lunar date of a Gregorian ``day``."""
    number = _jd(day)
    k = math.floor((number - _EPOCH) / _SYNODIC)
    start = _new_moon_day(k + 1)
    if start > number:
        start = _new_moon_day(k)
    a11 = b11 = _month11(day.year)
    if a11 >= start:
        year = day.year
        a11 = _month11(day.year - 1)
    else:
        year = day.year + 1
        b11 = _month11(day.year + 1)
    lunar_day = number - start + 1
    diff = math.floor((start - a11) / 29)
    leap = False
    month = diff + 11
    if b11 - a11 > 365:
        leap_diff = _leap_offset(a11)
        if diff >= leap_diff:
            month = diff + 10
            leap = diff == leap_diff
    if month > 12:
        month -= 12
    if month >= 11 and diff < 4:
        year -= 1
    return LunarDate(year, month, lunar_day, leap)


def lunar_to_solar(year: int, month: int, day: int, leap: bool = False) -> dt.date | None:
    """The Gregorian date of a lunar date; None when it does not exist (a leap month the
    year does not have, a 30th day of a 29-day month, a month or day out of range)."""
    if not (1 <= month <= 12 and 1 <= day <= 30):
        return None
    if month < 11:
        a11, b11 = _month11(year - 1), _month11(year)
    else:
        a11, b11 = _month11(year), _month11(year + 1)
    k = math.floor(0.5 + (a11 - _EPOCH) / _SYNODIC)
    offset = (month - 11) % 12
    if b11 - a11 > 365:
        leap_offset = _leap_offset(a11)
        leap_month = (leap_offset - 2) % 12
        if leap and month != leap_month:
            return None
        if leap or offset >= leap_offset:
            offset += 1
    elif leap:
        return None
    start = _new_moon_day(k + offset)
    if day == 30 and _new_moon_day(k + offset + 1) - start < 30:
        return None
    return dt.date.fromordinal(start + day - 1 - _JD_OFFSET)
