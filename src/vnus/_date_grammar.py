"""The date grammar behind :func:`vnus.find_dates`: folding, tokens, rules, year inference.

Text is folded without changing what the rules need (NFC, lower case, one dash, one
space) while keeping an offset map to the original. A single linear regular expression
splits it into tokens (digit runs, letter runs, single other characters); the rules are
plain functions over token positions, each reading a bounded number of tokens, so a
scan is linear in the input whatever it holds.

Each rule returns a *node*: a :class:`_Point` (year, month, day, time as written, any
of them missing), a :class:`_Period` (something built from a year, such as a quarter),
a :class:`_Fixed` value (relative expressions, already anchored) or a :class:`_Span`
(a range of two nodes). :func:`resolve` turns a node into a :class:`DateValue`,
inferring a missing year from the reference date.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
import unicodedata
from collections.abc import Callable, Iterable
from typing import Literal

import attrs

from vnus._date_model import (
    GRAINS,
    DateValue,
    Grain,
    PartOfDay,
    Qualifier,
    period,
    period_of,
    qualify,
)

Hint = Literal["past", "future"] | None

# --- folding with offsets ------------------------------------------------------------------

_SAME_LENGTH = str.maketrans(
    {
        **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d", "-"),
        **dict.fromkeys(
            "\t\n\r\x0b\x0c\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007"
            "\u2008\u2009\u200a\u202f\u205f\u3000\u200b\u2060\ufeff\u180e\u00ad\u200c\u200d",
            " ",
        ),
        **dict.fromkeys("\u2018\u2019\u201a\u201b\u2032", "'"),
        "\u00f0": "đ",  # ð and ɖ: what look-alikes of Đ lower-case to
        "\u0256": "đ",
    }
)


_SPECIAL_RE = re.compile("[" + re.escape("".join(map(chr, _SAME_LENGTH))) + "]")


def _same_length(match: re.Match[str]) -> str:
    return match.group().translate(_SAME_LENGTH)


def fold_for_dates(text: str) -> tuple[str, tuple[int, ...] | None]:
    """NFC, lower-cased, dash and space variants unified; and the offsets back to ``text``.

    The offsets are None when the folded text has the same length as ``text`` (then a
    position is its own offset); otherwise ``len(folded) + 1`` offsets such that
    ``folded[i:j]`` comes from ``text[offsets[i]:offsets[j]]``.

    >>> fold_for_dates("Ngày 5\\u2013Chie\\u0302\\u0300u")
    ('ngày 5-chiều', (0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 13, 14))
    """
    offsets: list[int] | None = None
    composed = text
    if not text.isascii() and not unicodedata.is_normalized("NFC", text):
        pieces: list[str] = []
        offsets = []
        start = 0
        size = len(text)
        while start < size:
            end = start + 1
            while end < size and unicodedata.combining(text[end]):
                end += 1
            piece = unicodedata.normalize("NFC", text[start:end])
            pieces.append(piece)
            offsets.extend([start] * len(piece))
            start = end
        offsets.append(size)
        composed = "".join(pieces)
    lowered = composed.lower()
    if len(lowered) != len(composed):  # a few letters lower-case to two characters
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in composed)
    # Line breaks are most of what is replaced: str.replace does them without a callback.
    folded = _SPECIAL_RE.sub(_same_length, lowered.replace("\n", " "))
    return folded, (tuple(offsets) if offsets is not None else None)


# --- tokens ----------------------------------------------------------------------------------

# A token is a run of digits, a run of Latin letters (every Vietnamese and English
# letter; an explicit class is faster than a Unicode category test), or any other single
# character; letters of other scripts come one per token, which no rule needs to join.
_LETTERS = r"a-z\u00e0-\u00f6\u00f8-\u00ff\u0100-\u024f\u1e00-\u1eff"
_TOKEN_RE = re.compile(rf"\s*+(?:[{_LETTERS}]+|[0-9]+|\S)")
_LETTERS_RE = re.compile(rf"[{_LETTERS}]+")
_DIGIT_RE = re.compile("[0-9]")


@attrs.frozen(slots=True)
class _Tokens:
    """Each token, and with it the white space before it (``pieces``) and where it ends."""

    words: list[str]
    pieces: list[str]
    ends: list[int]

    def start(self, i: int) -> int:
        return self.ends[i] - len(self.words[i])


def tokenize(folded: str) -> _Tokens:
    """Tokens, each with the white space before it, and where each ends.

    Each match is the white space before a token and the token; with trailing white
    space removed every match succeeds where it starts, so the scan is one pass.
    """
    pieces = _TOKEN_RE.findall(folded.rstrip())
    ends = list(itertools.accumulate(map(len, pieces)))
    return _Tokens(list(map(str.lstrip, pieces)), pieces, ends)


def might_hold_a_date(folded: str) -> bool:
    """False when no rule can start anywhere in ``folded``: no digit and no start word.

    Cheaper than tokenizing: a search for a digit, then (only when there is none) the
    letter runs, which are exactly the letter tokens, against the start words.
    """
    if _DIGIT_RE.search(folded) is not None:
        return True
    return not _NEXT_SETS.keys().isdisjoint(_LETTERS_RE.findall(folded))


# --- vocabulary --------------------------------------------------------------------------------

PARTS: dict[str, PartOfDay] = {
    "sáng": "morning",
    "trưa": "noon",
    "chiều": "afternoon",
    "tối": "evening",
    "đêm": "night",
    "khuya": "night",
}
_EN_PARTS: dict[str, PartOfDay] = {
    "morning": "morning",
    "noon": "noon",
    "afternoon": "afternoon",
    "evening": "evening",
    "night": "night",
}
# Month words after "tháng"; "năm" (May) only when written "Năm".
_MONTH_WORDS: dict[str, int] = {
    "giêng": 1,
    "một": 1,
    "hai": 2,
    "ba": 3,
    "tư": 4,
    "bốn": 4,
    "năm": 5,
    "sáu": 6,
    "bảy": 7,
    "bẩy": 7,
    "tám": 8,
    "chín": 9,
    "mười": 10,
    "chạp": 12,
}
# Parsing English needs the names; format_date takes its names from Babel.
_EN_MONTHS: dict[str, int] = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_EN_WEEKDAYS = {
    name: number
    for number, name in enumerate(
        ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
    )
}
_WEEKDAY_WORDS = {"hai": 0, "ba": 1, "tư": 2, "năm": 3, "sáu": 4, "bảy": 5, "bẩy": 5}
_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50}
_EN_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4}
_QUALIFIERS: dict[str, Qualifier] = {"đầu": "early", "giữa": "mid", "cuối": "late"}
_EN_QUALIFIERS: dict[str, Qualifier] = {"early": "early", "mid": "mid", "late": "late"}
# Words before a bare D/M that make it a date rather than a fraction or a score.
_DM_CUES = frozenset(
    {"từ", "đến", "tới", "vào", "và", "hoặc", "(", "lúc", "trước", "sau", "hết", "nay", "qua"}
    | {"dịp", "lễ", "khánh"}  # "dịp 2/9", "nghỉ lễ 30/4", "Quốc khánh 2/9"
)
# Counts written in words before a unit: "ba ngày trước", "hai tuần tới".
_COUNT_NUMBERS = {
    "một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9,
    "mười": 10,
}  # fmt: skip
_UNITS = frozenset({"ngày", "tuần", "tháng", "năm"})
# Words after a bare D/M that make it a fraction: "2/3 số người", "1/3 dân số".
_FRACTION_NOUNS = frozenset(
    {"số", "dân", "diện", "tổng", "giá", "lượng", "trong", "các", "những", "thời", "khối"}
)
_DM_AFTER_CUES = frozenset({"vừa", "tới", "sắp", ")"})
# Words before a bare four-digit year that make it a year.
_YEAR_CUES = frozenset(
    {"vào", "đến", "tới", "từ", "trước", "sau", "trong", "hết", "in", "since", "by", "until"}
)
_YEAR_CUE_PAIRS = frozenset({("net", "zero"), ("tầm", "nhìn")})
# Lower-case words that may follow a bare year; any other word makes the number a count.
_AFTER_BARE_YEAR = frozenset(
    {"và", "hoặc", "là", "thì", "sẽ", "đã", "có", "với", "nhằm", "để", "khi", "mà", "đến"}
    | {"tới", "theo", "của", "tại", "ở", "nhưng", "hay", "and", "or", "to", "when", "the"}
)
# Words before "thứ N" that make it an ordinal: "vòng đàm phán thứ 6", "lần thứ 12".
_ORDINAL_NOUNS = frozenset(
    {"vòng", "lần", "lớn", "hạng", "khóa", "khoá", "kỳ", "kì", "phiên", "số", "đợt", "bậc"}
)
_COUNT_WORDS = frozenset({"những", "các", "nhiều", "mấy", "mỗi", "hằng", "hàng", "vài"})
_PERIOD_PREFIXES = {
    ("giai", "đoạn"),
    ("nhiệm", "kỳ"),
    ("nhiệm", "kì"),
    ("thời", "kỳ"),
    ("thời", "kì"),
    ("niên", "khóa"),
    ("niên", "khoá"),
}
# Words that start a rule, and (for common words) the words that rule needs next.
_NEXT_WORDS: dict[str, str] = {
    "from": "", "between": "", "từ": "", "ngày": "", "hôm": "", "mùng": "", "mồng": "",
    "tuần": "", "tháng": "", "năm": "", "quý": "", "today": "", "yesterday": "",
    "tomorrow": "", "cn": "",
    "cách": "đây", "những": "năm", "thập": "niên|kỷ|kỉ", "thế": "kỷ|kỉ", "chủ": "nhật",
    "giai": "đoạn", "nhiệm": "kỳ|kì", "thời": "kỳ|kì", "niên": "khóa|khoá",
    "nửa": "đầu|cuối|sau", "thứ": "hai|ba|tư|năm|sáu|bảy|bẩy",
    "the": "early|mid|late|first|second",
    "this": "week|month|year|quarter", "next": "week|month|year|quarter",
    "last": "week|month|year|quarter",
    "early": "", "mid": "", "late": "", "first": "", "second": "", "third": "", "fourth": "",
}  # fmt: skip
for _word in PARTS:
    _NEXT_WORDS[_word] = "ngày|hôm|nay|mai|qua|thứ|chủ|cn"
for _word in _QUALIFIERS:
    _NEXT_WORDS[_word] = "năm|tháng|quý|tuần|thập|thế"
for _word in (*_EN_WEEKDAYS, *_EN_MONTHS):
    _NEXT_WORDS[_word] = ""
for _word in _COUNT_NUMBERS:
    _NEXT_WORDS.setdefault(_word, "ngày|tuần|tháng|năm")
_NEXT_SETS: dict[str, frozenset[str] | None] = {
    word: frozenset(following.split("|")) if following else None
    for word, following in _NEXT_WORDS.items()
}
_NEXT_SETS["thứ"] = frozenset({*(_NEXT_SETS["thứ"] or ()), "2", "3", "4", "5", "6", "7"})
_NEXT_SETS["q"] = _NEXT_SETS["h"] = frozenset()
_DIGIT_STARTS = frozenset("0123456789")
# Start words that may also be followed by a number: "chiều 19/9", "Q1", "the 1990s".
_BEFORE_NUMBERS = frozenset({*PARTS, "q", "h", "the"})
# Every token a rule may start at, for one dictionary look-up per token: the start words
# with the words they need next, and every number of one to four digits ("0" to "9999",
# "05", "0001"), which needs nothing next (longer ones start nothing).
_NUMBER: frozenset[str] = frozenset({" "})  # a marker: no token is a space
# What may follow a number of one to three digits that starts a rule ("5 tháng", "8h",
# "25/6", "1-5/9", "21st century", "25 June"); before anything else only a four-digit
# year starts one ("2025 và 2030").
_AFTER_SHORT_NUMBER = frozenset(
    {"ngày", "tuần", "tháng", "năm", "giờ", "h", ":", "am", "pm", "/", "-", ".", "s"}
    | {"st", "nd", "rd", "th", *_EN_MONTHS}
)
# The value of every number token a rule reads: one to four digits 0-9 ("05" is 5).
_NUMBER_VALUES: dict[str, int] = {
    f"{number:0{width}d}": number for width in range(1, 5) for number in range(10**width)
}
_STARTS: dict[str, frozenset[str] | None] = {**_NEXT_SETS, **dict.fromkeys(_NUMBER_VALUES, _NUMBER)}


_PAST_WORDS = (("vừa", "qua"), ("vừa", "rồi"))


# --- nodes ---------------------------------------------------------------------------------


@attrs.frozen(slots=True)
class _Point:
    """A calendar point as written; a missing year is inferred when resolved."""

    year: int | None
    month: int | None = None
    day: int | None = None
    hour: int | None = None
    minute: int | None = None
    part: PartOfDay | None = None
    qualifier: Qualifier | None = None
    anchored: bool = False  # the year written was taken from the reference ("năm nay")

    def build(self, year: int, today: dt.date) -> DateValue | None:
        month, day = self.month, self.day
        if month is None and self.hour is not None:  # a time alone is today's
            year, month, day = today.year, today.month, today.day
        try:
            if month is None:
                first, last = period("year", year)
                value = DateValue(first, last, "year", self.part)
            elif day is None:
                first, last = period("month", year, month)
                value = DateValue(first, last, "month", self.part)
            elif self.hour is None:
                moment = dt.date(year, month, day)
                value = DateValue(moment, moment, "day", self.part)
            else:
                stamp = dt.datetime(year, month, day) + dt.timedelta(
                    hours=self.hour, minutes=self.minute or 0
                )
                grain: Grain = "hour" if self.minute is None else "minute"
                value = DateValue(stamp, stamp, grain, self.part)
        except ValueError:
            return None
        return qualify(value, self.qualifier) if self.qualifier else value

    @property
    def dated(self) -> bool:
        return self.month is not None or self.year is not None


@attrs.frozen(slots=True)
class _Period:
    """A quarter, half, decade or century, a run of months, or any of them qualified."""

    grain: Grain
    number: int
    year: int | None
    qualifier: Qualifier | None = None
    last: int | None = None  # a run of months: number..last
    anchored: bool = False  # the year was taken from the reference ("nửa cuối năm")

    def build(self, year: int, today: dt.date) -> DateValue | None:
        try:
            if self.last is not None:
                first = period("month", year, self.number)[0]
                last = period("month", year, self.last)[1]
                value = DateValue(first, last, self.grain)
            else:
                first, last = period(self.grain, year, self.number)
                value = DateValue(first, last, self.grain)
        except ValueError:
            return None
        return qualify(value, self.qualifier) if self.qualifier else value


@attrs.frozen(slots=True)
class _Fixed:
    """A value already anchored on the reference date (today, next week, 3 days ago)."""

    value: DateValue

    @property
    def year(self) -> int:
        return _as_date(self.value.start).year

    def build(self, year: int, today: dt.date) -> DateValue | None:
        return self.value


@attrs.frozen(slots=True)
class _Span:
    """A range: the first node's start to the last node's end."""

    first: _Point | _Period | _Fixed
    last: _Point | _Period | _Fixed


AnyNode = _Point | _Period | _Fixed | _Span


# --- resolution ------------------------------------------------------------------------------


def _distance(value: DateValue, today: dt.date) -> int:
    start, end = _as_date(value.start), _as_date(value.end)
    if start <= today <= end:
        return 0
    return min(abs((start - today).days), abs((end - today).days))


def _as_date(moment: dt.date) -> dt.date:
    return moment.date() if isinstance(moment, dt.datetime) else moment


def _settle(node: _Point | _Period | _Fixed, today: dt.date, hint: Hint) -> DateValue | None:
    """Build ``node``; without a year, take the year that puts it nearest ``today``."""
    if node.year is not None:
        return node.build(node.year, today)
    best: DateValue | None = None
    best_distance = 0
    # The year before, this year and the next; further only for 29 February.
    years = [today.year - 1, today.year, today.year + 1]
    if isinstance(node, _Point) and (node.month, node.day) == (2, 29):
        years = list(range(today.year - 4, today.year + 5))
    for year in years:
        value = node.build(year, today)
        if value is None:
            continue
        if hint == "past" and _as_date(value.start) > today:
            continue
        if hint == "future" and _as_date(value.end) < today:
            continue
        distance = _distance(value, today)
        if best is None or distance < best_distance:
            best, best_distance = value, distance
    return best


def _borrow(first: _Point, last: _Point) -> _Point:
    """Fill what the first end of a range leaves to the second: "từ 1 đến 5/9"."""
    if first.month is None and (first.day is not None or first.hour is not None):
        first = attrs.evolve(first, month=last.month)
        if first.day is None:
            first = attrs.evolve(first, day=last.day)
    return first


def _finer(a: Grain, b: Grain) -> Grain:
    return a if GRAINS.index(a) <= GRAINS.index(b) else b


def join(first: DateValue, last: DateValue) -> DateValue | None:
    """The range from ``first`` to ``last``, at the finer of their grains."""
    start, end = first.start, last.end
    if isinstance(start, dt.datetime) != isinstance(end, dt.datetime):
        if not isinstance(start, dt.datetime):
            start = dt.datetime(start.year, start.month, start.day)
        if not isinstance(end, dt.datetime):
            end = dt.datetime(end.year, end.month, end.day, 23, 59)
    if end <= start:
        return None
    grain = _finer(first.grain, last.grain)
    if not isinstance(start, dt.datetime) and not isinstance(end, dt.datetime):
        # An early/mid/late end ("đến giữa năm 2025") is not a whole period of its grain:
        # step down to the grain both ends are whole periods of.
        while grain not in ("day", "minute", "hour") and (
            period_of(start, grain)[0] != start or period_of(end, grain)[1] != end
        ):
            grain = "month" if grain != "month" else "day"
    return DateValue(start, end, grain)


def resolve(node: AnyNode, today: dt.date, hint: Hint = None) -> DateValue | None:
    """The value of ``node`` anchored on ``today``; None for an impossible date."""
    if not isinstance(node, _Span):
        return _settle(node, today, hint)
    first, last = node.first, node.last
    if isinstance(first, _Point) and isinstance(last, _Point):
        first = _borrow(first, last)
        if last.month is None and last.hour is not None and first.month is not None:
            last = attrs.evolve(last, year=first.year, month=first.month, day=first.day)
    if first.year is None and last.year is not None:
        start = first.build(last.year, today)
        end = last.build(last.year, today)
        if start is not None and end is not None and start.start > end.end:
            start = first.build(last.year - 1, today)
    else:
        start = _settle(first, today, hint)
        if start is None:
            return None
        year = _as_date(start.start).year
        end = last.build(last.year if last.year is not None else year, today)
        if last.year is None and end is not None and _as_date(end.end) < _as_date(start.start):
            end = last.build(year + 1, today)
    if start is None or end is None:
        return None
    return join(start, end)


# --- the parser ------------------------------------------------------------------------------

Result = tuple[AnyNode, int]


def _roman(word: str) -> int | None:
    if not word or len(word) > 7 or any(c not in _ROMAN for c in word):
        return None
    total = 0
    for index, char in enumerate(word):
        value = _ROMAN[char]
        following = _ROMAN[word[index + 1]] if index + 1 < len(word) else 0
        total += -value if value < following else value
    return total if total > 0 else None


def _add_months(day: dt.date, months: int) -> tuple[int, int]:
    index = day.year * 12 + day.month - 1 + months
    return index // 12, index % 12 + 1


#: How far past the last token (and before the first) the rules may read.
PAD = 64


class Parser:
    """Finds date expressions in one text; one instance per call, nothing shared."""

    def __init__(self, text: str, folded: str, offsets: tuple[int, ...] | None, now: dt.datetime):
        self.text = text
        self.folded = folded
        self.offsets = offsets
        tokens = tokenize(folded)
        self.tokens = tokens
        self.words = tokens.words
        self.pieces = tokens.pieces
        self.ends = tokens.ends
        self.size = len(self.words)
        self.today = now.date()
        # w(i): token i, or "" before the first token and after the last. The rules read
        # a bounded number of tokens (no loops, no unbounded recursion), a few behind where
        # they start and never PAD ahead, so a list padded with PAD empty strings answers
        # with its own C-level indexing (an index down to -PAD lands in the padding too).
        self.w: Callable[[int], str] = [*self.words, *[""] * PAD].__getitem__

    # -- token helpers --

    def adj(self, i: int) -> bool:
        """Token ``i`` touches the token before it."""
        return 0 < i < self.size and len(self.pieces[i]) == len(self.words[i])

    def num(self, i: int, low: int = 0, high: int = 9999, digits: int = 4) -> int | None:
        word = self.w(i)
        value = _NUMBER_VALUES.get(word)
        if value is None or len(word) > digits:
            return None
        return value if low <= value <= high else None

    def year4(self, i: int) -> int | None:
        word = self.w(i)
        return self.num(i, 1000, 2999) if len(word) == 4 else None

    def capitalized(self, i: int) -> bool:
        start = self.tokens.start(i)
        original = self.text[self.offsets[start] if self.offsets else start]
        return original.isupper()

    def free_before(self, i: int) -> bool:
        """Nothing glued before token ``i`` that makes it part of a code or a number."""
        if not self.adj(i):
            return True
        before = self.w(i - 1)
        if before.isalnum() or before in ("%", "/"):  # "/" glued before: a path, a code
            return False
        return not (before in "-.,:" and self.adj(i - 1) and self.w(i - 2).isalnum())

    def free_after(self, j: int) -> bool:
        """Nothing glued after the token before ``j``: "8,5%", "59-NQ", "1/1/1"."""
        if not self.adj(j):
            return True
        after = self.w(j)
        if after.isalnum() or after == "%":
            return False
        if after in "/-:,." and self.adj(j + 1):
            following = self.w(j + 1)
            if after == "." and following.isalpha():  # "2009-2017.state.gov", not "2023.Là"
                return self.capitalized(j + 1)
            return not (following.isdigit() or (after in "/-" and following.isalpha()))
        return True

    def hint(self, j: int) -> Hint:
        pair = (self.w(j), self.w(j + 1))
        if pair in _PAST_WORDS:
            return "past"
        if pair[0] == "tới" and (pair[1] == "" or not pair[1].isalnum() or pair[1] == "đây"):
            return "future"
        if pair in (("sắp", "tới"), ("tới", "đây")):
            return "future"
        return None

    # -- the scan --

    def scan(self, *, every_token: bool = False) -> list[tuple[int, int, AnyNode, Hint]]:
        """Every expression, leftmost and longest, as (first token, end token, node, hint).

        Rules are tried only at :meth:`candidates`; ``every_token`` tries them at every
        token instead, which must find the same (the tests check it).
        """
        found: list[tuple[int, int, AnyNode, Hint]] = []
        candidates = range(self.size) if every_token else self.candidates()
        end = 0
        for i in candidates:
            if i < end:
                continue
            result = self.expression(i)
            if result is not None:
                node, end = result
                found.append((i, end, node, self.hint(end)))
        return found

    def candidates(self) -> Iterable[int]:
        """Tokens where some rule may start: a number with nothing glued before it (not the
        "19" of "COVID-19"), or a word that starts a rule followed by a word it needs."""
        words = self.words
        pieces = self.pieces
        padded = (*words, "")
        found = []
        # One pass over the tokens: numbers and start words are all keys of _STARTS.
        for i in itertools.compress(range(self.size), map(_STARTS.__contains__, words)):
            word = words[i]
            following = _STARTS[word]
            if following is _NUMBER:  # nothing glued before it, or nothing that binds
                if len(word) < 4 and padded[i + 1] not in _AFTER_SHORT_NUMBER:
                    continue  # only a year starts a rule with what follows it here
                if len(pieces[i]) != len(word) or self.free_before(i):
                    found.append(i)
                continue
            after = padded[i + 1]
            if (
                following is None
                or after in following
                or (after[:1] in _DIGIT_STARTS and word in _BEFORE_NUMBERS)
            ):
                found.append(i)
        return found

    def expression(self, i: int) -> Result | None:
        word = self.w(i)
        if not (word[:1].isalnum() or word == "("):
            return None
        try:
            return self.span(i)  # a range, or else the single expression at i
        except (OverflowError, ValueError):  # a reference near year 1 or 9999: no date
            return None

    # -- ranges --

    def span(self, i: int) -> Result | None:
        word = self.w(i)
        if (word, self.w(i + 1)) in _PERIOD_PREFIXES:
            result = self.year_span(i + 2) or self.from_to(i + 2)
            if result is not None:
                return result
            single = self.single(i + 2)
            if single is not None and isinstance(single[0], _Point):
                return single
            return None
        if word in ("từ", "from", "between"):
            return self.from_to(i)
        if word == "ngày" and (day := self.num(i + 1, 1, 31, 2)) is not None:
            result = self.day_span(i + 1, day)
            if result is not None:
                return result
        if (day := self.num(i, 1, 31, 2)) is not None and self.w(i - 1) in ("ngày", "từ"):
            result = self.day_span(i, day)
            if result is not None:
                return result
        year_span = self.year_span(i)
        if year_span is not None:
            return year_span
        first = self.single(i)
        if first is None:
            return None
        node, j = first
        if self.w(j) in ("-", "đến", "to") and not isinstance(node, _Fixed):
            last = self.single(j + 1, cued=isinstance(node, _Point) and node.day is not None)
            if (
                last is not None
                and not isinstance(node, _Span)
                and not isinstance(last[0], _Span)
                and self._same_kind(node, last[0])
            ):
                return _Span(node, last[0]), last[1]
        return first

    @staticmethod
    def _same_kind(first: AnyNode, last: AnyNode) -> bool:
        if isinstance(first, _Point) and isinstance(last, _Point):
            return (first.month is None) == (last.month is None) and (first.day is None) == (
                last.day is None
            )
        return isinstance(first, _Period) and isinstance(last, _Period)

    def year_span(self, i: int) -> Result | None:
        """ "2021-2025", "2025 - 2030": two years, the second after the first."""
        first = self.year4(i)
        if first is None or not self.free_before(i) or self.w(i + 1) not in ("-", "đến"):
            return None
        last = self.year4(i + 2)
        if last is None or not first < last <= first + 100 or not self.free_after(i + 3):
            return None
        if self.adj(i + 1) != self.adj(i + 2):
            return None
        return _Span(_Point(first), _Point(last)), i + 3

    def day_span(self, i: int, day: int) -> Result | None:
        """ "ngày 1-5/9": a day, a dash and a date of the same month."""
        if self.w(i + 1) != "-" or not self.free_before(i):
            return None
        last = self.numeric_date(i + 2, weak_ok=True, glued=True)
        if last is None:
            return None
        node, j = last
        if not isinstance(node, _Point) or node.day is None or day >= node.day:
            return None
        return _Span(attrs.evolve(node, day=day), node), j

    def from_to(self, i: int) -> Result | None:
        """ "từ X đến Y", "từ nay đến tháng 9", "from X to Y", "between X and Y"."""
        english = self.w(i) in ("from", "between")
        j = i + 1
        first: Result | None
        if self.w(j) == "nay":
            first = _Fixed(DateValue(self.today, self.today, "day")), j + 1
        else:
            first = self.year_span(j) or self.bare_day(j) or self.single(j, cued=True)
        if first is None:
            return None
        node, j = first
        if isinstance(node, _Span):
            return first
        joiners = ("to", "and", "-") if english else ("đến", "tới", "-")
        if self.w(j) not in joiners:
            return None
        last: Result | None
        if self.w(j + 1) == "nay":
            last = _Fixed(DateValue(self.today, self.today, "day")), j + 2
        elif self.w(j) == "-" and self.adj(j) and self.adj(j + 1):
            last = self.numeric_date(j + 1, weak_ok=True, glued=True) or self.timed(
                j + 1, cued=True, glued=True
            )
        else:
            last = self.single(j + 1, cued=True)
        if last is None or isinstance(last[0], _Span):
            return None
        return _Span(node, last[0]), last[1]

    def bare_day(self, i: int) -> Result | None:
        """The "1" of "từ 1 đến 5/9" or "từ ngày 1 đến ngày 5/9"."""
        j = i + 1 if self.w(i) == "ngày" else i
        day = self.num(j, 1, 31, 2)
        if day is None or self.w(j + 1) not in ("đến", "tới", "-") or not self.free_before(j):
            return None
        return _Point(None, None, day), j + 1

    # -- single expressions --

    def single(self, i: int, cued: bool = False) -> Result | None:
        """One expression that is not a range; the first word picks the rules to try."""
        word = self.w(i)
        if word.isdigit():
            return self.single_number(i, cued)
        if word in PARTS:
            return self.with_part(i)
        if word in ("thứ", "chủ", "cn") or word in _EN_WEEKDAYS:
            return self.weekday(i)
        if word in ("ngày", "hôm", "mùng", "mồng", "cách"):
            return self.relative(i) or self.point(i, cued)
        if word == "tháng":
            return self.relative(i) or self.month(i)
        if word in _COUNT_NUMBERS and self.w(i + 1) in _UNITS:
            return self.relative_count(i) or (self.year(i) if word == "năm" else None)
        if word == "năm":
            return self.relative(i) or self.year(i)
        if word == "quý":
            return self.relative(i) or self.quarter(i)
        if word == "tuần" or word in ("today", "yesterday", "tomorrow", "this", "next", "last"):
            return self.relative(i)
        if word in _QUALIFIERS or word in _EN_QUALIFIERS:
            return self.qualified(i)
        if word in ("nửa", "h"):
            return self.half(i)
        if word in ("thập", "những"):
            return self.decade(i)
        if word == "thế":
            return self.century(i)
        if word in _EN_MONTHS:
            return self.point(i, cued) or self.english(i)
        if word == "the":
            return self.english_qualified(i) or self.english(i)
        if word == "q" or word in _EN_ORDINALS:
            return self.quarter(i) or self.half(i)
        return None

    def single_number(self, i: int, cued: bool) -> Result | None:
        """An expression that starts with a number; the word after it picks the rules."""
        if not self.free_before(i):
            return None
        following = self.w(i + 1)
        if following in ("ngày", "tuần", "tháng", "năm"):
            return self.relative_count(i) or self.half_run(i) or self.point(i, cued)
        if following in ("giờ", "h", ":", "am", "pm"):
            return self.timed(i, cued)
        if following in ("/", "-", "."):
            return self.point(i, cued) or self.bare_year(i, cued)
        if following == "s":
            return self.decade_en(i)
        if following in ("st", "nd", "rd", "th"):
            return self.century_en(i)
        if following in _EN_MONTHS:
            return self.point(i, cued)
        return self.bare_year(i, cued)

    def with_part(self, i: int) -> Result | None:
        """ "chiều 19/9", "sáng ngày 11/10", "tối nay", "sáng mai", "đêm qua"."""
        part = PARTS[self.w(i)]
        following = self.w(i + 1)
        shift = {"nay": 0, "mai": 1, "qua": -1}.get(following)
        if shift is not None:
            day = self.today + dt.timedelta(days=shift)
            return _Fixed(DateValue(day, day, "day", part)), i + 2
        result = self.weekday(i + 1) or self.point(i + 1, cued=True)
        if result is None:
            return None
        node, j = result
        if isinstance(node, _Point) and node.day is not None and node.hour is None:
            return attrs.evolve(node, part=part), j
        if isinstance(node, _Fixed) and node.value.grain == "day":
            return _Fixed(attrs.evolve(node.value, part_of_day=part)), j
        return None

    def weekday(self, i: int) -> Result | None:
        """ "Thứ Hai, 15/4/2024", "thứ 2 (15/4)", "thứ 2 tuần sau", "chủ nhật này"."""
        word = self.w(i)
        j = i + 1
        if word == "thứ":
            if self.w(i - 1) in _ORDINAL_NOUNS:
                return None
            name = self.w(i + 1)
            number = self.num(i + 1, 2, 7, 1)
            weekday = number - 2 if number is not None else _WEEKDAY_WORDS.get(name)
            j = i + 2
        elif word == "chủ" and self.w(i + 1) == "nhật":
            weekday, j = 6, i + 2
        elif word == "cn":
            weekday = 6
        else:
            weekday = _EN_WEEKDAYS.get(word)
            if weekday is not None and not self.capitalized(i):
                return None
        if weekday is None:
            return None
        after = j + 1 if self.w(j) == "," else j
        closing = self.w(after) == "("
        result = self.point(after + 1 if closing else after, cued=True)
        if result is not None and isinstance(result[0], _Point) and result[0].day is not None:
            node, end = result
            if closing:
                if self.w(end) != ")":
                    return None
                end += 1
            return node, end
        return self.relative_weekday(weekday, j)

    def relative_weekday(self, weekday: int, j: int) -> Result | None:
        monday = self.today - dt.timedelta(days=self.today.weekday())
        word = self.w(j)
        if word == "tuần":
            shift = {"này": 0, "nay": 0, "sau": 7, "tới": 7, "trước": -7}.get(self.w(j + 1))
            end = j + 2
        else:
            shift = {"này": 0, "tới": 7, "sau": 7, "trước": -7}.get(word)
            end = j + 1
        if shift is None:
            return None
        day = monday + dt.timedelta(days=weekday + shift)
        if word in ("tới", "sau") and shift == 7:  # "thứ 2 tới": the next one after today
            day = self.today + dt.timedelta(days=(weekday - self.today.weekday()) % 7 or 7)
        return _Fixed(DateValue(day, day, "day")), end

    # -- relative expressions --

    def relative(self, i: int) -> Result | None:
        word, following = self.w(i), self.w(i + 1)
        if word == "cách" and following == "đây":
            return self.relative_count(i + 2)
        if word == "ngày" and following == "hôm":
            result = self.relative(i + 1)
            return result
        if word == "hôm" or (word == "ngày" and following in ("mai", "kia", "mốt")):
            shifts = (
                {"nay": 0, "qua": -1, "kia": -2}
                if word == "hôm"
                else {"mai": 1, "kia": 2, "mốt": 2}
            )
            shift = shifts.get(following)
            if shift is None:
                return None
            day = self.today + dt.timedelta(days=shift)
            j = i + 2
            # "hôm nay (5/4)": the date in brackets says which day.
            if self.w(j) == "(":
                inner = self.numeric_date(j + 1, weak_ok=True)
                if inner is not None and self.w(inner[1]) == ")":
                    return inner[0], inner[1] + 1
            return _Fixed(DateValue(day, day, "day")), j
        if word in ("tuần", "tháng", "năm", "quý") and not self._counted(i):
            return self.relative_period(word, following, i + 2)
        if word in ("today", "yesterday", "tomorrow"):
            day = self.today + dt.timedelta(days={"today": 0, "yesterday": -1, "tomorrow": 1}[word])
            return _Fixed(DateValue(day, day, "day")), i + 1
        if word in ("this", "next", "last") and following in ("week", "month", "year", "quarter"):
            relative_word = {"this": "này", "next": "sau", "last": "trước"}[word]
            unit = {"week": "tuần", "month": "tháng", "year": "năm", "quarter": "quý"}[following]
            return self.relative_period(unit, relative_word, i + 2)
        return None

    def _counted(self, i: int) -> bool:
        """The unit word at ``i`` follows a number or a quantity word: "30 năm", "những năm"."""
        before = self.w(i - 1)
        return (before.isdigit() and self.free_before(i - 1)) or before in _COUNT_WORDS

    def relative_period(self, unit: str, word: str, end: int) -> Result | None:
        if word == "vừa" and self.w(end - 1 + 1) in ("qua", "rồi"):
            word, end = "trước", end + 1
        shift = {"này": 0, "nay": 0, "trước": -1, "sau": 1, "tới": 1, "ngoái": -1}.get(word)
        if (
            shift is None
            or (word == "ngoái" and unit != "năm")
            or (word == "nay" and unit != "năm")
        ):
            return None
        today = self.today
        if unit == "tuần":
            monday = today - dt.timedelta(days=today.weekday()) + dt.timedelta(weeks=shift)
            value = DateValue(monday, monday + dt.timedelta(days=6), "day")
        elif unit == "tháng":
            year, month = _add_months(today, shift)
            value = DateValue(*period("month", year, month), "month")
        elif unit == "quý":
            index = (today.month - 1) // 3 + shift
            value = DateValue(*period("quarter", today.year + index // 4, index % 4 + 1), "quarter")
        else:
            value = DateValue(*period("year", today.year + shift), "year")
        return _Fixed(value), end

    def relative_count(self, i: int) -> Result | None:
        """ "3 ngày trước", "hai tuần tới", "10 năm trước", "cách đây 5 năm"; not "30 năm qua"."""
        count = self.num(i, 1, 999, 3) or _COUNT_NUMBERS.get(self.w(i))
        if count is None or not self.free_before(i):
            return None
        if self.w(i - 1) in ("ngày", "mùng", "mồng"):  # "ngày 5 tháng sau" is a day
            return None
        unit, word = self.w(i + 1), self.w(i + 2)
        if unit not in ("ngày", "tuần", "tháng", "năm"):
            return None
        ago = self.w(i - 2) == "cách" and self.w(i - 1) == "đây"
        if ago:
            word = "trước"
        if word not in ("trước", "tới", "nữa", "sau"):
            return None
        end = i + 2 if ago else i + 3
        today = self.today
        sign = -1 if word == "trước" else 1
        try:
            if word == "tới":  # "3 ngày tới": the coming days, as one range
                return _Fixed(self._coming(unit, count)), end
            if unit in ("ngày", "tuần"):
                day = today + dt.timedelta(days=sign * count * (7 if unit == "tuần" else 1))
                return _Fixed(DateValue(day, day, "day")), end
            if unit == "tháng":
                year, month = _add_months(today, sign * count)
                return _Fixed(DateValue(*period("month", year, month), "month")), end
            return _Fixed(DateValue(*period("year", today.year + sign * count), "year")), end
        except (ValueError, OverflowError):
            return None

    def _coming(self, unit: str, count: int) -> DateValue:
        today = self.today
        if unit in ("ngày", "tuần"):
            days = count * (7 if unit == "tuần" else 1)
            return DateValue(today + dt.timedelta(days=1), today + dt.timedelta(days=days), "day")
        if unit == "tháng":
            first = period("month", *_add_months(today, 1))[0]
            last = period("month", *_add_months(today, count))[1]
            return DateValue(first, last, "month")
        return DateValue(
            period("year", today.year + 1)[0], period("year", today.year + count)[1], "year"
        )

    # -- points: days with or without a time --

    def timed(self, i: int, cued: bool, glued: bool = False) -> Result | None:
        """A time, then maybe a date: "11 giờ ngày 27/8/2025", "07:34' - 22/09/2023"."""
        time = self.time(i, glued)
        if time is None:
            return None
        hour, minute, part, j, strong = time
        after = j
        if self.w(after) == "," or (self.w(after) == "-" and strong):
            after += 1
        if self.w(after) in ("nay", "qua", "mai") and part is not None:
            day = self.today + dt.timedelta(days={"nay": 0, "mai": 1, "qua": -1}[self.w(after)])
            return _Point(
                day.year, day.month, day.day, hour, minute, part, anchored=True
            ), after + 1
        if self.w(after) in ("hôm", "ngày") and self.w(after + 1) in ("nay", "qua", "mai"):
            relative = self.relative(after)
            if relative is not None and isinstance(relative[0], _Fixed):
                day = _as_date(relative[0].value.start)
                point = _Point(day.year, day.month, day.day, hour, minute, part, anchored=True)
                return point, relative[1]
        date = self.weekday(after) or self.point(after, cued=True)
        if date is not None:
            node, end = date
            if isinstance(node, _Point) and node.day is not None and node.hour is None:
                return attrs.evolve(node, hour=hour, minute=minute, part=part), end
        if not (cued or strong or part is not None or self.w(i - 1) in ("lúc", "vào", "at")):
            return None
        return _Point(None, None, None, hour, minute, part), j

    def time(
        self, i: int, glued: bool = False
    ) -> tuple[int, int | None, PartOfDay | None, int, bool] | None:
        """Hour, minute, part of day, end, and whether the form alone says "time".

        ``glued`` allows a dash right before, as in the "17h" of "8h-17h".
        """
        hour = self.num(i, 0, 24, 2)
        if hour is None or not (glued or self.free_before(i)):
            return None
        minute: int | None = None
        strong = False
        word = self.w(i + 1)
        if word == "giờ":
            j = i + 2
            if self.w(j) == "rưỡi":
                minute, j = 30, j + 1
            elif self.w(j) == "kém" and (less := self.num(j + 1, 1, 59, 2)) is not None:
                hour, minute, j = hour - 1, 60 - less, j + 2
                if self.w(j) == "phút":
                    j += 1
            elif (
                (value := self.num(j, 0, 59, 2)) is not None
                and self.w(j + 1) not in ("tháng", "/", ".", "-")
                and not (self.adj(j + 1) and self.w(j + 1) in "/.-")
            ):
                minute, j = value, j + 1
                if self.w(j) == "phút":
                    j += 1
            if hour < 0:
                return None
        elif word == "h" and self.adj(i + 1):
            j = i + 2
            if self.adj(j) and (value := self.num(j, 0, 59, 2)) is not None:
                minute, j = value, j + 1
            strong = minute is not None
            time_range = self.w(j) == "-" and self.adj(j) and self.w(j + 1).isdigit()
            if not (self.free_after(j) or time_range):  # "8h-17h" goes on to a range
                return None
        elif word == ":" and self.adj(i + 1) and self.adj(i + 2) and len(self.w(i + 2)) == 2:
            value = self.num(i + 2, 0, 59, 2)
            if value is None:
                return None
            minute, j = value, i + 3
            if self.w(j) == "'" and self.adj(j):
                j, strong = j + 1, True
            elif not self.free_after(j):
                return None
            if self.w(j) in ("am", "pm") or (self.w(j) in ("a", "p") and self.w(j + 1) == "."):
                return self._meridiem(hour, minute, j)
        elif word in ("am", "pm"):
            return self._meridiem(hour, None, i + 1)
        else:
            return None
        part = PARTS.get(self.w(j))
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

    def _meridiem(
        self, hour: int, minute: int | None, j: int
    ) -> tuple[int, int | None, PartOfDay | None, int, bool] | None:
        if not 1 <= hour <= 12:
            return None
        marker = self.w(j)
        if marker in ("a", "p"):  # "a.m." / "p.m."
            marker += "m"
            j += 3 if self.w(j + 2) == "m" else 1
            j += 1 if self.w(j) == "." else 0
        else:
            j += 1
        hour = hour % 12 + (12 if marker == "pm" else 0)
        return hour, minute, None, j, True

    def point(self, i: int, cued: bool = False) -> Result | None:
        """A day: "ngày 10/9", "mùng 2 tháng Chín năm 2024", "25 tháng 6, 2024", "5/4"."""
        word = self.w(i)
        j = i
        if word in ("ngày", "mùng", "mồng", "hôm"):
            j, cued = i + 1, True
        result = self.numeric_date(j, weak_ok=cued or self._cued(i)) or self.word_date(j)
        if result is None:
            return None
        node, end = result
        if isinstance(node, _Point) and node.day is not None:
            # "ngày 5/9 lúc 8 giờ", "June 25, 2024, 3:30 PM"
            at = end + 1 if self.w(end) in ("lúc", ",", "at") else end
            if at != end or self.w(at - 1) == "lúc":
                time = self.time(at)
                if time is not None:
                    hour, minute, part, stop, _ = time
                    return attrs.evolve(node, hour=hour, minute=minute, part=part), stop
            english_part = self._english_part(end)
            if english_part is not None:
                return attrs.evolve(node, part=english_part[0]), english_part[1]
        return node, end

    def _english_part(self, j: int) -> tuple[PartOfDay, int] | None:
        k = j + 1 if self.w(j) == "," else j
        if self.w(k) == "in" and self.w(k + 1) == "the" and self.w(k + 2) in _EN_PARTS:
            return _EN_PARTS[self.w(k + 2)], k + 3
        if self.w(k) == "at" and self.w(k + 1) in ("night", "noon"):
            return _EN_PARTS[self.w(k + 1)], k + 2
        if self.w(k) == "noon":
            return "noon", k + 1
        return None

    def _cued(self, i: int) -> bool:
        before = self.w(i - 1)
        return before in _DM_CUES or before in PARTS

    def numeric_date(self, i: int, weak_ok: bool, glued: bool = False) -> Result | None:
        """D/M/Y, D-M-Y, D.M.Y, DD/MM/YY, ISO Y-M-D, and D/M when something cues it.

        ``glued`` allows a dash right before, as in the "11/9/2023" of "10-11/9/2023".
        """
        first = self.num(i, 0, 9999, 4)
        if first is None or not (glued or self.free_before(i)):
            return None
        sep = self.w(i + 1)
        if sep not in ("/", "-", ".") or not (self.adj(i + 1) and self.adj(i + 2)):
            return None
        second = self.num(i + 2, 1, 12, 2)
        if second is None:
            return None
        third_ok = self.w(i + 3) == sep and self.adj(i + 3) and self.adj(i + 4)
        if len(self.w(i)) == 4:  # ISO: year first
            day = self.num(i + 4, 1, 31, 2) if third_ok else None
            if day is None or not self.free_after(i + 5):
                return None
            return self._checked(_Point(first, second, day), i + 5)
        if len(self.w(i)) > 2 or first == 0:
            return None
        if third_ok:
            word = self.w(i + 4)
            year = self.num(i + 4, 0, 2999, 4)
            if year is None or len(word) not in (2, 4) or not self.free_after(i + 5):
                return None
            if len(word) == 2:  # the century is the one that puts it nearest the reference
                year = self._century(year)
            elif year < 1000:
                return None
            return self._checked(_Point(year, second, first, anchored=len(word) == 2), i + 5)
        if sep != "/" or not self.free_after(i + 3):
            return None
        year, end, anchored = self.year_after(i + 3)
        if not (weak_ok or year is not None or self.w(i + 3) in _DM_AFTER_CUES):
            return None
        before = self.w(i - 1)
        dated = before in ("ngày", "mùng", "mồng", "hôm") or before in PARTS
        if year is None and not dated and self.w(end) in _FRACTION_NOUNS:
            return None  # "2/3 số người", "1/3 dân số": a fraction
        return self._checked(_Point(year, second, first, anchored=anchored), end)

    def _century(self, two_digits: int) -> int:
        century = self.today.year // 100 * 100
        candidates = (century - 100 + two_digits, century + two_digits, century + 100 + two_digits)
        return min(candidates, key=lambda year: abs(year - self.today.year))

    @staticmethod
    def _checked(point: _Point, end: int) -> Result | None:
        """Keep a day that exists in some year (29/2 yes, 31/4 no) or in its own year."""
        year = point.year if point.year is not None else 2024
        try:
            dt.date(year, point.month or 1, point.day or 1)
        except ValueError:
            return None
        return point, end

    def year_after(self, j: int) -> tuple[int | None, int, bool]:
        """The year written after a day or a month: "/2023", "năm 2021", "năm nay", ", 2024";
        and whether it was read off the reference ("năm nay", "năm sau")."""
        word = self.w(j)
        if word in ("/", "-", ".") and self.adj(j) and self.adj(j + 1):
            year = self.year4(j + 1)
            if year is not None and self.free_after(j + 2):
                return year, j + 2, False
        elif word == "năm":
            year = self.year4(j + 1)
            if year is not None and self.free_after(j + 2):
                return year, j + 2, False
            shift = {"nay": 0, "ngoái": -1, "trước": -1, "sau": 1, "tới": 1}.get(self.w(j + 1))
            if shift is not None:
                return self.today.year + shift, j + 2, True
        elif word == ",":
            year = self.year4(j + 1)
            if year is not None and self.free_after(j + 2):
                return year, j + 2, False
        return None, j, False

    def word_date(self, i: int) -> Result | None:
        """ "D tháng M [năm Y]" and English "June 25, 2024", "25 June 2024"."""
        day = self.num(i, 1, 31, 2)
        if day is not None and self.w(i + 1) == "tháng" and self.free_before(i):
            month = self.month_number(i + 2)
            if month is None:
                return self._day_of_relative_month(day, i + 2)
            number, j = month
            year, end, anchored = self.year_after(j)
            return self._checked(_Point(year, number, day, anchored=anchored), end)
        if day is not None and (month_en := self.english_month(i + 1)) is not None:
            year, end = self._english_year(i + 2)
            return self._checked(_Point(year, month_en, day), end)
        month_en = self.english_month(i)
        if month_en is not None:
            day = self.num(i + 1, 1, 31, 2)
            if day is None:
                return None
            j = i + 2
            if self.w(j) in ("st", "nd", "rd", "th") and self.adj(j):
                j += 1
            year, end = self._english_year(j)
            return self._checked(_Point(year, month_en, day), end)
        return None

    def _day_of_relative_month(self, day: int, j: int) -> Result | None:
        """ "ngày 20 tháng này", "ngày 5 tháng sau": a day of a month named from today."""
        shift = {"này": 0, "nay": 0, "sau": 1, "tới": 1, "trước": -1}.get(self.w(j))
        if shift is None:
            return None
        year, month = _add_months(self.today, shift)
        return self._checked(_Point(year, month, day, anchored=True), j + 1)

    def _english_year(self, j: int) -> tuple[int | None, int]:
        k = j + 1 if self.w(j) == "," else j
        year = self.year4(k)
        if year is not None and self.free_after(k + 1):
            return year, k + 1
        return None, j

    def english_month(self, i: int) -> int | None:
        month = _EN_MONTHS.get(self.w(i))
        if month is None or not self.capitalized(i):
            return None
        if self.w(i + 1) == "." and len(self.w(i)) <= 4:
            return None  # an abbreviation with a full stop ("Jan. 5") is not read
        return month

    def month_number(self, i: int) -> tuple[int, int] | None:
        """The month after "tháng": 1-12, Giêng, Chạp, Mười Hai, Năm (capitalized only)."""
        number = self.num(i, 1, 12, 2)
        if number is not None:
            glued = self.adj(i + 1) and self.w(i + 1) in ("/", "-", ".") and self.adj(i + 2)
            if glued and not self.year4(i + 2):
                return None
            return number, i + 1
        word = self.w(i)
        if word == "mười":
            extra = {"một": 11, "hai": 12}.get(self.w(i + 1))
            if extra is not None:
                return extra, i + 2
            return 10, i + 1
        month = _MONTH_WORDS.get(word)
        if month is None or (word == "năm" and not self.capitalized(i)):
            return None
        return month, i + 1

    # -- months, quarters, halves, years, decades, centuries --

    def month(self, i: int, qualifier: Qualifier | None = None) -> Result | None:
        """ "tháng 9/2023", "tháng 8 năm 2021", "tháng Chạp", "tháng 9"."""
        if self.w(i) != "tháng" or (self._counted(i) and qualifier is None):
            return None
        pair = self._month_pair(i + 1) if qualifier is None else None
        if pair is not None:
            return pair
        month = self.month_number(i + 1)
        if month is None:
            return None
        number, j = month
        year, end, anchored = self.year_after(j)
        return _Point(year, number, qualifier=qualifier, anchored=anchored), end

    def _month_pair(self, i: int) -> Result | None:
        """ "3-4/2025" after "tháng": two months of one year, as a range."""
        first = self.num(i, 1, 12, 2)
        if first is None or self.w(i + 1) != "-" or not (self.adj(i + 1) and self.adj(i + 2)):
            return None
        last = self.num(i + 2, 1, 12, 2)
        if last is None or last <= first:
            return None
        year, end, anchored = self.year_after(i + 3)
        if end == i + 3 and not self.free_after(i + 3):
            return None
        return _Span(_Point(year, first, anchored=anchored), _Point(year, last)), end

    def quarter(
        self, i: int, qualifier: Qualifier | None = None, glued: bool = False
    ) -> Result | None:
        """ "quý I/2025", "quý 3 năm 2024", "Q1 2025", "quý IV"."""
        word = self.w(i)
        if word == "quý":
            number = self.num(i + 1, 1, 4, 1) or _roman(self.w(i + 1))
            j = i + 2
        elif word == "q" and self.adj(i + 1) and (glued or self.free_before(i)):
            number = self.num(i + 1, 1, 4, 1)
            j = i + 2
        elif word in _EN_ORDINALS and self.w(i + 1) == "quarter":
            number, j = _EN_ORDINALS[word], i + 2
            j += 1 if self.w(j) == "of" else 0
        else:
            return None
        if number is None or number > 4:
            return None
        year, end, anchored = self.year_after(j)
        if year is None and (bare := self.year4(j)) is not None and self.free_after(j + 1):
            year, end = bare, j + 1
        if year is None and self.adj(j) and self.w(j).isalnum():
            return None
        return _Period("quarter", number, year, qualifier, anchored=anchored), end

    def half(self, i: int) -> Result | None:
        """ "nửa đầu năm 2025", "nửa cuối năm", "H1 2025", "first half of 2025"."""
        word = self.w(i)
        if word == "nửa" and self.w(i + 1) in ("đầu", "cuối", "sau") and self.w(i + 2) == "năm":
            number = 1 if self.w(i + 1) == "đầu" else 2
            return self._with_year(_Period("half", number, None), i + 2)
        if word == "h" and self.num(i + 1, 1, 2, 1) and self.adj(i + 1) and self.free_before(i):
            year = self.year4(i + 2)
            if year is not None:
                return _Period("half", int(self.w(i + 1)), year), i + 3
        if word == "the":
            word, i = self.w(i + 1), i + 1
        if word in ("first", "second") and self.w(i + 1) == "half" and self.w(i + 2) == "of":
            year = self.year4(i + 3)
            if year is not None:
                return _Period("half", 1 if word == "first" else 2, year), i + 4
        return None

    def half_run(self, i: int) -> Result | None:
        """ "6 tháng đầu năm 2025" (a half), "3 tháng cuối năm" (a quarter), "9 tháng đầu năm"."""
        count = self.num(i, 1, 11, 2)
        if count is None or self.w(i + 1) != "tháng" or self.w(i + 3) != "năm":
            return None
        side = self.w(i + 2)
        if side not in ("đầu", "cuối") or not self.free_before(i):
            return None
        first_month = 1 if side == "đầu" else 13 - count
        node: _Period
        if count in (3, 6) and (first_month - 1) % count == 0:
            grain: Grain = "quarter" if count == 3 else "half"
            node = _Period(grain, (first_month - 1) // count + 1, None)
        else:
            node = _Period("month", first_month, None, last=first_month + count - 1)
        return self._with_year(node, i + 3)

    def _with_year(self, node: _Period, j: int) -> Result:
        """``j`` is at "năm": the year after it; "năm" alone is the reference year."""
        year, end, anchored = self.year_after(j)
        if year is None:
            year, end, anchored = self.today.year, j + 1, True
        return attrs.evolve(node, year=year, anchored=anchored), end

    def qualified(self, i: int) -> Result | None:
        """ "đầu năm 2025", "cuối tháng 9", "giữa quý 2", "cuối thế kỷ XX", "early 2025"."""
        word = self.w(i)
        qualifier = _QUALIFIERS.get(word)
        if qualifier is None:
            return self.english_qualified(i)
        following = self.w(i + 1)
        j = i + 1
        if following == "năm":
            year, end, anchored = self.year_after(j)
            if year is None:
                return None
            return _Point(year, qualifier=qualifier, anchored=anchored), end
        if following == "tuần" and qualifier != "mid":
            week = self.relative_period("tuần", self.w(j + 1), j + 2)
            if week is None or not isinstance(week[0], _Fixed):
                return None
            monday = _as_date(week[0].value.start)
            first = monday if qualifier == "early" else monday + dt.timedelta(days=5)
            return _Fixed(DateValue(first, first + dt.timedelta(days=1), "day")), week[1]
        if following == "tháng":
            relative = self.relative_period("tháng", self.w(j + 1), j + 2)
            if relative is not None and isinstance(relative[0], _Fixed):
                value = qualify(relative[0].value, qualifier)
                return _Fixed(value), relative[1]
            return self.month(j, qualifier)
        if following == "quý":
            return self.quarter(j, qualifier)
        inner = self.decade(j) or self.century(j)
        if inner is not None and isinstance(inner[0], _Period):
            return attrs.evolve(inner[0], qualifier=qualifier), inner[1]
        return None

    def english_qualified(self, i: int) -> Result | None:
        start = i + 1 if self.w(i) == "the" else i
        qualifier = _EN_QUALIFIERS.get(self.w(start))
        if qualifier is None:
            return None
        j = start + 1
        if self.w(j) == "-" and self.adj(j):
            j += 1
        year = self.year4(j)
        decade = year is not None and year % 10 == 0 and self.w(j + 1) == "s"
        if decade and year is not None and self.adj(j + 1) and self.free_after(j + 2):
            return _Period("decade", year, year, qualifier), j + 2
        if year is not None and self.free_after(j + 1):
            return _Point(year, qualifier=qualifier), j + 1
        inner = self.english(j) or self.quarter(j, glued=True) or self.century_en(j)
        if inner is None:
            return None
        node, end = inner
        if isinstance(node, _Point) and node.day is None:
            return attrs.evolve(node, qualifier=qualifier), end
        if isinstance(node, _Period):
            return attrs.evolve(node, qualifier=qualifier), end
        return None

    def year(self, i: int) -> Result | None:
        """ "năm 2023", "năm mới 2025", "năm 2021-2025"."""
        if self.w(i) != "năm" or self._counted(i):
            return None
        j = i + 2 if self.w(i + 1) == "mới" else i + 1
        year = self.year4(j)
        if year is None or not self.free_after(j + 1):
            return None
        span = self.year_span(j)
        if span is not None:
            return span
        return _Point(year), j + 1

    def bare_year(self, i: int, cued: bool) -> Result | None:
        """A year with no "năm" where a word before says so: "vào 2045", "Net Zero 2050"."""
        year = self.num(i, 1000, 2999, 4) if cued else self.num(i, 1900, 2100, 4)
        if year is None or len(self.w(i)) != 4 or not self.free_before(i):
            return None
        if not self.free_after(i + 1):
            return None
        before = self.w(i - 1)
        if (self.w(i - 2), before) in _YEAR_CUE_PAIRS:
            return _Point(year), i + 1
        if not (cued or before in _YEAR_CUES):
            return None
        after = self.w(i + 1)
        if after.isalpha() and after not in _AFTER_BARE_YEAR and not self.capitalized(i + 1):
            return None
        return _Point(year), i + 1

    def decade(self, i: int) -> Result | None:
        """ "thập niên 1990", "thập kỷ 90", "những năm 1990"."""
        word, following = self.w(i), self.w(i + 1)
        if (word, following) in (("thập", "niên"), ("thập", "kỷ"), ("thập", "kỉ")) or (
            word == "những" and following == "năm"
        ):
            value = self.num(i + 2, 0, 2990, 4)
            if value is None or value % 10 or len(self.w(i + 2)) not in (2, 4):
                return None
            if not self.free_after(i + 3) or self.w(i + 3) == "-":
                return None
            if len(self.w(i + 2)) == 2:
                value += 1900
            elif value < 1000:
                return None
            return _Period("decade", value, value), i + 3
        return None

    def decade_en(self, i: int) -> Result | None:
        """ "1990s" (also after "the")."""
        value = self.year4(i)
        if value is None or value % 10 or self.w(i + 1) != "s" or not self.adj(i + 1):
            return None
        if not self.free_after(i + 2):
            return None
        return _Period("decade", value, value), i + 2

    def century(self, i: int) -> Result | None:
        """ "thế kỷ 21", "thế kỷ XXI"."""
        if self.w(i) != "thế" or self.w(i + 1) not in ("kỷ", "kỉ"):
            return None
        number = self.num(i + 2, 1, 30, 2) or _roman(self.w(i + 2))
        if number is None or number > 30 or not self.free_after(i + 3):
            return None
        return _Period("century", number, 0), i + 3

    def century_en(self, i: int) -> Result | None:
        """ "21st century"."""
        number = self.num(i, 1, 30, 2)
        suffix = self.w(i + 1)
        if number is None or suffix not in ("st", "nd", "rd", "th") or not self.adj(i + 1):
            return None
        if self.w(i + 2) != "century":
            return None
        return _Period("century", number, 0), i + 3

    def english(self, i: int) -> Result | None:
        """ "September 2023", "the 1990s", "the 21st century", "Q1 2025"."""
        word = self.w(i)
        if word == "the":
            return self.decade_en(i + 1) or self.century_en(i + 1) or self.half(i)
        month = self.english_month(i)
        if month is not None:
            year = self.year4(i + 1)
            if year is not None and self.free_after(i + 2):
                return _Point(year, month), i + 2
            return None
        return self.half(i) or self.quarter(i)


def anchored(node: AnyNode) -> bool:
    """Whether the value of ``node`` depends on the reference date: a relative expression,
    a year read off the reference ("năm nay") or inferred, a century of a two-digit year.

    A range is anchored when either end is read off the reference, or when neither end
    writes its year (an end without a year takes the other end's, not the reference's).
    """
    if isinstance(node, _Span):
        first, last = node.first, node.last
        if _read_off_reference(first) or _read_off_reference(last):
            return True
        return first.year is None and last.year is None
    return _read_off_reference(node) or node.year is None


def _read_off_reference(node: _Point | _Period | _Fixed) -> bool:
    return isinstance(node, _Fixed) or node.anchored


def parse_nodes(text: str, now: dt.datetime) -> list[tuple[tuple[int, int], DateValue, bool]]:
    """Every expression in ``text`` as (span in ``text``, value, :func:`anchored`)."""
    folded, offsets = fold_for_dates(text)
    if not might_hold_a_date(folded):
        return []
    parser = Parser(text, folded, offsets, now)
    found: list[tuple[tuple[int, int], DateValue, bool]] = []
    today = now.date()
    for first, last, node, hint in parser.scan():
        try:
            value = resolve(node, today, hint)
        except (OverflowError, ValueError):  # past year 9999 or before year 1: no date
            continue
        if value is None:
            continue
        start, end = parser.tokens.start(first), parser.ends[last - 1]
        if offsets is not None:
            start, end = offsets[start], offsets[end]
        found.append(((start, end), value, anchored(node)))
    return found
