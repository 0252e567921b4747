"""find_terms, find_titles and translate_title on a tiny glossary built here.

The machinery is tested against this fixture, not the shipped data, so that editing the
glossary does not break these tests; tests/test_mentions_seeds.py checks the shipped data.
"""

from __future__ import annotations

import datetime
import pickle
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

import vnus
from vnus.errors import TermNotFound
from vnus.glossary import Glossary, Term
from vnus.mentions import (
    TermMatcher,
    TermMention,
    TitleMention,
    clear_cache,
    compile_matcher,
    find_terms,
    find_titles,
    translate_title,
)
from vnus.people import Office, People, Person

S = ("test fixture",)


def _term(id: str, kind: str, vi: str, en: str, **fields: object) -> Term:
    return Term(id, kind, vi, en, sources=S, **fields)  # type: ignore[arg-type]


TERMS = [
    _term("country.vn", "country", "Việt Nam", "Viet Nam", country="VN", en_variants=("Vietnam",)),
    _term("country.us", "country", "Hoa Kỳ", "United States", country="US", vi_variants=("Mỹ",)),
    _term("country.ua", "country", "Ukraine", "Ukraine", country="UA"),
    _term("vn.government", "government-body", "Chính phủ", "Government", country="VN"),
    _term(
        "vn.moit",
        "ministry",
        "Bộ Công Thương",
        "Ministry of Industry and Trade",
        country="VN",
        abbr=("MOIT", "BCT"),
        parent="vn.government",
        head_en="Minister of Industry and Trade",
    ),
    _term(
        "vn.mof",
        "ministry",
        "Bộ Tài chính",
        "Ministry of Finance",
        country="VN",
        abbr=("MOF",),
        head_en="Minister of Finance",
    ),
    _term(
        "us.doc",
        "ministry",
        "Bộ Thương mại Hoa Kỳ",
        "Department of Commerce",
        country="US",
        vi_variants=("Bộ Thương mại Mỹ",),
        abbr=("DOC",),
        ambiguous=("DOC",),
        preferred=("DOC",),
        head_en="Secretary of Commerce",
    ),
    _term(
        "us.treasury",
        "ministry",
        "Bộ Tài chính Hoa Kỳ",
        "Department of the Treasury",
        country="US",
        head_en="Secretary of the Treasury",
    ),
    _term(
        "us.state",
        "ministry",
        "Bộ Ngoại giao Hoa Kỳ",
        "Department of State",
        country="US",
        head_en="Secretary of State",
    ),
    _term(
        "us.state.e",
        "office",
        "Thứ trưởng Ngoại giao Hoa Kỳ phụ trách Tăng trưởng kinh tế, Năng lượng và Môi trường",
        "Under Secretary of State for Economic Growth, Energy, and the Environment",
        country="US",
        parent="us.state",
        head_en="Under Secretary of State for Economic Growth, Energy, and the Environment",
    ),
    _term(
        "fw.doc-scs",
        "agreement",
        "Tuyên bố về ứng xử của các bên ở Biển Đông",
        "Declaration on the Conduct of Parties in the South China Sea",
        abbr=("DOC",),
        ambiguous=("DOC",),
    ),
    _term(
        "org.usabc", "organization", "Hội đồng Kinh doanh Hoa Kỳ-ASEAN", "US-ASEAN Business Council"
    ),
    _term("concept.rd", "concept", "Nghiên cứu & Phát triển", "Research and Development"),
    _term("title.minister", "title", "Bộ trưởng", "Minister", en_by_country={"US": "Secretary"}),
    _term(
        "title.deputy-minister",
        "title",
        "Thứ trưởng",
        "Deputy Minister",
        en_by_country={"US": "Deputy Secretary"},
    ),
    _term(
        "title.foreign-minister",
        "title",
        "Ngoại trưởng",
        "Foreign Minister",
        en_by_country={"US": "Secretary of State"},
    ),
    _term(
        "title.prime-minister",
        "title",
        "Thủ tướng",
        "Prime Minister",
        country="VN",
        parent="vn.government",
    ),
    _term("title.senator", "title", "Thượng nghị sĩ", "Senator", vi_variants=("Thượng nghị sỹ",)),
    _term("title.ambassador", "title", "Đại sứ", "Ambassador"),
    _term("title.president", "title", "Tổng thống", "President"),
    _term("title.chairman", "title", "Chủ tịch", "Chairman"),
    _term(
        "title.ceo", "title", "Tổng giám đốc điều hành", "Chief Executive Officer", abbr=("CEO",)
    ),
    _term("title.acting", "title-modifier", "Quyền", "Acting"),
    _term("title.permanent", "title-modifier", "Thường trực", "Permanent"),
]
GLOSSARY = Glossary(TERMS)


