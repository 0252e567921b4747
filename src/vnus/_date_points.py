"""Calendar points and clock times, the forms both languages share.

Numeric dates (D/M/Y, ISO), "D tháng M năm Y", English "June 25, 2024", clock times
("9g15", "10:45", "3:30 p.m."), quarters ("quý I", "Q1", "first quarter") and halves.
Each rule is a function of a :class:`~vnus._date_reader.Reader` and a token position and
reads a bounded number of tokens.
"""

from __future__ import annotations

import datetime as dt

import attrs

from vnus._date_model import DateValue, PartOfDay, Qualifier, period
from vnus._date_nodes import Fixed, Period, Point, Result, Span
from vnus._date_reader import (
    COUNT_NUMBERS,
    DM_AFTER_CUES,
    EN_COUNT_NUMBERS,
    EN_MONTHS,
    EN_ORDINALS,
    EN_PARTS,
    EN_UNITS,
    FRACTION_NOUNS,
    LUNAR_PAIRS,
    MONTH_WORDS,
    ONLY_UNITS,
    PARTS,
    PAST_COUNT_WORDS,
    PERIOD_SHIFTS,
    YEAR_SHIFTS,
    ZONE_PLACES,
    ZONES,
    Reader,
    add_months,
    phrase_at,
    roman,
)

Time = tuple[int, int | None, PartOfDay | None, int, bool]


def checked(point: Point, end: int) -> Result | None:
    """Keep a day that exists in some year (29/2 yes, 31/4 no) or in its own year."""
    year = point.year if point.year is not None else 2024
    try:
        dt.date(year, point.month or 1, point.day or 1)
    except ValueError:
        return None
    return point, end


def clock(
    r: Reader, i: int, glued: bool = False
) -> tuple[int, int | None, PartOfDay | None, int, bool] | None:
    """Hour, minute, part of day, end, and whether the form alone says "time".

    ``glued`` allows a dash right before, as in the "17h" of "8h-17h".
    """
    hour = r.num(i, 0, 24, 2)
    step = 1
    if hour is None:
        spelled = _hour_words(r, i)
        if spelled is None:
            return None
        hour, step = spelled
    if not (glued or r.free_before(i)):
        return None
    minute: int | None = None
    strong = False
    word = r.w(i + step)
    if step > 1 or (word == "giờ" and step == 1):
        j = i + step + 1
        if r.w(j) == "rưỡi":
            minute, j = 30, j + 1
        elif r.w(j) == "kém" and (less := r.num(j + 1, 1, 59, 2)) is not None:
            hour, minute, j = hour - 1, 60 - less, j + 2
            if r.w(j) == "phút":
                j += 1
        elif (
            (value := r.num(j, 0, 59, 2)) is not None
            and r.w(j + 1) not in ("tháng", "/", ".", "-")
            and not (r.adj(j + 1) and r.w(j + 1) in "/.-")
        ):
            minute, j = value, j + 1
            if r.w(j) == "phút":
                j += 1
        if hour < 0:
            return None
    elif word == "g" and r.adj(i + 1):  # "9g15", "14g": the press's "giờ"
        j = i + 2
        if r.adj(j) and (value := r.num(j, 0, 59, 2)) is not None:
            minute, j = value, j + 1
        strong = minute is not None
        if not r.free_after(j) and not (r.w(j) == "-" and r.adj(j)):
            return None
        if not strong and not (
            r.w(i - 1) in ("lúc", "vào", "từ", "đến", "tới", "khoảng")
            or r.w(j) in ("ngày", "hôm", "sáng", "trưa", "chiều", "tối", "đêm", "-")
        ):
            return None  # "500g" is a weight
    elif word == "giờ":
        j = i + 2
        if r.w(j) == "rưỡi":
            minute, j = 30, j + 1
        elif r.w(j) == "kém" and (less := r.num(j + 1, 1, 59, 2)) is not None:
            hour, minute, j = hour - 1, 60 - less, j + 2
            if r.w(j) == "phút":
                j += 1
        elif (
            (value := r.num(j, 0, 59, 2)) is not None
            and r.w(j + 1) not in ("tháng", "/", ".", "-")
            and not (r.adj(j + 1) and r.w(j + 1) in "/.-")
        ):
            minute, j = value, j + 1
            if r.w(j) == "phút":
                j += 1
        if hour < 0:
            return None
    elif word == "h" and r.adj(i + 1):
        j = i + 2
        if r.adj(j) and (value := r.num(j, 0, 59, 2)) is not None:
            minute, j = value, j + 1
        strong = minute is not None
        time_range = r.w(j) == "-" and r.adj(j) and r.w(j + 1).isdigit()
        if not (r.free_after(j) or time_range):  # "8h-17h" goes on to a range
            return None
    elif word == ":" and r.adj(i + 1) and r.adj(i + 2) and len(r.w(i + 2)) == 2:
        value = r.num(i + 2, 0, 59, 2)
        if value is None:
            return None
        minute, j = value, i + 3
        if r.w(j) == ":" and r.adj(j) and r.adj(j + 1) and len(r.w(j + 1)) == 2:
            if r.num(j + 1, 0, 59, 2) is None:
                return None
            j += 2  # "15:23:24": seconds are finer than any grain
        if r.w(j) == "'" and r.adj(j):
            j, strong = j + 1, True
        elif not r.free_after(j):
            return None
        else:
            strong = hour <= 23  # "10:45": two-digit minutes say "time"
        if r.w(j) in ("am", "pm") or (r.w(j) in ("a", "p") and r.w(j + 1) == "."):
            return _meridiem(r, hour, minute, j)
    elif word in ("am", "pm") or (word in ("a", "p") and r.w(i + 2) == "."):
        return _meridiem(r, hour, None, i + 1)
    else:
        return None
    part = PARTS.get(r.w(j))
    if part is not None:
        j += 1
        later = {"afternoon": hour < 12, "evening": hour < 12, "night": 6 <= hour < 12}
        if later.get(part, part == "noon" and hour < 6):
            hour += 12
    if hour == 24 and not minute:
        hour = 24
    elif hour > 23:
        return None
    return hour, minute, part, j, strong


