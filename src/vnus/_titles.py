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
import itertools
import re
import unicodedata
from collections.abc import Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

import attrs

from vnus import lexicon
from vnus.errors import TermNotFound, require_str
from vnus.text import compare_key, fold

if TYPE_CHECKING:
    from vnus._terms import TermMention
    from vnus.glossary import Glossary, Term
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
        "committee",
        "bureau",
        "commission",
    }
)
COUNTRY_KINDS = frozenset({"country"})
PLACE_KINDS = frozenset({"country", "region", "city", "province"})
PRIVATE_KINDS = frozenset({"organization", "company"})

# English usage: an American office takes the "U.S." prefix ("U.S. Secretary of State").
COUNTRY_PREFIX = {"US": "U.S."}
# Countries whose offices read without a country in English: the text's own country.
HOME_COUNTRIES = frozenset({"VN"})


_cased = compare_key  # a word compared as written, diacritics kept, case ignored


_HONORIFICS = frozenset(_cased(w) for w in lexicon.table("names", "honorifics"))
_SURNAME_HONORIFICS = frozenset(_cased(w) for w in lexicon.table("names", "surname_honorifics"))
_HONORIFIC_FIRST = frozenset(h.split(" ")[0] for h in _HONORIFICS | _SURNAME_HONORIFICS)
_SURNAMES = frozenset(_cased(w) for w in lexicon.table("names", "surnames"))
_GIVEN = frozenset(_cased(w) for w in lexicon.table("names", "given_name_syllables"))
_PARTICLES = frozenset(lexicon.table("names", "name_particles"))
_SUFFIXES = frozenset(lexicon.table("names", "name_suffixes"))
_FEMALE_HONORIFICS = frozenset(_cased(w) for w in lexicon.table("names", "female_honorifics"))
_FEMALE_MIDDLE = frozenset(_cased(w) for w in lexicon.table("names", "female_middle_names"))
_MAX_NAME_WORDS = 5
_MAX_BODY_WORDS = 12
_MAX_PORTFOLIO_CHARS = 160
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?\.?")
# A word of a name: hyphens join its parts ("Lee Jae-myung", "Pierre-Olivier").
# A name's word: "J.D." (initials written together), "Okonjo-Iweala", "O'Neill", "W."
_SURNAME_ALONE = lexicon.table("names", "surname_alone")
_SURNAME_TITLES = frozenset(_SURNAME_ALONE["titles"])
_SYLLABLE = re.compile(
    "(?:{})?[{}]{{1,3}}(?:{})?".format(
        "|".join(_SURNAME_ALONE["initials"]),
        _SURNAME_ALONE["vowels"],
        "|".join(_SURNAME_ALONE["finals"]),
    ),
    re.IGNORECASE,
)
_NAME_WORD = re.compile(r"(?:[^\W\d_]\.){2,3}|[^\W\d_]+(?:['’-][^\W\d_]+)*\.?")
_PORTFOLIO_MARK = "phu trach"
# Words before a portfolio that add nothing to it: "phụ trách các vấn đề kinh tế" is
# "phụ trách kinh tế" (lexicon titles.toml, portfolio_fillers), longest first.
_PORTFOLIO_FILLERS = tuple(
    sorted((fold(w) for w in lexicon.table("titles", "portfolio_fillers")), key=len, reverse=True)
)
_FILLER_WORDS = max((len(f.split(" ")) for f in _PORTFOLIO_FILLERS), default=0)
_PORTFOLIO_STOP = re.compile(r"[.;:()\[\]\n\"]")
_NAME_SEPARATOR = re.compile(r" ?[-–,] ?| ")  # "Thứ trưởng ... - ông Jose W. Fernandez"
_APPOSITIONS = (", ", " - ", " – ")  # "bà X, Bộ trưởng ...", "ông X - Cục trưởng ..."
_APPOSITION_WORDS = tuple(_cased(w) for w in lexicon.table("titles", "apposition_words"))
# "ông Masato Kanda nhậm chức Chủ tịch ADB": the verbs of taking or holding an office
_OFFICE_VERBS = tuple(
    sorted((_cased(w) for w in lexicon.table("titles", "office_verbs")), key=len, reverse=True)
)
_DESKS: dict[str, str] = dict(lexicon.table("titles", "desks"))
_AGENT_VERBS: dict[str, Any] = lexicon.table("titles", "agent_verbs")
_PASSIVE = _cased(str(_AGENT_VERBS["passive"]))
_AGENT_ENDINGS = tuple(sorted((_cased(v) for v in _AGENT_VERBS["verbs"]), key=len, reverse=True))
_SENTENCE_OPENERS = frozenset('.!?:;"(“\n')  # what may stand before a sentence's first word


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
    name_stoppers: frozenset[str]  # first words of Vietnamese names: "bộ", "hội", "cục" ...
    portfolio_words: int  # the most words a known portfolio has
    body_words: int  # the most words a body named without "Bộ" has
    levels: dict[tuple[str, str], str]  # (title id, body id) -> the title's English there
    generic: dict[str, Term]  # titles of no one country, by id
    parents: dict[str, Term] = attrs.field(factory=dict)  # bodies with committees under them
    children_vi: dict[str, frozenset[str]] = attrs.field(factory=dict)  # their committees
    home_ministries: set[str] = attrs.field(factory=set)  # Viet Nam's ministries, in Vietnamese
    places: dict[str, Term] = attrs.field(factory=dict)  # folded form -> province or city
    posts: set[str] = attrs.field(factory=set)  # English of posts that are their own office
    alternatives: dict[str, list[tuple[tuple[Term, ...], Term | None, str | None]]] = attrs.field(
        factory=dict
    )  # every title and body that writes one English, best first
    lower_modifiers: dict[str, Term] = attrs.field(factory=dict)
    # a one-word modifier the press writes in small letters before a title: "cựu", "quyền"
    formal: dict[str, tuple[str, str]] = attrs.field(factory=dict)
    # other countries' one formal name ("Liên bang Nga", "Russian Federation")
    others_formal: dict[str, tuple[str, str]] = attrs.field(factory=dict)
    # ISO code -> (folded formal Vietnamese name, formal English name), for the countries
    # whose formal name a title may carry: "Cộng hòa xã hội chủ nghĩa Việt Nam"
    first_words: dict[str, frozenset[str]] = attrs.field(factory=dict)
    # "portfolio" / "body": the folded first words of the portfolios and of the bodies
    # named without "Bộ", so that a word no name begins with is passed over at once
    short_countries: dict[str, Term] = attrs.field(factory=dict)
    by_country_en: dict[str, Term] = attrs.field(factory=dict)
    # a country's English as a title prints it ("the United States") -> the country, for
    # reading back a post for several countries
    # a country's one-word name read only right after a title: "Anh" -> the United Kingdom
    heads_of_state: dict[str, Term] = attrs.field(factory=dict)
    # a title written alone before another country -> the title it means there:
    # "Chủ tịch Trung Quốc" is China's President, not a Chairman
    country_forms: dict[str, frozenset[str]] = attrs.field(factory=dict)
    # ISO code -> the folded Vietnamese names of the country ("hoa ky", "my")
    shared: dict[str, dict[str, tuple[Term, ...]]] = attrs.field(factory=dict)
    # the last word(s) of a title's form -> folded names of bodies they begin -> bodies
    # ("ban" of "Trưởng Ban" -> "ban to chuc trung uong" -> the Organisation Commission)


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
    from vnus._terms import _country_names, _with_other_country_names

    country_forms = _country_names(glossary)
    from vnus.glossary import abbr_language

    vietnamese = {  # with the country's other names, as the matcher finds them, and the
        # Vietnamese abbreviations ("ĐBQH": Đại biểu Quốc hội)
        t.id: frozenset(
            fold(f)
            for f in (
                *_vi_forms(t),
                *_with_other_country_names(_vi_forms(t), country_forms),
                *(a for a in t.abbr if abbr_language(t, a) == "vi"),
            )
        )
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
        frozenset(_cased(f.split()[0]) for t in glossary for f in _vi_forms(t) if f.split()),
        max((len(topic.split(" ")) for topic in portfolios), default=0),
        max((len(name.split(" ")) for name in without_bo), default=0),
        _levels(glossary),
        {t.id: t for t in titles if t.country is None},
        country_forms={k: frozenset(v) for k, v in countries.items()},
    )
    suffixes = {
        " ".join(words[-n:])
        for t in titles
        for f in data.vietnamese[t.id]
        if len(words := f.split(" ")) > 1
        for n in (1, 2)
        if n < len(words)
    }
    for term in glossary:
        if term.kind in BODY_KINDS:
            for key in {fold(f) for f in _vi_forms(term)}:
                words = key.split(" ")
                for n in (1, 2):
                    suffix = " ".join(words[:n])
                    if len(words) > n and suffix in suffixes:
                        names = data.shared.setdefault(suffix, {})
                        names[key] = (*names.get(key, ()), term)
    for term in glossary:
        if (
            term.kind in COUNTRY_KINDS
            and term.country not in HOME_COUNTRIES
            and len(term.vi_variants) == len(term.en_variants) == 1
            and " " in term.vi_variants[0]
            and " " in term.en_variants[0]
        ):
            # another country's one formal name in each language: "Liên bang Nga", the
            # Russian Federation; "Cộng hòa Nhân dân Trung Hoa", the People's Republic of China
            data.others_formal[term.country or ""] = (term.vi_variants[0], term.en_variants[0])
        if term.kind in COUNTRY_KINDS and term.country in HOME_COUNTRIES:
            short_name = country_names.get(term.country or "", term.en)
            formal_en = [f for f in (term.en, *term.en_variants) if f.endswith(" of " + short_name)]
            bare = [
                fold(f) for f in _vi_forms(term) if not _cased(f).startswith(_COUNTRY_WORD + " ")
            ]
            formal_vi = max(bare or [fold(term.vi)], key=len)  # "nước" before it or not
            if formal_en and len(formal_vi.split(" ")) > 3:
                data.formal[term.country or ""] = (formal_vi, formal_en[0])
    by_id = {t.id: t for t in glossary}
    earlier_ministries: dict[str, list[Term]] = {}
    for term in glossary:
        for successor in term.successors if term.kind == "ministry" else ():
            earlier_ministries.setdefault(successor, []).append(term)
    for term in glossary:
        parent = by_id.get(term.parent or "")
        within = term.kind in _WITHIN_KINDS and parent is not None and parent.kind in BODY_KINDS
        # a ministry's own departments read back with it: "... of the Ministry of Industry
        # and Trade" after "Director General of the Agency of Foreign Trade"
        unit = (  # ... and a directorate's: "... of the General Department of Vietnam Customs"
            term.kind in _UNIT_KINDS and parent is not None and parent.kind in _UNIT_PARENT_KINDS
        )
        if parent is not None and (within or unit):
            data.parents[parent.id] = parent
            known = data.children_vi.get(parent.id, frozenset())
            data.children_vi[parent.id] = known | {term.vi}
            for earlier in earlier_ministries.get(parent.id, ()) if unit else ():
                # ... and with the ministry it belonged to before the 2025 restructuring
                data.parents[earlier.id] = earlier
                known = data.children_vi.get(earlier.id, frozenset())
                data.children_vi[earlier.id] = known | {term.vi}
    data.first_words["portfolio"] = frozenset(
        {k.split(" ", 1)[0] for k in data.portfolios}
        | {f.split(" ", 1)[0] for f in _PORTFOLIO_FILLERS}
    )
    data.first_words["body"] = frozenset(k.split(" ", 1)[0] for k in data.bodies_without_bo)
    for alone, head_id in _HEADS_OF_STATE.items():
        if alone in by_id and head_id in by_id:
            data.heads_of_state[alone] = by_id[head_id]
    for term in glossary:
        if term.kind in COUNTRY_KINDS and term.country in data.country_names:
            data.by_country_en.setdefault(country_en(data.country_names[term.country]), term)
    for word, code in _GRAMMAR["title_countries"]["names"].items():
        country = next((t for t in glossary if t.kind in COUNTRY_KINDS and t.country == code), None)
        if country is not None:
            data.short_countries[word] = country
    for word, ident in _SMALL_MODIFIERS.items():
        modifier = next((t for t in glossary if t.id == ident), None)
        if modifier is not None and modifier.kind in MODIFIER_KINDS:
            data.lower_modifiers[word] = modifier
    boards = frozenset(t.vi for t in glossary if t.id in _BOARDS)
    for term in glossary:  # a board reads back with any company
        if boards and term.kind in _BOARD_PARENTS:
            data.parents[term.id] = term
            data.children_vi[term.id] = data.children_vi.get(term.id, frozenset()) | boards
    generic = frozenset(t.vi for t in glossary if _is_generic_unit(t))
    for term in glossary:  # a unit every ministry has reads back with any of them
        if generic and term.kind == "ministry" and term.country == "VN":
            data.parents[term.id] = term
            data.children_vi[term.id] = data.children_vi.get(term.id, frozenset()) | generic
    data.posts.update(t.en for t in glossary if t.kind == "office" and t.head_en == t.en)
    for term in glossary:
        if term.kind in PLACE_KINDS - COUNTRY_KINDS:
            for form in _vi_forms(term):
                data.places.setdefault(fold(form), term)
    data.home_ministries.update(
        t.vi for t in glossary if t.kind == "ministry" and t.country in HOME_COUNTRIES
    )
    return data  # data.english is filled on the first English -> Vietnamese lookup


def _affinity(data: _TitleData, title: Term, body: Term) -> tuple[int, int, int]:
    """How surely ``title`` is the one a text means with ``body``, smallest first: the
    title whose own English begins the body's head ("Bí thư", Secretary, of a Party
    committee whose head is its Secretary; "Tổng Lãnh sự" of a consulate general), the
    head named after the body ("Vụ trưởng" of a "Vụ ..."), then the body's heads in the
    order the lexicon lists them (a chamber's Chủ tịch before its Giám đốc)."""
    if (title.id, body.id) in data.levels:
        return 0, 0 if _fits_body(title, body) else 1, 0  # the lexicon names it with the body
    if body.head is not None:  # the glossary names the body's head
        return (0, 0, 0) if title.id == body.head else (2, 1, 1)
    head = (body.head_en or "").removeprefix(COUNTRY_PREFIX.get(body.country or "", "") + " ")
    begins = 1
    may_head = title.id in _HEADS.get(body.kind, ()) or _fits_body(title, body)
    for own in (title.en_for(body.country), *title.en_variants) if may_head else ():
        if head == own or head.startswith((own + " of ", own + " in ", own + " for ")):
            begins = 0
    named = 0 if _fits_body(title, body) else 1
    heads = _HEAD_ORDER.get(body.kind, {})

    return begins, named, heads.get(title.id, len(heads) + 1)


def _fits_body(title: Term, body: Term) -> bool:
    """Whether the title is named after the body's kind: "Vụ trưởng", "Vụ phó" of a
    "Vụ ...", "Tổng cục trưởng" of a "Tổng cục ..."."""
    first = _cased(body.vi.split(" ", 1)[0])
    return any(_cased(form).startswith(first + " ") for form in _vi_forms(title))


def _levels(glossary: Glossary) -> dict[tuple[str, str], str]:
    """Where a title's English depends on the body's level (lexicon titles.toml ``level``):
    a Cục trưởng inside a Tổng cục is a Director, the Giám đốc of a Học viện its President."""
    by_id = {t.id: t for t in glossary}
    levels: dict[tuple[str, str], str] = {}
    for rule in _GRAMMAR["level"]:
        for body in glossary:
            if body.kind not in BODY_KINDS:
                continue
            parent = by_id.get(body.parent or "")
            if "parent_starts" in rule:
                fits = parent is not None and _cased(parent.vi).startswith(
                    _cased(rule["parent_starts"]) + " "
                )
            else:
                fits = _cased(body.vi).startswith(_cased(rule["body_starts"]) + " ")
            if fits:
                levels[str(rule["title"]), body.id] = str(rule["en"])
    return levels


def _english_index(
    glossary: Glossary, data: _TitleData
) -> dict[str, tuple[tuple[Term, ...], Term | None, str | None]]:
    """fold(English title) -> (title terms, body, country): what translate_title reverses."""
    index: dict[str, tuple[tuple[Term, ...], Term | None, str | None]] = {}
    # Only a title its Vietnamese names first: "Thứ trưởng" reads as a Deputy Minister
    # (an Under Secretary in the U.S.), so a Deputy Secretary cannot read back through it.
    titles = [
        t for t in glossary if t.kind in TITLE_KINDS and glossary.lookup_all(t.vi)[:1] == (t,)
    ]
    bodies = [t for t in glossary if t.kind in BODY_KINDS]
    by_id = {t.id: t for t in glossary}
    for title in titles:
        countries: list[str | None] = [title.country, *title.en_by_country]
        for country in countries:
            english = _compose(data, (), (title,), None, None, country, False, None)
            index.setdefault(_en_key(english), ((title,), None, country))
        for country in data.country_names:  # "Prime Minister of Japan", "U.S. Senator"
            if title.country and title.country != country:
                if country in title.en_by_country:  # "President of Laos": its Chủ tịch nước
                    english = _compose(data, (), (title,), None, None, country, True, None)
                    index[_en_key(english)] = ((title,), None, country)
                continue  # Viet Nam's "Chủ tịch nước" is no other country's President
            english = _compose(data, (), (title,), None, None, country, True, None)
            index.setdefault(_en_key(english), ((title,), None, country))
    for title in titles:  # a title's other English: "Inspector-General", "UN Resident Coordinator"
        # ... and its own as the glossary writes it, which a suggestion may offer: "United
        # States Trade Representative", a country's "Defense Attaché"
        for variant in (title.en, *title.en_by_country.values(), *title.en_variants):
            index.setdefault(_en_key(variant), ((title,), None, title.country))
            if title.country in COUNTRY_PREFIX:
                prefixed = _with_country(data, variant, title.country, False)
                index.setdefault(_en_key(prefixed), ((title,), None, title.country))
    # A bare title first ("Chairman" is not AmCham's chairman); then, where two titles give
    # one English with a body, the one that heads it: "Director General of the Trade
    # Remedies Authority" reads back as its Cục trưởng, not as a Tổng cục trưởng.
    pairs = sorted(
        (
            (_affinity(data, title, body), n, title, body)
            for n, (title, body) in enumerate((t, b) for t in titles for b in bodies)
            if (not title.country or title.country == body.country)  # no U.S. head of a VN body
            and body.kind in _HEADS_ONLY.get(title.id, (body.kind,))  # no Tổng Bí thư of VASEP
        ),
        key=lambda pair: pair[:2],
    )
    for _, _, title, body in pairs:
        english = _compose(data, (), (title,), body, None, body.country, False, None)
        index.setdefault(_en_key(english), ((title,), body, body.country))
        bare = _compose(data, (), (title,), body, None, body.country, False, None, False)
        index.setdefault(_en_key(bare), ((title,), body, body.country))  # no "U.S." before it
        for key in {_en_key(english), _en_key(bare)}:
            data.alternatives.setdefault(key, []).append(((title,), body, body.country))
    for affinity, _, title, body in pairs:  # a body's head read back by its other names too:
        heads = title.id == body.head or title.id in _HEADS.get(body.kind, ())
        # "Head of the Party Central Committee's Organisation Commission"
        if affinity[0] == 0 or heads:
            for variant in body.en_variants:
                head_en = body.head_en
                if head_en and body.en in head_en:
                    head_en = head_en.replace(body.en, variant)
                named = attrs.evolve(body, en=variant, head_en=head_en)
                english = _compose(data, (), (title,), named, None, body.country, False, None)
                index.setdefault(_en_key(english), ((title,), body, body.country))
        if heads or affinity[0] == 0:  # "Director-General of the WTO", "President of VCCI"
            for written in (*body.abbr, *body.en_variants):
                if written.startswith(tuple(f"{p} " for p in COUNTRY_PREFIX.values())):
                    continue  # "U.S. Federal Reserve": no Vietnamese text writes it so
                named = _as_written(body, written)
                # not the name respelled ("Vietnam Fatherland Front"): the body itself
                if named is not body and _en_key(written) != _en_key(body.en):
                    english = _compose(data, (), (title,), named, None, body.country, False, None)
                    index.setdefault(_en_key(english), ((title,), named, body.country))
    for place in glossary:  # "Governor of California": a state's own head
        head = by_id.get(place.head or "") if place.kind in PLACE_KINDS else None
        if head is not None and place.head_en:
            index.setdefault(_en_key(place.head_en), ((head,), place, place.country))
        for title_id in _PLACE_HEADS.get(place.kind, ()):  # "Mayor of Chicago"
            place_head = by_id.get(title_id)
            if place_head is not None:
                english = _core(place_head, place, place.country, data.levels)
                index.setdefault(_en_key(english), ((place_head,), place, place.country))
    for topics in data.portfolios.values():  # a post with its portfolio is itself
        for office in topics:
            for written in (office.en, *office.en_variants):  # the State Department's newer style
                english = _with_country(data, written, office.country, False)
                index.setdefault(_en_key(english), ((office,), None, office.country))
                index.setdefault(_en_key(written), ((office,), None, office.country))
    return index


# --- English ----------------------------------------------------------------------------------


def _the(name: str) -> str:
    return name if name.lower().startswith("the ") else f"the {name}"


def _company_name(name: str) -> str:
    """A company's English name as it follows "of": a name of its own as it is ("Vietnam
    Electricity", "Vingroup"); a name made of common nouns, as a state group's is, with
    "the" (lexicon ``the_company_words``: "the Vietnam National Industry - Energy Group")."""
    return _the(name) if _THE_COMPANY_WORDS.intersection(name.split(" ")) else name