def _office(title: str, organization: str | None, en: str, country: str, **kw: object) -> Office:
    return Office(
        title, organization, en, country, kw.pop("start", None), kw.pop("end", None), **kw
    )  # type: ignore[arg-type]


PEOPLE = People(
    [
        Person(
            "hung",
            "Lê Mạnh Hùng",
            "VN",
            ["Le Manh Hung"],
            [
                _office(
                    "title.minister",
                    "vn.moit",
                    "Minister of Industry and Trade",
                    "VN",
                    acting=True,
                    start=datetime.date(2025, 12, 20),
                )
            ],
            S,
        ),
        Person(
            "raimondo",
            "Gina Raimondo",
            "US",
            ["Raimondo"],
            [
                _office(
                    "title.minister",
                    "us.doc",
                    "Secretary of Commerce",
                    "US",
                    start=datetime.date(2021, 3, 3),
                    end=datetime.date(2025, 1, 20),
                )
            ],
            S,
        ),
        Person(
            "blinken",
            "Antony Blinken",
            "US",
            ["Anthony Blinken", "Blinken"],
            [_office("title.foreign-minister", "us.state", "Secretary of State", "US")],
            S,
        ),
    ]
)


def terms(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.term.id) for m in find_terms(text, glossary=GLOSSARY)]


def titles(text: str, **kw: object) -> list[TitleMention]:
    return find_titles(text, glossary=GLOSSARY, people=PEOPLE, **kw)  # type: ignore[arg-type]


# --- find_terms -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bộ Công Thương", [("Bộ Công Thương", "vn.moit")]),
        ("bo cong thuong", [("bo cong thuong", "vn.moit")]),
        ("BỘ CÔNG THƯƠNG", [("BỘ CÔNG THƯƠNG", "vn.moit")]),
        ("Bộ  Công\u00a0Thương", [("Bộ  Công\u00a0Thương", "vn.moit")]),
        ("Thượng nghị sĩ", [("Thượng nghị sĩ", "title.senator")]),
        ("Thượng nghị sỹ", [("Thượng nghị sỹ", "title.senator")]),
        ("thuong nghi si", [("thuong nghi si", "title.senator")]),
        ("Hoa Kì", [("Hoa Kì", "country.us")]),
        ("Ministry of Industry & Trade", [("Ministry of Industry & Trade", "vn.moit")]),
        ("Research & Development", [("Research & Development", "concept.rd")]),
    ],
)
def test_find_terms_is_insensitive_to_what_fold_equates(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert terms(text) == expected


def test_leftmost_longest_prefers_the_longer_form() -> None:
    # "Bộ Tài chính Hoa Kỳ" is the US Treasury, not the Vietnamese ministry plus a country.
    assert terms("Bộ Tài chính Hoa Kỳ và Bộ Tài chính") == [
        ("Bộ Tài chính Hoa Kỳ", "us.treasury"),
        ("Bộ Tài chính", "vn.mof"),
    ]


def test_matches_are_whole_words() -> None:
    assert terms("Mỹ Tho") == [("Mỹ", "country.us")]
    assert terms("Mỹthuật, MOITS, xMOF") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Bà Trần Thị Nga phát biểu tại hội nghị.", "Nga"),
        ("Phát biểu của ông Hoàng Anh Tuấn được đăng tải.", "Anh"),
        ("Chị Lê Thị Đức Hạnh làm việc tại Bộ.", "Đức"),
        ("Nhà báo Nguyễn Thị Mỹ Hạnh đưa tin.", "Mỹ"),
        ("Trưởng đoàn là bà Phạm Thị Thu Nga.", "Nga"),
    ],
)
def test_a_syllable_of_a_vietnamese_name_is_not_a_country(text: str, name: str) -> None:
    assert name not in [m.text for m in find_terms(text)]


