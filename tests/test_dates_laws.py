"""Laws of vnus.dates, checked with Hypothesis."""

from __future__ import annotations

import datetime as dt

from hypothesis import assume, example, given
from hypothesis import strategies as st

from vnus.dates import DateValue, find_dates, format_date, parse_date
from vnus.strategies import date_expressions, vietnamese_text

REFERENCE = dt.date(2025, 6, 15)


def _check_mentions(text: str) -> None:
    mentions = find_dates(text, reference=REFERENCE)
    assert isinstance(mentions, list)
    previous_end = 0
    for mention in mentions:
        start, end = mention.span
        assert previous_end <= start < end <= len(text)
        assert text[start:end] == mention.text
        assert isinstance(mention.value, DateValue)
        previous_end = end


@given(st.text())
@example("1/1/" * 50)
@example("9" * 5000 + "/1/2025")
@example("ngày " * 100)
@example("ngày 29/2/2023 ngày 31/4 tháng 13 quý 0 thế kỷ 0 thập niên 1995")
def test_any_text_gives_mentions_with_exact_spans(text: str) -> None:
    _check_mentions(text)


@given(vietnamese_text())
def test_vietnamese_text_gives_mentions_with_exact_spans(text: str) -> None:
    _check_mentions(text)


@given(date_expressions(), st.text(max_size=20), st.text(max_size=20))
def test_date_expressions_survive_any_surroundings(
    example: tuple[str, DateValue, dt.date], before: str, after: str
) -> None:
    text, _, reference = example
    _check_mentions(before + " " + text + " " + after)
    assert isinstance(parse_date(before + text + after, reference=reference), DateValue | None)


@given(date_expressions())
def test_parse_date_reads_generated_expressions(example: tuple[str, DateValue, dt.date]) -> None:
    text, value, reference = example
    assert parse_date(text, reference=reference) == value
    assert [m.value for m in find_dates(text, reference=reference)] == [value]


@given(date_expressions(), st.sampled_from(("vi", "en")))
def test_format_then_parse_gives_the_value_back(
    example: tuple[str, DateValue, dt.date], locale: str
) -> None:
    _, value, reference = example
    written = format_date(value, locale)
    assert parse_date(written, reference=reference) == value, written


@given(date_expressions())
def test_decomposed_and_odd_spaces_keep_values_and_spans(
    example: tuple[str, DateValue, dt.date],
) -> None:
    import unicodedata

    text, value, reference = example
    for variant in (unicodedata.normalize("NFD", text), text.replace(" ", "\u00a0")):
        mentions = find_dates(variant, reference=reference)
        assert [m.value for m in mentions] == [value]
        start, end = mentions[0].span
        assert variant[start:end] == mentions[0].text


@given(st.dates(dt.date(1000, 1, 1), dt.date(2999, 12, 31)), st.sampled_from(("vi", "en")))
def test_any_day_round_trips(day: dt.date, locale: str) -> None:
    assert parse_date(format_date(day, locale), reference=REFERENCE) == DateValue(day, day, "day")


@given(st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31)))
def test_a_year_left_out_is_the_nearest(day: dt.date) -> None:
    reference = day + dt.timedelta(days=100)
    if (day.month, day.day) == (2, 29):
        return
    value = parse_date(f"ngày {day.day}/{day.month}", reference=reference)
    assert value is not None
    assert value.start == day


@given(st.dates(dt.date(1950, 1, 1), dt.date(2090, 12, 31)), st.integers(1, 300))
def test_vua_qua_is_never_after_and_toi_never_before(reference: dt.date, days: int) -> None:
    day = reference + dt.timedelta(days=days)
    if (day.month, day.day) == (2, 29):
        return
    past = parse_date(f"ngày {day.day}/{day.month} vừa qua", reference=reference)
    future = parse_date(f"ngày {day.day}/{day.month} tới", reference=reference)
    assert past is not None
    assert future is not None
    assert past.start <= reference <= future.start


