"""Canonical Vietnamese text (:func:`normalize`) and a matching key (:func:`fold`).

``normalize`` keeps the text readable and only removes differences that carry no
meaning: Unicode composition, where a tone mark sits in ``oa/oe/uy``, look-alike
letters, odd spaces, dash and quote variants.

>>> normalize("Hoà  bình\\u00a0và thuỷ lợi")
'Hòa bình và thủy lợi'
>>> normalize("Hòa bình", tone_style="new")
'Hoà bình'

``fold`` is for matching, not display: it also drops case and every diacritic,
unifies i/y where Vietnamese spelling varies and reduces punctuation to spaces;
``fold_with_offsets`` also maps each folded character back to the original text.

>>> fold("Thượng nghị sỹ Hoa Kỳ") == fold("thuong nghi si hoa ki")
True
>>> fold("Kinh tế & Xã hội")
'kinh te and xa hoi'
"""

from __future__ import annotations

import bisect
import codecs
import functools
import itertools
import re
import unicodedata
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, Literal

from vnus import _chars, _lazy
from vnus.errors import require_str

if TYPE_CHECKING:
    from _codecs import _EncodingMap

__all__ = [
    "ToneStyle",
    "clear_caches",
    "fold",
    "fold_in_place",
    "fold_in_place_cased",
    "fold_with_offsets",
    "lower_with_offsets",
    "normalize",
]

ToneStyle = Literal["old", "new"]

# --- characters normalize() rewrites one by one -------------------------------------------

# The character facts live in vnus._chars; the long names read badly in the tables below.
_LINE_BREAKS = _chars.LINE_BREAKS
_ODD_SPACES = _chars.ODD_SPACES
_INVISIBLE = _chars.INVISIBLE
_HYPHENS = _chars.HYPHENS
_LONG_DASHES = _chars.LONG_DASHES  # horizontal bar -> em dash
_DOUBLE_QUOTES = _chars.DOUBLE_QUOTES
_SINGLE_QUOTES = _chars.SINGLE_QUOTES
_LOOKALIKES = _chars.LOOKALIKES

_CHAR_MAP: dict[str, str] = {"\r\n": "\n"}
_CHAR_MAP.update(dict.fromkeys(_LINE_BREAKS, "\n"))
_CHAR_MAP.update(dict.fromkeys(_ODD_SPACES, " "))
_CHAR_MAP.update(dict.fromkeys(_INVISIBLE, ""))
_CHAR_MAP.update(dict.fromkeys(_HYPHENS, "-"))
_CHAR_MAP.update(dict.fromkeys(_LONG_DASHES, "\u2014"))
_CHAR_MAP.update(dict.fromkeys(_DOUBLE_QUOTES, '"'))
_CHAR_MAP.update(dict.fromkeys(_SINGLE_QUOTES, "'"))
_CHAR_MAP.update(_LOOKALIKES)

# One character class, so that re scans for it at C speed; "\r\n" is handled by its "\r".
_SPECIAL_RE = re.compile(
    "[" + re.escape("".join(sorted(k for k in _CHAR_MAP if len(k) == 1))) + "]"
)


_SPACE_RUN_STR_RE = re.compile("  +")
_LINE_START_SPACE_RE = re.compile("\n ")
_LINE_END_SPACE_RE = re.compile(" \n")


def _replace_special(match: re.Match[str]) -> str:
    return _CHAR_MAP[match[0]]


# --- tone placement in open oa / oe / uy ----------------------------------------------------

_TONE_MARKS = _chars.TONE_MARKS  # huyền sắc hỏi ngã nặng
_toned = _chars.toned


# (base letter, tone index) for every toned o, a, e, u, y, i in both cases, and back.
_TONE_OF: dict[str, tuple[str, int]] = {}
_WITH_TONE: dict[tuple[str, int], str] = {}
for _base in "oaeuyiOAEUYI":
    for _index, _char in enumerate(_toned(_base)):
        _TONE_OF[_char] = (_base, _index)
        _WITH_TONE[(_base, _index)] = _char

# Initials that really occur before each open rhyme (hòa, khỏe, thủy ...). Anything else,
# such as the French "Noé", is not a Vietnamese syllable and keeps its marks where they are.
# q and gi are absent on purpose: in quý, giá the u/i belong to the initial.
_RHYME_INITIALS: dict[str, frozenset[str]] = {
    "oa": frozenset(["", "ch", "kh", "ng", "nh", "th", *"dđghltx"]),
    "oe": frozenset(["", "ch", "kh", "ng", "nh", "th", *"hltx"]),
    "uy": frozenset(["", "ch", "kh", "ng", "nh", "th", "tr", *"hlstx"]),
}
_LETTER = r"[^\W\d_]"
# A candidate pair at the end of a word; the callback checks the rhyme and the initial.
# The pattern starts with a character class, so re skips ahead to candidates at C speed.
_NEW_STYLE_RE = re.compile(  # found when the target is "old": hoà, khoẻ, thuỷ
    "[oOuU]["
    + "".join(_toned("a") + _toned("e") + _toned("y")).upper()
    + _toned("a")
    + _toned("e")
    + _toned("y")
    + "](?!"
    + _LETTER
    + ")"
)
_OLD_STYLE_RE = re.compile(  # found when the target is "new": hòa, khỏe, thủy
    "["
    + (_toned("o") + _toned("u")).upper()
    + _toned("o")
    + _toned("u")
    + "][aAeEyY](?!"
    + _LETTER
    + ")"
)


