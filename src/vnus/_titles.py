"""Title phrases: the grammar that reads them and the rules that put them in English.

A title phrase is read around a title term that :func:`vnus.find_terms` found::

    [modifiers] title [kiêm title] [body | "Bộ"-less body] [country] [phụ trách portfolio]
        [tại country] [(gloss)] [- ông|bà|ngài] [holder's name]

or, by apposition, ``[ông|bà|ngài] Name, title ...``. Each part is optional except the
title; the parts may come in the order Vietnamese writers use (country before or after
the portfolio). Every step reads a bounded number of words, so a text is read in time
linear in its length.

English is composed from glossary data, never from a table of phrases: the title's
English for the office's country (``en_by_country``: a US "Bộ trưởng" is a Secretary),
the body's ``head_en`` ("Secretary of Commerce", "Minister of Industry and Trade"), the
English of modifiers (Quyền → Acting), offices with a portfolio ("phụ trách ...") as
the glossary lists them, and the country rule: US offices take the "U.S." prefix of
American usage; another foreign country's office is "... of <country>"; a Vietnamese
office needs neither, its body names it.
"""

from __future__ import annotations

import bisect
import datetime
import functools
import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

import attrs

from vnus import lexicon
from vnus.errors import TermNotFound, require_str
from vnus.text import fold

if TYPE_CHECKING:
    from vnus.glossary import Glossary, Term
    from vnus.mentions import TermMention
    from vnus.people import People, Person

__all__ = ["TitleMention", "find_titles", "translate_title"]

TITLE_KINDS = frozenset({"title"})
MODIFIER_KINDS = frozenset({"title-modifier"})
BODY_KINDS = frozenset(
    {
        "government-body",
        "ministry",
        "agency",
        "office",
        "legislature",
        "court",
        "party",
        "party-body",
        "local-government",
        "organization",
        "company",
    }
)
COUNTRY_KINDS = frozenset({"country"})
PRIVATE_KINDS = frozenset({"organization", "company"})

# English usage: an American office takes the "U.S." prefix ("U.S. Secretary of State").
COUNTRY_PREFIX = {"US": "U.S."}
# Countries whose offices read without a country in English: the text's own country.
HOME_COUNTRIES = frozenset({"VN"})

_HONORIFICS = frozenset(fold(word) for word in lexicon.table("names", "honorifics"))
_PARTICLES = frozenset({"van", "von", "de", "da", "di", "del", "der", "bin", "al", "la", "le"})
_MAX_NAME_WORDS = 5
_MAX_BODY_WORDS = 12
_MAX_PORTFOLIO_CHARS = 160
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?\.?")
_PORTFOLIO_MARK = "phu trach"
_PORTFOLIO_STOP = re.compile(r"[.;:()\[\]\n\"]")
_NAME_SEPARATOR = re.compile(r" ?[-–,] ?| ")  # "Thứ trưởng ... - ông Jose W. Fernandez"


@attrs.frozen
class TitleMention:
    """An official title read as a whole phrase.

    ``span``/``text``: the phrase as written (offsets into the original text); ``en``:
    the title in the English of the country that holds it; ``person``: the holder's
    name as written (None when the text names nobody); ``country``: ISO code of the
    office's country, when known; ``terms``: the glossary terms inside the phrase;
    ``holder``: the :class:`~vnus.people.Person` when the name is a known office-holder;
    ``title``, ``body``: the title and body terms; ``portfolio``: the Vietnamese
    "phụ trách ..." text.
    """

    span: tuple[int, int]
    text: str
    en: str
    person: str | None
    country: str | None
    terms: tuple[TermMention, ...] = attrs.field(repr=False)
    holder: Person | None = attrs.field(default=None, repr=False)
    title: Term | None = attrs.field(default=None, repr=False, eq=False)
    body: Term | None = attrs.field(default=None, repr=False, eq=False)
    portfolio: str | None = attrs.field(default=None, repr=False)

    def to_dict(self) -> dict[str, Any]:
        """The mention as JSON-ready data."""
        return {
            "type": "title",
            "span": list(self.span),
            "text": self.text,
            "en": self.en,
            "person": self.person,
            "holder": self.holder.id if self.holder else None,
            "country": self.country,
            "title": self.title.id if self.title else None,
            "body": self.body.id if self.body else None,
            "terms": [m.term.id for m in self.terms],
        }


