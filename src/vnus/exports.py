"""The glossary for people and CAT tools: a card per term, and TSV, CSV, XLSX, TBX, JSON, HTML.

- :func:`to_tsv` — OmegaT's glossary: ``source<TAB>target<TAB>comment``, UTF-8, one line
  per spelling a translator meets (OmegaT matches exactly); save it as ``.txt`` or
  ``.utf8`` in the project's ``glossary/`` folder.
- :func:`to_csv` and :func:`to_xlsx` — one row per concept, one column per language and
  field (:data:`COLUMNS`), for memoQ, Trados (MultiTerm Convert), Phrase and spreadsheets;
  the CSV is UTF-8 with a byte-order mark.
- :func:`to_tbx` — TBX-Basic in the TBX v2 ``martif`` form (OmegaT, MultiTerm,
  translate-toolkit); :func:`to_tbx3` — TBX-Basic in TBX v3 (ISO 30042:2019, DCA style).
- :func:`to_json` — a list of entries with the field names of the TOML format.
- :func:`to_html` — one self-contained, offline page to search the glossary in a browser.

>>> from vnus.glossary import Term
>>> moit = Term("vn.moit", "ministry", "Bộ Công Thương", "Ministry of Industry and Trade",
...             country="VN", abbr=("MOIT", "BCT"), sources=("Circular 03/2009/TT-BNG",))
>>> print(to_tsv([moit]), end="")
Bộ Công Thương	Ministry of Industry and Trade	ministry, VN; abbr. MOIT, BCT
MOIT	Ministry of Industry and Trade	= Bộ Công Thương (English abbr.)
BCT	Ministry of Industry and Trade	= Bộ Công Thương (abbr.)
"""

from __future__ import annotations

import csv
import datetime
import functools
import io
import json
import re
import textwrap
import unicodedata
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Iterable, Mapping, Sequence
from importlib import resources
from typing import TYPE_CHECKING, Literal

from vnus import lexicon
from vnus.errors import require_str
from vnus.glossary import CELL_JOIN, abbr_language
from vnus.text import fold, normalize

if TYPE_CHECKING:
    from vnus.glossary import Glossary, Term

__all__ = [
    "COLUMNS",
    "CSV_HEADER",
    "FORMATS",
    "JOIN",
    "abbr_language",
    "describe",
    "export",
    "fold_table",
    "format_for_path",
    "spellings",
    "to_csv",
    "to_html",
    "to_json",
    "to_tbx",
    "to_tbx3",
    "to_tsv",
    "to_xlsx",
]

Language = Literal["vi", "en"]
FORMATS = ("csv", "tsv", "tbx", "tbx3", "xlsx", "json", "html")
#: The columns of the CSV and XLSX exports: one row per concept, one language per column.
COLUMNS = (
    "id",
    "kind",
    "domain",
    "country",
    "vi",
    "vi_variants",
    "vi_abbreviations",
    "en",
    "en_variants",
    "en_abbreviations",
    "avoid",
    "status",
    "valid_from",
    "valid_until",
    "successors",
    "definition",
    "context",
    "note",
    "sources",
)
CSV_HEADER = COLUMNS
JOIN = CELL_JOIN  # between the values of a multi-valued CSV or XLSX cell
_EXTENSIONS = {
    ".csv": "csv",
    ".tsv": "tsv",
    ".txt": "tsv",
    ".utf8": "tsv",
    ".tab": "tsv",
    ".tbx": "tbx",
    ".xlsx": "xlsx",
    ".json": "json",
    ".html": "html",
    ".htm": "html",
}
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
TBX3_NAMESPACE = "urn:iso:std:iso:30042:ed-2"


def format_for_path(path: str) -> str | None:
    """The export format a file name asks for (``.txt``/``.utf8`` are OmegaT's TSV).

    >>> format_for_path("glossary/vnus.utf8"), format_for_path("terms.xlsx")
    ('tsv', 'xlsx')
    """
    lowered = require_str(path, "path").lower()
    for extension, name in _EXTENSIONS.items():
        if lowered.endswith(extension):
            return name
    return None


def _term_list(terms: object) -> list[Term]:
    """``terms`` as a list; a TypeError naming the type when it is not Terms."""
    from vnus.glossary import Term

    if isinstance(terms, str | bytes) or not isinstance(terms, Iterable):
        raise TypeError(f"terms must be an iterable of Term, not {type(terms).__name__}")
    items = list(terms)
    for item in items:
        if not isinstance(item, Term):
            raise TypeError(f"terms must hold Term objects, not {type(item).__name__}")
    return items


def _pair(lang_pair: str) -> tuple[Language, Language]:
    if lang_pair == "vi-en":
        return "vi", "en"
    if lang_pair == "en-vi":
        return "en", "vi"
    raise ValueError(f"lang_pair must be 'vi-en' or 'en-vi' (got {lang_pair!r})")


def _abbrs(term: Term, language: Language) -> tuple[str, ...]:
    return tuple(a for a in term.abbr if abbr_language(term, a) == language)


def _variants(term: Term, language: Language) -> tuple[str, ...]:
    return term.vi_variants if language == "vi" else term.en_variants