def _is_letter(char: str) -> bool:
    """The test of ``[^\\W\\d_]``: a letter (or letter-like numeral), not a digit or ``_``."""
    return char.isalnum() and not char.isdecimal()


def _move_tone(match: re.Match[str]) -> str:
    pair = match.group()
    first, second = pair[0], pair[1]
    toned_first = first in _TONE_OF
    base_first, base_second = (
        (_TONE_OF[first][0], second) if toned_first else (first, _TONE_OF[second][0])
    )
    initials = _RHYME_INITIALS.get((base_first + base_second).lower())
    if initials is None:
        return pair
    text, start = match.string, match.start()
    begin = start
    while begin > 0 and start - begin < 3 and _is_letter(text[begin - 1]):
        begin -= 1
    if (begin > 0 and _is_letter(text[begin - 1])) or text[begin:start].lower() not in initials:
        return pair  # not a Vietnamese syllable, or qu/gi + vowel
    if toned_first:
        base, tone = _TONE_OF[first]
        return base + _WITH_TONE[(second, tone)]
    base, tone = _TONE_OF[second]
    return _WITH_TONE[(first, tone)] + base


# --- misplaced tone marks after qu and gi ----------------------------------------------------

# In qu- and gi- syllables the u/i belong to the initial, yet noisy text puts the tone on
# them (qúy, qùa, gìa). The mark belongs on the next vowel: quý, quà, già.
_PLAIN_VOWELS = _chars.VOWELS + _chars.VOWELS.upper()
# One class first (not an alternation), so that re scans for candidates at C speed.
_MISPLACED_RE = re.compile(
    "[qQgG][" + _toned("u") + _toned("U") + _toned("i") + _toned("I") + "][" + _PLAIN_VOWELS + "]"
)
# What may follow the vowel in such a syllable: an off-glide or a final consonant.
_REST_OF_SYLLABLE = frozenset(["", *"iyuocmnpt", "ch", "ng", "nh"])


def _repair_tone(match: re.Match[str]) -> str:
    found = match.group()
    text, start, end = match.string, match.start(), match.end()
    if _TONE_OF[found[1]][0].lower() != ("u" if found[0] in "qQ" else "i"):
        return found  # only qu and gi
    if start > 0 and _is_letter(text[start - 1]):
        return found  # not the start of a word
    rest_end = end
    while rest_end < len(text) and rest_end - end < 3 and _is_letter(text[rest_end]):
        rest_end += 1
    rest = text[end:rest_end]
    if (rest_end < len(text) and _is_letter(text[rest_end])) or rest.lower() not in (
        _REST_OF_SYLLABLE
    ):
        return found
    base, tone = _TONE_OF[found[1]]
    vowel = unicodedata.normalize("NFC", found[2] + _TONE_MARKS[tone])
    return found[0] + base + vowel


def normalize(text: str, *, tone_style: ToneStyle = "old") -> str:
    """Return the canonical form of Vietnamese ``text``.

    - NFC, whatever mix of composed and decomposed marks came in; stray combining
      marks are kept.
    - One tone placement in open ``oa``, ``oe``, ``uy`` syllables: ``"old"`` puts the
      mark on the first vowel (hòa, khỏe, thủy), ``"new"`` on the second (hoà, khoẻ,
      thuỷ). ``quý``, ``giá``, closed syllables (hoàn, thuyết) and words that are not
      Vietnamese syllables ("Noé") are left alone. A tone mark written on the u of
      qu or the i of gi moves to the vowel it belongs on (qúy → quý, gìa → già).
    - Ð (U+00D0) and Ɖ (U+0189) become Đ; ð and ɖ become đ.
    - Tabs, no-break, narrow and other odd spaces, zero-width space, word joiner and
      BOM become a space; runs of spaces inside a line become one; spaces at the start
      and end of each line are removed. Soft hyphens and zero-width (non-)joiners are
      removed. Every line break becomes ``\\n``: lines and paragraphs stay as they were.
    - Hyphen look-alikes (hyphen, non-breaking hyphen, figure dash, en dash, minus
      sign) become ``-``; the horizontal bar becomes an em dash ``—``. Spaces around
      dashes are kept as written. Curly, low and angle quotes become ``"`` and ``'``.

    Spelling is otherwise untouched: sĩ and sỹ stay as written.

    >>> normalize("Thu\\u0309y lơ\\u0323i")  # decomposed input
    'Thủy lợi'
    >>> normalize("KHOẺ MẠNH, quý, hoàn")
    'KHỎE MẠNH, quý, hoàn'
    >>> normalize("\\u00d0à Nẵng \\u2013 Huế")
    'Đà Nẵng - Huế'
    >>> normalize("Qúy khách gìa")
    'Quý khách già'
    """
    text = require_str(text)
    if tone_style not in ("old", "new"):
        raise ValueError(f"tone_style must be 'old' or 'new' (got {tone_style!r})")
    if not text:
        return text
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    if _SPECIAL_RE.search(text):
        if "\r\n" in text:
            text = text.replace("\r\n", "\n")
        length = len(text)
        text = _SPECIAL_RE.sub(_replace_special, text)
        # Dropping a joiner can put a mark next to a letter it composes with.
        if len(text) != length and not unicodedata.is_normalized("NFC", text):
            text = unicodedata.normalize("NFC", text)
    # Literal-prefix patterns: re jumps between matches with a fast search.
    text = _SPACE_RUN_STR_RE.sub(" ", text)
    text = _LINE_END_SPACE_RE.sub("\n", _LINE_START_SPACE_RE.sub("\n", text)).strip(" ")
    text = _MISPLACED_RE.sub(_repair_tone, text)
    pattern = _NEW_STYLE_RE if tone_style == "old" else _OLD_STYLE_RE
    return pattern.sub(_move_tone, text)