def _hour_words(r: Reader, i: int) -> tuple[int, int] | None:
    """An hour in words before "giờ": "ba giờ rưỡi", "mười một giờ"; and its length."""
    first = COUNT_NUMBERS.get(r.w(i))
    if first is None:
        return None
    if first == 10 and r.w(i + 1) in ("một", "hai"):
        return (11 if r.w(i + 1) == "một" else 12), 2
    return (first, 1) if first <= 12 and r.w(i + 1) == "giờ" else None


def zone(r: Reader, j: int) -> tuple[str | None, int] | None:
    """A time zone after a time: "GMT+7", "(GMT+07:00)", "EDT", "(giờ Washington)",
    "theo giờ Hà Nội", "local time"; the zone (None for local time) and where it ends."""
    k = j + 1 if r.w(j) == "(" else j
    k += 1 if r.w(k) == "theo" else 0
    word = r.w(k)
    found: tuple[str | None, int] | None = None
    if word in ("gmt", "utc") and r.w(k + 1) in ("+", "-") and r.adj(k + 1):
        hours = r.num(k + 2, 0, 14, 2)
        if hours is not None:
            end, minutes = k + 3, 0
            if r.w(end) == ":" and (value := r.num(end + 1, 0, 59, 2)) is not None:
                end, minutes = end + 2, value
            found = f"{r.w(k + 1)}{hours:02d}:{minutes:02d}", end
    elif word in ZONES and r.upper(k):
        found = ZONES[word], k + 1
    elif word == "giờ":
        place = phrase_at(r.w, k + 1, ZONE_PLACES)
        if place is not None:
            found = ZONE_PLACES[place] or None, k + 1 + len(place)
    elif word == "local" and r.w(k + 1) == "time":
        found = None, k + 2
    if found is None:
        return None
    if r.w(j) == "(":
        if r.w(found[1]) != ")":
            return None
        found = found[0], found[1] + 1
    return found


def with_zone(r: Reader, node: Point, end: int) -> Result:
    """``node`` with the zone written at ``end``, if any (only a time takes a zone)."""
    found = zone(r, end)
    if found is None:
        return node, end
    if node.hour is None:
        return node, found[1]
    return attrs.evolve(node, zone=found[0]), found[1]


def _meridiem(
    r: Reader, hour: int, minute: int | None, j: int
) -> tuple[int, int | None, PartOfDay | None, int, bool] | None:
    if not 1 <= hour <= 12:
        return None
    marker = r.w(j)
    if marker in ("a", "p"):  # "a.m." / "p.m."
        marker += "m"
        j += 3 if r.w(j + 2) == "m" else 1
        j += 1 if r.w(j) == "." else 0
    else:
        j += 1
    hour = hour % 12 + (12 if marker == "pm" else 0)
    return hour, minute, None, j, True


