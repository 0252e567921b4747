"""Canonical Vietnamese text (:func:`normalize`) and a matching key (:func:`fold`).

``normalize`` keeps the text readable and only removes differences that carry no
meaning: Unicode composition, where a tone mark sits in ``oa/oe/uy``, look-alike
letters, odd spaces, dash and quote variants.

>>> normalize("Hoà  bình\\u00a0và thuỷ lợi")
'Hòa bình và thủy lợi'
>>> normalize("Hòa bình", tone_style="new")
'Hoà bình'

``fold`` is for matching, not display: it also drops case and every diacritic,
unifies i/y where Vietnamese spelling varies and reduces punctuation to spaces.

>>> fold("Thượng nghị sỹ Hoa Kỳ") == fold("thuong nghi si hoa ki")
True
>>> fold("Kinh tế & Xã hội")
'kinh te and xa hoi'
"""

from __future__ import annotations

import codecs
import itertools
import re
import unicodedata
from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal

from vnus.errors import require_str

if TYPE_CHECKING:
    from _codecs import _EncodingMap

__all__ = ["ToneStyle", "fold", "fold_with_offsets", "normalize"]

ToneStyle = Literal["old", "new"]

# --- characters normalize() rewrites one by one -------------------------------------------

_LINE_BREAKS = "\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
# Spaces that are not U+0020; zero-width space, word joiner and BOM also separate words.
_ODD_SPACES = (
    "\t\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u202f\u205f\u3000\u200b\u2060\ufeff\u180e"
)
# Invisible joiners and the soft hyphen sit inside words: dropping them rejoins the word.
_INVISIBLE = "\u00ad\u200c\u200d"
_HYPHENS = "\u2010\u2011\u2012\u2013\u2212\ufe58\ufe63\uff0d"
_LONG_DASHES = "\u2015"  # horizontal bar -> em dash
_DOUBLE_QUOTES = "\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033\uff02"
_SINGLE_QUOTES = "\u2018\u2019\u201a\u201b\u2039\u203a\uff07"
_LOOKALIKES = {"\u00d0": "\u0110", "\u0189": "\u0110", "\u00f0": "\u0111", "\u0256": "\u0111"}

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

# --- tone placement in open oa / oe / uy ----------------------------------------------------

_TONE_MARKS = ("\u0300", "\u0301", "\u0309", "\u0303", "\u0323")  # huyền sắc hỏi ngã nặng


def _toned(base: str) -> str:
    return "".join(unicodedata.normalize("NFC", base + mark) for mark in _TONE_MARKS)


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
_PLAIN_VOWELS = "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY"
_MISPLACED_RE = re.compile(
    "[qQ][" + _toned("u") + _toned("U") + "][" + _PLAIN_VOWELS + "]"
    "|[gG][" + _toned("i") + _toned("I") + "][" + _PLAIN_VOWELS + "]"
)
# What may follow the vowel in such a syllable: an off-glide or a final consonant.
_REST_OF_SYLLABLE = frozenset(["", *"iyuocmnpt", "ch", "ng", "nh"])


def _repair_tone(match: re.Match[str]) -> str:
    found = match.group()
    text, start, end = match.string, match.start(), match.end()
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
    specials = set(_SPECIAL_RE.findall(text))
    if specials:
        if "\r" in specials:
            text = text.replace("\r\n", "\n")
        for char in specials:
            text = text.replace(char, _CHAR_MAP[char])
        # Dropping a joiner can put a mark next to a letter it composes with.
        if not unicodedata.is_normalized("NFC", text):
            text = unicodedata.normalize("NFC", text)
    while "  " in text:
        text = text.replace("  ", " ")
    if " \n" in text:
        text = text.replace(" \n", "\n")
    if "\n " in text:
        text = text.replace("\n ", "\n")
    text = text.strip(" ")
    text = _MISPLACED_RE.sub(_repair_tone, text)
    pattern = _NEW_STYLE_RE if tone_style == "old" else _OLD_STYLE_RE
    return pattern.sub(_move_tone, text)


# --- fold -------------------------------------------------------------------------------------

# Combining diacritics of the Latin, Greek and Cyrillic blocks (not Indic vowel signs).
_MARKS_RE = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+")
# After casefold and mark stripping: letters with a stroke or dotless i have no decomposition.
_FOLD_LETTERS = str.maketrans({"đ": "d", "ð": "d", "ɖ": "d", "ı": "i"})
_PRE_FOLD = str.maketrans(dict.fromkeys(_INVISIBLE, None))
_SEPARATORS_RE = re.compile(r"[\W_]+")
# i/y vary only in an open syllable that is a lone i/y after h, k, l, m, s, t or qu.
# Anchored on the literal "y" so that re jumps from y to y; same as \b([hklmst]|qu)y\b.
_IY_RE = re.compile(r"y\b(?:(?<=\b[hklmst]y)|(?<=\bquy))")


def _fold_chars(text: str) -> str:
    """Fold without collapsing separators: the part of fold() that works char by char."""
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    text = text.translate(_PRE_FOLD).casefold()
    text = _MARKS_RE.sub("", unicodedata.normalize("NFD", text)).translate(_FOLD_LETTERS)
    return text.replace("&", " and ") if "&" in text else text


