"""Glossary terms in running text: :func:`find_terms` and the compiled :class:`TermMatcher`.

The public names are imported from :mod:`vnus.mentions`; this module holds the term
matcher alone, so that the title reader (:mod:`vnus._titles`) can build on it without
an import cycle.

Matching works on folded text (:func:`vnus.fold`): case, diacritics, tone placement,
i/y, dashes and punctuation do not matter, except that an abbreviation or a one-word
name keeps its capitals in the text: "DOC" and "MOIT" must be written in capitals, so
that the English word "doc" is not the Department of Commerce, and "Mỹ", "Ý" must be
capitalised, so that "thẩm mỹ" and "ý nghĩa" name no country. A form the glossary marks
``ordinary`` (a name that is also an ordinary word in lower case: "Nhà Trắng", "Pháp")
keeps the capitals written in the entry too.
"""

from __future__ import annotations

import functools
import itertools
import operator
import re
import unicodedata
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import attrs

from vnus import _lazy
from vnus.errors import require_str
from vnus.text import (
    _fold_lowered,
    compare_key,
    fold,
    fold_in_place_cased,
    fold_with_offsets,
    normalize,
)

if TYPE_CHECKING:
    from vnus.glossary import Glossary, Term

__all__ = [
    "TermMatcher",
    "TermMention",
    "clear_cache",
    "compile_matcher",
    "find_terms",
]