_TBX_STATUS = {
    "preferred": "preferredTerm-admn-sts",
    "admitted": "admittedTerm-admn-sts",
    "deprecated": "deprecatedTerm-admn-sts",
    "obsolete": "supersededTerm-admn-sts",
}


def _form_status(term: Term, form: str) -> str:
    """The status of one form (preferred, admitted, deprecated, obsolete)."""
    return term.status.get(form, "preferred" if form in (term.vi, term.en) else "admitted")


def _preferred(term: Term, language: Language) -> str:
    """The form a translation into ``language`` should use: the canonical name, unless
    the entry marks it otherwise and another form of that language is preferred."""
    canonical: str = getattr(term, language)
    if _form_status(term, canonical) == "preferred":
        return canonical
    for form in (*_variants(term, language), *_abbrs(term, language)):
        if _form_status(term, form) == "preferred":
            return form
    return canonical


def _avoided(term: Term) -> list[str]:
    """The forms marked deprecated or obsolete, each with its status: "Vietnam (admitted)"."""
    return [
        f"{form} ({status})"
        for form in term.forms()
        if (status := _form_status(term, form)) in ("deprecated", "obsolete")
    ]


def _names(terms: Sequence[Term], glossary: Glossary | None) -> dict[str, Term]:
    known = {t.id: t for t in terms}
    if glossary is not None:
        known.update((t.id, t) for t in glossary)
    return known


def _validity(term: Term) -> str | None:
    start, end = term.valid_from, term.valid_until
    if start and end:
        return f"valid {start.isoformat()} to {end.isoformat()}"
    if start:
        return f"valid from {start.isoformat()}"
    if end:
        return f"valid until {end.isoformat()}"
    return None


def _status(term: Term, today: datetime.date | None = None) -> str:
    """``current``, ``historic`` (the name ended) or ``future`` (not yet in use)."""
    day = today or datetime.date.today()
    if term.valid_until is not None and term.valid_until < day:
        return "historic"
    if term.valid_from is not None and term.valid_from > day:
        return "future"
    return "current"


def _one_line(text: str) -> str:
    return " ".join(text.split())


_SENTENCE_END_RE = re.compile(r"[.!?](?:\s|$)")


def _first_sentence(text: str, limit: int = 110) -> str:
    """The note's first sentence, cut at ``limit`` characters: a TSV comment stays short."""
    line = _one_line(text)
    end = _SENTENCE_END_RE.search(line)
    sentence = line[: end.end()].strip() if end else line
    return sentence if len(sentence) <= limit else sentence[: limit - 1].rstrip() + "…"


# --- spellings: what an exact-match tool needs one line for -----------------------------------


def _iy_swaps() -> dict[str, str]:
    swaps: dict[str, str] = {}
    for one, other in lexicon.table("spelling", "iy_pairs"):
        swaps[one] = other
        swaps[other] = one
    return swaps


_WORD_RE = re.compile(r"\w+")


def _swap_iy(text: str, swaps: Mapping[str, str]) -> list[str]:
    """``text`` with each word of an i/y pair written the other way (all such words
    together, then each alone), capitals kept."""
    words = [(m.start(), m.end()) for m in _WORD_RE.finditer(text) if m[0].lower() in swaps]
    if not words:
        return []

    def swapped(indices: Iterable[int]) -> str:
        out, last = [], 0
        for index in sorted(indices):
            start, end = words[index]
            word = text[start:end]
            other = swaps[word.lower()]
            if word[:1].isupper():
                other = other[:1].upper() + other[1:]
            out += [text[last:start], other]
            last = end
        return "".join(out) + text[last:]

    every = range(len(words))
    found = [swapped(every)]
    if len(words) > 1:
        found += [swapped([index]) for index in every]
    return found


def spellings(form: str, language: Language = "vi") -> tuple[str, ...]:
    """The spellings of a form that an exact-match tool needs a line for: the form, its
    tone placement in both styles (hòa/hoà) and the i/y spellings the press uses (sĩ/sỹ,
    from the ``spelling`` lexicon). English forms have only themselves.

    >>> spellings("Thượng nghị sĩ")
    ('Thượng nghị sĩ', 'Thượng nghị sỹ')
    >>> spellings("Đảng Cộng hòa")
    ('Đảng Cộng hòa', 'Đảng Cộng hoà')
    >>> spellings("Senate", "en")
    ('Senate',)
    """
    require_str(form, "form")
    if language == "en":
        return (form,)
    swaps = _iy_swaps()
    found = [form]
    for spelling in (form, *_swap_iy(form, swaps)):
        found += [spelling, normalize(spelling), normalize(spelling, tone_style="new")]
    return tuple(dict.fromkeys(found))


# One Vietnamese syllable, folded: initial consonant(s), one to three vowels, a final.
_SYLLABLE_RE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?"
)


