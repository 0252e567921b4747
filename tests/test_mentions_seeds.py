"""The shipped glossary and people data on the seed articles (tests/cases/titles.toml)."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

import vnus
from vnus.errors import TermNotFound

ROOT = Path(__file__).resolve().parents[1]
CASES = tomllib.loads((ROOT / "tests" / "cases" / "titles.toml").read_text(encoding="utf-8"))[
    "case"
]
SEEDS = {p.name[:3]: p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))}


def test_cases_are_real_text_from_the_seeds() -> None:
    for case in CASES:
        assert case["text"] in SEEDS[case["seed"]], case["title"]
        assert case["title"] in case["text"]


@pytest.mark.parametrize("case", CASES, ids=[f"{c['seed']}:{c['title'][:40]}" for c in CASES])
def test_every_seed_title_with_its_english_and_holder(case: dict[str, str]) -> None:
    found = {m.text: m for m in vnus.find_titles(case["text"])}
    assert case["title"] in found, sorted(found)
    mention = found[case["title"]]
    assert mention.en == case["en"]
    assert mention.person == case.get("person")
    assert (mention.holder.id if mention.holder else None) == case.get("holder")
    assert mention.country == case.get("country")


@pytest.mark.parametrize(
    ("seed", "text", "term"),
    [
        ("001", "DOC", "us.doc"),
        ("001", "IPEF", "fw.ipef"),
        ("001", "Bộ Công Thương Việt Nam", "vn.moit"),
        ("002", "Ấn Độ Dương-Thái Bình Dương", None),
        ("003", "ASEAN", "org.asean"),
        ("004", "Hội đồng Kinh doanh Hoa Kỳ-ASEAN", "org.usabc"),
        ("004", "USABC", "org.usabc"),
    ],
)
def test_seed_terms(seed: str, text: str, term: str | None) -> None:
    found = {(m.text, m.term.id) for m in vnus.find_terms(SEEDS[seed])}
    if term is None:  # a phrase that is part of a longer term, never reported alone
        assert all(t != text for t, _ in found)
    else:
        assert (text, term) in found


def test_an_english_word_is_not_an_abbreviation() -> None:
    assert [m.text for m in vnus.find_terms("a doc on the desk; DOC said")] == ["DOC"]


@pytest.mark.parametrize(
    ("vi", "en"),
    [
        ("Quyền Bộ trưởng Bộ Công Thương", "Acting Minister of Industry and Trade"),
        ("Bộ trưởng Bộ Công Thương", "Minister of Industry and Trade"),
        ("Bộ trưởng Bộ Thương mại Hoa Kỳ", "U.S. Secretary of Commerce"),
        ("Bộ trưởng Bộ Tài chính Hoa Kỳ", "U.S. Secretary of the Treasury"),
        (
            "Thứ trưởng Bộ Thông tin và Truyền thông",
            "Deputy Minister of Information and Communications",
        ),
    ],
)
def test_translate_title_round_trips_on_shipped_data(vi: str, en: str) -> None:
    assert vnus.translate_title(vi) == en
    assert vnus.translate_title(en, target="vi") == vi


@pytest.mark.parametrize(
    ("vi", "en"),
    [
        (
            "Thứ trưởng Ngoại giao Hoa Kỳ phụ trách tăng trưởng kinh tế, năng lượng và môi trường",
            "U.S. Under Secretary of State for Economic Growth, Energy, and the Environment",
        ),
        ("Ngoại trưởng Hoa Kỳ", "U.S. Secretary of State"),
        ("Thượng nghị sỹ Hoa Kỳ", "U.S. Senator"),
        ("Thủ tướng Chính phủ", "Prime Minister"),
        ("Phó Thủ tướng", "Deputy Prime Minister"),
    ],
)
def test_translate_title_to_english(vi: str, en: str) -> None:
    assert vnus.translate_title(vi) == en


def test_translate_title_suggests_titles_when_it_finds_none() -> None:
    with pytest.raises(TermNotFound) as caught:
        vnus.translate_title("Bộ trưởng Bộ Sao Hỏa")
    assert caught.value.query == "Bộ trưởng Bộ Sao Hỏa"
    assert caught.value.suggestions