@pytest.mark.parametrize(
    ("text", "word", "found"),
    [
        ("Ngành Y tế Việt Nam phát triển.", "Y", False),  # not Ý (Italy)
        ("Báo Lao động đưa tin.", "Lao", False),  # not Lào (Laos)
        ("Nước Mĩ và nước Ý ký thỏa thuận.", "Mĩ", True),  # the i/y spelling of Mỹ
        ("Lào và Campuchia", "Lào", True),
        ("quan he Viet Nam - Lao", "Lao", True),  # text written without diacritics
    ],
)
def test_one_word_names_keep_their_diacritics_in_marked_text(
    text: str, word: str, found: bool
) -> None:
    assert (word in [m.text for m in find_terms(text)]) is found


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Việt Nam và Nga ký thỏa thuận.", "country.ru"),
        ("Đoàn Nga do ông Sergei Lavrov dẫn đầu.", "country.ru"),  # a delegation
        ("Thủ tướng Nga phát biểu.", "country.ru"),
        ("Quan hệ Việt - Nga phát triển.", "country.ru"),
        ("Ông Trần Văn Hùng thăm Đức và Pháp.", "country.de"),
        ("Bộ Ngoại giao Nga ra tuyên bố.", "country.ru"),
    ],
)
def test_a_country_after_a_name_or_a_word_stays_a_country(text: str, country: str) -> None:
    assert country in [m.term.id for m in find_terms(text)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("DOC", ["DOC"]),
        ("(DOC)", ["DOC"]),
        ("doc", []),
        ("Doc", []),
        ("MOIT và BCT", ["MOIT", "BCT"]),
        ("moit", []),
        ("the CEO", ["CEO"]),
    ],
)
def test_capitalised_abbreviations_must_be_capitalised_in_the_text(
    text: str, found: list[str]
) -> None:
    assert [m.text for m in find_terms(text, glossary=GLOSSARY)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Theo Vitas, xuất khẩu tăng.", ["vn.assoc.vitas"]),
        ("Hiệp hội Chế biến và Xuất khẩu thủy sản (Vasep) cho biết", ["vn.assoc.vasep"]),
        # not a shorter one, not another country's, not in small letters
        ("Evn cho biết", []),
        ("Theo Usaid, viện trợ giảm.", []),
        ("theo vitas", []),
    ],
)
def test_a_vietnamese_bodys_abbreviation_may_be_written_as_a_word(
    text: str, found: list[str]
) -> None:
    """The press writes "Vitas", "Vasep" for VITAS, VASEP (lexicon spelling.toml
    ``word_cased_abbreviations``)."""
    assert [m.term.id for m in vnus.find_terms(text)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # two bodies that fold alike: the one written with the text's own letters
        ("Bộ trưởng Hải quân Mỹ thăm Cam Ranh.", ["title.minister", "us.navy"]),
        ("Tàu của Hải quân Hoa Kỳ cập cảng Đà Nẵng.", ["us.navy", "region.da-nang"]),
        ("Hải quan Mỹ điều tra hành vi lẩn tránh thuế.", ["us.cbp", "concept.circumvention"]),
        # a missing mark, a tone slip or another spelling of a word is still the name
        ("hai quan my dieu tra", ["us.cbp"]),
        ("Theo Hoà Kỳ, thuế giảm.", ["country.us"]),
        ("Hiệp hội Da - Giày - Túi xách Việt Nam", ["vn.assoc.lefaso"]),
    ],
)
def test_a_name_written_with_other_letters_is_another_name(text: str, found: list[str]) -> None:
    assert [m.term.id for m in vnus.find_terms(text)] == found


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("Hải quân Mỹ", "us.navy"),
        ("HẢI QUÂN HOA KỲ", "us.navy"),
        ("Hải quan Mỹ", "us.cbp"),
        ("Hai quan My", "us.cbp"),  # unmarked: the glossary's preferred reading
    ],
)
def test_lookup_of_a_shared_form_follows_the_querys_diacritics(query: str, found: str) -> None:
    assert vnus.glossary().lookup(query).id == found
    assert vnus.glossary().lookup_all(query)[0].id == found