def _finish(folded: str) -> str:
    return _IY_RE.sub("i", folded) if "y" in folded else folded


def _general_fold(text: str) -> str:
    """fold() for any text: the definition the fast path must agree with."""
    return _finish(_SEPARATORS_RE.sub(" ", _fold_chars(text)).strip(" "))


# --- the fast path: text whose fold is ASCII, computed with whole-string C operations -------

# Marks that NFD splits off Latin letters (Vietnamese needs U+0300, 0301, 0302, 0303, 0306,
# 0309, 031B, 0323); none of them changes under casefold.
_FAST_MARKS = range(0x300, 0x340)


def _fast_tables() -> tuple[str, dict[str, str]]:
    """Characters the fast path handles: those folded by NFD + dropping marks, and the rest.

    Returns the class body of every character NFD handles (ASCII, Latin letters whose NFD
    is an ASCII letter and marks, the marks themselves) and a map from the other
    characters the fast path knows (đ, separators, invisibles, ß ...) to their ASCII fold.
    """
    by_nfd = [chr(c) for c in range(0x80)] + [chr(c) for c in _FAST_MARKS]
    replace: dict[str, str] = {}
    candidates = [
        *range(0x80, 0x250),
        *range(0x1E00, 0x1F00),
        *range(0x2000, 0x2070),
        0x1680,
        0x180E,
        0x3000,
        0xFE58,
        0xFE63,
        0xFEFF,
        *range(0xFF01, 0xFF10),
    ]
    for code in candidates:
        char = chr(code)
        folded = _SEPARATORS_RE.sub(" ", _fold_chars(char))
        if not folded.isascii():
            continue
        decomposed = unicodedata.normalize("NFD", char)
        if (
            len(folded) == 1
            and decomposed[0].isascii()
            and decomposed[0].lower() == folded
            and all(ord(mark) in _FAST_MARKS for mark in decomposed[1:])
        ):
            by_nfd.append(char)
        else:
            replace[char] = folded
    return "".join(by_nfd), replace


_BY_NFD, _FAST_REPLACE = _fast_tables()
_NOT_BY_NFD_RE = re.compile("[^" + re.escape(_BY_NFD) + "]")
# ASCII after NFD: letters and digits lower-cased, every other byte a separator.
_FOLD_BYTES = bytes(
    (c | 0x20) if chr(c).isalpha() and c < 0x80 else c if chr(c).isdigit() and c < 0x80 else 0x20
    for c in range(256)
)
_FOLD_BYTES_KEEP_AMP = _FOLD_BYTES[: ord("&")] + b"&" + _FOLD_BYTES[ord("&") + 1 :]
_SPACE_BIT = bytes(1 if code == 0x20 else 0 for code in range(256))


_VIETNAMESE_MARKS = list("\u0300\u0301\u0302\u0303\u0306\u0309\u031b\u0323")
_MARK_BYTE = b"\x01"  # stands for a combining mark: no byte of the fold, part of a character
_NOT_MARK_BIT = bytes(0 if code == _MARK_BYTE[0] else 1 for code in range(256))


# Fastest path: a codec table that encodes each character of typical Vietnamese news text
# (ASCII, every Vietnamese letter, common quotes, dashes and spaces) to one byte, and a byte
# table from there to the fold. Text with any other character takes the path below.
def _charmap_tables() -> tuple[_EncodingMap, bytes]:
    vowels = "aăâeêioôơuưy"
    letters = "đ" + "".join(v + _toned(v) for v in vowels if not v.isascii())
    letters += "".join(_toned(v) for v in vowels if v.isascii())
    # Byte 0 must be U+0000, or charmap_build falls back to a slow dict.
    chars = [chr(c) for c in [0x00, *range(0x09, 0x0E), *range(0x20, 0x7F)]]
    chars += [*letters, *letters.upper()]
    chars += list("\xa0\u200b\u202f\u2010\u2011\u2013\u2014\u2026\u201c\u201d\u2018\u2019\u2022")
    chars += _VIETNAMESE_MARKS  # decomposed (NFD) text: marks become _MARK_BYTE
    if len(chars) > 256 or len(set(chars)) != len(chars):
        raise AssertionError(f"charmap needs {len(chars)} distinct bytes")
    fold_bytes = bytearray(b" " * 256)
    for byte, char in enumerate(chars):
        if char in _VIETNAMESE_MARKS:
            fold_bytes[byte] = _MARK_BYTE[0]
            continue
        folded = "&" if char == "&" else _SEPARATORS_RE.sub(" ", _fold_chars(char))
        if len(folded) != 1 or not folded.isascii():
            raise AssertionError(f"{char!r} does not fold to one ASCII character")
        fold_bytes[byte] = ord(folded)
    decoding = "".join(chars).ljust(256, "\ufffe")  # U+FFFE marks an unused byte
    encoding = codecs.charmap_build(decoding)
    if isinstance(encoding, dict):  # only for tables of fewer than 256 distinct characters
        raise AssertionError("charmap_build returned a dict")
    return encoding, bytes(fold_bytes)


