"""``make demo``: a tour of vnus on the bundled seed articles.

Each section is one function writing to a stream, so the tour grows one section per
capability and stays readable in a terminal.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterator
from typing import Any, TextIO

from vnus._resources import data_dir


def _seed_texts() -> Iterator[tuple[str, str]]:
    for entry in sorted(data_dir("seeds").iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".txt"):
            yield entry.name.removesuffix(".txt"), entry.read_text(encoding="utf-8")


def _heading(out: TextIO, title: str) -> None:
    out.write(f"\n{title}\n{'=' * len(title)}\n")


def normalization_section(out: TextIO) -> None:
    """What normalize() changed in each seed, with the line and both spellings."""
    from vnus.text import normalize

    _heading(out, "Normalization: what normalize() changes in each seed")
    for name, text in _seed_texts():
        before_lines = text.splitlines()
        after_lines = normalize(text).split("\n")
        changes = []
        for number, (before, after) in enumerate(
            zip(before_lines, after_lines, strict=False), start=1
        ):
            if before == after:
                continue
            matcher = difflib.SequenceMatcher(None, before, after, autojunk=False)
            for tag, i1, i2, j1, j2 in matcher.get_opcodes():
                if tag != "equal":
                    changes.append(
                        (number, before[max(0, i1 - 8) : i2 + 8], after[max(0, j1 - 8) : j2 + 8])
                    )
        out.write(f"\n{name}: {len(changes)} change(s)\n")
        for number, old, new in changes[:8]:
            out.write(f"  line {number:>3}: {old!r} -> {new!r}\n")
        if len(changes) > 8:
            out.write(f"  ... and {len(changes) - 8} more\n")


def run(out: TextIO) -> None:
    """Write every section of the tour to ``out``."""
    for section in SECTIONS:
        section(out)


# --- the full tour: every capability on each bundled article (keep this section last) ------


_WIDTH = 96  # characters: the tour reads in an 100-column terminal


def _wrap(text: str, indent: str = "    ", width: int = _WIDTH) -> str:
    import textwrap

    return textwrap.fill(text, width=width, initial_indent=indent, subsequent_indent=indent + "  ")


def _article_titles(out: TextIO, article: Any) -> None:
    mentions = article.titles()
    out.write(f"  titles ({len(mentions)}):\n")
    seen: set[str] = set()
    for mention in mentions:
        if mention.text in seen:
            continue
        seen.add(mention.text)
        holder = mention.person or _holder_on(mention, article.reference_date)
        who = f" — {holder}" if holder else ""
        out.write(_wrap(f"{mention.text} → {mention.en}{who}") + "\n")


def _holder_on(mention: Any, day: Any) -> str | None:
    """Who held the office a title names without a person, on the article's date."""
    if day is None:
        return None
    from vnus.people import holders

    terms = [t.term for t in mention.terms]
    bodies = [t.id for t in terms if t.kind not in ("title", "title-modifier", "country")]
    titles = [t.id for t in terms if t.kind == "title"]
    if not bodies:
        return None
    found = holders(bodies[0], on=day, title=titles[0] if titles else None)
    return f"held by {', '.join(p.name for p in found)} then" if found else None


def _article_terms(out: TextIO, article: Any) -> None:
    mentions = article.terms()
    unique: dict[str, str] = {}
    for mention in mentions:
        if mention.term.kind not in ("title", "title-modifier"):
            unique.setdefault(mention.text, mention.term.en)
    out.write(f"  terms ({len(unique)} distinct):\n")
    for text, english in unique.items():
        out.write(_wrap(f"{text} → {english}") + "\n")


def _article_dates(out: TextIO, article: Any) -> None:
    """Each distinct date expression of the body, read against the article's own date."""
    from vnus.dates import format_date

    mentions = article.dates()
    anchor = article.reference_date
    against = f"{anchor}, the date inferred above" if anchor else "today (no date inferred)"
    out.write(f"  dates ({len(mentions)}; a year left out is read against {against}):\n")
    counts: dict[tuple[str, Any], int] = {}
    first_text: dict[tuple[str, Any], str] = {}
    for mention in mentions:
        key = (mention.text.lower(), mention.value)  # "Sáng ngày 11/10" = "sáng ngày 11/10"
        counts[key] = counts.get(key, 0) + 1
        first_text.setdefault(key, mention.text)
    rows = [
        (f"{first_text[key]} (×{n})" if n > 1 else first_text[key], key[1].iso(), vi, en)
        for key, n in counts.items()
        for vi, en in (_both_languages(format_date, key[1]),)
    ]
    if not rows:
        return
    # Two lines a date, Vietnamese over English, so that long English forms need no wrapping.
    text_width = max(len("as written"), *(len(row[0]) for row in rows))
    iso_width = max(len("ISO 8601"), *(len(row[1]) for row in rows))
    out.write(f"    {'as written':<{text_width}}  {'ISO 8601':<{iso_width}}  vi / en\n")
    for text, iso, vi, en in rows:
        out.write(f"    {text:<{text_width}}  {iso:<{iso_width}}  {vi}\n")
        out.write(f"    {'':<{text_width}}  {'':<{iso_width}}  {en}\n")