_GRAMMAR = lexicon.load("titles")
_THE_COUNTRIES = frozenset(_GRAMMAR["the_countries"])
_THE_COMPANY_WORDS = frozenset(_GRAMMAR["the_company_words"])
_VICE = str(_GRAMMAR["vice_form"])
_VICE_HEADS = frozenset(_GRAMMAR["vice_heads"])
_HEADS: dict[str, frozenset[str]] = {k: frozenset(v) for k, v in _GRAMMAR["heads"].items()}
_HEAD_ORDER = {k: {t: n for n, t in enumerate(v, 1)} for k, v in _GRAMMAR["heads"].items()}
_UNPREFIXED_TITLES = frozenset(_GRAMMAR["unprefixed_titles"])
_UNPREFIXED_KINDS = frozenset(_GRAMMAR["unprefixed_kinds"])
_NOT_AFTER = tuple(sorted((_cased(w) for w in _GRAMMAR["not_after"]), key=len, reverse=True))
# What may stand between two titles of one meeting's name: the rest of the first one's
# body (a few words, no punctuation) and "và": "Hội nghị Thống đốc Ngân hàng Trung ương
# và Bộ trưởng Tài chính ASEAN".
_MEETING_GAP = re.compile(
    r"(?: [^\W\d_]+){0,6} (?:" + "|".join(re.escape(w) for w in _GRAMMAR["meeting_and"]) + ") ",
    re.IGNORECASE,
)
_FIELD_TITLES = frozenset(_GRAMMAR["field_titles"])
_FIELD_KINDS = frozenset(_GRAMMAR["field_kinds"])
_WITHIN_KINDS = frozenset(_GRAMMAR["within_kinds"])
_JOINERS = frozenset(_cased(w) for w in _GRAMMAR["joiners"])
_NOT_BEFORE = tuple(_cased(w) for w in _GRAMMAR["not_before"])
_NOT_AFTER_BETWEEN = tuple(_cased(w) for w in _GRAMMAR["not_after_between"])
_BOARDS = frozenset(_GRAMMAR["boards"])
_BOARD_PARENTS = frozenset(_GRAMMAR["board_parents"])
# What joins one person's titles written one after another: "Phó Thủ tướng, Bộ trưởng ..."
_RUN_JOINERS = frozenset([", ", *(f" {_cased(w)} " for w in _GRAMMAR["joiners"])])
_COMPANY_WORDS = tuple(_cased(w) for w in _GRAMMAR["company_words"])
_POSSESSIVE_PARENTS = frozenset(_GRAMMAR["possessive_parents"])
_RANK_MODIFIERS = frozenset(_GRAMMAR["rank_modifiers"])
_COMPANY_TITLES = frozenset(_GRAMMAR["company_titles"])
_NEEDS_BODY = frozenset(_GRAMMAR["needs_body"])
_HEADS_OF_STATE: dict[str, str] = dict(_GRAMMAR["heads_of_state"])
_BODY_PREFIXED_TITLES = frozenset(_GRAMMAR["body_prefixed_titles"])
_WRITTEN_NAME_KINDS = frozenset(_GRAMMAR["written_name_kinds"])
_NOT_WRITTEN_IN_ENGLISH = frozenset(_GRAMMAR["not_written_in_english"])
_LATIN_NAMES: tuple[str, str] = (
    _GRAMMAR["latin_name_country"][0],
    _GRAMMAR["latin_name_country"][1],
)
_FROM_PLACE = _GRAMMAR["from_place"]
_FROM_PLACE_TITLES = frozenset(_FROM_PLACE["titles"])
_FROM_PLACE_KINDS = frozenset(_FROM_PLACE["kinds"])
_FROM_WORD = str(_FROM_PLACE["word"])
_ACCREDITED = _GRAMMAR["accredited"]
_ACCREDITED_WORDS = frozenset(f" {_cased(w)} " for w in _ACCREDITED["words"])
_ACCREDITED_TITLES = frozenset(_ACCREDITED["titles"])
_ACCREDITED_KINDS = frozenset(_ACCREDITED["kinds"])
_THE_ABBREVIATIONS = frozenset(_GRAMMAR["the_abbreviations"])
_COMPANY_LIKE = frozenset({"organization", "company"})  # named as written, read as a firm
_PLACE_HEADS: dict[str, frozenset[str]] = {
    k: frozenset(v) for k, v in _GRAMMAR["place_heads"].items()
}
# A company's own name in Latin letters: "Vingroup", "Boeing", "Vietcombank", "3M".
_COMPANY_NAME = re.compile(r"[A-Z0-9][A-Za-z0-9&]{1,30}")
_SMALL_MODIFIERS = {_cased(w): str(i) for w, i in _GRAMMAR["small_modifiers"].items()}
_POSTED_IN = frozenset(_GRAMMAR["posted_in"])
_BODY_FIRST: dict[str, str] = dict(_GRAMMAR["body_first"])


def country_en(name: str) -> str:
    """A country's English name as a title prints it: "the United States", "Japan"."""
    return _the(name) if name in _THE_COUNTRIES else name


@attrs.frozen
class _Place:
    """Where a post is: a country ("to the United States") or a city ("in Ho Chi Minh
    City"), in English and as written in Vietnamese."""

    en: str
    vi: str
    country: str | None  # ISO code when the place is a country
    is_country: bool
    accredited: bool = False  # an organization a mission is accredited to ("to ASEAN")
    word: str | None = None  # the English word before it when not "to"/"in" ("from Alaska")
    listed: tuple[str, ...] = ()  # a post for several countries: their English names


def _of_part(head_en: str) -> str | None:
    """What a head's English is the head of, with its word: "of Finance" of "Minister of
    Finance", "for Trade and Industry of Singapore" of Singapore's "Minister for ..."."""
    cuts = [(head_en.find(w), w) for w in (" of ", " for ") if w in head_en]
    if not cuts:
        return None
    at, word = min(cuts)
    return word.strip() + " " + head_en[at + len(word) :]


def _head_office(head_en: str) -> str:
    """The office of a head's English, before what it heads: "President and CEO" of
    "President and CEO of the US-ASEAN Business Council", "Minister" of "Minister for
    Trade and Industry of Singapore" (the portfolio's "and" is no second office)."""
    part = _of_part(head_en)
    return head_en[: len(head_en) - len(part) - 1] if part else head_en


def _two_offices(head: str) -> bool:
    """Whether a body's head English is two offices held together ("Minister and
    Chairman of the Office of the Government"): lexicon ``two_office_heads``."""
    return any(head.startswith((lead + " and ", lead + ", ")) for lead in _TWO_OFFICE_LEADS)


_TWO_OFFICE_LEADS = tuple(str(lead) for lead in _GRAMMAR["two_office_heads"])


def _core(
    title: Term, body: Term | None, country: str | None, levels: Mapping[tuple[str, str], str]
) -> str:
    """One title with its body: "Secretary of Commerce", "Deputy Minister of Finance"."""
    base = title.en_for(country)
    if body is None or body.id == title.parent:
        return base
    base = levels.get((title.id, body.id), base)  # "Cục trưởng" inside a Tổng cục: Director
    head = body.head_en
    if head and _two_offices(head):
        head = None  # "Minister and Chairman of ...": two titles' head, not one title's
    if head:
        if title.id == body.head:
            return head  # the glossary names this title as the body's head
        if head == base or head.startswith(base + " of ") or head.startswith(base + " for "):
            return head
        if body.head is None and title.id in _HEADS.get(body.kind, ()):
            return head  # "Bộ trưởng Bộ Tư pháp Hoa Kỳ": the Attorney General
        of_part = _of_part(head)
        if of_part and title.id in _FIELD_TITLES and body.kind in _FIELD_KINDS:
            return f"{base} {of_part}"
    if body.kind == "company":  # "Chairman of Vingroup"; "of the Vietnam National ... Group"
        return f"{base} of {_company_name(body.en)}"
    if body.kind in PLACE_KINDS or body.en == body.vi:
        # "Mayor of New York City", "Administrator of USAID"
        return f"{base} of {body.en}"
    stem, of, own = base.rpartition(" of ")
    if of and body.en.startswith(own + " of "):
        return f"{stem} of the {body.en}"  # "Chief of Office" + its Office: said once
    return f"{base} of {_the(body.en)}"


def _with_country(data: _TitleData, english: str, country: str | None, explicit: bool) -> str:
    """The one place a country enters a title's English: "U.S. ..." before an American
    office (never twice: "United States Trade Representative" becomes "U.S. Trade
    Representative"), "... of Japan" after another country's when the text names it."""
    prefix = COUNTRY_PREFIX.get(country or "")
    if prefix:
        if english.startswith(prefix + " ") or f" {prefix} " in f" {english} ":
            return english
        name = data.country_names.get(country or "")
        if name and english.startswith(name + " "):
            return f"{prefix} {english[len(name) + 1 :]}"
        if name and f" {name}" in english:
            return english  # "President of the United States" names its country already
        return f"{prefix} {english}"
    if explicit and country and country in data.country_names:
        name = data.country_names[country]
        if country in HOME_COUNTRIES or name in english:
            return english
        return f"{english} of {country_en(name)}"
    return english


def _modifier_en(modifier: Term, english: str) -> str:
    """ "Deputy", or "Vice" before a president or chairman (Circular tables 1 and 5)."""
    first = english.split(" ", 1)[0]
    if first in _VICE_HEADS and _VICE in modifier.en_variants:
        return _VICE
    return modifier.en


def _compose(
    data: _TitleData,
    modifiers: Sequence[Term],
    titles: Sequence[Term],
    body: Term | None,
    office: Term | None,
    country: str | None,
    explicit_country: bool,
    posted_to: _Place | None,
    prefixed: bool = True,
) -> str:
    # "Ủy viên Bộ Chính trị, Đại tướng, Bộ trưởng Bộ Công an": a rank among offices is
    # the holder's rank, no office of its own
    titles = [t for t in titles if not t.id.startswith(_RANK_IDS)] or titles
    if office is not None:
        core = office.en
    elif len(titles) > 1 and body is not None:
        head = body.head_en or ""
        if _two_offices(head) and head.startswith(titles[0].en_for(country)):
            core = head  # "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ": the body's own form
        elif len(titles) == 2 and " and " in _head_office(head):
            # "Chủ tịch kiêm Giám đốc điều hành Hội đồng Kinh doanh Hoa Kỳ - ASEAN": the two
            # offices its head holds, as the body writes them ("President and CEO of ...")
            core = head
        else:
            # the last title's English as its body has it ("General Secretary" of an
            # association), the others' as they are
            last_en = data.levels.get((titles[-1].id, body.id), titles[-1].en_for(country))
            last = _core(titles[-1], body, country, data.levels)
            if last_en not in last:  # the body names its head otherwise: "CEO of Nvidia"
                last_en = last.split(" of ", 1)[0]
            names = " and ".join([*(t.en_for(country) for t in titles[:-1]), last_en])
            core = last.replace(last_en, names, 1)
    else:
        core = " and ".join(_core(t, body, country, data.levels) for t in titles)
    # A company or association is not a state's office: no "U.S." before its chairman;
    # nor is a title whose English names its institution ("Speaker of the House").
    unprefixed = (
        any(t.id in _UNPREFIXED_TITLES for t in titles)
        or (
            body is not None
            and body.kind in PRIVATE_KINDS | _UNPREFIXED_KINDS
            and core not in data.posts  # a post is its own office, wherever it is named
        )
        # ... nor a body named by its abbreviation, written as the text writes it:
        # "Director of the FBI"
        or (body is not None and body.vi.isascii() and body.en.removeprefix("the ") == body.vi)
    )
    shown = country if prefixed and not unprefixed else None
    prefix_word = COUNTRY_PREFIX.get(shown or "")
    if (
        prefix_word
        and body is not None
        and office is None
        and len(titles) == 1
        and (titles[0].id in _BODY_PREFIXED_TITLES or titles[0].id not in _FIELD_TITLES)
        and core.startswith(f"{titles[0].en_for(country)} of the ")
        and f" {prefix_word} " not in f" {core} "
        and data.country_names.get(country or "", "\0") not in core
    ):
        # "Spokesperson of the U.S. Department of State", "Director of the U.S. Federal
        # Bureau of Investigation": the country names the body the holder speaks or works
        # for, not the title; a minister's field title keeps it ("U.S. Secretary of ...")
        core = core.replace(" of the ", f" of the {prefix_word} ", 1)
        shown = None
    desk = _DESKS.get(titles[0].id) if len(titles) == 1 and office is None else None
    name = data.country_names.get(country or "")
    if desk and name and explicit_country and body is None and posted_to is None:
        # "Trưởng phòng Hoa Kỳ": a division named for the country it deals with
        core, shown, explicit_country = desk.replace("{country}", name), None, False
    # A post abroad names the sending country too: "Ambassador of Viet Nam to Japan".
    named = (explicit_country and body is None) or posted_to is not None
    english = _with_country(data, core, shown, named and body is None)
    prefix = COUNTRY_PREFIX.get(country or "")
    name = data.country_names.get(country or "")
    named_in_office = bool(prefix and name and english.startswith(f"{name} "))
    if named_in_office and name:  # never "United States Trade ..."
        english = f"{prefix} {english[len(name) + 1 :]}"
    if posted_to is not None and posted_to.country == country and country in HOME_COUNTRIES:
        posted_to = None
    abroad = posted_to is not None and posted_to.word != _FROM_WORD  # not "from" a province
    if abroad and country in HOME_COUNTRIES and body is None:
        name = data.country_names.get(country or "")
        if name and name not in english:
            english += f" of {country_en(name)}"
    lead = ""  # an organisation written before its post and the post's modifiers
    if posted_to is not None and (
        posted_to.word or posted_to.country != country or posted_to.country is None
    ):
        staff = any(t.id in _POSTED_IN for t in titles) or (  # posted in, not accredited to
            # a company's office, or a mission, is in a country: "the U.S. Embassy in Viet Nam"
            body is not None and body.kind in ("company", "office")
        )
        word = "to" if (posted_to.is_country or posted_to.accredited) and not staff else "in"
        word = posted_to.word or word
        first = titles[0].id if len(titles) == 1 and office is None else ""
        if first in _BODY_FIRST and body is not None and body.kind == "organization":
            # "World Bank Country Director for Viet Nam": the organisation names the post
            lead = body.en.removeprefix("the ")
            english = titles[0].en_for(country)
            word = _BODY_FIRST[first]
        english += f" {word} {country_en(posted_to.en) if posted_to.is_country else posted_to.en}"
    prefixes = [_modifier_en(m, english) for m in modifiers]
    prefixes = [p for p in prefixes if not english.startswith(p + " ")]
    country_word = COUNTRY_PREFIX.get(country or "")
    own_name = (data.country_names.get(country or "", "\0"), country_word or "\0")
    if (
        len(prefixes) == 1
        and prefixes[0] in _RANK_MODIFIERS
        and country_word
        and english.startswith(country_word + " ")
        # ... not in an office whose name holds it: "Deputy U.S. Trade Representative"
        and not named_in_office
        and not any(t.en.startswith(own_name) for t in titles)
    ):
        # "U.S. Deputy Secretary of State": the country names the office, the modifier
        # the rank within it
        lead = " ".join(filter(None, [lead, country_word]))
        english = english[len(country_word) + 1 :]
    return " ".join([*filter(None, [lead]), *prefixes, english])


# --- reading names ----------------------------------------------------------------------------


def _is_upper_word(word: str) -> bool:
    return word[:1].isupper() and not (len(word.rstrip(".")) > 1 and word.rstrip(".").isupper())


def _is_initials(word: str) -> bool:
    """ "JD", "J.", "W.": capitals that stand for given names."""
    bare = word.replace(".", "")
    return 0 < len(bare) <= 2 and bare.isupper() and bare.isalpha()


def _dangles(word: str) -> bool:
    return word in _PARTICLES or (_is_initials(word) and not word.endswith("."))


@attrs.frozen
class _Terms:
    """Where the glossary terms of a text start, for the name reader."""

    starts: frozenset[int]
    words: dict[int, tuple[str, ...]]  # the words of the term at each start ("Hòa", "Bình")


def _honorific_ending(text: str, position: int) -> int | None:
    """Where an honorific ("ông", "đồng chí") written just before ``position`` starts."""
    for honorific in _honorifics_before(text, position):
        start = position - len(honorific) - 1
        if start < 0 or text[position - 1 : position] != " ":
            continue
        if _cased(text[start : position - 1]) == honorific and (
            start == 0 or not text[start - 1].isalnum()
        ):
            return start
    return None


def _honorifics_before(text: str, position: int) -> frozenset[str]:
    """The honorifics that may stand before a name at ``position``: "anh", "chị" only
    before a surname (lexicon names.toml ``surname_honorifics``)."""
    word = _WORD.match(text, position)
    if word is not None and _cased(word.group()) in _SURNAMES:
        return _HONORIFICS | _SURNAME_HONORIFICS
    return _HONORIFICS


def _honorific_at(text: str, position: int) -> int | None:
    """Where the name starts after an honorific written at ``position``, if one is."""
    match = _WORD.match(text, position)
    if match is None or _cased(match.group()) not in _HONORIFIC_FIRST:
        return None
    for honorific in _HONORIFICS | _SURNAME_HONORIFICS:
        end = position + len(honorific)
        if honorific in _SURNAME_HONORIFICS and _honorifics_before(text, end + 1) == _HONORIFICS:
            continue
        if _cased(text[position:end]) == honorific and text[end : end + 1] == " ":
            return end + 1
    return None


# Letters only Vietnamese writes (lexicon names.toml ``vietnamese_only``: "ờ", "ă", "ạ",
# "ả", "đ"): a name with one is a Vietnamese name, which starts with a surname. The
# precomposed letters that carry those marks, found once from Unicode's decompositions.
_VIETNAMESE_ONLY = lexicon.table("names", "vietnamese_only")
_VIETNAMESE_MARK = re.compile(
    "["
    + "".join(
        sorted(
            {
                chr(c)
                for c in range(0xC0, 0x1EFA)
                if chr(c).isalpha()
                and (
                    set(unicodedata.normalize("NFD", chr(c))) & set(_VIETNAMESE_ONLY["marks"])
                    or chr(c).lower() in _VIETNAMESE_ONLY["letters"]
                )
            }
        )
    )
    + "]"
)


def _read_name(
    text: str,
    position: int,
    terms: _Terms,
    people: People | None,
    not_first: frozenset[str] = frozenset(),
    surname_alone: bool = False,
) -> tuple[int, int] | None:
    """The span of a person's name starting at ``position``, or None.

    A name is 2 to 5 capitalised words joined by single spaces (initials such as "W."
    or "JD", particles such as "van", hyphenated parts such as "Jae-myung" allowed), none
    of them the start of a glossary term, the first not a word that opens a Vietnamese
    glossary name ("Bộ", "Hội": a body, not a person) unless it is a Vietnamese surname
    (compared with its diacritics: "Tô" opens a name, "Tổ" a body); a single word counts
    only when it is a known office-holder's name or, with ``surname_alone`` (after a
    title of state or minister), a foreign surname ("Tổng thống Macron"), and a
    capitalised run longer than a name is a heading, not a name. In a name that starts
    with a surname, given-name syllables stay in the name even where they are also a term
    ("Trần Thị Nga", "Nguyễn Hòa Bình": Russia, a province).
    """
    words: list[tuple[int, int]] = []
    cursor = position
    too_long = False
    surname = False
    for match in _NAME_WORD.finditer(text, position, min(len(text), position + 200)):
        if match.start() != cursor:
            break
        word = match.group()
        if len(words) == _MAX_NAME_WORDS:
            too_long = _is_upper_word(word)  # a heading in Title Case, not a name
            break
        start, end = match.span()
        bare = word.rstrip(".")
        particle = bare in _PARTICLES and bool(words)
        given = surname and all(_cased(w) in _GIVEN for w in terms.words.get(start, ("",)))
        if start in terms.starts and not given:
            break
        if not (_is_upper_word(word) or particle or _is_initials(word)):
            break
        if not words and _honorific_at(text, start) is not None:
            break
        if not words:
            surname = _cased(bare) in _SURNAMES
        if words and word in _SUFFIXES:  # "Ferdinand Marcos Jr.": the period is the name's
            words.append((start, end))
            break
        initial = word.endswith(".") and _is_initials(word)
        words.append((start, end if initial else start + len(bare)))
        if word.endswith(".") and not initial:
            break  # a full stop ends the sentence
        cursor = end + 1 if text[end : end + 1] == " " else -1
    while words and _dangles(text[words[-1][0] : words[-1][1]]):
        if surname and len(words) >= 3 and len(text[words[-1][0] : words[-1][1]]) == 1:
            break  # "Nguyễn Văn A": a Vietnamese name may end on one letter (Hầu A Lềnh)
        words.pop()  # a name ends on a name, not on "van" or a bare "JD"
    if not words:
        return None
    span = (words[0][0], words[-1][1])
    if people is not None and people.find(text[span[0] : span[1]]):
        return span
    if not surname and _VIETNAMESE_MARK.search(text, span[0], span[1]):
        return None  # "Đại sứ Giờ Trái đất": Vietnamese words, and no surname before them
    first = _cased(text[words[0][0] : words[0][1]])
    opens_body = first in not_first and first not in _SURNAMES
    if len(words) >= 2 and not opens_body and not too_long:
        return span
    if surname_alone and len(words) == 1 and _foreign_surname(text[span[0] : span[1]]):
        return span  # "Tổng thống Macron"
    return None


