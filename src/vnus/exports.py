"""The glossary for people and CAT tools: a readable card per term, and CSV, TSV, TBX, JSON.

- :func:`to_tsv` — OmegaT's glossary: three tab-separated columns (source, target,
  comment), UTF-8; save it as ``.txt`` or ``.utf8`` in the project's ``glossary/``.
- :func:`to_csv` — one row per term with a header row, for memoQ, Trados MultiTerm
  Convert or a spreadsheet; multi-valued cells are joined with ``" | "``.
- :func:`to_tbx` — TBX-Basic in the TBX v2 ``martif`` form that OmegaT, memoQ,
  MultiTerm and translate-toolkit read.
- :func:`to_json` — a list of entries with the field names of the TOML format.

>>> from vnus.glossary import Term
>>> moit = Term("vn.moit", "ministry", "Bộ Công Thương", "Ministry of Industry and Trade",
...             country="VN", abbr=("MOIT", "BCT"), sources=("Circular 03/2009/TT-BNG",))
>>> print(to_tsv([moit]), end="")
Bộ Công Thương	Ministry of Industry and Trade	ministry, VN; abbr. MOIT, BCT [vn.moit]
BCT	Ministry of Industry and Trade	abbreviation of Bộ Công Thương; also MOIT [vn.moit]
"""

from __future__ import annotations

import csv
import datetime
import io
import json
import textwrap
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Literal

from vnus.errors import require_str
from vnus.text import fold

if TYPE_CHECKING:
    from vnus.glossary import Glossary, Term

__all__ = [
    "CSV_HEADER",
    "FORMATS",
    "abbr_language",
    "describe",
    "export",
    "format_for_path",
    "to_csv",
    "to_json",
    "to_tbx",
    "to_tsv",
]

Language = Literal["vi", "en"]
FORMATS = ("csv", "tsv", "tbx", "json")
CSV_HEADER = (
    "id",
    "kind",
    "country",
    "vi",
    "en",
    "abbreviations",
    "variants",
    "valid_from",
    "valid_until",
    "note",
    "sources",
)
JOIN = " | "  # between the values of a multi-valued CSV cell
_EXTENSIONS = {
    ".csv": "csv",
    ".tsv": "tsv",
    ".txt": "tsv",
    ".utf8": "tsv",
    ".tab": "tsv",
    ".tbx": "tbx",
    ".json": "json",
}
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def format_for_path(path: str) -> str | None:
    """The export format a file name asks for (``.txt``/``.utf8`` are OmegaT's TSV)."""
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


def _initials(text: str) -> str:
    return "".join(word[0] for word in fold(text).split())


def _is_subsequence(short: str, long: str) -> bool:
    letters = iter(long)
    return all(char in letters for char in short)


def abbr_language(term: Term, abbr: str) -> Language:
    """Which language an abbreviation belongs to: Vietnamese when its letters follow the
    initials of a Vietnamese name and not of an English one ("BCT" of Bộ Công Thương),
    English otherwise ("MOIT").

    >>> from vnus.glossary import Term
    >>> moit = Term("vn.moit", "ministry", "Bộ Công Thương", "Ministry of Industry and Trade")
    >>> abbr_language(moit, "BCT"), abbr_language(moit, "MOIT")
    ('vi', 'en')
    """
    letters = fold(abbr).replace(" ", "")
    in_vi = any(_is_subsequence(letters, _initials(n)) for n in (term.vi, *term.vi_variants))
    in_en = any(_is_subsequence(letters, _initials(n)) for n in (term.en, *term.en_variants))
    return "vi" if in_vi and not in_en else "en"


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


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _comment(term: Term, known: dict[str, Term], target: Language) -> str:
    """The comment column of a TSV row: what a translator needs beside the target."""
    parts = [", ".join(filter(None, (term.kind, term.country)))]
    if term.abbr:
        parts.append("abbr. " + ", ".join(term.abbr))
    validity = _validity(term)
    if validity:
        parts.append(validity)
    for ident in term.successors:
        successor = known.get(ident)
        name = getattr(successor, target) if successor else ident
        parts.append(f"succeeded by {name}")
    if term.en_by_country:
        parts.append(
            "English for "
            + ", ".join(f"{code}: {name}" for code, name in term.en_by_country.items())
        )
    if term.note:
        parts.append(term.note)
    return _one_line("; ".join(parts)) + f" [{term.id}]"


def to_tsv(
    terms: Iterable[Term], *, lang_pair: str = "vi-en", glossary: Glossary | None = None
) -> str:
    """OmegaT's glossary format: ``source<TAB>target<TAB>comment`` per line, UTF-8.

    One row per term, then one per source-language variant or abbreviation (OmegaT
    matches glossary entries exactly, so each spelling needs its own row).
    """
    source, target = _pair(lang_pair)
    terms = _term_list(terms)
    known = _names(terms, glossary)
    lines = []
    for term in terms:
        main_source, main_target = getattr(term, source), getattr(term, target)
        lines.append((main_source, main_target, _comment(term, known, target)))
        variants = term.vi_variants if source == "vi" else term.en_variants
        for variant in variants:
            lines.append((variant, main_target, f"variant of {main_source} [{term.id}]"))
        target_abbrs = [a for a in term.abbr if abbr_language(term, a) == target]
        for abbr in term.abbr:
            if abbr_language(term, abbr) == source:
                also = f"; also {', '.join(target_abbrs)}" if target_abbrs else ""
                lines.append(
                    (abbr, main_target, f"abbreviation of {main_source}{also} [{term.id}]")
                )
    return "".join("\t".join(_one_line(cell) for cell in line) + "\n" for line in lines)