def test_ambiguous_form_names_the_preferred_term_and_lists_every_candidate() -> None:
    (mention,) = find_terms("DOC", glossary=GLOSSARY)
    assert mention.term.id == "us.doc"
    assert {t.id for t in mention.candidates} == {"us.doc", "fw.doc-scs"}


def test_spans_are_offsets_into_the_original_text() -> None:
    text = "Theo  “Bo\u0323\u0302 Công Thương” (MOIT), Hoà Kỳ — ok"
    mentions = find_terms(text, glossary=GLOSSARY)
    assert [text[m.span[0] : m.span[1]] for m in mentions] == [m.text for m in mentions]
    assert [m.term.id for m in mentions] == ["vn.moit", "vn.moit", "country.us"]


def test_decomposed_and_composed_text_give_the_same_terms() -> None:
    text = "Quyền Bộ trưởng Bộ Công Thương gặp Thượng nghị sỹ Hoa Kỳ"
    nfd = unicodedata.normalize("NFD", text)
    assert [m.term.id for m in find_terms(nfd, glossary=GLOSSARY)] == [
        m.term.id for m in find_terms(text, glossary=GLOSSARY)
    ]


def test_ampersand_inside_a_word_is_read_as_fold_reads_it() -> None:
    assert terms("Nghiên cứu&Phát triển") == [("Nghiên cứu&Phát triển", "concept.rd")]


def test_empty_and_termless_text() -> None:
    assert find_terms("", glossary=GLOSSARY) == []
    assert find_terms("   \n ", glossary=GLOSSARY) == []
    assert find_terms("nothing here", glossary=GLOSSARY) == []


def test_non_str_input_raises_type_error() -> None:
    with pytest.raises(TypeError, match="bytes"):
        find_terms(b"Bo Cong Thuong", glossary=GLOSSARY)  # type: ignore[arg-type]


def test_matcher_is_built_once_cached_clearable_and_picklable() -> None:
    first = compile_matcher(GLOSSARY)
    assert compile_matcher(GLOSSARY) is first
    clear_cache()
    rebuilt = compile_matcher(GLOSSARY)
    assert rebuilt is not first
    copy = pickle.loads(pickle.dumps(rebuilt))
    assert isinstance(copy, TermMatcher)
    text = "Bộ trưởng Bộ Thương mại Hoa Kỳ (DOC)"
    assert find_terms(text, matcher=copy) == find_terms(text, glossary=GLOSSARY)


def test_term_mention_to_dict() -> None:
    (mention,) = find_terms("MOIT", glossary=GLOSSARY)
    assert isinstance(mention, TermMention)
    assert mention.to_dict() == {
        "type": "term",
        "span": [0, 4],
        "text": "MOIT",
        "id": "vn.moit",
        "kind": "ministry",
        "vi": "Bộ Công Thương",
        "en": "Ministry of Industry and Trade",
        "country": "VN",
    }