def _ordinary(term: Term) -> frozenset[str]:
    """The folded forms of ``term`` that are also ordinary words, which an exact, case-blind
    matcher would find everywhere ("pháp luật" is not France): the forms the entry lists
    under ``ordinary``, and every Vietnamese name of one syllable (Pháp, Ý, Nga, Quyền,
    Mỹ), which is nearly always a common word too ("Campuchia" is not one syllable)."""
    marked = {fold(form) for form in term.ordinary}
    marked.update(
        key for form in (term.vi, *term.vi_variants) if _SYLLABLE_RE.fullmatch(key := fold(form))
    )
    return frozenset(marked)


# --- TSV for OmegaT -----------------------------------------------------------------------------


def _by_country(en_by_country: Mapping[str, str], limit: int = 140) -> str:
    """A term's English by country for a TSV comment, the countries that share one English
    together ("AU/SG: Minister for Foreign Affairs"), cut after the last whole entry
    within ``limit`` characters: a comment stays short however many countries a title
    lists."""
    grouped: dict[str, list[str]] = {}
    for country, english in en_by_country.items():
        grouped.setdefault(english, []).append(country)
    entries = [f"{'/'.join(countries)}: {english}" for english, countries in grouped.items()]
    text = "English for " + entries[0]
    for entry in entries[1:]:
        longer = f"{text}, {entry}"
        if len(longer) > limit:
            return f"{text}, …"
        text = longer
    return text


def _comment(term: Term, known: dict[str, Term], target: Language) -> str:
    """The comment of a term's first TSV line: what a translator needs beside the target."""
    parts = [", ".join(filter(None, (term.kind, term.country)))]
    if term.abbr:
        parts.append("abbr. " + ", ".join(term.abbr))
    validity = _validity(term)
    if validity:
        parts.append(validity)
    for ident in term.successors:
        successor = known.get(ident)
        name = getattr(successor, target) if successor else ident
        parts.append(f"then {name}")
    if term.en_by_country and target == "en":
        parts.append(_by_country(term.en_by_country))
    if term.definition:
        parts.append(_first_sentence(term.definition))
    elif term.note:
        parts.append(_first_sentence(term.note))
    return _one_line("; ".join(parts))


def _tsv_lines(
    term: Term, source: Language, target: Language, known: dict[str, Term]
) -> list[tuple[str, str, str]]:
    main_source, main_target = getattr(term, source), _preferred(term, target)
    ordinary = _ordinary(term)
    short = f"= {main_source}"

    def remark(form: str) -> str:
        status = _form_status(term, form)
        return f" ({status}: use {main_source})" if status in ("deprecated", "obsolete") else ""

    candidates: list[tuple[str, str]] = []
    for spelling in spellings(main_source, source):
        candidates.append((spelling, _comment(term, known, target) + remark(main_source)))
    for variant in _variants(term, source):
        for spelling in spellings(variant, source):
            candidates.append((spelling, short + remark(variant)))
    if source == "vi":  # English abbreviations appear in Vietnamese text too: "IPEF", "MOIT"
        candidates += [(abbr, f"{short} (English abbr.)") for abbr in _abbrs(term, "en")]
        candidates += [(abbr, f"{short} (abbr.)") for abbr in _abbrs(term, "vi")]
    else:  # Vietnamese abbreviations (BCT) do not appear in English text
        candidates += [(abbr, f"{short} (abbr.)") for abbr in _abbrs(term, "en")]
        candidates += [(name, f"{short} (for {code})") for code, name in term.en_by_country.items()]
    lines, seen = [], set()
    for text, comment in candidates:
        key = text.casefold()  # OmegaT matches without case: one line per spelling
        if key in seen or fold(text) in ordinary:
            continue
        seen.add(key)
        lines.append((text, main_target, comment))
    return lines


def to_tsv(
    terms: Iterable[Term], *, lang_pair: str = "vi-en", glossary: Glossary | None = None
) -> str:
    """OmegaT's glossary format: ``source<TAB>target<TAB>comment`` per line, UTF-8.

    OmegaT finds only exact (case-blind) matches, so each spelling a translator meets
    has its own line, with the canonical target: the canonical name, the variants, both
    tone styles and the press's i/y spellings of each (:func:`spellings`), and the
    abbreviations that appear in source text (English and Vietnamese ones in Vietnamese
    text, English ones in English text). A form that is also an ordinary word ("Pháp",
    "Ý", "Nga", "Quyền": biện pháp, ý kiến, chính quyền) has no line of its own: it
    stays inside the longer forms that contain it. The first line of a term carries the
    comment; the others say which term they spell.
    """
    source, target = _pair(lang_pair)
    terms = _term_list(terms)
    known = _names(terms, glossary)
    rows = [line for term in terms for line in _tsv_lines(term, source, target, known)]
    return "".join("\t".join(_one_line(cell) for cell in row) + "\n" for row in rows)


# --- CSV and XLSX: one row per concept, one language per column ---------------------------------


