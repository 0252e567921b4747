"""Laws of find_terms and find_titles, as Hypothesis properties.

- Every span is an exact slice of the text; mentions are ordered and never overlap.
- Any string is accepted without an exception (fuzzing with st.text()).
- The fast in-place fold and the general fold_with_offsets path find the same terms.
- Every shipped term is found in a sentence built around any spelling a lookup accepts.
"""

from __future__ import annotations

import codecs
import re

from hypothesis import assume, example, given
from hypothesis import strategies as st

import vnus
import vnus.corpus
from vnus._terms import _abbreviation_fits, _is_proper_word, _spelling_key, bracket_end
from vnus.mentions import (
    compile_matcher,
    find_terms,
    find_titles,
)
from vnus.strategies import term_variants, vietnamese_text
from vnus.text import (
    _cased_byte_fold,
    _fold_lowered,
    fold,
    fold_in_place,
    fold_in_place_cased,
    fold_with_offsets,
)

GLOSSARY = vnus.glossary()
TERMS = list(GLOSSARY)
FORMS = sorted({form for term in TERMS for form in term.forms()})
FILLER = [
    "theo",
    "và",
    "ông",
    "bà",
    "của",
    "Hai",
    "Nguyễn Văn An",
    "Jose W. Fernandez",
    "phụ trách",
    "kiêm",
    "tại",
    "(DOC)",
    ", ",
    ". ",
    " - ",
    "\n",
    "&",
    "–",
    "doc",
    "Mỹ",
]
_LEADING_THE = re.compile(r"^the\W+", re.IGNORECASE)
SEPARATORS = st.sampled_from([" ", "  ", ", ", "\n", " - ", "", "\u00a0", "-"])


@st.composite
def news_like(draw: st.DrawFn) -> str:
    """Text made of glossary forms, names, grammar words and separators, in any order."""
    pieces = draw(st.lists(st.sampled_from(FORMS) | st.sampled_from(FILLER), max_size=12))
    glue = [draw(SEPARATORS) for _ in pieces]
    return "".join(p + g for p, g in zip(pieces, glue, strict=True))


ANY_TEXT = st.text() | news_like()


def _check_spans(text: str, spans: list[tuple[int, int]], texts: list[str]) -> None:
    assert [text[a:b] for a, b in spans] == texts
    assert all(a < b for a, b in spans)
    assert all(spans[i][1] <= spans[i + 1][0] for i in range(len(spans) - 1))


@given(ANY_TEXT)
def test_term_spans_are_exact_ordered_and_disjoint(text: str) -> None:
    mentions = find_terms(text)
    _check_spans(text, [m.span for m in mentions], [m.text for m in mentions])
    for mention in mentions:
        assert mention.term in mention.candidates


@given(ANY_TEXT)
@example("BI:THU A A0:BI:THU")  # a name two characters before a title, but not ", "
def test_title_spans_are_exact_ordered_and_disjoint(text: str) -> None:
    mentions = find_titles(text)
    _check_spans(text, [m.span for m in mentions], [m.text for m in mentions])
    for mention in mentions:
        assert mention.en
        assert all(
            mention.span[0] <= t.span[0] and t.span[1] <= mention.span[1] for t in mention.terms
        )
        if mention.person is not None and mention.person not in mention.text:
            # Only the name just before it, as in "Đại sứ Brian Mc Feeters, Chủ tịch ...".
            assert text[: mention.span[0]].endswith(mention.person + ", ")


@given(news_like())
def test_fast_and_general_paths_agree(text: str) -> None:
    matcher = compile_matcher(GLOSSARY)
    fast = [(m.span, m.text, m.candidates) for m in matcher.scan(text)]
    general = [(m.span, m.text, m.candidates) for m in matcher._scan_general(text)]
    assert fast == general


@given(ANY_TEXT)
def test_a_word_before_the_text_shifts_every_span(text: str) -> None:
    prefix = "Qzxw: "  # a word no term contains, then a separator
    shifted = [
        ((a + len(prefix), b + len(prefix)), t.id)
        for (a, b), t in ((m.span, m.term) for m in find_terms(text))
    ]
    assert [(m.span, m.term.id) for m in find_terms(prefix + text)] == shifted