def _foreign_surname(word: str) -> bool:
    """A capitalised word of Latin letters that no Vietnamese syllable spells: "Macron",
    "Putin", "Trump"; not "Nam", "Lan", "Kim"."""
    return (
        len(word) > 2
        and word.isascii()
        and word.isalpha()
        and word[0].isupper()
        and not word.isupper()
        and _SYLLABLE.fullmatch(word) is None
    )


def _read_name_before(
    text: str,
    position: int,
    terms: _Terms,
    previous_end: int,
    people: People | None,
    not_first: frozenset[str] = frozenset(),
) -> tuple[int, int] | None:
    """A name written just before ``position`` as "Name, title" or "ông Name - title"
    (an apposition)."""
    for word in _APPOSITION_WORDS:  # "X, tân Tổng Lãnh sự ...": the new one
        at = position - len(word) - 1
        if at > 0 and text[at - 1] == " " and _cased(text[at : position - 1]) == word:
            position = at
            break
    separator = next((s for s in _APPOSITIONS if text.endswith(s, 0, position)), None)
    verb = next(
        (
            v
            for v in _OFFICE_VERBS
            if _cased(text[max(0, position - len(v) - 2) : position]) == f" {v} "
        ),
        None,
    )
    agent_at = _agent_clause(text, position) if separator is None else None
    if separator is None and verb is None and agent_at is None:
        return None
    if agent_at is not None:
        name_end = agent_at  # "Tô Lâm được Ban Chấp hành Trung ương bầu làm": his name
    else:
        name_end = position - len(separator) if separator else position - len(verb or "") - 2
    window_start = max(previous_end, name_end - 120)
    window = list(_NAME_WORD.finditer(text, window_start, name_end))
    for first in range(max(0, len(window) - _MAX_NAME_WORDS), len(window)):
        start = window[first].start()
        span = _read_name(text, start, terms, people, not_first)
        if span is None or span[1] != name_end:
            continue
        after_honorific = _honorific_ending(text, start) is not None
        after_title = start == previous_end or text[previous_end:start].strip() == ""
        known = people is not None and people.find(text[span[0] : span[1]]) is not None
        if after_honorific or after_title or known:
            return span
    return None


def _agent_clause(text: str, position: int) -> int | None:
    """Where a name ends before "được <body> bầu làm" and a title at ``position``
    (lexicon ``agent_verbs``), or None."""
    written = text[max(0, position - 120) : position]
    before = _cased(written)
    verb = next((v for v in _AGENT_ENDINGS if before.endswith(f" {v} ")), None)
    if verb is None or len(before) != len(written):  # offsets count the text as written
        return None
    clause = before[: -len(verb) - 1]
    at = clause.rfind(f" {_PASSIVE} ")
    if at < 0 or len(clause[at:].split()) - 1 > int(_AGENT_VERBS["words"]):
        return None
    return position - len(before) + at


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
    after = _honorific_at(text, cursor)
    if after is not None:
        return after
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
    posted_to: _Place | None = None
    post_modifiers: list[Term] = attrs.Factory(list)  # read after the title: "Thường trực"
    title_start: int = 0  # where the title itself starts, after any modifier
    office: Term | None = None
    portfolio: str | None = None
    person: tuple[int, int] | None = None


def _gap(text: str, start: int, end: int) -> str:
    return text[start:end] if end - start <= 12 else "\x00"


def _before_vietnamese_name(text: str, position: int) -> bool:
    """Whether one Latin-letter word after ``position`` is followed by a Vietnamese
    surname: "Tổng giám đốc Vietcombank Lê Quang Vinh" names the bank, then its head
    (no Vietnamese name begins with a word such as "Vietcombank")."""
    word = _COMPANY_NAME.match(text, position + 1)
    if word is None or text[word.end() : word.end() + 1] != " ":
        return False
    following = _NAME_WORD.match(text, word.end() + 1)
    return (
        following is not None
        and _cased(following.group()) in _SURNAMES
        and not (following.group().isascii())
    )


def _unknown_company(
    text: str, position: int, terms: Sequence[TermMention], bare: bool = False
) -> tuple[int, Term] | None:
    """ "Tập đoàn Vingroup", "hãng Boeing" at ``position`` (after a space): a company the
    glossary does not list, named by its kind and one word of its own in Latin letters
    (after a board, the name alone may follow: ``bare``, "Hội đồng quản trị Vingroup")."""
    from vnus.glossary import Term

    if text[position : position + 1] != " ":
        return None
    start = position + 1
    head = _cased(text[start : start + 16])
    words = [w for w in _COMPANY_WORDS if head.startswith(w + " ")]
    if not words and not bare:
        return None
    at = start + (len(words[0]) + 1 if words else 0)
    if any(m.span[0] == start for m in terms):
        return None  # a glossary term: its own reading wins ("Tập đoàn FPT")
    named = next((m for m in terms if m.span[0] == at), None)
    if named is not None:
        # "hãng Apple", "Công ty FPT": the company word, then a company the glossary knows
        return (named.span[1], named.term) if named.term.kind in _COMPANY_LIKE else None
    match = _COMPANY_NAME.match(text, at)
    if match is None or (match.end() < len(text) and text[match.end()].isalnum()):
        return None
    name = match.group()
    return match.end(), Term("composed.company", "company", text[start : match.end()], name)


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
    if not ends or fold(text[position + 1 : ends[0]]) not in data.first_words["body"]:
        return None  # no body's name begins with this word
    for end in reversed(ends[: data.body_words]):
        terms = data.bodies_without_bo.get(fold(text[position + 1 : end]))
        if terms:
            return end, terms
    return None


def _shared_body(
    text: str, title_start: int, title_end: int, data: _TitleData
) -> tuple[int, tuple[Term, ...]] | None:
    """ "Trưởng Ban Tổ chức Trung ương", "Chánh Văn phòng Trung ương Đảng": a body whose
    name begins with the title's last words, written once (the Ban Tổ chức Trung ương,
    the Văn phòng Trung ương Đảng). The longest such name."""
    written = text[title_start:title_end]
    words = [m.start() for m in _WORD.finditer(written)]
    best: tuple[int, tuple[Term, ...]] | None = None
    for n in (1, 2):
        if len(words) <= n:
            break
        start = title_start + words[-n]
        names = data.shared.get(fold(text[start:title_end]))
        if not names:
            continue
        ends: list[int] = []
        for match in _WORD.finditer(text, title_end, min(len(text), title_end + 160)):
            if text[(ends[-1] if ends else title_end) : match.start()] not in (" ", ", ", " - "):
                break
            if len(ends) == _MAX_BODY_WORDS:
                break
            ends.append(match.end() - match.group().endswith("."))
            if match.group().endswith("."):
                break
        for end in reversed(ends):
            terms = names.get(fold(text[start:end]))
            if terms and (best is None or end > best[0]):
                best = (end, terms)
                break
    return best


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
    if ends and fold(text[position : ends[0]]) not in data.first_words["portfolio"]:
        ends_known: list[int] = []  # no portfolio begins with this word
    else:
        ends_known = ends[: data.portfolio_words + _FILLER_WORDS]
    for end in ends_known:
        key = fold(text[position:end])
        for filler in _PORTFOLIO_FILLERS:  # "các vấn đề Đông Á ...": the affairs of
            if key.startswith(filler + " "):
                key = key[len(filler) + 1 :]
                break
        offices = data.portfolios.get(key)
        if offices:
            known = (end, offices)
    if known:
        end = _listed_on(text, known[0], ends)
        return end, text[position:end], known[1]
    cut = ends[-1] if ends else position
    for index, end in enumerate(ends):  # an unknown portfolio ends before a name
        following = _WORD.match(text, end + 1)
        if index and following and _is_upper_word(following.group()):
            cut = end
            break
    return cut, text[position:cut], ()


_AND = str(_GRAMMAR["meeting_and"][0])  # "và", the word that closes a list
_LIST_WORDS = re.compile(rf"(?:, | {re.escape(_AND)} )[^\W\d_]")


def _word_ends(text: str, position: int) -> list[int]:
    """The ends of the words after ``position``, up to a portfolio's stop."""
    limit = min(len(text), position + _MAX_PORTFOLIO_CHARS)
    stop = _PORTFOLIO_STOP.search(text, position, limit)
    return [m.end() for m in _WORD.finditer(text, position, stop.start() if stop else limit)]


def _listed_on(text: str, end: int, ends: list[int]) -> int:
    """A known portfolio that a list goes on from, in small letters up to the holder's
    name: "phụ trách kinh tế, môi trường và năng lượng Jacob Helberg" is one portfolio."""
    if not _LIST_WORDS.match(text, end):
        return end
    later = [e for e in ends if e > end]
    for index, word_end in enumerate(later):
        following = _WORD.match(text, word_end + 1)
        last = index == len(later) - 1
        if last or (following is not None and _is_upper_word(following.group())):
            words = text[end:word_end]
            if words == words.lower() and f" {_AND} " in words and not words.endswith(f" {_AND}"):
                return word_end
            return end
    return end


def _party_units() -> list[dict[str, Any]]:
    """The commissions and boards of a provincial or city Party committee, as units:
    "Ban Thường vụ Tỉnh ủy" + a place = the Standing Committee of the ... Provincial
    Party Committee."""
    parents = [u for u in _GRAMMAR["unit"] if u["vi"] in _GRAMMAR["party_unit_parents"]]
    units: list[dict[str, Any]] = []
    for part in _GRAMMAR["party_units"]:
        for parent in parents:
            unit = {
                "vi": f"{part['vi']} {parent['vi']}",
                "en": f"{part['en']} of the {parent['en']}",
            }
            if parent.get("bare_en"):
                unit["bare_en"] = f"{part['en']} of the {parent['bare_en']}"
            if part.get("head"):
                unit["head"] = part["head"]
            units.append(unit)
    return units


_ALL_UNITS: list[dict[str, Any]] = [*_GRAMMAR["unit"], *_party_units()]


def _unit_spellings(vi: str) -> list[str]:
    """A unit's words, and the same with its level word abbreviated ("UBND TP")."""
    spellings = [vi]
    for level in _GRAMMAR["level_words"]:
        if vi.endswith(" " + str(level["vi"])):
            stem = vi[: -len(str(level["vi"]))]
            spellings += [stem + str(a) for a in level.get("abbr", ())]
    return spellings


_UNITS = tuple(
    sorted(
        (
            (_cased(spelling), str(u["en"]), u.get("head"), u.get("head_en"), u.get("bare_en"))
            for u in _ALL_UNITS
            for spelling in _unit_spellings(str(u["vi"]))
        ),
        key=lambda unit: len(unit[0]),
        reverse=True,
    )
)


def _by_first_word(
    units: Sequence[tuple[str, str, Any, Any, Any]],
) -> dict[str, list[tuple[str, str, Any, Any, Any]]]:
    """The units by the first word they are written with, longest first."""
    found: dict[str, list[tuple[str, str, Any, Any, Any]]] = {}
    for unit in units:
        found.setdefault(unit[0].split(" ", 1)[0], []).append(unit)
    return found


_UNITS_BY_FIRST = _by_first_word(_UNITS)
# Units read only after their head's title (lexicon ``only_head``): "Chủ tịch tỉnh Bắc Ninh"
# is the Chairman of its People's Committee, "Đại biểu Quốc hội tỉnh Bắc Ninh" no unit's.
_HEAD_ONLY_UNITS = frozenset(
    _cased(spelling)
    for u in _ALL_UNITS
    if u.get("only_head")
    for spelling in _unit_spellings(str(u["vi"]))
)
_HEAD_ONLY_ID = "composed.local-of-head"
_UNIT_PLACE_KINDS = frozenset({"province", "city", "region"})  # "TP Hà Nội": the place
# the head-only units written as the first letters of a city's name ("TP." of "TP.HCM")
_HEAD_ONLY_CITY = tuple(
    (vi, en, head)
    for vi, en, head, _, _ in _UNITS
    if vi in _HEAD_ONLY_UNITS and vi.endswith(".") and "{city}" in en
)
_LEVEL_KINDS = {str(w["vi"]): str(w["kind"]) for w in _GRAMMAR["level_words"]}
_LEVELS_EN = {str(w["vi"]): str(w["en"]) for w in _GRAMMAR["level_words"]}
_DEPARTMENTS: dict[str, Any] = _GRAMMAR["departments"]
_LEVELS = tuple((str(w["vi"]), str(w["en"])) for w in _GRAMMAR["level_words"])
# each level word as the press writes it, abbreviations too ("TP"), compared as written
_LEVEL_SPELLINGS = tuple(
    (_cased(spelling), str(w["en"]))
    for w in _GRAMMAR["level_words"]
    for spelling in (str(w["vi"]), *w.get("abbr", ()))
)
_COUNTRY_WORD = str(_GRAMMAR["country_word"])


def _without_level_vi(place: str, unit: str = "") -> str:
    """A place's Vietnamese name without a level word that ``unit`` already says (any
    level when ``unit`` is empty): "Tỉnh ủy" + "Tỉnh Nghệ An" is "Tỉnh ủy Nghệ An"."""
    for level, _ in _LEVELS:
        said = not unit or f" {level} " in f" {_cased(unit)} "
        if said and _cased(place).startswith(level + " "):
            return place[len(level) + 1 :]
    return place


