"""Glossary terms and official titles in running text.

:func:`find_terms` reports every glossary term in a text, in either language, with
offsets into the text as written; :func:`find_titles` reads whole title phrases
(modifier, title, body, country, portfolio and holder) and renders them in the English
of the country that holds the office; :func:`translate_title` does that for one phrase.

>>> from vnus import find_terms, find_titles
>>> text = "Quyền Bộ trưởng Bộ Công Thương Lê Mạnh Hùng gặp Thượng nghị sỹ Hoa Kỳ Bill Hagerty."
>>> [(m.text, m.term.id) for m in find_terms(text)][:3]
[('Quyền', 'title.acting'), ('Bộ trưởng', 'title.minister'), ('Bộ Công Thương', 'vn.moit')]
>>> [(t.en, t.person) for t in find_titles(text)]
[('Acting Minister of Industry and Trade', 'Lê Mạnh Hùng'), ('U.S. Senator', 'Bill Hagerty')]

Matching works on folded text (:func:`vnus.fold`): case, diacritics, tone placement,
i/y, dashes and punctuation do not matter, except that an abbreviation or a one-word
name keeps its capitals in the text: "DOC" and "MOIT" must be written in capitals, so
that the English word "doc" is not the Department of Commerce, and "Mỹ", "Ý" must be
capitalised, so that "thẩm mỹ" and "ý nghĩa" name no country.
"""

from __future__ import annotations

import bisect
import codecs
import functools
import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator, Sequence, Sized
from typing import TYPE_CHECKING, Any

import attrs

from vnus.errors import require_str
from vnus.text import fold, fold_with_offsets

if TYPE_CHECKING:
    from vnus.glossary import Glossary, Term

