"""When was an article written? Independent evidence sources, combined into a window.

Each source reads one kind of clue and returns :class:`Constraint` s, intervals on
the writing date with a weight and a readable clue; a source whose module is not
installed yet returns nothing. :func:`combine` keeps the interval supported by the
greatest total weight (so one wrong clue cannot empty the window), then partial dates
("ngày 25/6") are fitted into it, and the point estimate is the latest event the
article reports (or the window's edge).

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

import calendar
import importlib.util
import itertools
import re
from collections.abc import Callable, Iterable, Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING

import attrs

if TYPE_CHECKING:
    from vnus.corpus import Article
    from vnus.people import People, Person

__all__ = [
    "SOURCES",
    "Constraint",
    "Estimate",
    "Mention",
    "anniversaries",
    "body_dates",
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


@attrs.frozen(slots=True)
class Mention:
    """A date expression found by the dating rules: a period, or a day without a year."""

    text: str
    start: int
    end: int
    first: date | None  # None for a day without a year
    last: date | None
    day: int | None = None
    month: int | None = None
    grain: str = "day"


_DAY_WORDS = r"(?:ngày|sáng|chiều|tối|trưa|đêm|hôm|mùng|mồng)"
_FULL_RE = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)(?![\d/])")
_DAY_MONTH_RE = re.compile(
    _DAY_WORDS + r"\s+(?:ngày\s+)?(\d{1,2})/(\d{1,2})(?![\d/])", re.IGNORECASE
)
_MONTH_YEAR_RE = re.compile(r"tháng\s+(\d{1,2})(?:/|\s+năm\s+)((?:19|20)\d\d)(?!\d)", re.IGNORECASE)
_YEAR_RE = re.compile(r"(?:(đầu|giữa|cuối)\s+)?năm\s+((?:19|20)\d\d)(?![\d/])", re.IGNORECASE)
_PART_MONTHS = {"đầu": (1, 4), "giữa": (5, 8), "cuối": (9, 12)}


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def find_mentions(text: str) -> list[Mention]:
    """Dates with a year, and days without one, left to right, never overlapping.

    >>> [m.text for m in find_mentions("Chiều 15/4 và tháng 8 năm 2021, cuối năm 2023.")]
    ['Chiều 15/4', 'tháng 8 năm 2021', 'cuối năm 2023']
    """
    found: list[Mention] = []
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= a or start >= b for a, b in taken)

    def add(mention: Mention) -> None:
        if free(mention.start, mention.end):
            found.append(mention)
            taken.append((mention.start, mention.end))

    for match in _FULL_RE.finditer(text):
        day, month, year = (int(g) for g in match.groups())
        try:
            value = date(year, month, day)
        except ValueError:
            continue
        add(Mention(match.group(), match.start(), match.end(), value, value))
    for match in _MONTH_YEAR_RE.finditer(text):
        month, year = int(match.group(1)), int(match.group(2))
        if 1 <= month <= 12:
            first = date(year, month, 1)
            add(
                Mention(match.group(), *match.span(), first, _month_end(year, month), grain="month")
            )
    for match in _YEAR_RE.finditer(text):
        year = int(match.group(2))
        part = (match.group(1) or "").lower()
        low, high = _PART_MONTHS.get(part, (1, 12))
        add(
            Mention(
                match.group(),
                *match.span(),
                date(year, low, 1),
                _month_end(year, high),
                grain="year",
            )
        )
    for match in _DAY_MONTH_RE.finditer(text):
        day, month = int(match.group(1)), int(match.group(2))
        if 1 <= month <= 12 and 1 <= day <= calendar.monthrange(2000, month)[1]:
            add(Mention(match.group(), *match.span(), None, None, day=day, month=month))
    return sorted(found, key=lambda m: m.start)


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
_SENTENCE_END = re.compile(r"[.!?;:\n]\s")
_CUE_WORDS = 20  # a cue further back than this many words belongs to another verb
_STATISTIC_RE = re.compile(r"\d(?:[.,]\d+)?\s*(?:%|tỷ|triệu|nghìn|USD|đồng)")


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    left = 0
    for match in _SENTENCE_END.finditer(text, 0, start):
        left = match.end()
    right_match = _SENTENCE_END.search(text, end)
    return left, right_match.start() + 1 if right_match else len(text)


def tense(text: str, mention: Mention) -> tuple[str, str]:
    """("past" | "recent" | "future" | "neutral", the cue) for a mention in ``text``.

    A cue right after the date ("25/6 vừa qua", "ngày 25/6 tới") wins; otherwise the
    nearest cue among the twenty words before it in the same sentence.

    >>> text = "Dự kiến cuộc họp sẽ diễn ra vào đầu năm 2025."
    >>> tense(text, find_mentions(text)[0])
    ('future', 'sẽ')
    """
    after = text[mention.end : mention.end + 20]
    if _RECENT.match(after):
        return "recent", _RECENT.match(after).group().strip()  # type: ignore[union-attr]
    if (match := _PAST_AFTER.match(after)) is not None:
        return "past", match.group().strip()
    if (match := _FUTURE_AFTER.match(after)) is not None:
        return "future", match.group().strip()
    left, _ = _sentence_bounds(text, mention.start, mention.end)
    before = text[left : mention.start]
    words = before.split()
    window = " ".join(words[-_CUE_WORDS:])
    cues = list(_CUE_RE.finditer(window))
    if not cues:
        return "neutral", ""
    cue = cues[-1].group().lower()
    return ("future" if cue in _FUTURE_CUES else "past"), cue


def _reported_period(text: str, mention: Mention) -> bool:
    """A whole year opening a sentence with figures: "Năm 2023, ... đạt 74,3 tỷ USD"."""
    if mention.grain != "year" or mention.first is None or mention.first.month != 1:
        return False
    left, right = _sentence_bounds(text, mention.start, mention.end)
    opening = text[left : mention.start].strip().lower()
    if opening not in ("", "trong", "cả", "trong cả"):
        return False
    sentence = text[mention.end : right]
    return sentence.lstrip().startswith(",") and bool(_STATISTIC_RE.search(sentence))


# --- the evidence sources ----------------------------------------------------------------


def _evidence_text(article: Article) -> str:
    return "\n".join([article.title, *article.paragraphs, *article.captions])


def body_dates(article: Article) -> list[Constraint]:
    """Dates with a year in the title, body and captions, and which way they point."""
    text = _evidence_text(article)
    out: list[Constraint] = []
    for mention in find_mentions(text):
        if mention.first is None or mention.last is None:
            continue
        kind, cue = tense(text, mention)
        how = f"{kind}, {cue!r}" if cue else kind
        if kind == "future":
            out.append(Constraint(None, mention.last, 1.0, f"{mention.text!r} ({how})", "date"))
        elif _reported_period(text, mention):
            after = mention.last + timedelta(days=1)
            clue = f"{mention.text!r} (a finished year reported with figures)"
            out.append(Constraint(after, None, 1.0, clue, "date"))
        else:
            out.append(Constraint(mention.first, None, 1.0, f"{mention.text!r} ({how})", "date"))
    return out


def _available(module: str) -> bool:
    return importlib.util.find_spec(module) is not None


def term_validity(article: Article) -> list[Constraint]:
    """Bodies and frameworks named in the text, with their glossary validity dates."""
    if not _available("vnus.mentions"):
        return []
    try:
        mentions = article.terms()
    except (ImportError, AttributeError, FileNotFoundError, NotImplementedError):
        return []  # the glossary or its finder is not in place yet
    out: list[Constraint] = []
    seen: set[str] = set()
    for mention in mentions or ():
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
    if not (_available("vnus.mentions") and _available("vnus.people")):
        return []
    try:
        mentions = article.titles()
        if people is None:
            from vnus.people import people as bundled

            people = bundled()
    except (ImportError, AttributeError, FileNotFoundError, NotImplementedError):
        return []  # the title finder or the office-holders are not in place yet
    out: list[Constraint] = []
    seen: set[tuple[str, str | None, str | None, bool]] = set()
    for mention in mentions or ():  # a finder still being written may return None
        name = getattr(mention, "person", None)
        person = people.find(name) if isinstance(name, str) else None
        if person is None:
            continue
        # TitleMention.terms holds TermMentions; their .term is the glossary Term.
        terms = [getattr(t, "term", t) for t in getattr(mention, "terms", ())]
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
        clue = f"{getattr(mention, 'text', name)!r}: {person.name} in this office {span}"
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
        _, right = _sentence_bounds(text, match.start(), match.end())
        rest = text[match.end() : right]
        anchor: date | None = None
        anchor_end: date | None = None
        named = ""
        for mention in find_mentions(rest):
            if mention.first is not None:
                anchor, anchor_end, named = mention.first, mention.last, mention.text
                break
        if anchor is None:
            anchor, named = _dated_term(rest)
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


def _dated_term(text: str) -> tuple[date | None, str]:
    if not _available("vnus.mentions"):
        return None, ""
    try:
        from vnus.mentions import find_terms

        mentions = find_terms(text)
    except (ImportError, AttributeError, FileNotFoundError):
        return None, ""
    for mention in mentions:
        if mention.term.valid_from is not None:
            return mention.term.valid_from, f"{mention.text} ({mention.term.valid_from})"
    return None, ""


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
    points = {_MIN, _MAX + 1}
    for constraint in constraints:
        if constraint.lo is not None:
            points.add(constraint.lo.toordinal())
        if constraint.hi is not None:
            points.add(constraint.hi.toordinal() + 1)
    edges = sorted(points)
    segments = list(itertools.pairwise(edges))
    scores = [sum(c.weight for c in constraints if c.covers(lo, hi - 1)) for lo, hi in segments]
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


def _partial_interval(day: date, kind: str) -> tuple[date, date]:
    """Where the writing date lies, given a day written without its year.

    A writer leaves the year out for days of the year they write in (or, in January,
    of the year just ended); "vừa qua" means within the last two months.
    """
    if kind == "recent":
        return day, day + timedelta(days=60)
    if kind == "future":
        return date(day.year, 1, 1) - timedelta(days=31), day
    return day, date(day.year, 12, 31) + timedelta(days=31)


def _focus_distance(moment: date, anchors: Iterable[date]) -> float:
    return sum(min(abs((moment - a).days) / 365.25, 5.0) for a in anchors)


def _fit_partials(
    article: Article, lo: int, hi: int, anchors: list[date]
) -> tuple[int, int, list[str], list[date]]:
    """Give each day without a year the year that fits the window and the text's years."""
    text = _evidence_text(article)
    evidence: list[str] = []
    events: list[date] = []
    for mention in find_mentions(text):
        if mention.day is None or mention.month is None:
            continue
        kind, cue = tense(text, mention)
        if lo != _MIN and hi != _MAX:
            years = range(date.fromordinal(lo).year - 1, date.fromordinal(hi).year + 2)
        elif anchors:
            years = range(min(a.year for a in anchors) - 2, max(a.year for a in anchors) + 3)
        elif lo != _MIN or hi != _MAX:
            edge = date.fromordinal(lo if lo != _MIN else hi).year
            years = range(edge - 1, edge + 2)
        else:
            evidence.append(f"date: {mention.text!r} has no year and nothing places it")
            continue
        options: list[tuple[float, int, date, int, int]] = []
        for year in years:
            try:
                day = date(year, mention.month, mention.day)
            except ValueError:
                continue
            first, last = _partial_interval(day, kind)
            new_lo, new_hi = max(lo, first.toordinal()), min(hi, last.toordinal())
            if new_lo > new_hi:
                continue
            # A day inside the window beats one before it; then the one nearest the text's years.
            outside = 0 if lo <= day.toordinal() <= hi else 1
            score = outside * 100 + _focus_distance(day, anchors)
            options.append((score, -year, day, new_lo, new_hi))
        how = f"{kind}, {cue!r}" if cue else kind
        if not options:
            evidence.append(f"date: {mention.text!r} ({how}) fits no year of the window (ignored)")
            continue
        _, _, day, lo, hi = min(options)
        events.append(day)
        constraint = Constraint(
            date.fromordinal(lo),
            date.fromordinal(hi),
            1.0,
            f"{mention.text!r} ({how}) = {day}",
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
    """
    constraints: list[Constraint] = []
    for source in sources:
        constraints.extend(source(article))
    now = Constraint(None, today or date.today(), 1.0, "not written in the future", "today")
    lo, hi, kept = combine([*constraints, now])
    evidence = [c.describe() for c in kept if c is not now]
    evidence += [f"{c.describe()} (set aside: conflicts)" for c in constraints if c not in kept]
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
    evidence += [e for e in partial_evidence if e not in evidence]
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
