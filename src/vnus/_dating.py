"""When was an article written? Independent evidence sources, combined into a window.

Each source reads one kind of clue and returns :class:`Constraint` s, intervals on
the writing date with a weight and a readable clue; a source whose module is not
installed yet returns nothing. :func:`combine` keeps the interval supported by the
greatest total weight (so one wrong clue cannot empty the window), then dates without
their year ("ngày 25/6", "cuối năm nay") are fitted into it, and the point estimate is
the latest event the article reports (or the window's edge).

Dates are read with :func:`vnus.find_dates`, the whole grammar: a date the text alone
fixes (``DateMention.anchored`` False: "tháng Mười năm 2024", "quý I/2025") is absolute
evidence; one counted from the day of writing ("hôm qua", "năm ngoái") says nothing.

Which way each clue points:

- a date in the body with a past cue ("vừa qua", "đã") or none: written *on or after*
  its start; with a future cue ("sẽ", "dự kiến", "tới"): *on or before* its end;
- a year reported as finished ("Năm 2023, ... đạt 74,3 tỷ USD"): after that year;
- a body the article names (glossary ``valid_from``/``valid_until``): written after it
  was created (strong) and, usually, before it was dissolved (weak: history is told);
- an office holder with a title ("Quyền Bộ trưởng ... Lê Mạnh Hùng"): within the term;
- "gần 28 năm kể từ khi ..." with the start date of what it names: that anniversary;
- related stories ("Tin liên quan"): near the article, either side (weak: sites list
  later stories too); "latest news" sidebars ("Tin cùng chuyên mục", "Đọc nhiều"):
  show when the page was saved, which is after the article (weak upper bound).

>>> from vnus.corpus import Article
>>> a = Article(id="x", title="", paragraphs=("Ngày 25/6 vừa qua, hai bên họp. "
...     "Cuộc họp tiếp theo dự kiến sẽ diễn ra vào đầu năm 2025. "
...     "Chuyến thăm tháng 9/2023 là cột mốc.",))
>>> infer_reference_date(a).reference_date
datetime.date(2024, 6, 25)
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime, timedelta
from fractions import Fraction
from typing import TYPE_CHECKING, Literal

import attrs

if TYPE_CHECKING:
    from vnus._date_model import DateMention, DateValue
    from vnus.corpus import Article
    from vnus.mentions import TermMention
    from vnus.people import People, Person

__all__ = [
    "SOURCES",
    "Constraint",
    "Estimate",
    "anniversaries",
    "body_dates",
    "classify",
    "combine",
    "find_mentions",
    "infer_reference_date",
    "office_holders",
    "page_stamps",
    "term_validity",
]

_MIN = date.min.toordinal()
_MAX = date.max.toordinal()


@attrs.frozen(slots=True)
class Constraint:
    """The writing date lies in ``lo..hi`` (inclusive; None is unbounded), per ``clue``."""

    lo: date | None
    hi: date | None
    weight: float
    clue: str
    source: str

    def describe(self) -> str:
        if self.lo and self.hi:
            bound = f"written {self.lo.isoformat()} … {self.hi.isoformat()}"
        elif self.lo:
            bound = f"written on or after {self.lo.isoformat()}"
        elif self.hi:
            bound = f"written on or before {self.hi.isoformat()}"
        else:
            bound = "no bound"
        return f"{self.source}: {self.clue} → {bound}"

    def covers(self, lo: int, hi: int) -> bool:
        own_lo = self.lo.toordinal() if self.lo else _MIN
        own_hi = self.hi.toordinal() if self.hi else _MAX
        return own_lo <= lo and hi <= own_hi


@attrs.frozen(slots=True)
class Estimate:
    """The inferred writing date, the window it lies in and the evidence for both."""

    reference_date: date | None
    window: tuple[date | None, date | None]
    evidence: tuple[str, ...]


# --- reading dates in the text -----------------------------------------------------------

# Dates are found once with this reference; a mention that depended on it (a year left
# out, "hôm qua") is then read again on its own (see classify).
READ_AT = date(2000, 7, 2)
DateKind = Literal["fixed", "year left out", "relative"]


def find_mentions(text: str) -> list[DateMention]:
    """Every date expression of the full :func:`vnus.find_dates` grammar, left to right.

    Mentions the text alone fixes (``anchored`` False) are absolute evidence; the others
    are read against a fixed reference here and placed later (:func:`classify`).

    >>> [m.text for m in find_mentions("Chiều 15/4 và tháng Mười năm 2024, quý I/2025.")]
    ['Chiều 15/4', 'tháng Mười năm 2024', 'quý I/2025']
    """
    return list(_mentions(text))


@functools.lru_cache(maxsize=2)
def _mentions(text: str) -> tuple[DateMention, ...]:
    """The dates of an article's text, read once: every source that needs them (the body
    dates, the dates without a year, the anniversaries) asks in turn for the same text."""
    from vnus.dates import find_dates

    return tuple(find_dates(text, reference=READ_AT))


def _mentions_within(text: str, start: int, end: int) -> list[DateMention]:
    """The mentions of ``text`` that lie inside ``start..end``, found by bisection."""
    mentions = _mentions(text)
    found = []
    for position in range(bisect.bisect_left(_mention_starts(text), start), len(mentions)):
        mention = mentions[position]
        if mention.span[0] >= end:
            break
        if mention.span[1] <= end:
            found.append(mention)
    return found


@functools.lru_cache(maxsize=2)
def _mention_starts(text: str) -> list[int]:
    return [mention.span[0] for mention in _mentions(text)]


def _moment(value: date) -> date:
    return value.date() if isinstance(value, datetime) else value


def _shifted(value: DateValue, years: int) -> DateValue | None:
    """``value`` moved by whole years; None when a day does not exist then (29 February)."""
    try:
        return attrs.evolve(
            value,
            start=value.start.replace(year=value.start.year + years),
            end=value.end.replace(year=value.end.year + years),
        )
    except ValueError:
        return None


def _reread(text: str, mention: DateMention, reference: date) -> DateValue | None:
    """The value of ``mention`` when read again against ``reference``.

    What the grammar reads of a date's surroundings is a word or two either side (a cue
    before a bare number, "vừa qua"/"tới" after it), so a few words around it are read
    again, not its sentence: re-reading a whole sentence for each date of a text was what
    made dating hundreds of times slower than :func:`vnus.find_dates`. Only when that
    short window does not give the mention back (a word cut at its edge read otherwise)
    is the bounded sentence read. A value the grammar takes from further back (a weekday
    or "cùng ngày" read off an earlier date) may then differ against some reference, but
    never the kind :func:`classify` gives (a Hypothesis law in tests/test_dating_cost.py).
    """
    start, end = mention.span
    left, right = _near(text, start, end)
    value = _read_window(text[left:right], reference).get((start - left, end - left))
    if value is not None:
        return value
    wide_left, wide_right = _context(text, start, end)
    if (wide_left, wide_right) == (left, right):
        return None
    window = text[wide_left:wide_right]
    return _read_window(window, reference).get((start - wide_left, end - wide_left))


# What the grammar reads beyond a date: the word before it (a cue such as "vào" before a
# bare number) and the two after it ("vừa qua", "tới đây").
_WORDS_BEFORE = 1
_WORDS_AFTER = 2
_NEAR_CHARS = 40  # and at most this many characters either side


def _near(text: str, start: int, end: int) -> tuple[int, int]:
    """A few whole words either side of ``text[start:end]``, within its line: at most
    _NEAR_CHARS characters each side are looked at."""
    low = max(0, start - _NEAR_CHARS)
    line = text.rfind("\n", low, start)
    low = line + 1 if line >= 0 else low
    left = start
    for _ in range(_WORDS_BEFORE):
        word_end = left
        while word_end > low and text[word_end - 1].isspace():
            word_end -= 1
        word_start = word_end
        while word_start > low and not text[word_start - 1].isspace():
            word_start -= 1
        if word_start == word_end or (word_start == low > 0 and not text[low - 1].isspace()):
            break  # no word, or one cut at the limit
        left = word_start
    high = min(len(text), end + _NEAR_CHARS)
    line = text.find("\n", end, high)
    high = line if line >= 0 else high
    right = end
    for _ in range(_WORDS_AFTER):
        word_start = right
        while word_start < high and text[word_start].isspace():
            word_start += 1
        word_end = word_start
        while word_end < high and not text[word_end].isspace():
            word_end += 1
        if word_start == word_end or (word_end == high < len(text) and not text[high].isspace()):
            break
        right = word_end
    return left, right


@functools.lru_cache(maxsize=512)
def _read_window(window: str, reference: date) -> dict[tuple[int, int], DateValue]:
    """Span -> value of every date in ``window`` read against ``reference``; the same few
    words around the same date (a table, a list of quarters) are read once."""
    from vnus.dates import find_dates

    return {found.span: found.value for found in find_dates(window, reference=reference)}


def classify(text: str, mention: DateMention) -> DateKind:
    """What kind of clue a date expression of ``text`` is.

    - ``"fixed"``: the text alone fixes it ("tháng 9/2023", "quý I/2025");
    - ``"year left out"``: a day or period of an unsaid year ("ngày 25/6", "cuối năm
      nay"): read on its own first day it means that day, read weeks later it still names
      the same days of the year, read four years later it moves by four years;
    - ``"relative"``: counted from the day of writing ("hôm qua", "tuần tới", "năm
      ngoái") or a two-digit year: it says nothing about when that day was.

    >>> text = "Ngày 25/6 vừa qua, hai bên họp; hôm qua đoàn đến; năm ngoái, tháng 9/2023."
    >>> [(m.text, classify(text, m)) for m in find_mentions(text)]
    [('Ngày 25/6', 'year left out'), ('hôm qua', 'relative'), ('năm ngoái', 'relative'), \
('tháng 9/2023', 'fixed')]
    """
    if not mention.anchored:
        return "fixed"
    value = mention.value
    first = _moment(value.start)
    if _reread(text, mention, first) != value:
        return "relative"
    later = _reread(text, mention, first + _WEEKS_LATER)
    if later is None or [(d.month, d.day) for d in (later.start, later.end)] != [
        (d.month, d.day) for d in (value.start, value.end)
    ]:
        return "relative"
    moved = _shifted(value, 4)
    if moved is None or _reread(text, mention, _moment(moved.start)) != moved:
        return "relative"
    return "year left out"


_WEEKS_LATER = timedelta(days=45)


# --- tense: is the date behind or ahead of the writer? -------------------------------------

_PAST_AFTER = re.compile(r"^\s*(?:vừa qua|vừa rồi|trước đó|qua)\b", re.IGNORECASE)
_FUTURE_AFTER = re.compile(r"^\s*(?:sắp tới|tới|tiếp theo)\b", re.IGNORECASE)
_RECENT = re.compile(r"^\s*(?:vừa qua|vừa rồi)\b", re.IGNORECASE)
_FUTURE_CUES = (
    "sẽ",
    "tiếp theo",
    "dự kiến",
    "sắp",
    "kế hoạch",
    "mục tiêu",
    "tầm nhìn",
    "hướng tới",
    "trước thời điểm",
    "sớm",
    "có thể",
    "mong muốn",
)
# "theo" refers to something that exists already: "theo tinh thần Tuyên bố chung ngày 11/9".
_PAST_CUES = ("đã", "vừa", "từng", "trước đó", "hồi", "theo")
_CUE_RE = re.compile(
    r"\b(" + "|".join(re.escape(c) for c in (*_FUTURE_CUES, *_PAST_CUES)) + r")\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?;:]\s|\n")  # a paragraph or a title ends with its line
_CUE_WORDS = 20  # a cue further back than this many words belongs to another verb
_STATISTIC_RE = re.compile(r"\d(?:[.,]\d+)?\s*(?:%|tỷ|triệu|nghìn|USD|đồng)")


_CONTEXT = 500  # characters each side of a date that are re-read with it (a long sentence)
_NON_SPACE = re.compile(r"\S")


@functools.lru_cache(maxsize=4)
def _sentence_marks(text: str) -> tuple[list[int], list[int]]:
    """Starts and ends of every sentence end in ``text``, found once per text.

    Each date of a text asks for its sentence; scanning the text from its start for
    each one was quadratic in the number of dates (clear: ``cache_clear()``).
    """
    marks = [(m.start(), m.end()) for m in _SENTENCE_END.finditer(text)]
    return [start for start, _ in marks], [end for _, end in marks]


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around ``text[start:end]``: after the last sentence end before it, to
    (and with) the first sentence mark at or after its end."""
    starts, ends = _sentence_marks(text)
    before = bisect.bisect_right(ends, start)  # sentence ends that are over by ``start``
    left = ends[before - 1] if before else 0
    if text.startswith("\n", end):  # a line break right after the date, which a ".\n"
        return left, end + 1  # found from the text's start has taken as its second char
    after = bisect.bisect_left(starts, end)
    return left, starts[after] + 1 if after < len(starts) else len(text)


def _context(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around ``text[start:end]``, cut to _CONTEXT characters each side (at a
    space): re-reading a whole long sentence for each of its dates was quadratic."""
    left, right = _sentence_bounds(text, start, end)
    if start - left > _CONTEXT:
        cut = start - _CONTEXT
        space = text.find(" ", cut, start)
        left = space + 1 if space >= 0 else cut
    if right - end > _CONTEXT:
        cut = end + _CONTEXT
        space = text.rfind(" ", end, cut)
        right = space if space >= 0 else cut
    return left, right


def _last_words(text: str, left: int, start: int, count: int) -> list[str]:
    """``text[left:start].split()[-count:]``, reading back only as far as it needs to."""
    size = 64 * count
    while True:
        low = max(left, start - size)
        words = text[low:start].split()
        if low == left or len(words) > count:  # the first word may be cut: never kept
            return words[-count:]
        size *= 4


@functools.lru_cache(maxsize=16)  # the dates of one sentence ask in turn; few texts kept alive
def _first_non_space(text: str, position: int) -> int:
    """Where the first non-space character at or after ``position`` is (len(text): none)."""
    match = _NON_SPACE.search(text, position)
    return match.start() if match else len(text)


def tense(text: str, mention: DateMention) -> tuple[str, str]:
    """("past" | "recent" | "future" | "neutral", the cue) for a mention in ``text``.

    A cue right after the date ("25/6 vừa qua", "ngày 25/6 tới") wins; otherwise the
    nearest cue among the twenty words before it in the same sentence.

    >>> text = "Dự kiến cuộc họp sẽ diễn ra vào đầu năm 2025."
    >>> tense(text, find_mentions(text)[0])
    ('future', 'sẽ')
    """
    start, end = mention.span
    after = text[end : end + 20]
    if _RECENT.match(after):
        return "recent", _RECENT.match(after).group().strip()  # type: ignore[union-attr]
    if (match := _PAST_AFTER.match(after)) is not None:
        return "past", match.group().strip()
    if (match := _FUTURE_AFTER.match(after)) is not None:
        return "future", match.group().strip()
    left, _ = _sentence_bounds(text, start, end)
    window = " ".join(_last_words(text, left, start, _CUE_WORDS))
    cues = list(_CUE_RE.finditer(window))
    if not cues:
        return "neutral", ""
    cue = cues[-1].group().lower()
    return ("future" if cue in _FUTURE_CUES else "past"), cue


def _reported_period(text: str, mention: DateMention) -> bool:
    """A year opening a sentence with figures: "Năm 2023, ... đạt 74,3 tỷ USD"."""
    if mention.value.grain != "year" or mention.value.is_range:
        return False
    start, end = mention.span
    left, right = _sentence_bounds(text, start, end)
    # Only the first words of a sentence are read, whatever the number of dates in it.
    first = min(_first_non_space(text, left), start)
    last = start  # after the last non-space before the date
    while last > first and text[last - 1].isspace():
        last -= 1
    if last - first > len("trong cả"):
        return False
    opening = text[first:last].lower()
    if opening not in ("", "trong", "cả", "trong cả"):
        return False
    comma = _NON_SPACE.search(text, end, right)
    if comma is None or comma.group() != ",":
        return False
    return _STATISTIC_RE.search(text, end, right) is not None


# --- the evidence sources ----------------------------------------------------------------


def _evidence_text(article: Article) -> str:
    return "\n".join([article.title, *article.paragraphs, *article.captions])


def body_dates(article: Article) -> list[Constraint]:
    """Dates the text alone fixes, in the title, body and captions, and which way they point.

    >>> from vnus.corpus import Article
    >>> a = Article(id="x", title="", paragraphs=("Hai bên sẽ họp vào tháng Mười năm 2024.",))
    >>> [c.describe() for c in body_dates(a)]
    ["date: 'tháng Mười năm 2024' (future, 'sẽ') → written on or before 2024-10-31"]
    """
    text = _evidence_text(article)
    out: list[Constraint] = []
    for mention in _mentions(text):
        if mention.anchored:
            continue  # placed once the window is known (_fit_partials)
        first, last = _moment(mention.value.start), _moment(mention.value.end)
        kind, cue = tense(text, mention)
        how = f"{kind}, {cue!r}" if cue else kind
        if kind == "future":
            out.append(Constraint(None, last, 1.0, f"{mention.text!r} ({how})", "date"))
        elif _reported_period(text, mention):
            after = last + timedelta(days=1)
            clue = f"{mention.text!r} (a finished year reported with figures)"
            out.append(Constraint(after, None, 1.0, clue, "date"))
        else:
            out.append(Constraint(first, None, 1.0, f"{mention.text!r} ({how})", "date"))
    return out


def term_validity(article: Article) -> list[Constraint]:
    """Bodies and frameworks named in the text, with their glossary validity dates."""
    out: list[Constraint] = []
    seen: set[str] = set()
    for mention in article.terms():
        term = mention.term
        if term.id in seen:
            continue
        seen.add(term.id)
        if term.valid_from is not None:
            clue = f"{mention.text!r} exists from {term.valid_from.isoformat()}"
            out.append(Constraint(term.valid_from, None, 1.0, clue, "glossary"))
        if term.valid_until is not None:
            clue = f"{mention.text!r} existed until {term.valid_until.isoformat()}"
            out.append(Constraint(None, term.valid_until, 0.5, clue, "glossary"))
    return out


def _office_spans(
    person: Person, title: str | None, organization: str | None, acting: bool
) -> list[tuple[date | None, date | None]]:
    spans = []
    for office in person.offices:
        if title is not None and office.title != title:
            continue
        if organization is not None and office.organization != organization:
            continue
        if acting and not office.acting:
            continue
        spans.append((office.start, office.end))
    return spans


_NOT_BODIES = frozenset({"title", "title-modifier", "country", "region", "concept"})


def office_holders(article: Article, people: People | None = None) -> list[Constraint]:
    """Titles with a named holder: the article falls within that person's term.

    "Quyền Bộ trưởng Bộ Công Thương Lê Mạnh Hùng" is matched on the title, the body
    and "acting"; a person who held several such offices gives the span of all of them.
    ``people`` defaults to the bundled office-holders (``glossary/people.toml``).
    """
    mentions = article.titles()
    if people is None:
        from vnus.people import people as bundled

        people = bundled()
    out: list[Constraint] = []
    seen: set[tuple[str, str | None, str | None, bool]] = set()
    for mention in mentions:
        name = mention.person
        person = people.find(name) if name is not None else None
        if person is None:
            continue
        terms = [t.term for t in mention.terms]
        title = next((t.id for t in terms if t.kind == "title"), None)
        organization = next((t.id for t in terms if t.kind not in _NOT_BODIES), None)
        acting = any(t.id == "title.acting" for t in terms)
        key = (person.id, title, organization, acting)
        if key in seen:
            continue
        seen.add(key)
        spans = _office_spans(person, title, organization, acting)
        if not spans:
            spans = _office_spans(person, title, None, acting)  # the body was left unsaid
        if not spans:
            continue
        starts = [s for s, _ in spans]
        ends = [e for _, e in spans]
        lo = None if None in starts else min(s for s in starts if s is not None)
        hi = None if None in ends else max(e for e in ends if e is not None)
        if lo is None and hi is None:
            continue  # dates not known: no clue
        span = f"{lo.isoformat() if lo else '?'} – {hi.isoformat() if hi else 'now'}"
        clue = f"{mention.text!r}: {person.name} in this office {span}"
        out.append(Constraint(lo, hi, 1.0, clue, "office"))
    return out


_NUMBERS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "mười": 10}
_ANNIVERSARY_RE = re.compile(
    r"\b(?:(gần|hơn|tròn|khoảng)\s+)?(\d{1,3}|một|hai|ba|bốn|năm|mười)\s+"
    r"(năm|thập kỷ|thập niên)\s+(?:kể từ khi|kể từ|từ khi|sau khi)\b",
    re.IGNORECASE,
)


def _add_years(day: date, years: float) -> date:
    return day + timedelta(days=round(years * 365.2425))


def anniversaries(article: Article) -> list[Constraint]:
    """ "gần 28 năm kể từ khi ..." anchored on a year or a dated glossary term after it."""
    text = _evidence_text(article)
    out: list[Constraint] = []
    for match in _ANNIVERSARY_RE.finditer(text):
        qualifier = (match.group(1) or "").lower()
        count = match.group(2).lower()
        years = float(_NUMBERS[count]) if count in _NUMBERS else float(count)
        if match.group(3).lower() != "năm":
            years *= 10
        _, right = _context(text, match.start(), match.end())
        anchor: date | None = None
        anchor_end: date | None = None
        named = ""
        # The dates and terms of the whole text, read once, that lie after the phrase.
        for mention in _mentions_within(text, match.end(), right):
            if not mention.anchored:
                anchor, named = _moment(mention.value.start), mention.text
                anchor_end = _moment(mention.value.end)
                break
        if anchor is None:
            anchor, named = _dated_term(text, match.end(), right)
        if anchor is None:
            continue
        low, high = {"gần": (-1.0, 0.0), "hơn": (0.0, 2.0)}.get(qualifier, (-0.5, 1.0))
        clue = f"{match.group()!r} + {named!r}"
        out.append(
            Constraint(
                _add_years(anchor, years + low),
                _add_years(anchor_end or anchor, years + high),
                1.0,
                clue,
                "anniversary",
            )
        )
    return out


def _dated_term(text: str, start: int, end: int) -> tuple[date | None, str]:
    """The first glossary term in ``text[start:end]`` that has a ``valid_from`` date."""
    terms = _terms_of(text)
    first = bisect.bisect_left(terms, start, key=lambda mention: mention.span[0])
    for position in range(first, len(terms)):
        mention = terms[position]
        if mention.span[0] >= end:
            break
        if mention.span[1] > end:
            continue
        if mention.term.valid_from is not None:
            return mention.term.valid_from, f"{mention.text} ({mention.term.valid_from})"
    return None, ""


@functools.lru_cache(maxsize=2)
def _terms_of(text: str) -> tuple[TermMention, ...]:
    """The glossary terms of ``text``, found once (not once per anniversary phrase)."""
    from vnus.mentions import find_terms

    return tuple(find_terms(text))


# Lists of stories on the same subject, which sites fill with earlier and later ones.
_RELATED_SECTIONS = frozenset({"tin lien quan", "tin bai lien quan", "bai lien quan"})
# Lists of the newest stories when the page was saved. "Các tin khác" is in neither:
# sites fill it with earlier stories as often as with later ones.
_LATEST_SECTIONS = frozenset(
    {"tin cung chuyen muc", "tin moi", "tin moi nhat", "doc nhieu", "xem nhieu", "tin noi bat"}
)
_NEAR = timedelta(days=365)
_SAVED_SLACK = timedelta(days=31)


def page_stamps(article: Article) -> list[Constraint]:
    """Timestamps of related stories (near the article) and of sidebars (page saved after)."""
    from vnus.text import fold

    related: list[date] = []
    latest: list[date] = []
    for item in article.related:
        if item.published is None:
            continue
        section = fold(item.section)
        if section in _RELATED_SECTIONS:
            related.append(item.published.date())
        elif section in _LATEST_SECTIONS:
            latest.append(item.published.date())
    out: list[Constraint] = []
    if related:
        clue = f"{len(related)} related stories dated {min(related)} … {max(related)}"
        out.append(Constraint(min(related) - _NEAR, max(related) + _NEAR, 0.25, clue, "related"))
    if latest:
        clue = f"newest sidebar story {max(latest)}: the page was saved soon after"
        out.append(Constraint(None, max(latest) + _SAVED_SLACK, 0.5, clue, "page"))
    return out


Source = Callable[["Article"], list[Constraint]]
SOURCES: tuple[Source, ...] = (
    body_dates,
    term_validity,
    office_holders,
    anniversaries,
    page_stamps,
)


# --- combining ----------------------------------------------------------------------------


def combine(constraints: Sequence[Constraint]) -> tuple[int, int, list[Constraint]]:
    """The window (as ordinals) supported by the most weight, and the constraints kept.

    >>> a = Constraint(date(2023, 1, 1), None, 1.0, "a", "t")
    >>> b = Constraint(None, date(2023, 12, 31), 1.0, "b", "t")
    >>> c = Constraint(date(2030, 1, 1), None, 0.5, "c", "t")
    >>> lo, hi, kept = combine([a, b, c])
    >>> date.fromordinal(lo), date.fromordinal(hi), [k.clue for k in kept]
    (datetime.date(2023, 1, 1), datetime.date(2023, 12, 31), ['a', 'b'])
    """
    # A sweep over the edges: each constraint adds its weight where it starts and takes it
    # off after it ends (summing, for each segment, the constraints covering it was
    # quadratic). Weights are summed exactly, so that equal totals compare equal.
    change: dict[int, Fraction] = {_MIN: Fraction(0), _MAX + 1: Fraction(0)}
    for constraint in constraints:
        lo = constraint.lo.toordinal() if constraint.lo is not None else _MIN
        after = constraint.hi.toordinal() + 1 if constraint.hi is not None else _MAX + 1
        change.setdefault(lo, Fraction(0))
        change.setdefault(after, Fraction(0))
        if lo < after:
            weight = Fraction(constraint.weight)
            change[lo] += weight
            change[after] -= weight
    edges = sorted(change)
    segments = list(itertools.pairwise(edges))
    scores = list(itertools.accumulate(change[edge] for edge in edges[:-1]))
    best = max(scores)
    # The latest run of best segments: later clues usually come from the article's own time.
    last = max(i for i, s in enumerate(scores) if s == best)
    first = last
    while first > 0 and scores[first - 1] == best:
        first -= 1
    lo, hi = segments[first][0], segments[last][1] - 1
    kept = [c for c in constraints if c.covers(lo, hi)]
    return lo, hi, kept


def _bound(ordinal: int) -> date | None:
    return None if ordinal in (_MIN, _MAX) else date.fromordinal(ordinal)


def _partial_interval(first: date, last: date, kind: str) -> tuple[date, date]:
    """Where the writing date lies, given days ``first..last`` written without their year.

    A writer leaves the year out for days of the year they write in (or, in January,
    of the year just ended); "vừa qua" means within the last two months.
    """
    if kind == "recent":
        return first, last + timedelta(days=60)
    if kind == "future":
        return date(first.year, 1, 1) - timedelta(days=31), last
    return first, date(last.year, 12, 31) + timedelta(days=31)


_FAR = 1826  # days: five years of 365.25 days, beyond which an anchor counts as 5 years


class _Focus:
    """How far a day is from the text's years: the sum over the anchors of the distance in
    years, each capped at 5; by bisection over the sorted anchors (summing over every
    anchor for every candidate day was quadratic), in exact arithmetic."""

    def __init__(self, anchors: Iterable[date]) -> None:
        self.days = sorted(anchor.toordinal() for anchor in anchors)
        self.sums = [0, *itertools.accumulate(self.days)]
        self.first_year = date.fromordinal(self.days[0]).year if self.days else None
        self.last_year = date.fromordinal(self.days[-1]).year if self.days else None

    def distance(self, moment: date) -> Fraction:
        day, days, sums = moment.toordinal(), self.days, self.sums
        low = bisect.bisect_left(days, day - _FAR)
        high = bisect.bisect_right(days, day + _FAR)
        middle = bisect.bisect_left(days, day, low, high)
        below = day * (middle - low) - (sums[middle] - sums[low])
        above = (sums[high] - sums[middle]) - day * (high - middle)
        far = len(days) - (high - low)
        return 5 * far + Fraction(4 * (below + above), 1461)  # days / 365.25


def _candidate_years(lo: int, hi: int, focus: _Focus) -> range | None:
    """The years a date without its year may be in: around the window, else the text's years."""
    if lo != _MIN and hi != _MAX:
        return range(date.fromordinal(lo).year - 1, date.fromordinal(hi).year + 2)
    if focus.first_year is not None and focus.last_year is not None:
        return range(focus.first_year - 2, focus.last_year + 3)
    if lo != _MIN or hi != _MAX:
        edge = date.fromordinal(lo if lo != _MIN else hi).year
        return range(edge - 1, edge + 2)
    return None


def _fit_partials(
    article: Article, lo: int, hi: int, anchors: list[date]
) -> tuple[int, int, list[str], list[date]]:
    """Give each date without a year the year that fits the window and the text's years.

    Expressions counted from the day of writing ("hôm qua") are listed as no clue.
    """
    text = _evidence_text(article)
    evidence: list[str] = []
    events: list[date] = []
    focus = _Focus(anchors)
    for mention in _mentions(text):
        if not mention.anchored:
            continue
        if classify(text, mention) == "relative":
            evidence.append(f"date: {mention.text!r} counts from the day of writing (no clue)")
            continue
        kind, cue = tense(text, mention)
        years = _candidate_years(lo, hi, focus)
        if years is None:
            evidence.append(f"date: {mention.text!r} has no year and nothing places it")
            continue
        options: list[tuple[Fraction, int, DateValue, int, int]] = []
        for year in years:
            value = _shifted(mention.value, year - mention.value.start.year)
            if value is None:
                continue
            first, last = _moment(value.start), _moment(value.end)
            low, high = _partial_interval(first, last, kind)
            new_lo, new_hi = max(lo, low.toordinal()), min(hi, high.toordinal())
            if new_lo > new_hi:
                continue
            # A date meeting the window beats one before it; then the one nearest the text's years.
            outside = 0 if first.toordinal() <= hi and lo <= last.toordinal() else 1
            score = outside * 100 + focus.distance(first)
            options.append((score, -year, value, new_lo, new_hi))
        how = f"{kind}, {cue!r}" if cue else kind
        if not options:
            evidence.append(f"date: {mention.text!r} ({how}) fits no year of the window (ignored)")
            continue
        _, _, value, lo, hi = min(options, key=lambda option: option[:2])
        events.append(_moment(value.start))
        constraint = Constraint(
            date.fromordinal(lo),
            date.fromordinal(hi),
            1.0,
            f"{mention.text!r} ({how}) = {value.iso()}",
            "date",
        )
        evidence.append(constraint.describe())
    return lo, hi, evidence, events


def infer_reference_date(
    article: Article, sources: Sequence[Source] = SOURCES, *, today: date | None = None
) -> Estimate:
    """Run every evidence source on ``article`` and combine what they say.

    Nothing is written after ``today`` (the real today by default): that bound keeps
    open-ended clues ("in office since 2025") from placing a day in a future year.

    The article's evidence (its dates, terms and sentence ends) is read once and shared by
    the sources, then forgotten: nothing of one record stays in memory after it is dated.
    """
    try:
        return _infer(article, sources, today)
    finally:
        forget()


def forget() -> None:
    """Drop what the sources read of the last texts (dates, terms, sentence ends)."""
    for cached in (
        _mentions,
        _mention_starts,
        _terms_of,
        _read_window,
        _sentence_marks,
        _first_non_space,
    ):
        cached.cache_clear()


def _infer(article: Article, sources: Sequence[Source], today: date | None) -> Estimate:
    constraints: list[Constraint] = []
    for source in sources:
        constraints.extend(source(article))
    now = Constraint(None, today or date.today(), 1.0, "not written in the future", "today")
    lo, hi, kept = combine([*constraints, now])
    evidence = [c.describe() for c in kept if c is not now]
    kept_ids = {id(c) for c in kept}
    evidence += [
        f"{c.describe()} (set aside: conflicts)" for c in constraints if id(c) not in kept_ids
    ]
    evidence = list(dict.fromkeys(evidence))
    anchors = [
        bound
        for c in kept
        if c.source == "date"
        for bound in (c.lo if c.lo is not None else c.hi,)
        if bound is not None
    ]
    if not anchors and lo != _MIN:
        anchors = [date.fromordinal(lo)]  # no year in the text: stay near the earliest bound
    if kept == [now]:
        hi = _MAX  # "not after today" alone cannot tell which year a "ngày 2/2" was in
    lo, hi, partial_evidence, events = _fit_partials(article, lo, hi, anchors)
    # "Sáng ngày 11/10" and a later "sáng ngày 11/10" are one clue.
    once = {e.casefold(): e for e in reversed(partial_evidence)}
    fitted = dict.fromkeys(once[e.casefold()] for e in partial_evidence)
    evidence += [e for e in fitted if e not in evidence]
    window = (_bound(lo), _bound(hi))
    inside = [e for e in events if lo <= e.toordinal() <= hi]
    if window[0] is not None:
        estimate: date | None = max([window[0], *inside])
    elif inside:
        estimate = max(inside)
    else:
        estimate = None  # only "not after today": nothing dates this article
    if estimate is not None:
        why = "the latest event it reports" if estimate in inside else "the window's start"
        start, end = (d.isoformat() if d else "…" for d in window)
        evidence.append(f"⇒ written {start} … {end}; estimate {estimate.isoformat()}, {why}")
    return Estimate(estimate, window, tuple(evidence))
