"""The exports as the tools see them, with nothing outside Python: TBX against the
TBX-Basic schemas (tests/schemas), the TSV lines OmegaT gets, the HTML page's data and
fold table (the page's own JavaScript runs in tests/tools, in Chromium)."""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

import vnus
from vnus.exports import fold_table, spellings, to_html, to_tbx, to_tbx3, to_tsv
from vnus.glossary import Glossary, Term
from vnus.text import fold

SCHEMAS = Path(__file__).parent / "schemas"
MINI = Glossary.from_path(Path(__file__).parent / "fixtures" / "mini-glossary")
BUNDLED = vnus.glossary()


def relaxng(version: int) -> etree.RelaxNG:
    return etree.RelaxNG(etree.parse(str(SCHEMAS / f"tbx-basic-v{version}.rng")))


RNG = {2: relaxng(2), 3: relaxng(3)}


def check_tbx_valid(text: str, version: int) -> etree._Element:
    document = etree.fromstring(text.encode("utf-8"))
    schema = RNG[version]
    assert schema.validate(document), schema.error_log.filter_from_errors()[:3]
    ids = [e.get("id") for e in document.iter() if e.get("id") is not None]
    assert len(ids) == len(set(ids))
    targets = [e.get("target") for e in document.iter() if e.get("target") is not None]
    assert set(targets) <= set(ids)  # every IDREF points inside the file
    return document


@pytest.mark.parametrize("version", [2, 3])
@pytest.mark.parametrize("lang_pair", ["vi-en", "en-vi"])
@pytest.mark.parametrize("glossary", [MINI, BUNDLED], ids=["mini", "bundled"])
def test_tbx_passes_the_tbx_basic_schema(version: int, lang_pair: str, glossary: Glossary) -> None:
    write = to_tbx3 if version == 3 else to_tbx
    check_tbx_valid(write(glossary, lang_pair=lang_pair, glossary=glossary), version)


@pytest.mark.parametrize("version", [2, 3])
def test_tbx_filtered_export_keeps_references_inside(version: int) -> None:
    # vn.mpi's successor vn.mof is left out: the reference becomes a note, not a dangling IDREF.
    terms = [MINI.get("vn.mpi")]
    write = to_tbx3 if version == 3 else to_tbx
    document = check_tbx_valid(write(terms, glossary=MINI), version)
    notes = [e.text for e in document.iter() if etree.QName(e).localname == "note"]
    assert any("succeeded by Ministry of Finance" in (n or "") for n in notes)


BROKEN = [
    ("no id", lambda t: re.sub(r' id="[^"]*"', "", t, count=1)),
    ("bad status", lambda t: t.replace("preferredTerm-admn-sts", "preferred", 1)),
    ("bad term type", lambda t: t.replace(">fullForm<", ">full form<", 1)),
    ("subjectField in a term", lambda t: t.replace('type="termType"', 'type="subjectField"', 1)),
    ("no language", lambda t: re.sub(r'(<lang(?:Sec|Set)) xml:lang="[^"]*"', r"\1", t, count=1)),
]


@pytest.mark.parametrize("version", [2, 3])
@pytest.mark.parametrize(("name", "damage"), BROKEN, ids=[b[0] for b in BROKEN])
def test_the_schemas_reject_what_tbx_basic_forbids(version: int, name: str, damage: object) -> None:
    write = to_tbx3 if version == 3 else to_tbx
    text = damage(write(MINI, glossary=MINI))  # type: ignore[operator]
    assert not RNG[version].validate(etree.fromstring(text.encode("utf-8"))), name