def point(r: Reader, i: int, cued: bool = False) -> Result | None:
    """A day: "ngày 10/9", "mùng 2 tháng Chín năm 2024", "25 tháng 6, 2024", "5/4"."""
    word = r.w(i)
    j = i
    if word in ("ngày", "mùng", "mồng", "hôm"):
        j, cued = i + 1, True
        if word == "ngày" and r.w(j) in ("mùng", "mồng"):  # "ngày mồng 9 tháng 4"
            j += 1
    result = numeric_date(r, j, weak_ok=cued or r.is_cued(i)) or word_date(r, j)
    if result is None:
        return None
    node, end = result
    if isinstance(node, Point) and node.day is not None:
        # "ngày 5/9 lúc 8 giờ", "June 25, 2024, 3:30 PM", "04/09/2025 - 08:30 GMT+7"
        at = end + 1 if r.w(end) in ("lúc", ",", "at", "-", "|") else end
        found = clock(r, at)
        if found is not None and (found[4] or r.w(end) in ("lúc", ",", "at")):
            hour, minute, part, stop, _ = found
            timed = attrs.evolve(node, hour=hour, minute=minute, part=part)
            return with_zone(r, timed, stop)
        english_part = _english_part(r, end)
        if english_part is not None:
            return attrs.evolve(node, part=english_part[0]), english_part[1]
    return node, end


def _english_part(r: Reader, j: int) -> tuple[PartOfDay, int] | None:
    k = j + 1 if r.w(j) == "," else j
    if r.w(k) == "in" and r.w(k + 1) == "the" and r.w(k + 2) in EN_PARTS:
        return EN_PARTS[r.w(k + 2)], k + 3
    if r.w(k) == "at" and r.w(k + 1) in ("night", "noon"):
        return EN_PARTS[r.w(k + 1)], k + 2
    if r.w(k) == "noon":
        return "noon", k + 1
    return None


def numeric_date(r: Reader, i: int, weak_ok: bool, glued: bool = False) -> Result | None:
    """D/M/Y, D-M-Y, D.M.Y, DD/MM/YY, ISO Y-M-D, and D/M when something cues it.

    ``glued`` allows a dash right before, as in the "11/9/2023" of "10-11/9/2023".
    """
    first = r.num(i, 0, 9999, 4)
    if first is None or not (glued or r.free_before(i)):
        return None
    sep = r.w(i + 1)
    if sep not in ("/", "-", ".") or not (r.adj(i + 1) and r.adj(i + 2)):
        return None
    second = r.num(i + 2, 1, 12, 2)
    if second is None:
        return None
    third_ok = r.w(i + 3) == sep and r.adj(i + 3) and r.adj(i + 4)
    if len(r.w(i)) == 4:  # ISO: year first
        day = r.num(i + 4, 1, 31, 2) if third_ok else None
        if day is None or not r.free_after(i + 5):
            return None
        return checked(Point(first, second, day), i + 5)
    if len(r.w(i)) > 2 or first == 0:
        return None
    if third_ok:
        word = r.w(i + 4)
        year = r.num(i + 4, 0, 2999, 4)
        if year is None or len(word) not in (2, 4) or not r.free_after(i + 5):
            return None
        if len(word) == 2:  # the century is the one that puts it nearest the reference
            year = r.century_of(year)
        elif year < 1000:
            return None
        return checked(Point(year, second, first, anchored=len(word) == 2), i + 5)
    if sep != "/" or not r.free_after(i + 3):
        return None
    year, end, anchored = year_after(r, i + 3)
    if not (weak_ok or year is not None or r.w(i + 3) in DM_AFTER_CUES):
        return None
    before = r.w(i - 1)
    dated = before in ("ngày", "mùng", "mồng", "hôm") or before in PARTS
    if year is None and not dated and r.w(end) in FRACTION_NOUNS:
        return None  # "2/3 số người", "1/3 dân số": a fraction
    return checked(Point(year, second, first, anchored=anchored), end)


def year_after(r: Reader, j: int) -> tuple[int | None, int, bool]:
    """The year written after a day or a month: "/2023", "năm 2021", "năm nay", ", 2024";
    and whether it was read off the reference ("năm nay", "năm sau")."""
    word = r.w(j)
    if word in ("/", "-", ".") and r.adj(j) and r.adj(j + 1):
        year = r.year4(j + 1)
        if year is not None and r.free_after(j + 2):
            return year, j + 2, False
    elif word == "năm":
        year = r.year4(j + 1)
        if year is not None and r.free_after(j + 2):
            return year, j + 2, False
        shift = YEAR_SHIFTS.get(r.w(j + 1))
        if shift is not None:
            return r.today.year + shift, j + 2, True
    elif word == "của" and r.w(j + 1) == "năm":  # "quý 2 của năm 2019"
        year, end, anchored = year_after(r, j + 1)
        if year is not None:
            return year, end, anchored
    elif word == ",":
        year = r.year4(j + 1)
        if year is not None and r.free_after(j + 2):
            return year, j + 2, False
    return None, j, False