def _csv_row(term: Term) -> list[str]:
    return [
        term.id,
        term.kind,
        term.country or "",
        term.vi,
        term.en,
        JOIN.join(term.abbr),
        JOIN.join(term.variants),
        term.valid_from.isoformat() if term.valid_from else "",
        term.valid_until.isoformat() if term.valid_until else "",
        term.note or "",
        JOIN.join(term.sources),
    ]


def to_csv(terms: Iterable[Term]) -> str:
    """One row per term under the header :data:`CSV_HEADER`; lists joined by ``" | "``."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_HEADER)
    writer.writerows(_csv_row(term) for term in _term_list(terms))
    return buffer.getvalue()


def to_json(terms: Iterable[Term]) -> str:
    """A JSON list of entries, each with the fields of the TOML format."""
    return json.dumps([t.to_dict() for t in _term_list(terms)], ensure_ascii=False, indent=2) + "\n"


def _xml_id(ident: str) -> str:
    # termEntry/@id is an xsd:ID, which may not start with a digit.
    return ident if ident[0].isalpha() else f"id-{ident}"


def _tig(lang_set: ET.Element, text: str, term_type: str, status: str) -> None:
    tig = ET.SubElement(lang_set, "tig")
    ET.SubElement(tig, "term").text = text
    ET.SubElement(tig, "termNote", type="termType").text = term_type
    ET.SubElement(tig, "termNote", type="administrativeStatus").text = status


def _term_entry(
    body: ET.Element, term: Term, known: dict[str, Term], languages: tuple[Language, Language]
) -> None:
    entry = ET.SubElement(body, "termEntry", id=_xml_id(term.id))
    ET.SubElement(entry, "descrip", type="subjectField").text = term.kind
    if term.note:
        ET.SubElement(entry, "descrip", type="definition").text = _one_line(term.note)
    facts = [f"vnus id: {term.id}"]
    if term.country:
        facts.append(f"country: {term.country}")
    validity = _validity(term)
    if validity:
        facts.append(validity)
    ET.SubElement(entry, "note").text = "; ".join(facts)
    for ident in term.successors:
        successor = known.get(ident)
        label = f"succeeded by {successor.en if successor else ident}"
        ET.SubElement(entry, "ref", type="crossReference", target=_xml_id(ident)).text = label
    for source in term.sources:
        ET.SubElement(entry, "admin", type="source").text = _one_line(source)
    superseded = term.valid_until is not None and term.valid_until < datetime.date.today()
    for language in languages:
        lang_set = ET.SubElement(entry, "langSet", {_XML_LANG: language})
        name = getattr(term, language)
        _tig(
            lang_set,
            name,
            "fullForm",
            "supersededTerm-admn-sts" if superseded else "preferredTerm-admn-sts",
        )
        if language == "en" and term.en_by_country:
            for code, other in term.en_by_country.items():
                _tig(lang_set, other, "variant", "admittedTerm-admn-sts")
                ET.SubElement(lang_set[-1], "note").text = f"for an office of {code}"
        for abbr in term.abbr:
            if abbr_language(term, abbr) == language:
                _tig(lang_set, abbr, "acronym", "admittedTerm-admn-sts")
        variants = term.vi_variants if language == "vi" else term.en_variants
        for variant in variants:
            _tig(lang_set, variant, "variant", "admittedTerm-admn-sts")


def to_tbx(
    terms: Iterable[Term],
    *,
    lang_pair: str = "vi-en",
    glossary: Glossary | None = None,
    title: str = "vnus glossary",
) -> str:
    """TBX-Basic in the TBX v2 ``martif`` form, one ``termEntry`` per term.

    Each entry has a ``langSet`` per language (source first): the canonical name
    (``termType`` fullForm), abbreviations (acronym) and variants; the kind as
    ``subjectField``, the note as ``definition``, sources as ``admin type="source"``,
    successors as ``ref type="crossReference"``. Names no longer in use are marked
    ``supersededTerm-admn-sts``.
    """
    from vnus import __version__

    languages = _pair(lang_pair)
    terms = _term_list(terms)
    known = _names(terms, glossary)
    root = ET.Element("martif", {"type": "TBX-Basic", _XML_LANG: languages[0]})
    header = ET.SubElement(root, "martifHeader")
    file_desc = ET.SubElement(header, "fileDesc")
    ET.SubElement(ET.SubElement(file_desc, "titleStmt"), "title").text = title
    ET.SubElement(
        ET.SubElement(file_desc, "sourceDesc"), "p"
    ).text = f"Exported by vnus {__version__}: {len(terms)} terms, {lang_pair}"
    encoding = ET.SubElement(header, "encodingDesc")
    ET.SubElement(encoding, "p", type="XCSURI").text = "TBXBasicXCSV02.xcs"
    body = ET.SubElement(ET.SubElement(root, "text"), "body")
    for term in terms:
        _term_entry(body, term, known, languages)
    ET.indent(root, space="  ")
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<!DOCTYPE martif SYSTEM "TBXBasiccoreStructV02.dtd">\n'
        + ET.tostring(root, encoding="unicode")
        + "\n"
    )


def export(
    terms: Iterable[Term],
    format: str,
    *,
    lang_pair: str = "vi-en",
    glossary: Glossary | None = None,
) -> str:
    """The terms in one of :data:`FORMATS`, as text to save as UTF-8."""
    if format == "csv":
        return to_csv(terms)
    if format == "tsv":
        return to_tsv(terms, lang_pair=lang_pair, glossary=glossary)
    if format == "tbx":
        return to_tbx(terms, lang_pair=lang_pair, glossary=glossary)
    if format == "json":
        return to_json(terms)
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