def test_tbx3_fields_sit_in_their_elements() -> None:
    ns = {"t": "urn:iso:std:iso:30042:ed-2"}
    document = check_tbx_valid(to_tbx3(MINI, glossary=MINI), 3)
    assert document.tag == "{urn:iso:std:iso:30042:ed-2}tbx"
    assert (document.get("type"), document.get("style")) == ("TBX-Basic", "dca")
    mpi = document.find("t:text/t:body/t:conceptEntry[@id='vn.mpi']", ns)
    assert mpi is not None
    assert mpi.findtext("t:descrip[@type='subjectField']", namespaces=ns) == "ministry"
    assert [a.text for a in mpi.findall("t:admin[@type='source']", ns)] == list(
        MINI.get("vn.mpi").sources
    )
    assert mpi.find("t:ref[@type='crossReference']", ns).get("target") == "vn.mof"  # type: ignore[union-attr]
    vi = mpi.find("t:langSec[@{http://www.w3.org/XML/1998/namespace}lang='vi']", ns)
    first = vi.find("t:termSec", ns)  # type: ignore[union-attr]
    assert first.findtext("t:term", namespaces=ns) == MINI.get("vn.mpi").vi  # type: ignore[union-attr]
    notes = {n.get("type"): n.text for n in first.findall("t:termNote", ns)}  # type: ignore[union-attr]
    assert notes == {
        "termType": "fullForm",
        "administrativeStatus": "supersededTerm-admn-sts",  # ended 2025-02-28
    }
    moit = document.find("t:text/t:body/t:conceptEntry[@id='vn.moit']", ns)
    assert moit is not None
    sections = moit.iter("{urn:iso:std:iso:30042:ed-2}termSec")
    types = {
        s.findtext("t:term", namespaces=ns): s.findtext(
            "t:termNote[@type='termType']", namespaces=ns
        )
        for s in sections
    }
    assert (types["BCT"], types["MOIT"], types["Bộ Công thương"]) == (
        "acronym",
        "acronym",
        "variant",
    )


# --- TSV: the lines OmegaT gets ------------------------------------------------------------------


def tsv_sources(text: str) -> dict[str, str]:
    return {line.split("\t")[0]: line.split("\t")[1] for line in text.splitlines()}


@pytest.mark.parametrize(
    ("spelling", "target"),
    [
        ("Thượng nghị sỹ", "Senator"),
        ("Thượng nghị sĩ", "Senator"),
        ("Bộ Nông nghiệp và Phát triển nông thôn", "Ministry of Agriculture and Rural Development"),
        ("MOIT", "Ministry of Industry and Trade"),  # English abbreviation in Vietnamese text
        ("BCT", "Ministry of Industry and Trade"),
        ("Hoa Kỳ", "United States"),
        ("Hoa Kì", "United States"),
    ],
)
def test_tsv_vi_en_has_a_line_per_spelling(spelling: str, target: str) -> None:
    assert tsv_sources(to_tsv(MINI, glossary=MINI))[spelling] == target


@pytest.mark.parametrize("form", ["Pháp", "Ý", "Nga", "Quyền", "Mỹ", "Lào"])
def test_tsv_leaves_one_syllable_names_out_of_bare_lines(form: str) -> None:
    # They are also ordinary words (biện pháp, ý kiến, chính quyền, thẩm mỹ): OmegaT,
    # which matches without case, would find them everywhere.
    sources = {s.casefold() for s in tsv_sources(to_tsv(BUNDLED, glossary=BUNDLED))}
    assert form.casefold() not in sources


def test_tsv_bundled_keeps_the_press_spellings() -> None:
    sources = tsv_sources(to_tsv(BUNDLED, glossary=BUNDLED))
    assert sources["Thượng nghị sỹ"] == BUNDLED.get("title.senator").en
    for abbr in ("IPEF", "TIFA", "MOIT"):
        assert abbr in sources, abbr
    assert any(s.startswith("Đảng Cộng hoà") for s in sources)  # new tone style too
    assert "Campuchia" in sources  # a one-word name of several syllables stays


def test_tsv_en_vi_leaves_vietnamese_abbreviations_out() -> None:
    sources = tsv_sources(to_tsv(MINI, lang_pair="en-vi", glossary=MINI))
    assert sources["MOIT"] == "Bộ Công Thương"
    assert "BCT" not in sources
    assert sources["Secretary"] == "Bộ trưởng"  # the English for a US office


def test_tsv_comments_are_short() -> None:
    for line in to_tsv(BUNDLED, glossary=BUNDLED).splitlines():
        comment = line.split("\t")[2]
        assert len(comment) <= 260, comment
        assert "\n" not in comment
        assert "[" not in comment.split(";")[0]


