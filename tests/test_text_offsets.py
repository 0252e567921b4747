"""fold_with_offsets on cases whose exact offsets matter, and its shared-int cache."""

from __future__ import annotations

import unicodedata

import pytest

from vnus import text as text_module
from vnus.text import fold_with_offsets


def span_of(text: str, folded_phrase: str) -> str:
    """The original text behind the first occurrence of ``folded_phrase``."""
    folded, offsets = fold_with_offsets(text)
    i = folded.index(folded_phrase)
    return text[offsets[i] : offsets[i + len(folded_phrase)]]


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # seeds/000, with the no-break space the page has
        (
            "Bộ Ngoại giao Hoa Kỳ (Department of State, viết tắt: DOJ)\u00a0 đăng tải",
            "hoa ki",
            "Hoa Kỳ",
        ),
        (
            "(Department of State, viết tắt: DOJ)\u00a0 đăng tải",
            "doj dang tai",
            "DOJ)\u00a0 đăng tải",
        ),
        # seeds/001: "&" folds to " and "
        ("Kinh tế & Xã hội", "kinh te and xa hoi", "Kinh tế & Xã hội"),
        ("Kinh tế & Xã hội", "and", "&"),
        ("Kinh tế & Xã hội", "and xa", "& Xã"),
        # decomposed text: a letter's span covers its marks
        (unicodedata.normalize("NFD", "Thượng nghị sỹ Hoa Kỳ"), "hoa ki", "Hoa Ky\u0300"),
        # seeds/002: an en dash between names
        ("hợp tác kinh tế Việt Nam – Hoa Kỳ", "viet nam hoa ki", "Việt Nam – Hoa Kỳ"),
        # characters outside the fast table keep exact offsets
        ("giá 5 € và ông Жуков phát biểu", "zhukov phat", "Жуков phát"),
        ("Straße Hoa Kỳ", "strasse hoa ki", "Straße Hoa Kỳ"),
        # Hangul jamo that compose: the general path
        ("\u1100\u1161 Hoa Kỳ", "hoa ki", "Hoa Kỳ"),
    ],
)
def test_offsets_point_at_the_original(text: str, phrase: str, expected: str) -> None:
    assert span_of(text, phrase) == expected


def test_offsets_of_a_plain_sentence_are_exact() -> None:
    text = "  Bộ Công  Thương,  ngày 4/2 "
    folded, offsets = fold_with_offsets(text)
    assert folded == "bo cong thuong ngay 4 2"
    # "  Bộ Công  Thương,  ngày 4/2 ": the run ",  " folds onto its comma at 17.
    assert offsets == (2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 13, 14, 15, 16, 17, 20, 21, 22, 23, 24,
                       25, 26, 27, 28)  # fmt: skip


def test_empty_and_blank_text() -> None:
    assert fold_with_offsets("") == ("", (0,))
    assert fold_with_offsets(" \u00a0– \n") == ("", (0,))


def test_shared_ints_cache_is_bounded_and_clearable() -> None:
    text = "Hoa Kỳ & Việt Nam " * 40
    before = fold_with_offsets(text)
    text_module._shared_ints.cache_clear()
    assert text_module._shared_ints.cache_info().currsize == 0
    assert fold_with_offsets(text) == before
    assert text_module._shared_ints.cache_info().maxsize == 4


def test_clear_caches_empties_every_cache() -> None:
    fold_with_offsets("Hoa Kỳ, Жуков & Straße \u1100\u1161")
    text_module.clear_caches()
    for cached in (text_module._shared_ints, text_module._char_kind, text_module._expansion):
        assert cached.cache_info().currsize == 0
    assert fold_with_offsets("Жуков & Hoa Kỳ")[0] == "zhukov and hoa ki"


def test_text_longer_than_the_shared_ints() -> None:
    unit = "Việt Nam – Hoa Kỳ & ASEAN. "
    text = unit * ((1 << text_module._SHARED_INTS_MAX_BITS) // len(unit) + 1)
    folded, offsets = fold_with_offsets(text)
    assert len(offsets) == len(folded) + 1
    assert offsets[-1] == len(text) - 2  # the final ". " folds away: the last kept is "N"
    i = folded.rindex("asean")
    assert text[offsets[i] : offsets[i + 5]] == "ASEAN"
