"""Laws of normalize/fold/fold_with_offsets, checked with Hypothesis on arbitrary text."""

from __future__ import annotations

import itertools
import re
import unicodedata

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from vnus import _chars
from vnus import text as text_module
from vnus.strategies import vietnamese_text
from vnus.text import fold, fold_in_place, fold_with_offsets, lower_with_offsets, normalize

ANY_TEXT = st.text()
VIET = st.text(
    alphabet=st.sampled_from(
        list("aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệioòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ")
        + list("AÒÓỎÕỌUÙÚỦŨỤYỲÝỶỸỴĐÐƉðɖqghkntlsx")
        + [" ", "\n", "\r", "\t", "\xa0", "\u200b", "\u200d", "-", "\u2013", ",", "&", "\u0301"]
    )
)
# Arbitrary text, a Vietnamese alphabet soup, and realistic text in every spelling variant.
TEXT = st.one_of(ANY_TEXT, VIET, vietnamese_text())


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


# Characters that stress the per-character fast path: expansions (&, ß, Ж, €), marks it
# strips or must not (U+0345 casefolds to iota, U+20DD is not combining), composers.
TRICKY_CHARS = st.one_of(
    st.sampled_from([*"aAyYđĐ&ß İ€Жж\u00ad\u200dΣσ", "\u0301", "\u0302", "\u0323"]),
    st.sampled_from(["\u0345", "\u20dd", "\u0483", "\u1161", "\u11a8", "\u0bbe", "\x00"]),
    st.characters(),
)
TRICKY = st.text(alphabet=TRICKY_CHARS)
# Vietnamese text with a few such characters inside: the fast path's expansions.
SPRINKLED = st.builds(
    lambda before, chars, after: before + chars + after,
    vietnamese_text(min_words=5),
    st.text(alphabet=TRICKY_CHARS, min_size=1, max_size=4),
    vietnamese_text(min_words=5),
)


@given(st.one_of(TEXT, TRICKY, SPRINKLED))
@example("Kinh tế & Xã hội")
@example("x &\u0301 y")
@example("Vie\u0323\u0302t & Nam \u0301")
@example("\u1100\u1161\u11a8 Ж\u0301 ß€ \u0300x")
@example("Ngoại trưởng Сергей Лавров & Straße\x00ﬁ Việt Nam\u0301 — 越南. " * 3)
def test_fast_paths_agree_with_the_definition(text: str) -> None:
    # fold/fold_with_offsets take byte-level shortcuts; _general_* is the definition.
    assert fold(text) == text_module._general_fold(text)
    assert fold_with_offsets(text) == text_module._general_offsets(text)


@given(vietnamese_text())
def test_fold_of_vietnamese_is_plain_ascii_words(text: str) -> None:
    folded = fold(text)
    assert re.fullmatch(r"(?:[a-z0-9]+(?: [a-z0-9]+)*)?", folded)


@given(vietnamese_text(tone_style="old"), vietnamese_text(tone_style="new"))
def test_both_tone_styles_fold_alike(old: str, new: str) -> None:
    assert fold(normalize(old, tone_style="new")) == fold(old)
    assert fold(normalize(new)) == fold(new)


@given(vietnamese_text())
def test_normalize_changes_no_letter_but_marks_and_lookalikes(text: str) -> None:
    # Base letters (after dropping marks) are the same before and after, in order.
    def letters(value: str) -> str:
        stripped = unicodedata.normalize("NFD", value)
        return "".join(c for c in stripped if c.isalpha()).translate(LOOKALIKES)

    assert letters(normalize(text)) == letters(text)


LOOKALIKES = str.maketrans({"Ð": "Đ", "Ɖ": "Đ", "ð": "đ", "ɖ": "đ"})


@given(st.one_of(st.binary(), st.integers(), st.none(), st.lists(st.text())))
def test_non_str_input_raises_type_error_naming_the_type(value: object) -> None:
    for function in (normalize, fold, fold_with_offsets):
        with pytest.raises(TypeError, match=f"not {type(value).__name__}") as raised:
            function(value)  # type: ignore[arg-type]
        assert ("decode" in str(raised.value)) == isinstance(value, bytes)


