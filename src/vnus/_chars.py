"""Character facts: the letters, marks, spaces, dashes and quotes of Vietnamese news text.

The bottom of the language layer (ftfy's ``chardata`` is the model): every module that
needs to know which characters are vowels, tone marks, odd spaces or dash look-alikes
reads them here, so that :func:`vnus.normalize`, :func:`vnus.fold`, the in-place fold of
the term matcher, the date reader and the test strategies cannot disagree. Nothing here
imports another vnus module.

>>> toned("a")
'àáảãạ'
>>> len(VIETNAMESE_LETTERS), "đ" in VIETNAMESE_LETTERS, "ư" in VIETNAMESE_LETTERS
(67, True, True)
"""

from __future__ import annotations

import unicodedata

#: The vowel letters of the Vietnamese alphabet, lower case, without tone.
VOWELS = "aăâeêioôơuưy"
#: The five tone marks, in the order huyền, sắc, hỏi, ngã, nặng (ngang has none).
TONE_MARKS = ("\u0300", "\u0301", "\u0309", "\u0303", "\u0323")
#: Every combining mark Vietnamese writes: the tones, and circumflex, breve, horn.
VIETNAMESE_MARKS = "\u0300\u0301\u0302\u0303\u0306\u0309\u031b\u0323"

#: Line breaks other than ``\n`` (``\r\n`` is one break).
LINE_BREAKS = "\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
#: Spaces that are not U+0020; zero-width space, word joiner and BOM also separate words.
ODD_SPACES = (
    "\t\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u202f\u205f\u3000\u200b\u2060\ufeff\u180e"
)
#: Invisible characters inside words (soft hyphen, zero-width non-joiner and joiner):
#: dropping them rejoins the word.
INVISIBLE = "\u00ad\u200c\u200d"
#: Hyphen look-alikes that stand for ``-``: hyphen, non-breaking hyphen, figure dash, en
#: dash, minus sign, small and full-width hyphen-minus.
HYPHENS = "\u2010\u2011\u2012\u2013\u2212\ufe58\ufe63\uff0d"
#: The em dash ``—`` and what stands for it (the horizontal bar).
EM_DASH = "\u2014"
LONG_DASHES = "\u2015"
#: Every dash: a date range reads "5-7", "5–7" and "5—7" alike.
DASHES = HYPHENS + EM_DASH + LONG_DASHES
#: Double and single quote look-alikes (curly, low, angle, prime, full-width).
DOUBLE_QUOTES = "\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033\uff02"
SINGLE_QUOTES = "\u2018\u2019\u201a\u201b\u2039\u203a\uff07"
#: Letters that look like Đ/đ in other alphabets (Icelandic eth, African D), and Đ/đ.
LOOKALIKES = {"\u00d0": "\u0110", "\u0189": "\u0110", "\u00f0": "\u0111", "\u0256": "\u0111"}


#: The separators and symbols news text is made of beyond ASCII, commonest first: what
#: the in-place fold of the term matcher codes in its 128 codes beside the letters.
NEWS_SEPARATORS = (
    "\u00a0\u2013\u2014\u2015\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u2026\u2022"
    "\u00b7\u00ab\u00bb\u2010\u2011\u2012\u2032\u2033\u2039\u203a\u2009\u202f\u200b\u2002"
    "\u2003\u2007\u2008\u200a\u205f\u00b0\u00a9\u00ae\u00a7\u00b6\u00d7\u00ba\u00aa\u00bd"
)


def toned(base: str) -> str:
    """``base`` with each of the five tone marks, composed: ``toned("a") == "àáảãạ"``."""
    return "".join(unicodedata.normalize("NFC", base + mark) for mark in TONE_MARKS)


def _letters() -> str:
    toned_vowels = "".join(v + toned(v) for v in VOWELS)
    return "".join(char for char in toned_vowels + "đ" if not char.isascii())


#: The lower-case Vietnamese letters beyond ASCII: every vowel with every tone, and đ.
VIETNAMESE_LETTERS = _letters()