def _row(term: Term, known: Mapping[str, Term]) -> list[str]:
    successors = [f"{known[i].en} [{i}]" if i in known else f"[{i}]" for i in term.successors]
    values: dict[str, str] = {
        "id": term.id,
        "kind": term.kind,
        "country": term.country or "",
        "vi": term.vi,
        "vi_variants": JOIN.join(term.vi_variants),
        "vi_abbreviations": JOIN.join(_abbrs(term, "vi")),
        "en": term.en,
        "en_variants": JOIN.join(
            (*term.en_variants, *(f"{n} ({c})" for c, n in term.en_by_country.items()))
        ),
        "en_abbreviations": JOIN.join(_abbrs(term, "en")),
        "avoid": JOIN.join(_avoided(term)),
        "status": _status(term),
        "valid_from": term.valid_from.isoformat() if term.valid_from else "",
        "valid_until": term.valid_until.isoformat() if term.valid_until else "",
        "successors": JOIN.join(successors),
        "sources": JOIN.join(term.sources),
        "note": term.note or "",
        "domain": term.domain or "",
        "definition": term.definition or "",
        "context": term.context or "",
    }
    return [values[column] for column in COLUMNS]


def _rows(terms: Iterable[Term], glossary: Glossary | None) -> list[list[str]]:
    items = _term_list(terms)
    known = _names(items, glossary)
    return [_row(term, known) for term in items]


def to_csv(terms: Iterable[Term], *, glossary: Glossary | None = None) -> str:
    """A byte-order mark, the header :data:`COLUMNS`, then one row per concept; several
    values in one cell are joined by ``" | "``. Save it as UTF-8: with the mark, Excel
    and LibreOffice open it as UTF-8 without asking."""
    buffer = io.StringIO()
    buffer.write("\ufeff")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    writer.writerows(_rows(terms, glossary))
    return buffer.getvalue()


_XML_BAD_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _xml_text(text: str) -> str:
    """Text for an XML element: characters XML 1.0 cannot carry are left out."""
    return _XML_BAD_RE.sub("", text)


def _column_name(index: int) -> str:
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(ord("A") + rest) + name
    return name


_SHEET_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"


def _xml(root: ET.Element) -> bytes:
    body: bytes = ET.tostring(root, encoding="utf-8", xml_declaration=False)
    return b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' + body


def _sheet(rows: list[list[str]], strings: dict[str, int]) -> bytes:
    worksheet = ET.Element("worksheet", xmlns=_SHEET_NS)
    views = ET.SubElement(ET.SubElement(worksheet, "sheetViews"), "sheetView", workbookViewId="0")
    ET.SubElement(
        views, "pane", ySplit="1", topLeftCell="A2", activePane="bottomLeft", state="frozen"
    )
    columns = ET.SubElement(worksheet, "cols")
    for index, name in enumerate(COLUMNS):
        wide = (
            "vi",
            "en",
            "sources",
            "note",
            "vi_variants",
            "en_variants",
            "definition",
            "context",
        )
        width = 40 if name in wide else 14
        ET.SubElement(
            columns,
            "col",
            min=str(index + 1),
            max=str(index + 1),
            width=str(width),
            customWidth="1",
        )
    data = ET.SubElement(worksheet, "sheetData")
    for number, values in enumerate(rows, start=1):
        row = ET.SubElement(data, "row", r=str(number))
        for index, value in enumerate(values):
            if not value:
                continue
            cell = ET.SubElement(row, "c", r=f"{_column_name(index)}{number}", t="s")
            if number == 1:
                cell.set("s", "1")
            ET.SubElement(cell, "v").text = str(strings.setdefault(_xml_text(value), len(strings)))
    ET.SubElement(worksheet, "autoFilter", ref=f"A1:{_column_name(len(COLUMNS) - 1)}{len(rows)}")
    return _xml(worksheet)


def _shared_strings(strings: dict[str, int], count: int) -> bytes:
    table = ET.Element("sst", xmlns=_SHEET_NS, count=str(count), uniqueCount=str(len(strings)))
    for text in strings:  # dicts keep insertion order: index order
        item = ET.SubElement(ET.SubElement(table, "si"), "t")
        item.text = text
        if text != text.strip():
            item.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    return _xml(table)


_OOXML = "application/vnd.openxmlformats-"
_SHEET_TYPE = _OOXML + "officedocument.spreadsheetml."
_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    f'<Default Extension="rels" ContentType="{_OOXML}package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    + "".join(
        f'<Override PartName="{part}" ContentType="{kind}"/>'
        for part, kind in (
            ("/xl/workbook.xml", _SHEET_TYPE + "sheet.main+xml"),
            ("/xl/worksheets/sheet1.xml", _SHEET_TYPE + "worksheet+xml"),
            ("/xl/sharedStrings.xml", _SHEET_TYPE + "sharedStrings+xml"),
            ("/xl/styles.xml", _SHEET_TYPE + "styles+xml"),
            ("/docProps/core.xml", _OOXML + "package.core-properties+xml"),
        )
    )
    + "</Types>"
)
_STYLES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    f'<styleSheet xmlns="{_SHEET_NS}">'
    '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>'
    '<font><b/><sz val="11"/><name val="Calibri"/></font></fonts>'
    '<fills count="2"><fill><patternFill patternType="none"/></fill>'
    '<fill><patternFill patternType="gray125"/></fill></fills>'
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>'
    "</styleSheet>"
)