def _unaccented(written: str) -> str:
    """A Vietnamese proper name as English writes it: without diacritics ("Quang Ninh")."""
    decomposed = unicodedata.normalize("NFD", written.replace("Đ", "D").replace("đ", "d"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _read_place(
    text: str, position: int, term_starts: frozenset[int], foreign: bool = False
) -> int | None:
    """The end of a place name not in the glossary, written at ``position``.

    A Vietnamese province or city name has two capitalised syllables ("Quảng Ninh",
    "Lào Cai"), a ward's or commune's may have a third that is no surname ("phường Thủ Dầu
    Một", not "tỉnh Nghệ An Bùi ..."); a foreign one (``foreign``) runs over capitalised
    words up to the first Vietnamese surname that starts a name ("San Francisco Hoàng Anh
    Tuấn").
    """
    ends: list[int] = []
    cursor = position
    for match in _NAME_WORD.finditer(text, position, min(len(text), position + 80)):
        word = match.group()
        if match.start() != cursor or not _is_upper_word(word) or word.endswith("."):
            break
        if match.start() in term_starts or (ends and foreign and _cased(word) in _SURNAMES):
            break
        ends.append(match.end())
        if len(ends) == (3 if foreign else 2):
            break
        cursor = match.end() + 1
    if foreign:
        return ends[-1] if ends else None
    if len(ends) < 2:
        return None
    third = _NAME_WORD.match(text, ends[1] + 1) if text[ends[1] : ends[1] + 1] == " " else None
    first = _cased(text[position : text.find(" ", position)])
    if first in _SURNAMES and third is not None and _is_upper_word(third.group()):
        return None  # "Tỉnh ủy Nguyễn Văn An": a person's name, not a place's
    if (
        third is not None
        and _is_upper_word(third.group())
        and not third.group().endswith(".")
        and third.start() not in term_starts
        and _cased(third.group()) not in _SURNAMES
        and _place_ends(text, third.end())
    ):
        return third.end()
    return ends[1]


def _starts_inside_a_word(mention: TermMention) -> bool:
    """Whether a title of several words is written with its first in small letters and a
    later one capitalised where its own form has it small: its first word ends the word
    before it ("chức vụ Phó Chủ tịch" is no "Vụ phó"), for the press writes a title with
    its first word capitalised, or with none."""
    words = mention.text.split(" ")
    if mention.term.kind not in TITLE_KINDS or len(words) < 2 or not words[0][:1].islower():
        return False
    written = fold(mention.text)
    form = next((f for f in _vi_forms(mention.term) if fold(f) == written), None)
    own = form.split(" ") if form else []
    return len(own) == len(words) and any(
        w[:1].isupper() and not o[:1].isupper() for w, o in zip(words[1:], own[1:], strict=True)
    )  # a capital the title's own form has not: "vụ Phó" of "Vụ phó", not "đại biểu Quốc hội"


def _first_word(mention: TermMention) -> tuple[int, int]:
    start = mention.span[0]
    return start, start + len(mention.text.split(" ", 1)[0])


def _opens_vietnamese_words(text: str, written: str, end: int) -> bool:
    """Whether a one-word place read after "tại" is a Vietnamese word that opens a name in
    small letters ("tại Văn phòng Thương mại ..."), not a foreign place ("tại Geneva
    cho biết", "tại Mát-xcơ-va")."""
    after = _NAME_WORD.match(text, end + 1) if text[end : end + 1] == " " else None
    return (
        " " not in written
        and "-" not in written
        and not written.isascii()
        and after is not None
        and not _is_upper_word(after.group())
    )


def _place_ends(text: str, end: int) -> bool:
    """Whether a place name may end at ``end``: the text goes on with no word, a word in
    small letters or a name, which starts with a surname ("phường Thủ Dầu Một Phạm Văn
    Thành")."""
    after = _NAME_WORD.match(text, end + 1) if text[end : end + 1] == " " else None
    return after is None or not _is_upper_word(after.group()) or _cased(after.group()) in _SURNAMES


_COMPOSED_LOCAL = "composed.local"


def _local_body(
    vi: str, en: str, country: str = "VN", head: str | None = None, head_en: str | None = None
) -> Term:
    from vnus.glossary import Term

    return Term(
        _COMPOSED_LOCAL, "local-government", vi, en, country=country, head=head, head_en=head_en
    )


def _read_unit(
    text: str,
    position: int,
    terms: Sequence[TermMention],
    index: int,
    data: _TitleData,
    title_start: int | None = None,
) -> tuple[int, Term] | None:
    """A local unit after a title: "Ủy ban nhân dân tỉnh Quảng Ninh", "Tỉnh ủy Nghệ An",
    "Sở Công Thương tỉnh Bình Dương" (Circular tables 10 and 11), as a body. A unit whose
    first word is the title's last is written once: "Trưởng Đoàn đại biểu Quốc hội tỉnh
    Nghệ An" (``title_start``: where the title starts)."""
    if text[position : position + 1] != " ":
        return None
    starts = [position + 1]
    if title_start is not None:  # the title's last word or two begin the unit's name
        last = text.rfind(" ", title_start, position)
        if last > title_start:
            starts.append(last + 1)
            second = text.rfind(" ", title_start, last)
            if second > title_start:
                starts.append(second + 1)
        starts.sort()  # the longest unit first: "Văn phòng Tỉnh ủy ..." before "Tỉnh ủy ..."
    for start in starts:
        head = _cased(text[start : start + 48])
        for vi, pattern, head_id, head_pattern, bare_en in _UNITS_BY_FIRST.get(
            head.split(" ", 1)[0], ()
        ):
            if start + len(vi) <= position:
                continue
            place = _unit_place(text, start, vi, head, terms, index, data)
            if place is None and vi in _HEAD_ONLY_UNITS:  # "TP Hà Nội", "TP.HCM": a place
                whole = _place_at(text, start, terms, index)
                full = _glossary_place_en(text, start, terms, index)
                place = (whole[0], _without_level(whole[1]), full) if whole and full else None
            after = text[start + len(vi) : start + len(vi) + 1]
            if place is None and bare_en and head.startswith(vi) and not after.isalnum():
                # "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Ninh Bình": the unit, unnamed
                end = start + len(vi)
                if any(start <= m.span[0] < end < m.span[1] for m in terms[index : index + 3]):
                    continue  # "Thành ủy Hồ Chí Minh": a glossary body names it, place too
                return end, _local_body(text[start:end], str(bare_en), head=head_id)
            if place is not None:
                end, name, city = place
                english = pattern.replace("{place}", name).replace("{city}", city)
                head_en = (
                    head_pattern.replace("{place}", name).replace("{city}", city)
                    if head_pattern
                    else None
                )
                body = _local_body(text[start:end], english, head=head_id, head_en=head_en)
                if vi in _HEAD_ONLY_UNITS:  # "Chủ tịch tỉnh Bắc Ninh": its head's only
                    body = attrs.evolve(body, id=_HEAD_ONLY_ID)
                return end, body
    start = position + 1
    for mention in terms[index : index + 4]:  # "Chủ tịch TP.HCM": the place opens with it
        written = _cased(mention.text)
        unit = next((u for u in _HEAD_ONLY_CITY if written.startswith(u[0])), None)
        if mention.span[0] == start and mention.term.kind in _UNIT_PLACE_KINDS and unit:
            english = unit[1].replace("{city}", _city_en(mention.term))
            body = _local_body(mention.text, english, head=unit[2])
            return mention.span[1], attrs.evolve(body, id=_HEAD_ONLY_ID)
    head = _cased(text[start : start + 40])
    prefix = _cased(_DEPARTMENTS["prefix"])
    if head.startswith(prefix + " "):
        return _department(text, start, start + len(prefix), terms, index, data)
    return None


def _unit_place(
    text: str,
    start: int,
    vi: str,
    head: str,
    terms: Sequence[TermMention],
    index: int,
    data: _TitleData,
) -> tuple[int, str, str] | None:
    """The place after a unit's words ``vi`` written at ``start``: (its end, its name,
    its name as a city's: "Ha Noi", "Ho Chi Minh City", "Thu Duc City"). The unit's last
    word may be the level word that opens a glossary place ("Tòa án nhân dân" + "Thành
    phố Hà Nội")."""
    for level, _ in _LEVELS:
        if vi.endswith(" " + level) and head.startswith(vi[: -len(level)]):
            # the level word opens a glossary place: "Thành phố Hà Nội", "TP.HCM"
            at = start + len(vi) - len(level)
            full = _glossary_place_en(text, at, terms, index, _LEVEL_KINDS[level])
            if full is not None:
                place = _place_at(text, at, terms, index)
                if place is not None:
                    return place[0], _without_level(place[1]), full
    if head.startswith(vi + " "):
        place = _place_at(text, start + len(vi) + 1, terms, index)
        if place is not None:
            end, name = place
            full = _glossary_place_en(text, start + len(vi) + 1, terms, index)
            known = data.places.get(fold(text[start + len(vi) + 1 : end]))
            if full is None and known is not None:
                # a glossary body named the place with its unit ("Thành ủy Hải Phòng"): the
                # place is still the glossary's city, "Hai Phong City"
                full = _city_en(known)
            level_en = next(
                (en for lv, en in _LEVEL_SPELLINGS if vi == lv or vi.endswith(" " + lv)), ""
            )  # "TP Thủ Đức", "thành phố Thủ Đức": Thu Duc City
            return end, name, full or f"{name} {level_en}".strip()
    return None


def _glossary_place_en(
    text: str, position: int, terms: Sequence[TermMention], index: int, kind: str = ""
) -> str | None:
    """The English of a glossary place (not a country; of ``kind``, when given) named at
    ``position``."""
    for mention in terms[index : index + 4]:
        at_place = mention.span[0] == position and mention.term.kind in PLACE_KINDS - COUNTRY_KINDS
        if at_place and (not kind or mention.term.kind == kind):
            return _city_en(mention.term)
    return None


_CAPITAL_WORD = _cased(str(_GRAMMAR["capital_word"]))


def _city_en(place: Term) -> str:
    """A city's English in a unit's name: "Can Tho City" (its variant with the level),
    "Ho Chi Minh City"; the capital, named "Thủ đô Hà Nội", is "Ha Noi"."""
    level = next((en for vi, en in _LEVELS if _LEVEL_KINDS[vi] == place.kind), None)
    city = f"{place.en} {level}" if level else ""
    capital = any(_cased(f).startswith(_CAPITAL_WORD + " ") for f in _vi_forms(place))
    if city and not capital and city in place.en_variants:
        return city
    return place.en


def _place_at(
    text: str, position: int, terms: Sequence[TermMention], index: int
) -> tuple[int, str] | None:
    """A place named at ``position``: a glossary place (its English) or two syllables."""
    for mention in terms[index : index + 4]:
        if mention.span[0] == position and mention.term.kind in PLACE_KINDS - COUNTRY_KINDS:
            place = mention.term  # "Quang Ninh", not "Quang Ninh Province"
            short = [e for e in place.en_variants if place.en.startswith(e + " ")]
            return mention.span[1], min([place.en, *short], key=len)
    # A one-word term does not end a place: "Lào Cai" is not Laos.
    starts = frozenset(m.span[0] for m in terms[index : index + 4] if " " in m.text)
    end = _read_place(text, position, starts)
    if end is None:
        return None
    return end, _unaccented(text[position:end])


def _department(
    text: str,
    start: int,
    position: int,
    terms: Sequence[TermMention],
    index: int,
    data: _TitleData,
) -> tuple[int, Term] | None:
    """ "Sở Công Thương [tỉnh Bình Dương]": the provincial department of that field."""
    field: str | None = None
    end = position
    for written, english in _DEPARTMENTS["renamed"].items():
        if _cased(text[position + 1 : position + 1 + len(written)]) == _cased(written):
            field, end = str(english), position + 1 + len(written)
    if field is None:
        found = _body_without_bo(text, position, data)
        if found is None:
            return None
        ministry = next((t for t in found[1] if t.kind == "ministry" and t.country == "VN"), None)
        if ministry is None or " of " not in ministry.en:
            return None
        end, field = found[0], ministry.en.split(" of ", 1)[1]
    english = str(_DEPARTMENTS["en"]).replace("{field}", field)
    for level in ("place", "city"):  # "... tỉnh Bình Dương", "... thành phố Hải Phòng"
        word = str(_DEPARTMENTS[f"{level}_before"])
        pattern = str(_DEPARTMENTS[f"{level}_en"]).replace("{field}", field)
        # a glossary place that carries its level ("Thành phố Hà Nội", "TP.HCM", "Hà Nội")
        full = _glossary_place_en(text, end + 1, terms, index, _LEVEL_KINDS[word])
        place = (
            _place_at(text, end + 1, terms, index) if full and text[end : end + 1] == " " else None
        )
        if place is not None and full is not None:
            name = _without_level(place[1])
            english = pattern.replace("{place}", name).replace("{city}", full)
            return place[0], _local_body(text[start : place[0]], english)
        for spelling in _unit_spellings(word):
            before = " " + _cased(spelling) + " "
            if _cased(text[end : end + len(before)]) == before:
                place = _place_at(text, end + len(before), terms, index)
                if place is not None:
                    full = _glossary_place_en(text, end + len(before), terms, index)
                    name = _without_level(place[1])
                    city = full or f"{name} {_LEVELS_EN[word]}"
                    return place[0], _local_body(
                        text[start : place[0]],
                        pattern.replace("{place}", name).replace("{city}", city),
                    )
    return end, _local_body(text[start:end], english)


def _without_level(place: str) -> str:
    """A place's English without its level word, which the pattern writes: "Hai Phong"."""
    for _, level in _LEVELS:
        if place.endswith(" " + level):
            return place[: -len(level) - 1]
    return place


def _joins(text: str, gap: str, terms: Sequence[TermMention], index: int) -> bool:
    """Whether ``gap`` joins two titles of one person: "kiêm", or a comma when a body
    follows the second title ("Phó Thủ tướng, Bộ trưởng Bộ Ngoại giao")."""
    if _cased(gap.strip()) in _JOINERS:
        return True
    if gap != ", " or index + 1 >= len(terms):
        return False
    following = terms[index + 1]
    return (
        following.term.kind in BODY_KINDS
        and _gap(text, terms[index].span[1], following.span[0]) == " "
    )


# A body's title followed by a year is the body's chair for that year, a role a country
# holds: "Chủ tịch ASEAN 2025", "Chủ tịch APEC 2027" (no person holds it by that name).
_PERIOD = {k: re.escape(str(v)) for k, v in _GRAMMAR["chair_period"].items()}
_YEAR_AFTER = re.compile(
    rf" (?:{_PERIOD['at']} )?(?:{_PERIOD['year']} |{_PERIOD['month']} \d{{1,2}}/)?(?:19|20)\d\d\b"
)


_CHAIR_TITLES = frozenset(_GRAMMAR["chair_titles"])


def _rotating_chair(phrase: _Phrase) -> bool:
    """Whether a title may be a chair that countries hold in turn: an international
    body's Chủ tịch ("Chủ tịch ASEAN 2025"), not a state's office ("Thống đốc Ngân hàng
    Nhà nước năm 2020" is the Governor that year)."""
    body = phrase.body
    return (
        body is not None
        and body.country is None
        and any(t.id in _CHAIR_TITLES for t in phrase.titles)
    )


_WORD_BEFORE = re.compile(r"([^\W\d_]+) $")


def _small_modifier(text: str, phrase: _Phrase, data: _TitleData) -> None:
    """A modifier written in small letters right before the title joins it: "cựu Ngoại
    trưởng Mỹ John Kerry" (Former), "nguyên Chủ tịch Quốc hội" (lexicon small_modifiers).
    Only there: alone, "nguyên" is an ordinary word (nguyên tắc, tài nguyên)."""
    found = _WORD_BEFORE.search(text, max(0, phrase.start - 12), phrase.start)
    if found is None:
        return
    before = text[max(0, found.start(1) - 8) : found.start(1)].rstrip()  # bounded: linear
    opens_sentence = (  # "Nguyên Bộ trưởng ..." at the start of a sentence
        found.start(1) == 0 or (before[-1:] in _SENTENCE_OPENERS if before else found.start(1) < 8)
    )
    if not (found.group(1).islower() or (opens_sentence and found.group(1).istitle())):
        return
    modifier = data.lower_modifiers.get(_cased(found.group(1)))
    if modifier is not None and modifier not in phrase.modifiers:
        phrase.modifiers.insert(0, modifier)
        phrase.start = found.start(1)


_COUNTRY_BEFORE = tuple(_GRAMMAR["country_before_words"])


def _named_country(
    data: _TitleData, english: str, country: str | None, written: str, phrase: _Phrase
) -> str:
    """A title whose Vietnamese names its country keeps it in English where the English
    had left it out: "Chủ tịch Ủy ban Đối ngoại Thượng viện Mỹ" is the Chairman of the
    U.S. Senate Committee on Foreign Relations, "Lãnh đạo phe đa số Thượng viện Mỹ" the
    U.S. Senate Majority Leader, "Chủ tịch Hạ viện Mỹ" the Speaker of the U.S. House of
    Representatives (the title's own English with the country, when the glossary lists
    one). The country goes before the chamber; a title without one is left as it is."""
    prefix = COUNTRY_PREFIX.get(country or "")
    name = data.country_names.get(country or "")
    if not prefix or not name or prefix in english or name in english:
        return english
    folded = f" {fold(written)} "
    if not any(f" {form} " in folded for form in data.country_forms.get(country or "", ())):
        return english
    title = phrase.titles[0]
    own = title.en_for(country)
    if len(phrase.titles) == 1 and phrase.body is None and english.endswith(own):
        named = next((v for v in title.en_variants if f" {prefix} " in v), None)
        if named:  # "Speaker of the U.S. House of Representatives", not "U.S. House Speaker"
            return english[: -len(own)] + named
    padded = f" {english}"
    for word in _COUNTRY_BEFORE:
        at = padded.find(f" {word} ")  # a chamber that names more: not "Speaker of the House"
        if at >= 0:
            return f"{padded[:at]} {prefix}{padded[at:]}"[1:]
    body = phrase.body
    if body is not None and body.kind == "agency" and body.country == country:
        # an agency's head takes the country before the agency: "Administrator of the
        # U.S. Environmental Protection Agency", "Chair of the U.S. Federal Reserve"
        head, of_the, agency = english.partition(" of the ")
        if of_the and agency[:1].isupper():
            return f"{head} of the {prefix} {agency}"
    return english


def _home_country_named(
    data: _TitleData, english: str, country: str | None, written: str, phrase: _Phrase
) -> str:
    """An office at home whose Vietnamese ends in its country's name keeps it, as another
    country's does ("Thủ tướng Nhật Bản" is the Prime Minister of Japan): "Thủ tướng
    Việt Nam" is the Prime Minister of Viet Nam, "Bộ trưởng Tài chính Việt Nam" the
    Minister of Finance of Viet Nam. Not a body written out ("Bộ trưởng Bộ Kế hoạch và
    Đầu tư Việt Nam", the seed's Minister of Planning and Investment; "Bảo hiểm xã hội
    Việt Nam"), nor an office the context places at home ("Bộ trưởng cho biết")."""
    name = data.country_names.get(country or "")
    if (
        country not in HOME_COUNTRIES
        or not name
        or name.replace(" ", "") in english.replace(" ", "")
    ):
        return english  # "Intel Vietnam" names it already
    if phrase.body is None and any(t.id in _BODIES_ONLY_AT_HOME for t in phrase.titles):
        return english  # "Chủ tịch Việt Nam": no Chairman of Viet Nam
    folded = fold(written)
    if phrase.body is not None and (
        phrase.body.kind != "ministry"  # a board, a company, an agency: its own name
        # the body written out, not only its field ("Bộ trưởng Tài chính"), or a body
        # whose own name ends in the country ("QĐND Việt Nam")
        or any(f" {fold(f)} " in f" {folded} " for f in (phrase.body.vi, *phrase.body.abbr))
        or any(
            fold(f).endswith(f" {c}") and f" {fold(f)}" in f" {folded}"
            for f in _vi_forms(phrase.body)
            for c in data.country_forms.get(country or "", ())
        )
    ):
        return english
    if not any(folded.endswith(f" {form}") for form in data.country_forms.get(country or "", ())):
        return english
    return f"{english} of {country_en(name)}"


def _formal_country(data: _TitleData, english: str, country: str | None, written: str) -> str:
    """A title written with its country's formal name keeps it (Circular tables 1 and
    4): "Chủ tịch nước Cộng hòa xã hội chủ nghĩa Việt Nam" is the President of the
    Socialist Republic of Viet Nam, "Thủ tướng Chính phủ nước ..." its Prime Minister."""
    folded = f" {fold(written)}"
    codes = [country] if country else list(data.formal)  # a title of its own country
    code = next((c for c in codes if c in data.formal and f" {data.formal[c][0]}" in folded), None)
    if code is None or data.formal[code][1] in english:
        return english
    formal = data.formal[code]
    short = data.country_names.get(code, "")
    if short and f" of {short}" in english:
        return english.replace(f" of {short}", f" of the {formal[1]}", 1)
    return f"{english} of the {formal[1]}"


def _others_formal(data: _TitleData, english: str, written: str) -> str:
    """Another country written with its formal name keeps it where the English names the
    country: "Đại sứ Việt Nam tại Liên bang Nga" is the Ambassador of Viet Nam to the
    Russian Federation, "Chủ tịch nước Cộng hòa Nhân dân Trung Hoa" the President of the
    People's Republic of China."""
    folded = f" {fold(written)} "
    for code, (formal_vi, formal_en) in data.others_formal.items():
        short = data.country_names.get(code, "")
        if not short or f" {fold(formal_vi)} " not in folded or formal_en in english:
            continue
        for word in ("of", "to", "in"):
            if english.endswith(f" {word} {short}") or f" {word} {short} " in f"{english} ":
                english = english.replace(f" {word} {short}", f" {word} the {formal_en}", 1)
                break
    return english


def _before_ordinary_word(text: str, end: int) -> bool:
    """Whether the title ending at ``end`` is an ordinary noun: "đại sứ thương hiệu"."""
    after = _cased(text[end : end + 16])
    return any(
        after.startswith(" " + word) and not after[len(word) + 1 : len(word) + 2].isalnum()
        for word in _NOT_BEFORE
    )


def _after_meeting_word(text: str, start: int) -> bool:
    """Whether a title at ``start`` is part of a meeting's or prize's name."""
    before = _cased(text[max(0, start - 30) : start])
    for between in _NOT_AFTER_BETWEEN:
        if before.endswith(f" {between} "):
            before = before[: -len(between) - 1]
    return _ends_with_word(before, _NOT_AFTER)


def _ends_with_word(before: str, words: Sequence[str]) -> bool:
    """Whether ``before`` ends with one of ``words`` and a space, as a whole word."""
    return any(
        before.endswith(f"{w} ")
        and (len(before) == len(w) + 1 or not before[-len(w) - 2].isalnum())
        for w in words
    )


_NOT_AFTER_UNHELD = tuple(_cased(w) for w in _GRAMMAR["not_after_unheld"])
_HONORARY = frozenset(_GRAMMAR["honorary_titles"])


def _after_words(text: str, start: int, words: Sequence[str]) -> bool:
    """Whether one of ``words`` (compared as written, case ignored) ends right before
    ``start``, as a whole word."""
    return _ends_with_word(_cased(text[max(0, start - 40) : start]), words)


def _honorary(text: str, phrase: _Phrase) -> bool:
    """A campaign's own "ambassador": the title alone before two capitalised Vietnamese
    words that are no person's name, which starts with a surname ("Đại sứ Giờ Trái đất";
    not "Đại sứ Cường cho biết", a holder named by his given name)."""
    if not _is_bare(phrase) or phrase.titles[0].id not in _HONORARY:
        return False
    words = text[phrase.end + 1 : phrase.end + 60].split(" ")[:2]
    return (
        text[phrase.end : phrase.end + 1] == " "
        and len(words) == 2
        and all(w[:1].isupper() and w.isalpha() for w in words)  # a name, not "Cường cho"
        and _cased(words[0]) not in _SURNAMES
        and not "".join(words).isascii()  # Vietnamese words, not "Marc Knapper"
    )


def _after_office_verb(text: str, start: int) -> bool:
    """Whether a title at ``start`` follows a verb of taking or holding an office ("giữ
    chức vụ Phó Chủ tịch"): the post named is the holder's."""
    before = _cased(text[max(0, start - 40) : start])
    return any(before.endswith(f" {verb} ") for verb in _OFFICE_VERBS)


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
    phrase.title_start = head.span[0]
    phrase.modifiers = modifiers
    phrase.titles.append(title)
    if title is not head.term:
        phrase.office = head.term
        phrase.country = head.term.country
    index += 1
    shared = _shared_body(text, head.span[0], head.span[1], data) if title is head.term else None
    if shared is not None:
        bodies = [b for b in shared[1] if _may_head(title, b)]
        if bodies:
            phrase.body = bodies[0]
            phrase.end = shared[0]
            while index < len(terms) and terms[index].span[0] < phrase.end:
                index += 1
    while True:
        nxt = terms[index] if index < len(terms) else None
        gap = _gap(text, phrase.end, nxt.span[0]) if nxt else "\x00"
        kind = nxt.term.kind if nxt else ""
        if (
            nxt
            and gap == " ("
            and phrase.body is not None
            and nxt.term.id == phrase.body.id
            and text[nxt.span[1] : nxt.span[1] + 1] == ")"
        ):
            # the body's abbreviation in brackets inside the title: "Trưởng Đại diện thường
            # trú Chương trình Phát triển Liên hợp quốc (UNDP) tại Việt Nam"
            phrase.end = nxt.span[1] + 1
            index += 1
            continue
        unit = (
            _read_unit(text, phrase.end, terms, index, data, phrase.title_start)
            if phrase.body is None
            else None
        )
        if unit and not _may_head(phrase.titles[-1], unit[1]):
            unit = None  # a Vietnamese province has no U.S. Trade Representative
        if unit and unit[1].id == _HEAD_ONLY_ID and phrase.titles[-1].id != unit[1].head:
            unit = None
        if (
            unit
            and nxt
            and kind in BODY_KINDS
            and gap == " "
            and unit[0] <= nxt.span[1]
            and unit[0] - len(unit[1].vi) >= nxt.span[0]  # not a unit of that body's
            and not (unit[1].id == _HEAD_ONLY_ID and nxt.term.kind in _UNIT_PLACE_KINDS)
        ):
            unit = None  # the glossary names this body itself: its own English wins
        if unit is not None:
            phrase.end, phrase.body = unit
            while index < len(terms) and terms[index].span[0] < phrase.end:
                index += 1
            continue
        company = None
        if phrase.office is None and (
            (phrase.body is None and phrase.titles[-1].id in _COMPANY_TITLES)
            or (phrase.body is not None and phrase.body.id in _BOARDS)
        ):
            company = _unknown_company(
                text,
                phrase.end,
                terms,
                phrase.body is not None or _before_vietnamese_name(text, phrase.end),
            )
        if company is not None:
            end, firm = company
            phrase.body = firm if phrase.body is None else _within(phrase.body, firm, data)
            phrase.end = end
            while index < len(terms) and terms[index].span[0] < phrase.end:
                index += 1
            continue
        if nxt and phrase.body is None and phrase.office is None and kind not in BODY_KINDS:
            # "Bộ trưởng Lao động Mỹ": a body named without "Bộ" that runs past the next
            # term ("Lao", Laos) is the body.
            longer = _body_without_bo(text, phrase.end, data)
            if longer is not None and longer[0] > nxt.span[1]:
                phrase.end = longer[0]
                phrase.body = longer[1][0]
                while index < len(terms) and terms[index].span[0] < phrase.end:
                    index += 1
                continue
        if nxt and kind in TITLE_KINDS and phrase.body is None and _joins(text, gap, terms, index):
            phrase.titles.append(nxt.term)
        elif nxt and kind in MODIFIER_KINDS and gap == " " and phrase.body is None:
            phrase.post_modifiers.append(nxt.term)
        elif (
            nxt
            and kind in BODY_KINDS
            and gap in (" ", " của ")
            and phrase.body is None
            and _may_head(phrase.titles[-1], _body_for(nxt, phrase.country, data))
        ):
            phrase.body = _body_for(nxt, phrase.country, data)
        elif (
            nxt
            and kind in PLACE_KINDS - COUNTRY_KINDS
            and gap == " "
            and phrase.body is None
            and (
                nxt.term.head == phrase.titles[-1].id
                or phrase.titles[-1].id in _PLACE_HEADS.get(kind, ())
            )
        ):
            phrase.body = nxt.term  # "Thống đốc bang California", "Thị trưởng Chicago"
        elif (
            nxt
            and kind in _FROM_PLACE_KINDS
            and gap == " "
            and phrase.body is None
            and phrase.posted_to is None
            and phrase.titles[-1].id in _FROM_PLACE_TITLES
        ):
            # "Thượng nghị sĩ bang Alaska": the Senator from Alaska (U.S. Constitution,
            # Article I, Section 3: "two Senators from each State")
            place = nxt.term
            phrase.posted_to = _Place(place.en, nxt.text, None, False, word=_FROM_WORD)
            # the seat names no country but the one the text writes: "Senator from Alaska",
            # as Congress writes it (the state says where), "U.S. Senator from Alaska" for
            # "Thượng nghị sĩ Mỹ bang Alaska"
        elif (
            nxt
            and kind in BODY_KINDS
            and (
                gap in (" ", " của ")
                or (
                    gap == " ("
                    and text[nxt.span[1] : nxt.span[1] + 1] == ")"
                    and phrase.body is not None
                    and (  # not a gloss: "(EVN)"
                        _belongs_to(phrase.body, nxt.term)
                        or (_is_generic_unit(phrase.body) and kind == "ministry")
                    )
                )
                or (  # "Vụ trưởng Vụ Châu Mỹ, Bộ Ngoại giao": its own ministry after a comma
                    gap == ", "
                    and kind in _UNIT_PARENT_KINDS
                    and phrase.body is not None
                    and (
                        _belongs_to(phrase.body, nxt.term)
                        # "Vụ Hợp tác quốc tế, Bộ Y tế": a unit every ministry has
                        or (_is_generic_unit(phrase.body) and kind == "ministry")
                    )
                )
            )
            and phrase.body is not None
            and (
                _belongs_to(phrase.body, nxt.term)
                or (
                    _is_generic_unit(phrase.body)
                    and kind == "ministry"
                    and nxt.term.country == "VN"
                )
                or (phrase.body.id in _BOARDS and kind in _BOARD_PARENTS)
            )
        ):
            # "Ủy ban Kinh tế của Quốc hội": the committee, then the body it belongs to;
            # "Cục Xuất nhập khẩu (Bộ Công Thương)": the ministry in brackets.
            parent = nxt.term
            if phrase.body.id in _BOARDS:  # "Chủ tịch HĐQT Vietnam Airlines": as written
                parent = _as_written(parent, nxt.text)
            phrase.body = _within(phrase.body, parent, data)
            if gap == " (":
                phrase.end = nxt.span[1] + 1
                index += 1
                continue
        elif nxt and kind in COUNTRY_KINDS and gap == " " and phrase.country is None:
            if not _country_fits(text, phrase, nxt, data):
                break
            phrase.country = nxt.term.country
            if phrase.body is not None and phrase.body.country != phrase.country:
                phrase.body = _body_for_country(terms[index - 1], nxt, phrase, data)
        elif (
            nxt
            and kind in _ACCREDITED_KINDS
            and _cased(gap) in _ACCREDITED_WORDS
            and phrase.posted_to is None
            and phrase.titles[-1].id in _ACCREDITED_TITLES
        ):
            # "Đại sứ Việt Nam tại Liên hợp quốc", "... bên cạnh ASEAN": accredited to it
            body = _as_written(nxt.term, nxt.text)
            name = body.en if body is not nxt.term else _the(nxt.term.en)
            phrase.posted_to = _Place(name, nxt.text, None, False, accredited=True)
        elif nxt and kind in PLACE_KINDS and _cased(gap) == " tại " and phrase.posted_to is None:
            place = nxt.term
            names = data.country_names if place.kind in COUNTRY_KINDS else {}
            phrase.posted_to = _Place(
                names.get(place.country or "", place.en),
                nxt.text,
                place.country if place.kind in COUNTRY_KINDS else None,
                place.kind in COUNTRY_KINDS,
            )
        elif (
            nxt
            and kind in COUNTRY_KINDS
            and phrase.posted_to is not None
            and phrase.posted_to.is_country
            and _in_country_list(text, terms, index, gap)
        ):
            # "Giám đốc Quốc gia Ngân hàng Thế giới tại Việt Nam, Campuchia và Lào": one post
            # for the countries listed
            names = data.country_names
            name = country_en(names.get(nxt.term.country or "", nxt.term.en))
            listed = phrase.posted_to.listed or (country_en(phrase.posted_to.en),)
            listed = (*listed, name)
            phrase.posted_to = attrs.evolve(
                phrase.posted_to,
                en=", ".join(listed[:-1]) + " and " + listed[-1],
                vi=text[text.index(phrase.posted_to.vi, phrase.title_start) : nxt.span[1]],
                listed=listed,
            )
        elif fold(text[phrase.end : phrase.end + 12]).startswith(_PORTFOLIO_MARK + " ") and (
            phrase.portfolio is None
        ):
            window = text[phrase.end : phrase.end + 16]  # " phụ trách " as written
            start = phrase.end + len(window.split("trách", 1)[0]) + len("trách ")
            end, written, offices = _read_portfolio(text, start, data, country_starts)
            if end <= start:
                break
            phrase.portfolio = written
            phrase.office = _office_for(_titled(offices, phrase, data), phrase)
            phrase.end = end
            while index < len(terms) and terms[index].span[0] < end:
                index += 1
            continue
        elif (
            phrase.posted_to is None
            and text.startswith(" tại ", phrase.end)
            and (nxt is None or nxt.span[0] > phrase.end + len(" tại "))
        ):
            place_end = _read_place(text, phrase.end + len(" tại "), frozenset(), True)
            if place_end is None:
                break
            written = text[phrase.end + len(" tại ") : place_end]
            if _opens_vietnamese_words(text, written, place_end):
                break  # "Tham tán Thương mại tại Văn phòng ...": a body's first word
            phrase.posted_to = _Place(_unaccented(written), written, None, False)
            phrase.end = place_end
            while index < len(terms) and terms[index].span[0] < phrase.end:
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
    if (
        phrase.body is None
        and phrase.office is None
        and any(t.id in _NEEDS_BODY for t in phrase.titles)
    ):
        return None  # "trưởng đoàn thể thao": a delegation's head, no office
    head_of_state = data.heads_of_state.get(phrase.titles[0].id)
    if (
        head_of_state is not None
        and len(phrase.titles) == 1
        and phrase.body is None
        and phrase.office is None
        and phrase.country not in (None, *HOME_COUNTRIES)
    ):
        phrase.titles[0] = head_of_state  # "Chủ tịch Trung Quốc Tập Cận Bình": the President
    phrase.last = index
    phrase.modifiers = [*phrase.post_modifiers, *phrase.modifiers]
    if phrase.office is not None and phrase.country is None:
        phrase.country = phrase.office.country
    return phrase


_LIST_AND = _cased(_GRAMMAR["meeting_and"][0])


def _in_country_list(text: str, terms: Sequence[TermMention], index: int, gap: str) -> bool:
    """Whether the country at ``index`` continues a list of the countries a post covers:
    after " và ", or after ", " when the list goes on to end in " và <country>"."""
    if _cased(gap) == f" {_LIST_AND} ":
        return True
    if gap != ", ":
        return False
    for at in range(index + 1, min(index + 6, len(terms))):
        between = _cased(text[terms[at - 1].span[1] : terms[at].span[0]])
        if terms[at].term.kind not in COUNTRY_KINDS or between not in (", ", f" {_LIST_AND} "):
            return False
        if between == f" {_LIST_AND} ":
            return True
    return False


def _portfolio_as_body(text: str, position: int, data: _TitleData) -> tuple[int, Term, str] | None:
    """ "Thứ trưởng Bộ Tăng trưởng Kinh tế, ...": a portfolio written as if a ministry."""
    if not text.startswith(" Bộ ", position) or not data.portfolios:
        return None
    start = position + len(" Bộ ")
    end, written, offices = _read_portfolio(text, start, data, frozenset())
    if not offices:
        return None
    return end, offices[0], written


def _country_fits(text: str, phrase: _Phrase, country: TermMention, data: _TitleData) -> bool:
    """Whether the country written after the phrase is the office's. A title of one
    country before another's name is read again as a title and that country's body:
    "Chủ tịch Quốc hội Hoa Kỳ" is the chair of the U.S. Congress, not Viet Nam's."""
    title = phrase.titles[-1]
    if title.country in (None, country.term.country) or phrase.body is not None:
        return True
    if country.term.country in title.en_by_country:
        return True  # "Chủ tịch nước Lào": Laos's President, named as Viet Nam's is
    if len(phrase.titles) != 1 or phrase.office is not None:
        return False
    written = fold(text[phrase.title_start : phrase.end])
    for generic_id, forms in data.vietnamese.items():
        for form in forms:
            if not written.startswith(form + " "):
                continue
            body = data.by_stem.get((written[len(form) + 1 :], country.term.country or ""))
            generic = data.generic.get(generic_id)
            if body is not None and generic is not None and _may_head(generic, body):
                phrase.titles[-1], phrase.body = generic, body
                return True
    return False


def _is_generic_unit(body: Term) -> bool:
    """A unit every ministry has, in the glossary without a parent (Circular table 6:
    "Vụ Pháp chế"): the ministry written after it is its own."""
    generic = body.kind == "bureau" or body.id in _GENERIC_UNITS  # "Đảng ủy Bộ ..."
    return generic and body.parent is None and body.country == "VN"


_GENERIC_UNITS = frozenset(_GRAMMAR["generic_units"])


def _belongs_to(body: Term, parent: Term) -> bool:
    """Whether ``parent`` is the body ``body`` belongs to, or was: a unit the 2025
    restructuring moved is written with its ministry of the time ("Cục Biến đổi khí hậu
    (Bộ Tài nguyên và Môi trường)")."""
    return body.parent is not None and (
        body.parent == parent.id or body.parent in parent.successors
    )


def _within(body: Term, parent: Term, data: _TitleData) -> Term:
    """A body named with the body it belongs to ("Ủy ban Kinh tế của Quốc hội"), as one:
    its own head when the glossary gives one, else "... of the <parent>". The parent the
    text writes is kept, even after a name that says its country ("Trade Remedies
    Authority of Viet Nam of the Ministry of Industry and Trade")."""
    from vnus.glossary import Term

    # "of Vietnam Electricity", "of the Vietnam National Textile and Garment Group"
    owner = _company_name(parent.en) if parent.kind == "company" else _the(parent.en)
    english = f"{body.en} of {owner}"
    head = f"{body.head_en} of {owner}" if body.head_en else None
    if parent.id in _POSSESSIVE_PARENTS:  # "the National Assembly's Committee for ..."
        english = f"{owner}'s {body.en}"
        written = f" of {_the(body.en)}"
        if body.head_en and body.head_en.endswith(written):
            head = body.head_en.removesuffix(written) + f" of {english}"
    return Term(
        body.id,
        body.kind,
        f"{body.vi} của {parent.vi}",
        english,
        country=body.country,
        head_en=head,
    )


def _may_head(title: Term, body: Term) -> bool:
    """A country's own title heads only that country's bodies (no U.S. National Security
    Advisor of a Vietnamese ministry), a title that names its body ("Chairman of the
    National Assembly") takes no other, and a title of parties heads only parties (no
    Tổng Bí thư of an association: lexicon ``heads_only``)."""
    kinds = _HEADS_ONLY.get(title.id)
    if kinds is not None and body.kind not in kinds:
        return False
    if title.country is not None and (" of " in title.en or title.id in _UNPREFIXED_TITLES):
        return False  # "Chủ tịch Quốc hội" is already the Chairman of the National Assembly,
        # "Lãnh đạo phe đa số tại Thượng viện" the Senate Majority Leader
    return title.country is None or body.country == title.country


def _body_for(mention: TermMention, country: str | None, data: _TitleData) -> Term:
    if country:
        for term in mention.candidates:
            if term.country == country:
                return term
    return _as_written(mention.term, mention.text)


def _written_names(body: Term) -> tuple[str, ...]:
    """The names a text may write a body by that English writes alike: its abbreviations,
    its other English names, its Vietnamese names in Latin letters ("Microsoft")."""
    own = (v for v in (body.vi, *body.vi_variants) if v.isascii())
    return (*body.abbr, *body.en_variants, *own)


def _as_written(body: Term, written: str) -> Term:
    """A company or organization named by its abbreviation or a Latin-letter name of its
    own keeps that name in English: "WTO" is "the WTO", "VCCI" and "Vietnam Airlines"
    stay as they are (the body, with that English and that Vietnamese)."""
    from vnus.glossary import Term

    latin = written.replace(*_LATIN_NAMES)
    if latin != written and latin in _written_names(body):
        written = latin  # "AmCham Việt Nam": the chamber's own "AmCham Vietnam"
    if body.kind not in _WRITTEN_NAME_KINDS or written == body.en or not written.isascii():
        return body
    as_word = written.isalpha() and written == written.capitalize() and written.upper() in body.abbr
    if written not in _written_names(body) and not as_word:  # "Vitas": VITAS as a word
        return body
    from vnus.glossary import abbr_language

    if written in body.abbr and abbr_language(body, written) == "vi":
        return body  # "NHNN" is the State Bank of Viet Nam in English, not "NHNN"
    if written in _NOT_WRITTEN_IN_ENGLISH:
        return body  # "WB" is the World Bank in English
    name = f"the {written}" if written in _THE_ABBREVIATIONS else written
    head_en = body.head_en
    names = sorted((body.en, *body.en_variants), key=len, reverse=True)
    for old in (*(f"the {n}" for n in names), *names):  # the whole name: "World Bank Group"
        if head_en and old in head_en:
            head_en = head_en.replace(old, name, 1)
            break
    return Term(
        body.id,
        # no "the" before "VCCI": an organization named so reads as a company; an agency
        # keeps its kind (and its head: "Giám đốc USAID" is its Administrator)
        body.kind if name.startswith("the ") or body.kind not in _COMPANY_LIKE else "company",
        written,
        name,
        # its own names stay its names: a holder's record that writes the body whole still
        # only renames it ("nguyên Chủ tịch VCCI Phạm Tấn Công": the President of VCCI)
        en_variants=tuple(n for n in (body.en, *body.en_variants) if n != name),
        country=body.country,
        parent=body.parent,
        head=body.head,
        head_en=head_en,
    )


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
        name = data.country_names.get(phrase.country)
        if body.kind == "ministry" and body.country != phrase.country and name:
            # "Bộ trưởng Tài chính Nhật Bản": another country's ministry of that portfolio,
            # the Minister of Finance of Japan, not Viet Nam's
            from vnus.glossary import Term

            written = country_mention.text
            return Term(
                f"composed.{body.id}.{phrase.country.lower()}",
                body.kind,
                f"{body.vi} {written}",
                f"{body.en} of {country_en(name)}",
                country=phrase.country,
                head_en=f"{body.head_en} of {country_en(name)}" if body.head_en else None,
                head=body.head,
            )
    return body


def _titled(offices: Sequence[Term], phrase: _Phrase, data: _TitleData) -> list[Term]:
    """The offices of a portfolio whose names start with the phrase's title: "Phó Chủ tịch
    Ngân hàng Thế giới phụ trách Đông Á" is no "Trợ lý Ngoại trưởng ... phụ trách Đông Á"."""
    forms = data.vietnamese.get(phrase.titles[-1].id, frozenset())
    return [
        office
        for office in offices
        if any(fold(name).startswith(form + " ") for name in _vi_forms(office) for form in forms)
    ]


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
    holder: Person, phrase: _Phrase, on: datetime.date | None, data: _TitleData
) -> tuple[str, str] | None:
    """The English of the holder's office that fits what the text says, when one does.
    An office of another title written with the same Vietnamese fits too: "Thứ trưởng
    Ngoại giao Mỹ Christopher Landau" is the Deputy Secretary of State he is, not an
    Under Secretary, which Vietnamese writes the same."""
    if len(phrase.titles) != 1 or phrase.office is not None:
        return None
    title = phrase.titles[0]
    written = data.vietnamese.get(title.id, frozenset())
    fitting = {
        (office.en, office.country)
        for office in holder.offices
        if (office.title == title.id or written & data.vietnamese.get(office.title, frozenset()))
        and (phrase.body is None or office.organization == phrase.body.id)
        and (phrase.country is None or office.country == phrase.country)
        and (on is None or office.held_on(on))
    }
    return fitting.pop() if len(fitting) == 1 else None


def _renames_body(recorded: str, said: str, body: Term | None) -> bool:
    """Whether a holder's recorded office differs from the composed one only in the
    name of the body: "Managing Director of the IMF" for "... of the International
    Monetary Fund"."""
    if body is None:
        return False
    title, of, name = recorded.partition(" of ")
    names = {body.en, *_written_names(body)}
    return bool(of) and said.startswith(title + " of ") and name.removeprefix("the ") in names


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
    context: str | None = None,
) -> list[TitleMention]:
    """Every official title phrase in ``text``, with its English and holder, in order.

    ``on`` (the date the text was written, when known) picks among a holder's offices.
    ``glossary`` reads with another glossary; ``people`` names the office-holders
    (the bundled ones when neither is given, none with a custom glossary).
    ``context`` (the text before ``text`` in the same article; ``""`` for none) reads a
    bare title as the last office of that title named with its country: after
    "Ngoại trưởng Hoa Kỳ Antony Blinken", a bare "Ngoại trưởng" is the U.S. Secretary of
    State, not Viet Nam's minister.

    >>> [t.en for t in find_titles("Ngoại trưởng Mỹ đến Hà Nội. Ngoại trưởng nói", context="")]
    ['U.S. Secretary of State', 'U.S. Secretary of State']

    >>> [(t.text, t.en) for t in find_titles("bà Gina Raimondo, Bộ trưởng Bộ Thương mại Hoa Kỳ")]
    [('Gina Raimondo, Bộ trưởng Bộ Thương mại Hoa Kỳ', 'U.S. Secretary of Commerce')]
    """
    from vnus._terms import find_terms, terms_without
    from vnus.people import People

    text = require_str(text)
    source = _glossary_given(glossary)
    if people is not None and not isinstance(people, People):
        raise TypeError(f"people must be People or None, not {type(people).__name__}")
    if on is not None and not isinstance(on, datetime.date):
        raise TypeError(f"on must be a datetime.date or None, not {type(on).__name__}")
    if context is not None and not isinstance(context, str):
        raise TypeError(f"context must be str or None, not {type(context).__name__}")
    if people is None and glossary is None:
        from vnus.people import people as bundled_people

        people = bundled_people()
    data = _title_data(source)
    known: dict[str, str] = {}  # title id -> the country it was last named with
    named: dict[str, str] = {}  # a name's last word -> the full name ("Diên" -> "Nguyễn Hồng Diên")
    for earlier in find_titles(context, glossary=source, people=people, on=on) if context else ():
        _remember(known, earlier, data)
        if earlier.person and " " in earlier.person:
            named[_cased(earlier.person.rsplit(" ", 1)[1])] = earlier.person
    found_terms = find_terms(text, glossary=source)
    broken = [_first_word(m) for m in found_terms if _starts_inside_a_word(m)]
    if broken:  # "chức vụ Phó Chủ tịch": read again without the word "vụ"
        found_terms = terms_without(text, broken, source)
    terms = _with_missions(text, _with_title_countries(text, found_terms, data), data)
    term_starts_sorted = [m.span[0] for m in terms]
    term_starts = _Terms(
        frozenset(term_starts_sorted),
        {m.span[0]: tuple(m.text.split()) for m in terms},
    )
    country_starts = frozenset(m.span[0] for m in terms if m.term.kind in COUNTRY_KINDS)
    found: list[TitleMention] = []
    previous_end = 0
    previous_person: tuple[int, int] | None = None
    meeting_end = 0
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
        _small_modifier(text, phrase, data)
        if (
            (_after_meeting_word(text, phrase.start) and not _after_office_verb(text, phrase.start))
            or (meeting_end and _MEETING_GAP.fullmatch(text, meeting_end, phrase.start))
            or (_rotating_chair(phrase) and _YEAR_AFTER.match(text, phrase.end))
            or _before_ordinary_word(text, phrase.end)
        ):
            index = max(index + 1, phrase.last)  # "Hội nghị Bộ trưởng ...": a meeting
            meeting_end = phrase.end  # "... Bộ trưởng Tài chính và Thống đốc ...": still it
            continue
        if phrase.office is not None and f" {_PORTFOLIO_MARK} " in fold(
            text[phrase.start : phrase.end]
        ):
            phrase.end = _listed_on(text, phrase.end, _word_ends(text, phrase.end))
        name_at = _skip_to_name(text, phrase.end)
        name = (
            _read_name(
                text,
                name_at,
                term_starts,
                people,
                data.name_stoppers,
                any(t.id in _SURNAME_TITLES for t in phrase.titles),
            )
            if name_at >= 0
            else None
        )
        known_as: str | None = None
        if name is None and context is not None and name_at >= 0:
            name, known_as = _named_before(text, name_at, term_starts, named)
        if name is None and (
            _generic(text, phrase)
            or _counted_after(text, phrase.end)
            or _quoted_work(text, phrase)
            or _in_company_name(text, phrase)
            or _name_cased(text, phrase, data)
            or (_is_bare(phrase) and _in_named_event(text, phrase.start))
            or _after_words(text, phrase.start, _NOT_AFTER_UNHELD)
            or _honorary(text, phrase)
        ):
            index = max(index + 1, phrase.last)  # "giám đốc điều hành": any such post
            continue
        start, end = phrase.start, phrase.end
        if name is not None:
            end = name[1]
        elif previous_person is not None and text[previous_person[1] : phrase.start] == ", ":
            name = previous_person  # "Đại sứ Brian Mc Feeters, Chủ tịch ...": the same person
            if found and _rank_only(found[-1]) and found[-1].span[1] == name[1]:
                # "Đại tướng Phan Văn Giang, Bộ trưởng ...": the rank is no office; the name
                # is the apposition's, as in "ông Phan Văn Giang, Bộ trưởng ..."
                found[-1] = _cut(text, found[-1], name[0])
                start = name[0]
        elif previous_person is not None and _cased(text[previous_end : phrase.start]) in {
            f", {word} " for word in _APPOSITION_WORDS
        }:
            name = previous_person  # "Ông X, nguyên Đại sứ ..., hiện là Chủ tịch ...": his
        else:
            name = _read_name_before(
                text, phrase.start, term_starts, previous_end, people, data.name_stoppers
            )
            if name is not None:
                start = name[0]
        if end == phrase.end:  # no name after it: its body's abbreviation may end it
            end = _gloss_end(text, end, phrase, source, terms[phrase.first : phrase.last])
        while phrase.last < len(terms) and terms[phrase.last].span[0] < end:
            phrase.last += 1
        first = bisect.bisect_left(term_starts_sorted, start)
        inside = tuple(m for m in terms[first : phrase.last] if m.span[1] <= end)
        if context is not None and _is_bare(phrase) and phrase.titles[0].id in known:
            phrase.country = known[phrase.titles[0].id]  # the office named earlier
        found.append(_mention(text, start, end, phrase, name, inside, data, people, on, known_as))
        if context is not None and found[-1].person and " " in found[-1].person:
            named[_cased(found[-1].person.rsplit(" ", 1)[1])] = found[-1].person
        if context is not None and not _is_bare(phrase):
            _remember(known, found[-1], data)
        previous_end = end
        previous_person = name
        index = phrase.last
    return _joined(text, found, source)


