"""The date grammar behind :func:`vnus.find_dates`: the rule table, the scan, ranges.

The grammar is a table of named rules (:data:`RULES`): each names its family (as
``tests/cases/dates-grammar.toml`` does), the words it may start at and the function
that reads it. The rules are functions over token positions in a
:class:`~vnus._date_reader.Reader` (``_date_points`` for forms both languages share,
``_date_vi`` for Vietnamese, ``_date_en`` for English), each reading a bounded number of
tokens, so a scan is linear in the input whatever it holds. :func:`parse_nodes` scans
left to right, leftmost and longest, joins ranges ("từ X đến Y", "2021-2025") and
resolves each node (``_date_nodes``) against the reference date.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable, Iterable

import attrs

from vnus import lexicon
from vnus._date_en import english, english_count, english_qualified
from vnus._date_model import DateValue
from vnus._date_nodes import (
    AnyNode,
    Back,
    Fixed,
    Hint,
    Period,
    Point,
    Result,
    Span,
    anchored,
    conflict,
    join,
    resolve,
)
from vnus._date_points import (
    century_en,
    decade_en,
    half,
    numeric_date,
    point,
    quarter,
    year_span,
)
from vnus._date_reader import (
    _DIGIT_RE,
    _LETTERS_RE,
    BACK_REFERENCES,
    CLOCK_UNITS,
    COUNT_NUMBERS,
    EN_COUNT_NUMBERS,
    EN_MONTHS,
    EN_ORDINALS,
    EN_PERIOD_COUNTS,
    EN_PERIOD_SHIFTS,
    EN_QUALIFIER_PHRASES,
    EN_QUALIFIERS,
    EN_UNITS,
    EN_WEEKDAYS,
    FISCAL_PHRASES,
    HOLIDAYS,
    NUMBER_VALUES,
    PAD,
    PART_PHRASES,
    PARTS,
    PERIOD_PREFIXES,
    PRESENT,
    QUALIFIERS,
    RELATIVE_DAYS,
    SUNDAY_WORDS,
    WEEKDAY_WORDS,
    Prefer,
    Reader,
    fold_for_dates,
    tokenize,
)
from vnus._date_vi import (
    back_reference,
    bare_year,
    century,
    clock_period,
    decade,
    first_of,
    fiscal_year,
    half_run,
    holiday,
    month,
    part_phrase,
    present,
    qualified,
    relative,
    relative_count,
    timed,
    weekday,
    with_part,
    year,
)

__all__ = [
    "PAD",
    "RULES",
    "Parser",
    "Rule",
    "fold_for_dates",
    "join",
    "might_hold_a_date",
    "parse_nodes",
    "tokenize",
]

Build = Callable[[Reader, int, bool], Result | None]


@attrs.frozen(slots=True)
class Rule:
    """A named rule: its family, the tokens it may start at, the function that reads it.

    ``starts`` are words for a rule that starts at a word, or the words right after the
    number for a rule that starts at a number (``number=True``; empty: any word).
    """

    name: str
    starts: frozenset[str]
    build: Build
    number: bool = False


def _plain(function: Callable[[Reader, int], Result | None]) -> Build:
    def build(r: Reader, i: int, cued: bool) -> Result | None:
        return function(r, i)

    build.__name__ = function.__name__
    return build


def with_part_after(r: Reader, i: int) -> Result | None:
    """A part of day, after "buổi" when it is written ("buổi chiều hôm qua")."""
    if r.w(i) == "buổi":
        return with_part(r, i + 1) if r.w(i + 1) in PARTS else None
    return with_part(r, i)


def _counted_year(r: Reader, i: int, cued: bool) -> Result | None:
    return year(r, i) if r.w(i) == "năm" else None


#: The rules, in the order they are tried at a token; the first that reads wins.
_STARTS_TABLE: dict[str, list[str]] = lexicon.table("dates", "rule_starts")
_NUMBER_STARTS_TABLE: dict[str, list[str]] = lexicon.table("dates", "rule_starts_after_numbers")


def _starts(name: str, *more: Iterable[str]) -> frozenset[str]:
    """The start words of rule ``name`` in ``dates.toml``, and those of its tables."""
    return frozenset(_STARTS_TABLE[name]).union(*more)


def _after(name: str, *more: Iterable[str]) -> frozenset[str]:
    return frozenset(_NUMBER_STARTS_TABLE[name]).union(*more)


_RELATIVE_HEADS = frozenset(RELATIVE_DAYS) - {"part", "en"}
_UNIT_WORDS = _after("counts")

#: The rules, in the order they are tried at a token; the first that reads wins.
RULES: tuple[Rule, ...] = (
    Rule("present", frozenset(phrase[0] for phrase in PRESENT), _plain(present)),
    Rule("back", frozenset(phrase[0] for phrase in BACK_REFERENCES), _plain(back_reference)),
    Rule("holidays", _starts("holidays", (name[0] for name in HOLIDAYS)), _plain(holiday)),
    Rule("fiscal", frozenset(phrase[0] for phrase in FISCAL_PHRASES), _plain(fiscal_year)),
    Rule("parts", frozenset(phrase[0] for phrase in PART_PHRASES), _plain(part_phrase)),
    Rule("relative", _starts("first_of"), _plain(first_of)),
    Rule("relative", frozenset(COUNT_NUMBERS), _plain(clock_period)),
    Rule("parts", _starts("parts", PARTS), _plain(with_part_after)),
    Rule("weekdays", _starts("weekdays", SUNDAY_WORDS, EN_WEEKDAYS), _plain(weekday)),
    Rule("counts", frozenset({*COUNT_NUMBERS, *EN_COUNT_NUMBERS}), _plain(relative_count)),
    Rule("times", frozenset(COUNT_NUMBERS), timed),
    Rule(
        "relative",
        _starts("relative", _RELATIVE_HEADS, RELATIVE_DAYS["en"], EN_PERIOD_SHIFTS),
        _plain(relative),
    ),
    Rule("words", _starts("words", EN_MONTHS), point),
    Rule("months", _starts("months"), _plain(month)),
    Rule("years", _starts("years"), _plain(year)),
    Rule("quarters", _starts("quarters", EN_ORDINALS), _plain(quarter)),
    Rule("qualified", frozenset({*QUALIFIERS, *EN_QUALIFIERS}), _plain(qualified)),
    Rule("english", _starts("english"), _plain(english_qualified)),
    Rule("english", _starts("english"), _plain(english_count)),
    Rule("halves", _starts("halves", EN_ORDINALS), _plain(half)),
    Rule("decades", _starts("decades"), _plain(decade)),
    Rule("centuries", _starts("centuries"), _plain(century)),
    Rule("english", _starts("english", EN_MONTHS), _plain(english)),
    # Rules that start at a number, by the word after it.
    Rule("relative", _UNIT_WORDS | EN_UNITS.keys(), _plain(relative_count), number=True),
    Rule("relative", frozenset(CLOCK_UNITS), _plain(clock_period), number=True),
    Rule("quarters", _UNIT_WORDS, _plain(half_run), number=True),
    Rule("words", _after("numeric", _UNIT_WORDS, EN_MONTHS), point, number=True),
    Rule("times", _after("times"), timed, number=True),
    Rule("numeric", _after("numeric"), bare_year, number=True),
    Rule("decades", _after("decades"), _plain(decade_en), number=True),
    Rule("centuries", _after("centuries"), _plain(century_en), number=True),
    Rule("numeric", frozenset(), bare_year, number=True),
)


def _by_start(number: bool) -> dict[str, tuple[Build, ...]]:
    table: dict[str, list[Build]] = {}
    for rule in RULES:
        if rule.number == number:
            for word in rule.starts:
                table.setdefault(word, []).append(rule.build)
    return {word: tuple(builds) for word, builds in table.items()}


_WORD_RULES = _by_start(number=False)
_NUMBER_RULES = _by_start(number=True)
_ANY_NUMBER_RULES = tuple(rule.build for rule in RULES if rule.number and not rule.starts)

# --- where rules may start -------------------------------------------------------------------

_NEXT_WORDS: dict[str, str] = dict(lexicon.table("dates", "start_words"))
for _word in PARTS:
    _NEXT_WORDS[_word] = "|".join(("ngày|hôm|nay|mai|qua|thứ|chủ|chúa|cn|sớm|bữa", *PARTS))
    _NEXT_WORDS[_word] += "|" + "|".join(phrase[0] for phrase in BACK_REFERENCES)
    # a part reads before any date, English ones too ("chiều June 1"): start there as well
    _NEXT_WORDS[_word] += "|" + "|".join((*EN_MONTHS, *EN_WEEKDAYS))
for _word in QUALIFIERS:
    _NEXT_WORDS[_word] = "năm|tháng|quý|tuần|thập|thế|nửa"
for _word in (*EN_WEEKDAYS, *EN_MONTHS):
    _NEXT_WORDS[_word] = ""
for _word in COUNT_NUMBERS:
    _NEXT_WORDS.setdefault(_word, "|".join(("ngày|tuần|tháng|năm|một|hai", *CLOCK_UNITS)))
for _word in EN_COUNT_NUMBERS:
    _NEXT_WORDS.setdefault(_word, "|".join(EN_UNITS))
for _phrases in (PRESENT, BACK_REFERENCES, FISCAL_PHRASES, HOLIDAYS, PART_PHRASES):
    for _phrase in _phrases:
        _NEXT_WORDS.setdefault(_phrase[0], "")
for _word in ("this", "next", "last"):
    _NEXT_WORDS[_word] = "|".join((*EN_UNITS, *EN_WEEKDAYS))
_NEXT_WORDS["the"] = "|".join(
    {*_NEXT_WORDS["the"].split("|"), *EN_PERIOD_COUNTS, *(p[0] for p in EN_QUALIFIER_PHRASES)}
)
for _phrases in (PRESENT, BACK_REFERENCES, FISCAL_PHRASES, HOLIDAYS, PART_PHRASES):
    for _phrase in _phrases:
        if len(_phrase) > 1 and _NEXT_WORDS.get(_phrase[0]):
            _NEXT_WORDS[_phrase[0]] += "|" + _phrase[1]
for _word in _RELATIVE_HEADS:
    _NEXT_WORDS.setdefault(_word, "")
_NEXT_WORDS["hôm"] = _NEXT_WORDS["bữa"] = _NEXT_WORDS["rằm"] = _NEXT_WORDS["buổi"] = ""
_NEXT_SETS: dict[str, frozenset[str] | None] = {
    word: frozenset(following.split("|")) if following else None
    for word, following in _NEXT_WORDS.items()
}
_NEXT_SETS["thứ"] = frozenset({*(_NEXT_SETS.get("thứ") or ()), *(w for w in WEEKDAY_WORDS if w)})
_NEXT_SETS["q"] = _NEXT_SETS["h"] = frozenset()
_DIGIT_STARTS = frozenset("0123456789")
# Start words that may also be followed by a number: "chiều 19/9", "Q1", "the 1990s".
_BEFORE_NUMBERS = frozenset({*PARTS, "q", "h", "the"})
_NUMBER: frozenset[str] = frozenset({" "})  # a marker: no token is a space
_AFTER_SHORT_NUMBER = (
    (frozenset(lexicon.table("dates", "after_numbers")["words"]) | EN_MONTHS.keys() | {"g"})
    | EN_UNITS.keys()
    | CLOCK_UNITS.keys()
)
# Every token a rule may start at, for one dictionary look-up per token: the start words
# with the words they need next, and every number of one to four digits ("0" to "9999",
# "05", "0001"), which needs nothing next (longer ones start nothing).
_STARTS: dict[str, frozenset[str] | None] = {**_NEXT_SETS, **dict.fromkeys(NUMBER_VALUES, _NUMBER)}


def might_hold_a_date(folded: str) -> bool:
    """False when no rule can start anywhere in ``folded``: no digit and no start word.

    Cheaper than tokenizing: a search for a digit, then (only when there is none) the
    letter runs, which are exactly the letter tokens, against the start words.
    """
    if _DIGIT_RE.search(folded) is not None:
        return True
    return not _NEXT_SETS.keys().isdisjoint(_LETTERS_RE.findall(folded))


# --- the scan --------------------------------------------------------------------------------


class Parser(Reader):
    """Finds date expressions in one text; one instance per call, nothing shared."""

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
        glued = self.glued
        padded = (*words, "")
        found = []
        # One pass over the tokens: numbers and start words are all keys of _STARTS.
        for i in itertools.compress(range(self.size), map(_STARTS.__contains__, words)):
            word = words[i]
            following = _STARTS[word]
            if following is _NUMBER:  # nothing glued before it, or nothing that binds
                if len(word) < 4 and padded[i + 1] not in _AFTER_SHORT_NUMBER:
                    continue  # only a year starts a rule with what follows it here
                if not glued[i] or self.free_before(i):
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

    def span(self, i: int) -> Result | None:
        word = self.w(i)
        if (word, self.w(i + 1)) in PERIOD_PREFIXES:
            result = year_span(self, i + 2) or self.from_to(i + 2)
            if result is not None:
                return result
            single = self.single(i + 2)
            if single is not None and isinstance(single[0], Point):
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
        years = year_span(self, i)
        if years is not None:
            return years
        first = self.single(i)
        if first is None:
            return None
        node, j = first
        if self.w(j) in ("-", "đến", "to") and isinstance(node, Point | Period):
            last = self.single(j + 1, cued=isinstance(node, Point) and node.day is not None)
            if (
                last is not None
                and isinstance(last[0], Point | Period)
                and self._same_kind(node, last[0])
            ):
                return Span(node, last[0]), last[1]
        return first

    @staticmethod
    def _same_kind(first: AnyNode, last: AnyNode) -> bool:
        if isinstance(first, Point) and isinstance(last, Point):
            return (first.month is None) == (last.month is None) and (first.day is None) == (
                last.day is None
            )
        return isinstance(first, Period) and isinstance(last, Period)

    def day_span(self, i: int, day: int) -> Result | None:
        """ "ngày 1-5/9": a day, a dash and a date of the same month."""
        if self.w(i + 1) != "-" or not self.free_before(i):
            return None
        last = numeric_date(self, i + 2, weak_ok=True, glued=True)
        if last is None:
            return None
        node, j = last
        if not isinstance(node, Point) or node.day is None or day >= node.day:
            return None
        return Span(attrs.evolve(node, day=day), node), j

    def from_to(self, i: int) -> Result | None:
        """ "từ X đến Y", "từ nay đến tháng 9", "from X to Y", "between X and Y"."""
        english = self.w(i) in ("from", "between")
        j = i + 1
        first: Result | None
        if self.w(j) == "nay":
            first = Fixed(DateValue(self.today, self.today, "day")), j + 1
        else:
            first = year_span(self, j) or self.bare_day(j) or self.single(j, cued=True)
        if first is None:
            return None
        node, j = first
        if isinstance(node, Span):
            return first
        joiners = ("to", "and", "-") if english else ("đến", "tới", "-")
        if self.w(j) not in joiners:
            return None
        last: Result | None
        if self.w(j + 1) == "nay":
            last = Fixed(DateValue(self.today, self.today, "day")), j + 2
        elif self.w(j) == "-" and self.adj(j) and self.adj(j + 1):
            last = numeric_date(self, j + 1, weak_ok=True, glued=True) or timed(
                self, j + 1, cued=True, glued=True
            )
        else:
            last = self.single(j + 1, cued=True)
        if last is None and isinstance(node, Point) and node.day and node.month:
            day = self.num(j + 1, 1, 31, 2)  # "from June 2 to 5": the day of the same month
            if day is not None and day > node.day and self.free_after(j + 2):
                last = Point(None, None, day), j + 2
        if last is None or isinstance(last[0], Span | Back) or isinstance(node, Back):
            return None
        return Span(node, last[0]), last[1]

    def bare_day(self, i: int) -> Result | None:
        """The "1" of "từ 1 đến 5/9" or "từ ngày 1 đến ngày 5/9"."""
        j = i + 1 if self.w(i) == "ngày" else i
        day = self.num(j, 1, 31, 2)
        if day is None or self.w(j + 1) not in ("đến", "tới", "-") or not self.free_before(j):
            return None
        return Point(None, None, day), j + 1

    def single(self, i: int, cued: bool = False) -> Result | None:
        """One expression that is not a range: the rules that may start at token ``i``,
        in table order; the first that reads wins."""
        word = self.w(i)
        if word.isdigit():
            if not self.free_before(i):
                return None
            builds = _NUMBER_RULES.get(self.w(i + 1), _ANY_NUMBER_RULES)
        else:
            builds = _WORD_RULES.get(word, ())
        for build in builds:
            result = build(self, i, cued)
            if result is not None:
                return result
        return None


Found = tuple[tuple[int, int], DateValue, bool, str | None]


def parse_nodes(
    text: str, now: dt.datetime, prefer: Prefer = "past", whole: bool = False
) -> list[Found]:
    """Every expression in ``text`` as (span in ``text``, value, :func:`anchored`, conflict).

    "cùng ngày", "hôm đó" take the day of the mention before them (none: not a date).
    """
    folded, offsets = fold_for_dates(text)
    if not might_hold_a_date(folded):
        return []
    parser = Parser(text, folded, offsets, now, prefer, whole)
    found: list[Found] = []
    today = now.date()
    previous: dt.date | None = None
    for first, last, node, hint in parser.scan():
        if hint is None and prefer == "future":
            hint = "future"
        try:
            if isinstance(node, Back):
                if previous is None:
                    continue
                value: DateValue | None = DateValue(previous, previous, "day", node.part)
            else:
                value = resolve(node, today, hint)
        except (OverflowError, ValueError):  # past year 9999 or before year 1: no date
            continue
        if value is None:
            continue
        if value.grain in ("day", "hour", "minute") and not value.is_range:
            start_moment = value.start
            previous = (
                start_moment.date() if isinstance(start_moment, dt.datetime) else start_moment
            )
        start, end = parser.tokens.start(first), parser.ends[last - 1]
        if offsets is not None:
            start, end = offsets[start], offsets[end]
        found.append(((start, end), value, anchored(node), conflict(node, value)))
    return found