@attrs.frozen
class TermMention:
    """A glossary term found in a text.

    ``span`` holds offsets into the text as given (``text[start:end] == mention.text``);
    ``term`` is the term the form names (the glossary's preferred one when several
    share it, as with "DOC"); ``candidates`` lists every term the form may name.
    """

    span: tuple[int, int]
    text: str
    term: Term
    candidates: tuple[Term, ...] = attrs.field(default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The mention as JSON-ready data."""
        return {
            "type": "term",
            "span": list(self.span),
            "text": self.text,
            "id": self.term.id,
            "kind": self.term.kind,
            "vi": self.term.vi,
            "en": self.term.en,
            "country": self.term.country,
        }


# --- the compiled matcher -------------------------------------------------------------------


@attrs.frozen
class _Entry:
    """What one folded form means: its terms (preferred first) and, for an abbreviation
    or a one-word name, the spellings whose capitals the text must keep."""

    terms: tuple[Term, ...]
    abbreviations: tuple[str, ...]
    # every spelling ends in a period ("Sen."): the text must write it
    periods: bool = attrs.field(init=False)

    # the abbreviations the press may write as a word, one capital first ("Vitas")
    as_words: frozenset[str] = attrs.field(init=False)

    @periods.default
    def _periods(self) -> bool:
        return bool(self.abbreviations) and all(a.endswith(".") for a in self.abbreviations)

    @as_words.default
    def _as_words(self) -> frozenset[str]:
        rule = _word_cased_rule()
        if not any(t.country == rule[0] for t in self.terms):
            return frozenset()
        return frozenset(
            a.capitalize()
            for a in self.abbreviations
            if a.isalpha() and a.isupper() and len(a) >= rule[1]
        )

    def fits(self, written: str) -> bool:
        """Whether ``written`` keeps the capitals this form needs (always, when none)."""
        return (
            not self.abbreviations
            or any(_abbreviation_fits(written, a) for a in self.abbreviations)
            or written in self.as_words
        )

    def period_fits(self, text: str, start: int, end: int) -> bool:
        """Whether a form spelt with a period ("Sen.", "Amb.") is written with it
        ("Sen. Dan Sullivan") and is not the end of a name ("Hun Sen", "gặp Hun Sen. Sau
        đó"); always, for other forms."""
        if not self.periods:
            return True
        dot = end if text[start:end].endswith(".") else end + 1
        return text[dot - 1 : dot] == "." and not _after_a_name(text, start)


_IY_WORD = re.compile(r"(?:[hklmst]|qu)i")
_SPACE_RUN = re.compile(rb"(  +)")


def _spellings(key: str) -> list[str]:
    """A folded form as the in-place fold may read it: fold() writes i for y where the
    spelling varies and "and" for "&", the in-place fold keeps the letters written.

    >>> _spellings("hoa ki and mi")  # doctest: +NORMALIZE_WHITESPACE
    ['hoa ki and mi', 'hoa ki and my', 'hoa ki & mi', 'hoa ki & my',
     'hoa ky and mi', 'hoa ky and my', 'hoa ky & mi', 'hoa ky & my']
    """
    choices = []
    for word in key.split(" "):
        options = [word]
        if _IY_WORD.fullmatch(word):
            options.append(word[:-1] + "y")
        if word == "and":
            options.append("&")
        choices.append(options)
    return [" ".join(words) for words in itertools.product(*choices)]


def _is_proper_word(form: str) -> bool:
    """A one-word capitalised name ("Mỹ", "Ý", "Congress"): read only when capitalised,
    so that the words "mỹ" (beauty) and "ý" (idea) are not countries.

    >>> _is_proper_word("Mỹ"), _is_proper_word("Hoa Kỳ"), _is_proper_word("doanh")
    (True, False, False)
    """
    stripped = form.strip()
    return " " not in fold(stripped) and stripped[:1].isupper()


@functools.cache
def _word_cased_rule() -> tuple[str, int]:
    """Whose abbreviations the press writes as words, and from how many letters
    (lexicon spelling.toml ``word_cased_abbreviations``)."""
    from vnus import lexicon

    rule = lexicon.table("spelling", "word_cased_abbreviations")
    return str(rule["country"]), int(rule["letters"])


def bracket_end(text: str, start: int, end: int) -> int:
    """The end of a form read through a bracket it opens: "Vụ Pháp chế (Bộ Công Thương)"
    ends after the closing bracket the fold left out.

    >>> bracket_end("Vụ Pháp chế (Bộ Công Thương) nói", 0, 27)
    28
    """
    written = text[start:end]
    if "(" in written and ")" not in written and text.startswith(")", end):
        return end + 1
    return end


def _after_a_name(text: str, start: int) -> bool:
    """Whether the word before ``start`` is a capitalised word inside a sentence, so
    that the word at ``start`` goes on a name ("Hun Sen"); a sentence's first word
    ("Theo Amb. ...") is capitalised by the sentence.

    >>> _after_a_name("Ông gặp Hun Sen.", 12), _after_a_name("Theo Amb. cho biết.", 5)
    (True, False)
    """
    before = text[max(0, start - 60) : start]
    if not before.endswith(" "):
        return False
    words = before.rstrip().split(" ")
    if not words[-1][:1].isupper():
        return False
    opening = len(words) == 1 and start - len(before) == 0
    return not opening and not (len(words) > 1 and words[-2].endswith((".", "!", "?", ":")))


def _abbreviation_fits(found: str, abbreviation: str) -> bool:
    """Whether ``found`` keeps the capitals of ``abbreviation`` ("DOC" is not "doc").

    >>> _abbreviation_fits("MOIT", "MOIT"), _abbreviation_fits("Moit", "MOIT")
    (True, False)
    >>> _abbreviation_fits("SEN.", "Sen."), _abbreviation_fits("sen", "Sen.")
    (True, False)
    """
    wanted = [char for char in abbreviation if char.isalpha()]
    written = [char for char in found if char.isalpha()]
    if len(wanted) != len(written):
        return found.isupper() or not any(char.isupper() for char in wanted)
    return all(w.isupper() for w, c in zip(written, wanted, strict=True) if c.isupper())


# What the automaton reports for a key: its entry, where its first letter lies from the
# end of the match (2 - its length as the automaton reads it), its length in folded
# text, and its capitals rule (_capitals_rule).
_Key = tuple[_Entry, int, int, int]
_ANY_CASE, _CAPITAL_FIRST, _CAPITALS = 0, 1, 2


def _capitals_rule(key: str, abbreviations: tuple[str, ...]) -> int:
    """What a key's spellings need: nothing (_ANY_CASE); a capital first letter, at
    least (_CAPITAL_FIRST: every spelling that keeps capitals starts with one, so a
    small first letter rules the match out without reading the rest); or _CAPITALS.

    >>> _capitals_rule("bo cong thuong", ()), _capitals_rule("va", ("VA",))
    (0, 1)
    >>> _capitals_rule("e3", ("E3",)), _capitals_rule("mrna", ("mRNA",))
    (1, 2)
    """
    if not abbreviations:
        return _ANY_CASE
    firsts = [next((char for char in a if char.isalpha()), "") for a in abbreviations]
    if key[:1].isalpha() and all(char.isupper() for char in firsts):
        return _CAPITAL_FIRST
    return _CAPITALS


class _Automaton:
    """The leftmost-longest search over the matcher's keys (ahocorasick_rs, a Rust DFA on
    bytes); it pickles by its keys, rebuilt on the other side."""

    __slots__ = ("_find", "_keys")

    def __init__(self, keys: Sequence[str]) -> None:
        import ahocorasick_rs

        self._keys = tuple(keys)
        searcher = ahocorasick_rs.BytesAhoCorasick(
            [key.encode("ascii") for key in self._keys],
            matchkind=ahocorasick_rs.MatchKind.LeftmostLongest,
            implementation=ahocorasick_rs.Implementation.DFA,  # the fastest scan
        )
        self._find = searcher.find_matches_as_indexes

    def __reduce__(self) -> tuple[type[_Automaton], tuple[tuple[str, ...]]]:
        return (type(self), (self._keys,))

    def find(self, line: bytes) -> list[tuple[int, int, int]]:
        """``(key number, start, end)`` of each leftmost-longest match, in order."""
        return self._find(line)

    def iter_long(self, line: str) -> list[tuple[int, int]]:
        """``(last position, key number)`` of each match, as pyahocorasick reports them;
        a character beyond ASCII (no key has one) reads as a letter."""
        coded = line.encode("ascii", errors="replace")
        return [(end - 1, number) for number, _, end in self._find(coded)]


@attrs.frozen
class TermMatcher:
    """A glossary compiled for scanning text: one Aho-Corasick automaton.

    Every form of every term is folded and becomes a key. A text is folded in place
    (one character to one byte, so offsets need no map), its runs of spaces squeezed to
    one, and scanned once with the automaton's leftmost-longest search (see
    :func:`_line_matches` for how word boundaries come free). A matcher pickles, so
    worker processes can receive it ready-built.
    """

    automaton: Any = attrs.field(repr=False)
    keys: tuple[_Key, ...] = attrs.field(repr=False)  # by the automaton's key number
    size: int

    @classmethod
    def build(cls, glossary: Glossary) -> TermMatcher:
        """Compile every name, variant and abbreviation of every term of ``glossary``."""
        forms: dict[str, tuple[list[Term], list[str]]] = {}
        countries = _country_names(glossary)
        for term in glossary:
            names = (term.vi, term.en, *term.vi_variants, *term.en_variants)
            if term.kind != "country":  # "... Giao dịch Hoa Kỳ" is also "... Giao dịch Mỹ"
                names += _with_other_country_names((term.vi, *term.vi_variants), countries)
            for form, is_abbreviation in [(n, False) for n in names] + [
                (a, True) for a in term.abbr
            ]:
                for key in _form_keys(form):
                    terms, abbreviations = forms.setdefault(key, ([], []))
                    if term not in terms:
                        terms.append(term)
                    keeps_capitals = (
                        is_abbreviation or _is_proper_word(form) or form in term.ordinary
                    )
                    abbreviations.append(form if keeps_capitals else "")  # "": any case
        written_keys: list[str] = []
        keys: list[_Key] = []
        for key in sorted(forms):
            terms, abbreviations = forms[key]
            ordered = _preferred_first(glossary, key, terms)
            cased = () if "" in abbreviations else tuple(dict.fromkeys(abbreviations))
            entry = _Entry(ordered, cased)
            for spelling in _spellings(key):
                written = " " + spelling.replace(" ", "  ") + " "  # see _line_matches
                written_keys.append(written)
                keys.append((entry, 2 - len(written), len(spelling), _capitals_rule(key, cased)))
        return cls(_Automaton(written_keys), tuple(keys), len(glossary))

    def scan(self, text: str, written: str | None = None) -> list[TermMention]:
        """Each leftmost-longest match in ``text``, in order, leaving out an abbreviation
        or one-word name written without its capitals. ``written`` is the text as given
        when ``text`` masks parts of it (same length): mentions quote it.
        """
        written = text if written is None else written
        capitals = fold_in_place_cased(text)
        folded = _fold_lowered(text) if capitals is None else capitals
        if folded is None:
            return self._scan_general(text, written)
        if b"  " not in folded:
            line = (b" " + folded + b" ").replace(b" ", b"  ")
            squeezed_at: list[int] = []
            removed = [0]
        else:
            # Squeeze runs of spaces; keep where each run lies once squeezed, and how
            # many spaces squeezing removed before it.
            parts = _SPACE_RUN.split(folded)  # words, run, words, run ...
            words = parts[::2]
            lengths = itertools.accumulate(map(len, words[:-1]))
            squeezed_at = list(map(operator.add, lengths, itertools.count()))
            runs = itertools.accumulate(map(len, parts[1::2]))
            removed = [0, *map(operator.sub, runs, itertools.count(1))]
            line = b" ".join([b"", *words, b""]).replace(b" ", b"  ")
        if capitals is None:
            return _line_matches(self.automaton, self.keys, line, written, squeezed_at, removed)
        return _line_matches(
            self.automaton, self.keys, line.lower(), written, squeezed_at, removed, line
        )

    def _scan_general(self, text: str, written: str | None = None) -> list[TermMention]:
        """The same scan through fold_with_offsets: any text, slower."""
        folded, offsets = fold_with_offsets(text)
        written = text if written is None else written
        # No key has a character beyond ASCII: coded as "?", each still reads as a letter.
        line = (" " + folded + " ").replace(" ", "  ").encode("ascii", errors="replace")
        return _line_matches(self.automaton, self.keys, line, written, offsets=offsets)


def _line_matches(
    automaton: _Automaton,
    keys: Sequence[_Key],
    line: bytes,
    text: str,
    squeezed_at: Sequence[int] = (),
    removed: Sequence[int] = (0,),
    capitals: bytes | None = None,
    offsets: Sequence[int] | None = None,
) -> list[TermMention]:
    """The mentions in ``text`` of the matches in ``line`` that keep the capitals their
    form needs.

    ``line`` is the folded text with runs of spaces squeezed to one (``squeezed_at``
    and ``removed`` say where, and how many spaces each took away), a space at each end,
    and then every space doubled. The folded text before squeezing is ``text`` one
    character to one character, or maps to it through ``offsets``. The automaton's keys
    are the forms written the same way, with one space at each end. A match then starts
    and ends on a word, and two forms side by side ("Bộ Công Thương Việt Nam") each take
    one of the two spaces between them: the leftmost-longest search needs no boundary
    checks and no second pass.

    ``capitals``, when given, is ``line`` with a capital letter wherever the text has
    no small letter: a form that needs a capital first letter is ruled out there at
    once, before any offset is worked out (these are most of the matches ruled out:
    "VA" on "và", "DOI" on "đổi").
    """
    count = line.count
    runs = [*squeezed_at, len(line)]  # the last stops every walk below
    found: list[TermMention] = []
    # TermMention's own slots, filled directly: what its __init__ does, at a third of the
    # cost (the frozen class's __init__ goes through object.__setattr__ for each field).
    new = object.__new__
    slots = TermMention.__dict__
    set_span, set_text = slots["span"].__set__, slots["text"].__set__
    set_term, set_candidates = slots["term"].__set__, slots["candidates"].__set__
    append = found.append
    fits: dict[tuple[int, str], bool] = {}  # news repeats its abbreviations: check each once
    seen = 2  # line[2:seen] holds `gaps` gaps between words, each two spaces
    gaps = 0
    run = 0  # runs[:run] lie before the last start, and squeezing removed `shift` there
    shift = 0
    next_run = runs[0]
    capital_first = _CAPITAL_FIRST
    small = ord("a")
    for number, first, _ in automaton.find(line):
        entry, _, width, cased = keys[number]
        first += 1  # the key's first letter, in line (after the key's opening space)
        if cased == capital_first and capitals is not None and capitals[first] >= small:
            continue  # `gaps` need not be brought up to date: the next count covers it
        gaps += count(b"  ", seen, first)
        seen = first
        start = first - 2 - gaps
        end = start + width
        if next_run < end:  # a run lies before the end: walk to the start, then the end
            while next_run < start:
                run += 1
                next_run = runs[run]
            shift = removed[run]
            inside = run
            while runs[inside] < end:
                inside += 1
            start += shift
            end += removed[inside]
        else:
            start += shift
            end += shift
        if offsets is not None:
            start = offsets[start]
            end = offsets[end]
        end = bracket_end(text, start, end)
        written = text[start:end]
        if cased:
            if not entry.period_fits(text, start, end):
                continue
            if cased == capital_first:
                letter = text[start]  # a small letter first is the first letter
                if letter.islower() and letter.isalpha():
                    continue
            fit = fits.get((number, written))
            if fit is None:
                fit = fits[number, written] = entry.fits(written)
            if not fit:
                continue
        found_mention = new(TermMention)
        set_span(found_mention, (start, end))
        set_text(found_mention, written)
        terms = entry.terms
        set_term(found_mention, terms[0])
        set_candidates(found_mention, terms)
        append(found_mention)
    return found


def _country_names(glossary: Glossary) -> list[tuple[str, ...]]:
    """Each country's Vietnamese names, longest first ("Hợp chúng quốc Hoa Kỳ", "Hoa Kỳ",
    "Mỹ")."""
    names: dict[str, list[str]] = {}
    for term in glossary:
        if term.kind == "country" and term.country:
            names.setdefault(term.country, []).extend((term.vi, *term.vi_variants))
    return [tuple(sorted(set(n), key=len, reverse=True)) for n in names.values()]


def _with_other_country_names(
    names: Sequence[str], countries: Sequence[tuple[str, ...]]
) -> tuple[str, ...]:
    """A Vietnamese name that ends with a country's name, with that country's other
    names: the press writes "Bộ Thương mại Mỹ" and "Bộ Thương mại Hoa Kỳ" alike."""
    found: list[str] = []
    for name in names:
        for country in countries:
            said = next((c for c in country if name.endswith(" " + c)), None)
            if said is not None:
                stem = name[: -len(said)]
                found += [stem + other for other in country if other != said]
    return tuple(f for f in found if f not in names)


def _form_keys(form: str) -> tuple[str, ...]:
    """The folded keys of a form: itself, and without a leading English "The"."""
    key = fold(form)
    if not key:
        return ()
    if key.startswith("the ") and form.lstrip()[:3].casefold() == "the":
        return (key, key[4:])
    return (key,)


def _preferred_first(glossary: Glossary, key: str, terms: list[Term]) -> tuple[Term, ...]:
    if len(terms) == 1:
        return (terms[0],)
    ordered = glossary.lookup_all(key)
    rest = [t for t in terms if t not in ordered]
    return tuple([t for t in ordered if t in terms] + rest)


@functools.lru_cache(maxsize=8)
def compile_matcher(glossary: Glossary | None = None) -> TermMatcher:
    """The :class:`TermMatcher` of ``glossary`` (the bundled one by default), built once.

    >>> compile_matcher() is compile_matcher()
    True
    """
    if glossary is None:
        from vnus.glossary import glossary as bundled

        glossary = bundled()
    return TermMatcher.build(glossary)


@_lazy.on_clear
def clear_cache() -> None:
    """Forget compiled matchers (after the glossary files change) and the lexicon tables
    and spelling keys read from data."""
    compile_matcher.cache_clear()
    _name_words.cache_clear()
    _spelling_key.cache_clear()
    _homographs.cache_clear()


def _matcher(glossary: Glossary | None) -> TermMatcher:
    if glossary is None:
        from vnus.glossary import glossary as bundled

        glossary = bundled()
    return compile_matcher(glossary)


# A web address runs to the next space or bracket. Two patterns, each anchored on a
# literal ("http", "www."), let the regex engine skip ahead instead of trying every place.
_LINKS = (
    re.compile(r"https?://[^\s()<>\[\]\"']+"),
    re.compile(r"www\.[^\s()<>\[\]\"']+"),
)


def find_terms(
    text: str, *, glossary: Glossary | None = None, matcher: TermMatcher | None = None
) -> list[TermMention]:
    """Every glossary term in ``text``, either language, leftmost-longest, in order.

    Spans are offsets into ``text`` as given. ``glossary`` scans for another glossary's
    terms; ``matcher`` passes one compiled beforehand (:func:`compile_matcher`).

    >>> [(m.span, m.text, m.term.id) for m in find_terms("Bo cong thuong va DOC")]
    [((0, 14), 'Bo cong thuong', 'vn.moit'), ((18, 21), 'DOC', 'us.doc')]
    >>> find_terms("a doc on the table")
    []
    >>> find_terms("https://example.vn/bo-cong-thuong.html")  # web addresses are skipped
    []
    """
    from vnus.glossary import require_glossary

    text = require_str(text)
    if matcher is not None and not isinstance(matcher, TermMatcher):
        raise TypeError(f"matcher must be a TermMatcher or None, not {type(matcher).__name__}")
    compiled = matcher or _matcher(require_glossary(glossary))
    return _found(text, compiled)


def terms_without(
    text: str, words: Sequence[tuple[int, int]], glossary: Glossary
) -> list[TermMention]:
    """:func:`find_terms` with the words at ``words`` (spans) read as no word at all: a
    title's first word that belongs to the word before ("chức vụ Phó Chủ tịch" is not the
    Vụ phó), so that what follows is read afresh."""
    from vnus.glossary import require_glossary

    return _found(text, _matcher(require_glossary(glossary)), words)


def _found(
    text: str, compiled: TermMatcher, masked: Sequence[tuple[int, int]] = ()
) -> list[TermMention]:
    scanned = text
    for start, end in masked:
        scanned = scanned[:start] + "q" * (end - start) + scanned[end:]
    if "://" in text or "www." in text:
        # A web address is not running text: cover it with one unknown word, so that it
        # names nothing and joins nothing (spaces would let "Việt ... Nam" meet across it).
        for link in _LINKS:
            scanned = link.sub(lambda found: "q" * len(found.group()), scanned)
    found = compiled.scan(scanned, text)
    if any(" " not in m.text and m.text in _name_words()[1] for m in found):
        found = [m for m in found if not _inside_a_name(text, m.span)]
    if any(" " not in fold(m.text) for m in found) and _MARKED_RE.search(text):
        found = [m for m in found if " " in fold(m.text) or _written_as_a_form(m)]
    if _MARKED_RE.search(text):
        if any(len(m.candidates) > 1 for m in found):
            found = [_as_marked(m) for m in found]
        if any(_marked_otherwise(m) for m in found):
            found = _read_again(found, scanned, text, compiled)
    lengths, homographs = _homographs()
    if any(len(m.text) in lengths for m in found) and _MARKED_RE.search(text):
        found = [m for m in found if _spelling_key(m.text) not in homographs]
    return found


@functools.cache
def _homographs() -> tuple[frozenset[int], frozenset[str]]:
    """The ordinary words that fold like a glossary form (lexicon/spelling.toml): their
    lengths, and their spelling keys: "thị trường" is a market, not "Thị trưởng"."""
    from vnus import lexicon

    words = [normalize(w) for w in lexicon.table("spelling", "fold_homographs")]
    return frozenset(len(w) for w in words), frozenset(_spelling_key(w) for w in words)


# Text written with Vietnamese diacritics (a tone mark, a modified vowel or đ), NFC or NFD.
_MARKED_RE = re.compile(
    "[\u0300\u0301\u0302\u0303\u0306\u0309\u031b\u0323đĐăĂâÂêÊôÔơƠưƯ"
    "\u00c0-\u00c3\u00c8-\u00ca\u00cc\u00cd\u00d2-\u00d5\u00d9\u00da\u00dd"
    "\u00e0-\u00e3\u00e8-\u00ea\u00ec\u00ed\u00f2-\u00f5\u00f9\u00fa\u00fd\u0128\u0129"
    "\u0168\u0169\u1ea0-\u1ef9]"
)


@functools.lru_cache(maxsize=4096)
def _spelling_key(word: str) -> str:
    """A word compared with its diacritics, up to case, tone placement and i/y: "Mĩ" is
    "Mỹ", "Lao" is not "Lào"."""
    decomposed = unicodedata.normalize("NFD", normalize(word).casefold()).replace("y", "i")
    return unicodedata.normalize("NFC", decomposed)


def _written_as_a_form(mention: TermMention) -> bool:
    """In text written with diacritics, a one-word name must be written as one of its
    forms, diacritics and all: "Y tế" is not Italy (Ý), "Lao động" not Laos (Lào). Text
    written without any diacritics ("bo cong thuong") is matched as folded."""
    key = _spelling_key(mention.text)
    return any(
        _spelling_key(form.rstrip(".")) == key  # "Amb." is found as "Amb"
        for term in (mention.term, *mention.candidates)
        for form in term.forms()
    )


_TONES = dict.fromkeys(map(ord, "\u0300\u0301\u0303\u0309\u0323"))


@functools.lru_cache(maxsize=4096)
def _letters_key(word: str) -> str:
    """A word's letters with their shapes (â, ơ, đ), without its tone, case, i/y or the
    marks around it ("(Bộ" is "Bộ")."""
    letters = "".join(c for c in unicodedata.normalize("NFC", word) if c.isalnum())
    return unicodedata.normalize("NFD", letters).translate(_TONES).casefold().replace("y", "i")


def _as_marked(mention: TermMention) -> TermMention:
    """Of the terms a form may name, the one written with the text's diacritics: "Hải
    quân Mỹ" is the U.S. Navy, "Hải quan Mỹ" U.S. Customs (both fold to "hai quan mi")."""
    if len(mention.candidates) < 2:
        return mention
    key = _spelling_key(mention.text)
    for term in mention.candidates:
        if any(_spelling_key(form) == key for form in term.forms()):
            if term is mention.term:
                return mention
            return TermMention(mention.span, mention.text, term, mention.candidates)
    return mention


def _marked_otherwise(mention: TermMention) -> bool:
    """Whether a name of several words has a word written with diacritics whose letters
    are of another shape than its form's (â, ă, ê, ô, ơ, ư, đ against a, o, u, d), in
    every form that folds word for word like it: "Hải quân Mỹ" (the U.S. Navy) is not
    "Hải quan Mỹ" (U.S. Customs), "Thủ trưởng" (a head) not "Thứ trưởng". A missing
    mark says nothing ("Bo Cong Thuong" is the ministry), nor a tone ("Hoà Kỳ" is a slip
    for Hoa Kỳ); nor words that fold apart ("&" and "và", an abbreviation, another
    language's name). A word with two spellings ("giày", "giầy") is in the glossary
    with both.

    >>> from vnus.glossary import Term
    >>> customs = Term("us.cbp", "agency", "Hải quan Mỹ", "U.S. Customs")
    >>> _marked_otherwise(TermMention((0, 11), "Hải quân Mỹ", customs))
    True
    >>> _marked_otherwise(TermMention((0, 11), "HẢI QUAN MĨ", customs))
    False
    """
    if " " not in mention.text:
        return False
    key = (mention.text, tuple(term.id for term in mention.candidates) or (mention.term.id,))
    verdict = _OTHERWISE.get(key)
    if verdict is None:
        if len(_OTHERWISE) > 65536:  # news repeats its names: a bounded memo
            _OTHERWISE.clear()
        verdict = _OTHERWISE[key] = _written_otherwise(mention)
    return verdict


_OTHERWISE: dict[tuple[str, tuple[str, ...]], bool] = {}


def _written_otherwise(mention: TermMention) -> bool:
    words, folded = _words(mention.text)
    verdicts = [
        any(
            _MARKED_RE.search(word) and _letters_key(word) != _letters_key(other)
            for word, other in zip(words, form_words, strict=True)
        )
        for term in (mention.term, *mention.candidates)
        for form_words, form_folded in map(_words, term.forms())
        if form_folded == folded
    ]
    return bool(verdicts) and all(verdicts)


@functools.lru_cache(maxsize=16384)
def _words(name: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A name's words, and each one folded."""
    words = tuple(name.split())
    return words, tuple(fold(word) for word in words)


def _read_again(
    found: list[TermMention], scanned: str, text: str, compiled: TermMatcher
) -> list[TermMention]:
    """``found`` without the names marked otherwise than their forms, each one's words
    read afresh: "Bộ trưởng Hải quân Mỹ" keeps "Mỹ"."""
    kept: list[TermMention] = []
    for mention in found:
        if not _marked_otherwise(mention):
            kept.append(mention)
            continue
        start, end = mention.span
        inner = compiled.scan(scanned[start:end], text[start:end])
        kept.extend(
            TermMention((start + m.span[0], start + m.span[1]), m.text, m.term, m.candidates)
            for m in inner
            if m.span != (0, end - start) and not _marked_otherwise(m)
        )
    return kept


@functools.cache
def _name_words() -> tuple[frozenset[str], frozenset[str]]:
    """The surnames and the given-name syllables of lexicon/names.toml, as written (the
    given ones in both cases: they are matched against the text as it is)."""
    from vnus import lexicon

    surnames = frozenset(compare_key(w) for w in lexicon.table("names", "surnames"))
    given = frozenset(lexicon.table("names", "given_name_syllables"))
    return surnames, given


_WORD_BEFORE = re.compile(r"(\w+) $")


def _inside_a_name(text: str, span: tuple[int, int]) -> bool:
    """Whether a one-word name at ``span`` is a syllable of a Vietnamese person's name:
    after capitalised words joined by single spaces, the first a surname, and either two
    of them ("bà Trần Thị Nga") or the name going on after it ("Hoàng Anh Tuấn"). "Đoàn
    Nga do ông ... dẫn đầu" (the Russian delegation) keeps its country."""
    surnames, _ = _name_words()
    start, end = span
    after = text[end : end + 2]
    goes_on = after[:1] == " " and after[1:2].isupper()
    for count in range(1, 5):  # the words before it, nearest first
        before = _WORD_BEFORE.search(text, max(0, start - 40), start)
        if before is None or not before.group(1)[:1].isupper():
            return False
        if compare_key(before.group(1)) in surnames and (count >= 2 or goes_on):
            return True
        start = before.start()
    return False