_TITLE_COUNTRIES_AFTER = frozenset(_GRAMMAR["title_countries"]["after"])


def _with_title_countries(
    text: str, terms: list[TermMention], data: _TitleData
) -> list[TermMention]:
    """The text's terms, with a country's one-word name that is also an ordinary word
    read as the country right after a title (lexicon ``title_countries``): "Thủ tướng
    Anh" is the Prime Minister of the United Kingdom, where the glossary leaves "Anh"
    (also "anh", brother; and a given name) out."""
    if not data.short_countries:
        return terms
    from vnus._terms import TermMention

    added: list[TermMention] = []
    starts = {m.span[0] for m in terms}
    for mention in terms:
        if mention.term.id not in _TITLE_COUNTRIES_AFTER:
            continue
        at = mention.span[1] + 1
        if text[mention.span[1] : at] != " " or at in starts:
            continue
        word = _WORD.match(text, at)
        country = data.short_countries.get(word.group()) if word else None
        if word is None or country is None:
            continue
        following = _WORD.match(text, word.end() + 1)
        name = following.group() if following is not None else ""
        if _is_upper_word(name) and not name.isascii():
            continue  # "Bộ trưởng Anh Tuấn": a Vietnamese name, not Britain
        added.append(TermMention(word.span(), word.group(), country, (country,)))
    return sorted([*terms, *added], key=lambda m: m.span) if added else terms