# --- compiled title data ---------------------------------------------------------------------


@attrs.frozen
class _TitleData:
    """What the grammar needs from a glossary, indexed once."""

    bodies_without_bo: dict[str, tuple[Term, ...]]  # "cong thuong" -> Bộ Công Thương
    by_stem: dict[tuple[str, str], Term]  # ("bo thuong mai", "US") -> us.doc
    portfolios: dict[str, tuple[Term, ...]]  # "thuong mai quoc te" -> offices
    country_names: dict[str, str]  # ISO code -> English name
    english: dict[str, tuple[tuple[Term, ...], Term | None, str | None]]
    title_offices: dict[str, Term]  # office id -> the title its Vietnamese name starts with
    vietnamese: dict[str, frozenset[str]]  # title id -> folded Vietnamese forms
    name_stoppers: frozenset[str]  # first words of Vietnamese names: "bo", "hoi", "cuc" ...
    portfolio_words: int  # the most words a known portfolio has
    body_words: int  # the most words a body named without "Bộ" has


def _vi_forms(term: Term) -> tuple[str, ...]:
    return (term.vi, *term.vi_variants)


@functools.lru_cache(maxsize=8)
def _title_data(glossary: Glossary) -> _TitleData:
    countries: dict[str, list[str]] = {}
    country_names: dict[str, str] = {}
    for term in glossary:
        if term.kind in COUNTRY_KINDS and term.country:
            countries.setdefault(term.country, []).extend(fold(f) for f in _vi_forms(term))
            # The short name ends the formal one: "Socialist Republic of Viet Nam".
            short = [f for f in term.en_variants if term.en.endswith(" " + f)]
            country_names.setdefault(term.country, min([term.en, *short], key=len))
    without_bo: dict[str, list[Term]] = {}
    by_stem: dict[tuple[str, str], Term] = {}
    portfolios: dict[str, list[Term]] = {}
    for term in glossary:
        if term.kind in BODY_KINDS:
            for form in _vi_forms(term):
                key = fold(form)
                if key.startswith("bo "):
                    without_bo.setdefault(key[3:], []).append(term)
                if term.country:
                    for name in countries.get(term.country, ()):
                        if key.endswith(" " + name):
                            by_stem.setdefault((key[: -len(name) - 1], term.country), term)
        if term.kind in TITLE_KINDS | BODY_KINDS:
            for form in _vi_forms(term):
                key = fold(form)
                if f" {_PORTFOLIO_MARK} " in key:
                    topic = key.split(f" {_PORTFOLIO_MARK} ", 1)[1]
                    portfolios.setdefault(topic, []).append(term)
    vietnamese = {
        t.id: frozenset(fold(f) for f in _vi_forms(t))
        for t in glossary
        if t.kind in TITLE_KINDS | MODIFIER_KINDS
    }
    title_offices: dict[str, Term] = {}
    titles = [t for t in glossary if t.kind in TITLE_KINDS]
    for term in glossary:
        if term.kind in BODY_KINDS:
            keys = [fold(f) for f in _vi_forms(term)]
            if term.en != term.head_en:
                continue  # only an office named after its holder reads as a title
            for title in titles:
                if any(k.startswith(v + " ") for k in keys for v in vietnamese[title.id]):
                    title_offices[term.id] = title
    data = _TitleData(
        {k: tuple(v) for k, v in without_bo.items()},
        by_stem,
        {k: tuple(v) for k, v in portfolios.items()},
        country_names,
        {},
        title_offices,
        vietnamese,
        frozenset(fold(f).split(" ")[0] for t in glossary for f in _vi_forms(t) if fold(f)),
        max((len(topic.split(" ")) for topic in portfolios), default=0),
        max((len(name.split(" ")) for name in without_bo), default=0),
    )
    data.english.update(_english_index(glossary, data))
    return data


