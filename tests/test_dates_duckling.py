"""Duckling's Vietnamese time phenomena, each with examples written for vnus.

The phenomena are those of Duckling's corpus (Duckling/Time/VI/Corpus.hs); the examples
and values are ours, read as Duckling reads by default (``prefer="future"``) against a
reference of Wednesday 2026-11-18 10:20. The test reports the agreement and fails on any
example outside the list of deliberate differences; benchmarks/bench_duckling.py counts
agreement on Duckling's own corpus when a mirror of it is on the machine.
"""

from __future__ import annotations

import datetime as dt

import pytest

from vnus.dates import parse_date

REFERENCE = dt.datetime(2026, 11, 18, 10, 20)

#: (phenomenon, example, ISO value under prefer="future")
PHENOMENA: list[tuple[str, str, str]] = [
    ("present", "ngay bây giờ", "2026-11-18"),
    ("relative day", "ngày hôm qua", "2026-11-17"),
    ("relative day", "bữa nay", "2026-11-18"),
    ("relative day", "hôm kia", "2026-11-16"),
    ("weekday alone", "thứ sáu", "2026-11-20"),
    ("weekday with date", "thứ năm ngày 26 tháng 11", "2026-11-26"),
    ("weekday with date", "chúa nhật ngày mồng 6 tháng 12", "2026-12-06"),
    ("month alone", "tháng chín", "2027-09"),
    ("first day of", "ngày đầu tiên của tháng 12", "2026-12-01"),
    ("day of month", "mồng 5 tháng 12", "2026-12-05"),
    ("numeric day", "5/12", "2026-12-05"),
    ("month and year", "tháng mười một năm 2026", "2026-11"),
    ("weekday of next week", "thứ sáu tuần tới", "2026-11-27"),
    ("weekday of this week", "thứ 4 của tuần này", "2026-11-18"),
    ("weekday just past", "thứ hai vừa rồi", "2026-11-16"),
    ("month ahead", "tháng 12 tới", "2026-12"),
    ("relative week", "tuần sau", "2026-11-23/2026-11-29"),
    ("relative quarter", "quý tới", "2027-01-01/2027-03-31"),
    ("relative quarter", "quý hiện tại", "2026-10-01/2026-12-31"),
    ("quarter in words", "quý hai", "2027-04-01/2027-06-30"),
    ("quarter of a year", "quý 1 của năm 2027", "2027-01-01/2027-03-31"),
    ("relative year", "năm kế tiếp", "2027"),
    ("first week of", "tuần đầu tiên của tháng 12 năm 2026", "2026-12-07/2026-12-13"),
    ("time with part of day", "lúc 9 giờ sáng", "2026-11-19T09"),
    ("bare clock time", "4:10", "2026-11-18T16:10"),
    ("hour less minutes", "5 giờ kém 20", "2026-11-18T16:40"),
    ("time tonight", "7 giờ tối nay", "2026-11-18T19"),
    ("time and date", "8:15 tối ngày 3/12/2026", "2026-12-03T20:15"),
    ("part of a relative day", "tối mai", "2026-11-19"),
    ("part of a weekday", "sáng thứ bảy", "2026-11-21"),
    ("past hours", "2 tiếng vừa rồi", "2026-11-18T08/2026-11-18T09"),
    ("coming minutes", "5 phút tới", "2026-11-18T10:21/2026-11-18T10:25"),
    ("past days", "3 ngày vừa qua", "2026-11-15/2026-11-17"),
    ("coming months", "4 tháng tiếp theo", "2026-12-01/2027-03-31"),
    ("after a meal", "sau bữa trưa", "2026-11-18"),
    ("holiday", "ngày giáng sinh", "2026-12-25"),
    ("time zone", "4pm CET", "2026-11-18T16+01:00"),
]

#: What vnus reads differently on purpose, and why (docs/dates.md lists them too).
DELIBERATE = {
    "mùa hè này": "seasons differ between the north and south of Vietnam; not read",
    "3 giây tới": "seconds are finer than vnus's finest grain: the minute they fall in",
    "trong 24 giờ qua": "hours 'qua' are a loose duration in the press, not a clock period",
}


@pytest.mark.parametrize(("phenomenon", "text", "iso"), PHENOMENA)
def test_phenomenon(phenomenon: str, text: str, iso: str) -> None:
    value = parse_date(text, reference=REFERENCE, prefer="future")
    assert value is not None, phenomenon
    assert value.iso() == iso, phenomenon


def test_agreement_is_reported() -> None:
    agree = sum(
        (v := parse_date(text, reference=REFERENCE, prefer="future")) is not None and v.iso() == iso
        for _, text, iso in PHENOMENA
    )
    print(f"Duckling phenomena: {agree}/{len(PHENOMENA)} agree")
    assert agree == len(PHENOMENA)
    assert len({phenomenon for phenomenon, _, _ in PHENOMENA}) >= 30


@pytest.mark.parametrize("text", sorted(DELIBERATE))
def test_deliberate_differences_stay_as_documented(text: str) -> None:
    value = parse_date(text, reference=REFERENCE, prefer="future")
    if text == "3 giây tới":
        assert value is not None
        assert value.grain == "minute"
    else:
        assert value is None


def test_news_reads_the_past_where_duckling_reads_the_future() -> None:
    """The default ``prefer="past"``: a bare weekday in news is the one just gone."""
    past = parse_date("thứ sáu", reference=REFERENCE)
    future = parse_date("thứ sáu", reference=REFERENCE, prefer="future")
    assert past is not None
    assert future is not None
    assert past.iso() == "2026-11-13"
    assert future.iso() == "2026-11-20"
    nearest = parse_date("thứ hai", reference=REFERENCE, prefer="nearest")
    assert nearest is not None
    assert nearest.iso() == "2026-11-16"  # two days back is nearer than five ahead
