"""Vietnamese rules: weekdays, relative days and periods, months, years, decades, centuries."""

from __future__ import annotations

import datetime as dt

import attrs

from vnus._date_en import english_qualified
from vnus._date_model import DateValue, Grain, PartOfDay, Qualifier, period, qualify
from vnus._date_nodes import Back, Fixed, Period, Point, Result, Span, as_date
from vnus._date_points import (
    clock,
    coming_units,
    half,
    month_number,
    numeric_date,
    past_units,
    point,
    quarter,
    with_year,
    with_zone,
    year_after,
    year_span,
    zone,
)
from vnus._date_reader import (
    AFTER_BARE_YEAR,
    APPROXIMATE,
    BACK_REFERENCES,
    BACK_WORDS,
    CLOCK_DURATION_BEFORE,
    CLOCK_PAST,
    CLOCK_UNITS,
    COMING_WORDS,
    COUNT_NUMBERS,
    DURATION_AFTER,
    EN_BACK_WORDS,
    EN_COUNT_NUMBERS,
    EN_FUTURE_VERBS,
    EN_PARTS,
    EN_PAST_VERBS,
    EN_PERIOD_SHIFTS,
    EN_UNITS,
    EN_WEEKDAYS,
    FIRST_OF,
    FISCAL_FIRST_MONTH,
    FISCAL_PHRASES,
    FORWARD_WORDS,
    FULL_MOON_WORD,
    HOLIDAYS,
    LAST_OF,
    ONLY_UNITS,
    ORDINAL_NOUNS,
    PART_PHRASES,
    PARTS,
    PAST_COUNT_WORDS,
    PAST_WORDS,
    PERIOD_SHIFT_PAIRS,
    PERIOD_SHIFTS,
    PRESENT,
    QUALIFIERS,
    RELATIVE_DAYS,
    SUNDAY_WORDS,
    TET_WORD,
    UNIT_WORD,
    VI_UNITS,
    WEEKDAY_CUES,
    WEEKDAY_SHIFTS,
    WEEKDAY_WORDS,
    YEAR_CUE_PAIRS,
    YEAR_CUES,
    Reader,
    add_months,
    phrase_at,
    roman,
)


def with_part(r: Reader, i: int) -> Result | None:
    """ "chiều 19/9", "sáng ngày 11/10", "tối nay", "sáng mai", "rạng sáng 5/9", "khuya
    hôm qua", "sáng sớm nay", "sáng chủ nhật", "tối cùng ngày"."""
    part = PARTS[r.w(i)]
    j = i + 1
    if r.w(j) in PARTS:  # "rạng sáng": the second word says the same part
        j += 1
    if r.w(j) == "sớm":
        j += 1
    shift = RELATIVE_DAYS["part"].get(r.w(j))
    if shift is not None:
        day = r.today + dt.timedelta(days=shift)
        return Fixed(DateValue(day, day, "day", part)), j + 1
    back = phrase_at(r.w, j, BACK_REFERENCES)
    if back is not None:
        return Back(part), j + len(back)
    result = weekday(r, j) or relative(r, j) or point(r, j, cued=True)
    if result is None:
        return None
    node, end = result
    if isinstance(node, Point) and node.day is not None and node.hour is None:
        return attrs.evolve(node, part=part), end
    if isinstance(node, Fixed) and node.value.grain == "day" and not node.value.is_range:
        return Fixed(attrs.evolve(node.value, part_of_day=part)), end
    return None


