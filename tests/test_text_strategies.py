"""vnus.strategies.vietnamese_text really produces the variation it promises."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

import pytest
from hypothesis import Phase, find, given, settings

from vnus import strategies as strategies_module
from vnus import text as text_module
from vnus.strategies import vietnamese_text
from vnus.text import normalize


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


FEATURES: dict[str, Callable[[str], bool]] = {
    "huyền": lambda t: "\u0300" in nfd(t),
    "sắc": lambda t: "\u0301" in nfd(t),
    "hỏi": lambda t: "\u0309" in nfd(t),
    "ngã": lambda t: "\u0303" in nfd(t),
    "nặng": lambda t: "\u0323" in nfd(t),
    "circumflex": lambda t: "\u0302" in nfd(t),
    "breve": lambda t: "\u0306" in nfd(t),
    "horn": lambda t: "\u031b" in nfd(t),
    "đ": lambda t: "đ" in t.lower(),
    "old-style hòa": lambda t: "òa" in normalize(t).lower(),
    "new-style thuỷ": lambda t: "uỷ" in unicodedata.normalize("NFC", t),
    "decomposed": lambda t: not unicodedata.is_normalized("NFC", t),
    "composed letter": lambda t: "ệ" in t or "ộ" in t or "ạ" in t,
    "upper case": lambda t: any(c.isupper() for c in t) and t.upper() == t and t != t.lower(),
    "line break": lambda t: "\n" in t,
    "CRLF": lambda t: "\r\n" in t,
    "no-break space": lambda t: "\xa0" in t,
    "zero-width space": lambda t: "\u200b" in t,
    "curly quote": lambda t: "“" in t,
    "en dash": lambda t: "–" in t,
    "quý": lambda t: "quý" in t.lower(),
    "Ɖ": lambda t: "Ɖ" in t,
}


# Generation only: find() would otherwise spend seconds shrinking each example it finds.
GENERATE_ONLY = settings(max_examples=3000, database=None, phases=[Phase.generate])


@pytest.mark.parametrize("feature", sorted(FEATURES))
def test_vietnamese_text_produces(feature: str) -> None:
    found = find(vietnamese_text(), FEATURES[feature], settings=GENERATE_ONLY)
    assert FEATURES[feature](found)


@given(vietnamese_text(min_words=3, max_words=5))
def test_word_counts_are_respected(text: str) -> None:
    assert text  # three words or more are never empty
    # A word is one syllable or one of the strategy's phrases, plus at most one
    # free-standing punctuation mark ("-", "–") beside it.
    longest = max(len(word.split()) for word in strategies_module._SPECIAL_WORDS)
    assert len(text.split()) <= 5 * max(longest + 1, 3)


@given(vietnamese_text(tone_style="old"))
def test_a_fixed_tone_style_writes_only_that_style(text: str) -> None:
    # No open oa/oe/uy syllable has its mark on the second vowel: nothing to move.
    composed = unicodedata.normalize("NFC", text)
    assert text_module._NEW_STYLE_RE.sub(text_module._move_tone, composed) == composed


def test_tone_style_is_checked() -> None:
    with pytest.raises(ValueError, match="'both'"):
        vietnamese_text(tone_style="both")