# --- fold -------------------------------------------------------------------------------------

# Combining diacritics of the Latin, Greek and Cyrillic blocks (not Indic vowel signs).
_MARKS_RE = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+")
# After casefold and mark stripping: letters with a stroke or dotless i have no decomposition.
_FOLD_LETTERS = {"đ": "d", "ð": "d", "ɖ": "d", "ı": "i"}
_SEPARATORS_RE = re.compile(r"[\W_]+")
# i/y vary only in an open syllable that is a lone i/y after h, k, l, m, s, t or qu.
# Anchored on the literal "y" so that re jumps from y to y; same as \b([hklmst]|qu)y\b.
_IY_RE = re.compile(r"y\b(?:(?<=\b[hklmst]y)|(?<=\bquy))")


def _fold_chars(text: str) -> str:
    """Fold without collapsing separators: the part of fold() that works char by char.

    This is the definition every other fold path is derived from and tested against.
    """
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    # replace() per character present: str.translate walks a dict for every character.
    for invisible in _INVISIBLE:
        if invisible in text:
            text = text.replace(invisible, "")
    text = _MARKS_RE.sub("", unicodedata.normalize("NFD", text.casefold()))
    for letter, plain in _FOLD_LETTERS.items():
        if letter in text:
            text = text.replace(letter, plain)
    if not text.isascii():
        # Vietnamese letters are plain ASCII by now: what is left is another alphabet.
        text = _FOREIGN_LETTER_RE.sub(_transliterate, text)
    return text.replace("&", " and ") if "&" in text else text


# A letter beyond ASCII (\w without digits and "_"; the Unicode category is checked per
# letter in _transliterated, since \w also takes "²" and "½").
_FOREIGN_LETTER_RE = re.compile(r"[^\x00-\x7f\W\d_]")


def _transliterate(match: re.Match[str]) -> str:
    return _transliterated(match.group())


@functools.lru_cache(maxsize=4096)
def _transliterated(letter: str) -> str:
    """A letter of another alphabet in ASCII, as Unidecode writes it ("ł" -> "l",
    "й" -> "i", "ж" -> "zh"), lower case; the letter itself when Unidecode has no letter
    or digit for it, or when it is not a letter at all."""
    if not unicodedata.category(letter).startswith("L"):
        return letter
    from unidecode import unidecode

    ascii_form = unidecode(letter).lower()
    if not any(char.isalnum() for char in ascii_form):
        return letter
    return ascii_form


def _finish(folded: str) -> str:
    return _IY_RE.sub("i", folded) if "y" in folded else folded


def _general_fold(text: str) -> str:
    """fold() for any text: the definition the fast path must agree with."""
    return _finish(_SEPARATORS_RE.sub(" ", _fold_chars(text)).strip(" "))


# --- the fast path: one byte per character, whole-string C operations ----------------------
#
# A codec table encodes each character of typical Vietnamese news text (ASCII, every
# Vietnamese letter, common spaces, dashes and quotes, the Vietnamese combining marks) to
# one byte, and a byte table takes that byte to its fold. Any other character is first
# replaced by a stand-in from the table (see _char_kind); only characters that compose
# with their neighbours leave the fast path.

_VIETNAMESE_MARKS = _chars.VIETNAMESE_MARKS
_MARK_BYTE = b"\x01"  # a combining mark: no byte of the fold, part of the character before
_EXPAND_BYTE = b"\x02"  # a character whose fold is not one ASCII byte: looked up apart
_EXPAND_CHAR = "\x00"  # encodes to _EXPAND_BYTE
_NOT_MARK_BIT = bytes(0 if code == _MARK_BYTE[0] else 1 for code in range(256))
_SPACE_BIT = bytes(1 if code == 0x20 else 0 for code in range(256))
_STANDIN_BYTE = b"x"  # any letter: stands for an expansion's non-space characters