def _weekday_number(r: Reader, i: int) -> tuple[int, int] | None:
    """The weekday named at token ``i`` ("thứ Hai", "thứ 2", "chủ nhật", "CN", "Monday",
    "Sept."-style "Tues.") and the token after it."""
    word = r.w(i)
    if word == "thứ":
        if r.w(i - 1) in ORDINAL_NOUNS:
            return None
        name = r.w(i + 1)
        number = WEEKDAY_WORDS.get(name)
        if number is None:
            return None
        if r.whole and i == 0:  # the whole text is the weekday: "thứ hai"
            return number, i + 2
        follows = r.w(i + 2) in ("(", "tuần", "vừa", "của", *WEEKDAY_SHIFTS)
        if name.isdigit() and not (r.w(i - 1) in WEEKDAY_CUES or follows):
            return None  # "đứng thứ 6", "thứ 3 thế giới": an ordinal
        if (
            not name.isdigit()
            and not r.capitalized(i + 1)
            and r.w(i - 1) not in WEEKDAY_CUES
            and not follows
        ):
            return None  # "người thứ hai", "bài thứ ba": an ordinal
        return number, i + 2
    if word in SUNDAY_WORDS and r.w(i + 1) == SUNDAY_WORDS[word]:
        return 6, i + 2
    if word == "cn" and r.upper(i):
        return 6, i + 1
    number = EN_WEEKDAYS.get(word)
    if number is None or not r.capitalized(i):
        return None
    if len(word) <= 4:  # an abbreviation: "Tues.", "Wed," only with its full stop
        if r.w(i + 1) != ".":
            return None
        return number, i + 2
    return number, i + 1


def weekday(r: Reader, i: int) -> Result | None:
    """ "Thứ Hai, 15/4/2024", "thứ 2 (15/4)", "thứ 2 tuần sau", "chủ nhật này", "hôm thứ
    Bảy", "Monday, Sept. 8", "on Tuesday". A weekday beside a date stays with the day as
    evidence of its year (and a conflict when it disagrees)."""
    named = _weekday_number(r, i)
    if named is None:
        return None
    number, j = named
    after = j + 1 if r.w(j) == "," else j
    closing = r.w(after) == "("
    result = point(r, after + 1 if closing else after, cued=True)
    if result is not None and isinstance(result[0], Point) and result[0].day is not None:
        day_node, end = result[0], result[1]
        if closing:
            if r.w(end) != ")":
                return None
            end += 1
        return attrs.evolve(day_node, weekday=number), end
    return relative_weekday(r, number, j) or bare_weekday(r, i, number, j)


def _day_point(day: dt.date) -> Point:
    return Point(day.year, day.month, day.day, anchored=True)


def relative_weekday(r: Reader, weekday: int, j: int) -> Result | None:
    """ "thứ 2 tới", "thứ 5 tuần trước", "thứ Sáu của tuần này", "chủ nhật vừa qua"."""
    monday = r.today - dt.timedelta(days=r.today.weekday())
    if r.w(j) == "của" and r.w(j + 1) == "tuần":
        j += 1
    word = r.w(j)
    if word == "tuần":
        weeks = WEEKDAY_SHIFTS.get(r.w(j + 1))
        end = j + 2
    else:
        weeks = WEEKDAY_SHIFTS.get(word)
        end = j + 1
        if (word, r.w(j + 1)) in PAST_WORDS:
            day = r.today - dt.timedelta(days=(r.today.weekday() - weekday) % 7 or 7)
            return _day_point(day), j + 2
    if weeks is None:
        return None
    day = monday + dt.timedelta(days=weekday + 7 * weeks)
    if word != "tuần" and weeks == 1:  # "thứ 2 tới": the next one after today
        day = r.today + dt.timedelta(days=(weekday - r.today.weekday()) % 7 or 7)
    return _day_point(day), end


def bare_weekday(r: Reader, i: int, weekday: int, j: int) -> Result | None:
    """A weekday alone: the one before or after today, as the tense or ``prefer`` says:
    "hôm thứ Bảy" (past), "Talks will resume on Tuesday" (future), "said on Friday"."""
    before = r.w(i - 1)
    if before == "(" and r.w(j) == ")":
        return None  # "15/10/2024 (thứ Ba)": the weekday of the date before it
    if r.w(i) == "cn" or r.w(j - 1) == ".":
        return None  # "ngành CN", "Wed.": an abbreviation alone names no day
    if r.w(i) in EN_WEEKDAYS and before.isalpha() and r.capitalized(i - 1):
        return None  # "Black Friday", "Cyber Monday": a name
    direction = r.prefer
    if before == "hôm":
        direction = "past"
    else:
        for k in range(i - 1, i - 6, -1):
            if r.w(k) in EN_FUTURE_VERBS or r.w(k) in ("sẽ", "sắp"):
                direction = "future"
                break
            if r.w(k) in EN_PAST_VERBS or r.w(k) in ("đã", "vừa"):
                direction = "past"
                break
    back = (r.today.weekday() - weekday) % 7
    if direction == "future":
        day = r.today + dt.timedelta(days=(weekday - r.today.weekday()) % 7)
    elif direction == "nearest" and 7 - back < back:
        day = r.today + dt.timedelta(days=7 - back)
    else:
        day = r.today - dt.timedelta(days=back)
    return _day_point(day), j


