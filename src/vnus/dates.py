"""Dates in Vietnamese and English news text: find them, normalize them, write them out.

:func:`find_dates` lists every date expression with its span in the original string;
:func:`parse_date` reads the one expression of a short text; :func:`format_date` writes
a :class:`DateValue` back in Vietnamese or English through Babel's locale data.

>>> import datetime as dt
>>> ref = dt.date(2023, 9, 22)
>>> [(m.text, m.value.iso()) for m in find_dates("chiều 19/9, ngày 10/9 vừa qua", reference=ref)]
[('chiều 19/9', '2023-09-19'), ('ngày 10/9', '2023-09-10')]
>>> parse_date("quý I/2025").iso()
'2025-01-01/2025-03-31'
>>> format_date(parse_date("tháng 9/2023"), "en")
'September 2023'

The grammar, the year-inference rule and what is deliberately not a date are in
``docs/dates.md``.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Literal

from vnus._date_model import DateMention, DateValue, Grain, period
from vnus.errors import require_str

if TYPE_CHECKING:
    from babel import Locale

__all__ = ["DateMention", "DateValue", "find_dates", "format_date", "parse_date"]

Reference = dt.date | dt.datetime | None
Prefer = Literal["past", "future", "nearest"]


def _now(reference: Reference) -> dt.datetime:
    if reference is None:
        return dt.datetime.now()
    if isinstance(reference, dt.datetime):
        return reference
    if isinstance(reference, dt.date):
        return dt.datetime(reference.year, reference.month, reference.day)
    raise TypeError(f"reference must be a date, a datetime or None, not {type(reference).__name__}")


def find_dates(
    text: str, *, reference: Reference = None, prefer: Prefer = "past"
) -> list[DateMention]:
    """Every date expression in ``text``, left to right, anchored on ``reference``.

    ``reference`` (a date or datetime; None means today) fills in a year left out and
    anchors relative expressions ("hôm qua", "tháng tới"); ``m.anchored`` says whether
    it did so for mention ``m``. Spans index the original
    string, whatever its Unicode form or spacing: ``text[m.span[0]:m.span[1]] == m.text``.

    >>> import datetime as dt
    >>> text = "Từ 11 giờ ngày 27/8/2025 đến 0 giờ 30 ngày 28/8/2025; tăng 8,5%."
    >>> [m.value.iso() for m in find_dates(text)]
    ['2025-08-27T11:00/2025-08-28T00:30']
    >>> find_dates("GDP quý I tăng 8,5%, 6.200 doanh nghiệp", reference=dt.date(2025, 4, 5))[0].text
    'quý I'
    """
    from vnus._date_grammar import parse_nodes

    text = require_str(text)
    now = _now(reference)
    _check_prefer(prefer)
    return [
        DateMention(span, text[span[0] : span[1]], value, anchored, conflict)
        for span, value, anchored, conflict in parse_nodes(text, now, prefer)
    ]


def _check_prefer(prefer: object) -> None:
    if prefer not in ("past", "future", "nearest"):
        raise ValueError(f"prefer must be 'past', 'future' or 'nearest' (got {prefer!r})")


_BARE_YEARS_RE = re.compile(r"\s*([0-9]{4})(?:\s*[-–]\s*([0-9]{4}))?\s*")


def parse_date(
    text: str, *, reference: Reference = None, prefer: Prefer = "past"
) -> DateValue | None:
    """The date the whole of ``text`` expresses, or None when it holds none.

    When ``text`` holds several expressions the first is returned. A text that is only
    a year or two years ("2025", "2021-2025") is read as such, which ``find_dates``
    does not do in running text.

    >>> parse_date("nhiệm kỳ 2025 - 2030").iso()
    '2025-01-01/2030-12-31'
    >>> parse_date("2045").iso()
    '2045'
    >>> parse_date("98.37%") is None
    True
    """
    from vnus._date_grammar import parse_nodes

    text = require_str(text)
    _check_prefer(prefer)
    # The whole text is meant as a date: its first token needs no cue ("7/3", "thứ hai").
    found = parse_nodes(text, _now(reference), prefer, whole=True)
    if found:
        return found[0][1]
    bare = _BARE_YEARS_RE.fullmatch(text)
    if bare is None:
        return None
    first = int(bare.group(1))
    last = int(bare.group(2) or first)
    if not 1000 <= first <= last <= 2999:
        return None
    return DateValue(period("year", first)[0], period("year", last)[1], "year")


# --- formatting -------------------------------------------------------------------------------

_VI_HALVES = ("nửa đầu", "nửa cuối")
_EN_HALVES = ("first half of", "second half of")
_VI_QUALIFIERS = {"early": "đầu", "mid": "giữa", "late": "cuối"}
_EN_QUALIFIERS = {"early": "early", "mid": "mid-", "late": "late"}
_PERIOD_KEYS = {
    "morning": "morning1",
    "noon": "noon",
    "afternoon": "afternoon1",
    "evening": "evening1",
    "night": "night1",
}


def _ordinal(number: int) -> str:
    if 10 <= number % 100 <= 20:
        return f"{number}th"
    return f"{number}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(number % 10, 'th') }"


def _locale_name(locale: str) -> str:
    if not isinstance(locale, str):
        raise TypeError(f"locale must be str, not {type(locale).__name__}")
    language = locale.replace("-", "_").split("_")[0].lower()
    if language not in ("vi", "en"):
        raise ValueError(f"locale must be 'vi' or 'en' (got {locale!r})")
    return language


Style = Literal["press", "long"]

#: The years ``format_date`` writes: those ``parse_date`` reads back.
YEARS = (1000, 2999)


def format_date(
    value: DateValue | dt.date | dt.datetime, locale: str = "vi", *, style: Style = "press"
) -> str:
    """Write ``value`` in ``locale`` (``"vi"`` or ``"en"``) so that ``parse_date`` reads it back.

    Vietnamese is written as the press writes it (``style="press"``: "ngày 25/6/2024",
    "chiều 19/9/2023", "9h15 ngày 25/6/2024", "tháng 6/2024") or in words
    (``style="long"``: "25 tháng 6 năm 2024"); English takes Babel's (CLDR's) names and
    patterns. Every grain has its own form: a quarter prints as a quarter, a decade as a
    decade, a range as "từ X đến Y" / "from X to Y"; an aware time carries its offset
    ("(GMT+07:00)"). Years outside 1000-2999, which ``parse_date`` does not read as
    years, raise ``ValueError``.

    >>> import datetime as dt
    >>> format_date(dt.date(2024, 6, 25)), format_date(dt.date(2024, 6, 25), style="long")
    ('ngày 25/6/2024', '25 tháng 6 năm 2024')
    >>> format_date(dt.date(2024, 6, 25), "en")
    'June 25, 2024'
    >>> format_date(parse_date("quý 3 năm 2024")), format_date(parse_date("quý 3 năm 2024"), "en")
    ('Quý 3 năm 2024', 'Q3 2024')
    >>> format_date(parse_date("thế kỷ XXI"), "en")
    'the 21st century'
    """
    from babel import Locale

    language = _locale_name(locale)
    if style not in ("press", "long"):
        raise ValueError(f"style must be 'press' or 'long' (got {style!r})")
    babel_locale = Locale.parse(language)
    if isinstance(value, dt.datetime):
        value = DateValue(value, value, "minute")
    elif isinstance(value, dt.date):
        value = DateValue(value, value, "day")
    elif not isinstance(value, DateValue):
        raise TypeError(f"value must be a DateValue, date or datetime, not {type(value).__name__}")
    written_years = () if value.grain == "century" else (value.start, value.end)
    for moment in written_years:  # a century is written by its number ("thế kỷ 10")
        if not YEARS[0] <= moment.year <= YEARS[1]:
            raise ValueError(
                f"format_date writes years {YEARS[0]} to {YEARS[1]}, the years parse_date"
                f" reads back (got {moment.year})"
            )
    long = style == "long"
    if value.is_range:
        first = _endpoint(value.start, value.grain, start=True)
        last = _endpoint(value.end, value.grain, start=False)
        left = _format_single(first, babel_locale, long)
        right = _format_single(last, babel_locale, long)
        return f"từ {left} đến {right}" if language == "vi" else f"from {left} to {right}"
    return _format_single(value, babel_locale, long)


def _endpoint(moment: dt.date, grain: Grain, *, start: bool) -> DateValue:
    """One end of a range as a value of the range's grain (finer when it is not aligned)."""
    if isinstance(moment, dt.datetime):
        return DateValue(moment, moment, grain)
    from vnus._date_model import period_of

    for candidate in ("century", "decade", "year", "half", "quarter", "month", "day"):
        if candidate != grain and candidate != "day":
            continue
        first, last = period_of(moment, candidate)
        if (first if start else last) == moment:
            return DateValue(first, last, candidate)
    return DateValue(moment, moment, "day")


