"""How many rows of the Circular 03/2009/TT-BNG tables vnus composes (issue 12).

The rows (tests/cases/titles-circular.toml) pair a Vietnamese title with a real body and
the English of the Circular's row; the figure is reported (``-s``) and may not fall.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import vnus
from vnus.errors import TermNotFound

ROOT = Path(__file__).resolve().parents[1]
ROWS = tomllib.loads((ROOT / "tests" / "cases" / "titles-circular.toml").read_text("utf-8"))["row"]
COVERED_WHEN_LANDED = 43


def _composes(row: dict[str, str]) -> bool:
    try:
        return vnus.translate_title(row["vi"]) == row["en"]
    except TermNotFound:
        return False


def test_circular_rows_covered() -> None:
    missed = [row["vi"] for row in ROWS if not _composes(row)]
    covered = len(ROWS) - len(missed)
    tables = sorted({row["table"] for row in ROWS})
    print(f"\nCircular 03/2009 rows composed: {covered} of {len(ROWS)} (tables {tables})")
    assert covered >= COVERED_WHEN_LANDED, missed


def test_every_row_names_its_table() -> None:
    assert all(row["table"] in (1, 4, 5, 7, 9, 10, 11) for row in ROWS)
    assert len({row["vi"] for row in ROWS}) == len(ROWS)