def relative(r: Reader, i: int) -> Result | None:
    """ "hôm qua", "ngày mai", "bữa nay", "tuần sau", "năm ngoái", "quý tới", "hôm thứ
    Bảy", "hôm nay lúc 2 giờ chiều", "yesterday afternoon", "next month", "last Thursday"."""
    word, following = r.w(i), r.w(i + 1)
    if word == "cách" and following == "đây":
        return relative_count(r, i + 2)
    if word == "ngày" and following == "hôm":
        return relative(r, i + 1)
    if word == "hôm" and following in ("thứ", *SUNDAY_WORDS, "cn"):
        return weekday(r, i + 1)
    shifts = RELATIVE_DAYS.get(word) if word != "part" else None
    if shifts is not None and following in shifts:
        day = r.today + dt.timedelta(days=shifts[following])
        return _relative_day(r, day, i + 2)
    english = RELATIVE_DAYS["en"].get(word)
    if english is not None:
        day = r.today + dt.timedelta(days=english)
        return _relative_day(r, day, i + 1)
    if word in VI_UNITS and not r.counted(i):
        return relative_period(r, word, following, i + 2)
    shift = EN_PERIOD_SHIFTS.get(word)
    if shift is not None and following in EN_UNITS:
        return relative_period(r, UNIT_WORD[EN_UNITS[following]], "", i + 2, shift)
    if shift is not None and (named := EN_WEEKDAYS.get(following)) is not None:
        if not r.capitalized(i + 1):
            return None
        back = (r.today.weekday() - named) % 7
        ahead = (named - r.today.weekday()) % 7
        if shift < 0:
            day = r.today - dt.timedelta(days=back or 7)
        elif shift > 0:
            day = r.today + dt.timedelta(days=ahead or 7)
        else:
            day = r.today - dt.timedelta(days=r.today.weekday() - named)
        return _day_point(day), i + 2
    return None


def _relative_day(r: Reader, day: dt.date, j: int) -> Result:
    """A day read off today, then maybe the date in brackets ("hôm nay (5/4)"), a time
    ("hôm nay lúc 2 giờ chiều") or an English part of day ("yesterday afternoon")."""
    if r.w(j) == "(":
        inner = numeric_date(r, j + 1, weak_ok=True)
        if inner is not None and r.w(inner[1]) == ")":
            return inner[0], inner[1] + 1
    if r.w(j) in ("lúc", ",") and r.w(j + 1) == "lúc":
        j += 1
    if r.w(j) == "lúc" or r.w(j) == "at":
        found = clock(r, j + 1)
        if found is not None:
            hour, minute, part, end, _ = found
            moment = Point(day.year, day.month, day.day, hour, minute, part, anchored=True)
            return with_zone(r, moment, end)
    part = EN_PARTS.get(r.w(j))
    if part is not None and r.w(j) not in ("noon", "night"):
        return Fixed(DateValue(day, day, "day", part)), j + 1
    return Fixed(DateValue(day, day, "day")), j


def relative_period(
    r: Reader, unit: str, word: str, end: int, shift: int | None = None
) -> Result | None:
    """ "tuần này", "tháng trước", "năm ngoái", "quý tới", "năm tiếp theo", "tuần vừa qua"."""
    if shift is None:
        pair = (word, r.w(end))
        if pair in PERIOD_SHIFT_PAIRS:
            shift, end = PERIOD_SHIFT_PAIRS[pair], end + 1
        else:
            shift = PERIOD_SHIFTS.get(word)
            if shift is None or unit not in ONLY_UNITS.get(word, (unit,)):
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
    elif unit == "năm":
        value = DateValue(*period("year", today.year + shift), "year")
    else:
        return None
    return Fixed(value), end