def _article_amounts(out: TextIO, article: Any) -> None:
    """Each distinct amount of the body with what it is and how English writes it."""
    try:
        from vnus.amounts import find_amounts, format_amount
    except ImportError:
        out.write("  amounts: (vnus.amounts not installed)\n")
        return
    found = [m for paragraph in article.paragraphs for m in find_amounts(paragraph)]
    unique: dict[str, Any] = {}
    for mention in found:
        unique.setdefault(mention.text, mention)
    out.write(f"  amounts ({len(found)}; {len(unique)} distinct), as written → English:\n")
    if not unique:
        return
    width = min(40, max(len(text) for text in unique))
    for text, mention in unique.items():
        english = format_amount(mention.amount, "en")
        line = f"{text:<{width}}  → {english}  ({mention.kind}, {mention.unit or 'count'})"
        out.write(_wrap(line) + "\n")


def _both_languages(format_date: Callable[[Any, str], str], value: Any) -> tuple[str, str]:
    return format_date(value, "vi"), format_date(value, "en")


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def corpus_section(out: TextIO) -> None:
    """Each seed article: its parts, when it was written and why, and what vnus finds in it."""
    from vnus.corpus import load

    _heading(out, "The corpus: each seed article read end to end, dated from its own clues")
    for article in load():
        out.write(f"\n{article.id}\n")
        title = article.title or "(none: the page starts with the body)"
        out.write(_wrap(f"title:   {title}", "  ").replace("\n    ", "\n           ") + "\n")
        out.write(f"  source:  {article.source or '?'}    byline: {article.byline or '?'}\n")
        apart = ", ".join(
            _count(len(items), noun)
            for items, noun in (
                (article.captions, "caption"),
                (article.keywords, "keyword"),
                (article.related, "related item"),
                (article.chrome, "chrome line"),
            )
        )
        out.write(
            f"  body:    {_count(len(article.paragraphs), 'paragraph')}; kept apart: {apart}\n"
        )
        out.write(f"  written: {article.reference_date or 'unknown'}, because\n")
        for clue in article.reference_evidence:
            out.write(_wrap(clue) + "\n")
        _article_titles(out, article)
        _article_terms(out, article)
        _article_dates(out, article)
        _article_amounts(out, article)


def glossary_section(out: TextIO) -> None:
    """Lookups in both directions, a lookup across the 2025 restructuring, fuzzy search."""
    import datetime

    from vnus.errors import TermNotFound
    from vnus.glossary import glossary

    terms = glossary()
    _heading(out, f"Glossary: {len(terms)} terms, looked up in either language")
    for query in (
        "Bộ Công Thương",
        "MOIT",
        "bo ke hoach va dau tu",
        "the Department of Commerce",
        "hiep dinh thuong mai doi ung",
    ):
        term = terms.lookup(query)
        out.write(f"  {query!r:32} -> {term.vi} [{term.id}]\n{'':38}{term.en}\n")
    out.write("\n  'DOC' means several things; lookup() returns the preferred one first:\n")
    for term in terms.lookup_all("DOC"):
        out.write(f"    {term.en} ({term.kind}) [{term.id}]\n")

    out.write("\n  Across the 1 March 2025 restructuring:\n")
    for day in (datetime.date(2024, 6, 1), datetime.date(2025, 6, 1)):
        try:
            term = terms.lookup("Bộ Kế hoạch và Đầu tư", on=day)
            out.write(f"    on {day}: {term.en} [{term.id}]\n")
        except TermNotFound as error:
            now = ", ".join(f"{t.vi} / {t.en}" for t in terms.current("vn.mpi", on=day))
            out.write(f"    on {day}: {error.query!r} no longer in use; now {now}\n")

    out.write("\n  Fuzzy search (typos, missing words, no diacritics):\n")
    for query in (
        "Bo Cong Thong",
        "ministry of planing investment",
        "van phong dai dien thuong mai",
    ):
        matches = terms.search(query, limit=2)
        out.write(f"    {query!r}\n")
        for match in matches:
            out.write(f"      {match.score:.2f}  {match.term.en} [{match.term.id}]\n")
        if not matches:
            out.write("      nothing close\n")


def mentions_section(out: TextIO) -> None:
    """One highlighted sentence per seed, and titles translated in both directions."""
    from vnus._annotate import highlight
    from vnus.mentions import find_titles, translate_title

    _heading(out, "Terms and titles in running text: {term | id}, [title | English]")
    for name, text in _seed_texts():
        first = next((t for t in find_titles(text) if t.person), None)
        if first is None:
            continue
        start = text.rfind("\n", 0, first.span[0]) + 1
        stop = min(i for i in (text.find(". ", first.span[1]), len(text)) if i >= 0)
        sentence = text[start : stop + 1].strip().split("\n")[0]
        out.write(f"\n{name}:\n" + _wrap(highlight(sentence)) + "\n")
    out.write("\n  translate_title(), both ways:\n")
    for phrase, target in (
        ("Quyền Bộ trưởng Bộ Công Thương", "en"),
        ("Bộ trưởng Bộ Thương mại Hoa Kỳ", "en"),
        ("Thứ trưởng Ngoại giao Hoa Kỳ phụ trách tăng trưởng kinh tế", "en"),
        ("Minister of Industry and Trade", "vi"),
    ):
        out.write(f"    {phrase}\n      -> {translate_title(phrase, target=target)}\n")


# In reading order; the full tour comes last because it uses everything before it.
SECTIONS: list[Callable[[TextIO], None]] = [
    normalization_section,
    glossary_section,
    mentions_section,
    corpus_section,
]