def _charmap_tables() -> tuple[_EncodingMap, bytes, str]:
    vowels = _chars.VOWELS
    letters = "đ" + "".join(v + _toned(v) for v in vowels if not v.isascii())
    letters += "".join(_toned(v) for v in vowels if v.isascii())
    # Byte 0 must be U+0000, or charmap_build falls back to a slow dict.
    chars = [chr(c) for c in [0x00, *range(0x09, 0x0E), *range(0x20, 0x7F)]]
    chars += [*letters, *letters.upper()]
    chars += "\xa0\u200b\u202f\u2010\u2011\u2013\u2014\u2026\u201c\u201d\u2018\u2019\u2022"
    chars += _VIETNAMESE_MARKS
    if len(chars) > 256 or len(set(chars)) != len(chars):
        raise AssertionError(f"charmap needs {len(chars)} distinct bytes")
    fold_bytes = bytearray(b" " * 256)
    for byte, char in enumerate(chars):
        if char in _VIETNAMESE_MARKS:
            folded = _MARK_BYTE.decode()
        elif char == _EXPAND_CHAR:
            folded = _EXPAND_BYTE.decode()
        elif char == "&":
            folded = "&"  # expands to " and " later
        else:
            folded = _SEPARATORS_RE.sub(" ", _fold_chars(char))
        if len(folded) != 1 or not folded.isascii():
            raise AssertionError(f"{char!r} does not fold to one ASCII character")
        fold_bytes[byte] = ord(folded)
    decoding = "".join(chars).ljust(256, "\ufffe")  # U+FFFE marks an unused byte
    encoding = codecs.charmap_build(decoding)
    if isinstance(encoding, dict):  # only for tables without U+0000 first
        raise AssertionError("charmap_build returned a dict")
    return encoding, bytes(fold_bytes), "".join(chars)


_CHARMAP, _CHARMAP_FOLD, _CHARMAP_CHARS = _charmap_tables()
_NOT_CHARMAP_RE = re.compile("[^" + re.escape(_CHARMAP_CHARS) + "]")


@functools.cache
def _composing_starters() -> frozenset[str]:
    """Characters that are not combining marks yet compose with the character before."""
    found = {chr(c) for c in [*range(0x1161, 0x1176), *range(0x11A8, 0x11C3)]}  # Hangul V, T
    for code in range(0x20000):  # every canonical composition lies in planes 0 and 1
        mapping = unicodedata.decomposition(chr(code))
        parts = mapping.split()
        if len(parts) == 2 and not mapping.startswith("<"):
            second = chr(int(parts[1], 16))
            if not unicodedata.combining(second):
                found.add(second)
    return frozenset(found)


_GENERAL = None  # _char_kind: this character needs the general path


@functools.lru_cache(maxsize=4096)
def _char_kind(char: str) -> str | None:
    """What a character outside the codec table folds to, on its own.

    A one-character ASCII stand-in that folds the same (a letter, digit or space), the
    Vietnamese mark U+0300 for a combining mark that fold() strips, ``_EXPAND_CHAR`` for
    any other fold (looked up again by :func:`_expansion`), or None for a character
    that may compose with a neighbour and so cannot be folded alone.
    """
    if unicodedata.combining(char):
        stripped = char != "\u0345" and _MARKS_RE.fullmatch(char) is not None
        return "\u0300" if stripped else _GENERAL
    if char in _composing_starters():
        return _GENERAL
    folded = _expansion(char)
    if len(folded) == 1 and folded.isascii() and folded != "&":
        return folded
    return _EXPAND_CHAR


@functools.lru_cache(maxsize=4096)
def _expansion(char: str) -> str:
    """The fold of one character on its own, separators not yet trimmed."""
    return " and " if char == "&" else _SEPARATORS_RE.sub(" ", _fold_chars(char))


def _unknown_chars(text: str) -> set[str]:
    """The characters of ``text`` outside the codec table."""
    # A scan finds a few quickly; for text mostly in another script set() is faster.
    if len(_NOT_CHARMAP_RE.findall(text, 0, 2048)) > 64:
        return set(text).difference(_CHARMAP_CHARS)
    return set(_NOT_CHARMAP_RE.findall(text))


def _map_chars(text: str) -> tuple[bytes, set[str]] | None:
    """One byte per character of ``text``: its fold, or _MARK_BYTE / _EXPAND_BYTE / ``&``;
    and the characters that are outside the codec table.

    None when a character composes with its neighbours (Hangul jamo, some Indic signs).
    """
    try:
        encoded = codecs.charmap_encode(text, "strict", _CHARMAP)[0]
        return encoded.translate(_CHARMAP_FOLD), set()
    except UnicodeEncodeError:
        pass
    unknown = _unknown_chars(text)
    stand_ins = {}
    for char in unknown:
        kind = _char_kind(char)
        if kind is _GENERAL:
            return None
        stand_ins[char] = kind
    if len(stand_ins) <= 8:  # a few: one fast replace() each
        for char, kind in stand_ins.items():
            text = text.replace(char, kind)
    else:  # text in another script: one pass
        text = text.translate({ord(char): kind for char, kind in stand_ins.items()})
    encoded = codecs.charmap_encode(text, "strict", _CHARMAP)[0]
    return encoded.translate(_CHARMAP_FOLD), unknown


def _find_all(haystack: bytes | str, needle: Any) -> list[int]:
    found = []
    position = haystack.find(needle)
    while position >= 0:
        found.append(position)
        position = haystack.find(needle, position + 1)
    return found