@given(st.sampled_from(TERMS).flatmap(lambda t: st.tuples(st.just(t), term_variants(t))))
def test_every_shipped_term_is_found_in_running_text(case: tuple[vnus.Term, str]) -> None:
    term, spelling = case
    names = (term.vi, term.en, *term.variants)
    free = {fold(f) for f in names if not _is_proper_word(f)}
    key = fold(spelling).removeprefix("the ")
    if key not in free:
        # An abbreviation or a one-word name: it must keep the capitals of a form it
        # spells ("The congressman" spells "Congressman", not "Representative").
        cased = [*term.abbr, *(f for f in names if _is_proper_word(f))]
        written = spelling.strip()
        if fold(written) != key:  # a leading "the" the form does not have
            written = _LEADING_THE.sub("", written)
        assume(any(_abbreviation_fits(written, a) for a in cased if fold(a) == key))
    text = f"Theo {spelling} cho biết."
    if " " not in key and not _keeps_diacritics(spelling, term):
        # A one-word name that lost its diacritics is no mention in text written with
        # them ("Y tế" is not Italy, "Lao động" not Laos); in text written without any,
        # it is.
        assert not _found(term, spelling, text), spelling
        text = f"Theo {spelling} cho biet."
    assert _found(term, spelling, text), (spelling, [(m.text, m.term.id) for m in find_terms(text)])


def _keeps_diacritics(spelling: str, term: vnus.Term) -> bool:
    key = _spelling_key(_LEADING_THE.sub("", spelling.strip()))
    return any(_spelling_key(form) == key for form in term.forms())


def _found(term: vnus.Term, spelling: str, text: str) -> bool:
    start = len("Theo ")
    end = start + len(spelling)
    return any(
        start <= m.span[0] and m.span[1] <= end and m.text.strip() and term in m.candidates
        for m in find_terms(text)
    )


TITLES = [t for t in TERMS if t.kind == "title"]
BODIES = [t for t in TERMS if t.head_en and t.kind in ("ministry", "agency", "government-body")]


@given(st.sampled_from(TITLES), st.sampled_from(BODIES))
def test_translate_title_round_trips_english_to_vietnamese_and_back(
    title: vnus.Term, body: vnus.Term
) -> None:
    phrase = f"{title.vi} {body.vi}"
    try:
        english = vnus.translate_title(phrase)
    except vnus.TermNotFound:
        # The title swallows the body's first words ("Bộ trưởng Ngoại giao" is a title).
        assume(False)
        raise
    vietnamese = vnus.translate_title(english, target="vi")
    assert vnus.translate_title(vietnamese) == english


SEED_PARAGRAPHS = [p for article in vnus.corpus.load() for p in article.paragraphs]


@given(vietnamese_text() | news_like() | st.sampled_from(SEED_PARAGRAPHS))
def test_fast_path_bookkeeping_matches_the_general_path(text: str) -> None:
    # The fast path squeezes runs of spaces, walks them with a pointer and rules out a
    # small first letter early; the general path maps offsets through fold_with_offsets.
    matcher = compile_matcher(GLOSSARY)
    fast = [(m.span, m.text, m.candidates) for m in matcher.scan(text)]
    general = [(m.span, m.text, m.candidates) for m in matcher._scan_general(text)]
    assert fast == general


def test_every_seed_paragraph_scans_the_same_both_ways() -> None:
    matcher = compile_matcher(GLOSSARY)
    for paragraph in SEED_PARAGRAPHS:
        fast = [(m.span, m.text, m.candidates) for m in matcher.scan(paragraph)]
        assert fast == [(m.span, m.text, m.candidates) for m in matcher._scan_general(paragraph)]


@given(ANY_TEXT | vietnamese_text())
def test_the_two_in_place_folds_agree(text: str) -> None:
    # One codes text as written, capitals included; the other codes it after lower().
    assert fold_in_place(text) == _fold_lowered(text)


def test_vietnamese_news_is_coded_without_lower() -> None:
    charmap, _ = _cased_byte_fold()
    for paragraph in SEED_PARAGRAPHS:
        codecs.charmap_encode(paragraph.upper() + paragraph, "strict", charmap)  # no error


@given(ANY_TEXT | vietnamese_text())
def test_the_fold_keeping_capitals_marks_every_small_letter(text: str) -> None:
    folded = fold_in_place_cased(text)
    assume(folded is not None)
    assert folded is not None
    for char, code in zip(text, folded, strict=True):
        if chr(code).isalpha():
            assert chr(code).islower() == (char.islower() and char.isalpha()), (char, code)