def to_xlsx(
    terms: Iterable[Term], *, glossary: Glossary | None = None, sheet: str = "glossary"
) -> bytes:
    """An Excel workbook (Office Open XML) with the rows of :func:`to_csv`: a bold,
    frozen header row of :data:`COLUMNS` with a filter, then one row per concept.
    memoQ, Trados (MultiTerm Convert), Phrase, Excel and LibreOffice open it."""
    from vnus import __version__

    rows = [list(COLUMNS), *_rows(terms, glossary)]
    strings: dict[str, int] = {}
    sheet_xml = _sheet(rows, strings)
    cells = sum(1 for row in rows for value in row if value)
    workbook = ET.Element("workbook", {"xmlns": _SHEET_NS, "xmlns:r": _REL_NS})
    sheets = ET.SubElement(workbook, "sheets")
    ET.SubElement(sheets, "sheet", {"name": sheet[:31], "sheetId": "1", "r:id": "rId1"})
    workbook_rels = ET.Element("Relationships", xmlns=_PKG_REL_NS)
    for ident, kind, target in (
        ("rId1", "worksheet", "worksheets/sheet1.xml"),
        ("rId2", "sharedStrings", "sharedStrings.xml"),
        ("rId3", "styles", "styles.xml"),
    ):
        ET.SubElement(
            workbook_rels, "Relationship", Id=ident, Type=f"{_REL_NS}/{kind}", Target=target
        )
    package_rels = ET.Element("Relationships", xmlns=_PKG_REL_NS)
    ET.SubElement(
        package_rels,
        "Relationship",
        Id="rId1",
        Type=f"{_REL_NS}/officeDocument",
        Target="xl/workbook.xml",
    )
    ET.SubElement(
        package_rels,
        "Relationship",
        Id="rId2",
        Type=f"{_PKG_REL_NS.rsplit('/', 1)[0]}/relationships/metadata/core-properties",
        Target="docProps/core.xml",
    )
    core = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
        'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f"<dc:title>vnus glossary</dc:title><dc:creator>vnus {__version__}</dc:creator>"
        "</cp:coreProperties>"
    )
    buffer = io.BytesIO()
    stamp = (1980, 1, 1, 0, 0, 0)  # fixed: the same glossary gives the same bytes
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in (
            ("[Content_Types].xml", _CONTENT_TYPES.encode()),
            ("_rels/.rels", _xml(package_rels)),
            ("docProps/core.xml", core.encode()),
            ("xl/workbook.xml", _xml(workbook)),
            ("xl/_rels/workbook.xml.rels", _xml(workbook_rels)),
            ("xl/styles.xml", _STYLES.encode()),
            ("xl/sharedStrings.xml", _shared_strings(strings, cells)),
            ("xl/worksheets/sheet1.xml", sheet_xml),
        ):
            archive.writestr(zipfile.ZipInfo(name, stamp), data, zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


def to_json(terms: Iterable[Term]) -> str:
    """A JSON list of entries, each with the fields of the TOML format."""
    return json.dumps([t.to_dict() for t in _term_list(terms)], ensure_ascii=False, indent=2) + "\n"


# --- TBX-Basic, v2 (martif) and v3 (ISO 30042:2019) ---------------------------------------------

_ID_BAD_RE = re.compile(r"[^\w.\-]")


def _xml_id(ident: str) -> str:
    # conceptEntry/@id is an xsd:ID: a letter or _ first, no spaces.
    ident = _ID_BAD_RE.sub("_", ident)
    return ident if ident[:1].isalpha() or ident[:1] == "_" else f"id-{ident}"


class _Tbx:
    """The element names of one TBX version: v2 termEntry/langSet/tig, v3
    conceptEntry/langSec/termSec (in the ISO 30042 namespace)."""

    def __init__(self, version: int) -> None:
        self.version = version
        ns = f"{{{TBX3_NAMESPACE}}}" if version == 3 else ""
        self.ns = ns
        self.entry = ns + ("conceptEntry" if version == 3 else "termEntry")
        self.lang = ns + ("langSec" if version == 3 else "langSet")
        self.term_group = ns + ("termSec" if version == 3 else "tig")

    def sub(
        self, parent: ET.Element, name: str, text: str | None = None, **attrs: str
    ) -> ET.Element:
        element = ET.SubElement(parent, self.ns + name, attrs)
        if text is not None:  # a term is kept as written; a note or source on one line
            element.text = _xml_text(text if name == "term" else _one_line(text))
        return element


def _term_group(
    tbx: _Tbx, lang_set: ET.Element, text: str, term_type: str, status: str, note: str | None = None
) -> ET.Element:
    group = ET.SubElement(lang_set, tbx.term_group)
    tbx.sub(group, "term", text)
    tbx.sub(group, "termNote", term_type, type="termType")
    tbx.sub(group, "termNote", status, type="administrativeStatus")
    if note:
        tbx.sub(group, "note", note)
    return group


def _concept(
    tbx: _Tbx,
    body: ET.Element,
    term: Term,
    known: dict[str, Term],
    exported: set[str],
    languages: tuple[Language, Language],
) -> None:
    entry = ET.SubElement(body, tbx.entry, id=_xml_id(term.id))
    if term.domain:
        tbx.sub(entry, "descrip", term.domain, type="subjectField")
    if term.definition:
        tbx.sub(entry, "descrip", term.definition, type="definition")
    for source in term.sources:
        tbx.sub(entry, "admin", source, type="source")
    facts = [f"vnus id {term.id}", f"kind {term.kind}"]
    if term.country:
        facts.append(f"country {term.country}")
    validity = _validity(term)
    if validity:
        facts.append(validity)
    tbx.sub(entry, "note", "; ".join(facts))
    if term.note:
        tbx.sub(entry, "note", term.note)
    for ident in term.successors:
        successor = known.get(ident)
        label = f"succeeded by {successor.en}" if successor else f"succeeded by {ident}"
        if ident in exported:  # an IDREF must point inside the file
            tbx.sub(entry, "ref", label, type="crossReference", target=_xml_id(ident))
        else:
            tbx.sub(entry, "note", label)
    historic = _status(term) == "historic"
    context_form = _context_form(term)

    spelled: dict[str, str] = {}  # a spelling the tools need -> the form it spells

    def status_of(form: str) -> str:
        status = _form_status(term, spelled.get(form, form))
        if form in spelled and status == "preferred":
            status = "admitted"  # the preferred spelling is the form itself
        if historic and status in ("preferred", "admitted"):
            return "supersededTerm-admn-sts"  # the body or name no longer exists
        return _TBX_STATUS[status]

    for language in languages:
        lang_set = ET.SubElement(entry, tbx.lang, {_XML_LANG: language})
        forms: list[tuple[str, str, str | None]] = [(getattr(term, language), "fullForm", None)]
        for abbr in _abbrs(term, language):
            kind = "acronym" if abbr.replace("&", "").isupper() else "abbreviation"
            forms.append((abbr, kind, None))
        forms += [(variant, "variant", None) for variant in _variants(term, language)]
        if language == "en":
            forms += [
                (other, "variant", f"for an office of {code}")
                for code, other in term.en_by_country.items()
            ]
        elif language == languages[0]:  # Vietnamese source text: the forms a tool must find
            for form, kind, note in _source_spellings(term, forms):
                spelled.setdefault(form, (note or "").removeprefix("spelling of "))
                forms.append((form, kind, note))
        for form, kind, note in _unique_forms(forms):
            group = _term_group(tbx, lang_set, form, kind, status_of(form), note)
            if form == context_form and term.context:
                tbx.sub(group, "descrip", term.context, type="context")


def _source_spellings(
    term: Term, forms: list[tuple[str, str, str | None]]
) -> list[tuple[str, str, str | None]]:
    """What an exact-match tool reading Vietnamese text needs beside the names: each
    name in both tone styles and the press's i/y spellings (:func:`spellings`). (English
    abbreviations stay in the English langSet: a langSet holds one language.)"""
    extra: list[tuple[str, str, str | None]] = []
    for form, kind, _ in forms:
        if kind in ("fullForm", "variant"):
            extra += [(s, "variant", f"spelling of {form}") for s in spellings(form)[1:]]
    return extra


def _unique_forms(
    forms: list[tuple[str, str, str | None]],
) -> list[tuple[str, str, str | None]]:
    seen: set[str] = set()
    unique = []
    for form in forms:
        if form[0] not in seen:
            seen.add(form[0])
            unique.append(form)
    return unique


def _context_form(term: Term) -> str | None:
    """The form the entry's example sentence uses (the longest one found in it)."""
    if not term.context:
        return None
    sentence = f" {fold(term.context)} "
    found = [f for f in term.forms() if fold(f) and f" {fold(f)} " in sentence]
    return max(found, key=len) if found else None


def _tbx(
    version: int,
    terms: Iterable[Term],
    lang_pair: str,
    glossary: Glossary | None,
    title: str,
) -> ET.Element:
    from vnus import __version__

    tbx = _Tbx(version)
    languages = _pair(lang_pair)
    terms = _term_list(terms)
    known = _names(terms, glossary)
    exported = {t.id for t in terms}
    if version == 3:
        root = ET.Element(
            tbx.ns + "tbx", {"type": "TBX-Basic", "style": "dca", _XML_LANG: languages[0]}
        )
        header = tbx.sub(root, "tbxHeader")
    else:
        root = ET.Element("martif", {"type": "TBX-Basic", _XML_LANG: languages[0]})
        header = tbx.sub(root, "martifHeader")
    file_desc = tbx.sub(header, "fileDesc")
    tbx.sub(tbx.sub(file_desc, "titleStmt"), "title", title)
    tbx.sub(
        tbx.sub(file_desc, "sourceDesc"),
        "p",
        f"Exported by vnus {__version__}: {len(terms)} terms, {lang_pair}",
    )
    if version == 2:
        tbx.sub(tbx.sub(header, "encodingDesc"), "p", "TBXBasicXCSV02.xcs", type="XCSURI")
    body = tbx.sub(tbx.sub(root, "text"), "body")
    for term in terms:
        _concept(tbx, body, term, known, exported, languages)
    return root


def to_tbx(
    terms: Iterable[Term],
    *,
    lang_pair: str = "vi-en",
    glossary: Glossary | None = None,
    title: str = "vnus glossary",
) -> str:
    """TBX-Basic in the TBX v2 ``martif`` form (the one OmegaT reads), one ``termEntry``
    per term; see :func:`to_tbx3` for the fields, which are the same."""
    root = _tbx(2, terms, lang_pair, glossary, title)
    ET.indent(root, space="  ")
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<!DOCTYPE martif SYSTEM "TBXBasiccoreStructV02.dtd">\n'
        + ET.tostring(root, encoding="unicode")
        + "\n"
    )


