"""The exports as the tools see them, with nothing outside Python: TBX against the
TBX-Basic schemas (tests/schemas), the TSV lines OmegaT gets, the HTML page's data and
fold table (the page's own JavaScript runs in tests/tools, in Chromium)."""

from __future__ import annotations

import csv
import datetime
import io
import json
import re
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

import vnus
from vnus.exports import COLUMNS, fold_table, spellings, to_csv, to_html, to_tbx, to_tbx3, to_tsv
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


MPI = Term(
    "vn.mpi",
    "ministry",
    "Bộ Kế hoạch và Đầu tư",
    "Ministry of Planning and Investment",
    abbr=("MPI", "BKHĐT"),
    vi_variants=("Bộ KH&ĐT",),
    en_variants=("Planning Ministry",),
    country="VN",
    valid_until=datetime.date(2025, 2, 28),
    successors=("vn.mof",),
    domain="government",
    definition="The ministry for planning and investment until 2025.",
    context="Bộ Kế hoạch và Đầu tư công bố số liệu FDI.",
    status={"Planning Ministry": "deprecated"},
    note="Merged into the Ministry of Finance on 1 March 2025.",
    sources=("Circular 03/2009/TT-BNG", "NA Resolution 176/2025/QH15"),
)
MOF = Term("vn.mof", "ministry", "Bộ Tài chính", "Ministry of Finance", sources=("s",))


def test_tbx3_fields_sit_in_their_elements() -> None:
    ns = {"t": "urn:iso:std:iso:30042:ed-2"}
    document = check_tbx_valid(to_tbx3([MPI, MOF]), 3)
    assert document.tag == "{urn:iso:std:iso:30042:ed-2}tbx"
    assert (document.get("type"), document.get("style")) == ("TBX-Basic", "dca")
    mpi = document.find("t:text/t:body/t:conceptEntry[@id='vn.mpi']", ns)
    assert mpi is not None
    assert mpi.findtext("t:descrip[@type='subjectField']", namespaces=ns) == "government"
    assert mpi.findtext("t:descrip[@type='definition']", namespaces=ns) == MPI.definition
    assert [a.text for a in mpi.findall("t:admin[@type='source']", ns)] == list(MPI.sources)
    assert MPI.note in [n.text for n in mpi.findall("t:note", ns)]
    ref = mpi.find("t:ref[@type='crossReference']", ns)
    assert ref is not None
    assert ref.get("target") == "vn.mof"
    lang = "{http://www.w3.org/XML/1998/namespace}lang"
    sections = {
        (ls.get(lang), ts.findtext("t:term", namespaces=ns)): ts
        for ls in mpi.findall("t:langSec", ns)
        for ts in ls.findall("t:termSec", ns)
    }

    def notes(key: tuple[str, str]) -> dict[str | None, str | None]:
        return {n.get("type"): n.text for n in sections[key].findall("t:termNote", ns)}

    assert notes(("vi", MPI.vi)) == {
        "termType": "fullForm",
        "administrativeStatus": "supersededTerm-admn-sts",  # the name ended 2025-02-28
    }
    assert notes(("vi", "BKHĐT"))["termType"] == "acronym"
    assert notes(("en", "MPI"))["termType"] == "acronym"
    assert notes(("vi", "Bộ KH&ĐT"))["termType"] == "variant"
    assert notes(("en", "Planning Ministry"))["administrativeStatus"] == "deprecatedTerm-admn-sts"
    # the example sentence sits with the form it uses, and only there
    contexts = {
        k: ts.findtext("t:descrip[@type='context']", namespaces=ns) for k, ts in sections.items()
    }
    assert contexts.pop(("vi", MPI.vi)) == MPI.context
    assert set(contexts.values()) == {None}
    mof = document.find("t:text/t:body/t:conceptEntry[@id='vn.mof']", ns)
    first = mof.find("t:langSec/t:termSec", ns)  # type: ignore[union-attr]
    assert first.findtext("t:termNote[@type='administrativeStatus']", namespaces=ns) == (  # type: ignore[union-attr]
        "preferredTerm-admn-sts"
    )