# cased Vietnamese -> (the Vietnamese as written, the English)
_MISSIONS: dict[str, tuple[str, str]] = {
    _cased(m["vi"]): (m["vi"], m["en"]) for m in _GRAMMAR["missions"]
}


def _with_missions(text: str, terms: list[TermMention], data: _TitleData) -> list[TermMention]:
    """The text's terms, with a state's mission in another country the glossary has no
    entry for read as one body (lexicon ``missions``): "Đại sứ quán Việt Nam tại Chile" is
    the Embassy of Viet Nam in Chile, so its Counsellor and its Chargé d'affaires are its."""
    from vnus._terms import TermMention
    from vnus.glossary import Term

    countries = [m for m in terms if m.term.kind in COUNTRY_KINDS and m.term.country]
    if len(countries) < 2:
        return terms
    by_start = {m.span[0]: m for m in countries}
    covered = [m.span for m in terms if m.term.kind in BODY_KINDS]
    added: list[TermMention] = []
    for sending in countries:
        before = _cased(text[max(0, sending.span[0] - 24) : sending.span[0]])
        mission = next((w for w in _MISSIONS if before.endswith(f"{w} ")), None)
        if mission is None:
            continue
        start = sending.span[0] - len(mission) - 1
        if any(a <= start < b for a, b in covered):
            continue  # a mission the glossary knows: "Đại sứ quán Hoa Kỳ tại Việt Nam"
        at = text.find(" ", sending.span[1]) + 1
        word = next((w for w in _ACCREDITED["words"] if _cased(text[at:]).startswith(f"{w} ")), "")
        host = by_start.get(at + len(word) + 1) if word else None
        if host is None or host.term.country == sending.term.country:
            continue
        sender, receiver = sending.term.country or "", host.term.country or ""
        english = (
            f"{_MISSIONS[mission][1]} of"
            f" {country_en(data.country_names.get(sender, sending.term.en))}"
            f" in {country_en(data.country_names.get(receiver, host.term.en))}"
        )
        written = text[start : host.span[1]]
        body = Term(f"mission.{sender}.{receiver}", "office", written, english, country=sender)
        added.append(TermMention((start, host.span[1]), written, body, (body,)))
    if not added:
        return terms
    spans = [mission.span for mission in added]
    kept = [m for m in terms if not any(a <= m.span[0] < b for a, b in spans)]
    return sorted([*kept, *added], key=lambda m: m.span)


# A ministry's or a directorate's units, and the bodies they are written with
_UNIT_KINDS = frozenset({"bureau", "agency"})
_UNIT_PARENT_KINDS = frozenset({"ministry", "agency", "bureau"})
_LOCAL_KINDS = frozenset({"local-government", "party-body"})
_PLACE_KINDS = frozenset({"province", "city"})


def _place_in(mention: TitleMention, glossary: Glossary) -> str | None:
    """The province or city a title's local body names, as written ("Bắc Ninh" of "UBND
    tỉnh Bắc Ninh"): the shortest end of the body's words that the glossary knows as one."""
    if mention.body is None or mention.body.kind not in _LOCAL_KINDS:
        return None
    for term in mention.terms:
        if term.term.id != mention.body.id:
            continue
        words = term.text.split(" ")
        for start in range(len(words) - 1, 0, -1):
            written = " ".join(words[start:])
            if any(t.kind in _PLACE_KINDS for t in glossary.lookup_all(written)):
                return written
    if mention.body.id == _COMPOSED_LOCAL:  # "UBND phường Bến Thành": after its level word
        words = mention.body.vi.split(" ")
        cased = [_cased(w) for w in words]
        for level, _ in _LEVEL_SPELLINGS:
            size = len(level.split(" "))
            for at in range(len(words) - size, 0, -1):
                named = at + size < len(words) and _is_upper_word(words[at + size])
                if named and " ".join(cased[at : at + size]) == level:  # not "Tỉnh ủy"
                    return " ".join(words[at:])  # "phường Bến Thành": with its level
    return None


def _placed(run: Sequence[TitleMention], glossary: Glossary) -> list[str]:
    """The English of one person's titles, each local title with the place another title
    of the run names: "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Bắc Ninh" is the Deputy
    Secretary of the Bac Ninh Provincial Party Committee and the Chairman of the Bac Ninh
    Provincial People's Committee. A title keeps its English unless, with the place, it
    reads whole as a title of another body."""
    places = [_place_in(m, glossary) for m in run]
    english = [m.en for m in run]
    for index, mention in enumerate(run):
        body = mention.body
        if places[index] is not None or body is None or body.kind not in _LOCAL_KINDS:
            continue
        nearest = sorted((abs(other - index), place) for other, place in enumerate(places) if place)
        if not nearest:
            return english
        words = mention.text
        if mention.person and words.endswith(mention.person):
            words = words[: -len(mention.person)].rstrip(" ,-–")
        place = nearest[0][1]
        # a place named with its level word reads after a unit that names its level
        # ("Đảng ủy" + "phường Bến Thành") or without it ("Huyện ủy" + "Mê Linh")
        named = (
            [place, place.split(" ", 1)[1]]
            if _cased(place.split(" ", 1)[0]) in {lv.split(" ")[0] for lv, _ in _LEVEL_SPELLINGS}
            and " " in place
            else [place]
        )
        for place in named:
            phrase = f"{words} {place}"
            read = find_titles(phrase, glossary=glossary, people=None)
            if (
                len(read) == 1
                and read[0].span == (0, len(phrase))
                and read[0].body is not None
                and (read[0].body.id, read[0].body.en) != (body.id, body.en)  # composed too
            ):
                english[index] = read[0].en
                break
    return english


def _generic(text: str, phrase: _Phrase) -> bool:
    """A title written in small letters with nothing that makes it one office (no body,
    country, post or holder) is the common noun: "vị trí giám đốc điều hành", "trở thành
    giám đốc", "chính thể cộng hòa tổng thống". A company's board alone is no body."""
    written = text[phrase.title_start : phrase.end]
    if written != written.lower():
        return False
    body = phrase.body
    return (
        (body is None or body.id in _BOARDS)
        and phrase.office is None
        and phrase.country is None
        and phrase.posted_to is None
    )


_PLURAL_AFTER = tuple(f" {word} " for word in _GRAMMAR["plural_after"])


def _counted_after(text: str, end: int) -> bool:
    """Whether the words after a title count its bodies: "Chủ tịch UBND các tỉnh" names
    the chairmen of many committees, no one office."""
    after = text[end : end + 8].casefold()
    return after.startswith(_PLURAL_AFTER)


_QUOTES: dict[str, str] = dict(_GRAMMAR["work_quotes"])
_QUOTED_WORDS: int = _GRAMMAR["work_quote_words"]


def _quoted_work(text: str, phrase: _Phrase) -> bool:
    """A title with no holder inside a short quotation is the name of a work, a contest
    or a programme: the play "“Ngài Bộ trưởng”", the contest "“Đại sứ văn hóa đọc”"."""
    words = text[max(0, phrase.start - 16 * _QUOTED_WORDS) : phrase.start].split(" ")
    window = " ".join(words[-_QUOTED_WORDS - 1 :])  # the quotation's words before the title
    for opening, closing in _QUOTES.items():
        at = window.rfind(opening)
        if at < 0 or (opening == closing and window.count(opening) % 2 == 0):
            continue
        if at > 0 and window[at - 1].isalnum():
            continue  # an apostrophe ("People's"), not a quotation opening
        start = phrase.start - len(window) + at + 1
        end = text.find(closing, phrase.end)
        while 0 <= end < len(text) - 1 and text[end + 1].isalnum():
            end = text.find(closing, end + 1)  # "Nation's" inside the quotation
        if end >= 0 and len(text[start:end].split()) <= _QUOTED_WORDS:
            return True
    return False


def _name_cased(text: str, phrase: _Phrase, data: _TitleData) -> bool:
    """A title alone (no body, country, post or holder) written with every word
    capitalised where the office's own form has small letters is a proper name: the
    player "Nguyễn Quốc Vương", the restaurant "Nhà hàng Thống Đốc"."""
    written = text[phrase.title_start : phrase.end].split()
    if len(written) < 2 or not all(w[:1].isupper() for w in written) or not _is_bare(phrase):
        return False
    return fold(" ".join(written)) in data.vietnamese.get(phrase.titles[0].id, ()) and any(
        not w[:1].isupper() for w in phrase.titles[0].vi.split()[1:]
    )


_NAMED_EVENT_WORDS = 3  # capitalised words of a name between its kind and a title


def _in_named_event(text: str, start: int) -> bool:
    """Whether a title with no holder at ``start`` ends the name of a meeting, a prize or
    a programme whose kind is a word of `not_after` and whose own words (the first one
    capitalised) stand between: "Hội nghị Thượng đỉnh Thị trưởng ASEAN", "Huân chương
    Tự do Tổng thống"."""
    words = text[max(0, start - 60) : start].split(" ")[:-1]
    for n in range(1, _NAMED_EVENT_WORDS + 1):
        if len(words) <= n or not all(w.isalpha() for w in words[-n:]):
            return False
        if not words[-n][:1].isupper():  # a name's first word is capitalised: "Tự do"
            continue
        if _after_meeting_word(text, start - len(" ".join(words[-n:])) - 1):
            return True
    return False


def _in_company_name(text: str, phrase: _Phrase) -> bool:
    """A title written with every word capitalised right after a company's name begins is
    part of that name: "Công ty TNHH Thương mại Đại Sứ" (a trading company)."""
    written = text[phrase.title_start : phrase.end].split()
    if len(written) < 2 or not all(w[:1].isupper() for w in written):
        return False
    before = _cased(" ".join(text[max(0, phrase.start - 48) : phrase.start].split()[-7:]))
    return any(f"{word} " in f"{before} " for word in _COMPANY_WORDS)


def _gloss_end(
    text: str, end: int, phrase: _Phrase, glossary: Glossary, inside: Sequence[TermMention] = ()
) -> int:
    """Where a title phrase ends with the abbreviation or other name of its body in
    brackets after it: "Tổng Giám đốc Tổ chức Thương mại Thế giới (WTO)", or of the
    company its board belongs to, written last: "Chủ tịch Hội đồng thành viên Tập đoàn
    Điện lực Việt Nam (EVN)". Other brackets are no part of it."""
    if not text.startswith(" (", end):
        return end
    close = text.find(")", end + 2, end + 2 + _MAX_GLOSS)
    if close < 0:
        return end
    written = fold(text[end + 2 : close])
    last = [m.term for m in inside if m.span[1] == end and m.term.kind in BODY_KINDS]
    named = (phrase.body, phrase.office, *phrase.titles, *last)
    for term_id in dict.fromkeys(t.id for t in named if t):
        try:
            term = glossary.get(term_id)
        except KeyError:
            continue  # a company read by its kind
        if written in {fold(f) for f in term.forms()}:
            return close + 1
    return end


_MAX_GLOSS = 80  # characters: an abbreviation or a short name


_RANK_IDS = _GRAMMAR["rank_ids_start"]


def _rank_only(mention: TitleMention) -> bool:
    """Whether a mention names only a military or police rank ("Đại tướng ...")."""
    titles = [t for t in mention.terms if t.term.kind in TITLE_KINDS]
    return bool(titles) and all(t.term.id.startswith(_RANK_IDS) for t in titles)


def _cut(text: str, mention: TitleMention, at: int) -> TitleMention:
    """The mention ended before ``at`` (where its holder's name starts), keeping its holder."""
    end = len(text[:at].rstrip())
    return attrs.evolve(
        mention,
        span=(mention.span[0], end),
        text=text[mention.span[0] : end],
        terms=tuple(t for t in mention.terms if t.span[1] <= end),
    )


def _name_first(mention: TitleMention) -> bool:
    """Whether the holder is named before the title: in its text ("ông X, Bộ trưởng ..."),
    or before it, with a rank ("Đại tướng Phan Văn Giang, Ủy viên Bộ Chính trị, ...")."""
    if mention.person is None:
        return False
    return mention.text.startswith(mention.person) or mention.person not in mention.text


def _joined(text: str, found: list[TitleMention], glossary: Glossary) -> list[TitleMention]:
    """One person's titles written one after another, joined by a comma or "kiêm", as one
    mention: "Ủy viên Bộ Chính trị, Thường trực Ban Bí thư Trần Cẩm Tú", "Phó Bí thư Tỉnh
    ủy, Chủ tịch UBND tỉnh Ninh Bình Vũ Đức Hậu". The run names its holder once, at its
    end (or before its first title); a list of offices without a name stays a list."""
    joined: list[TitleMention] = []
    index = 0
    while index < len(found):
        run = [found[index]]
        while index + len(run) < len(found):
            last, following = run[-1], found[index + len(run)]
            gap = _cased(text[last.span[1] : following.span[0]])
            named_before = (_name_first(run[0]) and len(run) == 1) or last.person is None
            if gap not in _RUN_JOINERS or not named_before:
                break
            if last.person is not None and following.person is not None:
                break
            run.append(following)
            if following.person is not None:
                break
        holder = next((m for m in run if m.person is not None), None)
        if len(run) == 1 or holder is None or (run[-1].person is None and holder is not run[0]):
            joined.append(found[index])
            index += 1
            continue
        # "Bộ trưởng Bộ Quốc phòng, Đại tướng Phan Văn Giang": the rank before the name is
        # the holder's, not a second office
        offices = [m for m in run if not _rank_only(m)] or run
        english = _and_joined(_placed(offices, glossary))
        first = run[0]
        joined.append(
            attrs.evolve(
                first,
                span=(first.span[0], run[-1].span[1]),
                text=text[first.span[0] : run[-1].span[1]],
                en=english,
                person=holder.person,
                holder=holder.holder,
                country=first.country or run[-1].country,
                terms=tuple(t for m in run for t in m.terms),
            )
        )
        index += len(run)
    return joined


def _named_before(
    text: str, position: int, terms: _Terms, named: dict[str, str]
) -> tuple[tuple[int, int] | None, str | None]:
    """ "Bộ trưởng Diên" after "Bộ trưởng Nguyễn Hồng Diên": the press names a person
    again by the last word of the name; the span of that word and the full name."""
    match = _NAME_WORD.match(text, position)
    if match is None or match.start() in terms.starts or not _is_upper_word(match.group()):
        return None, None
    word = match.group().rstrip(".")
    following = _NAME_WORD.match(text, match.end() + 1)
    if (
        text[match.end() : match.end() + 1] == " "
        and following
        and _is_upper_word(following.group())
    ):
        return None, None  # a longer name, not the one read before
    full = named.get(_cased(word))
    if full is None:
        return None, None
    return (match.start(), match.start() + len(word)), full


def _is_bare(phrase: _Phrase) -> bool:
    """A title with nothing that says whose office it is: no body, country or post."""
    return (
        len(phrase.titles) == 1
        and phrase.body is None
        and phrase.country is None
        and phrase.office is None
        and phrase.posted_to is None
        and phrase.titles[0].country is None
    )


def _remember(known: dict[str, str], mention: TitleMention, data: _TitleData) -> None:
    """Note the country of a title named with it, under that title and under the bare
    titles it begins with ("Ngoại trưởng Hoa Kỳ" is also a "Ngoại trưởng")."""
    if mention.title is None or not mention.country:
        return
    known[mention.title.id] = mention.country
    forms = data.vietnamese.get(mention.title.id, frozenset())
    for title_id, bare in data.vietnamese.items():
        if any(f.startswith(b + " ") for f in forms for b in bare):
            known[title_id] = mention.country


_SUBSIDIARY_NAMES: dict[str, str] = dict(_GRAMMAR["subsidiary_names"])


def _as_subsidiary(phrase: _Phrase, inside: tuple[TermMention, ...], data: _TitleData) -> None:
    """A company written with a country right after it is its subsidiary there, named as
    companies name them: "Tổng Giám đốc Intel Việt Nam" heads Intel Vietnam, not Intel
    (lexicon ``subsidiary_names``); the country is then no prefix of the title."""
    body = phrase.body
    if body is None or body.kind != "company" or phrase.country in (None, body.country):
        return
    ends = {m.span[1] for m in inside if m.term.id == body.id}
    country = next(
        (m for m in inside if m.term.kind in COUNTRY_KINDS and m.span[0] - 1 in ends), None
    )
    code = phrase.country or ""
    name = _SUBSIDIARY_NAMES.get(code) or data.country_names.get(code)
    if country is None or not name:
        return
    phrase.body = attrs.evolve(
        body, en=f"{body.en} {name}", en_variants=(), head=None, head_en=None, country=code
    )
    phrase.country = None


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
    known_as: str | None = None,
) -> TitleMention:
    person = text[name[0] : name[1]] if name else None
    full = known_as or person
    holder = people.find(full) if people is not None and full else None
    _as_subsidiary(phrase, inside, data)
    # The text's own evidence of the office's country: a country word, the body, the title.
    country = (
        phrase.country
        or (phrase.body.country if phrase.body else None)
        # "Ngoại trưởng kiêm Cố vấn An ninh Quốc gia Mỹ": the country one title names is
        # the others' too
        or next((t.country for t in phrase.titles if t.country), None)
    )
    explicit = phrase.country is not None
    prefixed = country is not None
    office = phrase.office
    en: str | None = None
    recorded = False  # the English is the holder's office as people.toml records it
    if holder is not None:
        fitting = _holder_office_en(holder, phrase, on, data)
        recorded = fitting is not None
        if fitting is not None:
            core, country = fitting[0], country or fitting[1]
            # no "U.S." before a company's officer, nor before a title whose body names its
            # institution ("Chairman of the Senate Committee on Finance": _named_country
            # puts it before the chamber when the text names the country)
            unprefixed = (
                phrase.body is not None
                and phrase.body.kind in PRIVATE_KINDS | _UNPREFIXED_KINDS
                and core not in data.posts
            ) or any(t.id in _UNPREFIXED_TITLES for t in phrase.titles)
            english = _with_country(data, core, None if unprefixed else country, False)
            prefixes = [m.en for m in phrase.modifiers if not english.startswith(m.en)]
            en = " ".join([*prefixes, english])
            # the office the text names, where the record only adds its post ("Đại sứ Hoa
            # Kỳ Marc Knapper" is the U.S. Ambassador) or names its body otherwise ("Tổng
            # Giám đốc Quỹ Tiền tệ Quốc tế", not the record's "IMF")
            said = _compose(
                data, phrase.modifiers, phrase.titles, phrase.body, office, country,
                explicit, phrase.posted_to, prefixed,
            )  # fmt: skip
            if said != en and (
                (prefixed and en.startswith((said + " to ", said + " in ")))
                or _renames_body(en, said, phrase.body)
                # the text lists more countries than the record: "... for Viet Nam,
                # Cambodia and Laos"
                or (
                    phrase.posted_to is not None
                    and bool(phrase.posted_to.listed)
                    and said.startswith(en + ", ")
                )
            ):
                en, recorded = said, False
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
    en = _named_country(data, en, country, text[phrase.start : phrase.end], phrase)
    en = _home_country_named(data, en, country, text[phrase.start : phrase.end], phrase)
    en = _formal_country(data, en, country, text[phrase.start : phrase.end])
    en = _others_formal(data, en, text[phrase.start : phrase.end])
    if name is not None and _is_woman(text, name, full):
        en = _FEMININE.sub(lambda m: _FEMININE_EN[m.group()], en)
    if phrase.body is not None and phrase.body.kind == "company" and not recorded:
        # a company's officer as companies write it; a holder's recorded office as it is
        en = _COMPANY_SHORT.sub(lambda m: _COMPANY_SHORT_EN[m.group()], en)
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