_CHARMAP, _CHARMAP_FOLD = _charmap_tables()


def _charmap_ascii(text: str) -> bytes | None:
    """``text`` folded one byte per character, or None if it has other characters.

    ``&`` is kept as ``&`` and a Vietnamese combining mark becomes ``_MARK_BYTE``.
    """
    try:
        return codecs.charmap_encode(text, "strict", _CHARMAP)[0].translate(_CHARMAP_FOLD)
    except UnicodeEncodeError:
        return None


def _fast_ascii(text: str) -> tuple[bytes, bool] | None:
    """``text`` with every character folded to ASCII (separators not yet collapsed).

    Returns None when ``text`` holds a character the fast path does not know, and says
    whether each character of ``text`` became exactly one byte (so positions match).
    """
    one_to_one = True
    if "đ" in text:
        text = text.replace("đ", "d")
    if "Đ" in text:
        text = text.replace("Đ", "d")
    for char in set(_NOT_BY_NFD_RE.findall(text)):
        folded = _FAST_REPLACE.get(char)
        if folded is None:
            return None
        one_to_one = one_to_one and len(folded) == 1
        text = text.replace(char, folded)
    if text.isascii():
        return text.encode("ascii"), one_to_one
    data = unicodedata.normalize("NFD", text).encode("ascii", "ignore")
    return data, one_to_one and len(data) == len(text)


_SPACE_RUN_RE = re.compile(b"  +")  # literal prefix: re finds each run with a fast search


def _collapse(data: bytes) -> bytes:
    return _SPACE_RUN_RE.sub(b" ", data).strip(b" ")


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
    data = _charmap_ascii(text)
    if data is None:
        fast = _fast_ascii(text)
        if fast is None:
            return _general_fold(text)
        data = fast[0].translate(_FOLD_BYTES_KEEP_AMP)
    elif _MARK_BYTE in data:
        data = data.replace(_MARK_BYTE, b"")
    if b"&" in data:
        data = data.replace(b"&", b" and ")
    return _finish(_collapse(data).decode("ascii"))


# --- fold with offsets ----------------------------------------------------------------------


def _fast_offsets(mapped: bytes) -> tuple[str, tuple[int, ...]]:
    """Fold from ``mapped`` (one byte per character of the original) with offsets.

    A character and the marks after it (``_MARK_BYTE``) fold to one byte that starts
    where the character starts and ends where the next one starts.
    """
    size = len(mapped)
    starts: Sequence[int] = range(size)
    if _MARK_BYTE in mapped:
        starts = list(itertools.compress(starts, mapped.translate(_NOT_MARK_BIT)))
        mapped = mapped.replace(_MARK_BYTE, b"")

    def end_of(index: int) -> int:  # where the character at mapped[index] ends
        return starts[index + 1] if index + 1 < len(starts) else size

    # The expanded text in pieces: (a, b) is mapped[a:b]; (p,) is "&" at p as " and ".
    pieces: list[tuple[int, int] | tuple[int]] = []
    previous = 0
    position = mapped.find(b"&")
    while position >= 0:
        pieces += [(previous, position), (position,)]
        previous = position + 1
        position = mapped.find(b"&", previous)
    pieces.append((previous, len(mapped)))
    if len(pieces) > 1:
        mapped = mapped.replace(b"&", b" and ")
    length = len(mapped)
    spaces = int.from_bytes(mapped.translate(_SPACE_BIT), "little")
    # A space after a space (or at the start) is dropped: runs collapse onto their first.
    dropped = spaces & ((spaces << 8) | 1)
    ones = int.from_bytes(b"\x01" * length, "little")
    keep = bytearray((dropped ^ ones).to_bytes(length + 1, "little"))
    folded = _collapse(mapped)
    if not folded:
        return "", (0,)
    if mapped.endswith(b" "):
        keep[keep.rindex(1)] = 0  # the kept space of a trailing run
    last = keep.rindex(1)
    end = size
    for piece in pieces:  # where the last kept byte's character ends
        width = piece[1] - piece[0] if len(piece) == 2 else 5
        if last < width:
            end = end_of(piece[0] + last if len(piece) == 2 else piece[0])
            break
        last -= width
    sources: list[Sequence[int]] = [
        starts[piece[0] : piece[1]]
        if len(piece) == 2
        # "&" -> " and ": its letters point at the "&", the closing space past it.
        else (starts[piece[0]],) * 4 + (end_of(piece[0]),)
        for piece in pieces
    ]
    origins = sources[0] if len(sources) == 1 else itertools.chain.from_iterable(sources)
    offsets = tuple(itertools.chain(itertools.compress(origins, keep), (end,)))
    return _finish(folded.decode("ascii")), offsets


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
        if (
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
        piece = _SEPARATORS_RE.sub(" ", _fold_chars(text[start:end]))
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
    data = _charmap_ascii(text)
    if data is not None:
        return _fast_offsets(data)
    fast = _fast_ascii(text)
    if fast is not None and fast[1]:
        return _fast_offsets(fast[0].translate(_FOLD_BYTES_KEEP_AMP))
    return _general_offsets(text)