def present(r: Reader, i: int) -> Result | None:
    """ "bây giờ", "ngay lúc này": the reference day."""
    phrase = phrase_at(r.w, i, PRESENT)
    if phrase is None:
        return None
    return Fixed(DateValue(r.today, r.today, "day")), i + len(phrase)


def back_reference(r: Reader, i: int) -> Result | None:
    """ "cùng ngày", "hôm đó", "the same day": the day of the mention before."""
    phrase = phrase_at(r.w, i, BACK_REFERENCES)
    if phrase is None:
        return None
    return Back(), i + len(phrase)


def holiday(r: Reader, i: int) -> Result | None:
    """ "Tết Nguyên đán 2027", "Trung thu năm 2025", "Giỗ Tổ Hùng Vương", "Giáng sinh năm
    nay", "mồng 2 Tết", "rằm tháng Giêng", "rằm tháng Bảy năm 2025": lunar days are read
    with the Vietnamese lunar calendar."""
    word = r.w(i)
    if word in ("mùng", "mồng") and r.w(i + 2) == TET_WORD:
        day = r.num(i + 1, 1, 10, 2)
        if day is None:
            return None
        return _holiday_year(r, Point(None, 1, day, lunar=True), i + 3, True)
    if word == FULL_MOON_WORD and r.w(i + 1) == "tháng":
        month = month_number(r, i + 2)
        if month is None:
            return None
        return _holiday_year(r, Point(None, month[0], 15, lunar=True), month[1], True)
    if word == "ngày" and phrase_at(r.w, i + 1, HOLIDAYS) is not None:
        i += 1  # "ngày Giáng sinh"
    name = phrase_at(r.w, i, HOLIDAYS)
    if name is None or not (r.capitalized(i) or len(name) > 1):
        return None
    month_number_, day_, lunar, alone = HOLIDAYS[name]
    return _holiday_year(r, Point(None, month_number_, day_, lunar=lunar), i + len(name), alone)


def _holiday_year(r: Reader, node: Point, j: int, alone: bool) -> Result | None:
    year, end, anchored = year_after(r, j)
    if year is None and (bare := r.year4(j)) is not None and r.free_after(j + 1):
        year, end = bare, j + 1
    if year is None and not alone:
        return None
    return attrs.evolve(node, year=year, anchored=anchored), end


def fiscal_year(r: Reader, i: int) -> Result | None:
    """ "fiscal year 2026", "FY2026", "năm tài khóa 2026": a US federal fiscal year."""
    phrase = phrase_at(r.w, i, FISCAL_PHRASES)
    if phrase is None:
        return None
    j = i + len(phrase)
    year = r.year4(j)
    if year is None or not r.free_after(j + 1):
        return None
    first = dt.date(year - 1, FISCAL_FIRST_MONTH, 1)
    last = period("month", year, FISCAL_FIRST_MONTH - 1)[1]
    return Fixed(DateValue(first, last, "month")), j + 1


