"""Tokens and words of the date grammar: folding, the token reader, the word tables.

Text is folded without changing what the rules need (NFC, lower case, one dash, one
space) while keeping an offset map to the original. A single linear regular expression
splits it into tokens (digit runs, letter runs, single other characters). A
:class:`Reader` holds the tokens of one text and the small questions every rule asks of
them (is this a number, is it glued to the token before, is it capitalized).

The words come from the lexicon: ``dates-cldr.toml`` (month, weekday and day-period
names generated from Babel), ``dates.toml`` (the press's spellings, relative words and
cues) and ``numbers.toml`` (number words, shared with amounts).
"""

from __future__ import annotations

import array
import datetime as dt
import itertools
import operator
import re
import sys
from collections.abc import Callable, Mapping
from typing import Any, Literal

import attrs

from vnus import lexicon
from vnus._date_model import PartOfDay, Qualifier
from vnus._numbers import number_words
from vnus.text import lower_with_offsets

Hint = Literal["past", "future"] | None
Prefer = Literal["past", "future", "nearest"]

# --- folding with offsets ------------------------------------------------------------------

#: The date reader reads ``text`` as :func:`vnus.text.lower_with_offsets` folds it: NFC,
#: lower case with diacritics kept, one kind of space and dash, soft hyphens and
#: zero-width joiners dropped as ``normalize`` drops them; offsets None when the length is
#: unchanged. The one fold of the text layer, under the name the grammar has used.
fold_for_dates = lower_with_offsets


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
    """Each token, whether it is glued to the one before (no white space between them),
    and where it ends.

    Compact, for a text of millions of tokens: the same word is one shared string, the
    glue one byte per token and the ends machine integers (a list of the pieces with their
    white space and of Python ints was ~200 bytes a token, most of find_dates' memory).
    """

    words: list[str]
    glued: bytes  # glued[i] == 1: no white space before token i
    ends: array.array[int]

    def start(self, i: int) -> int:
        return self.ends[i] - len(self.words[i])


def tokenize(folded: str) -> _Tokens:
    """Tokens, each with whether white space comes before it, and where each ends.

    Each match is the white space before a token and the token; with trailing white
    space removed every match succeeds where it starts, so the scan is one pass.
    """
    pieces = _TOKEN_RE.findall(folded.rstrip())
    ends = array.array("q", itertools.accumulate(map(len, pieces)))
    words = list(map(sys.intern, map(str.lstrip, pieces)))
    glued = bytes(map(operator.eq, map(len, pieces), map(len, words)))
    return _Tokens(words, glued, ends)


# --- the word tables -------------------------------------------------------------------------


def _words(key: str) -> Any:
    return lexicon.table("dates", key)


def _cldr(key: str) -> Any:
    return lexicon.table("dates-cldr", key)


def _pairs(texts: list[str]) -> frozenset[tuple[str, str]]:
    return frozenset((text.split()[0], text.split()[1]) for text in texts)