def to_tbx3(
    terms: Iterable[Term],
    *,
    lang_pair: str = "vi-en",
    glossary: Glossary | None = None,
    title: str = "vnus glossary",
) -> str:
    """TBX-Basic in TBX v3 (ISO 30042:2019, DCA style), one ``conceptEntry`` per term.

    At concept level: the kind as ``subjectField``, the note as ``definition``, each
    source as ``admin type="source"``, a ``note`` with the id, country and dates, and a
    successor as ``ref type="crossReference"`` (a ``note`` when the successor is not in
    the file). A ``langSec`` per language, source first, holds a ``termSec`` per form:
    the canonical name (``termType`` fullForm, ``administrativeStatus`` preferred, or
    superseded once the name ended), abbreviations (acronym or abbreviation) and
    variants (variant), both admitted. When Vietnamese is the source (``vi-en``), its
    langSec also has each Vietnamese name in both tone styles and the press's i/y
    spellings (:func:`spellings`; variant, "spelling of …", admitted or the status of
    the form spelled), which exact-match tools need to find it.
    """
    root = _tbx(3, terms, lang_pair, glossary, title)
    ET.register_namespace("", TBX3_NAMESPACE)
    ET.indent(root, space="  ")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


# --- the offline HTML page ----------------------------------------------------------------------