def _expansions(text: str, mapped: bytes) -> list[tuple[int, str]]:
    """Positions in ``mapped`` of ``&`` and _EXPAND_BYTE, with what each expands to."""
    found = sorted(_find_all(mapped, b"&") + _find_all(mapped, _EXPAND_BYTE))
    return [(position, _expansion(text[position])) for position in found]


_SPACE_RUN_RE = re.compile(b"  +")  # literal prefix: re finds each run with a fast search


def _collapse(data: bytes) -> bytes:
    return _SPACE_RUN_RE.sub(b" ", data).strip(b" ")


@functools.lru_cache(maxsize=8192)
def compare_key(word: str) -> str:
    """A word compared as written, diacritics kept, case and tone placement ignored ("Tô"
    is not "tổ", "Hoà" is "Hòa"): the key of names read with their diacritics (surnames,
    given names, title words).

    >>> compare_key("Hoà") == compare_key("HÒA"), compare_key("Tô") == compare_key("tổ")
    (True, False)
    """
    nfc = unicodedata.normalize("NFC", word)
    return _NEW_STYLE_RE.sub(_move_tone, _MISPLACED_RE.sub(_repair_tone, nfc)).casefold()


def fold(text: str) -> str:
    """Return the matching key of ``text``: equal keys mean a translator's "same string".

    On top of :func:`normalize` it casefolds, strips every diacritic (đ becomes d),
    writes ``&`` as ``and``, turns each run of punctuation, dashes and white space
    into one space, and writes i for y where Vietnamese spelling varies (sĩ/sỹ,
    kì/kỳ, lí/lý, mĩ/mỹ, qui/quy) — but not where the letters are distinct
    (tai/tay, tui/tuy, y tế).

    >>> fold("Bộ Công Thương")
    'bo cong thuong'
    >>> fold("Ấn Độ Dương -Thái Bình Dương") == fold("Ấn Độ Dương – Thái Bình Dương")
    True
    >>> fold("Mỹ"), fold("kỳ"), fold("tay")
    ('mi', 'ki', 'tay')
    """
    text = require_str(text)
    found = _map_chars(text)
    if found is None:
        return _general_fold(text)
    mapped = found[0]
    expanded = mapped.count(_EXPAND_BYTE)
    if expanded * 32 > len(mapped):
        return _general_fold(text)  # mostly another script: whole-string steps are faster
    if expanded:
        # Positions must still match text here, so expand before dropping marks.
        parts = mapped.split(_EXPAND_BYTE)
        pieces = [parts[0].decode("ascii")]
        for (_, expansion), part in zip(
            [e for e in _expansions(text, mapped) if text[e[0]] != "&"], parts[1:], strict=True
        ):
            pieces += [expansion, part.decode("ascii")]
        joined = "".join(pieces).replace(_MARK_BYTE.decode(), "").replace("&", " and ")
        return _finish(_SPACE_RUN_STR_RE.sub(" ", joined).strip(" "))
    if _MARK_BYTE in mapped:
        mapped = mapped.replace(_MARK_BYTE, b"")
    if b"&" in mapped:
        mapped = mapped.replace(b"&", b" and ")
    return _finish(_collapse(mapped).decode("ascii"))


# --- fold with offsets ----------------------------------------------------------------------


def _charmap_translate() -> dict[int, str | None]:
    """str.translate table from each codec-table character to its fold (marks: None)."""
    table: dict[int, str | None] = {}
    for byte, char in enumerate(_CHARMAP_CHARS):
        folded = chr(_CHARMAP_FOLD[byte])
        table[ord(char)] = None if folded == _MARK_BYTE.decode() else folded
    table[ord(_EXPAND_CHAR)] = _expansion(_EXPAND_CHAR)
    return table


_CHARMAP_TRANSLATE = _charmap_translate()


def _translate_table(unknown: set[str]) -> tuple[dict[int, str | None], list[str]]:
    """A str.translate table from every character to its one-character fold (marks:
    None), given the characters outside the codec table; and those of them whose fold
    is longer. Those map to a filler that is never read: their expansion is.
    """
    table = dict(_CHARMAP_TRANSLATE)
    longer = []
    for char in unknown:
        kind = _char_kind(char)
        if kind == "\u0300":
            table[ord(char)] = None  # a mark
        elif kind == _EXPAND_CHAR:
            folded = _expansion(char)
            table[ord(char)] = folded if len(folded) == 1 else _EXPAND_CHAR
            if len(folded) != 1:
                longer.append(char)
        else:
            table[ord(char)] = kind
    return table, longer


_SHARED_INTS_MAX_BITS = 20  # texts up to 2**20 characters; longer ones allocate their ints


@functools.lru_cache(maxsize=4)
def _shared_ints(bits: int) -> tuple[int, ...]:
    """0 .. 2**bits - 1, built once: offsets reuse these int objects instead of making new
    ones, which is most of the cost of a long offsets tuple (clear: ``cache_clear()``)."""
    return tuple(range(1 << bits))


def _positions(size: int) -> Sequence[int]:
    """Something that indexes like ``range(size)``, backed by shared int objects if it can."""
    bits = max(size.bit_length(), 10)
    return _shared_ints(bits) if bits <= _SHARED_INTS_MAX_BITS else range(size)