# --- find_titles: the grammar -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "phrase", "en", "person"),
    [
        # Circular 03/2009: a Vietnamese minister is "Minister of ...", Quyền is Acting.
        (
            "Quyền Bộ trưởng Bộ Công Thương Lê Mạnh Hùng phát biểu.",
            "Quyền Bộ trưởng Bộ Công Thương Lê Mạnh Hùng",
            "Acting Minister of Industry and Trade",
            "Lê Mạnh Hùng",
        ),
        # The body without its "Bộ".
        (
            "Bộ trưởng Công Thương phát biểu",
            "Bộ trưởng Công Thương",
            "Minister of Industry and Trade",
            None,
        ),
        # A US department head is a Secretary, with the U.S. prefix.
        (
            "Bộ trưởng Bộ Thương mại Hoa Kỳ",
            "Bộ trưởng Bộ Thương mại Hoa Kỳ",
            "U.S. Secretary of Commerce",
            None,
        ),
        (
            "Bộ trưởng Bộ Tài chính Hoa Kỳ",
            "Bộ trưởng Bộ Tài chính Hoa Kỳ",
            "U.S. Secretary of the Treasury",
            None,
        ),
        # "Bộ Tài chính" followed by "Mỹ" is the US Treasury: a US Thứ trưởng is a Deputy Secretary.
        (
            "Thứ trưởng Bộ Tài chính Mỹ nói",
            "Thứ trưởng Bộ Tài chính Mỹ",
            "U.S. Deputy Secretary of the Treasury",
            None,
        ),
        # "Thường trực" after the title is "Permanent" before it in English.
        (
            "Thứ trưởng Thường trực Bộ Tài chính",
            "Thứ trưởng Thường trực Bộ Tài chính",
            "Permanent Deputy Minister of Finance",
            None,
        ),
        # A US Thứ trưởng with a portfolio the glossary lists is that office.
        (
            "ông X gặp Thứ trưởng Ngoại giao Hoa Kỳ phụ trách tăng trưởng kinh tế, năng lượng"
            " và môi trường.",
            "Thứ trưởng Ngoại giao Hoa Kỳ phụ trách tăng trưởng kinh tế, năng lượng và môi trường",
            "U.S. Under Secretary of State for Economic Growth, Energy, and the Environment",
            None,
        ),
        (
            "Ngoại trưởng Hoa Kỳ Antony Blinken nói",
            "Ngoại trưởng Hoa Kỳ Antony Blinken",
            "U.S. Secretary of State",
            "Antony Blinken",
        ),
        ("Ngoại trưởng Blinken nói", "Ngoại trưởng Blinken", "U.S. Secretary of State", "Blinken"),
        (
            "Thượng nghị sỹ Hoa Kỳ Bill Hagerty thuộc",
            "Thượng nghị sỹ Hoa Kỳ Bill Hagerty",
            "U.S. Senator",
            "Bill Hagerty",
        ),
        # Another country's office: "... of <country>", posted "to" a country.
        (
            "ngài Oleksandr Gaman, Đại sứ Ukraine tại Việt Nam.",
            "Oleksandr Gaman, Đại sứ Ukraine tại Việt Nam",
            "Ambassador of Ukraine to Viet Nam",
            "Oleksandr Gaman",
        ),
        # The title's own body adds nothing: Thủ tướng Chính phủ is the Prime Minister.
        (
            "Thủ tướng Chính phủ Phạm Minh Chính đã",
            "Thủ tướng Chính phủ Phạm Minh Chính",
            "Prime Minister",
            "Phạm Minh Chính",
        ),
        # kiêm joins two titles of one body (this glossary names no head for it); an
        # association takes no country prefix.
        (
            "Chủ tịch kiêm CEO Hội đồng Kinh doanh Hoa Kỳ-ASEAN (USABC)",
            "Chủ tịch kiêm CEO Hội đồng Kinh doanh Hoa Kỳ-ASEAN",
            "Chairman and Chief Executive Officer of the US-ASEAN Business Council",
            None,
        ),
        # Foreign names with initials and particles.
        (
            "Thứ trưởng Jose W. Fernandez và",
            "Thứ trưởng Jose W. Fernandez",
            "Deputy Minister",
            "Jose W. Fernandez",
        ),
        (
            "Đại sứ Brian Mc Feeters, nói",
            "Đại sứ Brian Mc Feeters",
            "Ambassador",
            "Brian Mc Feeters",
        ),
        (
            "Đại sứ Ludwig van Beethoven.",
            "Đại sứ Ludwig van Beethoven",
            "Ambassador",
            "Ludwig van Beethoven",
        ),
    ],
)
def test_title_phrases(text: str, phrase: str, en: str, person: str | None) -> None:
    (mention,) = titles(text)
    assert (mention.text, mention.en, mention.person) == (phrase, en, person)
    assert text[mention.span[0] : mention.span[1]] == mention.text