def _english_index(
    glossary: Glossary, data: _TitleData
) -> dict[str, tuple[tuple[Term, ...], Term | None, str | None]]:
    """fold(English title) -> (title terms, body, country): what translate_title reverses."""
    index: dict[str, tuple[tuple[Term, ...], Term | None, str | None]] = {}
    titles = [t for t in glossary if t.kind in TITLE_KINDS]
    bodies = [t for t in glossary if t.kind in BODY_KINDS and t.head_en]
    for title in titles:
        countries: list[str | None] = [None, *title.en_by_country]
        for country in countries:
            english = _compose(data, (), (title,), None, None, country, False, None)
            index.setdefault(fold(english), ((title,), None, country))
        for body in bodies:
            english = _compose(data, (), (title,), body, None, body.country, False, None)
            index.setdefault(fold(english), ((title,), body, body.country))
    for topics in data.portfolios.values():
        for office in topics:
            english = _with_country(data, office.en, office.country, False)
            index.setdefault(fold(english), ((office,), None, office.country))
            index.setdefault(fold(office.en), ((office,), None, office.country))
    return index


# --- English ----------------------------------------------------------------------------------


def _the(name: str) -> str:
    return name if name.lower().startswith("the ") else f"the {name}"


def _of_part(head_en: str) -> str | None:
    return head_en.split(" of ", 1)[1] if " of " in head_en else None


def _core(title: Term, body: Term | None, country: str | None) -> str:
    """One title with its body: "Secretary of Commerce", "Deputy Minister of Finance"."""
    base = title.en_for(country)
    if body is None or body.id == title.parent:
        return base
    head = body.head_en
    if head:
        if head == base or head.startswith(base + " of ") or head.startswith(base + " for "):
            return head
        of_part = _of_part(head)
        if of_part:
            return f"{base} of {of_part}"
    return f"{base} of {_the(body.en)}" if body.kind != "company" else f"{base} of {body.en}"


def _with_country(data: _TitleData, english: str, country: str | None, explicit: bool) -> str:
    prefix = COUNTRY_PREFIX.get(country or "")
    if prefix:
        return english if english.startswith(prefix) else f"{prefix} {english}"
    if explicit and country and country not in HOME_COUNTRIES and country in data.country_names:
        return f"{english} of {data.country_names[country]}"
    return english


def _compose(
    data: _TitleData,
    modifiers: Sequence[Term],
    titles: Sequence[Term],
    body: Term | None,
    office: Term | None,
    country: str | None,
    explicit_country: bool,
    posted_to: str | None,
    prefixed: bool = True,
) -> str:
    if office is not None:
        core = office.en
    elif len(titles) > 1 and body is not None:
        names = " and ".join(t.en_for(country) for t in titles)
        core = _core(titles[-1], body, country).replace(titles[-1].en_for(country), names, 1)
    else:
        core = " and ".join(_core(t, body, country) for t in titles)
    # A company or association is not a state's office: no "U.S." before its chairman.
    private = body is not None and body.kind in PRIVATE_KINDS
    shown = country if prefixed and not private else None
    english = _with_country(data, core, shown, explicit_country and body is None)
    if posted_to and posted_to in data.country_names and posted_to != country:
        english += f" to {data.country_names[posted_to]}"
    prefixes = [m.en for m in modifiers if not english.startswith(m.en)]
    return " ".join([*prefixes, english])


# --- reading names ----------------------------------------------------------------------------


def _is_upper_word(word: str) -> bool:
    return word[:1].isupper() and not (len(word.rstrip(".")) > 1 and word.rstrip(".").isupper())