def _zone(moment: dt.datetime) -> str:
    from vnus._date_model import _offset

    offset = _offset(moment)
    return f" (GMT{offset})" if offset else ""


def _vi_day(day: dt.date, long: bool) -> str:
    return (
        f"{day.day} tháng {day.month} năm {day.year}"
        if long
        else f"{day.day}/{day.month}/{day.year}"
    )


def _format_single(value: DateValue, locale: Locale, long: bool = False) -> str:
    from babel.dates import format_date as babel_date
    from babel.dates import format_skeleton, format_time

    vi = locale.language == "vi"
    start = value.start
    grain = value.grain
    if isinstance(start, dt.datetime):
        if vi:
            if grain == "hour":
                time = f"{start.hour} giờ"
            elif long:
                time = f"{start.hour} giờ {start.minute} phút"
            else:
                time = f"{start.hour}h{start.minute:02d}"
            return f"{time} ngày {_vi_day(start.date(), long)}{_zone(start)}"
        day = babel_date(start.date(), "long", locale=locale)
        if grain == "hour":
            time = format_time(start, "h a", locale=locale)
        else:
            time = format_time(start.replace(tzinfo=None), "short", locale=locale)
        pattern = str(locale.datetime_formats["long"])
        written = pattern.replace("{0}", time).replace("{1}", day)
        offset = _zone(start)
        return written + (f" {offset[2:-1].replace('GMT', 'UTC')}" if offset else "")
    text: str
    if grain == "day":
        if vi:
            text = _vi_day(start, long)
            if value.part_of_day is None and value.qualifier is None:
                return text if long else f"ngày {text}"
        else:
            text = babel_date(start, "long", locale=locale)
    elif grain == "month":
        if vi:
            text = (
                f"tháng {start.month} năm {start.year}"
                if long
                else f"tháng {start.month}/{start.year}"
            )
        else:
            text = format_skeleton("yMMMM", start, locale=locale)
    elif grain == "quarter":
        text = babel_date(start, "QQQQ 'năm' y" if vi else "QQQ y", locale=locale)
    elif grain == "half":
        half = 0 if start.month <= 6 else 1
        text = (
            f"{_VI_HALVES[half]} năm {start.year}" if vi else f"the {_EN_HALVES[half]} {start.year}"
        )
    elif grain == "year":
        text = babel_date(start, "'năm' y" if vi else "y", locale=locale)
    elif grain == "decade":
        decade = start.year - start.year % 10
        text = f"thập niên {decade}" if vi else f"the {decade}s"
    else:
        number = (start.year + 99) // 100
        text = f"thế kỷ {number}" if vi else f"the {_ordinal(number)} century"
    if value.qualifier is not None:
        text = _qualified(text, value.qualifier, vi)
    if value.part_of_day is not None:
        names = locale.day_periods["format"]["wide"]
        name = names[_PERIOD_KEYS[value.part_of_day]]
        text = f"{name} {text}" if vi else f"{text}, {name}"
    return text


def _qualified(text: str, qualifier: str, vi: bool) -> str:
    if vi:
        return f"{_VI_QUALIFIERS[qualifier]} {text[:1].lower()}{text[1:]}"
    word = _EN_QUALIFIERS[qualifier]
    if text.startswith("the "):
        return f"the {word.rstrip('-')} {text[4:]}"
    return f"{word}{text}" if word.endswith("-") else f"{word} {text}"
