"""Every export format is read back by the tool a translator's software would use
(translate-toolkit for TBX and OmegaT's TSV, the csv and json modules) and every entry
is found in it. Runs on the fixture glossary; the shipped data has its own test."""

from __future__ import annotations

import csv
import datetime
import io
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st
from translate.storage import tbx
from translate.storage.omegat import OmegaTFileTab

from vnus.exports import (
    CSV_HEADER,
    FORMATS,
    JOIN,
    abbr_language,
    describe,
    export,
    format_for_path,
    to_csv,
    to_json,
    to_tbx,
    to_tsv,
)
from vnus.glossary import Glossary, Term

MINI = Glossary.from_path(Path(__file__).parent / "fixtures" / "mini-glossary")
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def check_tbx(glossary: Glossary, text: str, source: str, target: str) -> None:
    """The TBX as translate-toolkit and an XML parser see it: every term, both languages."""
    store = tbx.tbxfile.parsefile(io.BytesIO(text.encode("utf-8")))
    units = {unit.getid(): unit for unit in store.units}
    assert len(units) == len(glossary)
    root = ET.fromstring(text.encode("utf-8"))
    assert root.tag == "martif"
    assert root.get(XML_LANG) == source
    for term in glossary:
        unit = units[term.id]
        assert unit.source == getattr(term, source)
        assert unit.target == getattr(term, target)
        forms = {t.text for t in unit.get_source_terms()} | {
            t.text for t in unit.get_target_terms(target)
        }
        assert set(term.forms()) <= forms
    for entry in root.iter("termEntry"):
        assert [ls.get(XML_LANG) for ls in entry.iter("langSet")] == [source, target]


def check_csv(glossary: Glossary, text: str) -> None:
    rows = list(csv.DictReader(io.StringIO(text)))
    assert tuple(csv.reader(io.StringIO(text)).__next__()) == CSV_HEADER
    assert len(rows) == len(glossary)
    for term, row in zip(glossary, rows, strict=True):
        assert row["id"] == term.id
        assert (row["kind"], row["country"] or None) == (term.kind, term.country)
        assert (row["vi"], row["en"]) == (term.vi, term.en)
        split = lambda cell: tuple(cell.split(JOIN)) if cell else ()  # noqa: E731
        assert split(row["abbreviations"]) == term.abbr
        assert split(row["variants"]) == term.variants
        assert split(row["sources"]) == term.sources
        assert (row["note"] or None) == term.note
        for field in ("valid_from", "valid_until"):
            value = getattr(term, field)
            assert row[field] == (value.isoformat() if value else "")


def check_tsv(glossary: Glossary, text: str, path: Path, source: str, target: str) -> None:
    path.write_text(text, encoding="utf-8")
    store = OmegaTFileTab.parsefile(str(path))
    pairs = {(unit.source, unit.target) for unit in store.units}
    for line in text.splitlines():
        assert line.count("\t") == 2, line
    for term in glossary:
        assert (getattr(term, source), getattr(term, target)) in pairs
        variants = term.vi_variants if source == "vi" else term.en_variants
        for variant in variants:
            assert (variant, getattr(term, target)) in pairs
    comments = [line.split("\t")[2] for line in text.splitlines()]
    assert all(c.endswith("]") for c in comments)


def check_json(glossary: Glossary, text: str) -> None:
    entries = json.loads(text)
    assert len(entries) == len(glossary)
    for term, entry in zip(glossary, entries, strict=True):
        for field in ("valid_from", "valid_until"):
            if entry[field]:
                entry[field] = datetime.date.fromisoformat(entry[field])
        assert Term(**entry) == term


@pytest.mark.parametrize(("source", "target"), [("vi", "en"), ("en", "vi")])
def test_tbx_reads_back_in_translate_toolkit(source: str, target: str) -> None:
    check_tbx(MINI, to_tbx(MINI, lang_pair=f"{source}-{target}"), source, target)


@pytest.mark.parametrize(("source", "target"), [("vi", "en"), ("en", "vi")])
def test_tsv_reads_back_in_omegat_format(tmp_path: Path, source: str, target: str) -> None:
    text = to_tsv(MINI, lang_pair=f"{source}-{target}")
    check_tsv(MINI, text, tmp_path / "glossary.utf8", source, target)


def test_csv_reads_back() -> None:
    check_csv(MINI, to_csv(MINI))


def test_json_reads_back() -> None:
    check_json(MINI, to_json(MINI))


def test_tbx_structure_carries_the_metadata() -> None:
    root = ET.fromstring(to_tbx(MINI, glossary=MINI).encode("utf-8"))
    entries = {e.get("id"): e for e in root.iter("termEntry")}
    mpi = entries["vn.mpi"]
    assert mpi.find("descrip[@type='subjectField']").text == "ministry"  # type: ignore[union-attr]
    ref = mpi.find("ref[@type='crossReference']")
    assert ref is not None
    assert ref.get("target") == "vn.mof"
    assert MINI.get("vn.mof").en in (ref.text or "")
    assert [a.text for a in mpi.findall("admin[@type='source']")] == list(
        MINI.get("vn.mpi").sources
    )
    statuses = {n.text for n in mpi.iter("termNote") if n.get("type") == "administrativeStatus"}
    assert "supersededTerm-admn-sts" in statuses  # ended in 2025
    moit = entries["vn.moit"]
    assert moit.find("descrip[@type='definition']").text == MINI.get("vn.moit").note  # type: ignore[union-attr]
    vi_terms = [t.text for t in moit.find("langSet").iter("term")]  # type: ignore[union-attr]
    assert "BCT" in vi_terms
    assert "MOIT" not in vi_terms
    types = {
        tig.find("term").text: tig.find("termNote[@type='termType']").text  # type: ignore[union-attr]
        for tig in moit.iter("tig")
    }
    assert types["Bộ Công Thương"] == "fullForm"
    assert types["MOIT"] == "acronym"
    assert types["Bộ Công thương"] == "variant"