def _read_name(
    text: str,
    position: int,
    term_starts: frozenset[int],
    people: People | None,
    not_first: frozenset[str] = frozenset(),
) -> tuple[int, int] | None:
    """The span of a person's name starting at ``position``, or None.

    A name is 2 to 5 capitalised words joined by single spaces (initials such as "W."
    and particles such as "van" allowed), none of them the start of a glossary term, the
    first not a word that opens a Vietnamese glossary name ("Bộ", "Hội": a body, not a
    person); a single word counts only when it is a known office-holder's name, and a
    capitalised run longer than a name is a heading, not a name.
    """
    words: list[tuple[int, int]] = []
    cursor = position
    too_long = False
    for match in _WORD.finditer(text, position, min(len(text), position + 200)):
        if match.start() != cursor:
            break
        if len(words) == _MAX_NAME_WORDS:
            too_long = _is_upper_word(match.group())  # a heading in Title Case, not a name
            break
        word = match.group()
        start, end = match.span()
        bare = word.rstrip(".")
        particle = bare in _PARTICLES and bool(words)
        if start in term_starts or not (_is_upper_word(word) or particle):
            break
        if fold(bare) in _HONORIFICS and not words:
            break
        initial = len(bare) == 1 and word.endswith(".")
        words.append((start, end if initial else start + len(bare)))
        if word.endswith(".") and not initial:
            break  # a full stop ends the sentence
        cursor = end + 1 if text[end : end + 1] == " " else -1
    while words and text[words[-1][0] : words[-1][1]] in _PARTICLES:
        words.pop()
    if not words:
        return None
    span = (words[0][0], words[-1][1])
    if people is not None and people.find(text[span[0] : span[1]]):
        return span
    first = fold(text[words[0][0] : words[0][1]])
    if len(words) >= 2 and first not in not_first and not too_long:
        return span
    return None


def _read_name_before(
    text: str,
    position: int,
    term_starts: frozenset[int],
    previous_end: int,
    people: People | None,
    not_first: frozenset[str] = frozenset(),
) -> tuple[int, int] | None:
    """A name written just before ``position`` as "Name, title" (an apposition)."""
    if text[max(0, position - 2) : position] != ", ":
        return None
    window_start = max(previous_end, position - 2 - 120)
    window = list(_WORD.finditer(text, window_start, position - 2))
    for first in range(max(0, len(window) - _MAX_NAME_WORDS), len(window)):
        start = window[first].start()
        span = _read_name(text, start, term_starts, people, not_first)
        if span is None or span[1] != position - 2:
            continue
        before = window[first - 1] if first else None
        after_honorific = (
            before is not None
            and fold(before.group()) in _HONORIFICS
            and text[before.end() : start] == " "
        )
        after_title = start == previous_end or text[previous_end:start].strip() == ""
        known = people is not None and people.find(text[span[0] : span[1]]) is not None
        if after_honorific or after_title or known:
            return span
    return None


def _skip_to_name(text: str, position: int) -> int:
    """Where a holder's name may start after a title phrase ending at ``position``.

    Accepts a space; an English gloss in brackets; " - ông " and ", ông "-style
    separators before an honorific. Returns -1 when nothing may follow.
    """
    cursor = position
    if text.startswith(" (", cursor):
        close = text.find(")", cursor, cursor + 200)
        if close < 0:
            return -1
        cursor = close + 1
    match = _NAME_SEPARATOR.match(text, cursor)
    if match is None:
        return -1
    separator = match.group().strip()
    cursor = match.end()
    honorific = _WORD.match(text, cursor)
    if honorific and fold(honorific.group()) in _HONORIFICS and text[honorific.end() :][:1] == " ":
        return honorific.end() + 1
    return cursor if separator == "" else -1


# --- the grammar ------------------------------------------------------------------------------


@attrs.define
class _Phrase:
    start: int
    end: int
    first: int  # index of the first term mention
    last: int  # index after the last term mention
    modifiers: list[Term] = attrs.Factory(list)
    titles: list[Term] = attrs.Factory(list)
    body: Term | None = None
    country: str | None = None
    posted_to: str | None = None
    office: Term | None = None
    portfolio: str | None = None
    person: tuple[int, int] | None = None


