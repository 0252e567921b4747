"""Vietnamese rules: weekdays, relative days and periods, months, years, decades, centuries."""

from __future__ import annotations

import datetime as dt

import attrs

from vnus._date_en import english_qualified
from vnus._date_model import DateValue, Grain, Qualifier, period, qualify
from vnus._date_nodes import Fixed, Period, Point, Result, Span, as_date
from vnus._date_points import (
    clock,
    month_number,
    numeric_date,
    point,
    quarter,
    with_year,
    year_after,
    year_span,
)
from vnus._date_reader import (
    AFTER_BARE_YEAR,
    COUNT_NUMBERS,
    EN_WEEKDAYS,
    ORDINAL_NOUNS,
    PARTS,
    QUALIFIERS,
    WEEKDAY_WORDS,
    YEAR_CUE_PAIRS,
    YEAR_CUES,
    Reader,
    add_months,
    roman,
)


def with_part(r: Reader, i: int) -> Result | None:
    """ "chiều 19/9", "sáng ngày 11/10", "tối nay", "sáng mai", "đêm qua"."""
    part = PARTS[r.w(i)]
    following = r.w(i + 1)
    shift = {"nay": 0, "mai": 1, "qua": -1}.get(following)
    if shift is not None:
        day = r.today + dt.timedelta(days=shift)
        return Fixed(DateValue(day, day, "day", part)), i + 2
    result = weekday(r, i + 1) or point(r, i + 1, cued=True)
    if result is None:
        return None
    node, j = result
    if isinstance(node, Point) and node.day is not None and node.hour is None:
        return attrs.evolve(node, part=part), j
    if isinstance(node, Fixed) and node.value.grain == "day":
        return Fixed(attrs.evolve(node.value, part_of_day=part)), j
    return None


def weekday(r: Reader, i: int) -> Result | None:
    """ "Thứ Hai, 15/4/2024", "thứ 2 (15/4)", "thứ 2 tuần sau", "chủ nhật này"."""
    word = r.w(i)
    j = i + 1
    if word == "thứ":
        if r.w(i - 1) in ORDINAL_NOUNS:
            return None
        name = r.w(i + 1)
        number = r.num(i + 1, 2, 7, 1)
        weekday = number - 2 if number is not None else WEEKDAY_WORDS.get(name)
        j = i + 2
    elif word == "chủ" and r.w(i + 1) == "nhật":
        weekday, j = 6, i + 2
    elif word == "cn":
        weekday = 6
    else:
        weekday = EN_WEEKDAYS.get(word)
        if weekday is not None and not r.capitalized(i):
            return None
    if weekday is None:
        return None
    after = j + 1 if r.w(j) == "," else j
    closing = r.w(after) == "("
    result = point(r, after + 1 if closing else after, cued=True)
    if result is not None and isinstance(result[0], Point) and result[0].day is not None:
        node, end = result
        if closing:
            if r.w(end) != ")":
                return None
            end += 1
        return node, end
    return relative_weekday(r, weekday, j)


def relative_weekday(r: Reader, weekday: int, j: int) -> Result | None:
    monday = r.today - dt.timedelta(days=r.today.weekday())
    word = r.w(j)
    if word == "tuần":
        shift = {"này": 0, "nay": 0, "sau": 7, "tới": 7, "trước": -7}.get(r.w(j + 1))
        end = j + 2
    else:
        shift = {"này": 0, "tới": 7, "sau": 7, "trước": -7}.get(word)
        end = j + 1
    if shift is None:
        return None
    day = monday + dt.timedelta(days=weekday + shift)
    if word in ("tới", "sau") and shift == 7:  # "thứ 2 tới": the next one after today
        day = r.today + dt.timedelta(days=(weekday - r.today.weekday()) % 7 or 7)
    return Fixed(DateValue(day, day, "day")), end


