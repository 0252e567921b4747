"""`make demo` as a user sees it: every section runs and reads in an 100-column terminal."""

from __future__ import annotations

import io

from vnus import demo
from vnus.cli import main


def test_every_section_fits_a_terminal() -> None:
    out = io.StringIO()
    demo.run(out)
    lines = out.getvalue().splitlines()
    too_wide = [line for line in lines if len(line) > 100]
    assert too_wide == []


def test_the_tour_shows_each_capability() -> None:
    out = io.StringIO()
    demo.run(out)
    text = out.getvalue()
    for expected in (
        "Normalization",  # what normalize() changed
        "-> Bộ Công Thương [vn.moit]",  # lookup in both directions
        "Ministry of Finance",  # across the 2025 restructuring
        "U.S. Secretary of Commerce",  # country-aware titles
        "Acting Minister of Industry and Trade",
        "written: 2026-02-04",  # an article dated from its own clues
        "2023-09-19",  # a partial date anchored on that date
        "as written → English",  # each seed's amounts with their English
    ):
        assert expected in text
    # The full tour comes last: it uses everything the other sections introduce.
    assert demo.SECTIONS[-1] is demo.corpus_section


def test_vnus_demo_command_exits_zero(capsys: object) -> None:
    assert main(["demo"]) == 0