def _gap(text: str, start: int, end: int) -> str:
    return text[start:end] if end - start <= 12 else "\x00"


def _body_without_bo(
    text: str, position: int, data: _TitleData
) -> tuple[int, tuple[Term, ...]] | None:
    """ "Bộ trưởng Công Thương": the longest body named without its "Bộ"."""
    if text[position : position + 1] != " ":
        return None
    ends: list[int] = []
    cursor = position + 1
    for match in _WORD.finditer(text, cursor, min(len(text), cursor + 160)):
        gap = text[cursor : match.start()]
        if gap not in ("", " ", ", ", " - ", "-") or len(ends) == _MAX_BODY_WORDS:
            break
        if match.group().endswith("."):
            ends.append(match.end() - 1)
            break
        ends.append(match.end())
        cursor = match.end()
    for end in reversed(ends[: data.body_words]):
        terms = data.bodies_without_bo.get(fold(text[position + 1 : end]))
        if terms:
            return end, terms
    return None


def _read_portfolio(
    text: str, position: int, data: _TitleData, country_starts: frozenset[int]
) -> tuple[int, str, tuple[Term, ...]]:
    """After "phụ trách": the portfolio's end, its text and the offices known for it."""
    limit = min(len(text), position + _MAX_PORTFOLIO_CHARS)
    stop = _PORTFOLIO_STOP.search(text, position, limit)
    limit = stop.start() if stop else limit
    ends: list[int] = []
    for match in _WORD.finditer(text, position, limit):
        if match.start() in country_starts:
            break
        ends.append(match.end())
    known: tuple[int, tuple[Term, ...]] | None = None
    for end in ends[: data.portfolio_words]:
        offices = data.portfolios.get(fold(text[position:end]))
        if offices:
            known = (end, offices)
    if known:
        return known[0], text[position : known[0]], known[1]
    cut = ends[-1] if ends else position
    for index, end in enumerate(ends):  # an unknown portfolio ends before a name
        following = _WORD.match(text, end + 1)
        if index and following and _is_upper_word(following.group()):
            cut = end
            break
    return cut, text[position:cut], ()