SENATOR = Term(
    "title.senator",
    "title",
    "Thượng nghị sĩ",
    "Senator",
    vi_variants=("Nghị sĩ Thượng viện",),
    status={"Nghị sĩ Thượng viện": "deprecated"},
    sources=("s",),
)


def _tbx_terms(tbx: str) -> dict[tuple[str | None, str | None], dict[str | None, str | None]]:
    lang = "{http://www.w3.org/XML/1998/namespace}lang"
    return {
        (ls.get(lang), tig.findtext("term")): {
            n.get("type"): n.text for n in (*tig.findall("termNote"), *tig.findall("note"))
        }
        for ls in etree.fromstring(tbx.encode("utf-8")).iter("langSet")
        for tig in ls.findall("tig")
    }


def test_tbx_vi_en_has_the_spellings_a_tool_must_find() -> None:
    tbx = to_tbx([SENATOR])
    check_tbx_valid(tbx, 2)
    found = _tbx_terms(tbx)
    assert found[("vi", "Thượng nghị sỹ")] == {
        "termType": "variant",
        "administrativeStatus": "admittedTerm-admn-sts",  # the name itself is preferred
        None: "spelling of Thượng nghị sĩ",
    }
    # a spelling of a deprecated form is deprecated too
    spelled = found[("vi", "Nghị sỹ Thượng viện")]
    assert spelled["administrativeStatus"] == "deprecatedTerm-admn-sts"
    assert ("en", "Thượng nghị sỹ") not in found  # a langSet holds one language


def test_tbx_en_vi_keeps_the_names_as_written() -> None:
    found = _tbx_terms(to_tbx([SENATOR], lang_pair="en-vi"))
    assert set(found) == {
        ("en", "Senator"),
        ("vi", "Thượng nghị sĩ"),
        ("vi", "Nghị sĩ Thượng viện"),
    }


@pytest.mark.parametrize("version", [2, 3])
def test_tbx_spellings_are_not_repeated(version: int) -> None:
    write = to_tbx3 if version == 3 else to_tbx
    document = check_tbx_valid(write(BUNDLED, glossary=BUNDLED), version)
    for entry in document.iter():
        if entry.tag.endswith(("langSet", "langSec")):
            forms = [t.text for t in entry.iter() if t.tag.endswith("}term") or t.tag == "term"]
            assert len(forms) == len(set(forms)), forms


def test_term_base_fields_reach_every_format() -> None:
    row = dict(
        zip(
            COLUMNS,
            next(csv.reader(io.StringIO(to_csv([MPI])[1:].split("\r\n", 1)[1]))),
            strict=True,
        )
    )
    assert (row["domain"], row["definition"], row["context"]) == (
        MPI.domain,
        MPI.definition,
        MPI.context,
    )
    assert row["avoid"] == "Planning Ministry (deprecated)"
    en_vi = tsv_sources(to_tsv([MPI], lang_pair="en-vi"))
    assert en_vi["Planning Ministry"] == MPI.vi
    line = next(
        x for x in to_tsv([MPI], lang_pair="en-vi").splitlines() if x.startswith("Planning")
    )
    assert "deprecated: use Ministry of Planning and Investment" in line
    entry = page_data(to_html([MPI]))["entries"][0]  # type: ignore[index]
    assert entry["definition"] == MPI.definition
    assert entry["avoid"] == ["Planning Ministry (deprecated)"]


def test_tsv_targets_the_preferred_form() -> None:
    term = Term(
        "x.vn",
        "country",
        "Việt Nam",
        "Vietnam",
        en_variants=("Viet Nam",),
        status={"Vietnam": "admitted", "Viet Nam": "preferred"},
        sources=("s",),
    )
    assert set(tsv_sources(to_tsv([term])).values()) == {"Viet Nam"}


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


def test_tsv_comment_groups_the_english_by_country() -> None:
    line = next(
        line.split("\t")[2]
        for line in to_tsv(BUNDLED, glossary=BUNDLED).splitlines()
        if line.startswith("Ngoại trưởng\t")
    )
    assert "English for US: Secretary of State, AU/SG/JP: Minister for Foreign Affairs" in line
    assert "GB: Foreign Secretary" in line


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