@given(TEXT)
def test_tone_style_must_be_old_or_new(text: str) -> None:
    with pytest.raises(ValueError, match="'mixed'"):
        normalize(text, tone_style="mixed")  # type: ignore[arg-type]


@given(TEXT)
@example("Bộ Công Thương – MOIT & R&D")
@example("A & B")
@example("Straße")
def test_the_in_place_fold_is_fold_one_character_to_one(text: str) -> None:
    folded = fold_in_place(text)
    if folded is None:
        return  # the caller takes fold_with_offsets(): its laws are above
    assert len(folded) == len(text)
    assert folded.isascii()
    assert folded == folded.lower()
    for char, code in zip(text, folded, strict=True):
        if char != "&":  # "&" stays "&": fold() reads it as "and" between words
            assert chr(code) == (fold(char) or " "), char
    squeezed = " ".join(folded.decode("ascii").replace("&", " and ").split())
    assert fold(squeezed) == fold(text)


@given(TEXT)
@example("Chie\u0302\u0300u nay\u00ad, 5\u20137")
@example("Ngày\u200d 5")
def test_lower_with_offsets_maps_back_and_folds_like_the_text(text: str) -> None:
    lowered, offsets = lower_with_offsets(text)
    specials = _chars.INVISIBLE + _chars.LINE_BREAKS + _chars.ODD_SPACES + _chars.DASHES
    assert not set(lowered) & set(specials + "\n" + _chars.SINGLE_QUOTES)
    assert fold(lowered) == fold(text)
    if offsets is None:
        assert len(lowered) == len(text)
        offsets = tuple(range(len(text) + 1))
    assert len(offsets) == len(lowered) + 1
    assert offsets[0] >= 0
    assert offsets[-1] == len(text)
    assert list(offsets) == sorted(offsets)
    # Each stretch of the original gives its stretch of the result.
    starts = sorted(set(offsets))
    for start, end in itertools.pairwise(starts):
        piece = [lowered[i] for i, o in enumerate(offsets[:-1]) if o == start]
        assert "".join(piece) == lower_with_offsets(text[start:end])[0]


@given(st.text(alphabet=st.characters(codec="ascii")) | vietnamese_text())
def test_lower_with_offsets_keeps_the_length_of_composed_text(text: str) -> None:
    text = unicodedata.normalize("NFC", text)
    lowered, offsets = lower_with_offsets(text)
    if not set(text) & set(_chars.INVISIBLE):
        assert offsets is None
        assert len(lowered) == len(text)


# --- letters of other alphabets: Unidecode ---------------------------------------------------


@pytest.mark.parametrize(
    ("written", "typed"),
    [
        ("Łukasz Müller", "Lukasz Muller"),
        ("Сергей Лавров", "Sergei Lavrov"),
        ("Ngoại trưởng Nga Сергей Лавров", "ngoai truong nga Sergei Lavrov"),
        ("Øresund", "Oresund"),
        ("Ελλάδα", "Ellada"),
        ("Jürgen Stråhle", "Jurgen Strahle"),
    ],
)
def test_foreign_letters_fold_as_typed_in_ascii(written: str, typed: str) -> None:
    assert fold(written) == fold(typed)
    folded, offsets = fold_with_offsets(written)
    assert folded == fold(typed)
    assert offsets[-1] == len(written)


@pytest.mark.parametrize(("text", "folded"), [("x²", "x²"), ("½", "½"), ("Ⅻ", "ⅻ")])
def test_what_is_not_a_letter_is_not_transliterated(text: str, folded: str) -> None:
    # Unidecode would write "2", "1/2", "XII": these are numbers, not letters.
    assert fold(text) == folded
    assert fold_with_offsets(text)[0] == folded


@given(vietnamese_text() | VIET)
def test_vietnamese_letters_never_go_through_unidecode(
    text: str,
) -> None:
    def refuse(letter: str) -> str:
        raise AssertionError(f"{letter!r} was transliterated")

    original = text_module._transliterated
    text_module._transliterated = refuse  # type: ignore[assignment]
    try:
        folded = fold(text)
        fold_with_offsets(text)
    finally:
        text_module._transliterated = original
    assert folded.isascii()