@functools.cache
def fold_table() -> dict[str, object]:
    """The data the HTML page's JavaScript fold needs to equal :func:`vnus.fold`.

    The page folds a string as fold() does: NFC, then per code point either a
    separator (``separators``: ranges of code points that fold to a space, unassigned
    ones included), an ``exception`` (the fold where lower-casing and stripping
    marks would differ: ß → ss, & → and, soft hyphen → nothing …), or lower case, NFD,
    the ``marks`` stripped, the ``letters`` replaced; then spaces collapsed and the i/y
    rule (``iy_initials``) applied. Everything is computed here from vnus.text, so the
    two cannot drift apart.
    """
    from vnus import text as vtext

    def char_fold(char: str) -> str:
        return " and " if char == "&" else vtext._SEPARATORS_RE.sub(" ", vtext._fold_chars(char))

    separators: list[list[int]] = []
    exceptions: dict[str, str] = {}
    marks = vtext._MARKS_RE
    plain_letters = vtext._FOLD_LETTERS

    def by_default(char: str, separator: set[int]) -> str:
        stripped = marks.sub("", unicodedata.normalize("NFD", char.lower()))
        for letter, plain in plain_letters.items():
            stripped = stripped.replace(letter, plain)
        return "".join(" " if ord(c) in separator else c for c in stripped)

    separator_points: set[int] = set()
    folds: dict[int, str] = {}
    for code in range(0x110000):
        char = chr(code)
        folded = char_fold(char)
        if folded == " ":
            separator_points.add(code)
            if separators and separators[-1][1] == code - 1:
                separators[-1][1] = code
            else:
                separators.append([code, code])
        elif folded != char:
            folds[code] = folded
    for code in range(0x110000):
        if code in separator_points:
            continue
        char = chr(code)
        folded = folds.get(code, char)
        if by_default(char, separator_points) != folded:
            exceptions[str(code)] = folded
    return {
        "separators": separators,
        "exceptions": exceptions,
        "marks": marks.pattern,
        "letters": dict(plain_letters),
        "iy_initials": "hklmst",
    }


def _page_entry(
    term: Term, glossary: Glossary | None, known: Mapping[str, Term]
) -> dict[str, object]:
    def name(ident: str) -> dict[str, str]:
        other = known.get(ident)
        return {"id": ident, "vi": other.vi if other else "", "en": other.en if other else ""}

    predecessors = [t.id for t in glossary.predecessors(term)] if glossary is not None else []
    return {
        "id": term.id,
        "kind": term.kind,
        "country": term.country or "",
        "vi": term.vi,
        "en": term.en,
        "vi_variants": list(term.vi_variants),
        "en_variants": list(term.en_variants),
        "vi_abbr": list(_abbrs(term, "vi")),
        "en_abbr": list(_abbrs(term, "en")),
        "en_by_country": dict(term.en_by_country),
        "status": _status(term),
        "valid_from": term.valid_from.isoformat() if term.valid_from else "",
        "valid_until": term.valid_until.isoformat() if term.valid_until else "",
        "successors": [name(i) for i in term.successors],
        "predecessors": [name(i) for i in predecessors],
        "parent": name(term.parent) if term.parent else None,
        "note": term.note or "",
        "sources": list(term.sources),
        "domain": term.domain or "",
        "definition": term.definition or "",
        "context": term.context or "",
        "avoid": _avoided(term),
    }