__all__ = [
    "TermMatcher",
    "TermMention",
    "TitleMention",
    "clear_cache",
    "compile_matcher",
    "find_terms",
    "find_titles",
    "translate_title",
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


# --- a fold that keeps every character in place -------------------------------------------

# fold() collapses separators, so its offsets need a map. For the characters news text is
# made of, folding is one character to one character: lower() then a byte code that sends
# every Vietnamese letter to its base letter and every separator to a space. Text with any
# other character (decomposed marks, "ß", CJK ...) takes fold_with_offsets() instead.
_VIETNAMESE_VOWELS = "aăâeêioôơuưy"
_EXTRA_SEPARATORS = (
    "\u00a0\u2013\u2014\u2015\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u2026\u2022"
    "\u00b7\u00ab\u00bb\u2010\u2011\u2012\u2032\u2033\u2039\u203a\u2009\u202f\u200b\u2002"
    "\u2003\u2007\u2008\u200a\u205f\u00b0\u00a9\u00ae\u00a7\u00b6\u00d7\u00ba\u00aa\u00bd"
)


def _one_char_folds() -> list[str]:
    """Lowercase characters (beyond ASCII) whose fold is one ASCII letter or a separator."""
    toned = [
        unicodedata.normalize("NFC", vowel + mark)
        for vowel in _VIETNAMESE_VOWELS
        for mark in ("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323")
    ]
    wanted = [*toned, "đ", *_EXTRA_SEPARATORS]
    wanted += [chr(code) for code in range(0xC0, 0x250)]
    chosen: list[str] = []
    for char in dict.fromkeys(wanted):
        folded = fold(char)
        if (
            char.isascii()
            or char != char.lower()
            or unicodedata.category(char).startswith("M")
            or not (folded == "" or (len(folded) == 1 and folded.isascii()))
        ):
            continue
        chosen.append(char)
        if len(chosen) == 128:
            break
    return chosen


@functools.cache
def _byte_fold() -> tuple[Any, bytes]:
    """The charmap that codes the chosen characters as bytes, and the byte fold table."""
    chars = _one_char_folds()
    decoding = "".join(chr(code) for code in range(128)) + "".join(chars)
    decoding += "\ufffe" * (256 - len(decoding))
    table = bytearray(256)
    for code in range(128):
        char = chr(code)
        table[code] = ord(char.lower()) if char.isalnum() else 0x20
    table[ord("&")] = ord("&")  # read as the word "and" (see TermMatcher)
    for code, char in enumerate(chars, start=128):
        folded = fold(char)
        table[code] = ord(folded) if folded else 0x20
    return codecs.charmap_build(decoding), bytes(table)


def _ampersand_inside_word(folded: bytes) -> bool:
    """Whether an "&" touches a letter: fold() writes "R&D" as "r and d"."""
    at = folded.find(b"&")
    while at >= 0:
        if folded[at - 1 : at] not in (b"", b" ") or folded[at + 1 : at + 2] not in (b"", b" "):
            return True
        at = folded.find(b"&", at + 1)
    return False


def _fold_in_place(text: str) -> bytes | None:
    """``text`` folded one character to one byte, or None when that is not possible."""
    lowered = text.lower()
    if len(lowered) != len(text):
        return None
    charmap, table = _byte_fold()
    try:
        coded, _ = codecs.charmap_encode(lowered, "strict", charmap)
    except UnicodeEncodeError:
        return None
    folded = coded.translate(table)
    if _ampersand_inside_word(folded):
        return None  # leave it to the general path
    return folded


# --- the compiled matcher -------------------------------------------------------------------


@attrs.frozen
class _Entry:
    """What one folded form means: its terms (preferred first) and, for an abbreviation,
    the spellings whose capitals the text must keep."""

    terms: tuple[Term, ...]
    abbreviations: tuple[str, ...]
    words: int


_FIRST_WORD_CODE = 0x100
_UNKNOWN_WORD = "\x01"
_IY_WORD = re.compile(r"(?:[hklmst]|qu)i")


def _word_code(number: int) -> str:
    code = _FIRST_WORD_CODE + number
    if code >= 0xD800:  # skip the surrogates
        code += 0x800
    return chr(code)


def _is_proper_word(form: str) -> bool:
    """A one-word capitalised name ("Mỹ", "Ý", "Congress"): read only when capitalised,
    so that the words "mỹ" (beauty) and "ý" (idea) are not countries.

    >>> _is_proper_word("Mỹ"), _is_proper_word("Hoa Kỳ"), _is_proper_word("doanh")
    (True, False, False)
    """
    stripped = form.strip()
    return " " not in fold(stripped) and stripped[:1].isupper()


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


@attrs.frozen
class TermMatcher:
    """A glossary compiled for scanning text: one Aho-Corasick automaton over words.

    Every form of every term is folded and split into words; each word of the
    glossary's vocabulary gets one character, so a form is a short string of word
    characters and a text is scanned word by word. Word boundaries come free and the
    automaton's leftmost-longest search gives non-overlapping matches in one pass.
    A matcher pickles, so worker processes can receive it ready-built.
    """

    automaton: Any = attrs.field(repr=False)
    words: dict[str, str] = attrs.field(repr=False)
    byte_words: dict[bytes, str] = attrs.field(repr=False)
    entries: tuple[_Entry, ...] = attrs.field(repr=False)
    size: int

    @classmethod
    def build(cls, glossary: Glossary) -> TermMatcher:
        """Compile every name, variant and abbreviation of every term of ``glossary``."""
        import ahocorasick

        forms: dict[str, tuple[list[Term], list[str]]] = {}
        for term in glossary:
            names = (term.vi, term.en, *term.vi_variants, *term.en_variants)
            for form, is_abbreviation in [(n, False) for n in names] + [
                (a, True) for a in term.abbr
            ]:
                for key in _form_keys(form):
                    terms, abbreviations = forms.setdefault(key, ([], []))
                    if term not in terms:
                        terms.append(term)
                    keeps_capitals = is_abbreviation or _is_proper_word(form)
                    abbreviations.append(form if keeps_capitals else "")  # "": any case
        vocabulary: dict[str, str] = {"": ""}
        for key in forms:
            for word in key.split(" "):
                if word not in vocabulary:
                    vocabulary[word] = _word_code(len(vocabulary) - 1)
        # pyahocorasick looks a character up among a node's children one by one, in the
        # order they were added: the unknown-word character first, then the first words
        # that open the most forms ("bo", "hoa" ...), which are also the commonest in news.
        openers = Counter(key.split(" ", 1)[0] for key in forms)
        automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
        automaton.add_word(_UNKNOWN_WORD + "\x02", -1)  # "\x02" never occurs: no match
        entries: list[_Entry] = []
        for key in sorted(forms, key=lambda k: (-openers[k.split(" ", 1)[0]], k)):
            terms, abbreviations = forms[key]
            codes = [vocabulary[word] for word in key.split(" ")]
            ordered = _preferred_first(glossary, key, terms)
            cased = () if "" in abbreviations else tuple(dict.fromkeys(abbreviations))
            automaton.add_word("".join(codes), len(entries))
            entries.append(_Entry(ordered, cased, len(codes)))
        automaton.make_automaton()
        for word, code in list(vocabulary.items()):
            if _IY_WORD.fullmatch(word):  # the text is not i/y-unified: "ky" reads "ki"
                vocabulary.setdefault(word[:-1] + "y", code)
        if "and" in vocabulary:
            vocabulary["&"] = vocabulary["and"]
        byte_words = {
            word.encode("ascii"): code for word, code in vocabulary.items() if word.isascii()
        }
        return cls(automaton, vocabulary, byte_words, tuple(entries), len(glossary))

    def scan(self, text: str) -> Iterator[tuple[int, int, _Entry]]:
        """``(start, end, entry)`` for each leftmost-longest match, in order."""
        folded = _fold_in_place(text)
        if folded is None:
            return self._scan_general(text)
        tokens = folded.split(b" ")  # words, and "" for each extra space of a run
        get = self.byte_words.get
        coded = "".join([get(token, _UNKNOWN_WORD) for token in tokens])
        return self._spans(coded, tokens, b" ".join, None)

    def _scan_general(self, text: str) -> Iterator[tuple[int, int, _Entry]]:
        """The same scan through fold_with_offsets: any text, slower."""
        folded, offsets = fold_with_offsets(text)
        tokens = folded.split(" ")
        get = self.words.get
        coded = "".join([get(token, _UNKNOWN_WORD) for token in tokens])
        return self._spans(coded, tokens, " ".join, offsets)

    def _spans(
        self,
        coded: str,
        tokens: Sequence[Any],
        join: Callable[[Sequence[Any]], Sized],
        offsets: Sequence[int] | None,
    ) -> Iterator[tuple[int, int, _Entry]]:
        """Where each match starts and ends in the folded text.

        The k-th coded character is the k-th non-empty token: empty tokens (the extra
        spaces of a run) code to "". Joining the tokens in between with single spaces
        gives the folded text back exactly: the fastest way to add up their lengths.
        """
        found = list(self.automaton.iter_long(coded)) if coded else []
        if not found:
            return
        nonempty = list(itertools.compress(itertools.count(), tokens))
        entries = self.entries
        position = 0  # where token `index` starts
        index = 0
        for last, number in found:
            entry = entries[number]
            words = entry.words
            first = nonempty[last - words + 1]
            if first > index:
                position += len(join(tokens[index:first])) + 1
                index = first
            if words == 1:
                end = position + len(tokens[first])
            else:
                end = position + len(join(tokens[first : nonempty[last] + 1]))
            if offsets is None:
                yield position, end, entry
            else:
                yield offsets[position], offsets[end], entry


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


def clear_cache() -> None:
    """Forget compiled matchers (after the glossary files change)."""
    compile_matcher.cache_clear()
    _byte_fold.cache_clear()


def _matcher(glossary: Glossary | None) -> TermMatcher:
    if glossary is None:
        from vnus.glossary import glossary as bundled

        glossary = bundled()
    return compile_matcher(glossary)


# A web address runs to the next space or bracket; anchored on its literal scheme or "www.".
_LINK = re.compile(r"(?:https?://|www\.)[^\s()<>\[\]\"']+")


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
    text = require_str(text)
    compiled = matcher or _matcher(glossary)
    links = [m.span() for m in _LINK.finditer(text)] if "://" in text or "www." in text else []
    link_starts = [start for start, _ in links]
    mentions: list[TermMention] = []
    fits: dict[tuple[int, str], bool] = {}  # news repeats its abbreviations: check each once
    for start, end, entry in compiled.scan(text):
        if links:  # a web address is not running text: "viet-nam" in a URL names nothing
            at = bisect.bisect_right(link_starts, start) - 1
            if at >= 0 and start < links[at][1]:
                continue
        written = text[start:end]
        if entry.abbreviations:
            key = (id(entry), written)
            fit = fits.get(key)
            if fit is None:
                fit = fits[key] = any(_abbreviation_fits(written, a) for a in entry.abbreviations)
            if not fit:
                continue
        mentions.append(TermMention((start, end), written, entry.terms[0], entry.terms))
    return mentions


from vnus._titles import TitleMention, find_titles, translate_title  # noqa: E402
