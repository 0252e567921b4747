"""Hypothesis strategies for your own property tests (needs ``hypothesis`` installed).

- :func:`vietnamese_text` — realistic Vietnamese text in every spelling variant.
- :func:`term_variants` — spellings a glossary lookup must accept for a term.
- :func:`date_expressions` — Vietnamese date text with the ``DateValue`` it means.
- :func:`amounts` — Vietnamese or English text holding one amount, with its ``Amount``.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import TYPE_CHECKING

try:
    from hypothesis import strategies as st
except ModuleNotFoundError as error:  # pragma: no cover - tested in a subprocess
    if error.name != "hypothesis":
        raise
    raise ModuleNotFoundError(
        "vnus.strategies needs Hypothesis: pip install 'vnus[strategies]'", name=error.name
    ) from None

from vnus import _chars

if TYPE_CHECKING:
    from datetime import date

    from vnus._date_model import PartOfDay, Qualifier
    from vnus.amounts import Amount
    from vnus.dates import DateValue
    from vnus.glossary import Term

# --- vietnamese_text ---------------------------------------------------------------------

_TONES = ("", *_chars.TONE_MARKS)  # ngang huyền sắc hỏi ngã nặng
_INITIALS = (
    "", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng", "ngh",
    "nh", "p", "ph", "qu", "r", "s", "t", "th", "tr", "v", "x",
)  # fmt: skip
# Rhymes with the index of the vowel that takes the tone mark. Open oa, oe, uy are
# written by tone style (first vowel "old", second "new"), so they are listed apart.
_RHYMES = (
    ("a", 0), ("ai", 0), ("ao", 0), ("au", 0), ("ay", 0), ("an", 0), ("ang", 0), ("anh", 0),
    ("at", 0), ("ac", 0), ("ach", 0), ("am", 0), ("ap", 0), ("ăn", 0), ("ăng", 0), ("ăt", 0),
    ("ăc", 0), ("ăm", 0), ("âu", 0), ("ây", 0), ("ân", 0), ("âng", 0), ("ât", 0), ("âc", 0),
    ("e", 0), ("eo", 0), ("en", 0), ("et", 0), ("em", 0), ("ê", 0), ("êu", 0), ("ên", 0),
    ("ênh", 0), ("êt", 0), ("êch", 0), ("i", 0), ("ia", 0), ("iu", 0), ("in", 0), ("inh", 0),
    ("it", 0), ("ich", 0), ("iên", 1), ("iêng", 1), ("iêt", 1), ("iêu", 1), ("iêm", 1),
    ("o", 0), ("oi", 0), ("on", 0), ("ong", 0), ("ot", 0), ("oc", 0), ("oai", 1), ("oay", 1),
    ("oan", 1), ("oang", 1), ("oanh", 1), ("oat", 1), ("oach", 1), ("oăn", 1), ("oăc", 1),
    ("oen", 1), ("oet", 1), ("ô", 0), ("ôi", 0), ("ôn", 0), ("ông", 0), ("ôt", 0), ("ôc", 0),
    ("ơ", 0), ("ơi", 0), ("ơn", 0), ("ơt", 0), ("ơm", 0), ("u", 0), ("ua", 0), ("ui", 0),
    ("un", 0), ("ung", 0), ("ut", 0), ("uc", 0), ("uôn", 1), ("uông", 1), ("uôt", 1),
    ("uôc", 1), ("uôi", 1), ("uơ", 1), ("uê", 1), ("uyên", 2), ("uyêt", 2), ("uynh", 1),
    ("uych", 1), ("uyt", 1), ("uyu", 1), ("ư", 0), ("ưa", 0), ("ưi", 0), ("ưu", 0), ("ưng", 0),
    ("ưt", 0), ("ưc", 0), ("ươn", 1), ("ương", 1), ("ươt", 1), ("ươc", 1), ("ươi", 1),
    ("ươu", 1), ("y", 0), ("yên", 1), ("yêu", 1),
)  # fmt: skip
_OPEN_GLIDE_RHYMES = ("oa", "oe", "uy")
# Words that test the rules' edges: qu/gi, closed syllables, i/y pairs, look-alike Đ,
# a French name, English and numbers as they appear in US-Vietnam news.
_SPECIAL_WORDS = (
    "quý", "Quỳ", "giá", "già", "hoàn", "thuyết", "khuyên", "Noé", "José", "sĩ", "sỹ", "kì",
    "kỳ", "lí", "lý", "Mĩ", "Mỹ", "tỉ", "tỷ", "qui", "quy", "tay", "tai", "y tế", "Ðà Nẵng",
    "Ɖà Nẵng", "ðại", "Đà Nẵng", "Hoa Kỳ", "Việt Nam", "Bộ Công Thương", "USTR", "ASEAN",
    "D.C.", "2025", "25/6", "9/2023", "1,5%", "&", "Kinh tế & Xã hội", "Fernandez",
)  # fmt: skip
_SPACES = (" ", " ", " ", " ", "\xa0", "\u202f", "\t", "\u200b", "\ufeff", "  ")
_PUNCTUATION = (
    ", ", ". ", "; ", ": ", " - ", " – ", " — ", "-", "\u2011", "… ", "? ", "! ", " (", ") ",
    " “", "” ", " \"", "\" ", " ‘", "’ ", " «", "» ", "/",
)  # fmt: skip
_LINE_BREAKS = ("\n", "\n\n", "\r\n", "\r\n\r\n", "\r", "\u2028", " \n", "\n ")


def _syllable(
    initial: str, rhyme: tuple[str, int], tone: str, tone_style: str, glide: str | None
) -> str:
    """One syllable in NFD: the tone mark follows the vowel the chosen style puts it on."""
    if glide is not None:
        letters = glide
        position = 0 if tone_style == "old" else 1
    else:
        letters, position = rhyme
    decomposed = unicodedata.normalize("NFD", letters)
    # Find the decomposed index of the vowel letter at `position` (skip its shape marks).
    starts = [i for i, char in enumerate(decomposed) if not unicodedata.combining(char)]
    # The tone goes after the vowel's own marks (circumflex, breve, horn).
    after = starts[position + 1] if position + 1 < len(starts) else len(decomposed)
    rhyme_text = decomposed[:after] + tone + decomposed[after:] if tone else decomposed
    return unicodedata.normalize("NFD", initial) + rhyme_text


@st.composite
def _word(draw: st.DrawFn, tone_style: str | None) -> str:
    if draw(st.integers(0, 9)) == 0:
        word = draw(st.sampled_from(_SPECIAL_WORDS))
    else:
        initial = draw(st.sampled_from(_INITIALS))
        glide = draw(st.sampled_from((None, None, None, *_OPEN_GLIDE_RHYMES)))
        rhyme = draw(st.sampled_from(_RHYMES))
        tone = draw(st.sampled_from(_TONES))
        style = tone_style or draw(st.sampled_from(("old", "new")))
        word = _syllable(initial, rhyme, tone, style, glide)
    # Case on the composed word: str.title() would start a new word after a lone mark.
    written = word
    word = unicodedata.normalize("NFC", word)
    case = draw(st.sampled_from(("lower", "lower", "title", "upper")))
    word = word.title() if case == "title" else word.upper() if case == "upper" else word
    form = draw(st.sampled_from(("NFC", "NFC", "NFD", "as built")))
    if form == "NFD":
        return unicodedata.normalize("NFD", word)
    if form == "as built" and case == "lower":
        return written  # decomposed, marks possibly in non-canonical order
    return word


def vietnamese_text(
    *, min_words: int = 0, max_words: int = 40, tone_style: str | None = None
) -> st.SearchStrategy[str]:
    """Realistic Vietnamese text for property tests, in every spelling variant.

    Syllables are built from real initials and rhymes with every vowel and tone mark,
    tone marks placed in either style (``tone_style="old"``/``"new"`` fixes one), in
    lower, title and upper case, composed (NFC), decomposed (NFD) or mixed; mixed with
    words that test the edges (quý, giá, hoàn, Noé, sĩ/sỹ, Ð/Ɖ, "&", numbers) and
    joined by odd spaces, punctuation, quotes, dashes and line breaks of every kind.

    >>> from hypothesis import given
    >>> import vnus
    >>> @given(vietnamese_text())
    ... def test_fold_ignores_case(text):
    ...     assert vnus.fold(text.upper()) == vnus.fold(text)
    >>> test_fold_ignores_case()
    """
    if tone_style not in (None, "old", "new"):
        raise ValueError(f"tone_style must be 'old', 'new' or None (got {tone_style!r})")
    separator = st.one_of(
        st.sampled_from(_SPACES), st.sampled_from(_PUNCTUATION), st.sampled_from(_LINE_BREAKS)
    )
    pieces = st.lists(
        st.tuples(_word(tone_style), separator), min_size=min_words, max_size=max_words
    )
    return pieces.map(lambda pairs: "".join(word + sep for word, sep in pairs))


# --- term_variants ---------------------------------------------------------------------------

# Combining marks, and a letter or digit: what may not touch an i/y syllable on either side.
_MARK = "[\u0300-\u036f]"
_IY_SWAP = str.maketrans("iyIY", "yiYI")
_AND_WORD = ("and", "AND", "And")


@functools.cache
def _iy_syllable() -> re.Pattern[str]:
    # h/k/l/m/s/t/qu + a lone i or y (with any tone mark, in NFD): where fold() equates i/y.
    return re.compile(
        rf"(?<![^\W_])(?<!{_MARK})([hklmstHKLMST]|[qQ][uU])([iIyY])(?={_MARK}*(?![^\W_]|{_MARK}))"
    )


def _swap_iy(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    swapped = _iy_syllable().sub(lambda m: m.group(1) + m.group(2).translate(_IY_SWAP), decomposed)
    return unicodedata.normalize("NFC", swapped)


def _strip_marks(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return bare.translate(str.maketrans("đĐ", "dD"))


def _swap_and(text: str) -> str:
    words = text.split(" ")
    if "&" in text:
        return text.replace("&", " and ")
    return " ".join("&" if word in _AND_WORD else word for word in words)


@st.composite
def _variant(draw: st.DrawFn, form: str, english: bool) -> str:
    from vnus.text import normalize

    text = form
    if draw(st.booleans()):
        text = _swap_and(text)
    if draw(st.booleans()):
        text = _swap_iy(text)
    text = normalize(text, tone_style=draw(st.sampled_from(("old", "new"))))
    separators = st.sampled_from((" ", "  ", "-", " - ", " \u2013 ", "\u00a0", "\t", "_"))
    text = "".join(piece if piece != " " else draw(separators) for piece in re.split("( )", text))
    case = draw(st.sampled_from(("as is", "lower", "upper", "title")))
    if case != "as is":
        text = getattr(text, case)()
    marks = draw(st.sampled_from(("composed", "decomposed", "none")))
    if marks == "none":
        text = _strip_marks(text)
    elif marks == "decomposed":
        text = unicodedata.normalize("NFD", text)
    if english and draw(st.booleans()):
        text = draw(st.sampled_from(("the ", "The ", "THE "))) + text
    return draw(st.sampled_from(("", " ", "  "))) + text + draw(st.sampled_from(("", " ")))


def term_variants(term: Term) -> st.SearchStrategy[str]:
    """Spellings of ``term``'s names, abbreviations and variants that a lookup must accept.

    Each draw takes one form and changes what :func:`vnus.fold` equates: ``&``/"and",
    i/y where the spelling varies (sĩ/sỹ), tone placement (hòa/hoà), dashes, underscores
    and odd spaces between words, case, diacritics removed or decomposed (NFD), outer
    spaces, and a leading "the" on English names.

    >>> from hypothesis import given
    >>> import vnus
    >>> from vnus.glossary import Glossary, Term
    >>> moit = Term("vn.moit", "ministry", "Bộ Công Thương", "Ministry of Industry and Trade",
    ...             abbr=("MOIT",), sources=("Circular 03/2009/TT-BNG",))
    >>> g = Glossary([moit])
    >>> @given(term_variants(moit))
    ... def test_lookup_accepts(spelling):
    ...     assert g.lookup(spelling) is moit
    >>> test_lookup_accepts()
    """
    english = {term.en, *term.en_variants}
    forms = term.forms()
    return st.sampled_from(forms).flatmap(lambda form: _variant(form, form in english))


# --- date_expressions ------------------------------------------------------------------------

_VI_PARTS: tuple[tuple[str, PartOfDay], ...] = (
    ("sáng", "morning"),
    ("trưa", "noon"),
    ("chiều", "afternoon"),
    ("tối", "evening"),
)
_QUALIFIER_WORDS: tuple[tuple[str, Qualifier], ...] = (
    ("đầu", "early"),
    ("giữa", "mid"),
    ("cuối", "late"),
)
_RELATIVE_DAYS = (
    ("hôm nay", 0),
    ("hôm qua", -1),
    ("hôm kia", -2),
    ("ngày mai", 1),
    ("ngày kia", 2),
)
_VI_MONTH_WORDS = ("Giêng", "Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười")
_ROMAN_NUMERALS = ("", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
_CENTURY_ROMAN = {19: "XIX", 20: "XX", 21: "XXI", 22: "XXII"}
_CONTEXTS = (
    ("", ""),
    ("Theo kế hoạch, ", " tại Hà Nội."),
    ("Hai bên đã gặp nhau ", ", tăng 8,5% so với cùng kỳ."),
    ("Bộ Công Thương cho biết (", ") là mốc quan trọng."),
    ("Có 6.200 doanh nghiệp tham gia ", "."),
)


@st.composite
def _date_expression(draw: st.DrawFn) -> tuple[str, object, object]:
    import datetime as dt

    from vnus._date_model import DateValue, period, qualify

    day = draw(st.dates(dt.date(1990, 1, 1), dt.date(2060, 12, 31)))
    # A reference within 150 days: the year a year-less date means is then unambiguous.
    reference = day + dt.timedelta(days=draw(st.integers(-150, 150)))
    year, month = day.year, day.month
    sep = draw(st.sampled_from("/-."))
    pad = draw(st.booleans())
    d, m = (f"{day.day:02d}", f"{month:02d}") if pad else (str(day.day), str(month))
    family = draw(st.integers(0, 15))
    value: DateValue
    if family == 0:
        text, value = f"{d}{sep}{m}{sep}{year}", DateValue(day, day, "day")
    elif family == 1:
        text, value = f"ngày {day.day}/{month}", DateValue(day, day, "day")
    elif family == 2:
        word, part = draw(st.sampled_from(_VI_PARTS))
        ngay = draw(st.sampled_from(("", "ngày ")))
        text, value = f"{word} {ngay}{day.day}/{month}/{year}", DateValue(day, day, "day", part)
    elif family == 3:
        prefix = draw(st.sampled_from(("ngày", "mùng"))) if day.day <= 10 else "ngày"
        text = f"{prefix} {day.day} tháng {month} năm {year}"
        value = DateValue(day, day, "day")
    elif family == 4:
        form = draw(st.sampled_from(("tháng {m}/{y}", "tháng {m} năm {y}", "tháng {w} năm {y}")))
        words = (*_VI_MONTH_WORDS, "Mười Một", "Chạp")
        text = form.format(m=month, y=year, w=words[month - 1])
        value = DateValue(*period("month", year, month), "month")
    elif family == 5:
        quarter = (month - 1) // 3 + 1
        number = draw(st.sampled_from((str(quarter), _ROMAN_NUMERALS[quarter])))
        text = draw(st.sampled_from((f"quý {number}/{year}", f"quý {number} năm {year}")))
        value = DateValue(*period("quarter", year, quarter), "quarter")
    elif family == 6:
        half = draw(st.sampled_from((1, 2)))
        side = "đầu" if half == 1 else "cuối"
        text = draw(st.sampled_from((f"nửa {side} năm {year}", f"6 tháng {side} năm {year}")))
        value = DateValue(*period("half", year, half), "half")
    elif family == 7:
        word, qualifier = draw(st.sampled_from(_QUALIFIER_WORDS))
        if draw(st.booleans()):
            text = f"{word} năm {year}"
            value = qualify(DateValue(*period("year", year), "year"), qualifier)
        else:
            text = f"{word} tháng {month}/{year}"
            value = qualify(DateValue(*period("month", year, month), "month"), qualifier)
    elif family == 8:
        text, value = f"năm {year}", DateValue(*period("year", year), "year")
    elif family == 9:
        decade = year - year % 10
        text = draw(st.sampled_from((f"thập niên {decade}", f"những năm {decade}")))
        value = DateValue(*period("decade", decade), "decade")
    elif family == 10:
        century = (year + 99) // 100
        number = draw(st.sampled_from((str(century), _CENTURY_ROMAN[century])))
        text = f"thế kỷ {number}"
        value = DateValue(*period("century", 0, century), "century")
    elif family == 11:
        last = year + draw(st.integers(1, 10))
        dash = draw(st.sampled_from(("-", " - ")))
        text = f"{draw(st.sampled_from(('giai đoạn', 'nhiệm kỳ')))} {year}{dash}{last}"
        value = DateValue(period("year", year)[0], period("year", last)[1], "year")
    elif family == 12:
        end = day + dt.timedelta(days=draw(st.integers(1, 60)))
        text = f"từ {day.day}/{month}/{year} đến {end.day}/{end.month}/{end.year}"
        value = DateValue(day, end, "day")
    elif family == 13:
        hour = draw(st.integers(0, 23))
        minute = draw(st.sampled_from((None, 0, 15, 30, 45)))
        stamp = dt.datetime(year, month, day.day, hour, minute or 0)
        clock = f"{hour} giờ" if minute is None else f"{hour} giờ {minute}"
        if minute is not None and draw(st.booleans()):
            clock = f"{hour}h{minute:02d}"
        text = f"{clock} ngày {day.day}/{month}/{year}"
        value = DateValue(stamp, stamp, "hour" if minute is None else "minute")
    elif family == 14:
        text, shift = draw(st.sampled_from(_RELATIVE_DAYS))
        moment = reference + dt.timedelta(days=shift)
        value = DateValue(moment, moment, "day")
    else:
        weekday = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật")
        text = f"{weekday[day.weekday()]}, {day.day}/{month}/{year}"
        value = DateValue(day, day, "day")
    if draw(st.booleans()):
        text = text[:1].upper() + text[1:]
    before, after = draw(st.sampled_from(_CONTEXTS))
    return before + text + after, value, reference


def date_expressions() -> st.SearchStrategy[tuple[str, DateValue, date]]:
    """Vietnamese text holding one date expression, the ``DateValue`` it means, and the
    reference date it is read against: ``(text, value, reference)``.

    Families: numeric dates (/ - .), "ngày D tháng M năm Y", parts of the day, months
    in figures and words, quarters, halves, early/mid/late, years, decades, centuries,
    periods, ranges, times, relative days and weekdays; inside sentences with numbers
    that are not dates. A year left out is one the reference makes unambiguous.

    >>> from hypothesis import given
    >>> import vnus
    >>> @given(date_expressions())
    ... def test_reads_dates(example):
    ...     text, value, reference = example
    ...     assert vnus.parse_date(text, reference=reference) == value
    >>> test_reads_dates()
    """
    return _date_expression()  # type: ignore[return-value]


def amounts() -> st.SearchStrategy[tuple[str, Amount]]:
    """Text holding one amount (Vietnamese or English, as ``format_amount`` writes it, in a
    sentence) and the ``Amount`` it means: ``(text, amount)``. Every currency, percent
    unit and unit of quantity the lexicon lists; hedges, ranges and rates.

    >>> from hypothesis import given
    >>> import vnus
    >>> @given(amounts())
    ... def test_reads_amounts(example):
    ...     text, amount = example
    ...     assert vnus.parse_amount(text) == amount
    >>> test_reads_amounts()
    """
    from vnus._amount_strategies import amount_texts

    return amount_texts()