def _read_phrase(
    text: str,
    terms: Sequence[TermMention],
    index: int,
    data: _TitleData,
    country_starts: frozenset[int],
) -> _Phrase | None:
    first = index
    modifiers: list[Term] = []
    while index < len(terms) and terms[index].term.kind in MODIFIER_KINDS:
        following = terms[index + 1] if index + 1 < len(terms) else None
        if following is None or _gap(text, terms[index].span[1], following.span[0]) != " ":
            return None
        modifiers.append(terms[index].term)
        index += 1
    if index >= len(terms):
        return None
    head = terms[index]
    written = fold(head.text)
    title = data.title_offices.get(head.term.id)
    if title is not None:  # a whole office: "Thứ trưởng Ngoại giao Hoa Kỳ phụ trách ..."
        if not any(written.startswith(v) for v in data.vietnamese[title.id]):
            return None
    elif head.term.kind in TITLE_KINDS and written in data.vietnamese[head.term.id]:
        title = head.term
    else:
        return None  # English ("Deputy Minister") is read as a term, not as a phrase
    phrase = _Phrase(terms[first].span[0], head.span[1], first, index + 1)
    phrase.modifiers = modifiers
    phrase.titles.append(title)
    if title is not head.term:
        phrase.office = head.term
        phrase.country = head.term.country
    index += 1
    while True:
        nxt = terms[index] if index < len(terms) else None
        gap = _gap(text, phrase.end, nxt.span[0]) if nxt else "\x00"
        kind = nxt.term.kind if nxt else ""
        if nxt and kind in TITLE_KINDS and fold(gap) == "kiem" and phrase.body is None:
            phrase.titles.append(nxt.term)
        elif nxt and kind in MODIFIER_KINDS and gap == " " and phrase.body is None:
            phrase.modifiers.append(nxt.term)
        elif nxt and kind in BODY_KINDS and gap in (" ", " của ") and phrase.body is None:
            phrase.body = _body_for(nxt, phrase.country, data)
        elif nxt and kind in COUNTRY_KINDS and gap == " " and phrase.country is None:
            phrase.country = nxt.term.country
            if phrase.body is not None and phrase.body.country != phrase.country:
                phrase.body = _body_for_country(terms[index - 1], nxt, phrase, data)
        elif nxt and kind in COUNTRY_KINDS and fold(gap) == "tai" and phrase.posted_to is None:
            phrase.posted_to = nxt.term.country
        elif fold(text[phrase.end : phrase.end + 12]).startswith(_PORTFOLIO_MARK + " ") and (
            phrase.portfolio is None
        ):
            window = text[phrase.end : phrase.end + 16]  # " phụ trách " as written
            start = phrase.end + len(window.split("trách", 1)[0]) + len("trách ")
            end, written, offices = _read_portfolio(text, start, data, country_starts)
            if end <= start:
                break
            phrase.portfolio = written
            phrase.office = _office_for(offices, phrase)
            phrase.end = end
            while index < len(terms) and terms[index].span[0] < end:
                index += 1
            continue
        elif phrase.body is None and phrase.office is None and (nxt is None or gap != " "):
            found = _body_without_bo(text, phrase.end, data)
            if found is None:
                found_office = _portfolio_as_body(text, phrase.end, data)
                if found_office is None:
                    break
                phrase.end, phrase.office, phrase.portfolio = found_office
            else:
                phrase.end = found[0]
                phrase.body = found[1][0]
            while index < len(terms) and terms[index].span[0] < phrase.end:
                index += 1
            continue
        else:
            break
        phrase.end = nxt.span[1]
        index += 1
    phrase.last = index
    if phrase.office is not None and phrase.country is None:
        phrase.country = phrase.office.country
    return phrase


def _portfolio_as_body(text: str, position: int, data: _TitleData) -> tuple[int, Term, str] | None:
    """ "Thứ trưởng Bộ Tăng trưởng Kinh tế, ...": a portfolio written as if a ministry."""
    if not text.startswith(" Bộ ", position) or not data.portfolios:
        return None
    start = position + len(" Bộ ")
    end, written, offices = _read_portfolio(text, start, data, frozenset())
    if not offices:
        return None
    return end, offices[0], written


def _body_for(mention: TermMention, country: str | None, data: _TitleData) -> Term:
    if country:
        for term in mention.candidates:
            if term.country == country:
                return term
    return mention.term


def _body_for_country(
    body_mention: TermMention, country_mention: TermMention, phrase: _Phrase, data: _TitleData
) -> Term | None:
    """ "Bộ Thương mại" + "Hoa Kỳ": the body of that country with that name."""
    body = phrase.body
    for term in body_mention.candidates:
        if term.country == phrase.country:
            return term
    if body is not None and phrase.country:
        for form in _vi_forms(body):
            found = data.by_stem.get((fold(form), phrase.country))
            if found:
                return found
    return body


def _office_for(offices: Sequence[Term], phrase: _Phrase) -> Term | None:
    if not offices:
        return None
    for office in offices:
        if phrase.body is not None and office.parent == phrase.body.id:
            return office
    for office in offices:
        if phrase.country and office.country == phrase.country:
            return office
    return offices[0]


def _holder_office_en(
    holder: Person, phrase: _Phrase, on: datetime.date | None
) -> tuple[str, str] | None:
    """The English of the holder's office that fits what the text says, when one does."""
    if len(phrase.titles) != 1 or phrase.office is not None:
        return None
    title = phrase.titles[0]
    fitting = {
        (office.en, office.country)
        for office in holder.offices
        if office.title == title.id
        and (phrase.body is None or office.organization == phrase.body.id)
        and (phrase.country is None or office.country == phrase.country)
        and (on is None or office.held_on(on))
    }
    return fitting.pop() if len(fitting) == 1 else None