def relative(r: Reader, i: int) -> Result | None:
    word, following = r.w(i), r.w(i + 1)
    if word == "cách" and following == "đây":
        return relative_count(r, i + 2)
    if word == "ngày" and following == "hôm":
        result = relative(r, i + 1)
        return result
    if word == "hôm" or (word == "ngày" and following in ("mai", "kia", "mốt")):
        shifts = (
            {"nay": 0, "qua": -1, "kia": -2} if word == "hôm" else {"mai": 1, "kia": 2, "mốt": 2}
        )
        shift = shifts.get(following)
        if shift is None:
            return None
        day = r.today + dt.timedelta(days=shift)
        j = i + 2
        # "hôm nay (5/4)": the date in brackets says which day.
        if r.w(j) == "(":
            inner = numeric_date(r, j + 1, weak_ok=True)
            if inner is not None and r.w(inner[1]) == ")":
                return inner[0], inner[1] + 1
        return Fixed(DateValue(day, day, "day")), j
    if word in ("tuần", "tháng", "năm", "quý") and not r.counted(i):
        return relative_period(r, word, following, i + 2)
    if word in ("today", "yesterday", "tomorrow"):
        day = r.today + dt.timedelta(days={"today": 0, "yesterday": -1, "tomorrow": 1}[word])
        return Fixed(DateValue(day, day, "day")), i + 1
    if word in ("this", "next", "last") and following in ("week", "month", "year", "quarter"):
        relative_word = {"this": "này", "next": "sau", "last": "trước"}[word]
        unit = {"week": "tuần", "month": "tháng", "year": "năm", "quarter": "quý"}[following]
        return relative_period(r, unit, relative_word, i + 2)
    return None