def _plain_scan(text: str) -> list[tuple[tuple[int, int], str, tuple[vnus.Term, ...]]]:
    """find_terms read the plain way, as it was first written: fold through
    fold_with_offsets, scan the line with doubled spaces, count the spaces before each
    match from the start, map it back (through a bracket the form opens:
    ``bracket_end``), then check its capitals (and, for a form spelt with a period, the
    period: ``period_fits``)."""
    matcher = compile_matcher(GLOSSARY)
    folded, offsets = fold_with_offsets(text)
    line = " " + folded.replace(" ", "  ") + " "
    found = []
    for last, number in matcher.automaton.iter_long(line):
        entry, back, width, _ = matcher.keys[number]
        first = last + back  # the key's first letter, in line
        start = first - 1 - line.count(" ", 1, first) // 2
        span = (offsets[start], bracket_end(text, offsets[start], offsets[start + width]))
        written = text[span[0] : span[1]]
        if entry.fits(written) and entry.period_fits(text, *span):
            found.append((span, written, entry.terms))
    return found


@given(vietnamese_text() | news_like() | st.sampled_from(SEED_PARAGRAPHS))
def test_the_scan_gives_what_the_plain_reading_gives(text: str) -> None:
    matcher = compile_matcher(GLOSSARY)
    assert [(m.span, m.text, m.candidates) for m in matcher.scan(text)] == _plain_scan(text)


def test_every_seed_paragraph_gives_what_the_plain_reading_gives() -> None:
    matcher = compile_matcher(GLOSSARY)
    for paragraph in SEED_PARAGRAPHS:
        found = [(m.span, m.text, m.candidates) for m in matcher.scan(paragraph)]
        assert found == _plain_scan(paragraph)


def _country_name_swaps() -> list[tuple[vnus.Term, str]]:
    """Each shipped name that ends with a country's name, with another of its names."""
    from vnus._terms import _country_names, _with_other_country_names

    countries = _country_names(GLOSSARY)
    return [
        (term, swapped)
        for term in TERMS
        if term.kind != "country"
        for swapped in _with_other_country_names((term.vi, *term.vi_variants), countries)
    ]


COUNTRY_SWAPS = _country_name_swaps()


@given(st.sampled_from(COUNTRY_SWAPS))
def test_a_name_is_found_with_its_countrys_other_names(case: tuple[vnus.Term, str]) -> None:
    """ "Bộ Thương mại Hoa Kỳ" written "Bộ Thương mại Mỹ": the same term, whole."""
    term, swapped = case
    text = f"Theo {swapped} cho biết."
    start = text.index(swapped)
    found = [m for m in find_terms(text) if m.span == (start, start + len(swapped))]
    assert found, swapped
    assert term in (found[0].term, *found[0].candidates), (swapped, found)


def test_the_country_name_swaps_are_many_and_never_a_countrys_own() -> None:
    assert len(COUNTRY_SWAPS) > 100
    assert all(term.kind != "country" for term, _ in COUNTRY_SWAPS)


# Every Vietnamese form of several words, with its term: the forms two terms share when
# folded ("Hải quân Mỹ", the Navy, and "Hải quan Mỹ", Customs) among them.
MARKED_FORMS = [
    (term, form)
    for term in TERMS
    for form in (term.vi, *term.vi_variants)
    if " " in form and any(ord(c) > 0x7F for c in form)
]


NAVY = next(term for term in TERMS if term.id == "us.navy")


@given(st.sampled_from(MARKED_FORMS))
@example((NAVY, "Hải quân Mỹ"))
def test_a_form_written_with_its_diacritics_names_its_own_term(
    case: tuple[vnus.Term, str],
) -> None:
    term, form = case
    text = f"Theo {form} cho biết."
    start, end = len("Theo "), len("Theo ") + len(form)
    whole = [m for m in vnus.find_terms(text) if m.span == (start, end)]
    # the whole form is read, and as a term one of whose forms it is, letter for letter
    # (never the other term it folds like)
    assume(whole)  # a longer name may take it in ("Bộ Ngoại giao" inside a title)
    (mention,) = whole
    assert term in mention.candidates
    assert any(_spelling_key(f) == _spelling_key(form) for f in mention.term.forms()), (
        form,
        mention.term.id,
    )
