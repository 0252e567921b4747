"""Numbers written in digits or in words, in Vietnamese and English.

The words and separators come from ``vnus/lexicon/numbers.toml``; this module is the
grammar that reads them. It is shared by amounts and dates.

>>> parse_digits("12.345,67", "vi"), parse_digits("12,345.67", "en")
(Decimal('12345.67'), Decimal('12345.67'))
>>> parse_digits("88,4"), parse_digits("1.234", "vi"), parse_digits("1.234", "en")
(Decimal('88.4'), Decimal('1234'), Decimal('1.234'))
>>> parse_number("3 tỷ 200 triệu"), parse_number("hai mươi lăm")
(Decimal('3200000000'), Decimal('25'))
>>> parse_number("one hundred and five"), parse_number("1.2 billion")
(Decimal('105'), Decimal('1200000000'))
>>> read_words(["ba", "mươi", "tư", "ngày"], 0)
(Decimal('34'), 3)
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any, Literal

import attrs

from vnus import lexicon
from vnus.errors import LexiconError, require_str

__all__ = [
    "Lang",
    "NumberWords",
    "number_words",
    "parse_digits",
    "parse_number",
    "read_number",
    "read_words",
    "tidy",
    "word_value",
]

Lang = Literal["vi", "en"]

# A figure as one token: digits, with single "." or "," between digit runs. No nested
# unbounded repeat can match one string two ways: each run ends at a separator.
DIGITS_RE = re.compile(r"[0-9]+(?:[.,][0-9]+)*")
_SEPARATOR_RE = re.compile("[.,]")
# Longer figures are not amounts of the press (and Decimal-to-int is not linear).
_MAX_FIGURE = 40
# Most scale words in a row that multiply ("nghìn tỷ"); more is not a number.
_MAX_SCALE_RUN = 2


@attrs.frozen(slots=True)
class NumberWords:
    """The number words of one language, as ``numbers.toml`` lists them."""

    lang: Lang
    units: Mapping[str, int]
    ten: frozenset[str]
    tens_marker: frozenset[str]
    tens: Mapping[str, int]
    after_tens: Mapping[str, int]
    after_ten: Mapping[str, int]
    zero_tens: frozenset[str]
    hundred: frozenset[str]
    scales: Mapping[str, int]
    half: frozenset[str]
    one_before_scale: frozenset[str]
    joiner: frozenset[str]
    scale_abbreviations: Mapping[str, int]
    decimal: str
    group: str

    @property
    def words(self) -> frozenset[str]:
        """Every word that may be part of a number in this language."""
        return frozenset(
            {*self.units, *self.ten, *self.tens_marker, *self.tens, *self.after_tens}
            | {*self.after_ten, *self.zero_tens, *self.hundred, *self.scales, *self.half}
            | {*self.one_before_scale, *self.joiner}
        )


def _words(data: Mapping[str, Any], key: str, lang: str) -> frozenset[str]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(w, str) for w in value):
        raise LexiconError(f"vnus/lexicon/numbers.toml: [{lang}] {key} must be a list of words")
    return frozenset(value)


def _values(data: Mapping[str, Any], key: str, lang: str) -> Mapping[str, int]:
    value = data.get(key, {})
    if not isinstance(value, dict) or not all(isinstance(v, int) for v in value.values()):
        raise LexiconError(f"vnus/lexicon/numbers.toml: [{lang}] {key} must map words to integers")
    return dict(value)


@functools.cache
def number_words(lang: Lang) -> NumberWords:
    """The number words of ``lang`` ("vi" or "en"), read once from ``numbers.toml``."""
    if lang not in ("vi", "en"):
        raise ValueError(f"lang must be 'vi' or 'en' (got {lang!r})")
    data = lexicon.table("numbers", lang)
    separators = (data.get("decimal"), data.get("group"))
    if not all(isinstance(s, str) and len(s) == 1 for s in separators):
        raise LexiconError(f"vnus/lexicon/numbers.toml: [{lang}] decimal and group: one character")
    return NumberWords(
        lang=lang,
        units=_values(data, "units", lang),
        ten=_words(data, "ten", lang),
        tens_marker=_words(data, "tens", lang) if lang == "vi" else frozenset(),
        tens=_values(data, "tens", lang) if lang == "en" else {},
        after_tens=_values(data, "after_tens", lang),
        after_ten=_values(data, "after_ten", lang),
        zero_tens=_words(data, "zero_tens", lang),
        hundred=_words(data, "hundred", lang),
        scales=_values(data, "scales", lang),
        half=_words(data, "half", lang),
        one_before_scale=_words(data, "one_before_scale", lang),
        joiner=_words(data, "joiner", lang),
        scale_abbreviations=_values(data, "scale_abbreviations", lang),
        decimal=str(separators[0]),
        group=str(separators[1]),
    )


def tidy(value: Decimal) -> Decimal:
    """``value`` without trailing zeros or exponent: 1200000.0 -> 1200000, 0.50 -> 0.5."""
    if value == value.to_integral_value():
        return Decimal(int(value))
    return value.normalize()


def word_value(word: str, lang: Lang | None = None) -> int | None:
    """The value of one number word alone ("ba" 3, "mười" 10, "twenty" 20), else None.

    >>> word_value("bảy"), word_value("mười"), word_value("forty"), word_value("tỷ")
    (7, 10, 40, None)
    """
    for language in (lang,) if lang else ("vi", "en"):
        table = number_words(language)
        if word in table.units:
            return table.units[word]
        if word in table.ten:
            return 10
        if word in table.tens:
            return table.tens[word]
    return None


# --- digits ----------------------------------------------------------------------------------


def _grouped(runs: Sequence[str]) -> bool:
    """Runs of a thousands grouping: a first run of 1-3 digits, then runs of exactly 3."""
    return 1 <= len(runs[0]) <= 3 and all(len(run) == 3 for run in runs[1:])


def parse_digits(text: str, lang: Lang | None = None) -> Decimal | None:
    """The value of a figure written in digits, or None when it is not a well-formed one.

    A separator the figure itself makes plain is read as it must be: both kinds
    ("12.345,67"), one kind repeated ("1.234.567", a grouping), one before other than
    three digits ("88,4", "8.5", decimals). Only one separator before exactly three
    digits ("1.234") depends on ``lang``: a group in ``vi`` ("." groups) and a decimal
    in ``en`` for "." (the reverse for ","); with no ``lang`` either is a group, the
    likelier reading of a figure whose language nothing tells. "1.1.1" and "1,2.3" are
    not figures, nor is anything longer than 40 characters.

    >>> parse_digits("1.234.567"), parse_digits("1,234", "en"), parse_digits("1,234", "vi")
    (Decimal('1234567'), Decimal('1234'), Decimal('1.234'))
    >>> parse_digits("1,234"), parse_digits("1.234")
    (Decimal('1234'), Decimal('1234'))
    >>> parse_digits("1.1.1") is None, parse_digits("12,3.4") is None
    (True, True)
    """
    if len(text) > _MAX_FIGURE or DIGITS_RE.fullmatch(text) is None:
        return None
    seps = [c for c in text if c in ".,"]
    if not seps:
        return Decimal(text)
    runs = _SEPARATOR_RE.split(text)
    kinds = set(seps)
    if len(kinds) == 2:
        last = seps[-1]
        if seps.count(last) != 1:
            return None
        whole, fraction = runs[:-1], runs[-1]
        if not _grouped(whole):
            return None
        return tidy(Decimal("".join(whole) + "." + fraction))
    if len(seps) > 1:
        return Decimal("".join(runs)) if _grouped(runs) else None
    whole_run, fraction = runs
    sep = seps[0]
    ambiguous = len(fraction) == 3 and 1 <= len(whole_run) <= 3 and whole_run != "0"
    if ambiguous and (lang is None or sep == number_words(lang).group):
        return Decimal(whole_run + fraction)
    return tidy(Decimal(whole_run + "." + fraction))


# --- words -----------------------------------------------------------------------------------

Words = Sequence[str]


def _w(words: Words, i: int) -> str:
    return words[i] if 0 <= i < len(words) else ""


def _vi_block(words: Words, i: int, t: NumberWords) -> tuple[int, int] | None:
    """A Vietnamese number below one thousand in words from ``i``: value and end."""
    value, j = 0, i
    unit = t.units.get(_w(words, j))
    if unit is not None and _w(words, j + 1) in t.hundred:
        value, j = unit * 100, j + 2
        if _w(words, j) in t.zero_tens:
            last = t.units.get(_w(words, j + 1))
            if last:  # "một trăm linh năm"
                return value + last, j + 2
            return value, j
    word = _w(words, j)
    tens = t.units.get(word)
    if word in t.ten:
        last = t.after_ten.get(_w(words, j + 1))
        return (value + 10 + last, j + 2) if last else (value + 10, j + 1)
    if tens and _w(words, j + 1) in t.tens_marker:
        last = t.after_tens.get(_w(words, j + 2))
        return (value + tens * 10 + last, j + 3) if last else (value + tens * 10, j + 2)
    if j > i:
        return value, j  # "hai trăm"; a bare unit after it ("ba trăm năm") is years
    if tens is not None and (tens or _w(words, j + 1) in t.scales):
        return tens, j + 1  # "không" alone is "not", never zero
    return None


def _en_block(words: Words, i: int, t: NumberWords) -> tuple[int, int] | None:
    """An English number below one thousand in words from ``i``: value and end."""

    def small(k: int) -> tuple[int, int] | None:
        word = _w(words, k)
        if word in t.units:
            return t.units[word], k + 1
        head, _, tail = word.partition("-")
        if head in t.tens and not tail and _w(words, k + 1) == "-":
            last = t.units.get(_w(words, k + 2))  # "twenty - five" as three tokens
            if last and last < 10:
                return t.tens[head] + last, k + 3
        if head in t.tens:
            if not tail:
                return t.tens[head], k + 1
            last = t.units.get(tail)
            return (t.tens[head] + last, k + 1) if last and last < 10 else None
        return None

    word = _w(words, i)
    first = (1, i + 1) if word in t.one_before_scale else small(i)
    if first is None:
        return None
    if _w(words, first[1]) in t.hundred and first[0] < 10:
        value, j = first[0] * 100, first[1] + 1
        joined = j + 1 if _w(words, j) in t.joiner else j
        rest = small(joined)
        if rest is not None and rest[0] < 100:
            return value + rest[0], rest[1]
        return value, j
    if word in t.one_before_scale and _w(words, first[1]) not in t.scales:
        return None
    return first


def _figure(words: Words, i: int, lang: Lang | None) -> tuple[Decimal, int] | None:
    value = parse_digits(_w(words, i), lang)
    return (value, i + 1) if value is not None else None


_SAME = "same"


def read_number(
    words: Words,
    start: int = 0,
    lang: Lang | None = None,
    *,
    figures: bool = True,
    figure_lang: Lang | Literal["same"] | None = "same",
) -> tuple[Decimal, int] | None:
    """The number written from ``words[start]``: its value and the index after it.

    ``words`` are lower-case tokens; a figure in digits is one token ("12.345,67").
    Groups of a figure or number words followed by scale words add up, from the
    largest scale down: ``["3", "tỷ", "200", "triệu"]``, ``["1,2", "triệu"]``,
    ``["ba", "nghìn", "tỷ"]``, ``["two", "hundred", "million"]``. ``figures=False``
    reads words only. The reading takes a bounded number of tokens: scales only get
    smaller and at most two scale words multiply.

    >>> read_number(["1,2", "triệu", "tấn"])
    (Decimal('1200000'), 2)
    >>> read_number(["một", "triệu", "rưỡi"]), read_number(["tỷ", "tỷ"])
    ((Decimal('1500000'), 3), None)
    """
    languages: tuple[Lang, ...] = (lang,) if lang else ("vi", "en")
    best: tuple[Decimal, int] | None = None
    for language in languages:
        digits: Lang | None = (lang or language) if figure_lang == _SAME else figure_lang  # type: ignore[assignment]
        found = _read(words, start, language, digits, figures)
        if found is not None and (best is None or found[1] > best[1]):
            best = found
    return best


def _read(
    words: Words, start: int, language: Lang, digits: Lang | None, figures: bool
) -> tuple[Decimal, int] | None:
    t = number_words(language)
    block_of = _vi_block if language == "vi" else _en_block
    total, j = Decimal(0), start
    last_scale: int | None = None
    while True:
        block: tuple[Decimal | int, int] | None = block_of(words, j, t)
        if block is None and figures:
            block = _figure(words, j, digits)
        if block is None:
            break
        value, k = block
        scale, run = 1, 0
        while run < _MAX_SCALE_RUN and _w(words, k) in t.scales:
            scale, k, run = scale * t.scales[_w(words, k)], k + 1, run + 1
        if scale == 1:
            if last_scale is None or value < last_scale:
                total, j = total + value, k
            break
        if last_scale is not None and scale >= last_scale:
            break
        total, j, last_scale = total + Decimal(value) * scale, k, scale
        if _w(words, j) in t.half:
            total, j = total + Decimal(scale) / 2, j + 1
            break
        if t.joiner and _w(words, j) in t.joiner and block_of(words, j + 1, t) is not None:
            j += 1  # "two million and five"
    if j == start:
        return None
    return tidy(total), j


def read_words(
    words: Words, start: int = 0, lang: Lang | None = None
) -> tuple[Decimal, int] | None:
    """The number that number words alone spell from ``words[start]``: value and end.

    For the counts of dates and amounts written out: "ba ngày", "hai mươi mốt năm",
    "mười lăm", "một trăm linh năm", "twenty-five". "không" alone is not zero, "năm"
    after "mươi" is not five ("hai mươi năm" is twenty years).

    >>> read_words(["hai", "mươi", "năm", "qua"]), read_words(["không", "tăng"])
    ((Decimal('20'), 2), None)
    """
    return read_number(words, start, lang, figures=False)


_SPLIT_RE = re.compile(r"[^\s]+")


def parse_number(text: str, lang: Lang | None = None) -> Decimal | None:
    """The number that the whole of ``text`` writes, or None.

    >>> parse_number("12.345,67"), parse_number("một nghìn tỷ"), parse_number("ba con")
    (Decimal('12345.67'), Decimal('1000000000000'), None)
    """
    words = [w.lower() for w in _SPLIT_RE.findall(require_str(text))]
    if not words:
        return None
    found = read_number(words, 0, lang)
    if found is None or found[1] != len(words):
        return None
    return found[0]