_COMPANY_SHORT_EN: dict[str, str] = dict(_GRAMMAR["company_short_forms"])
_COMPANY_SHORT = re.compile(r"\b(?:" + "|".join(map(re.escape, _COMPANY_SHORT_EN)) + r")\b")
_FEMININE_EN: dict[str, str] = dict(_GRAMMAR["feminine"])
_FEMININE = re.compile(r"\b(?:" + "|".join(map(re.escape, _FEMININE_EN)) + r")\b")


def _is_woman(text: str, name: tuple[int, int], full: str | None) -> bool:
    """Whether the text shows the holder named at ``name`` is a woman: "bà" before the
    name, or "Thị" after a Vietnamese surname in it (lexicon names.toml)."""
    honorific = _honorific_ending(text, name[0])
    if honorific is not None and _cased(text[honorific : name[0] - 1]) in _FEMALE_HONORIFICS:
        return True
    words = [_cased(w) for w in (full or text[name[0] : name[1]]).split()]
    return bool(words) and words[0] in _SURNAMES and any(w in _FEMALE_MIDDLE for w in words[1:])


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
        joined = _one_run(phrase, mentions, source)
        if joined is not None:
            return joined
        raise TermNotFound(text, _suggest(source, text))
    listed = _country_list(phrase, source)
    if listed is not None:  # "... for Viet Nam, Cambodia and Laos": the first, then the rest
        first = translate_title(listed[0], target="vi", glossary=source)
        *others, last = listed[1]
        return ", ".join([first, *others]) + f" {_LIST_AND} {last}"
    ranked = _rank_after_country(phrase)
    found = (ranked and _to_vietnamese(ranked, source, checked=phrase)) or _to_vietnamese(
        phrase, source
    )
    for other, grammatical in () if found else _english_orders(phrase, source):
        # a rewrite by the grammar reads as that English would; a guessed order only if
        # what it finds reads back as written
        found = _to_vietnamese(other, source, checked="" if grammatical else phrase)
        if found:
            break
    return found or _raise(text, source)


def _country_list(english: str, glossary: Glossary) -> tuple[str, list[str]] | None:
    """A post for several countries ("... for Viet Nam, Cambodia and Laos"): the title
    with the first country, and the Vietnamese names of the others."""
    if " and " not in english:
        return None
    named = _title_data(glossary).by_country_en

    def ending(text: str, before: str) -> str | None:  # the longest country name it ends in
        found = [n for n in named if text.endswith(before + n)]
        return max(found, key=len) if found else None

    last = ending(english, " and ")
    if last is None:
        return None
    head, parts = english[: -len(" and " + last)], [last]
    while (part := ending(head, ", ")) is not None:
        head = head[: -len(", " + part)]
        parts.insert(0, part)
    if not any(ending(head, word) for word in _POST_WORDS):
        return None
    return head, [named[part].vi for part in parts]


def _rank_after_country(english: str) -> str | None:
    """ "U.S. Deputy Secretary of State" in the order vnus reads it, the modifier first
    (lexicon ``rank_modifiers``): before the English as written, which would read
    "Deputy Secretary" as one title."""
    for word in COUNTRY_PREFIX.values():
        rest = english.removeprefix(word + " ")
        for rank in _RANK_MODIFIERS if rest != english else ():
            if rest.startswith(rank + " "):
                return f"{rank} {word} {rest[len(rank) + 1 :]}"
    return None


_POSSESSIVE = re.compile(r"['’]s ")
# A unit's parent written after it in a comma or in brackets, as the Vietnamese does
# ("Vụ trưởng Vụ Pháp chế, Bộ Công Thương"): the parent is a body, its name capitalised.
_PARENT_MARKS = ((", ", ""), (" (", ")"))
_BODY_START = re.compile(r"(?:the )?[A-Z]")
_POST_WORDS = (" for ", " in ", " to ")


def _english_orders(english: str, glossary: Glossary) -> Iterator[tuple[str, bool]]:
    """An English title in the order vnus writes, from the other orders English uses:
    a possessive ("Chairman of the National Assembly's Committee for X": "Chairman of the
    Committee for X of the National Assembly") and a body before its title ("WTO
    Director-General", "World Bank Country Director for Viet Nam": "Director-General of
    the WTO", "Country Director of the World Bank in Viet Nam"); a U.S. office named with
    the country's name ("President of the United States of America", "Ambassador of the
    United States to Viet Nam", "United States Trade Representative"): "U.S. ..."."""
    yield from _prefixed_country(english, glossary)
    provincial = _without_provincial(english, glossary)
    if provincial is not None:  # "the Quang Ninh Customs Department": its "Provincial"
        yield provincial, True
    match = _PLACE_FIRST_DEPARTMENT.fullmatch(english)
    if match is not None:  # "Director of the Ha Noi Department of Finance": its place last
        place = match["place"].strip()
        for level in ("", *(f" {en}" for _, en in _LEVELS)):  # a city, or "Ninh Binh Province"
            yield f"{match['head']} of the {match['unit']} of {place}{level}", True
    for opening, closing in _PARENT_MARKS:  # "... Department, Ministry of X", "(Ministry of X)"
        at = english.rfind(opening)
        if at > 0 and english.endswith(closing) and _BODY_START.match(english, at + len(opening)):
            inner = english[at + len(opening) : len(english) - len(closing)]
            yield f"{english[:at]} of the {inner.removeprefix('the ')}", True
    match = _POSSESSIVE.search(english)
    if match is not None:
        before, after = english[: match.start()], english[match.end() :]
        cut = max(before.rfind(" of the "), before.rfind(" of "))
        owner_at = cut + (8 if before[cut:].startswith(" of the ") else 4) if cut >= 0 else 0
        owner = before[owner_at:].removeprefix("the ")
        if owner:
            yield f"{before[:owner_at]}{after} of the {owner}", True
    data = _title_data(glossary)
    words = english.split(" ")
    tail = ""
    for word in _POST_WORDS:
        at = english.rfind(word)
        if at > 0:
            words, tail = english[:at].split(" "), english[at:]
            break
    modifiers = {
        english
        for term in glossary
        if term.kind in MODIFIER_KINDS
        for english in (term.en, *term.en_variants)
    }
    for cut_at in range(1, len(words)):
        title = " ".join(words[cut_at:])
        lead, _, rest = title.partition(" ")
        bare = rest if lead in modifiers else title  # "World Bank Deputy Country Director"
        found = data.english.get(_en_key(bare))
        if found is None or found[1] is not None:
            continue  # the words after the body are a title alone
        body = " ".join(words[:cut_at])
        posts = [tail, tail.replace(" for ", " in ", 1)] if tail.startswith(" for ") else [tail]
        for post in posts:
            yield f"{title} of the {body}{post}", False
            yield f"{title} of {body}{post}", False


# A provincial department named with its place first, as English news writes it: "the Ha
# Noi Department of Finance" (vnus composes the Circular's "Department of Finance of Ha
# Noi"). The unit word is the lexicon's department English ("Department of ...").
_PLACE_FIRST_DEPARTMENT = re.compile(
    r"(?P<head>[^,]{1,80}?) of the (?P<place>(?:[A-Z][a-z]+ ){1,4}?)"
    + r"(?P<unit>"
    + re.escape(str(_DEPARTMENTS["en"]).split("{", 1)[0].strip())
    + r" [^,]{1,80}(?:, [^,]{1,40})*)"
)


def _without_provincial(english: str, glossary: Glossary) -> str | None:
    """A province's unit named without "Provincial" ("Director of the Quang Ninh Customs
    Department"), with it as vnus writes the unit: "... Quang Ninh Provincial Customs
    Department"."""
    at = english.find(" of the ")
    if at < 0:
        return None
    rest = english[at + len(" of the ") :]
    kind = _LEVEL_KINDS[_DEPARTMENTS["place_before"]]
    for term in glossary:
        if term.kind != kind:
            continue
        for name in (term.en, *term.en_variants):
            if rest.startswith(name + " ") and not rest.startswith(f"{name} {_PROVINCIAL} "):
                before = english[: at + len(" of the ")]
                return f"{before}{name} {_PROVINCIAL} {rest[len(name) + 1 :]}"
    return None


# the word a province's units take in English, from the lexicon's first province unit that
# has an English without its place ("Provincial People's Committee"): "Provincial"
_PROVINCIAL = next(
    str(u["bare_en"]).split(" ", 1)[0]
    for u in _ALL_UNITS
    if u.get("bare_en") and str(u["vi"]).endswith(f" {_DEPARTMENTS['place_before']}")
)


def _prefixed_country(english: str, glossary: Glossary) -> Iterator[tuple[str, bool]]:
    """A title of a country vnus names by a prefix ("U.S."), written with the country's
    name after the title ("... of the United States [of America]") or before it."""
    for code, prefix in COUNTRY_PREFIX.items():
        country = next((t for t in glossary if t.kind in COUNTRY_KINDS and t.country == code), None)
        names = (country.en, *country.en_variants) if country is not None else ()
        for name in sorted((n for n in names if " " in n), key=len, reverse=True):
            marker = f" of the {name}"
            at = english.find(marker)
            after = english[at + len(marker) : at + len(marker) + 1]
            if at > 0 and after in ("", " ", ","):
                yield f"{prefix} {english[:at]}{english[at + len(marker) :]}", True
                return
            if english.startswith(f"{name} ") or english.startswith(f"the {name} "):
                yield f"{prefix} {english.removeprefix('the ')[len(name) + 1 :]}", True
                return


def _one_run(phrase: str, mentions: list[TitleMention], glossary: Glossary) -> str | None:
    """The English of one person's titles written one after another, the whole phrase:
    "Tổng Thư ký Quốc hội, Chủ nhiệm Văn phòng Quốc hội"."""
    if len(mentions) < 2 or mentions[0].span[0] != 0 or mentions[-1].span[1] != len(phrase):
        return None
    for before, after in itertools.pairwise(mentions):
        if _cased(phrase[before.span[1] : after.span[0]]) not in _RUN_JOINERS:
            return None
    if any(m.person for m in mentions):
        return None
    return _and_joined(_placed(mentions, glossary))


def _and_joined(names: Sequence[str]) -> str:
    """Titles of one person in English: "A and B", "A, B and C"."""
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + " and " + names[-1]


def _raise(text: str, glossary: Glossary) -> str:
    raise TermNotFound(text, _suggest(glossary, text))


def _suggest(glossary: Glossary, text: str) -> list[str]:
    return [f"{m.form} ({m.term.id})" for m in glossary.search(text, 3, kind="title")]


def _to_vietnamese(text: str, glossary: Glossary, *, checked: str = "") -> str | None:
    """The Vietnamese of an English title; with ``checked`` (the English as written, which
    vnus rewrote to ``text`` before reading it), only one that reads back to ``text`` or
    to ``checked`` (up to the fold)."""
    data = _title_data(glossary)
    if not data.english:
        data.english.update(_english_index(glossary, data))
    english = text.strip()
    for code, (formal_vi, formal_en) in data.others_formal.items():
        short = data.country_names.get(code, "")
        if short and f" the {formal_en}" in english:
            # "... to the Russian Federation": read with "Russia", then "Liên bang Nga"
            plain = _to_vietnamese(english.replace(f" the {formal_en}", f" {short}"), glossary)
            short_vi = _country_vi(glossary, code)
            if plain and short_vi and f" {short_vi} " in f" {plain} ":
                return f" {plain} ".replace(f" {short_vi} ", f" {formal_vi} ", 1).strip()
    direct = data.english.get(_en_key(english))
    ways = [_reverse, _reverse_modifier, _reverse_rest]
    if direct is not None and direct[1] is not None:
        title, body = direct[0][0], direct[1]
        named_apart = (
            not _fits_body(title, body)
            and title.id not in _FIELD_TITLES
            # "President and CEO of Boeing": the Tổng giám đốc the glossary names its head;
            # "President and Chair of the Export-Import Bank ...": the two offices its
            # head holds, which a reading of "President" alone would break apart
            and not (title.id == body.head and body.kind == "company")
            and not (
                _en_key(english) == _en_key(body.head_en or "")
                and " and " in _head_office(body.head_en or "")
            )
        )
        if named_apart or _cased(body.vi).startswith(_cased(title.vi) + " "):
            # "U.S. Consul General in Ho Chi Minh City": "Tổng Lãnh sự Hoa Kỳ tại ...", the
            # words a text uses, before the consulate's "Giám đốc"; "Đại sứ Việt Nam tại
            # Hoa Kỳ" before "Đại sứ Đại sứ quán ..."; "Deputy Director General of the
            # General Statistics Office": "Phó" + its Tổng cục trưởng, before a Vụ phó.
            ways = [_reverse_modifier, _reverse_rest, _reverse]
    found_all = [way(english, glossary, data, 0) for way in ways]
    for prefix in COUNTRY_PREFIX.values():
        at = english.find(f" {prefix} ")
        if at > 0:  # "Chairman of the U.S. Senate Committee ...": the country as _named_country
            # put it; the body is read without it
            bare = english[:at] + english[at + len(prefix) + 1 :]
            found_all += [way(bare, glossary, data, 0) for way in ways]
    found_all += [_core_vi(glossary, *o) for o in data.alternatives.get(_en_key(english), [])]
    if direct is not None:  # the title and the body each written whole, if that reads back
        found_all.append(_core_vi(glossary, *direct, merge=False))
    candidates = list(dict.fromkeys(f"{f[0]} {f[1]}".strip() for f in found_all if f))
    for code, prefix in COUNTRY_PREFIX.items():
        named = _country_vi(glossary, code)
        if f" {prefix} " in f" {english} ":  # "Speaker of the U.S. House": "... Hạ viện Hoa Kỳ"
            candidates += [f"{c} {named}" for c in candidates if named and named not in c]
        elif named:  # "Chair of the Federal Reserve": "Chủ tịch Fed", the body by its
            # abbreviation, where its Vietnamese name ends in the country the English leaves out
            candidates += [
                f"{f[0]} {abbr}".strip()
                for f in found_all
                if f and f[1].endswith(f" {named}")
                for term in glossary.lookup_all(f[1])
                for abbr in term.abbr
            ]
    readings = []
    leveled: list[bool] = []  # the lexicon names this title's English with this body
    for candidate in candidates:
        mentions = find_titles(candidate, glossary=glossary, people=None)
        one = mentions[0] if len(mentions) == 1 else None
        readings.append(one.en if one is not None else None)
        leveled.append(
            one is not None
            and one.title is not None
            and one.body is not None
            and (one.title.id, one.body.id) in data.levels
        )
    # Of those that read back alike, first the one whose title the lexicon names with its
    # body: "General Secretary of VASEP" is its Tổng Thư ký, never a Tổng Bí thư.
    order = sorted(range(len(candidates)), key=lambda n: not leveled[n])
    candidates = [candidates[n] for n in order]
    readings = [readings[n] for n in order]
    # The first that the forward direction reads back as written, else up to the fold
    # ("Director General" and "Director-General" are one key).
    # Exactly, then up to the equated spellings only (the hyphen of "Director-General"
    # still counts), then up to the fold.
    wanted = [english, checked] if checked else [english]
    for same in (
        lambda e, w: e == w,
        lambda e, w: _respelled(e) == _respelled(w),
        lambda e, w: _en_key(e) == _en_key(w),
    ):
        for candidate, reading in zip(candidates, readings, strict=True):
            if reading is not None and any(same(reading, w) for w in wanted):
                return candidate
    return candidates[0] if candidates and not checked else None


_AFTER_TITLE = frozenset(_GRAMMAR["after_title_modifiers"])
_BODIES_ONLY_AT_HOME = frozenset(_GRAMMAR["bodies_only_at_home"])
_HEADS_ONLY: dict[str, frozenset[str]] = {
    title: frozenset(kinds) for title, kinds in _GRAMMAR["heads_only"].items()
}
_ENGLISH_SPELLINGS = tuple(
    (f" {a} ", f" {b} ") for a, b in lexicon.table("spelling", "english_spellings")
)


def _respelled(english: str) -> str:
    """An English title up to the spellings the lexicon equates and the article, with
    its case and punctuation kept."""
    key = f" {english.casefold()} ".replace(" the ", " ")
    for spelling, read_as in _ENGLISH_SPELLINGS:
        key = key.replace(spelling, read_as)
    return key[1:-1]


@functools.lru_cache(maxsize=8192)
def _en_key(english: str) -> str:
    """An English title's key for reading it back: folded, without the article ("of
    Department of Taxation" as in the tax authority's own list), and up to the spellings
    the lexicon equates ("Viet Nam" and "Vietnam", "Defence" and "Defense")."""
    key = f" {fold(english)} ".replace(" the ", " ")
    for spelling, read_as in _ENGLISH_SPELLINGS:
        if spelling in key:
            key = key.replace(spelling, read_as)
    return key[1:-1]


_MAX_REVERSE_DEPTH = 6


def _reverse(
    english: str, glossary: Glossary, data: _TitleData, depth: int
) -> tuple[str, str] | None:
    """An English title read back as (Vietnamese title words, what follows them).

    Reads what the forward direction writes, outside in: modifiers ("Acting", "Vice"),
    two titles joined by "and", a post ("to Japan", "in Ho Chi Minh City"), a country
    ("of Japan", "U.S."), a local unit, and at the core a title with its body.
    """
    english = english.strip()
    if not english or depth > _MAX_REVERSE_DEPTH:
        return None
    found = data.english.get(_en_key(english))
    if found is not None:
        # Of the titles and bodies that write this English up to the fold, the one that
        # writes it exactly ("Director General" of a Tổng cục, "Director-General" of the WTO).
        for option in (found, *data.alternatives.get(_en_key(english), [])):
            for prefixed in (True, False):
                composed = _compose(
                    data, (), option[0], option[1], None, option[2], False, None, prefixed
                )
                if composed == english:
                    return _core_vi(glossary, *option)
        return _core_vi(glossary, *found)
    modified = _reverse_modifier(english, glossary, data, depth)
    if modified is not None:
        return modified
    return _reverse_rest(english, glossary, data, depth)


def _child_of(child: str, parent: Term) -> str:
    """A unit's Vietnamese with its parent's: "Vụ Pháp chế Bộ Y tế", "... của Quốc hội"."""
    joiner = " " if parent.kind in (*_UNIT_PARENT_KINDS, *_BOARD_PARENTS) else " của "
    return f"{child}{joiner}{parent.vi}"


def _reverse_modifier(
    english: str, glossary: Glossary, data: _TitleData, depth: int
) -> tuple[str, str] | None:
    """A modifier before a title read back: "Acting ...", "Deputy ...", "Vice ..."."""
    for modifier in (t for t in glossary if t.kind in MODIFIER_KINDS):
        for written in (modifier.en, *modifier.en_variants):
            if _en_key(english).startswith(_en_key(written) + " "):
                remainder = english[len(written) :].strip()
                found_rest = _reverse(remainder, glossary, data, depth + 1)
                if found_rest is None:
                    continue
                if modifier.id in _AFTER_TITLE:
                    title = _unmerged(found_rest, data)
                    named = next(  # "Phó Chủ tịch Quốc hội": "Phó Chủ tịch Thường trực Quốc hội"
                        (
                            body.vi
                            for body in glossary
                            if body.kind in BODY_KINDS
                            and not found_rest[1]
                            and title.endswith(" " + body.vi)
                        ),
                        None,
                    )
                    if named and _ends_in_a_title(title[: -len(named) - 1], glossary):
                        return f"{title[: -len(named) - 1]} {modifier.vi} {named}", ""
                    return title + " " + modifier.vi, found_rest[1]
                others = data.alternatives.get(_en_key(remainder), [])
                for option in [found_rest, *(_core_vi(glossary, *o) for o in others)]:
                    joined = fold(f"{modifier.vi} {option[0]} {option[1]}")
                    if not _fuses(joined, fold(modifier.vi), data):
                        return " ".join(p for p in (modifier.vi, option[0]) if p), option[1]
    return None


def _ends_in_a_title(words: str, glossary: Glossary) -> bool:
    """Whether ``words`` end with a whole title ("Phó Chủ tịch", not "Phó Tổng" of "Phó
    Tổng Thanh tra Chính phủ", whose body shares its words)."""
    from vnus._terms import find_terms

    found = find_terms(words, glossary=glossary)
    return bool(found) and found[-1].span[1] == len(words) and found[-1].term.kind in TITLE_KINDS


def _unmerged(found: tuple[str, str], data: _TitleData) -> str:
    """A title read back whole where it shared its last word with its body: "Phó Trưởng"
    + "Ban Tổ chức ..." is "Phó Trưởng Ban", before a modifier written after the title
    ("Phó Trưởng Ban Thường trực Ban Tổ chức Trung ương")."""
    title, body = found
    words = body.split(" ")
    forms = {f for fs in data.vietnamese.values() for f in fs}
    for n in (2, 1):
        whole = f"{title} {' '.join(words[:n])}"
        folded = fold(whole)
        if len(words) > n and any(folded == f or folded.endswith(" " + f) for f in forms):
            return whole
    return title


