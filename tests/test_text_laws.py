"""Laws of normalize/fold/fold_with_offsets, checked with Hypothesis on arbitrary text."""

from __future__ import annotations

import re
import unicodedata

from hypothesis import example, given
from hypothesis import strategies as st

from vnus.text import fold, fold_with_offsets, normalize

ANY_TEXT = st.text()
VIET = st.text(
    alphabet=st.sampled_from(
        list("aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệioòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ")
        + list("AÒÓỎÕỌUÙÚỦŨỤYỲÝỶỸỴĐÐƉðɖqghkntlsx")
        + [" ", "\n", "\r", "\t", "\xa0", "\u200b", "\u200d", "-", "\u2013", ",", "&", "\u0301"]
    )
)
TEXT = st.one_of(ANY_TEXT, VIET)


@given(TEXT)
@example("Hoà bình\r\nthuỷ")
def test_normalize_is_idempotent(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once


@given(TEXT)
def test_normalize_outputs_nfc(text: str) -> None:
    assert unicodedata.is_normalized("NFC", normalize(text))


@given(TEXT)
def test_normalize_ignores_composition(text: str) -> None:
    assert normalize(unicodedata.normalize("NFD", text)) == normalize(text)


@given(TEXT)
def test_tone_style_round_trip(text: str) -> None:
    assert normalize(normalize(text, tone_style="new")) == normalize(text)
    new = normalize(text, tone_style="new")
    assert normalize(new, tone_style="new") == new


LINE_BREAK = re.compile("\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")


@given(TEXT)
def test_normalize_keeps_line_count(text: str) -> None:
    assert normalize(text).count("\n") == len(LINE_BREAK.findall(text))


@given(TEXT)
def test_fold_is_idempotent(text: str) -> None:
    once = fold(text)
    assert fold(once) == once


@given(TEXT)
def test_fold_sees_through_normalize(text: str) -> None:
    assert fold(normalize(text)) == fold(text)
    assert fold(normalize(text, tone_style="new")) == fold(text)


@given(TEXT)
def test_fold_ignores_case(text: str) -> None:
    assert fold(text.upper()) == fold(text)
    assert fold(text.lower()) == fold(text)


@given(TEXT)
def test_fold_ignores_composition(text: str) -> None:
    assert fold(unicodedata.normalize("NFD", text)) == fold(text)


@given(TEXT)
def test_offsets_fold_back_to_the_folded_text(text: str) -> None:
    folded, offsets = fold_with_offsets(text)
    assert folded == fold(text)
    assert len(offsets) == len(folded) + 1
    assert list(offsets) == sorted(offsets)
    assert all(0 <= o <= len(text) for o in offsets)
    # Every run of whole tokens maps back to original text that folds to the same tokens.
    starts = [0] + [i + 1 for i, c in enumerate(folded) if c == " "]
    ends = [i for i, c in enumerate(folded) if c == " "] + [len(folded)]
    for a in range(len(starts)):
        for b in range(a, min(len(ends), a + 3)):
            i, j = starts[a], ends[b]
            assert fold(text[offsets[i] : offsets[j]]) == folded[i:j]
