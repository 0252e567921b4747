"""``make demo``: a tour of vnus on the bundled seed articles.

Each section is one function writing to a stream, so the tour grows one section per
capability and stays readable in a terminal.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterator
from typing import TextIO

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


SECTIONS: list[Callable[[TextIO], None]] = [normalization_section]


def run(out: TextIO) -> None:
    """Write every section of the tour to ``out``."""
    for section in SECTIONS:
        section(out)