def test_apposition_with_an_honorific_names_the_holder() -> None:
    (mention,) = titles("Bộ trưởng A gặp bà Gina Raimondo, Bộ trưởng Bộ Thương mại Hoa Kỳ (DOC).")[
        1:
    ]
    # the department's abbreviation in brackets is part of the title as written
    assert mention.text == "Gina Raimondo, Bộ trưởng Bộ Thương mại Hoa Kỳ (DOC)"
    assert mention.person == "Gina Raimondo"
    assert mention.holder is not None
    assert mention.holder.id == "raimondo"
    assert mention.country == "US"


def test_a_name_already_read_is_shared_by_the_next_title_in_apposition() -> None:
    first, second = titles("Đại sứ Brian Mc Feeters, Chủ tịch Hội đồng Kinh doanh Hoa Kỳ-ASEAN")
    assert first.person == second.person == "Brian Mc Feeters"
    assert first.span[1] < second.span[0]


def test_holder_known_from_people_data_gives_the_office() -> None:
    (mention,) = titles("Bộ trưởng Gina Raimondo cho biết")
    assert mention.en == "U.S. Secretary of Commerce"
    (acting,) = titles("Quyền Bộ trưởng Lê Mạnh Hùng cho biết")
    assert acting.en == "Acting Minister of Industry and Trade"


def test_on_date_keeps_offices_held_that_day() -> None:
    (mention,) = titles("Bộ trưởng Gina Raimondo cho biết", on=datetime.date(2026, 1, 1))
    # No office of hers fits 2026: the title as written, in her country's English.
    assert mention.en == "Secretary"
    assert mention.country == "US"


def test_a_single_capitalised_word_is_a_name_only_when_known_or_a_foreign_surname() -> None:
    assert titles("Bộ trưởng Blinken nói")[0].person == "Blinken"
    # after a title of state or minister, a surname no Vietnamese syllable spells
    # (lexicon names.toml surname_alone); after any other title, only a known holder
    assert titles("Bộ trưởng Smith nói")[0].person == "Smith"
    assert vnus.find_titles("Giám đốc Smith nói")[0].person is None
    assert titles("Bộ trưởng Minh nói")[0].person is None


def test_a_capitalised_run_longer_than_a_name_is_not_a_name() -> None:
    (mention,) = titles("Bộ trưởng Nguyễn Văn An Bình Chánh Đông Tây Nam")
    assert mention.person is None
    assert titles("Bộ trưởng Nguyễn Văn An nói")[0].person == "Nguyễn Văn An"


def test_a_name_does_not_swallow_a_term() -> None:
    (mention,) = titles("Bộ trưởng Việt Nam")
    assert mention.person is None
    assert mention.country == "VN"


def test_english_title_terms_are_not_read_as_phrases() -> None:
    assert titles("the Minister of Industry and Trade said") == []
    assert terms("the Minister said") == [("Minister", "title.minister")]


def test_a_lone_modifier_is_not_a_title() -> None:
    assert titles("Quyền lợi của Thường trực") == []