def _glossary_given(glossary: object) -> Glossary:
    """``glossary``, or the bundled one for None; a TypeError naming any other type."""
    from vnus.glossary import glossary as bundled
    from vnus.glossary import require_glossary

    return require_glossary(glossary) or bundled()


def find_titles(
    text: str,
    *,
    glossary: Glossary | None = None,
    people: People | None = None,
    on: datetime.date | None = None,
) -> list[TitleMention]:
    """Every official title phrase in ``text``, with its English and holder, in order.

    ``on`` (the date the text was written, when known) picks among a holder's offices.
    ``glossary`` reads with another glossary; ``people`` names the office-holders
    (the bundled ones when neither is given, none with a custom glossary).

    >>> [(t.text, t.en) for t in find_titles("bà Gina Raimondo, Bộ trưởng Bộ Thương mại Hoa Kỳ")]
    [('Gina Raimondo, Bộ trưởng Bộ Thương mại Hoa Kỳ', 'U.S. Secretary of Commerce')]
    """
    from vnus.mentions import find_terms
    from vnus.people import People

    text = require_str(text)
    source = _glossary_given(glossary)
    if people is not None and not isinstance(people, People):
        raise TypeError(f"people must be People or None, not {type(people).__name__}")
    if on is not None and not isinstance(on, datetime.date):
        raise TypeError(f"on must be a datetime.date or None, not {type(on).__name__}")
    if people is None and glossary is None:
        from vnus.people import people as bundled_people

        people = bundled_people()
    data = _title_data(source)
    terms = find_terms(text, glossary=source)
    term_starts_sorted = [m.span[0] for m in terms]
    term_starts = frozenset(term_starts_sorted)
    country_starts = frozenset(m.span[0] for m in terms if m.term.kind in COUNTRY_KINDS)
    found: list[TitleMention] = []
    previous_end = 0
    previous_person: tuple[int, int] | None = None
    index = 0
    while index < len(terms):
        kind = terms[index].term.kind
        if (
            kind not in TITLE_KINDS
            and kind not in MODIFIER_KINDS
            and terms[index].term.id not in data.title_offices
        ):
            index += 1
            continue
        phrase = _read_phrase(text, terms, index, data, country_starts)
        if phrase is None:
            index += 1
            continue
        name_at = _skip_to_name(text, phrase.end)
        name = (
            _read_name(text, name_at, term_starts, people, data.name_stoppers)
            if name_at >= 0
            else None
        )
        start, end = phrase.start, phrase.end
        if name is not None:
            end = name[1]
        elif previous_person is not None and text[previous_person[1] : phrase.start] == ", ":
            name = previous_person  # "Đại sứ Brian Mc Feeters, Chủ tịch ...": the same person
        else:
            name = _read_name_before(
                text, phrase.start, term_starts, previous_end, people, data.name_stoppers
            )
            if name is not None:
                start = name[0]
        while phrase.last < len(terms) and terms[phrase.last].span[0] < end:
            phrase.last += 1
        first = bisect.bisect_left(term_starts_sorted, start)
        inside = tuple(m for m in terms[first : phrase.last] if m.span[1] <= end)
        found.append(_mention(text, start, end, phrase, name, inside, data, people, on))
        previous_end = end
        previous_person = name
        index = phrase.last
    return found