_VI_PERIODS: Mapping[str, PartOfDay] = {
    name: part for part, name in _cldr("vi_day_periods").items()
}
PARTS: dict[str, PartOfDay] = {**_VI_PERIODS, **_words("parts")}
EN_PARTS: dict[str, PartOfDay] = dict(_words("en_parts"))
MONTH_WORDS: dict[str, int] = dict(_words("month_words"))
EN_MONTHS: dict[str, int] = {**_cldr("en_months"), **_words("en_month_spellings")}
EN_WEEKDAYS: dict[str, int] = {**_cldr("en_weekdays"), **_words("en_weekday_spellings")}
WEEKDAY_WORDS: dict[str, int] = {**_cldr("vi_weekdays"), **_words("weekday_words")}
WEEKDAY_DIGITS: dict[str, int] = {k: v for k, v in WEEKDAY_WORDS.items() if k.isdigit()}
SUNDAY_WORDS: dict[str, str] = dict(_words("sunday_words"))
ROMAN: dict[str, int] = dict(_words("roman"))
EN_ORDINALS: dict[str, int] = dict(_words("en_ordinals"))
QUALIFIERS: dict[str, Qualifier] = dict(_words("qualifiers"))
EN_QUALIFIERS: dict[str, Qualifier] = dict(_words("en_qualifiers"))
RELATIVE_DAYS: dict[str, dict[str, int]] = dict(_words("relative_days"))
_RELATIVE_PERIODS = _words("relative_periods")
PERIOD_SHIFTS: dict[str, int] = dict(_RELATIVE_PERIODS["shift"])
PERIOD_SHIFT_PAIRS: dict[tuple[str, str], int] = {
    (pair.split()[0], pair.split()[1]): shift for pair, shift in _RELATIVE_PERIODS["pairs"].items()
}
ONLY_UNITS: dict[str, frozenset[str]] = {
    word: frozenset(units) for word, units in _RELATIVE_PERIODS["only_units"].items()
}
_CLOCK = _words("clock_units")
CLOCK_UNITS: dict[str, str] = dict(_CLOCK["units"])
CLOCK_PAST = _pairs(_CLOCK["past"])
_ORDINAL_OF = _words("ordinal_of")
FIRST_OF = _pairs(_ORDINAL_OF["first"])
LAST_OF = _pairs(_ORDINAL_OF["last"])
PART_PHRASES: dict[tuple[str, ...], PartOfDay] = {
    tuple(phrase.split()): part for phrase, part in _words("part_phrases").items()
}
EN_PERIOD_SHIFTS: dict[str, int] = dict(_RELATIVE_PERIODS["en"])
YEAR_SHIFTS: dict[str, int] = dict(_words("year_shifts"))
WEEKDAY_SHIFTS: dict[str, int] = dict(_words("weekday_shifts"))
_UNIT_TABLE = _words("units")
VI_UNITS: dict[str, str] = dict(_UNIT_TABLE["vi"])
EN_UNITS: dict[str, str] = dict(_UNIT_TABLE["en"])
UNITS = frozenset(word for word, unit in VI_UNITS.items() if unit != "quarter")
#: The Vietnamese unit word of each unit, for rules that read English through Vietnamese.
UNIT_WORD: dict[str, str] = {unit: word for word, unit in VI_UNITS.items()}
_DIRECTIONS = _words("count_directions")
BACK_WORDS = frozenset(_DIRECTIONS["back"])
FORWARD_WORDS = frozenset(_DIRECTIONS["forward"])
COMING_WORDS = frozenset(_DIRECTIONS["coming"])
PAST_COUNT_WORDS = frozenset(_DIRECTIONS["past"])
EN_BACK_WORDS = frozenset(_DIRECTIONS["en_back"])
_VI_NUMBERS = number_words("vi")
_EN_NUMBERS = number_words("en")
# Counts written in words before a unit: "ba ngày trước", "hai tuần tới", "two weeks ago".
COUNT_NUMBERS: dict[str, int] = {
    **{word: value for word, value in _VI_NUMBERS.units.items() if value > 0},
    **dict.fromkeys(_VI_NUMBERS.ten, 10),
}
EN_COUNT_NUMBERS: dict[str, int] = {
    **{word: value for word, value in _EN_NUMBERS.units.items() if value > 0},
    **dict.fromkeys(_EN_NUMBERS.one_before_scale, 1),
}
_TENSE = _words("tense")
PAST_WORDS = _pairs(_TENSE["past"])
FUTURE_WORDS = _pairs(_TENSE["future"])
EN_PAST_VERBS = frozenset(_TENSE["en_past"])
EN_FUTURE_VERBS = frozenset(_TENSE["en_future"])
_CUES = _words("cues")
DM_CUES = frozenset(_CUES["day_month_before"])
DM_AFTER_CUES = frozenset(_CUES["day_month_after"])
YEAR_CUES = frozenset(_CUES["year_before"])
YEAR_CUE_PAIRS = _pairs(_CUES["year_before_pairs"])
AFTER_BARE_YEAR = frozenset(_CUES["after_bare_year"])
PERIOD_PREFIXES = _pairs(_CUES["period_prefixes"])
_NEGATIVE = _words("negative_cues")
FRACTION_NOUNS = frozenset(_NEGATIVE["fraction_nouns"])
ORDINAL_NOUNS = frozenset(_NEGATIVE["ordinal_nouns"])
COUNT_WORDS = frozenset(_NEGATIVE["count_words"])
DURATION_AFTER = frozenset(_NEGATIVE["duration_after"])
CLOCK_DURATION_BEFORE = frozenset(_NEGATIVE["clock_duration_before"])
APPROXIMATE = frozenset(_NEGATIVE["approximate"])
EN_QUALIFIER_PHRASES: dict[tuple[str, str], Qualifier] = {
    (phrase.split()[0], phrase.split()[1]): qualifier
    for phrase, qualifier in _words("en_qualifier_phrases").items()
}
EN_PERIOD_COUNTS: dict[str, str] = dict(_words("en_period_counts"))
ZONES: dict[str, str] = dict(_words("zones"))
ZONE_PLACES: dict[tuple[str, ...], str] = {
    tuple(place.split()): zone for place, zone in _words("zone_places").items()
}
PRESENT: frozenset[tuple[str, ...]] = frozenset(
    tuple(phrase.split()) for phrase in _words("present")["phrases"]
)
BACK_REFERENCES: frozenset[tuple[str, ...]] = frozenset(
    tuple(phrase.split()) for phrase in _words("back_references")["phrases"]
)
_FISCAL = _words("fiscal_year")
FISCAL_PHRASES: frozenset[tuple[str, ...]] = frozenset(
    tuple(phrase.split()) for phrase in _FISCAL["phrases"]
)
FISCAL_FIRST_MONTH: int = _FISCAL["first_month"]
#: Holidays by their words: (month, day, lunar, readable without a year).
_ALONE = frozenset(_words("holidays_alone")["names"])
HOLIDAYS: dict[tuple[str, ...], tuple[int, int, bool, bool]] = {
    **{
        tuple(name.split()): (month, day, True, name in _ALONE)
        for name, (month, day) in _words("holidays_lunar").items()
    },
    **{
        tuple(name.split()): (month, day, False, name in _ALONE)
        for name, (month, day) in _words("holidays_solar").items()
    },
}
_LUNAR = _words("lunar_markers")
LUNAR_PAIRS = _pairs(_LUNAR["pairs"])
TET_WORD: str = _LUNAR["tet"]
FULL_MOON_WORD: str = _LUNAR["full_moon"]
WEEKDAY_CUES = frozenset(_words("weekday_cues")["before"])
#: The longest phrase of each table, in tokens (a rule reads at most that many).
PHRASE_STARTS: frozenset[str] = frozenset(
    phrase[0]
    for table in (PRESENT, BACK_REFERENCES, FISCAL_PHRASES, HOLIDAYS, PART_PHRASES)
    for phrase in table
)