def test_title_mentions_do_not_overlap_and_keep_their_terms() -> None:
    text = "Quyền Bộ trưởng Bộ Công Thương Lê Mạnh Hùng và Thượng nghị sỹ Hoa Kỳ Bill Hagerty"
    found = titles(text)
    assert [m.text for m in found] == [
        "Quyền Bộ trưởng Bộ Công Thương Lê Mạnh Hùng",
        "Thượng nghị sỹ Hoa Kỳ Bill Hagerty",
    ]
    assert [t.term.id for t in found[0].terms] == ["title.acting", "title.minister", "vn.moit"]
    assert found[0].to_dict()["holder"] == "hung"


# --- translate_title --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("vi", "en"),
    [
        ("Quyền Bộ trưởng Bộ Công Thương", "Acting Minister of Industry and Trade"),
        ("Bộ trưởng Bộ Thương mại Hoa Kỳ", "U.S. Secretary of Commerce"),
        ("Thứ trưởng Bộ Tài chính", "Deputy Minister of Finance"),
    ],
)
def test_translate_title_both_ways(vi: str, en: str) -> None:
    assert translate_title(vi, glossary=GLOSSARY) == en
    assert translate_title(en, target="vi", glossary=GLOSSARY) == vi


def test_translate_title_refuses_what_is_not_one_title() -> None:
    for text in ("Bộ Công Thương", "hello", "Bộ trưởng Bộ Công Thương và Thủ tướng"):
        with pytest.raises(TermNotFound):
            translate_title(text, glossary=GLOSSARY)
    with pytest.raises(TermNotFound):
        translate_title("Emperor of Mars", target="vi", glossary=GLOSSARY)
    with pytest.raises(ValueError, match="target"):
        translate_title("Bộ trưởng", target="fr", glossary=GLOSSARY)


def test_web_addresses_are_not_running_text() -> None:
    text = "Bộ Công Thương ![](https://bao.vn/bo-cong-thuong-hoa-ky.jpg) và www.moit.gov.vn/MOIT"
    assert terms(text) == [("Bộ Công Thương", "vn.moit")]
    # A web address between two words keeps them apart: no "Bộ Tài chính Hoa Kỳ" here.
    assert terms("Bộ Tài chính https://x.vn/a Hoa Kỳ") == [
        ("Bộ Tài chính", "vn.mof"),
        ("Hoa Kỳ", "country.us"),
    ]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Hôm qua, Sen. Dan Sullivan phát biểu.", ["title.senator"]),
        ("Rep. Young Kim và Amb. Knapper dự.", ["title.representative", "title.ambassador"]),
    ],
)
def test_an_abbreviation_with_its_period_before_a_name(text: str, found: list[str]) -> None:
    assert [m.term.id for m in vnus.find_terms(text) if m.term.kind == "title"] == found


@pytest.mark.parametrize(
    "text",
    [
        "Thủ tướng Campuchia Hun Sen tiếp đoàn.",  # a name, no period
        "Ông gặp Hun Sen. Sau đó hai bên ký kết.",  # a name ending a sentence
        "Hoa sen nở.",
    ],
)
def test_no_abbreviation_without_its_period_and_name(text: str) -> None:
    assert [m for m in vnus.find_terms(text) if m.term.id == "title.senator"] == []


def test_hun_sen_is_a_holder() -> None:
    (mention,) = vnus.find_titles("Thủ tướng Campuchia Hun Sen tiếp đoàn.")
    assert mention.person == "Hun Sen"


_WORD_CASED = [
    (term, abbreviation)
    for term in vnus.glossary()
    if term.country == "VN"
    for abbreviation in term.abbr
    if abbreviation.isalpha() and abbreviation.isupper() and len(abbreviation) >= 4
]


@given(st.sampled_from(_WORD_CASED))
def test_every_long_vietnamese_abbreviation_is_read_written_as_a_word(
    case: tuple[Term, str],
) -> None:
    term, abbreviation = case
    written = abbreviation.capitalize()
    found = vnus.find_terms(f"Theo {written}, xuất khẩu tăng.")
    assert [(m.text, term in m.candidates) for m in found] == [(written, True)]
