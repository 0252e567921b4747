"""The shipped glossary (glossary/*.toml), entry by entry: it validates, every form
finds its entry again, every spelling variant a user may type finds it, history is
consistent, and every export carries every entry. Logic is tested elsewhere, on a
fixture; this module is about the data."""

from __future__ import annotations

import datetime
import re
import tomllib
import unicodedata
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from hypothesis import given
from hypothesis import strategies as st
from test_exports import check_csv, check_json, check_tbx, check_tsv

from vnus._resources import data_dir
from vnus.cli import main
from vnus.errors import GlossaryError
from vnus.exports import to_csv, to_json, to_tbx, to_tsv
from vnus.glossary import Glossary, check
from vnus.strategies import term_variants
from vnus.text import fold

DATA = data_dir("glossary")
try:
    SHIPPED: Glossary | None = Glossary.from_path(DATA)
except GlossaryError:  # reported in full by test_shipped_glossary_validates
    SHIPPED = None
TERMS = list(SHIPPED or ())


def shipped() -> Glossary:
    assert SHIPPED is not None, "the shipped glossary does not load"
    return SHIPPED


def test_shipped_glossary_validates() -> None:
    problems = check(DATA)
    assert problems == [], "\n".join(map(str, problems))
    assert len(shipped()) == len(TERMS) > 0


def test_files_are_nfc_utf8() -> None:
    for path in sorted(Path(str(DATA)).glob("*.toml")):
        text = path.read_text(encoding="utf-8")
        assert unicodedata.is_normalized("NFC", text), path.name


def test_every_form_finds_its_entry_or_is_declared_ambiguous() -> None:
    glossary = shipped()
    for term in glossary:
        for form in term.forms():
            found = glossary.lookup_all(form)
            assert term in found, (term.id, form)
            if len(found) > 1:
                assert fold(form) in {fold(a) for a in term.ambiguous}, (term.id, form)


def test_every_entry_has_sources_and_known_references() -> None:
    glossary = shipped()
    for term in glossary:
        assert term.sources, term.id
        for ident in (*term.successors, *([term.parent] if term.parent else [])):
            assert ident in glossary, (term.id, ident)


def test_successors_take_over_the_next_day() -> None:
    glossary = shipped()
    for term in glossary:
        if term.successors and term.valid_until is not None:
            next_day = term.valid_until + datetime.timedelta(days=1)
            assert glossary.current(term, on=next_day), (term.id, next_day)


@given(st.data())
def test_every_spelling_variant_finds_its_entry(data: st.DataObject) -> None:
    term = data.draw(st.sampled_from(TERMS))
    spelling = data.draw(term_variants(term))
    found = shipped().lookup_all(spelling)
    assert term in found
    winner = shipped().lookup(spelling)
    assert winner == term or fold(spelling).removeprefix("the ") in {
        k for a in term.ambiguous for k in (fold(a), fold(a).removeprefix("the "))
    }


def test_every_name_is_its_own_best_search_match() -> None:
    glossary = shipped()
    for term in glossary:
        for name in (term.vi, term.en):
            matches = glossary.search(name, limit=len(glossary))
            assert any(m.term == term and m.score == 1.0 for m in matches), (term.id, name)


def test_exports_carry_every_entry(tmp_path: Path) -> None:
    glossary = shipped()
    check_tbx(glossary, to_tbx(glossary, glossary=glossary), "vi", "en")
    check_tbx(glossary, to_tbx(glossary, lang_pair="en-vi"), "en", "vi")
    check_csv(glossary, to_csv(glossary))
    check_json(glossary, to_json(glossary))
    check_tsv(glossary, to_tsv(glossary), tmp_path / "glossary.utf8", "vi", "en")


def test_glossary_check_command_passes() -> None:
    assert main(["glossary", "check"]) == 0


# A source names a page a reviewer can open: never only a site's front page, never a link
# shortener (its target can change and cannot be read from the text). Test data, not language data.
URL_SHORTENERS = frozenset(
    {"bit.ly", "bitly.com", "t.co", "goo.gl", "tinyurl.com", "ow.ly", "is.gd", "buff.ly", "cutt.ly"}
    | {"rb.gy", "tiny.cc", "lnkd.in", "shorturl.at", "youtu.be", "amzn.to", "s.id", "rebrand.ly"}
)
_URL = re.compile(r"https?://[^\s\"'<>()]+")
_BARE_DOMAIN = re.compile(r"(?:https?://)?(?:[a-z0-9-]+\.)+[a-z]{2,}/?", re.IGNORECASE)


def weak_source(source: str) -> str | None:
    """Why ``source`` is not a checkable source, or None when it is fine."""
    if _BARE_DOMAIN.fullmatch(source.strip()):
        return "only a bare domain"
    for url in _URL.findall(source):
        parts = urlsplit(url.rstrip(".,;:"))
        host = (parts.hostname or "").removeprefix("www.")
        if host in URL_SHORTENERS:
            return f"a shortened URL ({url})"
        if parts.path in ("", "/") and not parts.query:
            return f"a site's front page, not a page ({url})"
    return None


@pytest.mark.parametrize(
    ("source", "why"),
    [
        ("https://ustr.gov", "bare domain"),
        ("https://www.cbp.gov/", "bare domain"),
        ("Press releases: https://ustr.gov", "front page"),
        ("ustr.gov", "bare domain"),
        ("www.state.gov/", "bare domain"),
        ("https://bit.ly/3xYzAbc", "shortened"),
        ("'Bộ Ngoại giao': https://t.co/abc123", "shortened"),
        ("see https://goo.gl/maps/xyz", "shortened"),
    ],
)
def test_a_bare_domain_or_shortened_url_is_a_weak_source(source: str, why: str) -> None:
    reason = weak_source(source)
    assert reason is not None, source
    assert why in reason, (source, reason)


@pytest.mark.parametrize(
    "source",
    [
        "https://ustr.gov/about-us",
        "https://www.usa.gov/agency-index",
        "https://www.census.gov/foreign-trade/balance/c5520.html",
        "https://www.congress.gov/committee/senate-foreign-relations/ssfr00",
        "https://www.example.gov/?page=about",
        "Circular 03/2009/TT-BNG, Appendix table 2",
        "Resolution 102/2020/QH14 of the National Assembly ratifying the EVFTA (8 Jun 2020)",
        "Seed article 004 (Thượng nghị sỹ Hoa Kỳ Bill Hagerty)",
        "thanhnien.vn TIFA 2007 article, as cited in the reference notes",
    ],
)
def test_a_specific_page_or_a_numbered_text_is_not_weak(source: str) -> None:
    assert weak_source(source) is None, source


def test_no_shipped_source_is_a_bare_domain_or_a_shortened_url() -> None:
    weak = [
        f"{term.id}: {reason}: {source}"
        for term in shipped()
        for source in term.sources
        if (reason := weak_source(source))
    ]
    people_file = Path(str(DATA)) / "people.toml"
    raw = tomllib.loads(people_file.read_text(encoding="utf-8"))
    for person in raw.get("person", []):
        for source in [
            *person.get("sources", []),
            *(s for o in person.get("office", []) for s in o.get("sources", [])),
        ]:
            if reason := weak_source(source):
                weak.append(f"people.toml {person['id']}: {reason}: {source}")
    assert weak == [], "\n".join(weak)