def phrase_at(words: Callable[[int], str], i: int, table: Any) -> tuple[str, ...] | None:
    """The longest phrase of ``table`` (tuples of words, at most 5) starting at token ``i``."""
    best: tuple[str, ...] | None = None
    for length in range(1, 6):
        candidate = tuple(words(i + k) for k in range(length))
        if candidate in table:
            best = candidate
    return best


# The value of every number token a rule reads: one to four digits 0-9 ("05" is 5).
NUMBER_VALUES: dict[str, int] = {
    f"{number:0{width}d}": number for width in range(1, 5) for number in range(10**width)
}

#: How far past the last token (and before the first) the rules may read.
PAD = 64


# --- the reader ------------------------------------------------------------------------------


def roman(word: str) -> int | None:
    if not word or len(word) > 7 or any(c not in ROMAN for c in word):
        return None
    total = 0
    for index, char in enumerate(word):
        value = ROMAN[char]
        following = ROMAN[word[index + 1]] if index + 1 < len(word) else 0
        total += -value if value < following else value
    return total if total > 0 else None


def add_months(day: dt.date, months: int) -> tuple[int, int]:
    index = day.year * 12 + day.month - 1 + months
    return index // 12, index % 12 + 1


class Reader:
    """The tokens of one text and the questions the rules ask of them; one per call."""

    def __init__(
        self,
        text: str,
        folded: str,
        offsets: tuple[int, ...] | None,
        now: dt.datetime,
        prefer: Prefer = "past",
        whole: bool = False,
    ):
        self.prefer = prefer
        #: The whole text is one expression (``parse_date``): its first token is cued.
        self.whole = whole
        self.now = now
        self.text = text
        self.folded = folded
        self.offsets = offsets
        tokens = tokenize(folded)
        self.tokens = tokens
        self.words = tokens.words
        self.glued = tokens.glued
        self.ends = tokens.ends
        self.size = len(self.words)
        self.today = now.date()
        # w(i): token i, or "" before the first token and after the last. The rules read
        # a bounded number of tokens (no loops, no unbounded recursion), a few behind where
        # they start and never PAD ahead, so a list padded with PAD empty strings answers
        # with its own C-level indexing (an index down to -PAD lands in the padding too).
        self.w: Callable[[int], str] = [*self.words, *[""] * PAD].__getitem__

    def adj(self, i: int) -> bool:
        """Token ``i`` touches the token before it."""
        return 0 < i < self.size and self.glued[i] == 1

    def num(self, i: int, low: int = 0, high: int = 9999, digits: int = 4) -> int | None:
        word = self.w(i)
        value = NUMBER_VALUES.get(word)
        if value is None or len(word) > digits:
            return None
        return value if low <= value <= high else None

    def year4(self, i: int) -> int | None:
        word = self.w(i)
        return self.num(i, 1000, 2999) if len(word) == 4 else None

    def upper(self, i: int) -> bool:
        """Token ``i`` is written in capitals in the original text ("EDT", "ICT")."""
        start, end = self.tokens.start(i), self.ends[i] if 0 <= i < self.size else 0
        if self.offsets:
            start, end = self.offsets[start], self.offsets[end]
        return 0 <= i < self.size and self.text[start:end].isupper()

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
        if pair in PAST_WORDS:
            return "past"
        if pair[0] == "tới" and (pair[1] == "" or not pair[1].isalnum() or pair[1] == "đây"):
            return "future"
        if pair in FUTURE_WORDS:
            return "future"
        return None

    def is_cued(self, i: int) -> bool:
        if self.whole and i == 0:
            return True
        before = self.w(i - 1)
        return before in DM_CUES or before in PARTS

    def counted(self, i: int) -> bool:
        """The unit word at ``i`` follows a number or a quantity word: "30 năm", "những năm"."""
        before = self.w(i - 1)
        return (before.isdigit() and self.free_before(i - 1)) or before in COUNT_WORDS

    def century_of(self, two_digits: int) -> int:
        century = self.today.year // 100 * 100
        candidates = (century - 100 + two_digits, century + two_digits, century + 100 + two_digits)
        return min(candidates, key=lambda year: abs(year - self.today.year))