def to_html(
    terms: Iterable[Term], *, glossary: Glossary | None = None, title: str = "vnus glossary"
) -> str:
    """One self-contained HTML page (no network, no external file) to search the terms.

    Search as you type, blind to case, diacritics, tone placement and i/y — the same
    fold as :func:`vnus.fold`, built from :func:`fold_table`; filters by kind, country
    and date (names in use on that day); each entry shows both languages, the
    abbreviations and variants, its status, dates, successors, predecessors, note and
    sources. ``page.html?q=bo cong thuong`` opens with that search (also ``kind=``,
    ``country=``, ``on=``). ``/`` jumps to the search box, Tab and Enter move through
    the results.
    """
    from vnus import __version__

    items = _term_list(terms)
    known = _names(items, glossary)
    data = {
        "title": title,
        "version": __version__,
        "entries": [_page_entry(term, glossary, known) for term in items],
        "fold": fold_table(),
    }
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    payload = payload.replace("</", "<\\/")  # never closes the script element
    template = resources.files("vnus").joinpath("templates/glossary.html").read_text("utf-8")
    page = template.replace("__TITLE__", _html_escape(title)).replace("__DATA__", payload)
    return page


def _html_escape(text: str) -> str:
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    )


def export(
    terms: Iterable[Term],
    format: str,
    *,
    lang_pair: str = "vi-en",
    glossary: Glossary | None = None,
) -> str | bytes:
    """The terms in one of :data:`FORMATS`: text to save as UTF-8, or bytes for xlsx."""
    if format == "csv":
        return to_csv(terms, glossary=glossary)
    if format == "tsv":
        return to_tsv(terms, lang_pair=lang_pair, glossary=glossary)
    if format == "tbx":
        return to_tbx(terms, lang_pair=lang_pair, glossary=glossary)
    if format == "tbx3":
        return to_tbx3(terms, lang_pair=lang_pair, glossary=glossary)
    if format == "xlsx":
        return to_xlsx(terms, glossary=glossary)
    if format == "json":
        return to_json(terms)
    if format == "html":
        return to_html(terms, glossary=glossary)
    raise ValueError(f"format must be one of ({', '.join(FORMATS)}) (got {format!r})")


# --- a card for the terminal ------------------------------------------------------------------


def describe(term: Term, glossary: Glossary | None = None, *, width: int = 88) -> str:
    """A readable, aligned card: both languages, abbreviations, validity, successors
    (with their names), note and sources.

    >>> from vnus.glossary import Term
    >>> print(describe(Term("vn.moit", "ministry", "Bộ Công Thương",
    ...                     "Ministry of Industry and Trade", country="VN",
    ...                     abbr=("MOIT", "BCT"), sources=("Circular 03/2009/TT-BNG",))))
    vn.moit  ministry, VN
      vi          Bộ Công Thương
      en          Ministry of Industry and Trade
      abbr.       MOIT, BCT
      source      Circular 03/2009/TT-BNG
    """
    from vnus.glossary import Term

    if not isinstance(term, Term):
        raise TypeError(f"term must be a Term, not {type(term).__name__}")
    if isinstance(width, bool) or not isinstance(width, int):
        raise TypeError(f"width must be int, not {type(width).__name__}")
    known = _names([term], glossary)
    rows: list[tuple[str, str]] = [("vi", term.vi), ("en", term.en)]
    if term.abbr:
        rows.append(("abbr.", ", ".join(term.abbr)))
    if term.vi_variants:
        rows.append(("also (vi)", "; ".join(term.vi_variants)))
    if term.en_variants:
        rows.append(("also (en)", "; ".join(term.en_variants)))
    for code, name in term.en_by_country.items():
        rows.append((f"en ({code})", name))
    validity = _validity(term)
    if validity:
        rows.append(("in use", validity.removeprefix("valid ")))
    for ident in term.successors:
        successor = known.get(ident)
        name = f"{successor.vi} / {successor.en}" if successor else "(not in this glossary)"
        rows.append(("successor", f"{name} [{ident}]"))
    if glossary is not None:
        for predecessor in glossary.predecessors(term):
            rows.append(("replaced", f"{predecessor.vi} / {predecessor.en} [{predecessor.id}]"))
    if term.parent:
        parent = known.get(term.parent)
        rows.append(("part of", f"{parent.en if parent else ''} [{term.parent}]".lstrip()))
    if term.head_en:
        rows.append(("head", term.head_en))
    if term.note:
        rows.append(("note", term.note))
    for source in term.sources:
        rows.append(("source", source))
    label_width = max(10, *(len(label) for label, _ in rows))
    indent = " " * (label_width + 4)
    lines = [f"{term.id}  {', '.join(filter(None, (term.kind, term.country)))}"]
    for label, value in rows:
        first = f"  {label:<{label_width}}  "
        lines.append(
            textwrap.fill(
                _one_line(value),
                width=max(width, len(first) + 20),
                initial_indent=first,
                subsequent_indent=indent,
                break_long_words=False,
                break_on_hyphens=False,
            )
        )
    return "\n".join(lines)