def word_date(r: Reader, i: int) -> Result | None:
    """ "D tháng M [âm lịch] [năm Y]" and English "June 25, 2024", "Sept. 4", "June 2-5"."""
    day = r.num(i, 1, 31, 2)
    if day is not None and r.w(i + 1) == "tháng" and r.free_before(i):
        month = month_number(r, i + 2)
        if month is None:
            return _day_of_relative_month(r, day, i + 2)
        number, j = month
        lunar = (r.w(j), r.w(j + 1)) in LUNAR_PAIRS
        year, end, anchored = year_after(r, j + 2 if lunar else j)
        if lunar and end == j + 2 and year is None:
            end = j + 2
        return checked(Point(year, number, day, anchored=anchored, lunar=lunar), end)
    if day is not None and (month_en := english_month(r, i + 1)) is not None:
        year, end = _english_year(r, i + 2)
        return checked(Point(year, month_en, day), end)
    month_en = english_month(r, i)
    if month_en is not None:
        j = i + 2 if r.w(i + 1) == "." else i + 1
        day = r.num(j, 1, 31, 2)
        if day is None or (
            not r.free_after(j + 1) and r.w(j + 1) not in ("-", "st", "nd", "rd", "th")
        ):
            return None
        j += 1
        if r.w(j) in ("st", "nd", "rd", "th") and r.adj(j):
            j += 1
        last = None
        if r.w(j) in ("-", "–") and (last := r.num(j + 1, 1, 31, 2)) is not None and last > day:
            j += 2  # "June 2-5": two days of one month
        year, end = _english_year(r, j)
        first = checked(Point(year, month_en, day), end)
        if last is None or first is None:
            return first
        return Span(Point(year, month_en, day), Point(year, month_en, last)), end
    return None


def _day_of_relative_month(r: Reader, day: int, j: int) -> Result | None:
    """ "ngày 20 tháng này", "ngày 5 tháng sau": a day of a month named from today."""
    shift = PERIOD_SHIFTS.get(r.w(j))
    if shift is None or r.w(j) in ONLY_UNITS:
        return None
    year, month = add_months(r.today, shift)
    return checked(Point(year, month, day, anchored=True), j + 1)


def _english_year(r: Reader, j: int) -> tuple[int | None, int]:
    k = j + 1 if r.w(j) == "," else j
    year = r.year4(k)
    if year is not None and r.free_after(k + 1):
        return year, k + 1
    return None, j


def english_month(r: Reader, i: int) -> int | None:
    month = EN_MONTHS.get(r.w(i))
    if month is None or not r.capitalized(i):
        return None
    if r.w(i + 1) == "." and r.num(i + 2, 1, 31, 2) is None:
        return None  # "Jan." must be followed by a day ("Jan. 5")
    return month


def month_number(r: Reader, i: int) -> tuple[int, int] | None:
    """The month after "tháng": 1-12, Giêng, Chạp, Mười Hai, Năm (capitalized only)."""
    number = r.num(i, 1, 12, 2)
    if number is not None:
        glued = r.adj(i + 1) and r.w(i + 1) in ("/", "-", ".") and r.adj(i + 2)
        if glued and not r.year4(i + 2):
            return None
        return number, i + 1
    word = r.w(i)
    if word == "mười":
        extra = {"một": 11, "hai": 12}.get(r.w(i + 1))
        if extra is not None:
            return extra, i + 2
        return 10, i + 1
    month = MONTH_WORDS.get(word)
    if month is None or (word == "năm" and not r.capitalized(i)):
        return None
    return month, i + 1


def quarter(
    r: Reader, i: int, qualifier: Qualifier | None = None, glued: bool = False
) -> Result | None:
    """ "quý I/2025", "quý 3 năm 2024", "Q1 2025", "quý IV"."""
    word = r.w(i)
    if word == "quý":
        number = r.num(i + 1, 1, 4, 1) or roman(r.w(i + 1)) or COUNT_NUMBERS.get(r.w(i + 1))
        j = i + 2
    elif word == "q" and r.adj(i + 1) and (glued or r.free_before(i)):
        number = r.num(i + 1, 1, 4, 1)
        j = i + 2
    elif word in EN_ORDINALS and r.w(i + 1) == "quarter":
        number, j = EN_ORDINALS[word], i + 2
        j += 1 if r.w(j) == "of" else 0
    else:
        return None
    if number is None or number > 4:
        return None
    year, end, anchored = year_after(r, j)
    if year is None and (bare := r.year4(j)) is not None and r.free_after(j + 1):
        year, end = bare, j + 1
    if year is None and r.adj(j) and r.w(j).isalnum():
        return None
    return Period("quarter", number, year, qualifier, anchored=anchored), end


