"""Every export format is read back by the tool a translator's software would use
(translate-toolkit for TBX and OmegaT's TSV, the csv and json modules) and every entry
is found in it. Runs on the fixture glossary; the shipped data has its own test."""

from __future__ import annotations

import csv
import datetime
import io
import json
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st
from translate.storage import tbx
from translate.storage.omegat import OmegaTFileTab

from vnus import exports
from vnus.exports import (
    COLUMNS,
    FORMATS,
    JOIN,
    abbr_language,
    describe,
    export,
    format_for_path,
    spellings,
    to_csv,
    to_json,
    to_tbx,
    to_tbx3,
    to_tsv,
    to_xlsx,
)
from vnus.glossary import Glossary, Term
from vnus.text import fold

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


def cell_values(cell: str) -> tuple[str, ...]:
    return tuple(cell.split(JOIN)) if cell else ()


def check_rows(glossary: Glossary, rows: list[dict[str, str]]) -> None:
    """One row per concept, one language per column, every value where it belongs."""
    assert len(rows) == len(glossary)
    for term, row in zip(glossary, rows, strict=True):
        assert row["id"] == term.id
        assert (row["kind"], row["country"] or None) == (term.kind, term.country)
        assert (row["vi"], row["en"]) == (term.vi, term.en)
        assert cell_values(row["vi_variants"]) == term.vi_variants
        by_country = tuple(f"{n} ({c})" for c, n in term.en_by_country.items())
        assert cell_values(row["en_variants"]) == term.en_variants + by_country
        vi_abbr, en_abbr = (
            cell_values(row["vi_abbreviations"]),
            cell_values(row["en_abbreviations"]),
        )
        assert sorted(vi_abbr + en_abbr) == sorted(term.abbr)
        assert all(abbr_language(term, a) == "vi" for a in vi_abbr)
        assert all(abbr_language(term, a) == "en" for a in en_abbr)
        assert cell_values(row["sources"]) == term.sources
        assert (row["note"] or None) == term.note
        assert row["status"] in ("current", "historic", "future")
        for field in ("valid_from", "valid_until"):
            value = getattr(term, field)
            assert row[field] == (value.isoformat() if value else "")


def check_csv(glossary: Glossary, text: str) -> None:
    assert text.startswith("\ufeff")
    body = text[1:]
    assert tuple(next(csv.reader(io.StringIO(body)))) == COLUMNS
    check_rows(glossary, list(csv.DictReader(io.StringIO(body))))


def xlsx_rows(data: bytes) -> list[list[str]]:
    """The cells of the first sheet, read with zipfile and an XML parser."""
    ns = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert archive.testzip() is None
        strings = [
            "".join(t.text or "" for t in si.iter(f"{{{ns['m']}}}t"))
            for si in ET.fromstring(archive.read("xl/sharedStrings.xml")).findall("m:si", ns)
        ]
        sheet = ET.fromstring(archive.read("xl/worksheets/sheet1.xml"))
    rows = []
    for row in sheet.iterfind("m:sheetData/m:row", ns):
        values = [""] * len(COLUMNS)
        for cell in row.findall("m:c", ns):
            column = "".join(ch for ch in cell.get("r", "") if ch.isalpha())
            index = sum((ord(ch) - 64) * 26**k for k, ch in enumerate(reversed(column))) - 1
            values[index] = strings[int(cell.findtext("m:v", namespaces=ns) or "0")]
        rows.append(values)
    return rows


def check_xlsx(glossary: Glossary, data: bytes) -> None:
    rows = xlsx_rows(data)
    assert tuple(rows[0]) == COLUMNS
    check_rows(glossary, [dict(zip(COLUMNS, row, strict=True)) for row in rows[1:]])


def check_tsv(glossary: Glossary, text: str, path: Path, source: str, target: str) -> None:
    path.write_text(text, encoding="utf-8")
    store = OmegaTFileTab.parsefile(str(path))
    pairs = {(unit.source, unit.target) for unit in store.units}
    blind = {(s.casefold(), t) for s, t in pairs}  # OmegaT matches without case
    for line in text.splitlines():
        assert line.count("\t") == 2, line
    for term in glossary:
        wanted_target = getattr(term, target)
        ordinary = {fold(f) for f in exports._ordinary(term)}
        forms = [getattr(term, source), *(term.vi_variants if source == "vi" else term.en_variants)]
        for form in forms:
            for spelling in spellings(form, source):  # type: ignore[arg-type]
                if fold(spelling) not in ordinary:
                    assert (spelling.casefold(), wanted_target) in blind, spelling
        for abbr in term.abbr:
            if fold(abbr) in ordinary:
                assert (abbr.casefold(), wanted_target) not in blind
            elif source == "vi" or abbr_language(term, abbr) == "en":
                assert (abbr.casefold(), wanted_target) in blind
            elif fold(abbr) not in {fold(f) for f in forms}:
                assert (abbr.casefold(), wanted_target) not in blind
    for source_text, _ in pairs:
        owners = [
            t
            for t in glossary
            if fold(source_text) in {fold(f) for f in (*t.forms(), *t.en_by_country.values())}
        ]
        assert owners, source_text
    keys = [(line.split("\t")[0].casefold(), line.split("\t")[1]) for line in text.splitlines()]
    assert len(keys) == len(set(keys))  # no spelling twice for one target


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


def test_xlsx_reads_back() -> None:
    check_xlsx(MINI, to_xlsx(MINI, glossary=MINI))
    assert to_xlsx(MINI) == to_xlsx(MINI)  # the same glossary gives the same bytes


def test_json_reads_back() -> None:
    check_json(MINI, to_json(MINI))


def test_tbx_structure_carries_the_metadata() -> None:
    root = ET.fromstring(to_tbx(MINI, glossary=MINI).encode("utf-8"))
    entries = {e.get("id"): e for e in root.iter("termEntry")}
    mpi = entries["vn.mpi"]
    assert "kind ministry" in (mpi.findtext("note") or "")
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
    assert MINI.get("vn.moit").note in [n.text for n in moit.findall("note")]
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
    # What a glossary may hold: no control characters, no noncharacters (the loader refuses both).
    alphabet=st.characters(
        blacklist_categories=("Cs", "Cc"),
        blacklist_characters="".join(map(chr, range(0xFDD0, 0xFDF0))) + "\ufffe\uffff",
    )
    | st.sampled_from("<>&\"'|,"),
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
        ("terms.xlsx", "xlsx"),
        ("page.html", "html"),
        ("terms.docx", None),
    ],
)
def test_format_for_path(path: str, expected: str | None) -> None:
    assert format_for_path(path) == expected


def test_export_dispatches_and_refuses_unknown_formats() -> None:
    assert export(MINI, "csv") == to_csv(MINI)
    assert export(MINI, "json") == to_json(MINI)
    assert export(MINI, "tsv", lang_pair="en-vi") == to_tsv(MINI, lang_pair="en-vi")
    assert export(MINI, "tbx") == to_tbx(MINI)
    assert export(MINI, "tbx3") == to_tbx3(MINI)
    assert export(MINI, "xlsx") == to_xlsx(MINI)
    assert set(FORMATS) == {"csv", "tsv", "tbx", "tbx3", "xlsx", "json", "html"}
    with pytest.raises(ValueError, match=r"format must be one of .* \(got 'docx'\)"):
        export(MINI, "docx")
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
