"""Numbers in digits and in words (vnus._numbers), read from numbers.toml."""

from __future__ import annotations

from decimal import Decimal

import pytest
from babel.numbers import format_decimal
from hypothesis import given
from hypothesis import strategies as st

from vnus._numbers import (
    number_words,
    parse_digits,
    parse_number,
    read_number,
    read_words,
    word_value,
)

DIGITS = [
    # (text, lang, value)
    ("12.345,67", "vi", "12345.67"),
    ("12,345.67", "en", "12345.67"),
    ("12.345,67", None, "12345.67"),
    ("12,345.67", None, "12345.67"),
    ("88,4", "vi", "88.4"),
    ("88,4", "en", "88.4"),  # a comma before one digit is never a grouping
    ("8.5", "vi", "8.5"),  # the English habit in a Vietnamese text
    ("1.234", "vi", "1234"),
    ("1.234", "en", "1.234"),
    ("1,234", "en", "1234"),
    ("1,234", "vi", "1.234"),
    ("0,125", "en", "0.125"),  # a zero before it: a decimal whatever the language
    ("0.125", "vi", "0.125"),
    ("1234,567", "en", "1234.567"),  # four digits before: not a grouping
    ("1.234.567", "en", "1234567"),
    ("1,234,567", "vi", "1234567"),
    ("1.234.567,5", "vi", "1234567.5"),
    ("25.450", "vi", "25450"),
    ("2,50", "vi", "2.5"),
    ("007", "vi", "7"),
    ("100", None, "100"),
    ("1.234", None, "1234"),  # nothing tells the language: a grouping either way
    ("1,234", None, "1234"),
    ("1,25", None, "1.25"),
]

NOT_DIGITS = [
    ("1.1.1", "vi"),  # a version, an address
    ("1.2.3.4", "en"),
    ("12,3.4", "vi"),
    ("1.23.456", "vi"),
    ("1234.567.890", "vi"),
    ("1,234.567.8", "en"),
    ("", "vi"),
    ("1.", "vi"),
    (".5", "en"),
    ("1 234", "vi"),
    ("abc", "en"),
    ("12a", "vi"),
]


@pytest.mark.parametrize(("text", "lang", "value"), DIGITS)
def test_digits(text: str, lang: str | None, value: str) -> None:
    assert parse_digits(text, lang) == Decimal(value)  # type: ignore[arg-type]


@pytest.mark.parametrize(("text", "lang"), NOT_DIGITS)
def test_not_digits(text: str, lang: str) -> None:
    assert parse_digits(text, lang) is None  # type: ignore[arg-type]


NUMBERS = [
    ("3 tỷ 200 triệu", "3200000000"),
    ("1,2 triệu", "1200000"),
    ("88,4 tỷ", "88400000000"),
    ("2 nghìn tỷ", "2000000000000"),
    ("1,5 nghìn tỷ", "1500000000000"),
    ("12 ngàn", "12000"),
    ("4 tỉ", "4000000000"),
    ("hai mươi lăm", "25"),
    ("hai mươi mốt", "21"),
    ("hai mươi một", "21"),
    ("ba mươi tư", "34"),
    ("bốn mươi nhăm", "45"),
    ("mười", "10"),
    ("mười lăm", "15"),
    ("mười một", "11"),
    ("mười tư", "14"),
    ("một trăm linh năm", "105"),
    ("một trăm lẻ một", "101"),
    ("chín trăm chín mươi chín", "999"),
    ("ba trăm", "300"),
    ("một nghìn không trăm linh năm", "1005"),
    ("ba tỷ hai trăm triệu", "3200000000"),
    ("một triệu rưỡi", "1500000"),
    ("hai nghìn rưỡi", "2500"),
    ("bảy", "7"),
    ("bẩy", "7"),
    ("một nghìn tỷ", "1000000000000"),
    ("không trăm", "0"),
    ("one", "1"),
    ("nineteen", "19"),
    ("twenty-five", "25"),
    ("ninety", "90"),
    ("one hundred and five", "105"),
    ("a hundred", "100"),
    ("a million", "1000000"),
    ("two hundred million", "200000000"),
    ("three billion two hundred million", "3200000000"),
    ("1.2 billion", "1200000000"),
    ("1,234 million", "1234000000"),
    ("88.4 billion", "88400000000"),
    ("1.2 trillion", "1200000000000"),
    ("5 thousand", "5000"),
    ("Twenty", "20"),
]

NOT_NUMBERS = [
    "tỷ",
    "tỷ tỷ",
    "triệu nghìn",
    "không",  # "not"
    "mươi",
    "linh",
    "hai mươi năm",  # twenty years
    "ba trăm năm",  # three hundred years
    "1 tỷ 1 tỷ",  # scales only get smaller
    "1 nghìn 2 triệu",
    "tỷ tỷ tỷ tỷ",
    "1 triệu triệu triệu",  # at most two scale words multiply
    "a",
    "and",
    "twenty-fifty",
    "hundred",
    "a dog",
    "",
    "   ",
    "ba con",
    "1.1.1",
]