@given(st.sampled_from(sorted({f for t in BUNDLED for f in (t.vi, *t.vi_variants)})))
def test_spellings_all_fold_to_the_form(form: str) -> None:
    found = spellings(form)
    assert found[0] == form
    assert len(set(found)) == len(found)
    assert {fold(s) for s in found} == {fold(form)}


# --- HTML: one self-contained page ---------------------------------------------------------------


def page_data(page: str) -> dict[str, object]:
    found = re.search(r'<script id="vnus-data" type="application/json">(.*?)</script>', page, re.S)
    assert found is not None
    data: dict[str, object] = json.loads(found[1])
    return data


def test_html_is_self_contained() -> None:
    page = to_html(MINI, glossary=MINI)
    assert page.startswith("<!DOCTYPE html>")
    # Nothing is fetched: no external script, style, image, font or frame.
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:|//)""", page)
    assert "<link" not in page
    assert "@import" not in page
    assert "url(" not in page
    assert "default-src 'none'" in page


def test_html_carries_every_entry_with_both_languages_and_history() -> None:
    data = page_data(to_html(MINI, glossary=MINI))
    entries = {e["id"]: e for e in data["entries"]}  # type: ignore[attr-defined]
    assert set(entries) == {t.id for t in MINI}
    mpi = entries["vn.mpi"]
    assert (mpi["vi"], mpi["en"], mpi["status"]) == (
        MINI.get("vn.mpi").vi,
        MINI.get("vn.mpi").en,
        "historic",
    )
    assert mpi["valid_until"] == "2025-02-28"
    assert [s["id"] for s in mpi["successors"]] == ["vn.mof"]
    assert [p["id"] for p in entries["vn.mof"]["predecessors"]] == ["vn.mpi"]
    assert mpi["sources"] == list(MINI.get("vn.mpi").sources)


def test_html_escapes_what_would_end_the_script() -> None:
    term = Term("x.s", "concept", "</script><b>x", "a & b", note="</SCRIPT>", sources=("s",))
    page = to_html([term])
    assert page.count("</script>") == 2  # the data element's and the code's
    assert page_data(page)["entries"][0]["vi"] == "</script><b>x"  # type: ignore[index]


def table_fold(text: str) -> str:
    """The page's fold algorithm, step by step, on the table: what its JavaScript does."""
    table = fold_table()
    separators: list[list[int]] = table["separators"]  # type: ignore[assignment]
    exceptions: dict[str, str] = table["exceptions"]  # type: ignore[assignment]
    marks = re.compile(table["marks"])  # type: ignore[arg-type]
    letters: dict[str, str] = table["letters"]  # type: ignore[assignment]

    def is_separator(code: int) -> bool:
        return any(start <= code <= end for start, end in separators)

    def fold_char(char: str) -> str:
        code = ord(char)
        if is_separator(code):
            return " "
        if str(code) in exceptions:
            return exceptions[str(code)]
        plain = marks.sub("", unicodedata.normalize("NFD", char.lower()))
        for letter, replacement in letters.items():
            plain = plain.replace(letter, replacement)
        return "".join(" " if is_separator(ord(c)) else c for c in plain)

    folded = "".join(fold_char(c) for c in unicodedata.normalize("NFC", text))
    folded = re.sub(" {2,}", " ", folded).strip(" ")
    initials = table["iy_initials"]
    return re.sub(rf"(^| )((?:[{initials}]|qu))y(?= |$)", r"\1\2i", folded)


@pytest.mark.parametrize(
    "text",
    [
        "Thượng nghị sỹ Hoa Kỳ",
        "Bộ Kế hoạch & Đầu tư",
        "ĐẢNG CỘNG HOÀ",
        "Straße ﬁnance İstanbul ΣΊΣΥΦΟΣ",
        "hy sinh, quy hoạch, tay, tuy, y tế, Mỹ, kỳ, lý",
        "a\u00adb\u200dc\u0301 — “quote” 1½",
        "",
    ],
)
def test_the_fold_table_gives_vnus_fold(text: str) -> None:
    assert table_fold(text) == fold(text)


@given(st.text(max_size=40))
def test_the_fold_table_gives_vnus_fold_on_any_text(text: str) -> None:
    assert table_fold(text) == fold(text)