def _fast_offsets(text: str, mapped: bytes, unknown: set[str]) -> tuple[str, tuple[int, ...]]:
    """fold_with_offsets() from ``mapped``, one byte per character of ``text``.

    A character and the marks after it (_MARK_BYTE) fold to what the character folds to;
    its offsets start where it starts, and it ends where the next character starts.
    """
    size = len(mapped)
    one_char = None  # the fold of each non-mark character, when it is built apart
    if mapped.count(_EXPAND_BYTE) * 32 > size:
        # Mostly another script: characters that fold to one character need no
        # expansion. A stand-in byte keeps their place; the text comes from a translate.
        table, longer = _translate_table(unknown)
        one_char = text.translate(table)
        mapped = mapped.replace(_EXPAND_BYTE, _STANDIN_BYTE)
        found = _find_all(mapped, b"&")
        for char in [*longer, _EXPAND_CHAR]:  # U+0000 folds to a space, not a letter
            found += _find_all(text, char)
        expansions = [(position, _expansion(text[position])) for position in sorted(found)]
    else:
        expansions = _expansions(text, mapped)
    starts = _positions(size)  # starts[i]: where the i-th non-mark character starts
    count = size  # how many of starts are real
    if _MARK_BYTE in mapped:
        starts = list(itertools.compress(starts, mapped.translate(_NOT_MARK_BIT)))
        count = len(starts)
        # Drop the marks, and renumber the expansions to positions among the rest.
        expansions = [(bisect.bisect_left(starts, p), value) for p, value in expansions]
        mapped = mapped.replace(_MARK_BYTE, b"")

    def end_of(index: int) -> int:  # where the character at mapped[index] ends
        return starts[index + 1] if index + 1 < count else size

    # The expanded text in pieces: mapped[a:b] as it is, or one expansion; with each
    # piece's bytes (expansion letters as a stand-in letter), text and origins.
    data: list[bytes] = []
    strings: list[str] = []
    # Segments take their origins one after another from one iterator over starts,
    # skipping the expanded character: no copies of starts.
    each_start = iter(starts)
    origins: list[Iterable[int]] = []
    bases: list[int] = []  # index in mapped of each piece's first character
    previous = 0
    for position, expansion in [*expansions, (len(mapped), None)]:
        data.append(mapped[previous:position])
        skip = 1 if previous else 0
        origins.append(itertools.islice(each_start, skip, skip + position - previous))
        bases.append(previous)
        if expansion is None:
            break
        data.append(bytes(32 if c == " " else _STANDIN_BYTE[0] for c in expansion))
        strings.append(expansion)
        start, end = starts[position], end_of(position)
        last = len(expansion) - 1
        # Like the general path: the closing space of a longer expansion points past it.
        origins.append(
            [end if i == last and i and c == " " else start for i, c in enumerate(expansion)]
        )
        bases.append(position)
        previous = position + 1
    expanded = b"".join(data)
    length = len(expanded)
    spaces = int.from_bytes(expanded.translate(_SPACE_BIT), "little")
    # A space after a space (or at the start) is dropped: runs collapse onto their first.
    dropped = spaces & ((spaces << 8) | 1)
    ones = int.from_bytes(b"\x01" * length, "little")
    keep = bytearray((dropped ^ ones).to_bytes(length + 1, "little"))
    if not expanded.strip(b" "):
        return "", (0,)
    if expanded.endswith(b" "):
        keep[keep.rindex(1)] = 0  # the kept space of a trailing run
    last_kept = keep.rindex(1)
    end = size
    for index, piece in enumerate(data):  # where the last kept character ends
        if last_kept < len(piece):
            # In an expansion every kept character ends where the expanded one does.
            end = end_of(bases[index] + (last_kept if index % 2 == 0 else 0))
            break
        last_kept -= len(piece)
    if one_char is not None:
        texts = [
            one_char[bases[i] : bases[i] + len(p)] if i % 2 == 0 else strings[i // 2]
            for i, p in enumerate(data)
        ]
        folded = _SPACE_RUN_STR_RE.sub(" ", "".join(texts)).strip(" ")
    elif all(expansion.isascii() for expansion in strings):
        actual = [p if i % 2 == 0 else strings[i // 2].encode("ascii") for i, p in enumerate(data)]
        folded = _collapse(b"".join(actual)).decode("ascii")
    else:
        texts = [p.decode("ascii") if i % 2 == 0 else strings[i // 2] for i, p in enumerate(data)]
        folded = _SPACE_RUN_STR_RE.sub(" ", "".join(texts)).strip(" ")
    chained = starts if len(origins) == 1 else itertools.chain.from_iterable(origins)
    offsets = tuple(itertools.chain(itertools.compress(chained, keep), (end,)))
    return _finish(folded), offsets


@functools.lru_cache(maxsize=4096)
def _may_join_previous(char: str) -> bool:
    """Whether NFC may join ``char`` (not itself a combining mark) to what comes before."""
    first = unicodedata.normalize("NFD", char)[0]
    return bool(unicodedata.combining(first)) or first in _composing_starters()


@functools.lru_cache(maxsize=8192)
def _fold_cluster(cluster: str) -> str:
    return _SEPARATORS_RE.sub(" ", _fold_chars(cluster))


def _clusters(text: str) -> list[tuple[int, int]]:
    """Spans that fold independently: a character and the marks NFC may join to it."""
    spans: list[tuple[int, int]] = []
    start = 0
    for index in range(1, len(text) + 1):
        if index == len(text):
            spans.append((start, index))
            break
        char = text[index]
        if unicodedata.combining(char):
            continue
        before = text[start:index]
        if _may_join_previous(char) and (
            len(unicodedata.normalize("NFC", before + char))
            < len(unicodedata.normalize("NFC", before)) + 1
        ):
            continue  # Hangul jamo and the few starters that compose with a starter
        spans.append((start, index))
        start = index
    return spans


def _general_offsets(text: str) -> tuple[str, tuple[int, ...]]:
    chars: list[str] = []
    offsets: list[int] = []
    ends: list[int] = []  # where the source of each kept character ends
    for start, end in _clusters(text):
        piece = _fold_cluster(text[start:end])
        last = len(piece) - 1
        for position, char in enumerate(piece):
            if char == " " and (not chars or chars[-1] == " "):
                continue  # leading separators and runs collapse onto their first
            # Inside an expansion ("&" -> " and ") the closing space points past the source.
            origin = end if position == last and position and char == " " else start
            chars.append(char)
            offsets.append(origin)
            ends.append(end)
    if chars and chars[-1] == " ":
        chars.pop()
        offsets.pop()
        ends.pop()
    offsets.append(ends[-1] if ends else 0)
    return _finish("".join(chars)), tuple(offsets)


def fold_with_offsets(text: str) -> tuple[str, tuple[int, ...]]:
    """Return ``fold(text)`` and, for each folded position, where it starts in ``text``.

    ``offsets`` has ``len(folded) + 1`` entries, so that ``folded[i:j]`` comes from
    ``text[offsets[i]:offsets[j]]``: a match found in folded text is reported at exact
    offsets of the original.

    >>> text = "Bộ trưởng  Bộ Thương mại Hoa Kỳ"
    >>> folded, offsets = fold_with_offsets(text)
    >>> i = folded.index("bo thuong mai")
    >>> j = i + len("bo thuong mai")
    >>> text[offsets[i]:offsets[j]]
    'Bộ Thương mại'
    """
    text = require_str(text)
    found = _map_chars(text)
    if found is None:
        return _general_offsets(text)
    return _fast_offsets(text, *found)


# --- fold in place: one character to one byte ---------------------------------------------

# fold() collapses separators, so its offsets need a map. For the characters news text is
# made of, folding is one character to one character: lower() then a byte code that sends
# every Vietnamese letter to its base letter and every separator to a space. The matchers
# scan that; text with any other character (decomposed marks, "ß", CJK ...) gives None,
# and the caller takes fold_with_offsets() instead. The byte tables are built from fold()
# itself, character by character, so they cannot disagree with it.


def _one_char_folds() -> list[str]:
    """Lowercase characters (beyond ASCII) whose fold is one ASCII letter or a separator."""
    wanted = [*_chars.VIETNAMESE_LETTERS, *_chars.NEWS_SEPARATORS]
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


@functools.cache
def _cased_byte_fold() -> tuple[Any, bytes]:
    """A charmap that codes Vietnamese text as written, capitals included, and its byte
    fold table: what :func:`_byte_fold` gives after lower(), without the lower(), except
    that a letter is written as a capital unless the text has a small letter there.

    The Vietnamese letters in both cases and the common separators need more than the
    128 codes beyond ASCII, so the rare ASCII control characters give up theirs; a text
    with one of them, or with any other character left out, takes the lower() route.
    """
    _, lower_table = _byte_fold()
    chars = _one_char_folds()
    lower_code = {char: code for code, char in enumerate(chars, start=128)}
    vietnamese = [char for char in chars if char in _chars.VIETNAMESE_LETTERS]
    capitals = [
        char.upper()
        for char in vietnamese
        if len(char.upper()) == 1 and char.upper().lower() == char
    ]
    others = [char for char in chars if char not in vietnamese]  # separators come first
    # Code 0 stays "\0": charmap_build makes its fast table only then.
    codes = [*range(0x01, 0x09), *range(0x0E, 0x20), 0x7F, *range(0x80, 0x100)]
    decoding = [chr(code) for code in range(128)] + ["\ufffe"] * 128
    table = bytearray(lower_table[:128]) + bytearray(128)
    for code, char in zip(codes, [*vietnamese, *capitals, *others], strict=False):
        decoding[code] = char
        table[code] = lower_table[lower_code[char.lower()]]
    for code, char in enumerate(decoding):
        if chr(table[code]).isalpha() and not (char.islower() and char.isalpha()):
            table[code] = ord(chr(table[code]).upper())
    return codecs.charmap_build("".join(decoding)), bytes(table)


def fold_in_place(text: str) -> bytes | None:
    """``text`` folded one character to one byte, or None when that is not possible.

    Each letter becomes its lower-case ASCII base letter, each digit itself, ``&`` stays
    ``&`` and every other character a space: ``fold(text)`` is this with runs of spaces
    squeezed, ``&`` read as "and" and i/y unified, and position ``i`` of the result is
    position ``i`` of ``text``, so a match needs no offset map. None for text with a
    character that does not fold to one ASCII character (decomposed marks, "ß", CJK) or
    an ``&`` inside a word: :func:`fold_with_offsets` takes those.

    >>> fold_in_place("Bộ Công Thương – MOIT")
    b'bo cong thuong   moit'
    >>> fold_in_place("Straße") is None
    True
    """
    folded = fold_in_place_cased(text)
    return _fold_lowered(text) if folded is None else folded.lower()


def fold_in_place_cased(text: str) -> bytes | None:
    """:func:`fold_in_place` with a capital letter wherever ``text`` has no small
    letter; None when the faster charmap cannot code ``text``.

    >>> fold_in_place_cased("Việt Nam và VÀ, DOC")
    b'Viet Nam va VA  DOC'
    """
    return _encode_folded(text, *_cased_byte_fold())


def _encode_folded(text: str, charmap: Any, table: bytes) -> bytes | None:
    """``text`` coded one byte per character and folded; None when the general path must
    take it (a character outside ``charmap``, or an ``&`` inside a word)."""
    try:
        coded, _ = codecs.charmap_encode(text, "strict", charmap)
    except UnicodeEncodeError:
        return None
    folded = coded.translate(table)
    if _ampersand_inside_word(folded):
        return None
    return folded


def _fold_lowered(text: str) -> bytes | None:
    """:func:`fold_in_place` through lower(): for text with characters the faster
    charmap leaves out."""
    lowered = text.lower()
    if len(lowered) != len(text):
        return None
    return _encode_folded(lowered, *_byte_fold())


# --- lower case in place: what the date reader reads ---------------------------------------

# normalize()'s character rules that keep one character for one (line breaks and odd
# spaces read as a space, every dash as "-", quote look-alikes as ' and ", Đ look-alikes
# as đ), after lower(). The prime (10′) reads as a quote too.
_LOWER_MAP = str.maketrans(
    {
        **dict.fromkeys(_chars.DASHES, "-"),
        **dict.fromkeys("\n" + _chars.LINE_BREAKS + _chars.ODD_SPACES, " "),
        **dict.fromkeys(_chars.SINGLE_QUOTES + "\u2032", "'"),
        **dict.fromkeys(_chars.DOUBLE_QUOTES, '"'),
        **{k.lower(): v.lower() for k, v in _chars.LOOKALIKES.items()},
    }
)
_LOWER_SPECIAL_RE = re.compile("[" + re.escape("".join(map(chr, _LOWER_MAP))) + "]")


def _lower_special(match: re.Match[str]) -> str:
    return match.group().translate(_LOWER_MAP)


def lower_with_offsets(text: str) -> tuple[str, tuple[int, ...] | None]:
    """``text`` in NFC and lower case, keeping its letters and marks, with line breaks and
    odd spaces as one space each, every dash as ``-``, quote look-alikes as ``'`` and
    ``"``, Đ look-alikes as đ and soft hyphens and zero-width joiners dropped (as
    :func:`normalize` drops them); and the offsets back to ``text``.

    This is what a reader of words with their diacritics needs (the date reader): one
    character for one wherever it can, so the offsets are None when the result has the
    length of ``text`` (a position is then its own offset); otherwise ``len(result) + 1``
    offsets such that ``result[i:j]`` comes from ``text[offsets[i]:offsets[j]]``.

    >>> lower_with_offsets("Ngày 5\u2013THÁNG 7")
    ('ngày 5-tháng 7', None)
    >>> lower_with_offsets("Chie\u0302\u0300u nay")
    ('chiều nay', (0, 1, 2, 3, 6, 7, 8, 9, 10, 11))
    """
    text = require_str(text)
    offsets: list[int] | None = None
    composed = text
    if not text.isascii():
        if not unicodedata.is_normalized("NFC", text):
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
        if any(char in composed for char in _chars.INVISIBLE):
            if offsets is None:
                offsets = list(range(len(composed) + 1))
            kept = [i for i, char in enumerate(composed) if char not in _chars.INVISIBLE]
            offsets = [offsets[i] for i in kept] + [offsets[-1]]
            composed = "".join(composed[i] for i in kept)
    lowered = composed.lower()
    if len(lowered) != len(composed):  # a few letters lower-case to two characters
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in composed)
    # Line breaks are most of what is replaced: str.replace does them without a callback.
    folded = _LOWER_SPECIAL_RE.sub(_lower_special, lowered.replace("\n", " "))
    return folded, (tuple(offsets) if offsets is not None else None)


@_lazy.on_clear
def clear_caches() -> None:
    """Free what folding has cached: per-character folds and the shared offset ints.

    Nothing here changes results; the caches are rebuilt on the next call.

    >>> folded = fold_with_offsets("Hoa Kỳ")
    >>> clear_caches()
    >>> fold_with_offsets("Hoa Kỳ") == folded
    True
    """
    for cached in (
        _shared_ints,
        _char_kind,
        _expansion,
        _may_join_previous,
        _fold_cluster,
        _composing_starters,
        _byte_fold,
        _cased_byte_fold,
        _transliterated,
        compare_key,
    ):
        cached.cache_clear()