def half(r: Reader, i: int) -> Result | None:
    """ "nửa đầu năm 2025", "nửa cuối năm", "H1 2025", "first half of 2025"."""
    word = r.w(i)
    if word == "nửa" and r.w(i + 1) in ("đầu", "cuối", "sau") and r.w(i + 2) == "năm":
        number = 1 if r.w(i + 1) == "đầu" else 2
        return with_year(r, Period("half", number, None), i + 2)
    if word == "h" and r.num(i + 1, 1, 2, 1) and r.adj(i + 1) and r.free_before(i):
        year = r.year4(i + 2)
        if year is not None:
            return Period("half", int(r.w(i + 1)), year), i + 3
    if word == "the":
        word, i = r.w(i + 1), i + 1
    if word in ("first", "second") and r.w(i + 1) == "half" and r.w(i + 2) == "of":
        year = r.year4(i + 3)
        if year is not None:
            return Period("half", 1 if word == "first" else 2, year), i + 4
    return None


def decade_en(r: Reader, i: int) -> Result | None:
    """ "1990s" (also after "the")."""
    value = r.year4(i)
    if value is None or value % 10 or r.w(i + 1) != "s" or not r.adj(i + 1):
        return None
    if not r.free_after(i + 2):
        return None
    return Period("decade", value, value), i + 2


def century_en(r: Reader, i: int) -> Result | None:
    """ "21st century"."""
    number = r.num(i, 1, 30, 2)
    suffix = r.w(i + 1)
    if number is None or suffix not in ("st", "nd", "rd", "th") or not r.adj(i + 1):
        return None
    if r.w(i + 2) != "century":
        return None
    return Period("century", number, 0), i + 3


def with_year(r: Reader, node: Period, j: int) -> Result:
    """``j`` is at "năm": the year after it; "năm" alone is the reference year."""
    year, end, anchored = year_after(r, j)
    if year is None:
        year, end, anchored = r.today.year, j + 1, True
    return attrs.evolve(node, year=year, anchored=anchored), end


def year_span(r: Reader, i: int) -> Result | None:
    """ "2021-2025", "2025 - 2030": two years, the second after the first."""
    first = r.year4(i)
    if first is None or not r.free_before(i) or r.w(i + 1) not in ("-", "đến"):
        return None
    last = r.year4(i + 2)
    if last is None or not first < last <= first + 100 or not r.free_after(i + 3):
        return None
    if r.adj(i + 1) != r.adj(i + 2):
        return None
    return Span(Point(first), Point(last)), i + 3


def counted_period(r: Reader, i: int, direction: str) -> Result | None:
    """A count and a unit at ``i`` read as the past (``"qua"``) or coming (``"tới"``) units:
    the "three months" of "the past three months"."""
    count = r.num(i, 1, 999, 3) or EN_COUNT_NUMBERS.get(r.w(i))
    unit = EN_UNITS.get(r.w(i + 1))
    if count is None or unit is None or unit == "quarter":
        return None
    try:
        value = (
            past_units(r, unit, count)
            if direction in PAST_COUNT_WORDS
            else coming_units(r, unit, count)
        )
    except (ValueError, OverflowError):
        return None
    return Fixed(value), i + 2


def past_units(r: Reader, unit: str, count: int) -> DateValue:
    today = r.today
    if unit in ("day", "week"):
        days = count * (7 if unit == "week" else 1)
        return DateValue(today - dt.timedelta(days=days), today - dt.timedelta(days=1), "day")
    if unit == "month":
        first = period("month", *add_months(today, -count))[0]
        last = period("month", *add_months(today, -1))[1]
        return DateValue(first, last, "month")
    return DateValue(
        period("year", today.year - count)[0], period("year", today.year - 1)[1], "year"
    )


def coming_units(r: Reader, unit: str, count: int) -> DateValue:
    today = r.today
    if unit in ("day", "week"):
        days = count * (7 if unit == "week" else 1)
        return DateValue(today + dt.timedelta(days=1), today + dt.timedelta(days=days), "day")
    if unit == "month":
        first = period("month", *add_months(today, 1))[0]
        last = period("month", *add_months(today, count))[1]
        return DateValue(first, last, "month")
    return DateValue(
        period("year", today.year + 1)[0], period("year", today.year + count)[1], "year"
    )