def relative_count(r: Reader, i: int) -> Result | None:
    """ "3 ngày trước", "hai tuần tới", "cách đây 5 năm", "4 tháng qua", "ba tháng nay",
    "2 ngày vừa rồi", "3 ngày tiếp theo", "two weeks ago"; not "gần 30 năm qua"."""
    count = r.num(i, 1, 999, 3) or COUNT_NUMBERS.get(r.w(i)) or EN_COUNT_NUMBERS.get(r.w(i))
    if count is None or not r.free_before(i):
        return None
    if r.w(i - 1) in ("ngày", "mùng", "mồng"):  # "ngày 5 tháng sau" is a day
        return None
    # A count in words takes a unit of its own language ("hai tuần", "two weeks"; not "a ngày").
    digits = r.num(i, 1, 999, 3) is not None
    vi_count = digits or r.w(i) in COUNT_NUMBERS
    en_count = digits or r.w(i) in EN_COUNT_NUMBERS
    unit = (VI_UNITS.get(r.w(i + 1)) if vi_count else None) or (
        EN_UNITS.get(r.w(i + 1)) if en_count else None
    )
    if unit is None or unit == "quarter":
        return None
    word, end = r.w(i + 2), i + 3
    pair = (word, r.w(i + 3))
    ago = r.w(i - 2) == "cách" and r.w(i - 1) == "đây"
    if ago or word in EN_BACK_WORDS:
        word, end = "trước", (i + 2 if ago else i + 3)
    elif pair in PERIOD_SHIFT_PAIRS:
        word, end = ("qua" if PERIOD_SHIFT_PAIRS[pair] < 0 else "tới"), i + 4
    if word in PAST_COUNT_WORDS and r.w(i - 1) in APPROXIMATE:
        return None  # "gần 30 năm qua": about thirty years, no period of the calendar
    today = r.today
    try:
        if word in COMING_WORDS:  # "3 ngày tới": the coming days, as one range
            return Fixed(coming_units(r, unit, count)), end
        if word in PAST_COUNT_WORDS:  # "4 tháng qua": the whole units before this one
            return Fixed(past_units(r, unit, count)), end
        if word not in BACK_WORDS and word not in FORWARD_WORDS:
            return None
        sign = -1 if word in BACK_WORDS else 1
        if unit in ("day", "week"):
            day = today + dt.timedelta(days=sign * count * (7 if unit == "week" else 1))
            return Fixed(DateValue(day, day, "day")), end
        if unit == "month":
            year, month = add_months(today, sign * count)
            return Fixed(DateValue(*period("month", year, month), "month")), end
        return Fixed(DateValue(*period("year", today.year + sign * count), "year")), end
    except (ValueError, OverflowError):
        return None


def timed(r: Reader, i: int, cued: bool, glued: bool = False) -> Result | None:
    """A time, then maybe a zone and a date: "11 giờ ngày 27/8/2025", "07:34' - 22/09/2023",
    "5 giờ chiều hôm qua", "9 a.m. EDT on Sept. 11", "21h30 ngày 6/9 (giờ Hà Nội)"."""
    if r.w(i - 1) in CLOCK_DURATION_BEFORE:
        return None  # "kéo dài 9 giờ 15 phút": a duration
    found = clock(r, i, glued)
    if found is None:
        return None
    hour, minute, part, j, strong = found
    if r.w(j) in DURATION_AFTER:
        return None  # "8 giờ mỗi ngày"
    zoned = zone(r, j)
    tz = zoned[0] if zoned is not None else None
    after = zoned[1] if zoned is not None else j
    if r.w(after) in (",", "on", "lúc", "vào") or (r.w(after) == "-" and strong):
        after += 1
    node: Point | None = None
    end = after
    shift = RELATIVE_DAYS["part"].get(r.w(after))
    if shift is not None and part is not None:
        day = r.today + dt.timedelta(days=shift)
        node, end = Point(day.year, day.month, day.day, anchored=True), after + 1
    elif r.w(after) in ("hôm", "ngày") and r.w(after + 1) in ("nay", "qua", "mai"):
        rel = relative(r, after)
        if rel is not None and isinstance(rel[0], Fixed):
            day = as_date(rel[0].value.start)
            node, end = Point(day.year, day.month, day.day, anchored=True), rel[1]
    if node is None:
        date = weekday(r, after) or point(r, after, cued=True)
        if (
            date is not None
            and isinstance(date[0], Point)
            and date[0].day is not None
            and date[0].hour is None
        ):
            node, end = date[0], date[1]
    if node is not None:
        node = attrs.evolve(node, hour=hour, minute=minute, part=part)
        if tz is not None or zoned is not None:
            return attrs.evolve(node, zone=tz), end
        return with_zone(r, node, end)
    if not (
        cued
        or strong
        or part is not None
        or r.w(i - 1) in ("lúc", "vào", "at")
        or (r.whole and i == 0)
    ):
        return None
    stop = zoned[1] if zoned is not None else j
    if r.prefer == "future":  # the next such time: "2:30" at 03:55 is 14:30, "2 giờ sáng" tomorrow
        return _next_time(r, hour, minute, part, tz), stop
    return Point(None, None, None, hour, minute, part, zone=tz), stop