@st.composite
def date_values(draw: st.DrawFn) -> DateValue:
    """Any value format_date must write so that parse_date reads it back."""
    from vnus._date_model import period, qualify

    day = draw(st.dates(dt.date(1000, 1, 1), dt.date(2999, 12, 31)))
    grain = draw(st.sampled_from(("minute", "hour", "day", "month", "quarter", "half", "year")))
    grain = draw(st.sampled_from((grain, "decade", "century", "range")))
    qualifier = draw(st.sampled_from((None, "early", "mid", "late")))
    if grain in ("minute", "hour"):
        stamp = dt.datetime(day.year, day.month, day.day, draw(st.integers(0, 23)))
        if grain == "minute":
            stamp = stamp.replace(minute=draw(st.integers(0, 59)))
        if draw(st.booleans()):  # a zone written as an offset, whole or half hours
            minutes = draw(st.sampled_from((-300, -240, 0, 60, 330, 420, 480, 540)))
            stamp = stamp.replace(tzinfo=dt.timezone(dt.timedelta(minutes=minutes)))
        return DateValue(stamp, stamp, grain)
    if grain == "day":
        part = draw(st.sampled_from((None, "morning", "noon", "afternoon", "evening", "night")))
        return DateValue(day, day, "day", part)
    if grain == "range":
        last = min(day + dt.timedelta(days=draw(st.integers(1, 4000))), dt.date(2999, 12, 31))
        if last <= day:
            return DateValue(day, day, "day")
        unit = draw(st.sampled_from(("day", "month", "year")))
        if unit == "day":
            return DateValue(day, last, "day")
        if unit == "month":
            first = period("month", day.year, day.month)[0]
            end = period("month", last.year, last.month)[1]
            return DateValue(first, end, "month")
        return DateValue(
            period("year", day.year)[0],
            period("year", min(max(last.year, day.year + 1), 2999))[1],
            "year",
        )
    number = {
        "month": day.month,
        "quarter": (day.month + 2) // 3,
        "half": (day.month + 5) // 6,
        "year": 1,
        "decade": 1,
        "century": min((day.year + 99) // 100, 29),  # the 30th ends in 3000
    }[grain]
    year = day.year - day.year % 10 if grain == "decade" else day.year
    value = DateValue(*period(grain, year, number), grain)
    if qualifier is not None:
        value = qualify(value, qualifier)
    return value


@given(date_values(), st.sampled_from(("vi", "en")), st.sampled_from(("press", "long")))
def test_every_grain_round_trips_through_format_date(
    value: DateValue, locale: str, style: str
) -> None:
    """Every value format_date accepts, in both locales and both styles, every year from
    1000 to 2999 and every qualifier (qualified halves too: "đầu nửa đầu năm 2000")."""
    written = format_date(value, locale, style=style)  # type: ignore[arg-type]
    assert parse_date(written, reference=REFERENCE) == value, written


def _both_scans(text: str) -> None:
    from vnus._date_grammar import Parser, fold_for_dates

    folded, offsets = fold_for_dates(text)
    now = dt.datetime(2025, 6, 15)
    fast = Parser(text, folded, offsets, now).scan()
    slow = Parser(text, folded, offsets, now).scan(every_token=True)
    assert fast == slow


@given(date_expressions(), vietnamese_text(max_words=8), vietnamese_text(max_words=8))
def test_starting_only_where_a_rule_can_start_finds_the_same(
    example: tuple[str, DateValue, dt.date], before: str, after: str
) -> None:
    _both_scans(before + example[0] + " " + after)


@given(st.text(alphabet="0123456789/-.:, hngàytáquýnửađầucuốithứsáng()'", max_size=60))
def test_starting_only_where_a_rule_can_start_finds_the_same_on_fragments(text: str) -> None:
    _both_scans(text)


_PIECES = (
    "1", "5", "12", "25", "31", "100", "2025", "1990", "05", "/", "-", ".", ",", ":", "%", "'",
    "(", ")", "ngày", "tuần", "tháng", "năm", "giờ", "phút", "h", "am", "pm", "a", "s", "st",
    "nd", "th", "June", "May", "century", "trước", "tới", "sau", "nay", "đầu", "cuối", "từ",
    "đến", "thứ", "chiều", "quý", "I", "IV", "số", "người", "Năm", "mười",
)  # fmt: skip


@given(st.lists(st.sampled_from(_PIECES), max_size=12), st.lists(st.booleans(), max_size=12))
@example(["8", "giờ", "30"], [True, True])
@example(["21", "st", "century"], [True, False])
@example(["25", "June", "2024"], [True, True])
@example(["3", "ngày", "trước"], [True, True])
# English "a" before a Vietnamese unit is no count (Hypothesis found it on main).
@example(["1", "1", "1", "a", "ngày", "trước"], [False, False, True, True, True])
# A Vietnamese part of the day before an English date (Hypothesis found it on main).
@example(["chiều", "June", "1"], [True, True])
def test_numbers_start_rules_only_before_what_a_rule_needs_next(
    pieces: list[str], spaces: list[bool]
) -> None:
    text = "".join(
        piece + (" " if index < len(spaces) and spaces[index] else "")
        for index, piece in enumerate(pieces)
    )
    _both_scans(text)


@given(
    st.one_of(date_expressions().map(lambda example: example[0]), st.text(max_size=40)),
    st.sampled_from((dt.date.min, dt.date.max, dt.datetime.min, dt.datetime.max)),
)
@example("ngày mai, tháng sau, năm tới, quý tới, 3 ngày tới, thứ 2 tuần sau, 05/04/25", dt.date.max)
@example("hôm qua, tháng trước, năm ngoái, quý trước, cách đây 5 năm, ngày 1/1", dt.date.min)
def test_references_at_the_ends_of_the_calendar_give_no_exception(
    text: str, reference: dt.date
) -> None:
    mentions = find_dates(text, reference=reference)
    assert isinstance(mentions, list)
    for mention in mentions:
        assert text[mention.span[0] : mention.span[1]] == mention.text


@given(date_values(), date_values(), st.sampled_from(("vi", "en")))
def test_any_range_of_two_values_round_trips(
    first: DateValue, last: DateValue, locale: str
) -> None:
    from vnus._date_grammar import join

    # A period to a time of day is not something news writes.
    assume(isinstance(first.start, dt.datetime) == isinstance(last.start, dt.datetime))
    # Nor a naive time to an aware one.
    assume(
        not isinstance(first.start, dt.datetime)
        or not isinstance(last.start, dt.datetime)
        or (first.start.tzinfo is None) == (last.start.tzinfo is None)
    )
    if first.start > last.start:
        first, last = last, first
    value = join(first, last)
    assume(value is not None and value.is_range)
    assert value is not None
    assume(value.start.year >= 1000)  # from the 10th century (901): no year format_date writes
    written = format_date(value, locale)
    assert parse_date(written, reference=REFERENCE) == value, written


@given(st.one_of(st.text(), vietnamese_text()))
@example("Giá tăng mạnh, xuất khẩu cũng vậy.")
@example("Ⅻ ² ٣")  # a Roman numeral sign and digits that are not 0-9
def test_text_the_prefilter_skips_has_no_date_anywhere(text: str) -> None:
    from vnus._date_grammar import Parser, fold_for_dates, might_hold_a_date

    folded, offsets = fold_for_dates(text)
    if not might_hold_a_date(folded):
        assert Parser(text, folded, offsets, dt.datetime(2025, 6, 15)).scan(every_token=True) == []


_VI_WEEKDAYS = ("thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "chủ nhật")


@given(st.dates(dt.date(1950, 1, 1), dt.date(2090, 12, 31)), st.integers(-300, 300))
def test_a_weekday_beside_a_day_says_its_year(day: dt.date, offset: int) -> None:
    """Within a year of the reference only one year puts D/M on the weekday written."""
    reference = day + dt.timedelta(days=offset)
    text = f"{_VI_WEEKDAYS[day.weekday()]} ({day.day}/{day.month})"
    [mention] = find_dates(text, reference=reference)
    if (day.month, day.day) == (2, 29):
        assume(mention.value.start == day)
    assert mention.value.start == day
    assert mention.conflict is None


@given(st.dates(dt.date(1950, 1, 1), dt.date(2090, 12, 31)), st.integers(1, 6))
def test_a_weekday_that_disagrees_with_a_written_year_is_reported(day: dt.date, shift: int) -> None:
    wrong = _VI_WEEKDAYS[(day.weekday() + shift) % 7]
    [mention] = find_dates(f"{wrong}, ngày {day.day}/{day.month}/{day.year}", reference=day)
    assert mention.value.start == day  # the date as written is kept ...
    assert mention.conflict is not None  # ... and the disagreement said
    assert day.isoformat() in mention.conflict


#: Hours a clock reading takes with each part of the day, on the 12-hour clock the press
#: uses with it, and the 24-hour hours they must come out as.
_PART_HOURS = {
    "sáng": (range(1, 12), range(1, 12)),
    "trưa": (range(11, 13), range(11, 13)),
    "chiều": (range(1, 7), range(13, 19)),
    "tối": (range(6, 12), range(18, 24)),
    "đêm": (range(8, 12), range(20, 24)),
}


@given(
    st.sampled_from(sorted(_PART_HOURS)),
    st.data(),
    st.dates(dt.date(2000, 1, 1), dt.date(2050, 12, 31)),
)
def test_a_time_of_day_falls_within_its_part_of_day(
    part: str, data: st.DataObject, day: dt.date
) -> None:
    written, expected = _PART_HOURS[part]
    hour = data.draw(st.sampled_from(list(written)))
    [mention] = find_dates(f"lúc {hour} giờ {part} ngày {day.day}/{day.month}/{day.year}")
    start = mention.value.start
    assert isinstance(start, dt.datetime)
    assert start.date() == day
    assert start.hour in expected
