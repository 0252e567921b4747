"""``vnus annotate``: terms, titles and amounts of texts, highlighted or as JSON records.

Kept apart from the command line so that worker processes import only this module.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import Any

from vnus.amounts import AmountMention, find_amounts, format_amount
from vnus.mentions import TermMention, TitleMention, find_terms, find_titles

Record = tuple[str, int | None, str]  # (source name, line number in a JSONL file, text)

# ANSI styles for a terminal: titles bold yellow, terms cyan, the English dimmed.
_TITLE = ("\x1b[1;33m", "\x1b[0m")
_TERM = ("\x1b[36m", "\x1b[0m")
_GLOSS = ("\x1b[2m", "\x1b[0m")
_AMOUNT = ("\x1b[32m", "\x1b[0m")


def mentions(text: str) -> tuple[list[TitleMention], list[TermMention]]:
    """The titles of ``text`` and the terms that are not inside a title."""
    titles = find_titles(text)
    terms = find_terms(text)
    covered = [t.span for t in titles]
    outside: list[TermMention] = []
    index = 0
    for term in terms:
        while index < len(covered) and covered[index][1] <= term.span[0]:
            index += 1
        if index < len(covered) and covered[index][0] < term.span[1]:
            continue
        outside.append(term)
    return titles, outside


def amounts(text: str, taken: list[tuple[int, int]]) -> list[tuple[AmountMention, str]]:
    """The amounts of ``text`` outside the spans ``taken``, each with how the other
    language writes it (English for a Vietnamese text, Vietnamese for an English one)."""
    letters = [c for c in text if c.isalpha()]
    other = "en" if sum(not c.isascii() for c in letters) > 0.05 * len(letters) else "vi"
    found = []
    for m in find_amounts(text):
        if all(m.span[1] <= a or b <= m.span[0] for a, b in taken):
            found.append((m, format_amount(m.amount, other)))
    return found


def highlight(text: str, *, colour: bool = False) -> str:
    """``text`` with each title, term and amount marked: ``[title | English]``,
    ``{term | id}``, ``<amount | English>``.

    >>> highlight("Bộ trưởng Bộ Công Thương gặp DOC")
    '[Bộ trưởng Bộ Công Thương | Minister of Industry and Trade] gặp {DOC | us.doc}'
    >>> highlight("Xuất khẩu đạt 88,4 tỷ USD, tăng 27,8%")
    'Xuất khẩu đạt <88,4 tỷ USD | US$88.4 billion>, tăng <27,8% | 27.8%>'
    """
    titles, terms = mentions(text)
    marks: list[tuple[int, int, str, str, tuple[str, str]]] = [
        (*t.span, t.text, t.en, _TITLE) for t in titles
    ]
    marks += [(*m.span, m.text, m.term.id, _TERM) for m in terms]
    marks += [
        (*a.span, a.text, gloss, _AMOUNT) for a, gloss in amounts(text, [m[:2] for m in marks])
    ]
    marks.sort()
    out: list[str] = []
    position = 0
    for start, end, written, gloss, style in marks:
        out.append(text[position:start])
        if colour:
            out.append(f"{style[0]}{written}{style[1]} {_GLOSS[0]}({gloss}){_GLOSS[1]}")
        else:
            left, right = {_TITLE: ("[", "]"), _TERM: ("{", "}")}.get(style, ("<", ">"))
            out.append(f"{left}{written} | {gloss}{right}")
        position = end
    out.append(text[position:])
    return "".join(out)


def records(source: str, content: str) -> Iterator[Record]:
    """The texts of one input: each line of a JSONL file with a "text" field, or the whole.

    A file named ``*.jsonl`` (or ``*.ndjson``) is JSONL whatever it holds: a line that
    is not JSON is an error naming the file and line, never annotated as plain text.
    """
    if source.lower().endswith((".jsonl", ".ndjson")):
        yield from _jsonl(source, content)
        return
    stripped = content.lstrip()
    if stripped.startswith("{"):
        parsed = list(_jsonl(source, content))
        if parsed:
            yield from parsed
            return
    yield (source, None, content)


def _jsonl(source: str, content: str) -> Iterator[Record]:
    for number, line in enumerate(content.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except json.JSONDecodeError as error:
            raise ValueError(f"{source}, line {number}: not JSON ({error.msg})") from error
        if not isinstance(value, dict) or not isinstance(value.get("text"), str):
            raise ValueError(f"{source}, line {number}: a JSONL record needs a string 'text'")
        yield (source, number, value["text"])


def annotate_record(record: Record, as_json: bool, colour: bool) -> list[str]:
    """Output lines for one text: highlighted text, or one JSON object per mention."""
    source, line, text = record
    if not as_json:
        return [highlight(text, colour=colour)]
    titles, terms = mentions(text)
    where: dict[str, Any] = {"source": source}
    if line is not None:
        where["line"] = line
    taken = [t.span for t in titles] + [m.span for m in terms]
    found = [{**a.to_dict(), "written": gloss} for a, gloss in amounts(text, taken)]
    items = sorted(
        [t.to_dict() for t in titles] + [m.to_dict() for m in terms] + found,
        key=lambda d: d["span"],
    )
    return [json.dumps({**where, **item}, ensure_ascii=False) for item in items]


def _annotate_batch(batch: Sequence[Record], as_json: bool, colour: bool) -> list[list[str]]:
    return [annotate_record(record, as_json, colour) for record in batch]


def annotate_all(
    inputs: Iterable[Record], *, as_json: bool, colour: bool, jobs: int = 1, batch_size: int = 32
) -> Iterator[list[str]]:
    """Annotate every record in order, on ``jobs`` worker processes."""
    if jobs < 1:
        raise ValueError(f"jobs must be at least 1 (got {jobs})")
    if jobs == 1:
        for record in inputs:
            yield annotate_record(record, as_json, colour)
        return
    batches: list[list[Record]] = [[]]
    for record in inputs:
        if len(batches[-1]) == batch_size:
            batches.append([])
        batches[-1].append(record)
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        futures = [pool.submit(_annotate_batch, b, as_json, colour) for b in batches if b]
        for future in futures:
            yield from future.result()