@pytest.mark.parametrize(("text", "value"), NUMBERS)
def test_numbers(text: str, value: str) -> None:
    assert parse_number(text) == Decimal(value)


@pytest.mark.parametrize("text", NOT_NUMBERS)
def test_not_numbers(text: str) -> None:
    assert parse_number(text) is None


def test_read_stops_at_the_first_word_that_is_not_part_of_the_number() -> None:
    assert read_words(["ba", "ngày", "trước"]) == (Decimal(3), 1)
    assert read_words(["hai", "mươi", "năm", "qua"]) == (Decimal(20), 2)
    assert read_number(["3", "tỷ", "200", "triệu", "đồng"]) == (Decimal(3200000000), 4)
    assert read_number(["tăng", "3"], 1) == (Decimal(3), 2)
    assert read_words(["3", "tỷ"]) is None  # words only
    assert read_number(["1.234"], 0, "en") == (Decimal("1.234"), 1)
    assert read_number(["1.234"], 0, "vi") == (Decimal("1234"), 1)


def test_word_value() -> None:
    assert word_value("bảy") == 7
    assert word_value("mười") == 10
    assert word_value("forty") == 40
    assert word_value("ba", "en") is None
    assert word_value("tỷ") is None


def test_bad_language_names_it() -> None:
    with pytest.raises(ValueError, match="lang must be 'vi' or 'en'"):
        number_words("fr")  # type: ignore[arg-type]


def test_parse_number_wants_a_string() -> None:
    with pytest.raises(TypeError, match="int"):
        parse_number(3)  # type: ignore[arg-type]


# --- laws ----------------------------------------------------------------------------------

_VI_UNITS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"]


def _vi_below_thousand(n: int, inside: bool) -> list[str]:
    """Vietnamese words for 0 < n < 1000 as the grammar books spell them."""
    hundreds, rest = divmod(n, 100)
    tens, unit = divmod(rest, 10)
    words: list[str] = []
    if hundreds or inside:
        words += [_VI_UNITS[hundreds], "trăm"]
        if rest and tens == 0:
            return [*words, "linh", _VI_UNITS[unit]]
    if tens == 1:
        words.append("mười")
        if unit:
            words.append("lăm" if unit == 5 else _VI_UNITS[unit])
    elif tens:
        words += [_VI_UNITS[tens], "mươi"]
        if unit:
            words.append({1: "mốt", 4: "tư", 5: "lăm"}.get(unit, _VI_UNITS[unit]))
    elif unit:
        words.append(_VI_UNITS[unit])
    return words


def vietnamese_words(n: int) -> list[str]:
    """Vietnamese words for 0 < n < 10**12 (a test oracle, not library code)."""
    words: list[str] = []
    for scale, name in ((10**9, "tỷ"), (10**6, "triệu"), (10**3, "nghìn"), (1, "")):
        group, n = divmod(n, scale)
        if group:
            words += _vi_below_thousand(group, inside=bool(words))
            if name:
                words.append(name)
    return words


@given(st.integers(1, 10**12 - 1))
def test_vietnamese_words_read_back(n: int) -> None:
    words = vietnamese_words(n)
    assert read_words([*words, "đồng"]) == (Decimal(n), len(words))


_EN_UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_EN_UNITS += ["ten", "eleven", "twelve", "thirteen"]
_EN_UNITS += ["fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_EN_TENS = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def english_words(n: int) -> list[str]:
    """English words for 0 < n < 10**15 (a test oracle)."""
    words: list[str] = []
    scales = ((10**12, "trillion"), (10**9, "billion"), (10**6, "million"), (10**3, "thousand"))
    for scale, name in (*scales, (1, "")):
        group, n = divmod(n, scale)
        if not group:
            continue
        hundreds, rest = divmod(group, 100)
        if hundreds:
            words += [_EN_UNITS[hundreds], "hundred"] + (["and"] if rest else [])
        if rest >= 20:
            tens, unit = divmod(rest, 10)
            words.append(_EN_TENS[tens] + (f"-{_EN_UNITS[unit]}" if unit else ""))
        elif rest:
            words.append(_EN_UNITS[rest])
        if name:
            words.append(name)
    return words


@given(st.integers(1, 10**15 - 1))
def test_english_words_read_back(n: int) -> None:
    words = english_words(n)
    assert read_words([*words, "tons"], 0, "en") == (Decimal(n), len(words))


@given(
    st.decimals(min_value=0, max_value=10**15, places=3, allow_nan=False, allow_infinity=False),
    st.sampled_from(["vi", "en"]),
)
def test_babel_formatted_figures_read_back(value: Decimal, lang: str) -> None:
    text = format_decimal(value, format="#,##0.###", locale=lang)
    assert parse_digits(text, lang) == value  # type: ignore[arg-type]


def test_every_word_of_the_table_reads() -> None:
    for lang in ("vi", "en"):
        table = number_words(lang)  # type: ignore[arg-type]
        for word, value in table.units.items():
            if value:
                assert read_words([word, table.hundred and next(iter(table.hundred))]) is not None
        for word, scale in table.scales.items():
            assert read_number(["2", word], 0, lang) == (Decimal(2 * scale), 2)  # type: ignore[arg-type]