def _reverse_rest(
    english: str, glossary: Glossary, data: _TitleData, depth: int
) -> tuple[str, str] | None:
    """A post, a country, a parent body, a local unit or two titles joined by "and"."""
    prefix = COUNTRY_PREFIX.get("US", "")
    at = english.rfind(f" {_FROM_WORD} ")
    if at > 0:  # "U.S. Senator from Alaska"
        where = english[at + len(_FROM_WORD) + 2 :]
        seat = next(
            (
                t
                for t in glossary
                if t.kind in _FROM_PLACE_KINDS
                and _en_key(where) in {_en_key(t.en), *map(_en_key, t.en_variants)}
            ),
            None,
        )
        rest = _reverse(english[:at], glossary, data, depth + 1) if seat else None
        if seat is not None and rest is not None:
            named = max(_vi_forms(seat), key=len)  # "bang Alaska"
            return rest[0], f"{rest[1]} {named}".strip()
    for word, is_country in ((" to ", True), (" in ", False)):
        at = english.rfind(word)
        if at > 0:
            where = english[at + len(word) :]
            # staff posted in a country: "Trade Counsellor ... in the United States"
            place = (None if is_country else _place_vi(glossary, data, where, True)) or (
                _place_vi(glossary, data, where, is_country)
            )
            if place is None and is_country:  # "... to the United Nations", "... to ASEAN"
                place = _accredited_vi(glossary, where)
            rest = _reverse(english[:at], glossary, data, depth + 1) if place else None
            if rest is not None:
                return rest[0], f"{rest[1]} tại {place}".strip()
    for code, (_, formal_en) in data.formal.items():
        suffix = f" of the {formal_en}"
        if english.endswith(suffix) and len(english) > len(suffix):
            rest = _reverse(english[: -len(suffix)], glossary, data, depth + 1)
            if rest is not None and not rest[1]:
                term = next(t for t in glossary if t.kind in COUNTRY_KINDS and t.country == code)
                forms = [
                    f for f in _vi_forms(term) if not _cased(f).startswith(_COUNTRY_WORD + " ")
                ]
                return rest[0], max(forms or _vi_forms(term), key=len)
    for code, name in data.country_names.items():
        if code in COUNTRY_PREFIX:
            continue  # an American office is "U.S. ...", never "... of the United States"
        for suffix in (f" of {country_en(name)}", f" of {name}"):
            if english.endswith(suffix) and len(english) > len(suffix):
                rest = _reverse(english[: -len(suffix)], glossary, data, depth + 1)
                if rest is not None and not rest[1]:
                    return rest[0], _country_vi(glossary, code)
                if rest is not None and rest[1] in data.home_ministries:
                    # "Minister of Finance of Japan": the ministry of that portfolio there
                    return rest[0], f"{rest[1]} {_country_vi(glossary, code)}"
    if prefix and english.startswith(prefix + " "):
        rest = _reverse(english[len(prefix) + 1 :], glossary, data, depth + 1)
        if rest is not None and not rest[1]:
            named = _country_vi(glossary, "US")  # once: a post's Vietnamese may name it
            return rest[0], "" if named in rest[0] else named
    for parent_id, parent in data.parents.items():
        for suffix in {f" of {_the(parent.en)}", f" of {parent.en}"}:
            if not english.endswith(suffix) or len(english) <= len(suffix):
                continue
            rest = _reverse(english[: -len(suffix)], glossary, data, depth + 1)
            if rest is not None and rest[1] in data.children_vi.get(parent_id, ()):
                # "Vụ Pháp chế Bộ Y tế", "Hội đồng thành viên Tập đoàn Điện lực Việt Nam"
                return rest[0], _child_of(rest[1], parent)
    local = _unit_vi(english, glossary, data, depth)
    if local is not None:
        return local
    for word in (" and ", ", "):  # "Minister, Chairman of ..." (Circular table 2)
        at = english.find(word)
        while at > 0:
            first = data.english.get(_en_key(english[:at]))
            rest = _reverse(english[at + len(word) :], glossary, data, depth + 1)
            if first is not None and first[1] is None and rest is not None:
                title = first[0][0].vi
                if rest[1] and any(t.vi == rest[1] and t.kind in PRIVATE_KINDS for t in glossary):
                    title = _organisations_title_vi(title, glossary, data)
                joiner = ", " if rest[1] else " kiêm "
                return title + joiner + rest[0], rest[1]
            whole = _reverse(english[:at], glossary, data, depth + 1) if rest else None
            if whole is not None and whole[1] and rest is not None:
                # "Secretary General of the National Assembly and Chairman of the Office of
                # the National Assembly", "Member of the Politburo and Prime Minister": each
                # title with its body, joined by a comma
                return f"{whole[0]} {whole[1]}, {rest[0]}", rest[1]
            at = english.find(word, at + 1)
    return (
        _written_body_vi(english, glossary, data, depth)
        or _mission_vi(english, glossary, data, depth)
        or _subsidiary_vi(english, glossary, data, depth)
        or _unknown_company_vi(english, glossary, data, depth)
    )


def _written_body_vi(
    english: str, glossary: Glossary, data: _TitleData, depth: int
) -> tuple[str, str] | None:
    """ "Chief Representative of UNDP": a title of a body English names as the text wrote
    it (_as_written), read back with that name ("Trưởng Đại diện UNDP")."""
    at = english.rfind(" of ")
    if at <= 0:
        return None
    tail = english[at + len(" of ") :]
    name = tail[4:] if tail.startswith("the ") else tail
    body = next(
        (
            t
            for t in glossary
            if t.kind in _WRITTEN_NAME_KINDS
            and (name in _written_names(t) or name.upper() in t.abbr)  # "Vitas" too
            and name.isascii()
        ),
        None,
    )
    if body is None or _as_written(body, name).en != tail:
        return None
    rest = _reverse(english[:at], glossary, data, depth + 1)
    if rest is None or (rest[1] and rest[1] not in {t.vi for t in glossary if t.id in _BOARDS}):
        return None
    return _organisations_title_vi(rest[0], glossary, data), f"{rest[1]} {name}".strip()


def _mission_vi(
    english: str, glossary: Glossary, data: _TitleData, depth: int
) -> tuple[str, str] | None:
    """ "Counsellor of the Embassy of Viet Nam in Japan": a title of a mission that
    _with_missions composes, read back with the mission's Vietnamese."""
    for written, mission_en in _MISSIONS.values():
        at = english.find(f" of the {mission_en} of ")
        if at <= 0:
            continue
        codes = {_en_key(n): c for c, n in data.country_names.items()}
        sender, _, receiver = english[at + len(mission_en) + 12 :].partition(" in ")
        codes_found = [codes.get(_en_key(n.removeprefix("the "))) for n in (sender, receiver)]
        rest = _reverse(english[:at], glossary, data, depth + 1)
        if rest is None or rest[1] or None in codes_found:
            return None
        vi_names = [_country_vi(glossary, c or "") for c in codes_found]
        word = _ACCREDITED["words"][0]
        return rest[0], f"{written} {vi_names[0]} {word} {vi_names[1]}"
    return None


@functools.lru_cache(maxsize=8)
def _companies_by_english(glossary: Glossary) -> dict[str, Term]:
    """A glossary's companies by the English names a text may write them by, and their
    Vietnamese names in Latin letters ("Intel" of Intel Corporation)."""
    return {
        _en_key(name): t
        for t in glossary
        if t.kind == "company"
        for name in (t.en, *t.en_variants, *t.abbr, *(f for f in _vi_forms(t) if f.isascii()))
    }


def _subsidiary_vi(
    english: str, glossary: Glossary, data: _TitleData, depth: int
) -> tuple[str, str] | None:
    """ "General Director of Intel Vietnam": a company's subsidiary in a country read back
    as the title with the company and the country after it ("Intel Việt Nam"), as
    _as_subsidiary writes it: the company's own head's English plays no part."""
    at = english.rfind(" of ")
    if at <= 0:
        return None
    names = {**data.country_names, **_SUBSIDIARY_NAMES}
    for code, name in names.items():
        if not english.endswith(f" {name}"):
            continue
        company = _companies_by_english(glossary).get(
            _en_key(english[at + 4 : -len(name) - 1].removeprefix("the "))
        )
        title = _reverse(english[:at], glossary, data, depth + 1)
        if company is not None and title is not None and not title[1]:
            return title[0], f"{company.vi} {_country_vi(glossary, code)}"
    return None


def _organisations_title_vi(title: str, glossary: Glossary, data: _TitleData) -> str:
    """A title read back before an organisation's name: a state's title ("Chủ tịch nước",
    which "President" alone reads as) is the title it is written as there ("Chủ tịch":
    "President of VCCI"), lexicon ``heads_of_state`` read the other way."""
    for own_id, meant in data.heads_of_state.items():
        own = _term_or_none(glossary, own_id)
        if own is not None and (title == meant.vi or title.endswith(" " + meant.vi)):
            return title[: len(title) - len(meant.vi)] + own.vi
    return title


def _accredited_vi(glossary: Glossary, english: str) -> str | None:
    """The Vietnamese of an organization a mission is accredited to, as English names
    it: "the United Nations" is Liên hợp quốc, "ASEAN" stays ASEAN."""
    bare = english[4:] if english.startswith("the ") else english
    for term in glossary:
        if term.kind in _ACCREDITED_KINDS:
            if bare in term.abbr:
                return bare
            if _en_key(bare) in {_en_key(e) for e in (term.en, *term.en_variants)}:
                return term.vi
    return None


def _unknown_company_vi(
    english: str, glossary: Glossary, data: _TitleData, depth: int
) -> tuple[str, str] | None:
    """ "Chairman of Vingroup", "Chairman of the Board of Directors of Vingroup": the head
    of a company the glossary does not list, read back as "Tập đoàn Vingroup"."""
    at = english.rfind(" of ")
    name = english[at + len(" of ") :] if at > 0 else ""
    if not _COMPANY_NAME.fullmatch(name):
        return None
    if any(fold(name) in (fold(t.en), *map(fold, t.en_variants)) for t in glossary):
        return None  # a glossary body, read as one
    rest = _reverse(english[:at], glossary, data, depth + 1)
    if rest is None:
        return None
    if rest[1]:  # after its board, the name alone: "Hội đồng quản trị Vingroup"
        boards = {t.vi for t in glossary if t.id in _BOARDS}
        return (rest[0], f"{rest[1]} {name}") if rest[1] in boards else None
    titles = data.english.get(_en_key(english[:at]))
    if titles is None or not {t.id for t in titles[0]} <= _COMPANY_TITLES:
        return None  # "Minister of Transport" is no company's
    return rest[0], f"{_GRAMMAR['company_words'][0]} {name}"


def _fuses(joined: str, modifier: str, data: _TitleData) -> bool:
    """Whether a modifier before a title would read as another title: "Phó" + "Tổng
    thống ..." is "Phó Tổng thống", the Vice President, not a deputy of the President."""
    return any(
        f.startswith(modifier + " ") and (joined + " ").startswith(f + " ")
        for forms in data.vietnamese.values()
        for f in forms
    )


def _core_vi(
    glossary: Glossary,
    titles: tuple[Term, ...],
    body: Term | None,
    country: str | None,
    merge: bool = True,
) -> tuple[str, str]:
    head = " ".join(t.vi for t in titles)
    if body is not None and body.head_en == body.en and len(titles) == 1:
        levels = _title_data(glossary).levels
        if _core(titles[0], body, body.country, levels) == body.head_en:
            # the head of a post is the post, written whole: "Thứ trưởng Tài chính Hoa Kỳ
            # phụ trách các vấn đề quốc tế", never "Giám đốc Thứ trưởng ..."
            return "", body.vi
    if body is not None:
        words = head.split(" ")
        for n in (2, 1) if merge else ():  # "Trưởng Ban" + "Ban Tổ chức ...": "Ban" once
            # compared as written: "Hiệu trưởng" + "Trường Đại học ..." share no word
            if len(words) > n and _cased(body.vi).startswith(_cased(" ".join(words[-n:])) + " "):
                merged = fold(" ".join(words[:-n]) + " " + body.vi)
                if not _is_longer_title(merged, fold(head), glossary):
                    return " ".join(words[:-n]), body.vi
        return head, body.vi
    if country and titles[0].kind in TITLE_KINDS:
        country_vi = _country_vi(glossary, country)
        forms = [fold(f) for f in _vi_forms(titles[0])]
        if not any(fold(country_vi) in f for f in forms) and titles[0].country != country:
            return head, country_vi
    return head, ""


def _is_longer_title(written: str, head: str, glossary: Glossary) -> bool:
    """Whether ``written`` starts with a title longer than ``head``: "Chánh Văn phòng
    Nhà Trắng" is the White House Chief of Staff, not a Chánh Văn phòng of its Office."""
    forms = _title_data(glossary).vietnamese.values()
    return any(
        len(f) > len(head) and (written == f or written.startswith(f + " "))
        for group in forms
        for f in group
    )


def _place_vi(glossary: Glossary, data: _TitleData, english: str, is_country: bool) -> str | None:
    """The Vietnamese of a post's place: a glossary place, or a foreign name as written."""
    bare = english[4:] if english.startswith("the ") else english
    kinds = COUNTRY_KINDS if is_country else PLACE_KINDS - COUNTRY_KINDS
    for term in glossary:
        if term.kind in kinds and fold(bare) in {fold(e) for e in (term.en, *term.en_variants)}:
            return term.vi
    if is_country:
        return None
    words = bare.split(" ")
    return bare if all(_is_upper_word(w) for w in words) and len(words) <= 3 else None


def _unit_vi(
    english: str, glossary: Glossary, data: _TitleData, depth: int
) -> tuple[str, str] | None:
    """ "Chairman of the People's Committee of Quang Ninh Province": a title of a local
    unit (Circular tables 10 and 11), read back through the same patterns."""
    # "Chief Judge of the ... People's Court": a unit's head with English of its own
    for pattern, (unit_vi, head_id, _) in zip(_UNIT_HEAD_PATTERNS, _UNIT_HEAD_UNITS, strict=True):
        match = pattern.fullmatch(english)
        head_title = _term_or_none(glossary, head_id) if match else None
        if match and match.lastgroup and head_title is not None:
            place = _unit_place_vi(glossary, data, match.group(match.lastgroup), unit_vi)
            if place:
                said = head_title.vi.split(" ")  # "Trưởng đoàn" + "Đoàn ...": "Đoàn" once
                if len(said) > 1 and _cased(unit_vi).startswith(_cased(said[-1]) + " "):
                    return " ".join(said[:-1]), f"{unit_vi} {place}"
                return head_title.vi, f"{unit_vi} {place}"
    at = english.find(" of the ")
    if at <= 0:
        return None
    title = _reverse(english[:at], glossary, data, depth + 1)
    if title is None or title[1]:
        return None
    unit = english[at + len(" of the ") :]
    bare = _UNIT_BARE.get(unit)
    if bare is not None:  # "Secretary of the Provincial Party Committee": "Tỉnh ủy", unnamed
        return _said_once(title[0], bare), bare
    match = _UNIT_PATTERN.fullmatch(unit)
    if match and match.lastgroup:
        found = _UNITS_WRITTEN_OUT[int(match.lastgroup[len("place") :])]
        unit = _UNIT_VI[int(match.lastgroup[len("place") :])]
        place = _unit_place_vi(glossary, data, match.group(match.lastgroup), unit)
        if place:
            head = _term_or_none(glossary, str(found.get("head", "")))
            title_vi = title[0]
            if head is not None and _en_key(english[:at]) == _en_key(head.en):
                title_vi = head.vi  # "Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy ...", not a Chủ tịch
            return _said_once(title_vi, unit), f"{unit} {place}"
    match = _DEPARTMENT_PATTERN.fullmatch(unit)
    if match:
        field = match.group("field")
        renamed = {str(v): k for k, v in _DEPARTMENTS["renamed"].items()}
        name = renamed.get(field)
        if name is None:
            ministry = next(
                (
                    t
                    for t in glossary
                    if t.kind == "ministry" and t.country == "VN" and t.en.endswith(" of " + field)
                ),
                None,
            )
            if ministry is None or not ministry.vi.startswith("Bộ "):
                return None
            name = ministry.vi[len("Bộ ") :]
        words = f"{_DEPARTMENTS['prefix']} {name}"
        if match.group("place") or match.group("city"):
            city_word = str(_DEPARTMENTS["city_before"])
            written = match.group("level")
            level = "place" if written and written != _LEVELS_EN[city_word] else "city"
            before = str(_DEPARTMENTS[f"{level}_before"])
            name = f"{match.group('place')} {written}" if written else match.group("city")
            if not written and (
                _place_vi(glossary, data, name, False) == name
                or any(
                    t.kind == _LEVEL_KINDS[_DEPARTMENTS["place_before"]]
                    and fold(name) in {fold(e) for e in (t.en, *t.en_variants)}
                    for t in glossary
                )
            ):
                return None  # a city named without its level is a glossary city, no province
            place = _unit_place_vi(glossary, data, name, f"{words} {before}")
            if place is None:
                return None
            words += f" {before} {place}"
        return title[0], words
    return None


def _said_once(title_vi: str, unit_vi: str) -> str:
    """A title's words without those its unit's name begins with: "Trưởng Ban" before
    "Ban Tuyên giáo Tỉnh ủy ..." is "Trưởng", "Chánh Văn phòng" before "Văn phòng ..."
    is "Chánh"."""
    words = title_vi.split(" ")
    for n in (2, 1):
        shared = " ".join(words[-n:])
        if len(words) > n and _cased(unit_vi).startswith(_cased(shared) + " "):
            return " ".join(words[:-n])
    return title_vi


def _term_or_none(glossary: Glossary, term_id: str) -> Term | None:
    try:
        return glossary.get(term_id)
    except KeyError:  # a glossary of the user's own, without this title
        return None


def _unit_place_vi(glossary: Glossary, data: _TitleData, name: str, unit: str) -> str | None:
    """A local unit's place read back: "Ho Chi Minh" or "Ho Chi Minh City" is the
    glossary's Thành phố Hồ Chí Minh, written after a unit that says "thành phố" without
    its level word; an unknown "Thu Duc City" is "Thu Duc"."""
    place = _place_vi(glossary, data, name, False)
    for level, level_en in _LEVELS:
        if f" {level} " not in f" {_cased(unit)} ":
            continue
        kinds = {
            t.kind
            for t in glossary
            if t.kind in _LEVEL_KINDS.values()
            and fold(name) in {fold(e) for e in (t.en, *t.en_variants)}
        }
        if kinds and _LEVEL_KINDS[level] not in kinds:
            return None  # "Quang Ninh" is a province: no "thành phố" of it
        named = _place_vi(glossary, data, f"{name} {level_en}", False)
        if named and named != f"{name} {level_en}":
            place = named  # "Ho Chi Minh" is the glossary's "... City"
        elif place == name and name.endswith(" " + level_en):
            place = name[: -len(level_en) - 1]  # not in the glossary: the level once
    return _without_level_vi(place, unit) if place else None


def _pattern(english: str, field: str, group: str, name: str | None = None) -> str:
    """A unit's English pattern as regex source: "{place}" (or "{city}") becomes a group
    ``name``."""
    if field == "place" and "{place}" not in english:
        field = "city"
    before, _, after = english.partition("{" + field + "}")
    return f"{re.escape(before)}(?P<{name or field}>{group}){re.escape(after)}"


_PLACE_NAME = r"[^\W\d_][^\W\d_'’-]*(?: [^\W\d_][^\W\d_'’-]*){0,3}"
# "UBND tỉnh" reads back as "Ủy ban nhân dân tỉnh": abbreviated unit words are left out.
# The longest fixed words first: "Sai Gon Ward Party Committee" before "{place} Party Committee".
_UNITS_WRITTEN_OUT = sorted(
    (u for u in _ALL_UNITS if not str(u["vi"])[:4].isupper() and not u.get("only_head")),
    key=lambda u: -len(str(u["en"]).replace("{place}", "").replace("{city}", "")),
)
_UNIT_VI = tuple(str(u["vi"]) for u in _UNITS_WRITTEN_OUT)
_UNIT_PATTERN = re.compile(
    "|".join(
        f"(?:{_pattern(str(u['en']), 'place', _PLACE_NAME, f'place{i}')})"
        for i, u in enumerate(_UNITS_WRITTEN_OUT)
    )
)
# A unit's English without its place, read back as the first unit words that write it.
_UNIT_BARE = {
    str(u["bare_en"]): str(u["vi"])
    for u in reversed(_ALL_UNITS)  # the first unit that writes it wins
    if u.get("bare_en") and not str(u["vi"])[:4].isupper()
}
# The units whose head has English of its own: (the unit's words, the head's id), and
# the head's English pattern for each.
_UNIT_HEAD_UNITS = tuple(
    (str(u["vi"]), str(u["head"]), str(u["head_en"]))
    for u in _ALL_UNITS
    if u.get("head_en") and not str(u["vi"])[:4].isupper()
)
_UNIT_HEAD_PATTERNS = tuple(
    re.compile(_pattern(head_en, "place", _PLACE_NAME)) for _, _, head_en in _UNIT_HEAD_UNITS
)
_DEPARTMENT_PATTERN = re.compile(
    # a field may hold commas: "Department of Culture, Sports and Tourism"
    _pattern(str(_DEPARTMENTS["en"]), "field", r"[^\W\d_][^,]{0,80}?(?:, [^,]{1,40}?){0,3}")
    + r"(?: of (?:(?P<place>"
    + _PLACE_NAME
    + r") (?P<level>"
    + "|".join(re.escape(en) for _, en in _LEVELS)
    + r")|(?P<city>"
    + _PLACE_NAME
    + r")))?"
)


def _country_vi(glossary: Glossary, country: str) -> str:
    for term in glossary:
        if term.kind in COUNTRY_KINDS and term.country == country:
            return term.vi
    return ""