def _next_time(
    r: Reader, hour: int, minute: int | None, part: PartOfDay | None, tz: str | None
) -> Point:
    now = r.now.replace(tzinfo=None)
    today = dt.datetime(now.year, now.month, now.day)
    moment = today + dt.timedelta(hours=hour, minutes=minute or 0)
    if moment < now and part is None and hour < 12:
        moment += dt.timedelta(hours=12)
    if moment < now:
        moment += dt.timedelta(days=1)
    day = moment.date()
    return Point(day.year, day.month, day.day, moment.hour, minute, part, anchored=True, zone=tz)


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
    if following == "nửa":  # "đầu nửa đầu năm 2000": the early third of a half
        inner_half = half(r, j)
        if inner_half is not None and isinstance(inner_half[0], Period):
            return attrs.evolve(inner_half[0], qualifier=qualifier), inner_half[1]
        return None
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


def clock_period(r: Reader, i: int) -> Result | None:
    """ "3 giờ tới", "5 phút tiếp theo", "một tiếng vừa rồi": hours, minutes or seconds
    counted from the reference time (its whole units, to the minute)."""
    count = r.num(i, 1, 999, 3) or COUNT_NUMBERS.get(r.w(i))
    unit = CLOCK_UNITS.get(r.w(i + 1))
    if count is None or unit is None or not r.free_before(i):
        return None
    word, end = r.w(i + 2), i + 3
    pair = (word, r.w(i + 3))
    if pair in CLOCK_PAST:
        sign, end = -1, i + 4
    elif pair in PERIOD_SHIFT_PAIRS and PERIOD_SHIFT_PAIRS[pair] > 0:
        sign, end = 1, i + 4
    elif word in COMING_WORDS:
        sign = 1
    else:
        return None
    now = r.now.replace(tzinfo=None, second=0, microsecond=0)
    if unit == "hour":
        now = now.replace(minute=0)
    step = {"hour": dt.timedelta(hours=1), "minute": dt.timedelta(minutes=1)}.get(unit)
    grain: Grain = "hour" if unit == "hour" else "minute"
    if step is None:  # seconds: the minute they fall in
        return Fixed(DateValue(now, now, "minute")), end
    if sign < 0:
        first, last = now - count * step, now - step
    else:
        first, last = now + step, now + count * step
    return Fixed(DateValue(first, last, grain)), end


def first_of(r: Reader, i: int) -> Result | None:
    """ "ngày đầu tiên của tháng 3", "ngày cuối cùng của năm 2025", "tuần đầu tiên của
    tháng 9 năm 2017" (the first week whose Monday falls in the month)."""
    unit = r.w(i)
    pair = (r.w(i + 1), r.w(i + 2))
    if unit not in ("ngày", "tuần") or (pair not in FIRST_OF and pair not in LAST_OF):
        return None
    if r.w(i + 3) != "của":
        return None
    inner = month(r, i + 4) or year(r, i + 4)
    if inner is None or not isinstance(inner[0], Point) or inner[0].day is not None:
        return None
    node, end = inner[0], inner[1]
    first = pair in FIRST_OF
    year_ = node.year if node.year is not None else r.today.year
    if node.year is None:  # the nearest such month, as the preference says
        candidates = [r.today.year - 1, r.today.year, r.today.year + 1]
        month_ = node.month or 1
        if r.prefer == "future":
            year_ = next(y for y in candidates if dt.date(y, month_, 28) >= r.today)
        else:
            year_ = min(candidates, key=lambda y: abs((dt.date(y, month_, 15) - r.today).days))
    grain: Grain = "month" if node.month is not None else "year"
    start, stop = period(grain, year_, node.month or 1)
    if unit == "ngày":
        day = start if first else stop
        return Fixed(DateValue(day, day, "day")), end
    monday = start + dt.timedelta(days=(7 - start.weekday()) % 7)
    if not first:
        monday = stop - dt.timedelta(days=(stop.weekday() + 1) % 7 + 6)
    return Fixed(DateValue(monday, monday + dt.timedelta(days=6), "day")), end


def part_phrase(r: Reader, i: int) -> Result | None:
    """ "sau bữa trưa": a part of the reference day."""
    phrase = phrase_at(r.w, i, PART_PHRASES)
    if phrase is None:
        return None
    return Fixed(DateValue(r.today, r.today, "day", PART_PHRASES[phrase])), i + len(phrase)
