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

import itertools
import re
import unicodedata
from typing import Literal

from vnus.errors import require_str

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

_SPECIAL_RE = re.compile("\r\n|[" + re.escape("".join(k for k in _CHAR_MAP if len(k) == 1)) + "]")
_MULTI_SPACE_RE = re.compile(" {2,}")

# --- tone placement in open oa / oe / uy ----------------------------------------------------

_TONE_MARKS = ("\u0300", "\u0301", "\u0309", "\u0303", "\u0323")  # huyền sắc hỏi ngã nặng


def _toned(base: str) -> str:
    return "".join(unicodedata.normalize("NFC", base + mark) for mark in _TONE_MARKS)


# (base letter, tone index) for every toned o, a, e, u, y in both cases, and back.
_TONE_OF: dict[str, tuple[str, int]] = {}
_WITH_TONE: dict[tuple[str, int], str] = {}
for _base in "oaeuyOAEUY":
    for _index, _char in enumerate(_toned(_base)):
        _TONE_OF[_char] = (_base, _index)
        _WITH_TONE[(_base, _index)] = _char

# Initials that really occur before each open rhyme (hòa, khỏe, thủy ...). Anything else,
# such as the French "Noé", is not a Vietnamese syllable and keeps its marks where they are.
# q and gi are absent on purpose: in quý, giá the u/i belong to the initial.
_RHYME_INITIALS = {
    "oa": "(?:ch|kh|ng|nh|th|[dđghltx])?",
    "oe": "(?:ch|kh|ng|nh|th|[hltx])?",
    "uy": "(?:ch|kh|ng|nh|th|tr|[hlstx])?",
}
_LETTER_BEFORE = r"(?<![^\W\d_])"
_LETTER_AFTER = r"(?![^\W\d_])"


def _rhyme_pattern(first_toned: bool) -> re.Pattern[str]:
    alternatives = []
    for rhyme, initials in _RHYME_INITIALS.items():
        first, second = rhyme[0], rhyme[1]
        pair = f"[{_toned(first)}]{second}" if first_toned else f"{first}[{_toned(second)}]"
        alternatives.append(initials + pair)
    return re.compile(
        _LETTER_BEFORE + "(?:" + "|".join(alternatives) + ")" + _LETTER_AFTER, re.IGNORECASE
    )


_NEW_STYLE_RE = _rhyme_pattern(first_toned=False)  # found when the target is "old"
_OLD_STYLE_RE = _rhyme_pattern(first_toned=True)  # found when the target is "new"


def _move_tone(match: re.Match[str]) -> str:
    syllable = match.group()
    first, second = syllable[-2], syllable[-1]
    if first in _TONE_OF:
        base, tone = _TONE_OF[first]
        return syllable[:-2] + base + _WITH_TONE[(second, tone)]
    base, tone = _TONE_OF[second]
    return syllable[:-2] + _WITH_TONE[(first, tone)] + base


def normalize(text: str, *, tone_style: ToneStyle = "old") -> str:
    """Return the canonical form of Vietnamese ``text``.

    - NFC, whatever mix of composed and decomposed marks came in; stray combining
      marks are kept.
    - One tone placement in open ``oa``, ``oe``, ``uy`` syllables: ``"old"`` puts the
      mark on the first vowel (hòa, khỏe, thủy), ``"new"`` on the second (hoà, khoẻ,
      thuỷ). ``quý``, ``giá``, closed syllables (hoàn, thuyết) and words that are not
      Vietnamese syllables ("Noé") are left alone.
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
    """
    text = require_str(text)
    if tone_style not in ("old", "new"):
        raise ValueError(f"tone_style must be 'old' or 'new' (got {tone_style!r})")
    if not text:
        return text
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    if _SPECIAL_RE.search(text):
        text = _SPECIAL_RE.sub(lambda m: _CHAR_MAP[m.group()], text)
        # Dropping a joiner can put a mark next to a letter it composes with.
        if not unicodedata.is_normalized("NFC", text):
            text = unicodedata.normalize("NFC", text)
    if "  " in text:
        text = _MULTI_SPACE_RE.sub(" ", text)
    if " \n" in text:
        text = text.replace(" \n", "\n")
    if "\n " in text:
        text = text.replace("\n ", "\n")
    text = text.strip(" ")
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
_IY_RE = re.compile(r"\b([hklmst]|qu)y\b")


def _fold_chars(text: str) -> str:
    """Fold without collapsing separators: the part of fold() that works char by char."""
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    text = text.translate(_PRE_FOLD).casefold()
    text = _MARKS_RE.sub("", unicodedata.normalize("NFD", text)).translate(_FOLD_LETTERS)
    return text.replace("&", " and ") if "&" in text else text


def _finish(folded: str) -> str:
    return _IY_RE.sub(r"\1i", folded)


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
    return _finish(_SEPARATORS_RE.sub(" ", _fold_chars(text)).strip(" "))


# --- fold with offsets ----------------------------------------------------------------------


# Characters whose whole fold is one ASCII character: the common case of news text.
def _fast_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in range(0x80):
        char = chr(code)
        table[code] = char.lower() if char.isalnum() else " "
    del table[ord("&")]  # expands to " and ": left to the general path
    vietnamese = "ăâđêôơư" + "".join(_toned(v) for v in "aăâeêioôơuưy")
    for char in {*vietnamese, *vietnamese.upper()}:
        table[ord(char)] = _fold_chars(char)
    for char in "ĐÐđð":
        table[ord(char)] = "d"
    separators = (
        _LINE_BREAKS
        + _ODD_SPACES.replace("\u200b", "").replace("\u2060", "").replace("\ufeff", "")
        + _HYPHENS
        + _LONG_DASHES
        + _DOUBLE_QUOTES
        + _SINGLE_QUOTES
        + "\u2014\u2026\u00b7\u2022"
    )
    for char in separators:
        table[ord(char)] = " "
    return table


_FAST_TABLE = _fast_table()
_NOT_FAST_RE = re.compile("[^" + re.escape("".join(sorted(map(chr, _FAST_TABLE)))) + "]")
_SPACE_BIT = bytes(1 if code == 0x20 else 0 for code in range(256))


def _fast_offsets(text: str) -> tuple[str, list[int]]:
    mapped = text.translate(_FAST_TABLE)
    raw = mapped.encode("ascii")
    size = len(raw)
    spaces = int.from_bytes(raw.translate(_SPACE_BIT), "little")
    # A space whose left neighbour is a space is dropped: runs collapse onto their first.
    dropped = spaces & (spaces << 8)
    keep = (dropped ^ int.from_bytes(b"\x01" * size, "little")).to_bytes(size + 1, "little")
    offsets = list(itertools.compress(range(size), keep))
    folded = _MULTI_SPACE_RE.sub(" ", mapped)
    if folded.startswith(" "):
        folded = folded[1:]
        del offsets[0]
    if folded.endswith(" "):
        folded = folded[:-1]
        offsets.pop()
    offsets.append(offsets[-1] + 1 if offsets else 0)
    return folded, offsets


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


def _general_offsets(text: str) -> tuple[str, list[int]]:
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
    return "".join(chars), offsets


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
    if _NOT_FAST_RE.search(text) is None:
        folded, offsets = _fast_offsets(text)
    else:
        folded, offsets = _general_offsets(text)
    return _finish(folded), tuple(offsets)