def relative_period(r: Reader, unit: str, word: str, end: int) -> Result | None:
    if word == "vừa" and r.w(end - 1 + 1) in ("qua", "rồi"):
        word, end = "trước", end + 1
    shift = {"này": 0, "nay": 0, "trước": -1, "sau": 1, "tới": 1, "ngoái": -1}.get(word)
    if shift is None or (word == "ngoái" and unit != "năm") or (word == "nay" and unit != "năm"):
        return None
    today = r.today
    if unit == "tuần":
        monday = today - dt.timedelta(days=today.weekday()) + dt.timedelta(weeks=shift)
        value = DateValue(monday, monday + dt.timedelta(days=6), "day")
    elif unit == "tháng":
        year, month = add_months(today, shift)
        value = DateValue(*period("month", year, month), "month")
    elif unit == "quý":
        index = (today.month - 1) // 3 + shift
        value = DateValue(*period("quarter", today.year + index // 4, index % 4 + 1), "quarter")
    else:
        value = DateValue(*period("year", today.year + shift), "year")
    return Fixed(value), end


def relative_count(r: Reader, i: int) -> Result | None:
    """ "3 ngày trước", "hai tuần tới", "10 năm trước", "cách đây 5 năm"; not "30 năm qua"."""
    count = r.num(i, 1, 999, 3) or COUNT_NUMBERS.get(r.w(i))
    if count is None or not r.free_before(i):
        return None
    if r.w(i - 1) in ("ngày", "mùng", "mồng"):  # "ngày 5 tháng sau" is a day
        return None
    unit, word = r.w(i + 1), r.w(i + 2)
    if unit not in ("ngày", "tuần", "tháng", "năm"):
        return None
    ago = r.w(i - 2) == "cách" and r.w(i - 1) == "đây"
    if ago:
        word = "trước"
    if word not in ("trước", "tới", "nữa", "sau"):
        return None
    end = i + 2 if ago else i + 3
    today = r.today
    sign = -1 if word == "trước" else 1
    try:
        if word == "tới":  # "3 ngày tới": the coming days, as one range
            return Fixed(_coming(r, unit, count)), end
        if unit in ("ngày", "tuần"):
            day = today + dt.timedelta(days=sign * count * (7 if unit == "tuần" else 1))
            return Fixed(DateValue(day, day, "day")), end
        if unit == "tháng":
            year, month = add_months(today, sign * count)
            return Fixed(DateValue(*period("month", year, month), "month")), end
        return Fixed(DateValue(*period("year", today.year + sign * count), "year")), end
    except (ValueError, OverflowError):
        return None


def _coming(r: Reader, unit: str, count: int) -> DateValue:
    today = r.today
    if unit in ("ngày", "tuần"):
        days = count * (7 if unit == "tuần" else 1)
        return DateValue(today + dt.timedelta(days=1), today + dt.timedelta(days=days), "day")
    if unit == "tháng":
        first = period("month", *add_months(today, 1))[0]
        last = period("month", *add_months(today, count))[1]
        return DateValue(first, last, "month")
    return DateValue(
        period("year", today.year + 1)[0], period("year", today.year + count)[1], "year"
    )


def timed(r: Reader, i: int, cued: bool, glued: bool = False) -> Result | None:
    """A time, then maybe a date: "11 giờ ngày 27/8/2025", "07:34' - 22/09/2023"."""
    found = clock(r, i, glued)
    if found is None:
        return None
    hour, minute, part, j, strong = found
    after = j
    if r.w(after) == "," or (r.w(after) == "-" and strong):
        after += 1
    if r.w(after) in ("nay", "qua", "mai") and part is not None:
        day = r.today + dt.timedelta(days={"nay": 0, "mai": 1, "qua": -1}[r.w(after)])
        return Point(day.year, day.month, day.day, hour, minute, part, anchored=True), after + 1
    if r.w(after) in ("hôm", "ngày") and r.w(after + 1) in ("nay", "qua", "mai"):
        rel = relative(r, after)
        if rel is not None and isinstance(rel[0], Fixed):
            day = as_date(rel[0].value.start)
            moment = Point(day.year, day.month, day.day, hour, minute, part, anchored=True)
            return moment, rel[1]
    date = weekday(r, after) or point(r, after, cued=True)
    if date is not None:
        node, end = date
        if isinstance(node, Point) and node.day is not None and node.hour is None:
            return attrs.evolve(node, hour=hour, minute=minute, part=part), end
    if not (cued or strong or part is not None or r.w(i - 1) in ("lúc", "vào", "at")):
        return None
    return Point(None, None, None, hour, minute, part), j


def month(r: Reader, i: int, qualifier: Qualifier | None = None) -> Result | None:
    """ "tháng 9/2023", "tháng 8 năm 2021", "tháng Chạp", "tháng 9"."""
    if r.w(i) != "tháng" or (r.counted(i) and qualifier is None):
        return None
    pair = _month_pair(r, i + 1) if qualifier is None else None
    if pair is not None:
        return pair
    month = month_number(r, i + 1)
    if month is None:
        return None
    number, j = month
    year, end, anchored = year_after(r, j)
    return Point(year, number, qualifier=qualifier, anchored=anchored), end


def _month_pair(r: Reader, i: int) -> Result | None:
    """ "3-4/2025" after "tháng": two months of one year, as a range."""
    first = r.num(i, 1, 12, 2)
    if first is None or r.w(i + 1) != "-" or not (r.adj(i + 1) and r.adj(i + 2)):
        return None
    last = r.num(i + 2, 1, 12, 2)
    if last is None or last <= first:
        return None
    year, end, anchored = year_after(r, i + 3)
    if end == i + 3 and not r.free_after(i + 3):
        return None
    return Span(Point(year, first, anchored=anchored), Point(year, last)), end


def half_run(r: Reader, i: int) -> Result | None:
    """ "6 tháng đầu năm 2025" (a half), "3 tháng cuối năm" (a quarter), "9 tháng đầu năm"."""
    count = r.num(i, 1, 11, 2)
    if count is None or r.w(i + 1) != "tháng" or r.w(i + 3) != "năm":
        return None
    side = r.w(i + 2)
    if side not in ("đầu", "cuối") or not r.free_before(i):
        return None
    first_month = 1 if side == "đầu" else 13 - count
    node: Period
    if count in (3, 6) and (first_month - 1) % count == 0:
        grain: Grain = "quarter" if count == 3 else "half"
        node = Period(grain, (first_month - 1) // count + 1, None)
    else:
        node = Period("month", first_month, None, last=first_month + count - 1)
    return with_year(r, node, i + 3)


def qualified(r: Reader, i: int) -> Result | None:
    """ "đầu năm 2025", "cuối tháng 9", "giữa quý 2", "cuối thế kỷ XX", "early 2025"."""
    word = r.w(i)
    qualifier = QUALIFIERS.get(word)
    if qualifier is None:
        return english_qualified(r, i)
    following = r.w(i + 1)
    j = i + 1
    if following == "năm":
        year, end, anchored = year_after(r, j)
        if year is None:
            return None
        return Point(year, qualifier=qualifier, anchored=anchored), end
    if following == "tuần" and qualifier != "mid":
        week = relative_period(r, "tuần", r.w(j + 1), j + 2)
        if week is None or not isinstance(week[0], Fixed):
            return None
        monday = as_date(week[0].value.start)
        first = monday if qualifier == "early" else monday + dt.timedelta(days=5)
        return Fixed(DateValue(first, first + dt.timedelta(days=1), "day")), week[1]
    if following == "tháng":
        relative = relative_period(r, "tháng", r.w(j + 1), j + 2)
        if relative is not None and isinstance(relative[0], Fixed):
            value = qualify(relative[0].value, qualifier)
            return Fixed(value), relative[1]
        return month(r, j, qualifier)
    if following == "quý":
        return quarter(r, j, qualifier)
    inner = decade(r, j) or century(r, j)
    if inner is not None and isinstance(inner[0], Period):
        return attrs.evolve(inner[0], qualifier=qualifier), inner[1]
    return None


def year(r: Reader, i: int) -> Result | None:
    """ "năm 2023", "năm mới 2025", "năm 2021-2025"."""
    if r.w(i) != "năm" or r.counted(i):
        return None
    j = i + 2 if r.w(i + 1) == "mới" else i + 1
    year = r.year4(j)
    if year is None or not r.free_after(j + 1):
        return None
    span = year_span(r, j)
    if span is not None:
        return span
    return Point(year), j + 1


def bare_year(r: Reader, i: int, cued: bool) -> Result | None:
    """A year with no "năm" where a word before says so: "vào 2045", "Net Zero 2050"."""
    year = r.num(i, 1000, 2999, 4) if cued else r.num(i, 1900, 2100, 4)
    if year is None or len(r.w(i)) != 4 or not r.free_before(i):
        return None
    if not r.free_after(i + 1):
        return None
    before = r.w(i - 1)
    if (r.w(i - 2), before) in YEAR_CUE_PAIRS:
        return Point(year), i + 1
    if not (cued or before in YEAR_CUES):
        return None
    after = r.w(i + 1)
    if after.isalpha() and after not in AFTER_BARE_YEAR and not r.capitalized(i + 1):
        return None
    return Point(year), i + 1


def decade(r: Reader, i: int) -> Result | None:
    """ "thập niên 1990", "thập kỷ 90", "những năm 1990"."""
    word, following = r.w(i), r.w(i + 1)
    if (word, following) in (("thập", "niên"), ("thập", "kỷ"), ("thập", "kỉ")) or (
        word == "những" and following == "năm"
    ):
        value = r.num(i + 2, 0, 2990, 4)
        if value is None or value % 10 or len(r.w(i + 2)) not in (2, 4):
            return None
        if not r.free_after(i + 3) or r.w(i + 3) == "-":
            return None
        if len(r.w(i + 2)) == 2:
            value += 1900
        elif value < 1000:
            return None
        return Period("decade", value, value), i + 3
    return None


def century(r: Reader, i: int) -> Result | None:
    """ "thế kỷ 21", "thế kỷ XXI"."""
    if r.w(i) != "thế" or r.w(i + 1) not in ("kỷ", "kỉ"):
        return None
    number = r.num(i + 2, 1, 30, 2) or roman(r.w(i + 2))
    if number is None or number > 30 or not r.free_after(i + 3):
        return None
    return Period("century", number, 0), i + 3