def _mention(
    text: str,
    start: int,
    end: int,
    phrase: _Phrase,
    name: tuple[int, int] | None,
    inside: tuple[TermMention, ...],
    data: _TitleData,
    people: People | None,
    on: datetime.date | None,
) -> TitleMention:
    person = text[name[0] : name[1]] if name else None
    holder = people.find(person) if people is not None and person else None
    # The text's own evidence of the office's country: a country word, the body, the title.
    country = (
        phrase.country or (phrase.body.country if phrase.body else None) or phrase.titles[0].country
    )
    explicit = phrase.country is not None
    prefixed = country is not None
    office = phrase.office
    en: str | None = None
    if holder is not None:
        fitting = _holder_office_en(holder, phrase, on)
        if fitting is not None:
            core, country = fitting[0], country or fitting[1]
            private = phrase.body is not None and phrase.body.kind in PRIVATE_KINDS
            english = _with_country(data, core, None if private else country, False)
            prefixes = [m.en for m in phrase.modifiers if not english.startswith(m.en)]
            en = " ".join([*prefixes, english])
        country = country or holder.country
    if en is None:
        # A holder's country picks the English of the title (Secretary, not Minister) but
        # is not printed as "U.S." unless one of the holder's offices fits the text.
        en = _compose(
            data,
            phrase.modifiers,
            phrase.titles,
            phrase.body,
            office,
            country,
            explicit,
            phrase.posted_to,
            prefixed,
        )
    return TitleMention(
        (start, end),
        text[start:end],
        en,
        person,
        country,
        inside,
        holder,
        phrase.titles[0],
        phrase.body or office,
        phrase.portfolio,
    )


def translate_title(text: str, *, target: str = "en", glossary: Glossary | None = None) -> str:
    """One title phrase in the other language.

    ``target="en"`` reads a Vietnamese phrase as :func:`find_titles` does;
    ``target="vi"`` reverses titles the glossary can compose. Raises
    :class:`~vnus.errors.TermNotFound` when ``text`` is not a title.

    >>> translate_title("Quyền Bộ trưởng Bộ Công Thương")
    'Acting Minister of Industry and Trade'
    >>> translate_title("Minister of Industry and Trade", target="vi")
    'Bộ trưởng Bộ Công Thương'
    """
    text = require_str(text)
    if target not in ("en", "vi"):
        raise ValueError(f"target must be 'en' or 'vi' (got {target!r})")
    source = _glossary_given(glossary)
    phrase = " ".join(text.split())
    if target == "en":
        mentions = find_titles(phrase, glossary=source, people=None)
        if len(mentions) == 1 and mentions[0].span == (0, len(phrase)):
            return mentions[0].en
        raise TermNotFound(text, _suggest(source, text))
    return _to_vietnamese(phrase, source) or _raise(text, source)


def _raise(text: str, glossary: Glossary) -> str:
    raise TermNotFound(text, _suggest(glossary, text))


def _suggest(glossary: Glossary, text: str) -> list[str]:
    return [f"{m.form} ({m.term.id})" for m in glossary.search(text, 3, kind="title")]


def _to_vietnamese(text: str, glossary: Glossary) -> str | None:
    data = _title_data(glossary)
    modifiers = [t for t in glossary if t.kind in MODIFIER_KINDS]
    prefix: list[Term] = []
    rest = text
    found = data.english.get(fold(rest))
    while found is None:  # "Acting ...": peel modifiers until the rest is a known title
        for modifier in modifiers:
            english = next(
                (
                    e
                    for e in (modifier.en, *modifier.en_variants)
                    if fold(rest).startswith(fold(e) + " ")
                ),
                None,
            )
            if english is not None:
                prefix.append(modifier)
                rest = rest[len(english) :].strip()
                break
        else:
            return None
        found = data.english.get(fold(rest))
    titles, body, country = found
    words = [m.vi for m in prefix] + [t.vi for t in titles]
    if body is not None:
        words.append(body.vi)
    elif country and country not in HOME_COUNTRIES and titles[0].kind in TITLE_KINDS:
        words.append(_country_vi(glossary, country))
    return " ".join(w for w in words if w)


def _country_vi(glossary: Glossary, country: str) -> str:
    for term in glossary:
        if term.kind in COUNTRY_KINDS and term.country == country:
            forms: Iterable[str] = (term.vi, *term.vi_variants)
            return min(forms, key=len)
    return ""
