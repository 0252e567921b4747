"""The Vietnamese lunar calendar: published Tết dates, holidays, and round-trip laws."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vnus._date_lunar import LunarDate, lunar_to_solar, solar_to_lunar
from vnus.dates import find_dates, parse_date

# Tết Nguyên đán (1/1 of the lunar year) as published in Vietnam: the government's
# holiday announcements (Bộ Lao động - Thương binh và Xã hội, yearly "lịch nghỉ Tết") and
# Hồ Ngọc Đức's tables (https://www.informatik.uni-leipzig.de/~duc/amlich/). 1968, 1985
# and 2007 are years where Vietnam (UTC+7) and China (UTC+8) differ: 1968-01-30,
# 1985-02-20 and 2007-02-18 in China.
TET = {
    1968: dt.date(1968, 1, 29),
    1985: dt.date(1985, 1, 21),
    2000: dt.date(2000, 2, 5),
    2001: dt.date(2001, 1, 24),
    2002: dt.date(2002, 2, 12),
    2003: dt.date(2003, 2, 1),
    2004: dt.date(2004, 1, 22),
    2005: dt.date(2005, 2, 9),
    2006: dt.date(2006, 1, 29),
    2007: dt.date(2007, 2, 17),
    2008: dt.date(2008, 2, 7),
    2009: dt.date(2009, 1, 26),
    2010: dt.date(2010, 2, 14),
    2011: dt.date(2011, 2, 3),
    2012: dt.date(2012, 1, 23),
    2013: dt.date(2013, 2, 10),
    2014: dt.date(2014, 1, 31),
    2015: dt.date(2015, 2, 19),
    2016: dt.date(2016, 2, 8),
    2017: dt.date(2017, 1, 28),
    2018: dt.date(2018, 2, 16),
    2019: dt.date(2019, 2, 5),
    2020: dt.date(2020, 1, 25),
    2021: dt.date(2021, 2, 12),
    2022: dt.date(2022, 2, 1),
    2023: dt.date(2023, 1, 22),
    2024: dt.date(2024, 2, 10),
    2025: dt.date(2025, 1, 29),
    2026: dt.date(2026, 2, 17),
    2027: dt.date(2027, 2, 6),
    2028: dt.date(2028, 1, 26),
}


@pytest.mark.parametrize(("year", "day"), sorted(TET.items()))
def test_tet_falls_on_the_published_day(year: int, day: dt.date) -> None:
    assert lunar_to_solar(year, 1, 1) == day
    assert solar_to_lunar(day) == LunarDate(year, 1, 1)
    assert parse_date(f"Tết Nguyên đán {year}") is not None
    assert parse_date(f"Tết Nguyên đán {year}").start == day  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        # Published: Giỗ Tổ 2025 on 7/4/2025, Trung thu 2025 on 6/10/2025, Vu Lan 2025 on
        # 6/9/2025 (rằm tháng Bảy); 2025 has a leap sixth month.
        ("Giỗ Tổ Hùng Vương năm 2025", "2025-04-07"),
        ("Tết Trung thu 2025", "2025-10-06"),
        ("rằm tháng Bảy năm 2025", "2025-09-06"),
        ("ngày 10 tháng 3 âm lịch năm 2026", "2026-04-26"),
    ],
)
def test_lunar_holidays(text: str, iso: str) -> None:
    value = parse_date(text)
    assert value is not None
    assert value.iso() == iso


def test_a_leap_month_is_known_and_other_leap_months_do_not_exist() -> None:
    # 2025 repeats its sixth month (tháng 6 nhuận, 25/7/2025 - 22/8/2025).
    assert lunar_to_solar(2025, 6, 1, leap=True) == dt.date(2025, 7, 25)
    assert solar_to_lunar(dt.date(2025, 7, 25)) == LunarDate(2025, 6, 1, leap=True)
    assert lunar_to_solar(2025, 5, 1, leap=True) is None
    assert lunar_to_solar(2024, 6, 1, leap=True) is None
    assert lunar_to_solar(2025, 13, 1) is None


@given(st.dates(dt.date(1900, 2, 1), dt.date(2100, 12, 31)))
def test_solar_lunar_solar_round_trip(day: dt.date) -> None:
    lunar = solar_to_lunar(day)
    assert 1 <= lunar.month <= 12
    assert 1 <= lunar.day <= 30
    assert lunar_to_solar(lunar.year, lunar.month, lunar.day, lunar.leap) == day


@given(st.integers(1901, 2099), st.integers(1, 12))
def test_a_lunar_month_has_29_or_30_days(year: int, month: int) -> None:
    first = lunar_to_solar(year, month, 1)
    assert first is not None
    # The next month is this month's leap repeat when the year has one here.
    following = lunar_to_solar(year, month, 1, leap=True) or lunar_to_solar(
        year + month // 12, month % 12 + 1, 1
    )
    assert following is not None
    length = (following - first).days
    assert length in (29, 30)
    assert (lunar_to_solar(year, month, 30) is None) == (length == 29)


def test_mong_tet_is_counted_from_the_new_year() -> None:
    [mention] = find_dates("Mồng 3 Tết, chợ hoa vẫn mở.", reference=dt.date(2026, 1, 20))
    assert mention.value.iso() == "2026-02-19"