def test_tbx_ids_are_xml_ids() -> None:
    term = Term("2025.law", "concept", "Luật", "Law", sources=("s",))
    root = ET.fromstring(to_tbx([term]).encode("utf-8"))
    assert [e.get("id") for e in root.iter("termEntry")] == ["id-2025.law"]


text_strategy = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from("<>&\"'|,"),
    min_size=1,
    max_size=20,
).filter(str.strip)


@st.composite
def terms(draw: st.DrawFn) -> list[Term]:
    count = draw(st.integers(1, 4))
    return [
        Term(
            f"x.t{n}",
            draw(st.sampled_from(["concept", "ministry"])),
            draw(text_strategy),
            draw(text_strategy),
            abbr=draw(st.lists(text_strategy, max_size=2)),
            vi_variants=draw(st.lists(text_strategy, max_size=2)),
            en_variants=draw(st.lists(text_strategy, max_size=2)),
            note=draw(st.none() | text_strategy),
            sources=draw(st.lists(text_strategy, min_size=1, max_size=2)),
        )
        for n in range(count)
    ]


@given(terms())
def test_any_text_survives_json_and_tbx(given_terms: list[Term]) -> None:
    check_json(given_terms, to_json(given_terms))  # type: ignore[arg-type]
    root = ET.fromstring(to_tbx(given_terms).encode("utf-8"))
    found = [[t.text for t in ls.iter("term")] for ls in root.iter("langSet")]
    assert [names[0] for names in found] == [
        name for term in given_terms for name in (term.vi, term.en)
    ]


@given(terms())
def test_any_text_survives_csv(given_terms: list[Term]) -> None:
    # " | " joins the values of a cell, so values that contain it cannot round-trip.
    for term in given_terms:
        values = (*term.abbr, *term.variants, *term.sources)
        assume(not any("|" in value for value in values))
    check_csv(given_terms, to_csv(given_terms))  # type: ignore[arg-type]


@given(terms())
def test_any_text_keeps_tsv_in_three_columns(given_terms: list[Term]) -> None:
    for line in to_tsv(given_terms).splitlines():
        assert line.count("\t") == 2


@pytest.mark.parametrize(
    ("term", "abbr", "language"),
    [
        (MINI.get("vn.moit"), "BCT", "vi"),
        (MINI.get("vn.moit"), "MOIT", "en"),
        (MINI.get("us.ustr"), "USTR", "en"),
        (MINI.get("fw.rd"), "R&D", "en"),
    ],
)
def test_abbr_language(term: Term, abbr: str, language: str) -> None:
    assert abbr_language(term, abbr) == language


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("out.csv", "csv"),
        ("glossary.TXT", "tsv"),
        ("glossary.utf8", "tsv"),
        ("a.tab", "tsv"),
        ("a.tsv", "tsv"),
        ("terms.tbx", "tbx"),
        ("terms.json", "json"),
        ("terms.xlsx", None),
    ],
)
def test_format_for_path(path: str, expected: str | None) -> None:
    assert format_for_path(path) == expected


def test_export_dispatches_and_refuses_unknown_formats() -> None:
    assert export(MINI, "csv") == to_csv(MINI)
    assert export(MINI, "json") == to_json(MINI)
    assert export(MINI, "tsv", lang_pair="en-vi") == to_tsv(MINI, lang_pair="en-vi")
    assert export(MINI, "tbx") == to_tbx(MINI)
    assert set(FORMATS) == {"csv", "tsv", "tbx", "json"}
    with pytest.raises(ValueError, match=r"format must be one of .* \(got 'xlsx'\)"):
        export(MINI, "xlsx")
    with pytest.raises(ValueError, match="got 'vi-fr'"):
        to_tsv(MINI, lang_pair="vi-fr")


def test_describe_shows_both_languages_history_and_sources() -> None:
    mpi = MINI.get("vn.mpi")
    card = describe(mpi, MINI)
    lines = card.splitlines()
    assert lines[0] == f"{mpi.id}  {mpi.kind}, {mpi.country}"
    mof = MINI.get("vn.mof")
    for needle in (mpi.vi, mpi.en, *mpi.abbr, f"{mof.vi} / {mof.en} [vn.mof]", *mpi.sources):
        assert needle in card
    column = lines[1].index(mpi.vi)
    assert lines[2].index(mpi.en) == column
    for line in lines[1:]:  # labels, then every value (and continuation) in one column
        assert line[:column].strip() == "" or line[column - 2 : column] == "  "
        assert line[column] != " "
    replaced = describe(mof, MINI)
    assert f"{mpi.vi} / {mpi.en} [vn.mpi]" in replaced


def test_describe_wraps_long_notes() -> None:
    term = Term("x.n", "concept", "Khái niệm", "Concept", note="word " * 60, sources=("s",))
    card = describe(term, width=60)
    assert all(len(line) <= 60 for line in card.splitlines())
    assert card.count("word") == 60
